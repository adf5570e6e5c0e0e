"""Regression tests for the review of held-out round 27's documents (batches F-H) fixes: each
fails on the fixer's branch and names what the mend keeps right."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import documents_of, rendered
from kcc_papers.classify.decision_records import MEETING_OVER_REPORT_OF
from kcc_papers.load import load
from kcc_papers.segment import segment
from test_heldout_round27_docsB import BULLETIN, TOWN_PACK, WITHHELD

# A pattern tried on a paper's head is linear in its length: this long a run costs no more.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1


def test_regression_short_report_printing_its_recommendation_above_a_notice_is_a_document(
        tmp_path: Path) -> None:
    # a one-page report whose recommendation comes before "... will be circulated before the
    # meeting" (its third quote, not the report, to follow) prints its body: it is a paper
    report = ("Report of the Town Clerk\n"
              "Recommendation: That members approve the quote of GBP 4,200 from Parkline Ltd\n"
              "for the play area's new surfacing.\n"
              "The third quote will be circulated before the meeting.")
    path = tmp_path / "pack.txt"
    path.write_text(TOWN_PACK.format(play=report, staffing=WITHHELD))
    kinds = [d[0] for d in documents_of(path) if d[0] != "pack"]
    assert kinds == ["agenda", "minutes", "report"]


BANNERED_REPORT = """%% font serif
^^ H I G H L I G H T   R E P O R T
## Winter Gardens Revival Project Board
** Highlight report: April 2027 (Item 4)
Prepared by the Project Manager for the Project Board meeting of 22 April 2027
** Recommendation
That the Project Board notes the progress of the delivery phase.
--- page ---
^^ H I G H L I G H T   R E P O R T
## Winter Gardens Revival Project Board
** Milestones
The glasshouse conservation contract was signed on 2 April 2027.
** Budget
Spend to date is GBP 1.2m of GBP 4.6m.
"""


def test_regression_letter_spaced_banner_atop_each_page_is_one_report(tmp_path: Path) -> None:
    # the title repeated atop the report's next page is its running banner, no second paper
    segments = segment(load(rendered(BANNERED_REPORT, tmp_path, "pack")))
    assert [(s.kind, s.page_from, s.page_to) for s in segments] == [("report", 1, 2)]


def test_regression_meeting_line_over_report_of_is_linear_in_a_run_of_blanks() -> None:
    # (blanks before the line's text matched apart from it: 2.5 s on 8,000 blanks)
    for text in (" " * 10_000 + "\n", "\n" * 5_000):
        start = time.process_time()
        MEETING_OVER_REPORT_OF.search(text)
        assert time.process_time() - start < LINEAR_SECONDS


def test_regression_last_records_bold_line_is_not_the_next_records_masthead(
        tmp_path: Path) -> None:
    # the record before ends on a line in the heading's type naming no council: it stays its
    source = (BULLETIN.replace("** NORTHMARSH COUNTY COUNCIL\n", "")
              .replace("Published:\t6 March 2026", "** Published 6 March 2026")
              .format(second="RECORD OF INDIVIDUAL CABINET MEMBER DECISION"))
    segments = segment(load(rendered(source, tmp_path, "bulletin")))
    assert [s.kind for s in segments] == ["decision", "decision"]
    assert segments[0].text.rstrip().endswith("Published 6 March 2026")
    assert segments[1].text.startswith("RECORD OF INDIVIDUAL CABINET MEMBER DECISION")


def test_regression_record_masthead_above_its_heading_starts_it(tmp_path: Path) -> None:
    # the guard: the council's name just above the next record's heading is its masthead
    source = BULLETIN.format(second="RECORD OF INDIVIDUAL CABINET MEMBER DECISION")
    segments = segment(load(rendered(source, tmp_path, "bulletin")))
    assert segments[1].text.startswith("NORTHMARSH COUNTY COUNCIL")


REISSUED_PACK = """## Ashcombe District Council
## Cabinet
Date:	Tuesday 9 March 2027
** AGENDA
| 1 | Apologies |
| 2 | Waste collection fees |
--- page ---
Agenda Item 2
## {title}
** Waste collection fees 2027/28
Report to:	Cabinet
Date:	9 March 2027
Report of:	Director of Environment
** 1. Recommendation
1.1 That Cabinet approves the garden waste permit fee of GBP 56 for 2027/28.
** 2. Background
2.1 Fees rise by 4% on average; garden waste by 7.7% (paragraph 4.2 corrected).
"""


def test_regression_report_reissued_under_corrigendum_is_still_a_report(tmp_path: Path) -> None:
    # the word over a whole report with its recommendation reissues it: it is no errata sheet
    pdf = rendered(REISSUED_PACK.format(title="CORRIGENDUM"), tmp_path, "pack")
    assert [d[0] for d in documents_of(pdf) if d[0] != "pack"] == ["agenda", "report"]


def test_regression_a_person_deciding_names_no_committee(tmp_path: Path) -> None:
    # "Decision maker: Councillor ..., Leader of the Council" over "Date of decision": the
    # Leader decided alone, at no meeting of a body called "... Leader of the Council"
    source = BULLETIN.format(second="RECORD OF INDIVIDUAL CABINET MEMBER DECISION")
    docs = documents_of(rendered(source, tmp_path, "bulletin"))
    assert [d for d in docs if d[0] != "pack"] == [("decision", None, None)] * 2


PARISH_PACK = f"""ASHCOMBE PARISH COUNCIL
AGENDA FOR THE MEETING ON MONDAY 12 APRIL 2027 AT 7.30 PM
1  Apologies for absence
2  Minutes of the meeting held on 8 March 2027
3  Planning applications
4  Clerk's report to follow

{"-" * 74}

ASHCOMBE PARISH COUNCIL

MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE HALL
ON MONDAY 8 MARCH 2027 AT 7.30 PM

Present: Cllr G Ashdown (Chair), Cllrs K Amankwah and B Crewe.

101/26 APOLOGIES FOR ABSENCE
Apologies were received and approved from Cllr L Barraclough.

The meeting closed at 8.10 pm.
"""


def test_regression_short_agenda_listing_an_item_to_follow_is_no_stand_in(
        tmp_path: Path) -> None:
    # a parish's agenda of a few lines whose last item's report is to follow lists that item:
    # it stands in for no paper
    path = tmp_path / "pack.txt"
    path.write_text(PARISH_PACK)
    assert [d[:2] for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-04-12"), ("minutes", "2027-03-08")]
