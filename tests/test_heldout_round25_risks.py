"""Regression tests for the risk misses of held-out round 25: a one-risk-per-page register
whose boxes are a two-column table ("Risk reference | SR1"), an assurance framework's table of
scores by quarter ("Q1 score | Q2 score") beside its register, a register's header printed
again over a new page's rows, a hazard profile's sentence wrapped so that a line opens
"Likelihood 4, impact 2, ...", and an AS/NZS ISO 31000 register printing each factor as its
number and step ("4 Major | 3 Possible | 12 High"). Small papers in other bodies' words, each
with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, rendered, scored_risks, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks.values import parse_score
from kcc_papers.models import Risk


def pdf_risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    """The risks of every document of a small ``.pdfsrc`` paper, whatever kind each is classed
    as (the reader is under test, not the classifier)."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


# ---------------------------------------------------------------- "Risk reference | SR1"


def _profile(ref: str, title: str, stages: list[str]) -> list[str]:
    return [
        f"** Appendix A - Risk profile: {ref}",
        "|% 30 70",
        f"| Risk reference | {ref} |",
        f"| Risk title | {title} |",
        "| Risk owner | Head of Estates |",
        "| Existing controls | Planned maintenance programme; condition surveys. |",
        "|% 25 25 25 25",
        "| Risk rating | Likelihood | Impact | Score |",
        *stages,
        "--- page ---",
    ]


def _boxed_register(label: str) -> str:
    return source_lines(
        "## Marshfield Combined Fire Authority",
        "** Audit Committee - 9 March 2029",
        "** Corporate Risk Register - Quarter 3",
        "1.1 Each risk is set out on its own page in its risk profile. The score is likelihood"
        " multiplied by impact.",
        "--- page ---",
        *[line.replace("Risk reference", label) for line in _profile(
            "CR1", "Loss of the training centre", ["| Inherent | 4 | 4 | 16 |",
                                                   "| Current | 2 | 4 | 8 |",
                                                   "| Target | 2 | 3 | 6 |"])],
        *[line.replace("Risk reference", label) for line in _profile(
            "CR2", "Pension fund deficit", ["| Inherent | 5 | 3 | 15 |",
                                            "| Current | 3 | 3 | 9 |",
                                            "| Target | 2 | 3 | 6 |"])],
    )


def test_profile_boxes_as_two_column_table(tmp_path: Path) -> None:
    """Before, a profile whose boxes are the rows of a two-column table ("Risk reference |
    SR1", no colon) opened no block, so the Inherent / Current / Target rows under it had no
    risk to score and the register gave nothing."""
    assert pdf_risks(_boxed_register("Risk reference"), tmp_path) == [
        ("CR1", 2, 4, 8), ("CR2", 3, 3, 9)]


def test_two_column_row_of_no_label_opens_nothing(tmp_path: Path) -> None:
    """Guard: a two-column row whose first cell is no risk's label ("Asset reference | CR1")
    opens no block."""
    assert pdf_risks(_boxed_register("Asset reference"), tmp_path) == []


# ---------------------------------------------------------------- "Q1 score | Q2 score"


def _framework(movement_header: str) -> str:
    return source_lines(
        "## Fenland Community NHS Trust",
        "** Board Assurance Framework: Quarter 2",
        "Each risk is scored Consequence (C) x Likelihood (L).",
        "|% 12 40 16 16 16",
        "|# BAF ref | Principal risk | Consequence (C) | Likelihood (L) | Current score (C x L) |",
        "| BAF 1 | Failure to meet the urgent care standard | 4 | 3 | 12 |",
        "| BAF 2 | Inability to recruit health visitors | 4 | 4 | 16 |",
        "| BAF 3 | Loss of the electronic record | 5 | 4 | 20 |",
        "** Appendix 2: Movement in current scores",
        "|% 12 22 22 44",
        f"| {movement_header} | Reason |",
        "| BAF 2 | 20 | 16 | Overseas recruitment of twelve health visitors |",
        "| BAF 3 | 10 | 20 | National cyber alert and supplier notice |",
    )


FRAMEWORK: list[ScoredRisk] = [("BAF 1", 3, 4, 12), ("BAF 2", 4, 4, 16), ("BAF 3", 4, 5, 20)]


def test_scores_by_quarter_read_the_last_as_current(tmp_path: Path) -> None:
    """Before, "Q1 score" was the first column of the score's family, so a movement table's
    earlier quarter (20, 10) stood as the current score of the risks it lists."""
    assert pdf_risks(_framework("BAF ref | Q1 score | Q2 score"), tmp_path) == FRAMEWORK


