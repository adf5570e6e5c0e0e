"""Regression tests for the risk misses of held-out round 24: a register whose id column is
headed "Risk" beside the factors' letters ("Owner | L | I | Score"), a harbour's register
heading its impact "Consequence (C)", a scale's key printed under a register's last row
("Likelihood: 1 Rare, 2 Unlikely, ..."), and a text register set out in spaces whose owner
cell runs up to the likelihood's with one space. Small papers in other councils' words, each
with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import ScoredRisk, scored_risks
from kcc_papers.extract.risks.lettered import lettered_header
from kcc_papers.extract.risks.reader import HEADER_LINE_CHARS

# ---------------------------------------------------------------- "Risk | ... | L | I | Score"


def _lettered_register(header: str) -> str:
    return "\n".join([
        "Thornbury District Council",
        "Audit and Standards Committee - 14 May 2029",
        "Corporate Risk Register - Quarter 4",
        "",
        header,
        "CR01\tLoss of the main depot to fire\tHead of Operations\t2\t5\t10\tStable",
        "CR02\tHousing benefit subsidy claim is qualified\tHead of Revenues\t3\t3\t9\tFalling",
        "CR03\tPlanning appeals costs exceed the reserve\tHead of Planning\t4\t3\t12\tRising",
        "",
    ])


LETTERED: list[ScoredRisk] = [("CR01", 2, 5, 10), ("CR02", 3, 3, 9), ("CR03", 4, 3, 12)]


def test_register_with_id_column_headed_risk_and_factor_letters(tmp_path: Path) -> None:
    """Before, a header naming the id column "Risk" (no "Ref" or "Risk No.") and the factors
    by their letters alone ("Owner | L | I | Score") never passed the cheap test for a
    register's header, so the paper gave no risks though its table reader reads the rows."""
    header = "Risk\tDescription\tOwner\tL\tI\tScore\tTrend"
    assert scored_risks(_lettered_register(header), tmp_path) == LETTERED


def test_letters_in_prose_are_no_register_header() -> None:
    """Guard: the letters side by side in a long line of prose with a score's word are no
    header; the same words as a short line are. (A whole paper cannot show it: a gate opened
    by prose finds no table to read.)"""
    prose = ("The panel asked why the scores in column L I understood were lower; the officer "
             "said the score had been checked against the council's own risk matrix twice.")
    assert not lettered_header(f"Notes of the risk workshop\n{prose}\n", HEADER_LINE_CHARS)
    assert lettered_header("Notes of the risk workshop\nOwner  L  I  Score\n",
                           HEADER_LINE_CHARS)


# ---------------------------------------------------------------- "Consequence (C)"


def _consequence_register(impact_head: str) -> str:
    return "\n".join([
        "Carrick Port Authority",
        "Board - 2 June 2029",
        "Port Marine Safety Code: Risk Register",
        "Risks are scored Likelihood (L) x Consequence (C) = Risk Score on a 5 x 5 matrix.",
        "",
        f"Ref\tHazard\tLikelihood (L)\t{impact_head}\tRisk Score\tControls\tOwner",
        "MS1\tContact with the fish quay in a gale\t3\t2\t6\tBerthing plan\tHarbour Master",
        "MS2\tFall from the pontoon gangway\t2\t4\t8\tHandrails; lighting\tDeputy Harbour Master",
        "",
    ])


CONSEQUENCE: list[ScoredRisk] = [("MS1", 3, 2, 6), ("MS2", 2, 4, 8)]


def test_consequence_heading_with_its_letter_is_the_impact(tmp_path: Path) -> None:
    """Before, "Consequence (C)" fitted no role (only "Consequence" alone was the impact), so
    every risk lost its impact while "Likelihood (L)" beside it read."""
    assert scored_risks(_consequence_register("Consequence (C)"), tmp_path) == CONSEQUENCE


def test_consequence_heading_alone_stays_the_impact(tmp_path: Path) -> None:
    """Guard: the word alone reads as before."""
    assert scored_risks(_consequence_register("Consequence"), tmp_path) == CONSEQUENCE


# ---------------------------------------------------------------- a key under the last row


def _register_with_key(after: str) -> str:
    return "\n".join([
        "Severnside Fire Authority",
        "Audit and Risk Committee - 9 July 2029",
        "Corporate Risk Register",
        "",
        "Risk ID\tRisk\tOwner\tLikelihood\tImpact\tScore",
        "FR-01\tLoss of the mobilising system\tHead of Control\t2\t5\t10",
        "FR-02\tFlooding closes a station\tHead of Estates\t3\t2\t6",
        after,
        "",
    ])


def test_scale_key_under_the_last_row_is_no_value_of_its_risk(tmp_path: Path) -> None:
    """Before, the key printed under the register ("Likelihood: 1 Rare, 2 Unlikely, ...")
    read as a labelled value of the block the last row opened: it overrode that risk's own
    likelihood, which then parsed to none."""
    key = ("Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain. "
           "Impact: 1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Critical.")
    assert scored_risks(_register_with_key(key), tmp_path) == [
        ("FR-01", 2, 5, 10), ("FR-02", 3, 2, 6)]


def test_labelled_likelihood_naming_one_step_is_still_read(tmp_path: Path) -> None:
    """Guard: a labelled block's likelihood naming its one step ("4 Likely") is its value."""
    paper = "\n".join([
        "Severnside Fire Authority", "Corporate Risk Register", "",
        "Risk Ref: FR-07", "Risk title: Fleet replacement is delayed",
        "Likelihood: 4 (Likely)", "Impact: 3 (Moderate)", "Current score: 12", ""])
    assert scored_risks(paper, tmp_path) == [("FR-07", 4, 3, 12)]


# ---------------------------------------------------------------- a cell run up to the next


def _spaced_register(owner: str) -> str:
    return "\n".join([
        "WESTMARCH POLICE AND CRIME COMMISSIONER",
        "JOINT AUDIT COMMITTEE - 12 JUNE 2029",
        "JOINT RISK REGISTER",
        "",
        "  Ref     Risk                                   Owner        L   I  Score",
        "  ------  -------------------------------------  -----------  --  -  -----",
        "  JR01    Custody suite refurbishment overruns   Head of      3   3    9",
        "                                                 Estates",
        f"  JR02    Public confidence falls after a        {owner}4   3   12",
        "          misconduct case                        Constable",
        "  JR03    Cyber attack on force systems          ACC Crime    2   4    8",
        "",
    ])


SPACED: list[ScoredRisk] = [("JR01", 3, 3, 9), ("JR02", 4, 3, 12), ("JR03", 2, 4, 8)]


def test_owner_run_up_to_the_likelihood_with_one_space(tmp_path: Path) -> None:
    """Before, an owner cell one character wider than its dashes ("Deputy Chief") left one
    space before the likelihood's figure, so "Deputy Chief 4" read as one cell and the risk
    lost its likelihood; the figure starts the likelihood's segment of the dashed rule."""
    assert scored_risks(_spaced_register("Deputy Chief "), tmp_path) == SPACED


def test_owner_within_its_column_reads_as_before(tmp_path: Path) -> None:
    """Guard: an owner within its dashes, two spaces before the figure, reads the same."""
    assert scored_risks(_spaced_register("Deputy CC    "), tmp_path) == SPACED
