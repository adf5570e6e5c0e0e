"""Review of round 36's fix K8 (documents, committees and minutes of informal and other
bodies): the cases the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, minutes_of, numbers, rendered, source_lines
from test_heldout_round36_K8 import INFORMAL_MEETING

# ------------------------------------------- a weak heading is no point of a numbered list

def _forum_minutes(*resolution: str) -> str:
    return "\n\n".join([
        "Marshfield District Council",
        "Local Access Forum",
        "Minutes of the meeting held on Monday, 9 March 2026 at 6.00 pm at Marshfield House",
        "1. Apologies for absence",
        "Apologies were received from Ms R Calder and Councillor Weston, who had sent her "
        "comments to the Secretary in advance of the meeting.",
        "2. Rights of way improvement plan",
        "The Countryside Officer reported on the progress of the plan over the year, and on "
        "the paths cleared and waymarked by the volunteer rangers.",
        *resolution,
        "4. Any other business",
        "There was no other business and the Chair thanked members for their attendance.",
    ]) + "\n"


def test_regression_a_resolutions_third_point_is_no_minute(tmp_path: Path) -> None:
    """A resolution's points numbered 1 to 3 in the minute, the last worded as a resolution
    with no stop ("3. Agreed path diversions 2025-2026"): its number is the one the minutes'
    headings skip, but it goes on the list above it, and was read as minute 3."""
    paper = _forum_minutes("RESOLVED - that", "1. Agreed the revised plan",
                           "2. Noted the volunteer hours", "3. Agreed path diversions 2025-2026")
    assert ("3", "Agreed path diversions 2025-2026") not in numbers(minutes_of(paper, tmp_path))


def test_regression_a_point_led_into_by_a_colon_is_no_minute(tmp_path: Path) -> None:
    """"The Forum agreed:" over "3. Agreed to write to the Highways Authority": a lead into a
    list, its point no heading."""
    paper = _forum_minutes("The Forum agreed:", "3. Agreed to write to the Highways Authority")
    assert ("3", "Agreed to write to the Highways Authority") not in numbers(
        minutes_of(paper, tmp_path))


# ------------------------------------------------- an agenda's date of issue is no meeting's

def test_regression_an_agendas_date_of_issue_is_not_its_meetings(tmp_path: Path) -> None:
    """An agenda's front sheet: "Date of issue: 3 March 2026" above "Date of meeting: 12
    March 2026". The issue date was read as the meeting's ("Published:" and "Issued:" were
    passed over, "Date of issue:" was not)."""
    front = source_lines(
        "## OAKWORTH DISTRICT COUNCIL",
        "!! Licensing Committee",
        "To:\tAll Members of the Licensing Committee",
        "Date of issue:\t3 March 2026",
        "Date of meeting:\t12 March 2026",
        "Time:\t6.00 pm",
        "Venue:\tCouncil Chamber",
        "** AGENDA",
        "1. Apologies for absence",
        "2. Minutes of the meeting held on 12 February 2026",
        "3. Review of premises licence - The Crown",
    )
    assert documents_of(rendered(front, tmp_path)) == [
        ("agenda", "2026-03-12", "Licensing Committee")]


# ------------------------------------------- a masthead in capitals names the body title-cased

def test_regression_a_masthead_in_capitals_names_the_informal_meeting(tmp_path: Path) -> None:
    """The informal meeting's masthead set in capitals ("PORTFOLIO HOLDERS' INFORMAL
    MEETING"): the name is taken from it as every name from a masthead is, title-cased (it
    was kept in capitals)."""
    paper = INFORMAL_MEETING.replace("!! Portfolio Holders' Informal Meeting",
                                     "!! PORTFOLIO HOLDERS' INFORMAL MEETING")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2026-03-02", "Portfolio Holders' Informal Meeting")]
