"""Review of round 24's ijdocs fixes: the false readings the new rules made on papers another
council would plausibly publish. Each runs on small papers written here."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from heldout_support import documents_of, pack_kinds
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.meetings.agenda_front import agenda_masthead

# A town council's pack: its agenda, then a paper under the council's name, the meeting's
# line and the paper's title (its masthead line and title swapped in by each test).
COUNCIL_PACK = """%% header Kelford Town Council
** KELFORD TOWN COUNCIL
The Guildhall, Fore Street, Kelford KE1 2AB
^^ Extraordinary Meeting
To: All Members of the Town Council
You are hereby summoned to attend an Extraordinary Meeting of Kelford Town Council to be held \
in The Guildhall on Monday, 29 November 2027 at 7.00 pm.
** AGENDA
1. Apologies for absence
2. Declarations of interest
3. Climate Emergency
--- page ---
** KELFORD TOWN COUNCIL
** {meeting}
** {title}
Report by the Town Clerk
** 1. Recommendations
It is recommended that the Council declares a climate emergency.
** 2. Background
2.1 The motion was submitted under Standing Order 9 by Councillor Pell.
"""


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


@pytest.mark.parametrize("meeting", ["Full Council - 29 November 2027",
                                     "Extraordinary Meeting - 29 November 2027"])
@pytest.mark.parametrize("title", ["Notice of Motion: Climate Emergency Declaration",
                                   "Minutes Review: Standing Orders 2028"])
def test_regression_report_title_starting_with_a_kinds_word_starts_its_report(
        tmp_path: Path, meeting: str, title: str) -> None:
    # a report titled "Notice of Motion: ..." (or "Minutes Review: ...") under the council's
    # masthead: before, the paper's kind word at its title's start ("Notice of", "Minutes")
    # was read as the agenda's or minutes' own heading, and the report ran into the agenda
    # (under "Full Council - <date>" too, which started it before the fix)
    pack = COUNCIL_PACK.format(meeting=meeting, title=title)
    assert pack_kinds(pack, tmp_path) == [("agenda", 1, 1), ("report", 2, 2)]


@pytest.mark.parametrize("title", ["MINUTES", "Minutes of the Extraordinary Meeting",
                                   "Notice of Extraordinary Meeting"])
def test_guard_kind_heading_under_the_masthead_starts_no_report(tmp_path: Path,
                                                                title: str) -> None:
    # (the fix's own rule kept) the paper's kind as its whole heading is no report's title
    pack = COUNCIL_PACK.format(meeting="Extraordinary Meeting - 29 November 2027", title=title)
    assert ("report", 2, 2) not in pack_kinds(pack, tmp_path)


# A text agenda whose front page lists the pack's papers in capitals, each by its item stamp.
CONTENTS_IN_CAPITALS_AGENDA = """\
                     ELMSTEAD JOINT WASTE COMMITTEE

                Wednesday 8 December 2027 at 2.00 pm
        Council Chamber, Elmstead Civic Centre, Mill Lane, Elmstead

                                 AGENDA

   1.  Apologies for Absence

   2.  Minutes of the Meeting held on 22 September 2027

   3.  Garden Waste Tonnages 2027/28

  PAPERS IN THIS PACK

  MINUTES OF THE JOINT WASTE COMMITTEE - 22 SEPTEMBER 2027      AGENDA ITEM 2
  GARDEN WASTE TONNAGES 2027/28                                 AGENDA ITEM 3
  REPORT OF THE PARTNERSHIP MANAGER                             AGENDA ITEM 3

  Contact: Democratic Services, 01632 960123
"""


def test_regression_contents_list_of_stamped_papers_starts_no_report(tmp_path: Path) -> None:
    # the list's first line reads as a masthead closing with its stamp, and the capitals under
    # it reach "REPORT OF ...": before, a report started at the agenda's contents list
    path = tmp_path / "agenda.txt"
    path.write_text(CONTENTS_IN_CAPITALS_AGENDA)
    assert "report" not in [kind for kind, _, _ in documents_of(path)]
