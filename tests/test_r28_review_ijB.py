"""Review of held-out round 28's I and J contracts fixes (``tab_runs_ij``,
``held_asides_ij``, now ``tab_paragraphs`` and ``contracts_in_place``): each test a paper
another council could publish that the fix misread."""

from __future__ import annotations

from heldout_support import contract_rows

# ------------ two tables in one run of tab lines (an RTF-to-text pack)

# A register and, after a numbered heading and paragraph, a savings table as wide: one run of
# tab lines, as the loader reads it (blank lines part no run).
TWO_TABLES = "\r\n".join([
    "Report to:\tAudit Committee",
    "Subject:\tProcurement update",
    "",
    "1.\tRECOMMENDATION",
    "1.1\tThat the Committee notes the report.",
    "",
    "2.\tCONTRACTS AWARDED",
    "",
    "Ref\tContract\tSupplier\tValue (£)",
    "C1\tStreet lighting maintenance\tBrightway Lighting Ltd\t912,000",
    "C2\tCCTV maintenance\tWatchpoint Systems Ltd\t186,400",
    "",
    "3.\tPROCUREMENT SAVINGS",
    "",
    "3.1\tSavings achieved in the quarter are set out below.",
    "",
    "Quarter\tSaving\tLead officer\tAmount (£)",
    "Q1\tFleet fuel cards\tHead of Fleet Services\t12,000",
    "Q2\tPrint consolidation\tHead of Digital Services\t8,500",
    "",
    "4.\tFINANCIAL IMPLICATIONS",
    "4.1\tNone arising directly from this report.",
    "",
])
REGISTER = [("Brightway Lighting Ltd", 912000.0), ("Watchpoint Systems Ltd", 186400.0)]


def test_regression_second_table_of_a_run_is_not_read_under_the_first_ones_header(tmp_path):
    assert contract_rows(TWO_TABLES, tmp_path) == REGISTER


def test_regression_one_heading_line_between_two_tables_parts_them(tmp_path):
    text = TWO_TABLES.replace("3.1\tSavings achieved in the quarter are set out below.\r\n", "")
    assert contract_rows(text, tmp_path) == REGISTER


# ------------ lettered sub-paragraphs ("<TAB>(a)<TAB>...") are three-cell lines too

LETTERED = "\r\n".join([
    "Report to:\tAudit Committee",
    "Subject:\tProcurement update",
    "",
    "1.\tRECOMMENDATIONS",
    "1.1\tThat the Committee:",
    "\t(a)\tnotes the contracts awarded in the quarter; and",
    "\t(b)\tnotes the waivers approved.",
    "",
    "2.\tBACKGROUND",
    "2.1\tThe register is published quarterly.",
    "",
    "3.\tCONTRACTS AWARDED",
    "",
    "Ref\tContract\tSupplier\tValue (£)",
    "C1\tStreet lighting maintenance\tBrightway Lighting Ltd\t912,000",
    "C2\tCCTV maintenance\tWatchpoint Systems Ltd\t186,400",
    "",
    "4.\tFINANCIAL IMPLICATIONS",
    "4.1\tNone arising directly from this report.",
    "",
])


def test_regression_register_after_lettered_recommendations_is_read(tmp_path):
    # the recommendations' lettered lines are wide rows: a block from the first wide row to
    # the last put the register's header deep in it again
    assert contract_rows(LETTERED, tmp_path) == REGISTER


def test_cell_wrapped_over_two_lines_stays_in_its_table(tmp_path):
    # the guard: two lines of a wrapped cell, no paragraph number among them, join the rows
    wrapped = LETTERED.replace(
        "C2\tCCTV maintenance\tWatchpoint Systems Ltd\t186,400",
        "C2\tCCTV maintenance:\r\n\ttown centre and\r\n"
        "\tcar parks\tWatchpoint Systems Ltd\t186,400")
    assert contract_rows(wrapped, tmp_path) == REGISTER


def test_section_rows_inside_a_register_keep_its_rows_under_its_header(tmp_path):
    # the guard: a numbered or labelled section row between a register's rows is no heading
    # between two tables (the rows after it hold figures; a new table's header holds none)
    rows = [("1.\tHighways", "2.\tParks"), ("Lot 1:\tHighways", "Lot 2:\tParks")]
    for first, second in rows:
        text = LETTERED.replace("C1\t", f"{first}\r\nC1\t").replace(
            "C2\tCCTV maintenance\tWatchpoint Systems Ltd\t186,400",
            f"C2\tCCTV maintenance\tWatchpoint Systems Ltd\t186,400\r\n{second}\r\n"
            "C3\tTree works\tRidgeback Arboriculture Ltd\t95,000")
        assert contract_rows(text, tmp_path) == [*REGISTER,
                                                 ("Ridgeback Arboriculture Ltd", 95000.0)]
