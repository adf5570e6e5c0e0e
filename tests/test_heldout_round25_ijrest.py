"""Regression tests for the contract, risk and KPI misses of held-out round 25's blind
batches I and J (planning policy, climate and nature; edge cases of meetings and papers): each
named after what was misread, on small papers in the layouts that showed it, with guards of
the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered
from kcc_papers.extract import risks
from kcc_papers.load import load
from kcc_papers.models import Risk


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "Value (GBP)" over bare figures, a page that never prints "£" (r25j contracts
# awarded: a cover slip and a landscape appendix table, its header not repeated on page 2)

GBP_SCHEDULE = """## WEALDMERE COUNTY COUNCIL
** CABINET - 16 MARCH 2028
** CONTRACTS AWARDED UNDER DELEGATED AUTHORITY
For information. The schedule at Appendix 1 lists the contracts over GBP 100,000 awarded by chief officers under delegated authority.
--- page landscape ---
** APPENDIX 1 - CONTRACTS AWARDED
|% 3 9 7 4 4 4 5
| Ref | Contract | Provider | Value (GBP) | Start | Term | Route |
| WCC-27-188 | Highway drainage jetting, north area | Culverwell Drainage Ltd | 486,000 | 01/11/2027 | 3 years | Open tender |
| WCC-27-193 | Independent fostering agency placements | Fosterlink Families Ltd | 212,400 | 06/11/2027 | 1 year | Framework |
"""  # noqa: E501


def test_currency_code_in_the_value_header_is_a_pound_sign(tmp_path):
    assert _pdf_rows(GBP_SCHEDULE, tmp_path) == [("Culverwell Drainage Ltd", 486_000.0),
                                                 ("Fosterlink Families Ltd", 212_400.0)]


def test_value_header_naming_no_currency_gives_no_money(tmp_path):
    # the guard: "Value" alone over bare figures says nothing of pounds
    text = GBP_SCHEDULE.replace("Value (GBP)", "Value").replace("GBP 100,000", "100,000")
    assert all(value is None for _, value in _pdf_rows(text, tmp_path))


SPLIT_SCHEDULE = """## WEALDMERE COUNTY COUNCIL
** CONTRACTS AWARDED UNDER DELEGATED AUTHORITY
--- page landscape ---
** APPENDIX 1 - CONTRACTS AWARDED
|% 3 9 7 4 4 4 5
| Ref | Contract | Provider | Value (£) | Start | Term | Route |
| WCC-27-188 | Highway drainage jetting, north area | Culverwell Drainage Ltd | 486,000 | 01/11/2027 | 3 years | Open tender |
| WCC-27-193 | Independent fostering agency placements | Fosterlink Families Ltd | 212,400 | 06/11/2027 | 1 year | Framework |
| --- page, header not repeated --- |
| WCC-27-215 | Records storage and retrieval | Vaultline Archives Ltd | 147,900 | 01/12/2027 | 4 years | Waiver (CSO 22.1) |
| WCC-27-219 | Countryside access signage | Greenway Signs Ltd | 104,250 | 18/12/2027 | 1 year | Quotations |
| | Total | | 950,550 | | | |
"""  # noqa: E501


def test_table_carried_on_over_a_page_ends_in_a_total_row_of_fewer_cells(tmp_path):
    assert _pdf_rows(SPLIT_SCHEDULE, tmp_path) == [
        ("Culverwell Drainage Ltd", 486_000.0), ("Fosterlink Families Ltd", 212_400.0),
        ("Vaultline Archives Ltd", 147_900.0), ("Greenway Signs Ltd", 104_250.0)]


def test_short_row_that_is_no_total_does_not_carry_a_table_on(tmp_path):
    # the guard: a row of fewer cells that is not a totals row still parts the tables
    text = SPLIT_SCHEDULE.replace("| | Total | | 950,550 | | | |", "| | Notes | | 950,550 | | | |")
    rows = _pdf_rows(text, tmp_path)
    assert ("Vaultline Archives Ltd", 147_900.0) not in rows


# ------------ "The estimated value of the concession contract, being ..., is £212,400,000.[^2]"
# (r25i heat network concession: an aside before the verb, a footnote marker after the stop,
# and the value of "the concession contract" the award names so)

CONCESSION = """Report to Cabinet
2. Recommendations
(a) award the concession contract for the Civic Quarter Heat Network to Thermavale Heat Networks Ltd for a term of 40 years from financial close;
5. Financial implications
5.1 The estimated value of the concession contract, being the concessionaire's forecast heat sales over the 40-year term, is £212,400,000. The Council will receive an annual concession fee of £185,000.
"""  # noqa: E501


def test_value_of_the_contract_the_award_names_by_its_kind(tmp_path):
    text = CONCESSION.replace(", being the concessionaire's forecast heat sales over the "
                              "40-year term,", "")
    assert _rows(text, tmp_path) == [("Thermavale Heat Networks Ltd", 212_400_000.0)]


def test_value_given_after_an_aside_before_its_verb(tmp_path):
    text = CONCESSION.replace("value of the concession contract", "value of the contract")
    assert _rows(text, tmp_path) == [("Thermavale Heat Networks Ltd", 212_400_000.0)]


def test_concession_value_after_an_aside_named_as_the_award_names_it(tmp_path):
    assert _rows(CONCESSION, tmp_path) == [("Thermavale Heat Networks Ltd", 212_400_000.0)]


def test_value_of_a_contract_of_another_kind_is_not_the_awards(tmp_path):
    # the guard: "the cleaning contract" is not the concession the award lets
    text = CONCESSION.replace("value of the concession contract", "value of the cleaning contract")
    assert ("Thermavale Heat Networks Ltd", 212_400_000.0) not in _rows(text, tmp_path)


def test_aside_that_names_no_verb_before_the_sum_is_no_cue(tmp_path):
    # the guard: a list's next item after a comma prices itself, not the contract
    text = CONCESSION.replace(
        "The estimated value of the concession contract, being the concessionaire's forecast "
        "heat sales over the 40-year term, is £212,400,000.",
        "The budget covers the concession contract, the connection works and fees of £87,385.")
    assert ("Thermavale Heat Networks Ltd", 87_385.0) not in _rows(text, tmp_path)


FOOTNOTED_STOP = """** Financial implications
5.1 The estimated value of the concession contract is £212,400,000.[^2] The Council will receive an annual concession fee of £185,000.
[^2]: Regulation 8 of the Concession Contracts Regulations 2016.
"""  # noqa: E501


def test_footnote_marker_after_a_full_stop_is_no_decimal(tmp_path):
    lines = [line.text for page in load(rendered(FOOTNOTED_STOP, tmp_path)).pages
             for line in page.lines]
    assert any("£212,400,000.² The Council" in line for line in lines)


def test_decimal_point_digits_stay_digits(tmp_path):
    # the guard: a figure's decimals are full size, no marker
    text = "** Figures\nThe rate was 4.2 per cent, 12,500.5 and 3.14159; the sum £1,234.56.\n"
    lines = [line.text for page in load(rendered(text, tmp_path)).pages for line in page.lines]
    assert any("4.2 per cent, 12,500.5 and 3.14159; the sum £1,234.56." in line for line in lines)


# ------------ "approves the award of a 15-year concession ... to Voltaway Charging Ltd"; "The
# estimated value of the concession over its 15-year term is £9,650,000"; "run by Plugwell EV
# Ltd under its 2022 contract with Ashcombe District Council" (r25i joint committee EV charging)

EV_CONCESSION = """Public Electric Vehicle Charging Concession: Award
Recommendation
That the Joint Committee approves the award of a 15-year concession for the installation and operation of public electric vehicle charge points in both districts to Voltaway Charging Ltd.

