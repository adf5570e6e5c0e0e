"""Held-out round 36, risk registers of unusual structure (family K4): the misses fixed, each
on a small paper written in the layout that showed it, with a guard of each rule.

- a risk card opened "Risk ID: <group code> - <title>" ("Risk ID: WFS-CR3 - ..."), its rating
  lines "Rating before controls: ...", "Residual rating: Likelihood 4 x Impact 4 = 16";
- a two-row header, stages over "L | I | Score" each, whose lower row the reader gave without
  the blank cells under the id and title;
- a bilingual text register whose header prints its Welsh line over its English one, the
  English line naming the id column ("Cyf." over "Ref")."""

from __future__ import annotations

from pathlib import Path

from heldout_support import ScoredRisk, rendered, scored_risks, source_lines
from kcc_papers.extract.risks.group_runs import under_groups
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.stacked_header import stacked_header
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file


def risks_of(path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


# ----------------------------------------- "Risk ID: WFS-CR3 - Title": a card's opening line

CARDS = """Westmoor Fire and Rescue Service
Corporate Risk Register - risk cards

Risk ID: WFS-CR3 - Retained duty staff shortages at rural stations
Risk owner: Group Manager, Operations
Causes: few applicants in villages with no large employer.
{first}
Residual rating: Likelihood 3 x Impact 4 = 12
Target rating: Likelihood 2 x Impact 3 = 6

Risk ID: WFS-CR7 - Breakdown of the vehicle workshop contract
Risk owner: Head of Fleet
Causes: one supplier in the region.
{first}
Residual rating: Likelihood 2 x Impact 3 = 6
Target rating: Likelihood 1 x Impact 3 = 3
"""


def test_a_card_opened_by_a_grouped_code_and_its_title_is_read(tmp_path: Path) -> None:
    text = CARDS.format(first="Rating before controls: Likelihood 5 x Impact 5 = 25")
    assert scored_risks(text, tmp_path) == [("WFS-CR3", 3, 4, 12), ("WFS-CR7", 2, 3, 6)]


# The guard: a card giving only the rating before controls (and the target) gives its risk no
# rating as it stands: the inherent and target lines are never the risk's.
def test_a_card_without_a_residual_rating_is_not_scored(tmp_path: Path) -> None:
    text = "\n".join(line for line in CARDS.format(
        first="Rating before controls: Likelihood 5 x Impact 5 = 25").splitlines()
        if not line.startswith("Residual"))
    assert scored_risks(text, tmp_path) == []


# --------------------------------- stages over "L | I | Score", the lower row's blanks lost

GROUPED = source_lines(
    "%% header Corbridge Vale Borough Council",
    "## Strategic Risk Register - Quarter 3",
    "Committee:\tStandards and Audit Committee",
    "Date of meeting:\t9 February 2028",
    "The register scores each risk gross, net (with the controls in place) and at target.",
    "L is likelihood and I impact, each scored 1 to 5; the score is L x I.",
    "--- page landscape ---",
    "|% 8 30 6 5 7 6 5 7 6 5 7",
    "| Ref | Risk | Gross | | | Net | | | Target | | |",
    "| | | L | I | Score | L | I | Score | L | I | Score |",
    "| CVB-SR2 | Leisure trust cannot meet its energy costs | 5 | 4 | 20 | 3 | 4 | 12"
    " | 2 | 4 | 8 |",
    "| CVB-SR5 | Payroll system replacement slips past the contract end | 4 | 4 | 16"
    " | 2 | 4 | 8 | 1 | 4 | 4 |",
)


def test_sub_headings_repeated_per_group_stand_under_their_groups(tmp_path: Path) -> None:
    assert risks_of(rendered(GROUPED, tmp_path)) == [
        ("CVB-SR2", 3, 4, 12), ("CVB-SR5", 2, 4, 8)]


def test_a_run_under_its_groups_is_set_under_them() -> None:
    top = ["Ref", "Risk", "Gross", "", "", "Net", "", "", "Target"]
    sub = ["L", "I", "Score", "L", "I", "Score", "L", "I", "Score"]
    assert under_groups(top, sub) == ["", "", *sub]


# The guard: a lower row already under its groups, or one that repeats no run once per group
# ("L | I | Score | Owner"), is read as printed.
def test_rows_repeating_no_run_per_group_are_left_as_printed() -> None:
    top = ["Ref", "Risk", "Gross", "", "", "Net", "", "", "Target"]
    aligned = ["", "", "L", "I", "Score", "L", "I", "Score", "L", "I", "Score"]
    assert under_groups(top, aligned) is None
    assert under_groups(top, ["L", "I", "Score", "L", "I", "Score", "Owner", "Date",
                              "Status"]) is None
    assert under_groups(["Ref", "Risk", "Net", "", "", "Owner"], ["L", "I", "Score"]) is None


# ----------------------------------- a bilingual header, its English line naming the id

BILINGUAL = """Cyngor Sir Glanrafon / Glanrafon County Council
Pwyllgor Archwilio / Audit Committee

COFRESTR RISG / RISK REGISTER

Cyf.      Teitl / Title                            Sgor       Cyfredol / Current       Sgor
                                                   Cychwyn    Teb.   Eff.   Sgor       Targed
Ref                                                Initial    L      I      Score      Target
----------------------------------------------------------------------------------------------
GCC-07    Diffyg lleoedd gofal maeth               16         4      3      12         6
          Shortage of foster care places

GCC-11    Cau ffordd yr arfordir                   20         3      5      15         10
          Closure of the coast road
"""


def test_a_header_in_two_languages_lines_is_known_by_either(tmp_path: Path) -> None:
    assert scored_risks(BILINGUAL, tmp_path) == [("GCC-07", 4, 3, 12), ("GCC-11", 3, 5, 15)]


# The guard: the second line must be headings naming the id where the first does not; a row
# of values under a header, or a second line under a first that names the id already (a
# group over its factors: ``grouped_header``'s), is no stacked header.
def test_a_row_of_values_or_an_id_named_above_is_no_stacked_header() -> None:
    top = Row(1, ["Cyf.", "Risg / Risk", "Sgor", "Presennol / Current"])
    assert stacked_header(top, Row(1, ["Ref", "", "Initial", "Score"])) is not None
    assert stacked_header(top, Row(1, ["R1", "Flooding", "16", "12"])) is None
    named = Row(1, ["Ref", "Risk", "Net risk", ""])
    assert stacked_header(named, Row(1, ["Ref", "", "L", "I"])) is None
