"""Regression tests for the KPI and risk misses of held-out round 32: a combined authority's
performance page whose status key leads each line with the badge's word ("Slipping behind the
trajectory by up to 10% (amber)"); a text pack's register headed "Prob | Sev" and its spaced
scorecard whose last rows stand a character right; a pension fund's service standards named
under "Service standard" beside "Target"; an exported dashboard's tiles beside its matrix
visual; a plain-English report page ("Where we are now | How are we doing?", "Risk number |
How likely | How bad"). Small papers in other councils' words, each with a guard of the
rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import (
    KpiRow,
    html_kpi_rows,
    html_page,
    html_table,
    kpi_rows,
    scored_risks,
    source_lines,
)
from kcc_papers.extract import kpis, risks
from kcc_papers.extract.kpis.columns import role_of as role_of_kpi
from kcc_papers.extract.kpis.led_key import led_key, led_rag
from kcc_papers.extract.risks.header_roles import HEADINGS
from kcc_papers.models import Kpi, Risk

# ---------------------------------------------------------------- a status key whose lines
# lead with the badge's word and end in its colour

LED_KEY = (
    "<p>Status compares the latest figure with the path to the 2030 target:</p>"
    "<ul><li><span class='badge'>Ahead</span> at or better than the path (green)</li>"
    "<li><span class='badge'>Lagging</span> behind the path by up to 5% (amber)</li>"
    "<li><span class='badge'>Stalled</span> behind the path by more than 5% (red)</li></ul>"
)
LED_TABLE = html_table(
    ["Ref", "Measure", "Baseline (2026)", "Target (2030)", "Latest", "Status"],
    [["WP1", "Households in fuel poverty (%)", "14.1", "10.0", "12.2", "Ahead"],
     ["WP2", "Tree canopy cover (%)", "18.0", "22.0", "18.4", "Lagging"],
     ["WP3", "Journeys by active travel (%)", "31.0", "40.0", "29.5", "Stalled"]])


def _led_page(key: str) -> str:
    return html_page("<h1>Wellbeing Plan Performance Report: Quarter 3 2028/29</h1>",
                     "<p>1.1 That the Board notes progress against the plan's measures.</p>",
                     "<h2>How to read this report</h2>", key,
                     "<h2>Measures</h2>", LED_TABLE)


def test_status_words_rated_by_the_key_lines_they_lead(tmp_path: Path) -> None:
    """Before, "Lagging" (no word of a colour or the target) was left unrated: the key names
    its colour at the end of a line the word opens, with no mark between word and meaning."""
    assert html_kpi_rows(_led_page(LED_KEY), tmp_path) == [
        ("WP1", 12.2, "green"), ("WP2", 18.4, "amber"), ("WP3", 29.5, "red")]


def test_a_led_key_needs_two_colours_and_a_meaning_after_the_word() -> None:
    """Guard: one sentence ending in a colour is no key; a cell that is the whole line, or a
    line's start shared by lines of two colours, rates nothing by it."""
    assert led_key(["The dashboard shows each measure's status (green)"]) == {}
    key = led_key(["On plan at or above the path (green)", "On plan but slowing (amber)",
                   "Lagging behind the path by up to 5% (amber)", "Stalled (red)"])
    assert led_rag("Lagging", key) == "amber"
    assert led_rag("On plan", key) is None
    assert led_rag("Stalled", key) is None


# ---------------------------------------------------------------- a register's narrow columns
# headed "Prob | Sev": severity cut short as probability is

def _register(impact_head: str) -> str:
    return "\n".join((
        "Adult Social Care Risk Register",
        "Risks are scored for Probability (1 Low to 4 Very High) and Severity (1 Minor to 4",
        "Major). Rating = Probability x Severity.",
        "",
        f"     Ref    Risk                                Prob  {impact_head}  Rating  Owner",
        "     AS02   Home care providers leave the market   3    4      12  HoC",
        "     AS06   Deprivation of liberty backlog         4    2       8  PSW",
        "",
    ))


def test_sev_heads_the_impact_column(tmp_path: Path) -> None:
    """Before, "Sev" was no heading of a factor: each risk kept its probability and rating
    but lost its severity."""
    assert scored_risks(_register("Sev"), tmp_path) == [("AS02", 3, 4, 12), ("AS06", 4, 2, 8)]


def role_of(heading: str) -> str | None:
    """The first role a register's column heading fits."""
    return next((role for role, rx in HEADINGS if rx.search(heading)), None)


def test_sev_is_a_word_not_a_piece_of_one() -> None:
    """Guard: "Sev" heads the impact column as a word; a word that starts so does not."""
    assert role_of("Sev") == "impact" and role_of("Sev.") == "impact"
    assert role_of("Seventh") is None


# ---------------------------------------------------------------- a text pack's spaced table
# whose last rows are set a character right of the rest, rating letters and all

