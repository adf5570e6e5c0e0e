"""Review of round 37's fix K6 (risks in a parish risk assessment and in risk cards): the
cases the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, scored_risks, source_lines

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
