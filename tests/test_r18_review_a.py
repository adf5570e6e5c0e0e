"""Review of round 18's reader changes, part A (contracts, KPIs, risks, centred borderless
tables): counter-examples of other councils to the round's new rules. A "mandate" was let
stand where "contract" stood before the firm holding it, with every verb of that pattern: a
body's mandate "provided by Government" made Government a contract's provider, and a party
"holding" one (no investment named) made the party one; and a column
heading naming a limit, beside no target, made a whole dashboard no KPI table, though its
rows rate their figures Red, Amber or Green (a "Time limit" is the measure's standard, no
treasury ceiling); and "the incumbent ... manager" named a post's holder ("The incumbent
Service Manager, Sarah Collins") as a contract's provider. Each regression test fails on the
code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, kpi_rows
from kcc_papers.extract.contracts.provider_patterns import PROVIDER_PATTERNS
from kcc_papers.extract.kpis.header import read_header
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------ a mandate given by Government or voters is held by no firm

MANDATE_GIVEN = """Report to:\tCabinet, 4 March 2027
Report of:\tDirector of Transport
Bus Franchising: Next Steps
1.1 The franchising contracts follow the mandate provided by Government in the devolution deal of 2025.
1.2 The first franchise contract will be let in 2028.
"""  # noqa: E501


def test_regression_mandate_provided_by_government_read_as_its_contract(tmp_path: Path) -> None:
    # "the mandate provided by Government" was a contract held by "Government"
    assert contract_rows(MANDATE_GIVEN, tmp_path) == []


PARTY_MANDATE = """Minutes of the meeting of Council held on 3 March 2027
42. Waste Collection Contract
Councillor Hale said the mandate held by Reform UK did not extend to ending the waste contract early.
"""  # noqa: E501


def test_regression_party_holding_a_mandate_read_as_its_contract(tmp_path: Path) -> None:
    # a party's mandate, named by no investment, was a contract held by "Reform UK"
    assert contract_rows(PARTY_MANDATE, tmp_path) == []


def test_mandate_run_by_a_fund_manager_stays_its_contract(tmp_path: Path) -> None:
    run = """Report to:\tPensions Committee, 4 March 2027
1.1 The Fund’s property mandate, run by Cedar Capital Partners LLP, will end when the contract with the pool begins.
"""  # noqa: E501
    assert contract_rows(run, tmp_path) == [("Cedar Capital Partners LLP", None)]


def test_mandate_and_contract_holders_read_in_linear_time() -> None:
    patterns = [p for p, _ in PROVIDER_PATTERNS if "held" in p.pattern]

    def held(spaces: int) -> object:
        text = "the mandate for " + "a " * spaces + "x, currently held by"
        return [m.group(0) for p in patterns for m in p.finditer(text)]

    assert _growth(held, 50) < MOST_GROWTH


# -------------------------- an incumbent manager of a service is a post's holder, no firm

INCUMBENT_POSTHOLDER = """Report to:\tPersonnel Committee, 3 March 2027
Report of:\tHead of HR
Leisure Services: Transfer of Staff
1.1 The leisure contract ends on 31 March 2028. The incumbent Service Manager, Sarah Collins, will transfer to the new contract under TUPE.
"""  # noqa: E501


def test_regression_incumbent_service_manager_read_as_a_contracts_provider(
        tmp_path: Path) -> None:
    # "The incumbent Service Manager, Sarah Collins," was a contract held by Sarah Collins
    assert contract_rows(INCUMBENT_POSTHOLDER, tmp_path) == []


def test_incumbent_fund_manager_stays_the_contract_in_place(tmp_path: Path) -> None:
    fund = """Report to:\tPensions Committee, 3 March 2027
1.1 The incumbent global equity manager, Cedar Capital Partners LLP, holds the current contract until 31 March 2028.
"""  # noqa: E501
    assert contract_rows(fund, tmp_path) == [("Cedar Capital Partners LLP", None)]


# ------------------------- a dashboard's "Time limit" beside a RAG column is still a dashboard

TIME_LIMITS = """## Thornbury District Council
!! Corporate Performance Panel
** Performance Report - Quarter 3 2027/28
Report to:\tCorporate Performance Panel, 9 February 2028
** Appendix A: Key indicators
|# Indicator | Time limit | Q3 Actual | RAG |
| Major planning applications decided in time | 13 weeks | 92% | Green |
| Freedom of information requests answered in time | 20 days | 81% | Amber |
"""


def test_regression_time_limit_column_made_a_dashboard_no_kpi_table(tmp_path: Path) -> None:
    # the heading "Time limit" beside no target read as a treasury table's limits: no KPIs
    assert kpi_rows(TIME_LIMITS, tmp_path) == [
        ("Major planning applications decided in time", 92.0, "green"),
        ("Freedom of information requests answered in time", 81.0, "amber")]


def test_limit_with_compliance_below_is_still_no_dashboard() -> None:
    cells = ["Indicator", "Approved limit", "Actual", "Status"]
    assert read_header(cells, ["Authorised limit", "£310.0m", "£251.2m", "Within limit"]) is None
    assert read_header(cells) is None


def test_limit_with_a_rating_below_is_a_dashboard() -> None:
    cells = ["Indicator", "Time limit", "Q3 Actual", "RAG"]
    header = read_header(cells, ["FOI requests answered in time", "20 days", "81%", "Amber"])
    assert header is not None and header.kind == "kpi"