2.1 Voltaway Charging Ltd scored highest of the four bidders. The estimated value of the concession over its 15-year term is £9,650,000.
"""  # noqa: E501


def test_concession_awarded_is_a_contract_let(tmp_path):
    text = EV_CONCESSION.split("\n\n")[0] + "\n"
    assert _rows(text, tmp_path) == [("Voltaway Charging Ltd", None)]


def test_value_of_a_concession_over_its_term_is_the_awards(tmp_path):
    assert _rows(EV_CONCESSION, tmp_path) == [("Voltaway Charging Ltd", 9_650_000.0)]


def test_fares_concession_is_no_contract(tmp_path):
    # the guard: a concession of fares the council grants runs for no term, and none is awarded
    text = ("Concessionary Travel\n2.1 The estimated value of the concession to older residents "
            "is £1,240,000 a year.\n")
    assert _rows(text, tmp_path) == []


HOLDERS_CONTRACT = """Report to the Joint Committee
2.2 The existing rapid chargers in the Station Road car park, run by Plugwell EV Ltd under its 2022 contract with Ashcombe District Council, are not part of the concession.
"""  # noqa: E501


def test_firms_contract_with_a_council_names_the_council_as_client(tmp_path):
    assert _rows(HOLDERS_CONTRACT, tmp_path) == [("Plugwell EV Ltd", None)]


def test_councils_contract_with_a_firm_names_the_firm(tmp_path):
    # the guard: no firm holds the contract before "its", so the party "with" it is the provider
    text = HOLDERS_CONTRACT.replace("run by Plugwell EV Ltd under its 2022 contract with "
                                    "Ashcombe District Council",
                                    "run by the Council under its 2022 contract with Plugwell "
                                    "EV Ltd")
    assert _rows(text, tmp_path) == [("Plugwell EV Ltd", None)]


# ------------ an action plan's table, "Ref | Action | Theme | Status | Comment", a row whose last
# cell prints a month ("Generating since June 2027") over one "At risk" (r25i climate emergency)

ACTIONS = """** Climate Emergency Action Plan: Progress Report
1.1 The carbon indicators are rated Red, Amber or Green against the trajectory to the 2030 target.
** Appendix: all actions by theme
|% 7 40 15 13 25
|# Ref | Action | Theme | Status | Comment |
| A1 | Heat decarbonisation plans for the 40 largest buildings | Buildings | Complete | Plans published October 2027 |
| A4 | Solar PV on the Coldharbour depot roof (480 kWp) | Energy | Complete | Generating since June 2027 |
| A5 | Solar farm at the former Brackenhill landfill (9.8 MWp) | Energy | At risk | Grid connection 2031 |
| A15 | Power purchase agreement for renewable electricity | Energy | On track | Market testing |
"""  # noqa: E501


def _pdf_risks(source: str, tmp_path: Path) -> list[str]:
    return [r.risk_id for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def test_row_printing_an_id_is_no_register_header(tmp_path):
    assert _pdf_risks(ACTIONS, tmp_path) == []


def test_register_under_its_header_is_read_still(tmp_path):
    # the guard: a header of names over rows of ids is a register's
    text = ACTIONS.replace("|# Ref | Action | Theme | Status | Comment |",
                           "|# Ref | Risk | Owner | Likelihood | Impact |").replace(
        "| Complete | Plans published October 2027 |", "| 3 | 4 |").replace(
        "| Complete | Generating since June 2027 |", "| 2 | 5 |").replace(
        "| At risk | Grid connection 2031 |", "| 4 | 4 |").replace(
        "| On track | Market testing |", "| 1 | 3 |")
    assert _pdf_risks(text, tmp_path) == ["A1", "A4", "A5", "A15"]


# ------------ a zebra table carried over a page, its header printed again over an unshaded row
# wrapped to three lines, then one shaded row (r25j audit committee's internal audit measures)

# (the paragraphs above push the table over the page's end after its first row: the header
# printed again on the next, over an unshaded row, the body's bands shaded on from page 1)
ZEBRA_CARRIED = "** Internal audit performance\n" + "".join(
    f"1.{i} The service's own measures for the year to date are below.\n" for i in range(1, 43)
) + """|~ Ref | Indicator | Target | Year to date | Status |
| IA1 | Audit plan delivered to final report (%) | 68 | 61 | Amber |
| IA2 | Draft reports issued within 10 days of fieldwork (%) | 90 | 93 | Green |
| IA3 | Client satisfaction score (out of 5) | 4.0 | 4.4 | Green |
| IA4 | Agreed actions implemented by due date (%) | 90 | 81 | Red |
| IA5 | Chargeable days achieved (%) | 85 | 84 | Amber |
Background papers: Internal Audit Plan 2027/28.
"""


def _page_tables(source: str, tmp_path: Path, number: int) -> list[list[list[str]]]:
    return [t.texts() for page in load(rendered(source, tmp_path)).pages
            if page.number == number for t in page.tables]


def test_zebra_table_over_a_page_keeps_the_unshaded_row_under_its_header(tmp_path):
    assert _page_tables(ZEBRA_CARRIED, tmp_path, 2) == [[
        ["Ref", "Indicator", "Target", "Year to date", "Status"],
        ["IA2", "Draft reports issued within 10 days of fieldwork (%)", "90", "93", "Green"],
        ["IA3", "Client satisfaction score (out of 5)", "4.0", "4.4", "Green"],
        ["IA4", "Agreed actions implemented by due date (%)", "90", "81", "Red"],
        ["IA5", "Chargeable days achieved (%)", "85", "84", "Amber"]]]