def _row(ref: str, name: str, target: str, latest: str, rag: str, shift: int = 0) -> str:
    """A scorecard row set out in spaces: figures flush right under their names, the rating
    letter under "RAG"; ``shift`` characters right from the name's end on."""
    return f"{'':5}{ref:<8}{name:<37}{'':{shift}}{target:>8}{latest:>11}{'':3}{rag}"


SCORECARD_HEAD = (
    "Subject:      Youth Justice Performance Report: Quarter 2 2019/20",
    "",
    "1.1  That the Board notes the performance of the youth justice service.",
    "     RAG: G = on or better than target; A = within 5 points; R = more",
    "     than 5 points away from target.",
    "",
    f"{'':5}{'Ref':<8}{'Measure':<39}{'Target':<8}{'Q2 19/20':<10}RAG",
    "     -----------------------------------------------------------------",
    _row("YJ1", "First time entrants per 100,000", "210.0", "198.4", "G"),
    _row("YJ2", "Young people in suitable education", "80.0", "77.1", "A"),
    "             at the end of their order (%)",
)


def _scorecard(shift: int) -> str:
    """The scorecard with its last row set ``shift`` characters right from the name's end."""
    return "\n".join((
        *SCORECARD_HEAD,
        _row("YJ3", "Reoffending within 12 months,", "35.0", "41.3", "R", shift),
        "             aged 10-17 (%)",
        "     -----------------------------------------------------------------",
        "",
    ))