def test_scores_by_month_read_the_last_as_current(tmp_path: Path) -> None:
    """The same history by month: the latest month is the score as it stands."""
    assert pdf_risks(_framework("BAF ref | June score | September score"), tmp_path) == FRAMEWORK


# ---------------------------------------------------------------- header repeated on a new page


def _split_register(repeat: bool) -> str:
    header = "| ID | Category | Hazard (reasonable worst case) | Likelihood | Impact | Score |"
    return source_lines(
        "## Wealdmarsh Local Resilience Forum",
        "** Community Risk Register 2029",
        "|% 8 18 44 10 10 10",
        "|# " + header[2:],
        "| H3 | Natural hazards | River flooding across the lower catchment | 4 | 3 | 12 |",
        "| H5 | ^ | Severe storms and gales over two days | 3 | 2 | 6 |",
        # the renderer prints the header again at the top of the next page unless told not to
        "| --- page --- |" if repeat else "| --- page, header not repeated --- |",
        "| H8 | Utilities | Loss of drinking water supply for three days | 2 | 4 | 8 |",
        "| H11 | ^ | Fuel supply disruption for a week | 2 | 3 | 6 |",
    )


SPLIT: list[ScoredRisk] = [("H3", 4, 3, 12), ("H5", 3, 2, 6), ("H8", 2, 4, 8), ("H11", 2, 3, 6)]


def test_header_repeated_over_a_new_page_is_no_risk(tmp_path: Path) -> None:
    """Before, the header printed again on the next page read as a row of the table whose id
    was "ID" (a run of capitals, as a register's letters are), a risk with no score."""
    assert pdf_risks(_split_register(repeat=True), tmp_path) == SPLIT


def test_register_split_without_repeated_header(tmp_path: Path) -> None:
    """Guard: the same register split with no header on its second page reads the same."""
    assert pdf_risks(_split_register(repeat=False), tmp_path) == SPLIT


# ---------------------------------------------------------------- "Likelihood 4, impact 2, ..."

PROFILES = """Wealdmarsh Local Resilience Forum
Community Risk Register 2029 - hazard profiles

Risk ID\tHazard\tLikelihood\tImpact\tScore
H19\tSevere storms and gales\t4\t2\t8
H23\tRiver flooding\t4\t3\t12

H19 Severe storms and gales
Storm Edith in October 2028 tested this scenario when 2,140 properties lost power.
{line}
H23 River flooding
The reasonable worst case floods up to 6,200 properties.
"""


def test_factor_words_in_a_wrapped_sentence_are_no_label(tmp_path: Path) -> None:
    """Before, a profile's sentence wrapped so that a line opened "Likelihood 4, impact 2,
    unchanged." read as a "Likelihood" label whose value "4, impact 2, unchanged." no scale
    reads, and it took the place of the register's likelihood."""
    text = PROFILES.format(line="Likelihood 4, impact 2, unchanged.")
    assert scored_risks(text, tmp_path) == [("H19", 4, 2, 8), ("H23", 4, 3, 12)]


# ---------------------------------------------------------------- "4 Major | 3 Possible"

ISO_REGISTER = """Shire of Koorabin
Audit, Risk and Improvement Committee - Strategic Risk Register
Risks are rated Consequence x Likelihood under AS/NZS ISO 31000:2018.

Risk ID\tRisk description\tConsequence\tLikelihood\tRating\tOwner
SR01\tFailure to maintain financial sustainability\t4 Major\t3 Possible\t12 High\tDirector Corporate
SR02\tBushfire impacting Council operations\t5 Catastrophic\t2 Unlikely\t10 High\tDirector Community
SR03\tLoss of key staff and corporate knowledge\t3 Moderate\t4 Likely\t12 High\tChief Executive
"""


def test_factor_cells_with_their_step_names(tmp_path: Path) -> None:
    """Before, a cell printing the factor's number and its step's name after a space ("4
    Major") read as no factor, so every risk lost its likelihood and impact."""
    assert scored_risks(ISO_REGISTER, tmp_path) == [
        ("SR01", 3, 4, 12), ("SR02", 2, 5, 10), ("SR03", 4, 3, 12)]


def test_figure_and_prose_cell_is_no_factor() -> None:
    """Guard: a number followed by words of prose ("3 months delay") is no factor's step."""
    assert parse_score("3 months of delay", {}) is None
    assert parse_score("2 weeks", {}) is None
