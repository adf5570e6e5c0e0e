"""Review of round 18's classification, segmentation and committee-name fixes (part B):
counter-examples to the round's rules on papers of other councils. The agenda table header's
pattern (its new "Item | Lead officer" reading and the old one beside it) read every run of
blank lines or spaces ahead from each line start (quadratic: 10,000 blank lines took seconds);
a report header table's label cell wrapped over two lines ("REPORT" over "TITLE:"), its
value's first line printed beside the label's first word, lost from the title and the
officer's label run into it. Each test fails on the code before its fix."""

from __future__ import annotations

from kcc_papers.classify import AGENDA_TABLE_HEADER
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
