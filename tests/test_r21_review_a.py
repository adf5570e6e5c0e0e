"""Review of round 21's KPI and risk fixes and session 35's leftovers: rules that fired on
papers of other councils where they must not (each test a small paper of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decisions_in, kpi_rows, minutes_of, rendered, source_lines
from kcc_papers.extract.minutes.lost_motions import _LOST_COUNT, _lost
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH, _growth

# ---------------------------------------------------------------- "lost" in small letters

LOST_MINUTES = """ASHCOMBE DISTRICT COUNCIL
PLANNING COMMITTEE
Minutes of the meeting held on 3 June 2027
Present: Cllr D Hart (Chair), Cllr E Moss, Cllr F Lane
41. LAND AT MILL LANE
{line}
RESOLVED: That planning permission be granted subject to conditions.
"""
GRANTED = ("RESOLVED: That planning permission be granted subject to conditions.", "approved")


def _lost_decided(line: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    records = minutes_of(LOST_MINUTES.format(line=line), tmp_path)
    return [(d.decision_text, d.outcome) for d in decisions_in(records)]


@pytest.mark.parametrize("line", [
    "Members asked what would happen if the proposal was lost.",
    "The significance of the proposal was lost on some members of the public.",
    "Cllr Moss said that, if the motion was lost, the applicant could appeal.",
    "The officer explained the proposal was lost by the developer's agent in 2019.",
])
def test_regression_lost_in_running_text_is_no_decision(tmp_path: Path, line: str) -> None:
    # "lost" in small letters was a vote's result wherever a full stop, a comma, "by" or "on"
    # followed it: a question, a condition or an idiom was a rejected decision
    assert _lost_decided(line, tmp_path) == [GRANTED]


@pytest.mark.parametrize("line", [
    "On being put to the vote the motion was lost.",
    "The motion was lost on the Chair's casting vote.",
    "The amended motion was lost.",
    "On being put to a recorded vote the proposal was lost (3 for, 5 against).",
    "(b) The proposal was lost.",
])
def test_lost_on_a_vote_in_small_letters_is_still_rejected(tmp_path: Path, line: str) -> None:
    assert _lost_decided(line, tmp_path) == [(line, "rejected"), GRANTED]


def test_lost_on_a_vote_named_on_the_line_before_is_rejected(tmp_path: Path) -> None:
    line = "Cllr Lane proposed refusal. On being put to the vote the\nproposal was lost."
    assert [o for _, o in _lost_decided(line, tmp_path)] == ["rejected", "approved"]


# ---------------------------------------------------------------- a letter's sign-off

def _summons(description: str) -> str:
    return f"""## Larkmoor Town Council
Town Clerk's Office, Market Hall, Larkmoor
4 May 2027
Dear Councillor,
** PLANNING AND ENVIRONMENT COMMITTEE
You are summoned to attend a meeting of the Planning and Environment Committee to be held in
the Market Hall, Larkmoor on Tuesday 11 May 2027 at 7.00 pm.
** AGENDA
1. Apologies for absence
2. Planning applications (Pages 2 - 4)
{description}
3. Any other business
Yours faithfully
Peter Ransome
Town Clerk
"""


def test_regression_regards_wrapped_in_small_letters_is_no_sign_off(tmp_path: Path) -> None:
    # "regards." in small letters, a description's sentence wrapped, was read as a letter's
    # sign-off ("Regards"): the description lost its last word and all after it
    pdf = rendered(_summons("To comment on the applications, including any the Chair\n"
                            "regards."), tmp_path, "summons")
    assert [(r.item_ref, r.title, r.description) for r in process_file(str(pdf)).records
            if isinstance(r, AgendaItem)] == [
        ("1", "Apologies for absence", None),
        ("2", "Planning applications",
         "To comment on the applications, including any the Chair regards."),
        ("3", "Any other business", None),
    ]


# ---------------------------------------------------------------- an area's own figure

def _outcomes(count: str, rating: str, ratings: tuple[str, str]) -> str:
    return source_lines(
        "## OXENHOPE METROPOLITAN BOROUGH COUNCIL",
        "** Health Scrutiny Panel - 9th March 2027",
        "!! Public Health Outcomes: Performance Report",
        "1.1 Each indicator is set beside England's value.",
        f"|~ Ref | Indicator | Period | {count} | Oxenhope | England | {rating} |",
        "| PH1 | Hospital admissions for self-harm (per 100,000) | 2026 | 412 | 163.2 | 126.3 | "
        f"{ratings[0]} |",
        f"| PH2 | Under-18 conceptions (per 1,000) | 2026 | 58 | 12.1 | 13.1 | {ratings[1]} |",
    )


@pytest.mark.parametrize(("count", "rating", "ratings", "rags"), [
    ("Cases", "RAG", ("Red", "Green"), ("red", "green")),
    ("Population", "RAG", ("Red", "Green"), ("red", "green")),
    ("Cases", "Compared with England", ("Worse", "Similar"), (None, None)),
])
def test_regression_count_before_the_areas_figure_is_not_its_figure(
        tmp_path: Path, count: str, rating: str, ratings: tuple[str, str],
        rags: tuple[str | None, str | None]) -> None:
    # the area's own figure became the first unnamed column of figures after the description
    # (round 21): the count a rate is worked from, printed before it, was read as the figure
    # (PH1: 412 cases for a rate of 163.2)
    assert kpi_rows(_outcomes(count, rating, ratings), tmp_path) == [
        ("PH1", 163.2, rags[0]), ("PH2", 12.1, rags[1])]


def test_lost_in_small_letters_is_read_in_linear_time() -> None:
    # (the review's own rule: a line of many results, and a run of spaces after "lost")
    def results(count: int) -> object:
        return _lost(["the motion was lost " * count])

    def spaces(count: int) -> object:
        return _lost(["The motion was lost" + " " * count + "x"]), _LOST_COUNT.search(" " * count)

    assert _growth(results, 50) < MOST_GROWTH
    assert _growth(spaces, 300) < MOST_GROWTH


def test_regression_motion_lost_before_a_refusal_is_the_refusals_vote(tmp_path: Path) -> None:
    # a lost motion became a decision of its own beside any resolution of the minute
    # (session 35, small letters): where the minute resolves to refuse, the lost motion to
    # approve is that refusal's vote, one decision (held-out r21h)
    line = ("It was moved by Cllr Moss and seconded by Cllr Lane that permission be granted. "
            "On being put to the vote the motion was lost (2 for, 5 against).\n"
            "RESOLVED: That planning permission be refused for the reasons in the report.")
    minutes = LOST_MINUTES.replace(
        "{line}\nRESOLVED: That planning permission be granted subject to conditions.\n", line)
    assert [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(minutes, tmp_path))] \
        == [("RESOLVED: That planning permission be refused for the reasons in the report.",
             "rejected")]
