"""Review of round 37's fix K6 (risks in a parish risk assessment and in risk cards): the
cases the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, scored_risks, source_lines
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file

# ------------------------------------- an action plan's table is no wrapped register header

_ACTION_PLAN_HEAD = (
    "%% footer Hollinbrook Parish Council - page {page} of {pages}",
    "## HOLLINBROOK PARISH COUNCIL",
    "** Village Plan Action Plan 2027/28",
    "Presented to:\tResources Committee",
    "Meeting date:\tMonday 8 March 2027",
    "Prepared by:\tParish Clerk",
    "--- page landscape ---",
)


def test_regression_action_plan_under_a_rating_heading_is_no_register(tmp_path: Path) -> None:
    """A heading over an action plan ("Progress rating at quarter 3") is no wrapped cell of
    its header: a rating with no factors is the actions' progress, and the table naming its
    ref and the risk each action addresses stays the action plan it is (a report)."""
    pdf = rendered(source_lines(
        *_ACTION_PLAN_HEAD,
        "** Progress rating at quarter 3",
        "|~ Ref | Action | Risk addressed | Lead | Due date | Progress |",
        "| HB-A1 | Resurface the car park | Loss of hall bookings | Clerk | June 2027 |"
        " On track |",
        "| HB-A2 | Replace play equipment | Injury to children | Chairman | May 2027 |"
        " Delayed |",
    ), tmp_path)
    assert [kind for kind, _, _ in documents_of(pdf)] == ["report"]


def test_regression_action_wrapped_round_its_ref_is_no_header_cell(tmp_path: Path) -> None:
    """The first action of a plan wrapped round its ref's line ("Reduce impact score of
    flooding" / "A1 Clerk June 2027 On track" / "on Mill Lane") is the row's, not the
    header's: its "score" makes no register of a plan with a "Risk" column."""
    pdf = rendered(source_lines(
        *_ACTION_PLAN_HEAD,
        "** Actions",
        "|~ Ref | Action | Lead | Due date | Risk |",
        "| A1 | Reduce impact score of flooding on Mill Lane | Clerk | June 2027 | On track |",
        "| A2 | Replace play equipment | Chairman | May 2027 | Delayed |",
    ), tmp_path)
    assert [kind for kind, _, _ in documents_of(pdf)] == ["report"]


# --------------------------------------- a card's rating line parted by other than strokes

_CARDS = """Harrowgate Borough Council
Corporate Risk Register - Governance Committee - 14 June 2027

Risk 2 (CR02): Loss of the main data centre
Risk owner: Head of Digital Services
{line}

Risk 5 (CR05): Shortage of planning officers
Risk owner: Head of Planning
Before controls: 4 x 3 = 12 | Current: 3 x 3 = 9 | Target: 2 x 3 = 6
"""


def test_regression_rating_line_parted_by_semicolons_or_slashes(tmp_path: Path) -> None:
    """A rating line may part its stages by semicolons or spaced slashes as by strokes; each
    part is its stage's label (the inherent one naming no rating)."""
    for line in ("Inherent: 4 x 4 = 16; Current: 3 x 4 = 12; Target: 2 x 3 = 6",
                 "Target: 2 x 3 = 6 / Current: 3 x 4 = 12 / Inherent: 4 x 4 = 16"):
        assert scored_risks(_CARDS.format(line=line), tmp_path) == [
            ("CR02", 3, 4, 12), ("CR05", 3, 3, 9)], line


def test_regression_rating_line_parted_by_column_gaps(tmp_path: Path) -> None:
    """A PDF prints the stages in columns, only a gap between them: the line reads with its
    gaps closed ("Inherent: 4 x 4 = 16 Current: 3 x 4 = 12 ..."), each stage's label after
    the score before it."""
    pdf = rendered(source_lines(
        "## Harrowgate Borough Council", "** Corporate Risk Register",
        "Committee:\tGovernance Committee", "Date:\t14 June 2027",
        "** Risk 2 (CR02): Loss of the main data centre",
        "Risk owner: Head of Digital Services",
        "Inherent: 4 x 4 = 16        Current: 3 x 4 = 12        Target: 2 x 3 = 6",
        "** Risk 5 (CR05): Shortage of planning officers",
        "Risk owner: Head of Planning",
        "Before controls: 4 x 3 = 12 | Current: 3 x 3 = 9 | Target: 2 x 3 = 6"), tmp_path)
    risks = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
             for r in process_file(str(pdf)).records if isinstance(r, Risk)]
    assert risks == [("CR02", 3, 4, 12), ("CR05", 3, 3, 9)]


# ------------------------------------------ "Risk n (CODE)" headings in other house styles

def test_regression_numbered_card_heading_variants(tmp_path: Path) -> None:
    """A card's heading may give its title after a space alone (a capital opening it, as
    "Risk 3 Loss of income" does), its code in square brackets, or the code's letters and
    number parted by a space inside the brackets: each opens the card, its code its id."""
    cards = _CARDS.replace("Before controls: 4 x 3 = 12 | ", "")
    line = "Before controls: 4 x 4 = 16 | Current: 3 x 4 = 12 | Target: 2 x 3 = 6"
    for first, second, ids in (
            ("Risk 2 (CR02) Loss of the main data centre", "Risk 5 (CR05) Shortage of planning"
             " officers", ("CR02", "CR05")),
            ("Risk 2 [CR02]: Loss of the main data centre", "Risk 5 [CR05]: Shortage of planning"
             " officers", ("CR02", "CR05")),
            ("Risk 2 (CR 02): Loss of the main data centre", "Risk 5 (CR 05): Shortage of"
             " planning officers", ("CR 02", "CR 05"))):
        text = cards.format(line=line).replace(
            "Risk 2 (CR02): Loss of the main data centre", first).replace(
            "Risk 5 (CR05): Shortage of planning officers", second)
        assert scored_risks(text, tmp_path) == [(ids[0], 3, 4, 12), (ids[1], 3, 3, 9)], first


def test_regression_bare_current_with_the_last_reviews_remark(tmp_path: Path) -> None:
    """A stage's bare word with the last review's remark after its score ("Current: 3 x 4 =
    12 (was 16)") is its rating, as "Current score: 3 x 4 = 12 (was 16)" is: the remark is
    set aside before the score's factors are looked for."""
    for line in ("Inherent: 4 x 4 = 16 | Current: 3 x 4 = 12 (was 16) | Target: 2 x 3 = 6",
                 "Inherent: 4 x 4 = 16 | Current: 3 x 4 = 12 (previous: 16) | Target: 2 x 3 = 6"):
        assert scored_risks(_CARDS.format(line=line), tmp_path) == [
            ("CR02", 3, 4, 12), ("CR05", 3, 3, 9)], line
