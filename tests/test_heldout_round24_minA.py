"""Regression tests for held-out round 24's misses in minutes and agenda items, batches A-E
and H (and the decisions read from those minutes). Each on a small paper written here in the
layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, numbers, rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# ------------- minutes titled by the word letter-spaced, "M I N U T E S", in an agenda pack

SPACED_MINUTES_PACK = """## BRANTHWAITE DISTRICT COUNCIL
** Planning Committee
A meeting of the Planning Committee will be held on Wednesday 24 May 2028 at 6.00 pm.
^^ A G E N D A
|- Item | Business | Page |
| 1 | Apologies for Absence | - |
| 2 | Minutes of the Meeting held on 26 April 2028 | 2 |
| 3 | Enforcement Update | 4 |
--- page ---
## BRANTHWAITE DISTRICT COUNCIL
^^ M I N U T E S
** Planning Committee - Wednesday 26 April 2028
Held at 6.00 pm in the Council Chamber, Branthwaite.
Present:	Councillor G. Ottley (Chair); Councillors B. Fyfe, H. Aldous and P. Cunliffe
** DC/28/41 Apologies for Absence
Apologies were received from Councillor N. Sheringham.
** DC/28/42 Enforcement Notices
RESOLVED that the report be noted.
The meeting closed at 7.37 pm.
"""


def test_letter_spaced_minutes_title_starts_the_minutes(tmp_path: Path) -> None:
    # "M I N U T E S" over the meeting's line and "Present:" was read as a report's title
    # (the dated-title rule asked the line's own letters for "minute"), so no minute was read
    result = process_file(str(rendered(SPACED_MINUTES_PACK, tmp_path)))
    assert [d.kind for d in result.documents] == ["pack", "agenda", "minutes"]
    assert numbers(result.records) == [("DC/28/41", "Apologies for Absence"),
                                ("DC/28/42", "Enforcement Notices")]


# ------------- a motion against the officer's recommendation lost, then another vote to refuse

VOTED_AGAIN = """MINUTES of the meeting of the Planning Committee held on 26 April 2028
Present: Councillors G Ottley (Chair), B Fyfe, H Aldous and P Cunliffe
DC/28/46 28/00077/LBC - 3 Church Walk, Fenwick St Mary
The officer report recommended refusal. Councillor Effiong proposed, and Councillor Cunliffe
seconded, that consent be granted, contrary to the officer recommendation. On being put to
the vote there were 4 votes for and 4 against and, on the Chair's casting vote, the motion was lost.
The Chair then moved the officer recommendation, seconded by Councillor Fairclough.
On being put to the vote there were 5 votes for and 3 against.
RESOLVED that listed building consent be refused for the reason set out in the report.
"""


def test_motion_lost_then_another_vote_is_its_own_decision(tmp_path: Path) -> None:
    # a lost motion beside a refusal was read as the refusal's vote (r21h's rule); here the
    # refusal records a second motion's vote, so the motion lost is a decision of its own
    rows = decision_rows(VOTED_AGAIN, tmp_path)
    assert [outcome for _, outcome in rows] == ["rejected", "rejected"]
    assert "motion was lost" in rows[0][0]
    assert rows[1][0].startswith("RESOLVED that listed building consent be refused")


def test_motion_lost_straight_before_its_refusal_stays_one_decision(tmp_path: Path) -> None:
    # no vote between them: the refusal is the lost motion's result (r21h), one decision
    text = VOTED_AGAIN.replace(
        "The Chair then moved the officer recommendation, seconded by Councillor Fairclough.\n"
        "On being put to the vote there were 5 votes for and 3 against.\n", "")
    assert [outcome for _, outcome in decision_rows(text, tmp_path)] == ["rejected"]


# ------------- a committee code joined by an ampersand, glued to the number: "P&R.31"

AMPERSAND_CODE = """## ELLERSHIRE COUNTY COUNCIL
** POLICY AND RESOURCES COMMITTEE
** MINUTES of the meeting held at Shire Hall, Ellerby on Thursday 6 July 2028
Present:	Councillor M Pendragon-Hythe (Chair); Councillors A Crowcombe and F Adeyemi
** P&R.31 Apologies for absence
Councillor C Ruddock.
** P&R.32 Revenue Budget Monitoring - Outturn 2027/28
It was RESOLVED that the outturn be noted.
"""


def test_ampersand_code_glued_by_a_stop_numbers_the_minute(tmp_path: Path) -> None:
    # "P&R.31" was no minute number (only "P&R 12/26" and "A&S 31" were): the minutes were
    # read by their headings, the code left in the titles
    records = process_file(str(rendered(AMPERSAND_CODE, tmp_path))).records
    assert numbers(records) == [("P&R.31", "Apologies for absence"),
                                ("P&R.32", "Revenue Budget Monitoring - Outturn 2027/28")]


# ------------- a word processor's plain-text export marking a comment on an item's title

COMMENTED_AGENDA = """STAVERLEY TOWN COUNCIL
Amenities and Open Spaces Committee


You are summoned to attend a meeting of the Amenities and Open Spaces Committee to be held in the Jubilee Room on Wednesday 8 December 2027 at 7.00 pm.


AGENDA


1. Apologies for absence
2. Declarations of interest
3. Allotments: Waiting List Policy[a]
4. Date of next meeting
________________


[a]Clerk: report to follow - awaiting Allotment Association response. PA
"""  # noqa: E501


def test_comment_anchor_left_out_of_the_title(tmp_path: Path) -> None:
    # "[a]", the anchor of a comment listed at the file's end, was read as the title's end
    path = tmp_path / "agenda.txt"
    path.write_text(COMMENTED_AGENDA)
    assert _agenda(path) == [("1", "Apologies for absence"), ("2", "Declarations of interest"),
                             ("3", "Allotments: Waiting List Policy"),
                             ("4", "Date of next meeting")]


# ------------- a borderless agenda's title filling its cell nearly to the lead beside it

LEAD_COLUMN_AGENDA = """## Police and Crime Commissioner for Westmarch
## JOINT AUDIT COMMITTEE
Thursday 16 March 2028, 10:00
** AGENDA
|- Item | Title | Lead | Paper |
| 1 | Welcome and Apologies | Chair | Verbal |
| 2 | Internal Audit Plan 2028/29 | Head of Internal Audit | D |
| 3 | External Audit Plan 2027/28 | External Auditor | E |
| 4 | Any Other Business | Chair | Verbal |
"""


def test_title_filling_its_cell_parted_from_the_lead(tmp_path: Path) -> None:
    # the row, drawn as one text run, parts its cells at a column's gap (a font height wide):
    # "2027/28" ended 0.85 heights before "External Auditor", and the lead was read as the
    # title's words
    path = rendered(LEAD_COLUMN_AGENDA, tmp_path)
    assert _agenda(path) == [("1", "Welcome and Apologies"), ("2", "Internal Audit Plan 2028/29"),
                             ("3", "External Audit Plan 2027/28"), ("4", "Any Other Business")]
