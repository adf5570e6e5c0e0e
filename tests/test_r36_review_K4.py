"""Review of round 36's fix K4 (risk registers of unusual structure): the cases the review found
read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import ScoredRisk, rendered, scored_risks, source_lines
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file


def risks_of(path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


# ------------------------------------- a card's id with a space between letters and number

CARDS = """Westmoor Fire and Rescue Service
Corporate Risk Register - risk cards

Risk ref: CRR 04 - Retained duty staff shortages at rural stations
Risk owner: Group Manager, Operations
Causes: few applicants in villages with no large employer.
Rating before controls: Likelihood 5 x Impact 5 = 25
Residual rating: Likelihood 3 x Impact 4 = 12
Target rating: Likelihood 2 x Impact 3 = 6

Risk ref: CRR 05 - Breakdown of the vehicle workshop contract
Risk owner: Head of Fleet
Causes: one supplier in the region.
Rating before controls: Likelihood 4 x Impact 4 = 16
Residual rating: Likelihood 2 x Impact 3 = 6
Target rating: Likelihood 1 x Impact 3 = 3
"""


def test_regression_card_id_spaced_from_its_number_opens_a_card(tmp_path: Path) -> None:
    """"Risk ref: CRR 04 - <title>": the register's letters a space apart from the number, a
    dash before the title (as a profile's heading prints "BAF 2 - ..."), opened no card."""
    assert scored_risks(CARDS, tmp_path) == [("CRR 04", 3, 4, 12), ("CRR 05", 2, 3, 6)]


# --------------------------- stages over "L | I | Score", an "Owner" column after the groups

OWNED = source_lines(
    "%% header Corbridge Vale Borough Council",
    "## Strategic Risk Register - Quarter 3",
    "Committee:\tStandards and Audit Committee",
    "Date of meeting:\t9 February 2028",
    "The register scores each risk gross, net (with the controls in place) and at target.",
    "L is likelihood and I impact, each scored 1 to 5; the score is L x I.",
    "--- page landscape ---",
    "|% 8 30 6 5 7 6 5 7 6 5 7 12",
    "| Ref | Risk | Gross | | | Net | | | Target | | | Owner |",
    "| | | L | I | Score | L | I | Score | L | I | Score | |",
    "| CVB-SR2 | Leisure trust cannot meet its energy costs | 5 | 4 | 20 | 3 | 4 | 12"
    " | 2 | 4 | 8 | Head of Leisure |",
    "| CVB-SR5 | Payroll system replacement slips past the contract end | 4 | 4 | 16"
    " | 2 | 4 | 8 | 1 | 4 | 4 | Head of HR |",
)


def test_regression_group_runs_with_a_column_after_the_groups(tmp_path: Path) -> None:
    """A column headed on the top row only ("Owner") after the groups counted as one more
    group, so the runs repeated once per group no more: the sub-headings stayed under the id
    and title and the gross figures were read."""
    assert risks_of(rendered(OWNED, tmp_path)) == [("CVB-SR2", 3, 4, 12), ("CVB-SR5", 2, 4, 8)]


# ---------------------------------- an English header wrapped over two lines, "Ref" below

WRAPPED = """Harbourside District Council
Audit Committee

CORPORATE RISK REGISTER

Strategic  Risk                                Score     Current   Current   Current   Target
Ref        Description                         Before    L         I         Score     Score
---------------------------------------------------------------------------------------------
HDC-07     Shortage of foster care places      16        4         3         12        6
HDC-11     Closure of the coast road           20        3         5         15        10
"""

def test_regression_english_wrapped_header_is_no_two_language_header(tmp_path: Path) -> None:
    """"Score" over "Before" is one heading ("Score Before") wrapped, not two: read as a
    bilingual header each line alone, "Score" named the score before controls the current."""
    assert scored_risks(WRAPPED, tmp_path) == [("HDC-07", 4, 3, 12), ("HDC-11", 3, 5, 15)]


# ------------------------------------------ a card's rating lines at the foot of each page


def _card(n: int, title: str, residual: tuple[int, int], target: tuple[int, int]) -> list[str]:
    return [f"** Risk ID: WFS-CR{n} - {title}", "Risk owner: Group Manager, Operations",
            "Causes: few applicants in villages with no large employer.",
            "Rating before controls: Likelihood 5 x Impact 5 = 25",
            f"Residual rating: Likelihood {residual[0]} x Impact {residual[1]}"
            f" = {residual[0] * residual[1]}",
            f"Target rating: Likelihood {target[0]} x Impact {target[1]}"
            f" = {target[0] * target[1]}"]


CARD_PAGES = source_lines(
    "%% header Westmoor Fire and Rescue Authority",
    "## Corporate Risk Register - risk cards",
    "Committee:\tAudit and Risk Committee",
    "Date of meeting:\t9 February 2028",
    *_card(3, "Retained duty staff shortages at rural stations", (3, 4), (2, 3)),
    "--- page ---",
    *_card(7, "Breakdown of the vehicle workshop contract", (2, 3), (1, 3)),
    "--- page ---",
    *_card(9, "Loss of the mobilising system", (2, 5), (1, 5)),
)


def test_regression_rating_lines_ending_each_page_are_no_running_footer(tmp_path: Path) -> None:
    """A card a page: its residual and target lines end every page, the same words with other
    figures, and were dropped as a running footer (digits ignored), so no card had a score. A
    footer changes its page number at most; a line whose figures differ in more places is
    content."""
    assert risks_of(rendered(CARD_PAGES, tmp_path)) == [
        ("WFS-CR3", 3, 4, 12), ("WFS-CR7", 2, 3, 6), ("WFS-CR9", 2, 5, 10)]
