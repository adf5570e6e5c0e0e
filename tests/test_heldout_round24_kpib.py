"""Regression tests for the KPI misses of held-out round 24's batch b (KPIs in designed
reports): a fire authority's table of service standards naming one column twice ("Ref |
Standard | 2027/28 | Standard | Result", the first the standard's name, the second the figure
it sets) and rating each in words ("Achieved", "Not achieved"). Small papers in other
councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import html_page, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi


def _standards(header: str, results: tuple[str, str, str]) -> str:
    rows = [("PS1", "Emergency calls answered within 10 seconds (%)", "94.2", "95.0"),
            ("PS2", "Home fire safety checks completed", "6,410", "6,000"),
            ("PS3", "Business safety audits completed (%)", "88.0", "85.0")]
    return source_lines(
        "## MARSHWOLD FIRE AND RESCUE AUTHORITY",
        "!! Annual Performance Report 2027/28",
        "** Fire Authority - 20 June 2028",
        "1.1 Each of the Authority's performance standards is shown as met or not met.",
        "** Our performance standards",
        f"| {header} |",
        *(f"| {ref} | {name} | {value} | {standard} | {result} |"
          for (ref, name, value, standard), result in zip(rows, results, strict=True)),
    )


def test_heading_printed_twice_names_the_measure_then_its_standard(tmp_path: Path) -> None:
    """Before, "Ref | Standard | 2027/28 | Standard | Result" named no measure column (both
    "Standard"s read as targets) and "Result" as a value: no KPI. The first of the two
    headings, printing words in the row below, is the measure's name; "Result", printing a
    rating's words where the year's column prints a figure, is its rating."""
    paper = _standards("Ref | Standard | 2027/28 | Standard | Result",
                       ("Not achieved", "Achieved", "Achieved"))
    assert sorted(kpi_rows(paper, tmp_path)) == [
        ("PS1", 94.2, "red"), ("PS2", 6410.0, "green"), ("PS3", 88.0, "green")]


def test_result_of_figures_stays_the_value(tmp_path: Path) -> None:
    """Guard: a "Result" column printing figures is the value, and a table whose heading is
    printed once names no measure by it."""
    paper = _standards("Ref | Standard | Target | Result | Status",
                       ("Not achieved", "Achieved", "Achieved"))
    rows = kpi_rows(paper.replace("| 94.2 | 95.0 |", "| 95.0 | 94.2 |")
                    .replace("| 6,410 | 6,000 |", "| 6,000 | 6,410 |")
                    .replace("| 88.0 | 85.0 |", "| 85.0 | 88.0 |"), tmp_path)
    assert sorted(rows) == [("PS1", 94.2, "red"), ("PS2", 6410.0, "green"),
                            ("PS3", 88.0, "green")]


def _numbers_page(*, rated: bool = True) -> str:
    tiles = [("92.4%", "Streets kept clean", "90.0%", "On target"),
             ("3,210", "Homes insulated", "3,500", "Near target"),
             ("31.6", "Average days to re-let a council home", "25.0", "Off target"),
             ("78.0%", "Residents satisfied with parks", "75.0%", "On target")]
    rows = []
    for left, right in zip(tiles[::2], tiles[1::2], strict=True):
        rating = (lambda tile: f"  -  {tile[3]}") if rated else (lambda tile: "")
        rows += [f"<> **{left[0]}** || **{right[0]}**",
                 f"<> {left[1]} || {right[1]}",
                 f"<> Target {left[2]}{rating(left)} || Target {right[2]}{rating(right)}"]
    return source_lines(
        "** Agenda Item 6",
        "!! Report to Cabinet",
        "Date of meeting:\t12 July 2028",
        "Report of:\tHead of Policy and Performance",
        "## Harrowdean Annual Performance Report 2027/28",
        "** 1. Purpose",
        "1.1 To present the Annual Performance Report. Each headline measure is shown with its "
        "result in large figures and a rating word: On target, Near target or Off target.",
        "--- page ---",
        "## Our year in numbers",
        "<> **214,000** || **£412.6m**",
        "<> residents in 41 wards || net revenue budget",
        *rows,
    )


def test_big_figure_tiles_read_figure_then_name_then_target_and_rating(tmp_path: Path) -> None:
    """Before, a magazine's tiles two across, each its figure in large type over its name and
    "Target 90.0%  -  On target", gave no KPI: the tile reader wants a card's name first. A
    row of figures alone, names under them and a line of each one's target and rating is a
    row of tiles; the figures with captions and no target line above them are none."""
    rows = kpi_rows(_numbers_page(), tmp_path)
    assert sorted(rows) == [
        ("Average days to re-let a council home", 31.6, "red"),
        ("Homes insulated", 3210.0, "amber"),
        ("Residents satisfied with parks", 78.0, "green"),
        ("Streets kept clean", 92.4, "green")]


def test_big_figure_tiles_with_no_rating_are_no_kpis(tmp_path: Path) -> None:
    """Guard: a target with no rating word after it makes no tile of the rule."""
    assert kpi_rows(_numbers_page(rated=False), tmp_path) == []


NEWSLETTER = """\
                     LINDENFORD DISTRICT COUNCIL - CABINET
                              9th November, 2028

                         COUNCILLORS' BULLETIN - WINTER 2028

  Report of:      Chief Executive
  Status:         For information

  1.  The Councillors' Bulletin is attached for information. This text version follows
      its columns from left to right.

   PERFORMANCE AT A GLANCE - QUARTER 2

   96.4%                                  12.1 days
   Business rates collected (year to      Average time to process new
   date against profile)                  housing benefit claims
   Target 97.0%   AMBER                   Target 15.0 days   GREEN

   44                                     88.5%
   Empty homes brought back into use      Missed bins put right by the
                                          next working day
   Target 60   RED                        Target 90.0%   AMBER

   NEWS IN BRIEF                          DID YOU KNOW?
   The new leisure centre had 41,200      Our contact centre answered
   visits in its first month.             9,870 calls in October.
