"""Regression tests for the risk misses of held-out round 22: a borderless register whose
narrow "Likelihood (L)" column broke the word ("Likelihoo" / "d (L)"), so the paper was never
taken to show a register. Small papers in other councils' words, each with a guard of the
rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk


def _pdf_risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) if ctx.document.kind in risks.KINDS
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def _borderless_register(widths: str) -> str:
    rows = [("SR01", "Failure to recruit enough foster carers for older children", "4", "3",
             "12", "Rising"),
            ("SR02", "Flooding of the depot and loss of the gritting fleet", "2", "5", "10",
             "Static"),
            ("SR03", "Breach of the public sector equality duty in service changes", "2", "3",
             "6", "Falling")]
    return source_lines(
        "!! Harrowdale Borough Council",
        "** Cabinet - 3 March 2028",
        "** Strategic Risk Register",
        "That Cabinet notes the strategic risk register.",
        "--- page ---",
        "** Appendix 1 - Strategic Risk Register",
        f"|% {widths}",
        "|- Risk | Description | Likelihood (L) | Impact (I) | Rating (L x I) | Trend |",
        *(f"| {' | '.join(row)} |" for row in rows),
        "Ratings of 15 and above are reported to Council.",
    )


BORDERLESS: list[ScoredRisk] = [("SR01", 4, 3, 12), ("SR02", 2, 5, 10), ("SR03", 2, 3, 6)]


def test_likelihood_heading_broken_by_a_narrow_column_shows_a_register(tmp_path: Path) -> None:
    """Before, a column too narrow for "Likelihood" broke it inside the word, its last letter
    printed under the rest of the header ("Likelihoo" / "Risk Description Impact (I)" /
    "d (L)"): the cheap test for a register's header never found the likelihood's word, so
    the paper gave no risks, though its column reader mends the word."""
    assert _pdf_risks(_borderless_register("8 46 10 10 10 16"), tmp_path) == BORDERLESS


def test_likelihood_heading_printed_whole_stays_a_register(tmp_path: Path) -> None:
    """Guard: the same register with room for the word reads the same, as before."""
    assert _pdf_risks(_borderless_register("8 40 16 10 10 16"), tmp_path) == BORDERLESS


def _heat_map_paper(caption: str = "** Figure 2 - Corporate risk heat map, May 2028",
                    corner: str = "Likelihood / Impact",
                    columns: str = "1 Insignificant | 2 Minor | 3 Moderate | 4 Major") -> str:
    return source_lines(
        "!! Marshfield Fire and Rescue Authority",
        "** Audit and Standards Committee - 8 May 2028",
        "** Corporate Risk Register and Heat Map",
        "That the Committee notes the corporate risks and their places on the heat map.",
        "Each risk's reference sits in the cell of its current likelihood (rows) and impact "
        "(columns), both scored 1 to 4; its score is likelihood x impact.",
        caption,
        "|% 22 19 19 20 20",
        f"|# {corner} | {columns} |",
        "| 4 Very likely | {#ffc000} | {#ffc000}MF3 | {#ff0000} | {#ff0000} |",
        "| 3 Likely | {#92d050} | {#ffc000} | {#ff0000}MF1, MF4 | {#ff0000} |",
        "| 2 Possible | {#92d050} | {#92d050} | {#ffc000} | {#ffc000}MF2 |",
        "| 1 Unlikely | {#92d050} | {#92d050} | {#92d050} | {#ffc000} |",
        "** Table 2 - Corporate risks",
        "|% 10 60 30",
        "|# Ref | Risk | Risk owner |",
        "| MF1 | Retained firefighter availability falls below the crewing standard | "
        "Area Manager Response |",
        "| MF2 | Failure of the joint control room's mobilising system | Head of ICT |",
        "| MF3 | Pension remedy costs exceed the provision in the budget | Treasurer |",
        "| MF4 | Fleet replacement delayed by supply of new appliances | Head of Fleet |",
    )


HEAT_MAP: list[ScoredRisk] = [("MF1", 3, 3, 9), ("MF2", 2, 4, 8), ("MF3", 4, 2, 8),
                              ("MF4", 3, 3, 9)]


def test_heat_map_ids_in_grid_cells_give_likelihood_and_impact(tmp_path: Path) -> None:
    """Before, a register whose risks are scored only by their places on a heat map (each
    id in the cell of its likelihood's row and its impact's column) gave no risks: the list
    of the risks names no factor or score, and the map was no table the reader knew."""
    assert _pdf_risks(_heat_map_paper(), tmp_path) == HEAT_MAP


def test_heat_map_columns_naming_their_axis_rule_over_the_corner(tmp_path: Path) -> None:
    """The columns' own word for their axis ("Impact 1") tells which axis runs across, the
    corner naming only the rows' ("Likelihood")."""
    paper = _heat_map_paper(corner="Likelihood",
                            columns="Impact 1 | Impact 2 | Impact 3 | Impact 4")
    assert _pdf_risks(paper, tmp_path) == HEAT_MAP


def test_inherent_heat_map_places_no_risk_as_it_stands(tmp_path: Path) -> None:
    """Guard: a map its caption calls the risks before their controls gives no factors (the
    list alone, scoring nothing, is no register)."""
    paper = _heat_map_paper(caption="** Figure 2 - Inherent risk heat map (before controls)")
    assert _pdf_risks(paper, tmp_path) == []


def test_register_scores_stand_over_a_heat_map(tmp_path: Path) -> None:
    """Guard: a register scoring its risks in columns of their own keeps its scores where a
    heat map beside it places a risk elsewhere (as before, the map is read for the risks no
    row scores)."""
    paper = _heat_map_paper().replace(
        "|# Ref | Risk | Risk owner |", "|# Ref | Risk | Risk owner | L | I | Score |").replace(
        "|% 10 60 30", "|% 10 45 21 8 8 8")
    rows = {"| MF1 ": "| 3 | 3 | 9 |", "| MF2 ": "| 2 | 4 | 8 |", "| MF3 ": "| 4 | 3 | 12 |",
            "| MF4 ": "| 3 | 3 | 9 |"}
    lines = []
    for line in paper.splitlines():
        start = next((k for k in rows if line.startswith(k)), None)
        lines.append(line[:-1] + rows[start] if start else line)
    assert _pdf_risks("\n".join(lines) + "\n", tmp_path) == [
        ("MF1", 3, 3, 9), ("MF2", 2, 4, 8), ("MF3", 4, 3, 12), ("MF4", 3, 3, 9)]


def test_heat_map_of_risks_no_table_names_gives_no_risks(tmp_path: Path) -> None:
    """Guard: a cover report's heat map of the risks its appendix registers (no list of them
    in the report) gives no risks of its own: the appendix's register gives them once."""
    paper = _heat_map_paper().split("** Table 2 - Corporate risks")[0]
    assert _pdf_risks(paper, tmp_path) == []
