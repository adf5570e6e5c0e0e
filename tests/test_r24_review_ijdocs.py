"""Review of round 24's ijdocs fixes: the false readings the new rules made on papers another
council would plausibly publish. Each runs on small papers written here."""

from __future__ import annotations

import datetime

from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.meetings.agenda_front import agenda_masthead


def test_regression_masthead_date_beside_an_agreements_date_is_the_meeting_date() -> None:
    # a joint committee's meeting line naming its agreement's date too: before, the whole
    # line was skipped and the agenda had no meeting date
    head = agenda_masthead([
        "SEVERN VALE JOINT WASTE COMMITTEE",
        "Meeting of the Committee, 8 December 2027 (under an agreement dated 1 April 2024)",
        "AGENDA",
        "1. Apologies for Absence"])
    assert head.get("meeting_date") == datetime.date(2027, 12, 8)


def test_guard_agreements_date_alone_still_dates_nothing() -> None:
    # (the fix's own case kept) the agreement's date on its own line is no meeting date
    head = agenda_masthead([
        "SEVERN VALE JOINT WASTE COMMITTEE",
        "(under a joint committee agreement dated 1 April 2024)",
        "Wednesday 8 December 2027 at 2.00 pm",
        "AGENDA"])
    assert head.get("meeting_date") == datetime.date(2027, 12, 8)


def test_regression_scrutiny_panel_asked_to_scrutinise_what_is_below_decides_nothing() -> None:
    # a scrutiny panel's paper asking it to scrutinise the dashboard below: before, read as
    # a recommendation (only note/consider/comment/review/identify were held to decide nothing)
    assert find_recommendations([
        (1, "Report of the Head of Performance"),
        (1, "The dashboard shows the Quarter 4 results. The Panel is asked to scrutinise the"),
        (1, "performance set out below.")]) == []


def test_regression_board_asked_to_receive_update_below_decides_nothing() -> None:
    assert find_recommendations([
        (1, "Report of the Programme Manager"),
        (1, "Officers met the contractor in May. The Board is asked to receive the update"),
        (1, "below.")]) == []


def test_regression_below_as_a_bound_names_nothing_set_out_below() -> None:
    # "below inflation" bounds the decision; nothing is set out under the paragraph, so
    # round 23's bound holds (an ask after another sentence is none): before, it was read
    assert find_recommendations([
        (1, "Report of the Director of Housing"),
        (1, "Rents rose by 7% last year. The Committee is asked to agree a rent increase below"),
        (1, "inflation for 2028/29.")]) == []
