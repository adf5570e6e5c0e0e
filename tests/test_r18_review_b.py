"""Review of round 18's classification, segmentation and committee-name fixes (part B):
counter-examples to the round's rules on papers of other councils. The agenda table header's
pattern (its new "Item | Lead officer" reading and the old one beside it) read every run of
blank lines or spaces ahead from each line start (quadratic: 10,000 blank lines took seconds);
a report header table's label cell wrapped over two lines ("REPORT" over "TITLE:"), its
value's first line printed beside the label's first word, lost from the title and the
officer's label run into it. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_kinds
from kcc_papers.classify import AGENDA_TABLE_HEADER
from kcc_papers.extract.decisions.report_fields import report_fields
from kcc_papers.load.model import Line
from kcc_papers.segment_starts.header_labels import rejoin_wrapped_labels
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------------- the agenda table header: linear in blank runs


def test_regression_agenda_table_header_is_linear_in_blank_runs() -> None:
    # the header's reading opened "^\s*" under re.M: from each of a run of blank lines it read
    # the whole run ahead before failing (10,000 blank lines: 9 s), as "Item\s*(?:No)?\s+" did
    # over a run of spaces after "Item"
    for filler in ("\n", " \n", " "):
        def search(n: int, filler: str = filler) -> object:
            return AGENDA_TABLE_HEADER.search("Item" + filler * n + "x")
        assert _growth(search, 300) < MOST_GROWTH
    # the header lines it reads are still read, as the header of an agenda's items table
    for header in ("Item No. Title Pages", "  Item Lead officer",
                   "Agenda Item Subject Lead Officer", "No. Application Ward Pages"):
        assert AGENDA_TABLE_HEADER.match(header), header
    assert AGENDA_TABLE_HEADER.search("Minutes of the meeting\n\n\nItem Title Presenter\n")


# ------------------------------------ a header's label cell wrapped over two lines

# A header table's rows as a PDF's text layer gives them: the label's run at the label
# column's left, the value's at the value column's (as the WECA outturn report prints them).
LABEL_X, VALUE_X = 77.2, 176.4
WRAPPED_HEADER = [
    ("REPORT TO:", "NORTHMOOR POLICE AND CRIME PANEL"),
    ("DATE:", "12 MARCH 2027"),
    ("REPORT", "POLICE AND CRIME COMMISSIONER'S PROPOSED"),
    ("TITLE:", "PRECEPT 2027/28"),
    ("RESPONSIBLE", "CHIEF FINANCE OFFICER"),
    ("OFFICER:", "(OFFICE OF THE COMMISSIONER)"),
    ("Key Decision", "No"),
]


def _header_lines(rows: list[tuple[str, str]]) -> list[tuple[int, Line]]:
    return [(1, Line(f"{label} {value}", x0=LABEL_X,
                     spans=[(LABEL_X, label), (VALUE_X, value)])) for label, value in rows]


def test_regression_label_cell_wrapped_over_two_lines_is_one_label() -> None:
    # "REPORT" over "TITLE:", the title's first line beside "REPORT": before, the title was
    # its second line alone ("PRECEPT 2027/28": documents.title) and the decision's ran on
    # into "RESPONSIBLE CHIEF FINANCE OFFICER OFFICER: ..." (the officer's label, wrapped)
    lines = rejoin_wrapped_labels(_header_lines(WRAPPED_HEADER))
    assert [line.text for _, line in lines] == [
        "REPORT TO: NORTHMOOR POLICE AND CRIME PANEL",
        "DATE: 12 MARCH 2027",
        "REPORT TITLE: POLICE AND CRIME COMMISSIONER'S PROPOSED PRECEPT 2027/28",
        "RESPONSIBLE OFFICER: CHIEF FINANCE OFFICER (OFFICE OF THE COMMISSIONER)",
        "Key Decision No",
    ]
    fields = report_fields([line.text for _, line in lines])
    assert fields.subject == "POLICE AND CRIME COMMISSIONER'S PROPOSED PRECEPT 2027/28"
    assert fields.lead_officer == "CHIEF FINANCE OFFICER (OFFICE OF THE COMMISSIONER)"
    # the guards: a word over a label that makes no label of two ("Report" over "Date:"), a
    # value in another column, a line of words, a line on another page: as printed
    for head, tail in ((("REPORT", "ON THE PRECEPT"), ("DATE:", "12 MARCH 2027")),
                       (("REPORT to the Panel", ""), ("TITLE:", "PRECEPT 2027/28"))):
        rows = _header_lines([head, tail])
        assert rejoin_wrapped_labels(rows) == rows
    moved = _header_lines(WRAPPED_HEADER[2:4])
    moved[1] = (1, Line("TITLE: PRECEPT", x0=LABEL_X, spans=[(LABEL_X, "TITLE:"), (300.0, "P")]))
    assert rejoin_wrapped_labels(moved) == moved
    other_page = [(1, moved[0][1]), (2, _header_lines(WRAPPED_HEADER[3:4])[0][1])]
    assert rejoin_wrapped_labels(other_page) == other_page


# ------------------------------------ 'I agree with the recommendations' signed by nobody

CONSULTED_REPORT = """## Report to Cabinet
** 15 April 2027
** Library Service Review: outcome of consultation
Report of:\tDirector of Communities
** 1. Recommendations
1.1 That Cabinet approves the revised opening hours set out in Appendix A.
** 2. Consultation
2.1 The consultation ran for twelve weeks and received 1,204 responses. Typical comments:
I agree with the recommendations but the library should stay open on Saturday mornings.
I approve the recommendation to extend evening opening at the central library.
2.2 The full responses are in Appendix B.
** 3. Financial implications
3.1 The revised hours save £84,000 a year.
"""


def test_regression_assent_quoted_in_a_consultation_is_no_signed_decision(
        tmp_path: Path) -> None:
    # a consultee's answer opening its line "I agree with the recommendations": before, the
    # report was read as its decision maker's signed assent, the record of a decision
    assert pack_kinds(CONSULTED_REPORT, tmp_path) == [("report", 1, 1)]
    # the guard: a decision maker's assent over his signature is the decision's record
    signed = CONSULTED_REPORT + (
        "** 4. Decision\nI agree the recommendation set out in paragraph 1.1.\n"
        "Signed:\tCllr Petra Langdon, Cabinet Member for Communities\nDate:\t20 April 2027\n")
    assert pack_kinds(signed, tmp_path) == [("decision", 1, 1)]


# ------------------------------ a board's notes headed with its meeting's date and time

BOARD_NOTES_PACK = """## BRACKENSHAW BOROUGH COUNCIL
** CORPORATE PARENTING BOARD
Thursday 8 June 2028, 10.00am, Committee Room 2, Brackenshaw Town Hall
** AGENDA
1. Welcome and apologies
2. Notes of the previous meeting and matters arising
3. Care leavers' offer
--- page ---
** BRACKENSHAW BOROUGH COUNCIL
** Corporate Parenting Board - Notes of the meeting held on {held}
Present:\tCllr J. Okafor (Chair), Cllr P. Lindqvist, S. Marsh (Head of Virtual School)
** 1. Welcome and apologies
Apologies from Cllr R. Dunmore.
** 2. Care leavers' offer
Agreed: to extend the council tax exemption for care leavers to the age of 25.
"""


def test_regression_board_notes_heading_with_its_time_or_numeric_date(tmp_path: Path) -> None:
    # "<Board> - Notes of the meeting held on <date>" was read only when the date, in words,
    # ended the line: with the meeting's time or place after it, or the date in figures, the
    # board's notes were no document of their own (read into the agenda before them)
    for held in ("Tuesday 14 March 2028 at 2.00 pm", "14 March 2028, Room G.2",
                 "14/03/2028", "14th March 2028"):
        assert [d[:2] for d in pack_documents(BOARD_NOTES_PACK.format(held=held), tmp_path)
                ] == [("agenda", "2028-06-08"), ("minutes", "2028-03-14")], held


# ------------------------------------ a placeholder page titled with its item's number

PARISH_PACK = """## FELLINGHAM PARISH COUNCIL
** PLANNING AND ENVIRONMENT COMMITTEE
You are summoned to a meeting of the Planning and Environment Committee on Monday 12th June 2028.
** AGENDA
|- | | |
| 1. | To receive apologies for absence | |
| 2. | To approve the minutes of the meeting held on 8th May 2028 | To follow |
| 3. | Allotments water supply | Report |
| 4. | Date of next meeting | |
--- page ---
** Item 2
!! {placeholder}
The minutes of the meeting held on 8th May 2028 will be circulated separately.
--- page ---
** Item 3
** Report to the Planning and Environment Committee, 12th June 2028
** Allotments water supply
Report by the Parish Clerk
1. The water supply to the Church Lane allotments failed in April 2028.
** Recommendation
That the Committee awards the repair works to Brook Valley Plumbing Ltd.
"""


def test_regression_placeholder_page_titled_with_its_item_or_appendix_number(
        tmp_path: Path) -> None:
    # a page standing in for a paper, its title naming the paper with a number or its item
    # ("Item 2 - Minutes to follow", "Appendix 2 to follow"): round 18's rule read only words
    # of letters before "to follow", and the page was a document of its own
    for placeholder in ("Item 2 - Minutes to follow", "APPENDIX 2 TO FOLLOW",
                        "Minutes of 8th May 2028 - to follow"):
        assert pack_documents(PARISH_PACK.format(placeholder=placeholder), tmp_path) == [
            ("agenda", "2028-06-12", "Planning and Environment Committee"),
            ("report", "2028-06-12", "Planning and Environment Committee"),
        ], placeholder
