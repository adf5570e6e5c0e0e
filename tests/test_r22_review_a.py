"""Review of held-out round 22's risk fixes (the heat map reader, the broken "Likelihood"
header): regression tests of the defects found, each on a small paper of another council
than the round's own, with guards of the rules the fixer wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks import heat_map
from kcc_papers.extract.risks.reader import FACTOR_WORDS
from kcc_papers.models import Risk
from test_s25_limits_misc import MOST_GROWTH, _growth


def _pdf_risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) if ctx.document.kind in risks.KINDS
            for r in risks.extract(ctx) if isinstance(r, Risk)]


# A district's strategic risks on a 4 x 4 map: rows the likelihood ("4 Very likely" down to
# "1 Remote"), columns the impact; the list under it names each risk's title and owner only.
MAP_ROWS = (
    "| 4 Very likely | - | {#ffc000}SR-03 | - | - |",
    "| 3 Likely | - | - | {#ff0000}SR-01 | - |",
    "| 2 Possible | - | - | - | {#ffc000}SR-02 |",
    "| 1 Remote | - | - | - | - |",
)
LIST = (
    "** Table 1 - Strategic risks",
    "|% 12 58 30",
    "|# Ref | Risk | Risk owner |",
    "| SR-01 | Homelessness demand exceeds the temporary accommodation budget | "
    "Head of Housing |",
    "| SR-02 | Failure of the waste contractor during the contract's final year | "
    "Director of Place |",
    "| SR-03 | Loss of planning fee income in a slow housing market | Head of Planning |",
)
MAP: list[ScoredRisk] = [("SR-01", 3, 3, 9), ("SR-02", 2, 4, 8), ("SR-03", 4, 2, 8)]


def _map(caption: str = "** Figure 1 - Strategic risk map, October 2029",
         corner: str = "Likelihood / Impact",
         columns: str = "1 Minimal | 2 Minor | 3 Serious | 4 Critical",
         rows: tuple[str, ...] = MAP_ROWS) -> tuple[str, ...]:
    return (caption, "|% 22 19 19 20 20", f"|# {corner} | {columns} |", *rows)


def _paper(*body: str) -> str:
    return source_lines(
        "!! Thornbury Vale District Council",
        "** Governance Committee - 14 October 2029",
        "** Strategic Risk Management",
        "That the Committee notes the strategic risks and their places on the map.",
        "Each risk sits in the cell of its current likelihood and impact, scored 1 to 4.",
        *body,
    )


def test_guard_a_map_of_another_council_places_its_risks(tmp_path: Path) -> None:
    assert _pdf_risks(_paper(*_map(), *LIST), tmp_path) == MAP


def test_regression_a_map_printed_twice_keeps_its_places(tmp_path: Path) -> None:
    """Before, a map printed again further on (the summary's map, then the appendix's) put
    each id in two cells, and an id placed twice was left out: the paper gave no risks. The
    same place twice is no clash."""
    again = _map(caption="** Figure 3 - Strategic risk map (as Figure 1)")
    assert _pdf_risks(_paper(*_map(), *LIST, *again), tmp_path) == MAP


def test_guard_an_id_in_two_cells_is_left_out(tmp_path: Path) -> None:
    moved = tuple(r.replace("{#ffc000}SR-02", "-").replace("| 1 Remote | - |",
                                                          "| 1 Remote | SR-02 |")
                  for r in MAP_ROWS)
    second = _map(caption="** Figure 3 - Strategic risk map (as Figure 1)", rows=moved)
    assert _pdf_risks(_paper(*_map(), *LIST, *second), tmp_path) == [
        ("SR-01", 3, 3, 9), ("SR-03", 4, 2, 8)]


def test_regression_a_map_of_the_last_review_places_no_risk(tmp_path: Path) -> None:
    """Before, a map of the risks at the last review (its caption says so) placed them as
    they stand: an earlier issue's places are no more current than the inherent ones."""
    caption = "** Figure 1 - Strategic risk map at the last review (June 2029)"
    assert _pdf_risks(_paper(*_map(caption=caption), *LIST), tmp_path) == []


