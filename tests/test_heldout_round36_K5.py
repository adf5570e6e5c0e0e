"""Regression tests for the KPI misses of held-out round 36 (family K5, KPI tables of new
shapes): a text export's table whose cells print their figures with short units of time
("12 wks", "61 hrs"); a web page's dashboard of KPI tiles (a heading naming the measure, its
figure, "Target: ...", a prior period's figure, a rating word), which says in a sentence of
its own which meeting it was presented to; and a table rated by symbols whose key's filled
circle reaches the text layer as a bullet ("•"). Small papers in other councils' words, each
with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, kpi_rows, source_lines
from kcc_papers.extract.kpis.status import status_key
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import parse_value
from kcc_papers.pipeline import process_file

# ------------------------------------------------ figures with short units of time in cells

UNITS_REPORT = """MARSHFORD DISTRICT COUNCIL

HOUSING AND COMMUNITIES OVERVIEW PANEL

9 February 2028

Report of the Head of Housing Services

HOUSING SERVICE PERFORMANCE: QUARTER 3 2027/28

1.   Purpose

1.1  This report sets out performance against the housing key performance
     indicators and their targets for October to December 2027.

2.   Performance

2.1  The Quarter 3 figure is the latest for each indicator; the rating is for
     that figure. The year-to-date column is shown for information.

     Ref   Indicator                                 Target    Q3 (Oct-Dec)  YTD (Apr-Dec)  RAG
     ----  ----------------------------------------  --------  ------------  -------------  -----
     HS1   Average time to re-let a void council     21 days   19.5 days     23.0 days      Green
           home
     HS2   Time for an emergency repair to be        4 hrs     6.5 hrs       5 hrs          Red
           attended
     HS3   Wait for a disabled facilities grant      16 wks    18 wks        17 wks         Amber
           adaptation
     HS4   Homelessness cases prevented              60%       64%           61%            Green

3.   Financial implications

