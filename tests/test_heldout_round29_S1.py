"""Regression tests for round 29's misses of family S1 (slides and presentations bound into
packs: documents, minutes and decisions of batch A): a motion lost "on a show of hands", and
an agenda item's "Presentation by ..." line under its title. Each runs on small papers written
here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, pack_documents
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# ------------------------------------------ a motion lost on a show of hands

SHOW_OF_HANDS_MINUTES = """Marlow Heath District Council
Minutes of the meeting of the Overview and Scrutiny Committee held on Tuesday 25 November 2030
Present: Councillors Yardley (Chair), Okoro and Pemberton
OS/26 Public Space Protection Order: Alcohol
Councillor Yardley moved that the zone cover all parks. On a show of hands the motion was lost.
RESOLVED: That the Committee supports the renewal of the order for a further three years.
"""


def test_motion_lost_on_a_show_of_hands_is_rejected(tmp_path: Path) -> None:
    # a show of hands is the vote: before, "the motion was lost" in small letters counted only
    # where the sentence said "vote", and the lost motion was no decision
    rows = decision_rows(SHOW_OF_HANDS_MINUTES, tmp_path)
    assert ("Councillor Yardley moved that the zone cover all parks. On a show of hands the "
            "motion was lost.", "rejected") in [
        (text.strip(), outcome) for text, outcome in rows]


# ------------------------------------------ "Presentation by ..." under an agenda title

TEXT_AGENDA = """Brindleford Metropolitan Borough Council

Place Scrutiny Committee

Date:      Monday, 3 February 2031
Time:      6.00 pm

AGENDA

1.    Apologies for Absence

2.    Minutes of the previous meeting  (Pages 1 - 4)
      To approve the minutes of the meeting held on 9 December 2030.

3.    Waste and Recycling Service Performance (presentation)  (Pages 5 - 12)
      Presentation by the Head of Waste and Fleet Services.

4.    Scrutiny Work Programme 2030/31  (Pages 13 - 14)
"""


def test_presentation_by_line_is_no_part_of_the_items_title(tmp_path: Path) -> None:
    # "Presentation by <officer>" under the title says whose deck the item is, as "Report of
    # the Head of ..." says whose paper: before, it ran on into the title
    path = tmp_path / "agenda.txt"
    path.write_text(TEXT_AGENDA)
    records = process_file(str(path)).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the previous meeting"),
        ("3", "Waste and Recycling Service Performance (presentation)"),
        ("4", "Scrutiny Work Programme 2030/31")]


# ------------------------------------------ a deck given as an item, with no cover report

DECK_PACK = """## Tamsford Health and Wellbeing Board
Notice of meeting and agenda
Wednesday 5 March 2031, 2.00 pm
** Agenda
1. Apologies
2. Minutes of the meeting held on 27 November 2030
3. Better Care Fund Plan 2031-33 (presentation)
--- page ---
** Tamsford Health and Wellbeing Board
Minutes of the meeting held on Wednesday 27 November 2030 at 2.00 pm
Present: Councillor Ann Fellowes (Chair), Dr K Asante, Councillor I Bellamy
** HWB.23 Apologies
None.
** HWB.24 Winter Plan
The Board noted the winter plan.
--- page landscape ---
## Better Care Fund Plan 2031-33
Tamsford Health and Wellbeing Board
5 March 2031
Laura Hayes, Director of Integrated Commissioning
--- page landscape ---
## Recommendations
The Health and Wellbeing Board is asked to:
-- approve the Better Care Fund Plan 2031-33 for submission to NHS England
-- note the metrics position at December 2030
"""


def test_title_slide_of_a_listed_item_starts_its_paper(tmp_path: Path) -> None:
    # the deck's title slide (its title in large type, the meeting, its date, the presenter,
    # nothing else on the page) titled as the agenda lists item 3: before, the deck ran on in
    # the minutes, which lost their date's meeting's ask to them
    body = "Tamsford Health and Wellbeing Board"
    assert pack_documents(DECK_PACK, tmp_path) == [
        ("agenda", "2031-03-05", body), ("minutes", "2030-11-27", body),
        ("report", "2031-03-05", body)]


# ------------------------------------------ a deck bound after its cover report

COVERED_DECK_PACK = """## Kesteven Fold District Council
!! Audit and Standards Committee
Thursday 23 January 2031 at 6.30 pm
** Agenda
1. Apologies
2. Strategic Risk Management
--- page ---
Agenda Item 2
## Strategic Risk Management: Deep Dive Presentation
Report of the Section 151 Officer
** 1. Purpose
1.1 To present the strategic risk register at December 2030 as slides.
** 2. Recommendation
2.1 That the Committee notes the strategic risk register at December 2030.
** 3. Scoring
3.1 Risks are scored for likelihood and impact on a scale of 1 to 5.
--- page landscape ---
## Strategic Risk Register - December 2030
Audit and Standards Committee, 23 January 2031
Sanjay Varghese, Section 151 Officer
KESTEVEN FOLD DC  |  OFFICIAL  |  Slide 1
--- page landscape ---
## The register at a glance
| Ref | Risk | Likelihood | Impact | Score |
| SR01 | Medium term financial plan gap cannot be closed | 3 | 4 | 12 |
| SR02 | Cyber attack disrupts council services | 4 | 4 | 16 |
KESTEVEN FOLD DC  |  OFFICIAL  |  Slide 2
--- page landscape ---
## Deep dive: SR02 Cyber attack
-- Immutable back-ups tested on 14 October 2030
-- Target score of 8 by June 2031
KESTEVEN FOLD DC  |  OFFICIAL  |  Slide 3
"""


def test_title_slide_after_a_cover_report_starts_the_deck(tmp_path: Path) -> None:
    # the deck's title slide in the type of the report's title, the meeting's date under it,
    # nothing else on its page: the report's appendix, a paper of its own (its later slides,
    # one dated in a bullet, go on with it); before, the deck ran on in the cover report
    # (the cover report's own kind is the classifier's to weigh: its head names the register)
    docs = pack_documents(COVERED_DECK_PACK, tmp_path)
    assert len(docs) == 3
    assert docs[2] == ("risk_register", "2031-01-23", "Audit and Standards Committee")
