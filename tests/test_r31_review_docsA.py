"""Review of held-out round 31's documents fixes (batches A-D): each defect the review found
in the fixer's rules, on a small paper another council could publish, failing before its mend.
"""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.segment_starts.masthead_stamps import masthead_stamp

# A licensing sub-committee's report determining an appeal: its title names the director's
# decision appealed against, as a report about one decision does; it is no decision form.
APPEAL_REPORT = """APPEAL AGAINST THE DIRECTOR'S DECISION - 12 HIGH STREET, ORTON

Report of the Head of Legal Services

Licensing Sub-Committee, 14 May 2031

1. Purpose
1.1 To determine an appeal by Mr A Khan against the refusal of a street trading consent.

2. Recommendation
2.1 That the Sub-Committee determines the appeal.
"""


def test_regression_an_appeal_against_the_directors_decision_is_a_report(
        tmp_path: Path) -> None:
    path = tmp_path / "appeal.txt"
    path.write_text(APPEAL_REPORT)
    assert documents_of(path) == [("report", "2031-05-14", "Licensing Sub-Committee")]
    path.write_text(APPEAL_REPORT.replace(
        "APPEAL AGAINST THE DIRECTOR'S DECISION - 12 HIGH STREET, ORTON",
        "Review of the Director’s decision on home to school transport"))
    assert documents_of(path) == [("report", "2031-05-14", "Licensing Sub-Committee")]


# A town council's text pack whose report repeats its stamped masthead atop every page (the
# council's name and the stamp, the meeting's dated line under it), as the first page prints it.
SUMMONS = """BRINDLECOTE TOWN COUNCIL

You are hereby summoned to attend a meeting of the OPEN SPACES COMMITTEE
to be held in the Town Hall on Tuesday 9 March 2032 at 7.00 pm.

AGENDA

1. Apologies for absence
2. Declarations of interest
3. Play area resurfacing
   To consider the report of the Town Clerk (attached).

--- Page 1 of 4 ---

"""
STAMPED_HEAD = """BRINDLECOTE TOWN COUNCIL                                      AGENDA ITEM 3

OPEN SPACES COMMITTEE - 9 MARCH 2032

"""
REPORT_PAGES = [
    """PLAY AREA RESURFACING
Report of the Town Clerk

1. Purpose
To report the quotations received for resurfacing the play area at Mill Green.

2. Recommendation
That the Committee accepts the quotation of Safeplay Surfaces Ltd of £18,400.""",
    """3. Quotations
Three quotations were received. Safeplay Surfaces Ltd offered the lowest price.

4. Financial implications
The cost will be met from the play areas reserve, which stands at £31,200.""",
    """5. Timetable
The works would be carried out in the Easter holidays.""",
]


def test_regression_a_reports_stamped_masthead_on_every_page_is_one_report(
        tmp_path: Path) -> None:
    pages = "".join(f"{STAMPED_HEAD}{body}\n\n--- Page {n} of 4 ---\n\n"
                    for n, body in enumerate(REPORT_PAGES, 2))
    path = tmp_path / "pack.txt"
    path.write_text(SUMMONS + pages)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2032-03-09", "Open Spaces Committee"),
        ("report", "2032-03-09", "Open Spaces Committee")]


def test_regression_a_stamp_after_a_councils_name_with_an_ampersand() -> None:
    # (many councils print "&" in their names: Telford & Wrekin, Brighton & Hove)
    assert masthead_stamp("TELFORD & WREKIN COUNCIL       AGENDA ITEM 5") == "AGENDA ITEM 5"
    assert masthead_stamp("Brighton & Hove City Council   Agenda Item 12") == "Agenda Item 12"


def test_regression_a_notes_title_over_the_groups_name_names_the_group() -> None:
    # the notes' sentence set as the title, the group's name under it: no masthead ends above
    heading = minutes_heading([
        "Notes of the meeting held on Tuesday 4 March 2031 at 10.00 am",
        "Harbour Regeneration Project Board",
        "Present: Jane Smith (Chair), Tom Hale, Priya Natt",
    ])
    assert heading.committee == "Harbour Regeneration Project Board"
    assert str(heading.meeting_date) == "2031-03-04"
