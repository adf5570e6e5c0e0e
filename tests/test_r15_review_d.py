"""Review of round 15's reader changes, part D (the carry-over fixers' rules): a contract
pattern the round added (and its two older siblings) super-linear in a run of spaces, a text
pack's item stamp splitting minutes that head their own minutes so, and the scorer's
committee class choosing, of two documents of one kind and date, the committee's to leave
out. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, documents_of, heldout_accuracy
from kcc_papers.extract.contracts import award_parts
from test_s25_limits_misc import MOST_GROWTH, _growth

# ----------------------------------------------- award parts linear in a run of spaces


def test_regression_bracketed_lot_award_is_linear_in_a_run_of_spaces() -> None:
    # "\)\s*,?\s+" after the bracketed lot tried every split of a run of spaces between its
    # two "\s" (10,000 spaces: 0.9 s)
    def bracketed(spaces: int) -> object:
        return award_parts.AWARD_PART_BRACKETED.search(
            "to Acme Ltd (Lot 1: stairlifts)" + " " * spaces + "x")

    assert _growth(bracketed, 300) < MOST_GROWTH


def test_regression_lot_first_award_is_linear_in_a_run_of_spaces() -> None:
    # the same "\s*,?\s+" after the bidder of a lot named first
    def lot_first(spaces: int) -> object:
        return award_parts.AWARD_PART_FIRST.search("Lot 1 to Acme Ltd" + " " * spaces + "x")

    assert _growth(lot_first, 300) < MOST_GROWTH


def test_regression_bidder_for_a_part_is_linear_in_a_run_of_spaces() -> None:
    # "for\s+" then what the part is for, which could open on those spaces: each split of the
    # run tried every length of it and every split of the rest (2,000 spaces: 6 s a sentence)
    def bidder_for(spaces: int) -> object:
        return award_parts.AWARD_PART.search("Acme Ltd for" + " " * spaces + "x")

    assert _growth(bidder_for, 30) < MOST_GROWTH


def test_award_parts_still_read_with_a_list_comma_or_none(tmp_path: Path) -> None:
    text = ("1. That the Council awards the framework to Harwell Ltd (Lot 1: lifts), at an "
            "estimated value of £1,240,000 and to Brookmead Ltd (Lot 2: showers) at an "
            "estimated value of £1,870,000, and appoints Clogher Metalcraft Ltd for Lot 3 in "
            "the sum of £418,650.\n")
    assert contract_rows(text, tmp_path) == [
        ("Clogher Metalcraft Ltd", 418_650.0), ("Harwell Ltd", 1_240_000.0),
        ("Brookmead Ltd", 1_870_000.0)]


# ------------------ a text pack's item stamp over minutes that head their minutes so

PARISH_MINUTES = """HILLCOTE PARISH COUNCIL

MINUTES OF THE MEETING OF HILLCOTE PARISH COUNCIL held in the Village Hall on
Tuesday 8th October 2024 at 7.30pm

Present: Cllr A Dale (Chair), Cllrs B Fell, C Moss
Clerk: Mrs D Pike

Agenda item 1
APOLOGIES FOR ABSENCE
Cllr Hart.

Agenda item 2
REPORT OF THE CHAIRMAN
The Chairman reported on the footpath works and the bus shelter.

Agenda item 3
FINANCE
RESOLVED: that the payments listed be approved.

Signed ............................  Chair
"""


def test_regression_minutes_heading_their_minutes_by_agenda_item_stay_one_document(
        tmp_path: Path) -> None:
    # "Agenda item 2" over "REPORT OF THE CHAIRMAN" is the minutes' own second minute, headed
    # as their first was: it was split off as the chairman's report
    path = tmp_path / "minutes.txt"
    path.write_text(PARISH_MINUTES)
    assert [kind for kind, _, _ in documents_of(path)] == ["minutes"]


# ------------------ the scorer: a council's and a committee's agenda of one evening


def test_regression_scorer_left_out_the_committees_agenda_of_the_councils_evening() -> None:
    # the town council's agenda (no committee expected) and its Planning Committee's, both
    # dated 12 September: the found document left out is the council's, not whichever came
    # first
    want = [["agenda", "2024-09-12", None], ["agenda", "2024-09-12", "Planning Committee"]]
    got = [("agenda", "2024-09-12", "Planning Committee"),
           ("agenda", "2024-09-12", "Ashby Wolds Town Council")]
    assert heldout_accuracy._named(want, got) == (
        [want[1]], [("agenda", "2024-09-12", "Planning Committee")])
    # the council's agenda not found: the one found is the committee's, and is scored
    assert heldout_accuracy._named(want, got[:1]) == ([want[1]], got[:1])