3.1  None arising directly from this report.
"""


def _text_kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    path = tmp_path / "paper.txt"
    path.write_text(text)
    return [(k.ref, k.latest_value, k.latest_rag)
            for k in process_file(str(path)).records if isinstance(k, Kpi)]


def test_short_units_of_time_in_cells(tmp_path: Path) -> None:
    """Before, "6.5 hrs" and "18 wks" were no figures: the rows were read with no value (two
    KPIs wrong, two missed). A figure with its unit of time in full or short ("days", "wks",
    "hrs", "hours") is now its figure; the year-to-date column beside the quarter is never
    the value."""
    assert _text_kpis(UNITS_REPORT, tmp_path) == [
        ("HS1", 19.5, "green"), ("HS2", 6.5, "red"), ("HS3", 18.0, "amber"),
        ("HS4", 64.0, "green")]


def test_units_of_time_parse_alone() -> None:
    """Guard: only a figure and one unit is one: a duration of two units, or a unit with no
    figure, stays unread."""
    assert (parse_value("12 wks").value, parse_value("12 wks").unit) == (12.0, "weeks")
    assert (parse_value("3.5 hours").value, parse_value("3.5 hours").unit) == (3.5, "hours")
    assert parse_value("2 hrs 15 mins").value is None
    assert parse_value("hrs").value is None


# ------------------------------------------------ a web page's dashboard of KPI tiles

def _tile(name: str, value: str, target: str, before: str, rating: str) -> str:
    return (f'<div class="card"><h3>{name}</h3><p class="figure">{value}</p>'
            f"<p>Target: {target}</p><p>Previous quarter: {before}</p>"
            f'<p class="status">{rating}</p></div>')


TILES_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>Performance Scorecard - Quarter 2 2027/28 - Ottermouth District Council</title>"
    "</head><body>"
    '<div id="cookies"><p>This site uses cookies. <button>Accept</button></p></div>'
    "<main><h1>Performance Scorecard: Quarter 2 2027/28</h1>"
    "<p>Presented to the Health and Wellbeing Board on 14 October 2027. Each card gives the"
    " measure's result for July to September 2027 against its target.</p>"
    "<section><h2>Council performance measures</h2>"
    + _tile("Household waste sent for recycling", "47.2%", "50%", "49.0%", "AMBER")
    + _tile("Days to process a benefit change", "6 days", "8 days", "9 days", "GREEN")
    + _tile("Affordable homes completed", "38", "60", "41", "RED")
    + "</section><section><h2>Background figures (no targets)</h2>"
    '<div class="card"><h3>Library visits</h3><p class="figure">88,410</p></div>'
    '<div class="card"><h3>Registered electors</h3><p class="figure">61,902</p></div>'
    "</section></main></body></html>")


def _page_kpis(html: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    path = tmp_path / "scorecard.html"
    path.write_text(html, encoding="utf-8")
    return [(k.description, k.latest_value, k.latest_rag)
            for k in process_file(str(path)).records if isinstance(k, Kpi)]


def test_web_page_tiles(tmp_path: Path) -> None:
    """Before, a web page's lines had no place on a page and the tile reader read none: six
    KPIs missed. A web page's lines are now one column of tiles, each under its heading (a
    section's heading in larger type above it is no part of its name); the prior quarter's
    figure is never the value, and tiles with neither target nor rating are no KPIs."""
    assert _page_kpis(TILES_PAGE, tmp_path) == [
        ("Household waste sent for recycling", 47.2, "amber"),
        ("Days to process a benefit change", 6.0, "green"),
        ("Affordable homes completed", 38.0, "red")]


def test_web_page_without_targets_has_no_tiles(tmp_path: Path) -> None:
    """Guard: a web page of headed figures with no target or rating (facts about the area)
    gives no KPI."""
    page = TILES_PAGE.split("<section><h2>Council")[0] + (
        "<section><h2>The district in numbers</h2>"
        '<div class="card"><h3>Residents</h3><p class="figure">112,300</p></div>'
        '<div class="card"><h3>Businesses</h3><p class="figure">4,870</p>'
        "<p>Previous year: 4,790</p></div></section></main></body></html>")
    assert _page_kpis(page, tmp_path) == []


def test_page_presented_to_meeting(tmp_path: Path) -> None:
    """Before, "Presented to the Health and Wellbeing Board on 14 October 2027." (a sentence
    opening on its verb, the page its subject, the body's name joined by "and") gave no
    meeting: the page's date and committee were missed. It now names them."""
    path = tmp_path / "scorecard.html"
    path.write_text(TILES_PAGE, encoding="utf-8")
    assert documents_of(path) == [
        ("performance_report", "2027-10-14", "Health and Wellbeing Board")]


def test_page_presented_to_inside_a_sentence(tmp_path: Path) -> None:
    """Guard: "presented to" inside a sentence about something else (a plan to come, in lower
    case after its subject) names no meeting of the page."""
    page = TILES_PAGE.replace(
        "Presented to the Health and Wellbeing Board on 14 October 2027.",
        "A fuller report will be presented to the Health and Wellbeing Board on 14 October"
        " 2027.")
    path = tmp_path / "scorecard.html"
    path.write_text(page, encoding="utf-8")
    assert documents_of(path) == [("performance_report", None, None)]


# ------------------------------------------------ a key of symbols, its circle a bullet

def _symbol_report(key: tuple[str, ...]) -> str:
    return source_lines(
        "%% ligatures",  # (set in a Unicode font, as the symbols need)
        "## Fennick Borough Council",
        "** Environment Scrutiny Committee - 3 December 2027",
        "!! Environment Services Performance Indicators: Quarter 2 2027/28",
        "** 1. Summary",
        "This report sets out the environment indicators for July to September 2027 against"
        " their targets.",
        "** 2. Rating key",
        *key,
        "** 3. Indicators",
        "|% 8 34 10 12 10 10 8 8",
        "| Ref | Indicator | Target | Tolerance | Q1 2027/28 | Q2 2027/28 | Q1 rating"
        " | Q2 rating |",
        "| EN1 | Bins collected on the scheduled day (%) | 99 | ± 0.5 pts | 99.6 | 98.7 | ● | ■ |",
        "| EN2 | Fly-tips cleared within 2 working days (%) | 90 | ± 5 pts | 81.0 | 92.4 | ■"
        " | ● |",
        "| EN3 | Street cleanliness inspections passed (%) | 95 | ± 3 pts | 93.0 | 93.5 | ▲"
        " | ▲ |",
    )


def test_symbol_key_circle_read_as_bullet(tmp_path: Path) -> None:
    """Before, the key's filled circle reached the text layer as "•", which the key reader
    took for a list's bullet: the green rows were read unrated (two KPIs wrong, two missed).
    A bullet naming the one colour the key's other marks leave out is now the key's mark; the
    Q1 rating column and the tolerance are never the rating or the value."""
    rows = kpi_rows(_symbol_report((
        "● On or better than target (green)",
        "▲ Below target but within tolerance (amber)",
        "■ Outside tolerance (red)")), tmp_path)
    assert rows == [("EN1", 98.7, "red"), ("EN2", 92.4, "green"), ("EN3", 93.5, "amber")]


def test_prose_bullet_is_no_key_mark() -> None:
    """Guard: a list's bullet ending in a colour the key's own marks already have is prose,
    no mark of the key."""
    key = status_key([
        "◆ Target met (green)",
        "▲ Within tolerance (amber)",
        "■ Outside tolerance (red)",
        "• Recycling is back on target (green)",
    ])
    assert "•" not in key
    assert (key["◆"], key["▲"], key["■"]) == ("green", "amber", "red")
