"""Regression tests for held-out round 19's risk misses (all batches) and contract misses
(batches D-F): each named after the misreading, on small papers written here in other
councils' words and the layouts that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow, contract_rows, contract_rows_of, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks.values import parse_change
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _risks(source: str, tmp_path: Path) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def _targets(source: str, tmp_path: Path) -> list[tuple[str | None, int | None]]:
    return [(r.risk_id, r.target_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def _pdf_contracts(source: str, tmp_path: Path) -> list[ContractRow]:
    return contract_rows_of(contexts(rendered(source, tmp_path)))


# ------------ a risk card's "Risk score | Likelihood | Impact | Score" stage table was unread

def _card(risk_id: str, title: str, scores: tuple[str, str, str]) -> list[str]:
    """One risk card: its heading, labelled lines, a stage table (inherent, current, target)."""
    inherent, current, target = scores
    return [
        f"** Risk {risk_id}",
        f"!! {title}",
        "Risk owner:\tHead of Resources",
        "Last reviewed:\t2 March 2028",
        "** Risk description",
        "Cause: pressures beyond the Council's control. Event: the risk happens. Effect: harm.",
        "|% 40 20 20 20",
        "|# @stage@ | Likelihood | Impact | Score |",
        f"| Inherent | {inherent} |",
        f"| Current | {current} |",
        f"| Target (March 2029) | {target} |",
        "** Controls in place",
        "-- Quarterly review by the senior leadership team",
        "Direction of travel: Unchanged",
    ]


CARDS = source_lines(
    "** Agenda Item 7",
    "!! CORPORATE RISK REGISTER - MARCH 2028",
    "Report by:\tChief Finance Officer",
    "** 1. Recommendation",
    "1.1 That the Committee reviews the risk cards at Appendix 1.",
    "--- page ---",
    "** Appendix 1 - Corporate Risk Register: risk cards",
    *_card("CR-FIN-01", "Medium term financial plan", ("5 | 5 | 25", "4 | 5 | 20",
                                                       "3 | 4 | 12")),
    "--- page ---",
    *_card("CR-HR-02", "Recruitment to key posts", ("4 | 4 | 16", "3 | 3 | 9", "2 | 3 | 6")),
    "** Risk CR-HR-02 (continued)",
    "** Further actions",
    "|- Action | Owner | Due |",
    "| Market supplements for planners | Head of HR | June 2028 |",
)


def test_risk_card_stage_table_headed_risk_score_read(tmp_path: Path) -> None:
    """Before, the stage column's own heading "Risk score" counted as a fourth value column,
    so the table was no stage table and the cards gave no risks."""
    source = CARDS.replace("@stage@", "Risk score")
    assert _risks(source, tmp_path) == [("CR-FIN-01", 4, 5, 20), ("CR-HR-02", 3, 3, 9)]
    # the target row's label carries its date in brackets: still the target
    assert _targets(source, tmp_path) == [("CR-FIN-01", 12), ("CR-HR-02", 6)]


def test_risk_card_stage_table_headed_stage_still_read(tmp_path: Path) -> None:
    """Guard: a stage column headed by a word naming no value was read before and is still."""
    source = CARDS.replace("@stage@", "Stage")
    assert _risks(source, tmp_path) == [("CR-FIN-01", 4, 5, 20), ("CR-HR-02", 3, 3, 9)]


# ------------ a register's ids with the register's group between ("SC-CRR-01") were no rows

GROUPED_IDS = source_lines(
    "** ABERGLEN COUNCIL",
    "** AUDIT AND SCRUTINY COMMITTEE: 4 APRIL 2028",
    "** CORPORATE RISK REGISTER",
    "** 1. PURPOSE",
    "1.1 This report presents the Corporate Risk Register.",
    "** Appendix 1: Corporate Risk Register - March 2028",
    "|# Ref | Risk | Owner | Residual Likelihood | Residual Impact | Residual Score | Trend |",
    "| AG-CRR-02 | Waste disposal contract ends without a replacement | Head of Environment"
    " | 3 | 4 | 12 | Static |",
    "| AG-CRR-06 | Loss of the main data centre | Head of Digital | 2 | 5 | 10 | Rising |",
    "| AG-CRR-11 | School estate condition | Head of Education | 4 | 3 | 12 | Falling |",
)


def test_register_ids_with_group_letters_between_read_as_rows(tmp_path: Path) -> None:
    """Before, a row opening "AG-CRR-02" was no new row of the table (two hyphens), and the
    register gave no risks."""
    assert _risks(GROUPED_IDS, tmp_path) == [("AG-CRR-02", 3, 4, 12), ("AG-CRR-06", 2, 5, 10),
                                             ("AG-CRR-11", 4, 3, 12)]


def test_trend_words_read_as_the_change() -> None:
    """A "Trend" column's Static / Rising / Falling is the risk's change; a word holding one
    ("arising") is not."""
    assert [parse_change(w) for w in ("Static", "Rising", "Falling", "Stable")] == [
        "unchanged", "increased", "decreased", "unchanged"]
    assert parse_change("Risk arising from the audit") is None


__all__ = ["contract_rows"]