"""


def test_text_newsletter_big_figures_side_by_side_read_by_column(tmp_path: Path) -> None:
    """Before, a text pack's bulletin of big figures two across (its columns set out in
    spaces), in a report, gave no KPI: a report's KPIs were a rated table's rows only. Each
    tile's figure, name and "Target x   RATING" are read by the column the tile starts in."""
    ctxs = text_contexts(NEWSLETTER, None, tmp_path)
    rows = [(k.description, k.latest_value, k.latest_rag) for ctx in ctxs
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    assert sorted(rows) == [
        ("Average time to process new housing benefit claims", 12.1, "green"),
        ("Business rates collected (year to date against profile)", 96.4, "amber"),
        ("Empty homes brought back into use", 44.0, "red"),
        ("Missed bins put right by the next working day", 88.5, "amber")]


def _stat_card(code: str, value: str, name: str, target: str, badge: str) -> str:
    return (f'<div class="stat-card"><p class="code">{code}</p><p class="value">{value}</p>'
            f'<h3>{name}</h3><p class="target">Target: {target}</p>'
            f'<span class="badge">{badge}</span></div>')


def _stat_page(badges: tuple[str, str, str]) -> str:
    cards = [("PL1", "87.0%", "Major planning applications decided on time", "90%"),
             ("PL2", "412", "New homes given planning permission", "380 (half year)"),
             ("PL3", "14.2 days", "Average time to register a land charge search", "10 days")]
    return html_page(
        "<h1>Our performance: Corporate Plan Quarter 2 2028/29</h1>",
        "<p>Each card shows the measure's latest result, its target and a badge: On track, "
        "At risk or Off track.</p>",
        "<h2>A thriving place</h2>",
        '<div class="card-grid">',
        *(_stat_card(*card, badge) for card, badge in zip(cards, badges, strict=True)),
        "</div>",
        "<h2>The year so far in numbers</h2>",
        "<p>2,140</p><p>new businesses registered</p>")


def _page_kpis(html: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    """Every document's KPIs, whatever kind the classifier gives the small page (the reader is
    under test here, not the classifier)."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(k.ref, k.latest_value, k.latest_rag) for ctx in contexts(path)
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def test_web_stat_cards_code_figure_name_target_then_badge(tmp_path: Path) -> None:
    """Before, a council web page's stat cards (code, figure, name, "Target: 90%", then a
    badge "On track") gave no KPI. A figure alone over a name and a target line is a tile; its
    rating the badge alone on the line under the target, its code the code over the figure;
    a figure of three digits ("412", taken for a page number) is a tile's figure here."""
    assert sorted(_page_kpis(_stat_page(("At risk", "On track", "Off track")), tmp_path)) == [
        ("PL1", 87.0, "amber"), ("PL2", 412.0, "green"), ("PL3", 14.2, "red")]


def test_web_stat_cards_with_no_badge_are_no_kpis(tmp_path: Path) -> None:
    """Guard: under the target, a line of other words ("Updated quarterly") rates nothing, and
    the card is no tile of the rule."""
    page = _stat_page(("Updated quarterly", "Updated quarterly", "Updated quarterly"))
    assert _page_kpis(page, tmp_path) == []


def _state_of_the_district(key: str) -> str:
    return source_lines(
        "%% ligatures",
        "** Agenda Item 7",
        "!! FENWICK DISTRICT COUNCIL",
        "Report to:\tStrategy and Resources Committee",
        "Date:\t12 October 2028",
        "Title:\tState of the District 2028",
        "** Summary",
        "State of the District is laid out as an infographic of indicators, each shown with "
        f"its latest figure, what it is compared with and one of three words: {key}. The "
        "comparison is the national average for outcomes in the district.",
        "--- page ---",
        "!! Our people: how each measure compares",
        "|- Indicator | 2028 | Compared with | Our rating |",
        "| Adults in employment, ages 16-64 (%) | 76.2 | England 75.7 | GOOD |",
        "| Pupils at the expected standard at age 11 (%) | 58.0 | England 59.1 | FAIR |",
        "| Households on the housing register (number) | 2,914 | Plan 2,400 | WATCH |",
        "| Adults who smoke cigarettes every day (%) | 11.9 | England 12.7 | GOOD |",
        "| Adults who are overweight or obese (%) | 27.3 | England 26.1 | WATCH |",
    )


def test_rating_words_defined_in_brackets_rate_our_rating_column(tmp_path: Path) -> None:
    """Before, a report's table headed "Indicator | 2028 | Compared with | Our rating", its
    rating words defined in a sentence ("GOOD (better than the comparison), FAIR (within 2%
    of it) or WATCH (worse)"), gave no rated row: "Our rating" did not mark its page as a
    rated dashboard's, and the words in capitals each with its meaning in brackets made no
    key."""
    paper = _state_of_the_district("GOOD (better than the comparison), FAIR (within 2% of "
                                   "it) or WATCH (worse)")
    assert sorted(kpi_rows(paper, tmp_path)) == [
        ("Adults in employment, ages 16-64 (%)", 76.2, "green"),
        ("Adults who are overweight or obese (%)", 27.3, "red"),
        ("Adults who smoke cigarettes every day (%)", 11.9, "green"),
        ("Households on the housing register (number)", 2914.0, "red"),
        ("Pupils at the expected standard at age 11 (%)", 58.0, "amber")]


def test_words_in_brackets_that_rate_one_way_make_no_key(tmp_path: Path) -> None:
    """Guard: capitals with brackets after them whose meanings rate nothing ("GOOD (the
    council's own word)") are no key, and the rows stay unrated (none in a report)."""
    paper = _state_of_the_district("GOOD (the council's own word), FAIR (the council's own "
                                   "word) or WATCH (the council's own word)")
    assert [row for row in kpi_rows(paper, tmp_path) if row[2] is not None] == []
