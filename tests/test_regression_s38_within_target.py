"""Session 38 (review of round 23's KPI fixes): a status cell saying "Within target" was read
as amber (the qualifier "within" of "within 5% of target"), and "Not within target" too."""

from __future__ import annotations

from kcc_papers.extract.kpis.rag import parse_rag
from kcc_papers.extract.kpis.status import status_rag


def test_regression_within_target_status_read_as_amber() -> None:
    assert status_rag("Within target", {}, None) == "green"
    assert status_rag("Not within target", {}, None) == "red"
    assert status_rag("Outside target", {}, None) == "red"
    assert parse_rag("within  Target.") == "green"


def test_within_a_margin_of_target_stays_amber() -> None:
    assert status_rag("Within 5% of target", {}, None) == "amber"
    assert status_rag("Within tolerance", {}, None) == "amber"