def text_kpi_rows(text: str, tmp_path: Path) -> list[KpiRow]:
    """(ref; latest value; latest RAG) of each KPI of a small text paper."""
    return [(k.ref, k.latest_value, k.latest_rag)
            for ctx in text_contexts(text, None, tmp_path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


SCORECARD_KPIS = [("YJ1", 198.4, "green"), ("YJ2", 77.1, "amber"), ("YJ3", 41.3, "red")]


def test_row_set_a_character_right_is_read(tmp_path: Path) -> None:
    """Before, a row whose cells from its name on stood a character right of the rows above
    ended the table there: its rating letter started past the one-letter cells of its column
    and outside the slack a cell has from its name."""
    assert text_kpi_rows(_scorecard(1), tmp_path) == SCORECARD_KPIS


def test_row_in_line_is_read_as_before(tmp_path: Path) -> None:
    """Guard: the same row in line with the rest is read as it always was."""
    assert text_kpi_rows(_scorecard(0), tmp_path) == SCORECARD_KPIS


# ---------------------------------------------------------------- a report's table of service
# standards, no ref column, the standard's name beside a column named "Target"

def _standards_report(first: str) -> str:
    return source_lines(
        "%% header Harwell Borough Council | Licensing Committee",
        "Subject:\tLICENSING SERVICE PERFORMANCE",
        "Summary: To report the licensing service's performance against its standards.",
        "** 1. Performance against service standards",
        "1.1 A standard is Green where the target is met, Amber within 5% of it and Red "
        "below that.",
        f"|# {first} | Target | Apr-Jun 2027 | Status |",
        "| Premises licence applications determined within 28 days | 95% | 97% | Green |",
        "| Taxi driver renewals issued within 10 working days | 90% | 86% | Amber |",
        "| Temporary event notices acknowledged within 2 days | 98% | 81% | Red |",
        "** 2. Recommendation",
        "The Committee is asked to note the performance of the service.",
    )


STANDARDS = [("Premises licence applications determined within 28 days", 97.0, "green"),
             ("Taxi driver renewals issued within 10 working days", 86.0, "amber"),
             ("Temporary event notices acknowledged within 2 days", 81.0, "red")]


def test_service_standard_beside_a_target_names_the_rows(tmp_path: Path) -> None:
    """Before, "Service standard" (a target's word) beside "Target" left the table with no
    description: the header was read without the row below, which tells the standard's
    column holds each row's name in words."""
    assert kpi_rows(_standards_report("Service standard"), tmp_path) == STANDARDS


def test_measure_beside_a_target_reads_as_before(tmp_path: Path) -> None:
    """Guard: the table headed by a measure's own word is read as it always was."""
    assert kpi_rows(_standards_report("Measure"), tmp_path) == STANDARDS


# ---------------------------------------------------------------- an exported dashboard's
# tiles two across on one page, a table visual of other measures on the next

TILE_PAGE = (
    "%% header Ashdown District Council - Service Dashboard",
    "## Ashdown District Council",
    "** Service Performance Dashboard: Quarter 3 2030/31",
    "Report to:\tPerformance Scrutiny Panel",
    "Each tile shows the latest value, the measure's name, its target and a status: GREEN "
    "on or better than target, AMBER within 5% of target, RED more than 5% from target.",
    "--- page landscape ---",
    "!! Resources",
    "<> **RS01** || **RS02**",
    "<> **96.2%** || **14.3**",
    "<> Invoices paid within 30 days || Days to process new benefit claims",
    "<> Target 95.0% || Target 12.0",
    "<> GREEN || RED",
    "<> **RS03** || **RS04**",
    "<> **81.0%** || **3.1**",
    "<> Calls answered within 2 minutes || Days lost to sickness per FTE (quarter)",
    "<> Target 85.0% || Target 3.0",
    "<> AMBER || AMBER",
)
TABLE_PAGE = (
    "--- page landscape ---",
    "!! Housing: matrix visual",
    "| Code | Measure | Q2 actual | Q3 actual | Q3 target | Status |",
    "| HS01 | Homelessness preventions (%) | 52.0 | 55.5 | 50.0 | Green |",
    "| HS02 | Void relet time (days) | 31 | 34 | 25 | Red |",
)
TILE_KPIS = [("RS01", 96.2, "green"), ("RS02", 14.3, "red"), ("RS03", 81.0, "amber"),
             ("RS04", 3.1, "amber")]
TABLE_KPIS = [("HS01", 55.5, "green"), ("HS02", 34.0, "red")]


def test_tiles_beside_a_table_visual_are_read(tmp_path: Path) -> None:
    """Before, a dashboard's tiles were read only where it had no table rows: the matrix
    visual's rows left the tiles unread."""
    rows = kpi_rows(source_lines(*TILE_PAGE, *TABLE_PAGE), tmp_path)
    assert sorted(rows) == sorted(TABLE_KPIS + TILE_KPIS)


def test_tiles_alone_read_as_before(tmp_path: Path) -> None:
    """Guard: the tiles without the table are read as they always were."""
    assert kpi_rows(source_lines(*TILE_PAGE), tmp_path) == TILE_KPIS


# ---------------------------------------------------------------- a plain-English report
# page: "Our goal | Where we are now | How are we doing?", and a register's "How likely |
# How bad | Score" under "Risk number"

def _plain_measures(latest: str, rating: str) -> str:
    return html_page(
        "<h1>Clean parks performance report: Quarter 1 2026 to 2027</h1>",
        "<p>Meeting: Communities Scrutiny Panel</p>",
        "<p>Date: 9 July 2026</p>",
        "<p>Written by: Head of Performance, Neighbourhood Services</p>",
        "<h2>Summary</h2>",
        "<p>This report tells the Panel how well the council kept its parks clean between "
        "April and June 2026. We met our goal for 1 of our 3 measures.</p>",
        "<h2>What we are asking the Panel to do</h2>",
        "<p>We are asking the Panel to note how well we kept our parks clean.</p>",
        "<p>In the last column: Green means we met our goal. Amber means we were close. "
        "Red means we were not close.</p>",
        html_table(["Code", "What we measure", "Our goal", latest, rating], [
            ["PK1", "Parks inspected and graded clean (%)", "90.0", "92.4", "Green"],
            ["PK2", "Fly-tips in parks cleared within 2 days (%)", "95.0", "91.0", "Amber"],
            ["PK3", "Play areas inspected each week (%)", "100.0", "84.0", "Red"]]))


PLAIN_KPIS = [("PK1", 92.4, "green"), ("PK2", 91.0, "amber"), ("PK3", 84.0, "red")]


def test_plain_english_measure_columns_are_read(tmp_path: Path) -> None:
    """Before, "Where we are now" named no column: the table had a goal and a rating but no
    figure rated, and gave no KPI."""
    assert html_kpi_rows(_plain_measures("Where we are now", "How are we doing?"),
                         tmp_path) == PLAIN_KPIS


def test_plain_english_rating_column_is_named() -> None:
    """Guard: the plain-English headings name the latest figure and the rating; a question
    of something else ("How are we funded?") names nothing."""
    assert role_of_kpi("Where we are now") == "latest"
    assert role_of_kpi("How are we doing?") == "rag"
    assert role_of_kpi("How are we funded?") is None


def _plain_register(id_head: str) -> str:
    return html_page(
        "<h1>Keeping children safe online: report to the Safeguarding Board</h1>",
        "<h2>What could go wrong</h2>",
        "<p>We score each risk for how likely it is (1 to 5) and how bad it would be (1 to "
        "5). The score is the two numbers multiplied together.</p>",
        html_table([id_head, "What could go wrong", "How likely (1 to 5)", "How bad (1 to 5)",
                    "Score", "What we are doing"], [
            ["SR-01", "Schools do not report incidents to us", "3", "4", "12",
             "New reporting form for schools"],
            ["SR-02", "Parents do not know where to get help", "4", "2", "8",
             "Leaflets in every GP surgery"]]))


def test_plain_english_register_is_read(tmp_path: Path) -> None:
    """Before, "Risk number" was no id column's heading to the register test, and "How
    likely" and "How bad" named no factor: the page gave no risk."""
    path = tmp_path / "page.html"
    path.write_text(_plain_register("Risk number"), encoding="utf-8")
    found = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
             for ctx in contexts(path) for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [("SR-01", 3, 4, 12), ("SR-02", 4, 2, 8)]


def test_plain_english_factor_headings() -> None:
    """Guard: "How likely" and "How bad" name the two factors, as words; "How badly" does
    not."""
    assert role_of("How likely (1 to 5)") == "likelihood"
    assert role_of("How bad (1 to 5)") == "impact"
    assert role_of("How badly") is None