def test_regression_previous_quarter_map_beside_the_current_one(tmp_path: Path) -> None:
    """Before, last quarter's map beside this quarter's put a moved risk in two cells, so
    it was left out; the previous map places nothing now, the current one all three."""
    moved = tuple(r.replace("{#ffc000}SR-02", "-").replace("| 1 Remote | - |",
                                                          "| 1 Remote | SR-02 |")
                  for r in MAP_ROWS)
    previous = _map(caption="** Figure 1 - Previous quarter (June 2029)", rows=moved)
    current = _map(caption="** Figure 2 - This quarter (September 2029)")
    assert _pdf_risks(_paper(*previous, *current, *LIST), tmp_path) == MAP


LIKELIHOOD_NAMED_ROWS = tuple(r.replace("4 Very likely", "4 Almost certain")
                              .replace("3 Likely", "3 Likely").replace("1 Remote", "1 Rare")
                              for r in MAP_ROWS)


def test_regression_step_names_tell_the_rows_axis_over_the_corner(tmp_path: Path) -> None:
    """Before, a corner split on its diagonal read "Impact / Likelihood" (the columns' word
    printed higher, so first) and the rows, named "4 Almost certain" to "1 Rare", were read
    as the impact: every risk's factors swapped. The likelihood's own words tell its side."""
    paper = _paper(*_map(corner="Impact / Likelihood", rows=LIKELIHOOD_NAMED_ROWS), *LIST)
    assert _pdf_risks(paper, tmp_path) == MAP


def test_guard_impact_down_the_rows_as_the_corner_says(tmp_path: Path) -> None:
    rows = ("| 4 Critical | - | - | SR-02 | - |", "| 3 Serious | - | - | - | SR-01 |",
            "| 2 Minor | - | - | - | SR-03 |", "| 1 Minimal | - | - | - | - |")
    paper = _paper(*_map(corner="Impact / Likelihood",
                         columns="1 Rare | 2 Unlikely | 3 Possible | 4 Likely", rows=rows),
                   *LIST)
    assert _pdf_risks(paper, tmp_path) == [("SR-01", 4, 3, 12), ("SR-02", 3, 4, 12),
                                           ("SR-03", 4, 2, 8)]


def test_regression_ids_spacing_their_letters_are_placed(tmp_path: Path) -> None:
    """Before, a cell split at every space before a capital, so "SEND R1" (a register's
    letters, a space, the risk's own id) was two parts, "SEND" no id: the map was not read."""
    def send(line: str) -> str:
        return line.replace("SR-0", "SEND R")

    paper = _paper(*_map(rows=tuple(send(r) for r in MAP_ROWS)), *(send(x) for x in LIST))
    assert _pdf_risks(paper, tmp_path) == [(send(i or ""), lk, im, s) for i, lk, im, s in MAP]


def test_guard_ids_a_space_apart_are_each_placed(tmp_path: Path) -> None:
    rows = tuple(r.replace("{#ff0000}SR-01", "{#ff0000}SR-01 SR-03")
                 .replace("{#ffc000}SR-03", "-") for r in MAP_ROWS)
    assert _pdf_risks(_paper(*_map(rows=rows), *LIST), tmp_path) == [
        ("SR-01", 3, 3, 9), ("SR-02", 2, 4, 8), ("SR-03", 3, 3, 9)]


def test_regression_a_map_of_measure_codes_names_no_risks(tmp_path: Path) -> None:
    """Before, a table of measures by their codes, naming no risk anywhere, was taken for a
    list of the risks the map places: its codes became risks with the map's factors."""
    def kpi(line: str) -> str:
        return line.replace("SR-0", "KPI 0")

    measures = ("** Table 1 - Measures", "|% 12 58 30", "|# Ref | Indicator | Lead officer |",
                "| KPI 01 | Days to process new benefit claims | Head of Revenues |",
                "| KPI 02 | Missed bins per 100,000 collections | Head of Waste |",
                "| KPI 03 | Major planning applications decided in time | Head of Planning |")
    paper = _paper(*_map(rows=tuple(kpi(r) for r in MAP_ROWS)), *measures)
    assert _pdf_risks(paper, tmp_path) == []


def test_guard_a_map_of_counts_places_no_risk(tmp_path: Path) -> None:
    rows = tuple(r.replace("{#ffc000}SR-03", "2").replace("{#ff0000}SR-01", "3")
                 .replace("{#ffc000}SR-02", "1") for r in MAP_ROWS)
    assert _pdf_risks(_paper(*_map(rows=rows), *LIST), tmp_path) == []


