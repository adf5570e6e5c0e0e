"""Regression tests for the contract misses of held-out round 17's blind batches: each named
after the bug, on small papers in the layouts that showed it, with guards of the general rule
that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ a table broken across pages printing its header again lost its second part

SPLIT_HEADED = """## Wealdmoor County Council
!! Transport Committee
** 3. Supported bus services
3.1 Tenders were evaluated on price and quality.
--- page ---
** Appendix A: Recommended supported service contracts from 1 September 2027
|% 10 40 30 20
| Service | Route | Operator | Annual cost |
| 402 | Castlebury - Upton Marsh | Marcher Coaches Ltd | £214,300 |
| 405 | Castlebury - Abbots Leigh | Avonvale Travel Ltd | £186,950 |
| --- page --- |
| 424 | Upton Marsh - Hanbury | Hillside Minibuses Ltd | £176,450 |
| 426 | Malmsley - Colwell | Lugg Valley Transport | £68,900 |
| | | Total | £646,600 |
"""

UNHEADED = SPLIT_HEADED.replace(
    "** Appendix A: Recommended supported service contracts from 1 September 2027",
    "** Appendix A: Supported services from 1 September 2027")


def test_regression_repeated_header_lost_the_second_part_of_a_contract_table(tmp_path):
    # the heading over the first part says the rows are contracts recommended; the second
    # part prints the same header again with no heading above it: the same table, read alike
    assert _pdf_rows(SPLIT_HEADED, tmp_path) == [
        ("Marcher Coaches Ltd", 214_300.0), ("Avonvale Travel Ltd", 186_950.0),
        ("Hillside Minibuses Ltd", 176_450.0), ("Lugg Valley Transport", 68_900.0)]


def test_operators_and_costs_under_no_heading_of_contracts_are_no_contracts(tmp_path):
    # "Service | Route | Operator | Annual cost" says nothing of contracts by itself
    assert _pdf_rows(UNHEADED, tmp_path) == []


# ------------ a register's decision cell named the award, its value column went unread

REGISTER = """<html><body><h1>Officer delegated decisions: September 2027</h1>
<table><thead><tr><th>Reference</th><th>Decision</th><th>Reason</th><th>Value</th></tr></thead>
<tbody>
<tr><td>ODR/27/118</td><td>To award the contract for the resurfacing of Tannery Lane car park to Hartwell Surfacing Ltd</td><td>Lowest of four quotations received.</td><td>£94,850</td></tr>
<tr><td>ODR/27/119</td><td>To write off irrecoverable business rates debts of a dissolved company</td><td>No assets remain.</td><td>£23,100</td></tr>
</tbody></table></body></html>
"""  # noqa: E501


def test_regression_register_value_column_not_read_for_the_award_in_its_row(tmp_path):
    # the row's "Value" prices the award its decision cell names; a row awarding nothing
    # (a write-off) is no contract
    assert _html_rows(REGISTER, tmp_path) == [("Hartwell Surfacing Ltd", 94_850.0)]


# ------------ "to <place> to <firm Ltd>": the place read as the party

PLACE_FIRST = """DECISION:
To award a contract for emergency structural repairs to Kingsmead multi-storey car park to Caldecott Structural Repairs Ltd at a cost of £386,400.
"""  # noqa: E501

NO_FIRM_AFTER = """DECISION:
To award the contract for the library service to Kingsmead Libraries for three years at a cost of £86,400.
"""  # noqa: E501


def test_regression_place_before_the_firm_read_as_the_provider(tmp_path):
    assert _rows(PLACE_FIRST, tmp_path) == [("Caldecott Structural Repairs Ltd", 386_400.0)]


def test_a_name_without_a_second_to_stays_the_provider(tmp_path):
    assert _rows(NO_FIRM_AFTER, tmp_path) == [("Kingsmead Libraries", 86_400.0)]


# ------------ "at a maximum value of £x", "The current contract for X, held by Y"

RECORD_OF_DECISION = """DECISION:
a) AWARD the contract for the Westbridge Carers' Support Service to Brightwell Carers Partnership CIC for five years from 1 October 2027, with an option to extend for up to two further years, at a maximum value of £4,260,000 over the initial term; and
b) DELEGATE authority to the Corporate Director to finalise the terms of the contract.
Reason(s) for decision:
The current contract for carers' support, held by Wayfarer Carers Trust, ends on 30 September 2027 and cannot be extended further under its terms.
Financial implications:
The annual contract value of £852,000 is within the existing budget for carers' support.
"""  # noqa: E501


def test_regression_maximum_value_and_the_holder_of_a_named_service_missed(tmp_path):
    # the award's ceiling is its value; the contract in place is named by the service it is
    # for and then its holder; the annual value said apart is the award's, not a third row
    assert _rows(RECORD_OF_DECISION, tmp_path) == [
        ("Brightwell Carers Partnership CIC", 4_260_000.0), ("Wayfarer Carers Trust", None)]


ANNUAL_ABOVE = RECORD_OF_DECISION.replace("£852,000", "£5,100,000")


def test_a_yearly_value_above_the_awards_whole_term_is_kept_apart(tmp_path):
    # a year's price above the whole term's cannot be the award's: it stays its own row
    assert _rows(ANNUAL_ABOVE, tmp_path) == [
        ("Brightwell Carers Partnership CIC", 4_260_000.0), ("Wayfarer Carers Trust", None),
        (None, 5_100_000.0)]


# ------------ "with an option to extend" stopped an award's estimated value

OPTION = """RECOMMENDATION:
1.1 That Cabinet awards the Highways Maintenance Term Contract 2027-2034 to Brantwood Infrastructure Services Ltd for seven years from 1 April 2027, at an estimated value of £186,400,000, with an option to extend for up to three further years.
"""  # noqa: E501

EXTENSION = """RECOMMENDATION:
1.1 That Cabinet extends the Highways Maintenance Term Contract for two years from 1 April 2027, at an estimated value of £46,000,000.
"""  # noqa: E501


def test_regression_option_to_extend_read_as_an_extension(tmp_path):
    assert _rows(OPTION, tmp_path) == [("Brantwood Infrastructure Services Ltd", 186_400_000.0)]


def test_an_extension_estimate_names_no_award(tmp_path):
    assert all(provider is None for provider, _ in _rows(EXTENSION, tmp_path))


# ------------ "under the council's fire door framework": the possessive hid the framework

POSSESSIVE = """4.3 The works were awarded to Cordwell Joinery Ltd on 4th January 2027 under the council's fire door framework at a cost of £118,400.
"""  # noqa: E501


def test_regression_framework_after_a_possessive_gave_no_contract(tmp_path):
    assert _rows(POSSESSIVE, tmp_path) == [("Cordwell Joinery Ltd", 118_400.0)]


GOVERNANCE = """4.4 The Committee appointed Councillor Amy Reyes as the member champion under the Council's governance framework, at a cost of £1,200 in allowances.
"""  # noqa: E501


def test_regression_possessive_policy_framework_read_as_a_contract(tmp_path):
    # reading a framework after a possessive (above) let "the Council's governance framework"
    # cue a contract: a framework of policy or governance lets nothing
    assert _rows(GOVERNANCE, tmp_path) == []
