"""Regression tests for the contract misses of held-out round 18's blind batches D-F: each
named after the misreading, on small papers in the layouts that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered
from kcc_papers.load.centred import centred_rows


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ an insurance contract's "premium of £612,000" was no price

PREMIUM = """MINUTES
** 12. INSURANCE CONTRACT
RESOLVED: That the contract for the Council's insurance programme be awarded to Ashcombe Mutual Insurance Ltd for three years from 1st April 2027 at a premium of £508,000 over the three years.
"""  # noqa: E501


def test_regression_insurance_premium_not_read_as_the_contract_price(tmp_path):
    assert _rows(PREMIUM, tmp_path) == [("Ashcombe Mutual Insurance Ltd", 508_000.0)]


# ------------ an extension's "original contract value" read as a contract of its own

EXTENSION = """Agenda Item 6
Telephony Services: Extension of Call-Off Contract
1.1 That Cabinet approves the extension of the call-off contract for telephony services with Brindle Communications Ltd for twelve months from 1 June 2027 at an additional cost of £212,000.
1.2 The original contract value was £840,000. The extension is priced at the current rates.
"""  # noqa: E501

ORIGINAL_ALONE = """Agenda Item 6
Telephony Services Contract
1.1 The original contract value was £840,000.
"""


def test_regression_original_value_of_an_extended_contract_read_as_another_contract(tmp_path):
    # the value the contract was first let for, beside the extension priced: no second row
    assert _rows(EXTENSION, tmp_path) == [("Brindle Communications Ltd", 212_000.0)]


def test_original_value_alone_is_still_a_value(tmp_path):
    # no firm's contract priced beside it: the paper's one value, kept
    assert _rows(ORIGINAL_ALONE, tmp_path) == [(None, 840_000.0)]


# ------------ "the total management fee payable over the term" was no contract value

FEE_OVER_TERM = """Agenda Item 7
Leisure Management Contract Award
2.1 That Cabinet awards the Leisure Management Contract to Ferncliffe Leisure Ltd for an initial term of ten years from 1 April 2028.
3.1 The current contract, held by Marram Leisure Ltd, expires on 31 March 2028.
4.2 The total management fee payable over the initial ten-year term is £3,720,000, an average of £372,000 a year.
"""  # noqa: E501


def test_regression_total_fee_payable_over_the_term_not_read_as_the_award_value(tmp_path):
    assert _rows(FEE_OVER_TERM, tmp_path) == [
        ("Ferncliffe Leisure Ltd", 3_720_000.0), ("Marram Leisure Ltd", None)]


# ------------ a borderless register with cells centred in their rows: rows run together

CENTRED = """## Marlow Vale Borough Council
** Agenda Item 4
!! Contract Procedure Rules Waivers Register 2026/27
Report of the Head of Procurement
** 3. Waivers granted in 2026/27
|% 9 11 24 30 12 14
|- Ref | Date | Supplier | Goods / services | Value | Reason |
| WV/26/01 | 12/04/2026 | Fernhill Pumps Ltd | Replacement pumps, Eastfield pumping station | £23,480 | Sole supplier of compatible parts |
| WV/26/02 | 03/06/2026 | Larchmont Booking Software Ltd | Leisure booking system support | £16,500 p.a. (£49,500 over 3 years) | Proprietary system |
| WV/26/03 | 19/07/2026 | Pellow Environmental Consultants | Air quality monitoring review | £11,950 | Specialist expertise |
| WV/26/04 | 28/08/2026 | Greystone Security Ltd | Interim CCTV monitoring | £38,600 | Urgency: previous provider entered administration |
| WV/26/05 | 14/10/2026 | Ashdown Chambers | Counsel's opinion: town centre CPO | £19,000 | Specialist legal advice |
Total value of waivers granted: £158,530.
"""  # noqa: E501


def test_regression_centred_cells_of_a_borderless_register_ran_rows_together(tmp_path):
    # a reference wrapped over two lines beside cells of one line, and a reason over five
    # lines, each set about its row's middle: one row per waiver, each its own value (the
    # whole term's where a year's price is printed beside it)
    assert _pdf_rows(CENTRED, tmp_path) == [
        ("Fernhill Pumps Ltd", 23_480.0), ("Larchmont Booking Software Ltd", 49_500.0),
        ("Pellow Environmental Consultants", 11_950.0), ("Greystone Security Ltd", 38_600.0),
        ("Ashdown Chambers", 19_000.0)]


def test_one_row_of_centred_cells_is_not_split_at_a_wrapped_cells_lines():
    # one row: a reason over three lines, a reference over two, the rest on the middle line;
    # the reason's lines are no rows' middles (its top and bottom lines would be rows alone)
    tops = [343.5, 351.3, 359.1, 366.9, 374.7]
    columns = [{5}, {0, 3}, {1, 2, 4, 5}, {0, 3}, {5}]
    assert centred_rows(tops, columns) is None


def test_rows_of_centred_cells_are_told_by_the_column_that_never_wraps():
    # two rows: the dates (column 1) are each a row's middle; the reasons (column 2) wrap
    tops = [343.5, 351.3, 359.1, 366.9, 374.7, 390.3, 398.1, 405.9]
    columns = [{2}, {0}, {0, 1, 2}, {0}, {2}, {0}, {1, 2}, {0}]
    assert centred_rows(tops, columns) == [0, 0, 0, 0, 0, 1, 1, 1]
