"""Review of held-out round 20's reader fixes (part A): a figure's thousands parted by spaces.
The space-grouped figure made CODE_AFTER ("1 214 600 GBP") quadratic in a run of three-digit
groups, and let a percentage cell of two figures run together ("95 100%") read as 95,100%.
Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import contract_rows
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi
from kcc_papers.normalise.money import find_money
from kcc_papers.normalise.numbers import parse_value
from test_s25_limits_misc import MOST_GROWTH, _growth

# ---------------------------------------------------------------- slow patterns


def test_regression_code_after_is_linear_in_a_run_of_space_grouped_figures() -> None:
    # each three-digit group of the run, after a space, read the run to its end looking for
    # the "GBP" after it: 4,000 characters of a table row's figures took half a second
    def amounts(groups: int) -> object:
        return find_money("Figures in GBP: " + "123 " * groups)

    assert _growth(amounts, 100) < MOST_GROWTH


def test_space_grouped_amounts_with_their_code_still_read() -> None:
    found = find_money("Income was 1 214 600 GBP; the grant, GBP 48 500 000; and £1 846 000.")
    assert [(m.pounds, m.text) for m in found] == [
        (1_214_600.0, "1 214 600 GBP"), (48_500_000.0, "GBP 48 500 000"),
        (1_846_000.0, "£1 846 000")]


# ---------------------------------------------------------------- two figures run together


def _tight_table_report() -> str:
    return "\n".join([
        "HOLLINGWORTH BOROUGH COUNCIL",
        "",
        "Report to: Housing Scrutiny Panel",
        "Date: 14 March 2028",
        "Subject: HOUSING PERFORMANCE: QUARTER 3 2027/28",
        "",
        "1.  RECOMMENDATION",
        "",
        "1.1  That the Panel notes the housing performance indicators.",
        "",
        "   Ref    Indicator                              Target   Q3 2027/28   RAG",
        "   " + "-" * 72,
        "   HS01   Rent collected (%)                     97.5%    98.1%        Green",
        "   HS02   Repairs done right first time (%)      95 100%               Green",
        "   HS03   Homes let (year to date)               1 200    1 114        Amber",
        "   " + "-" * 72,
        "",
    ])


def _text_kpis(text: str, tmp_path: Path) -> list[Kpi]:
    path = tmp_path / "report.txt"
    path.write_text(text)
    return [k for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def test_regression_percentage_of_two_figures_run_together_is_unread(tmp_path: Path) -> None:
    """A target of 95 beside 100% one space apart (a column set too tight) was read as a
    target of 95,100%: a share is never grouped in thousands. Space-grouped counts still
    read ("1 200")."""
    found = _text_kpis(_tight_table_report(), tmp_path)
    assert [(k.ref, k.target, k.latest_value, k.latest_rag) for k in found] == [
        ("HS01", 97.5, 98.1, "green"), ("HS02", None, None, "green"),
        ("HS03", 1200.0, 1114.0, "amber")]


def test_regression_space_grouped_share_is_no_figure() -> None:
    assert parse_value("95 100%").value is None
    assert parse_value("2 500pp").value is None
    # guards: a share, and space-grouped counts and sums, still read
    assert parse_value("95.0%").value == 95.0
    assert parse_value("3 412").value == 3412.0
    assert parse_value("£1 200 000").value == 1_200_000.0


# ---------------------------------------------------------------- contracts: false positives

CONTRACT_REPORT = """Report to Cabinet
Subject: {subject}
1.1 {sentence}
"""


ContractRow = tuple[str | None, float | None]


def _contracts(subject: str, sentence: str, tmp_path: Path) -> list[ContractRow]:
    return contract_rows(CONTRACT_REPORT.format(subject=subject, sentence=sentence), tmp_path)


def test_regression_refused_request_after_an_award_leaves_the_award(tmp_path: Path) -> None:
    # a request refused anywhere in the sentence let nothing of it, the award before it too
    assert _contracts(
        "Highway repairs", "The Cabinet awarded the contract to Tarnside Surfacing Ltd at a "
        "value of £120,000 after the exemption request was refused.", tmp_path) == [
        ("Tarnside Surfacing Ltd", 120_000.0)]


def test_refused_request_still_lets_what_it_asked_for_nothing(tmp_path: Path) -> None:
    assert _contracts(
        "Waivers", "One waiver request was declined: a request from Leisure to extend the "
        "pool cleaning contract with Brightwater Hygiene Ltd (£41,000) without competition.",
        tmp_path) == []


@pytest.mark.parametrize("sentence", [
    "The Section 106 agreement with Barratt Homes Ltd expires on 31 March 2029.",
    "The Section 75 agreement with Northshire Integrated Care Board will end on 31 March 2028.",
])
def test_regression_statutory_agreement_is_no_contract(sentence: str, tmp_path: Path) -> None:
    # "agreement with X ... ends" and "the ... agreement with X Ltd" read any agreement as a
    # contract let: a planning obligation, a partnership of public bodies
    assert _contracts("Planning and health", sentence, tmp_path) == []


@pytest.mark.parametrize(("sentence", "rows"), [
    ("The Council's insurance with Zurich Municipal expires on 31 May 2028.",
     [("Zurich Municipal", None)]),
    ("Cabinet approves a sleeving agreement with Tidewater Energy Supply Ltd for the output.",
     [("Tidewater Energy Supply Ltd", None)]),
])
def test_insurance_and_firms_agreements_still_contracts(
        sentence: str, rows: list[ContractRow], tmp_path: Path) -> None:
    assert _contracts("Energy and insurance", sentence, tmp_path) == rows