def test_regression_a_target_map_headed_over_a_paragraph_places_no_risk(tmp_path: Path) -> None:
    """Before, only the two lines just over a map were read for its caption: a heading
    "Target risk map" over a paragraph of three lines was not seen, and the risks' target
    places were taken as they stand."""
    heading, *table = _map(caption="** Target risk map")
    paragraph = ("The map below shows where each risk should sit by March 2031 once the further "
                 "actions in the action plan have been completed by their owners, as agreed by "
                 "the Corporate Management Team at its meeting in September.")
    assert _pdf_risks(_paper(heading, paragraph, *table, *LIST), tmp_path) == []


def test_guard_a_current_map_showing_moves_since_the_last_review(tmp_path: Path) -> None:
    caption = "** Figure 1 - Risk map, October 2029 (arrows: moves since the last review)"
    assert _pdf_risks(_paper(*_map(caption=caption), *LIST), tmp_path) == MAP


def test_guard_likelihood_as_a_measure_name_makes_no_register(tmp_path: Path) -> None:
    """The broken heading's "Likeli" is no looser than the word was: a dashboard measuring a
    likelihood is no register."""
    paper = source_lines(
        "!! Thornbury Vale District Council",
        "** Community Safety Partnership - 14 October 2029",
        "** Quarter 2 performance",
        "That the Partnership notes the measures.",
        "|% 12 48 12 12 16",
        "|# Ref | Measure | Target | Actual | Rating |",
        "| CS01 | Likelihood of reoffending within 12 months (%) | 25 | 27 | Amber |",
        "| CS02 | Likeliness of reporting hate crime (survey, %) | 60 | 64 | Green |",
        "| CS03 | Repeat victims of domestic abuse (%) | 28 | 31 | Red |",
    )
    assert _pdf_risks(paper, tmp_path) == []


def test_guard_new_map_patterns_are_linear() -> None:
    """Every pattern the map reader added, on 10,000 spaces, letters, digits and dots, and on
    the runs its alternatives start ("likelihood ", "since the ")."""
    fillers = (" ", "a", "1", ".", "Impact ", "since the ", "SR ")
    patterns: tuple[Callable[[str], object], ...] = (
        heat_map.CORNER.match, heat_map.STEP.match, heat_map.NOT_CURRENT.search,
        heat_map.ID_SEPARATORS.split, heat_map.SENTENCE_END.search, FACTOR_WORDS[0].search,
        heat_map._ids)
    for filler in fillers:
        for run in patterns:
            def grow(n: int, r: Callable[[str], object] = run, f: str = filler) -> object:
                return r("Likelihood " + f * n + "x1")

            assert _growth(grow, 1000) < MOST_GROWTH, (run, filler)


def test_regression_steps_numbered_apart_or_after_their_names(tmp_path: Path) -> None:
    """Before, a step was read only as "4 Major" or "Major": a map labelling its steps "4 -
    Very likely" down the side and "Minor (2)" across the top was no map, and its risks
    were given no factors."""
    rows = tuple(r.replace("| 4 Very likely", "| 4 - Very likely").replace("| 3 Likely",
                 "| 3 - Likely").replace("| 2 Possible", "| 2 - Possible")
                 .replace("| 1 Remote", "| 1 - Remote") for r in MAP_ROWS)
    columns = "Minimal (1) | Minor (2) | Serious (3) | Critical (4)"
    assert _pdf_risks(_paper(*_map(columns=columns, rows=rows), *LIST), tmp_path) == MAP


def test_guard_a_current_map_beside_its_target_map_wins(tmp_path: Path) -> None:
    """Both maps printed, the target one first: its caption rules it out, the current one
    places the risks (an id the two put in different cells is no clash)."""
    target_rows = tuple(r.replace("{#ff0000}SR-01", "-").replace("| 1 Remote | - | - |",
                                                               "| 1 Remote | - | SR-01 |")
                        for r in MAP_ROWS)
    target = _map(caption="** Figure 1 - Target risk map, March 2031", rows=target_rows)
    current = _map(caption="** Figure 2 - Current risk map, October 2029")
    assert _pdf_risks(_paper(*target, *current, *LIST), tmp_path) == MAP
