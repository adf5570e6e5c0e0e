"""Review of round 19's reader changes, part A (KPIs, contracts, numbers): counter-examples of
other councils to the round's new rules. A ratio of one to a figure ("1:8", a benchmarking
table's staff to children) was read wherever a cell printed "1:<figure>": a call centre's
average time to answer, "1:45" in minutes and seconds, became 45, its target "1:30" 30. A
purchase "from" a firm took the firm after any later "from" in the clause: a house bought from
its owners "with advice from" a law firm made the law firm a supplier. "The extension of the
contract for a further 12 months with X" named its service "a further 12 months". Each
regression test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import contract_rows, pdf_kpis, source_lines
from kcc_papers.extract.contracts.provider_patterns import PROVIDER_PATTERNS
from kcc_papers.extract.contracts.reader import read as read_contracts
from kcc_papers.models import Contract
from kcc_papers.normalise.numbers import parse_value
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------ minutes and seconds are no ratio of one to a figure

CALL_CENTRE = source_lines(
    "Report to:\tResources Scrutiny Panel",
    "Date of meeting:\t7th March 2028",
    "## CUSTOMER SERVICES PERFORMANCE: QUARTER 3 2027/28",
    "** 1. Recommendation",
    "1.1 That the Panel notes customer services performance at Quarter 3.",
    "|% 8 44 14 14 10",
    "|# Ref | Measure | Target | Actual | RAG |",
    "| CS01 | Average time to answer a call (mins:secs) | 1:30 | 1:45 | Red |",
    "| CS02 | Calls answered (%) | 90% | 93% | Green |",
    "| CS03 | Full-time nursery staff to child ratio | 1:13 | 1:12 | Green |",
)


def test_regression_time_to_answer_read_as_a_ratio(tmp_path: Path) -> None:
    # "1:45" minutes and seconds was a ratio of one to 45: latest 45, target 30
    found = pdf_kpis(CALL_CENTRE, tmp_path)
    assert [(k.ref, k.latest_value, k.target, k.unit, k.latest_rag, k.latest_text)
            for k in found] == [
        ("CS01", None, None, None, "red", "1:45"),
        ("CS02", 93.0, 90.0, "%", "green", "93%"),
        ("CS03", 12.0, 13.0, "ratio", "green", "1:12")]


def test_a_ratio_is_a_ratio_a_clock_time_elsewhere_no_figure() -> None:
    ratio = parse_value("1 : 19")
    assert (ratio.value, ratio.unit) == (19.0, "ratio")
    # guard: a time that cannot be one to a figure is no number, as before
    assert parse_value("0:45").value is None
    assert parse_value("2:10").value is None


# ------------------------------ a purchase's seller is named by its first "from"

HOUSE_PURCHASE = """Report to:\tCabinet, 4 March 2027
Report of:\tDirector of Place
Acquisition of 3 Mill Lane
1.1 That Cabinet approves the purchase of the freehold of 3 Mill Lane from Mr and Mrs Hart for £245,000, on terms agreed with advice from Pinsent Masons LLP.
2.1 The purchase of land from the County Council and the lease from Mercia Estates Ltd were approved in 2025.
"""  # noqa: E501


def test_regression_purchase_read_a_later_from_as_its_seller(tmp_path: Path) -> None:
    # the law firm advising and the landlord of a lease were the sellers of what was bought
    assert contract_rows(HOUSE_PURCHASE, tmp_path) == []


def test_purchase_from_a_firm_still_its_contract(tmp_path: Path) -> None:
    fleet = HOUSE_PURCHASE.replace(
        "the freehold of 3 Mill Lane from Mr and Mrs Hart for £245,000",
        "two refuse vehicles from Dennis Eagle Ltd at a cost of £480,000")
    assert contract_rows(fleet, tmp_path) == [("Dennis Eagle Ltd", 480_000.0)]


def test_purchase_sellers_read_in_linear_time() -> None:
    (bought,) = [p for p, _ in PROVIDER_PATTERNS if "purchase" in p.pattern]

    def purchase(words: int) -> object:
        text = "the purchase of " + "from a " * words + "from X Ltd"
        return [m.group(0) for m in bought.finditer(text)]

    assert _growth(purchase, 100) < MOST_GROWTH


# ------------------------------ how long a contract is extended for is no service

EXTENSION = """Report to:\tEnvironment Committee, 9 May 2027
Report of:\tHead of Waste Services
Waste Collection Contract
1.1 That the Committee approves the extension of the contract for {span} with Biffa Waste Services Ltd at a cost of £1.2m.
"""  # noqa: E501


def _served(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.provider, c.value_gbp, c.service) for ctx in text_contexts(text, None, tmp_path)
            for c in read_contracts(ctx) if isinstance(c, Contract)]


def test_regression_extension_for_a_period_named_as_its_service(tmp_path: Path) -> None:
    # "a further 12 months" was the service the contract is for
    assert _served(EXTENSION.format(span="a further 12 months"), tmp_path) == [
        ("Biffa Waste Services Ltd", 1_200_000.0, None)]


def test_extension_for_a_service_keeps_it(tmp_path: Path) -> None:
    assert _served(EXTENSION.format(span="kerbside recycling collection"), tmp_path) == [
        ("Biffa Waste Services Ltd", 1_200_000.0, "kerbside recycling collection")]
