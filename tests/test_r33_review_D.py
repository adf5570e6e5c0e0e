"""Review D of held-out round 33's KPI value fixes (bracketed counts, rates per 1,000, "n/a"
quarters, a lone rating column): papers another council would print, which the fixes read
wrong, each mended."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import rendered, source_lines
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import parse_value
from kcc_papers.pipeline import process_file


def _dashboard(head: str, *rows: str) -> str:
    return source_lines(
        "## ASHCOMBE BOROUGH COUNCIL",
        "Report to:\tCorporate Overview and Scrutiny Committee",
        "Date of meeting:\t14 October 2026",
        "Title:\tCorporate Performance Report - September 2026",
        "** 1. Recommendation",
        "1.1 That the Committee notes performance to the end of September 2026.",
        "** Appendix A - Key Performance Indicators",
        f"|# {head} |",
        *rows,
    )


def _kpis(source: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None,
                                                     str | None]]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [(k.ref, k.latest_value, k.latest_rag, k.ytd_rag) for k in records
            if isinstance(k, Kpi)]


_ROWS = ("| CS1 | Calls answered within 60 seconds | 88% | 91% | 90% | Green |",
         "| CS2 | Invoices paid within 30 days | 95% | 84% | 90% | Red |")


@pytest.mark.parametrize(
    "rating", ["Cumulative RAG", "Cum. RAG", "Year-to-date status", "Status to date"])
def test_regression_rating_headed_cumulative_or_to_date_rates_the_year_so_far(
        tmp_path: Path, rating: str) -> None:
    # The lone-rating rule knew the year to date only as "Year to date" or "YTD": a rating
    # headed "Cumulative RAG", "Year-to-date status" or "Status to date", after the target,
    # was read as the month's, though the heading says it is the year's so far.
    found = _kpis(_dashboard(
        f"Ref | Indicator | Sep 2026 | Year to date | Target | {rating}", *_ROWS), tmp_path)
    assert found == [("CS1", 88.0, None, "green"), ("CS2", 95.0, None, "red")]


def test_regression_rating_against_a_year_to_date_target_rates_the_year_so_far(
        tmp_path: Path) -> None:
    # "Sep 2026 | Year to date | YTD target | RAG": the one rating is measured against the
    # year-to-date target, so it rates the year so far, not the month.
    found = _kpis(_dashboard(
        "Ref | Indicator | Sep 2026 | Year to date | YTD target | RAG", *_ROWS), tmp_path)
    assert found == [("CS1", 88.0, None, "green"), ("CS2", 95.0, None, "red")]


def test_regression_share_over_its_whole_with_matching_counts_is_the_share(
        tmp_path: Path) -> None:
    # "108% (52/48)": homes delivered against a plan of 48, more than the whole, the counts
    # working out to the percentage. Left unread, the quarters' figures gave way to last
    # year's outturn as the latest.
    assert parse_value("108% (52/48)").value == 108.0
    assert parse_value("101.2% (1,012/1,000)").value == 101.2
    assert parse_value("40% (52/48)").value is None  # the fixer's guard still holds
    source = _dashboard(
        "Ref | Indicator | 2025/26 outturn | Target | Q1 | Q2 | Q3 | Q4 | RAG",
        "| HS1 | Affordable homes delivered against plan | 96% | 100% | 104% (26/25) | "
        "108% (52/48) | | | Green |")
    assert _kpis(source, tmp_path) == [("HS1", 108.0, "green", None)]


def test_regression_rate_per_base_of_a_population_named_at_length_is_its_figure(
        tmp_path: Path) -> None:
    # "per 100,000 population aged 65+", the adult social care framework's own words: the
    # unit's words were two letters-only words at most, so the rate went unread and the
    # quarter before it was taken as the latest.
    assert parse_value("512.3 per 100,000 population aged 65+").value == 512.3
    assert parse_value("11.2 per 10,000 0-17 year olds").value == 11.2
    assert parse_value("1.2 per 1,000 occupied bed days").value == 1.2
    assert parse_value("3 per 7 days").value is None
    source = _dashboard(
        "Ref | Indicator | 2025/26 outturn | Target | Q1 | Q2 | Q3 | Q4 | RAG",
        "| AS2 | Permanent admissions to care homes, 65+ | 560.1 per 100,000 | 550 per "
        "100,000 | 530.4 per 100,000 population aged 65+ | 512.3 per 100,000 population "
        "aged 65+ | | | Green |")
    assert _kpis(source, tmp_path) == [("AS2", 512.3, "green", None)]
