"""Regression tests for the meetings (committee and date) that round 6's decisions papers left
unread on their first run, fixed by the lead after the round's parts merged: each is named
after the bug and runs on a small paper in the layout that showed it."""

from __future__ import annotations

import datetime as dt

from conftest import text_contexts
from kcc_papers.extract import meetings
from kcc_papers.models import Meeting

# What makes a short text a report to the classifier: its ask.
ASK = "\nRECOMMENDATION:\nThat the Committee notes the report.\n"


def _meeting(text: str, kind: str | None) -> tuple[str | None, dt.date | None]:
    """The meeting read from the paper's one document (of ``kind``, or whatever it is)."""
    (ctx,) = text_contexts(text, kind)
    found = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    return (found[0].committee, found[0].meeting_date) if found else (None, None)


def test_bilingual_report_labels_were_unread():
    text = ("CYNGOR BWRDEISTREF SIROL CWM TAWEL\n\n"
            "ADRODDIAD I'R PWYLLGOR CRAFFU / REPORT TO THE SCRUTINY COMMITTEE\n\n"
            "DYDDIAD / DATE: 9 March 2026\n\nPWNC / SUBJECT: Annual Report on Complaints\n\n"
            "1. DIBEN / PURPOSE\nTo present the annual report.\n" + ASK)
    assert _meeting(text, "report") == ("Scrutiny Committee", dt.date(2026, 3, 9))


def test_masthead_date_after_a_column_gap_was_unread():
    text = ("DALESMOOR NATIONAL PARK AUTHORITY\n\n"
            "PLANNING COMMITTEE                                  12 MARCH 2026\n\n"
            "REPORT OF THE HEAD OF DEVELOPMENT MANAGEMENT\n\n1. PURPOSE OF THE REPORT\n" + ASK)
    assert _meeting(text, "report") == ("Planning Committee", dt.date(2026, 3, 12))


def test_sub_committee_hyphen_was_read_as_a_masthead_dash():
    text = ("RIVERSMEET CITY COUNCIL\n\nLicensing Sub-Committee\n\nNOTICE OF DETERMINATION\n\n"
            "Date of hearing: 12 February 2026\n\nPremises: The Old Bell\n")
    assert _meeting(text, "decision") == ("Licensing Sub-Committee", dt.date(2026, 2, 12))


def test_body_then_paper_name_over_its_meeting_line_was_unread():
    text = ("BRACKENHALL COUNCIL\n\nCabinet - Decision Sheet\n\n"
            "Meeting held on Tuesday 10 March 2026\n\n"
            "This sheet records the decisions taken at the meeting.\n")
    assert _meeting(text, "decision") == ("Cabinet", dt.date(2026, 3, 10))


def test_meeting_of_the_authority_named_no_committee():
    text = ("GREYSTONE FIRE AND RESCUE AUTHORITY\n\nMeeting of the Authority\n"
            "Friday 27 March 2026 at 10.30 am\nHeadquarters, Brigade Road, Greystone\n\n"
            "AGENDA\n\n1. Chair's announcements\n2. Apologies for absence\n")
    assert _meeting(text, "agenda") == ("Greystone Fire and Rescue Authority",
                                        dt.date(2026, 3, 27))


def test_proceedings_of_the_meeting_of_was_kept_in_the_committee():
    text = ("CAUSEWAY GLENS BOROUGH COUNCIL\n\n"
            "MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE ENVIRONMENTAL SERVICES COMMITTEE\n"
            "HELD IN THE COUNCIL CHAMBER, CIVIC HEADQUARTERS ON TUESDAY 10 FEBRUARY 2026 AT "
            "7.00 PM\n\n1. APOLOGIES\n\nApologies were recorded.\n\n2. DECLARATIONS OF INTEREST"
            "\n\nThere were none.\n\nThe meeting closed at 8.15 pm.\n")
    assert _meeting(text, "minutes") == ("Environmental Services Committee",
                                         dt.date(2026, 2, 10))


def test_a_hyphenated_name_with_a_spaced_dash_date_still_splits():
    """Guard: the dash that parts a name from its date is still read when spaced or an en dash."""
    for line in ("Audit and Governance Sub-Committee - 4 March 2026",
                 "CORPORATE PARENTING PANEL– 29 October 2024"):
        paper = f"{line}\n\nREPORT OF THE DIRECTOR\n\n1. Purpose\n{ASK}"
        committee, when = _meeting(paper, "report")
        assert committee is not None and when is not None, line


def test_bilingual_masthead_name_and_twice_dated_label_were_unread():
    text = ("AWDURDOD TÂN AC ACHUB CANOLBARTH CYMRU\nMID CYMRU FIRE AND RESCUE AUTHORITY\n\n"
            "Pwyllgor Archwilio a Chraffu / Audit and Scrutiny Committee\n"
            "Dyddiad / Date: 16 Mawrth 2026 / 16 March 2026\n\n"
            "Cofrestr Risg Gorfforaethol / Corporate Risk Register\n" + ASK)
    assert _meeting(text, None) == ("Audit and Scrutiny Committee", dt.date(2026, 3, 16))


def test_masthead_date_line_with_time_and_venue_was_too_long():
    text = ("London Borough of Thamesreach\n\nOverview and Scrutiny Committee\n"
            "Tuesday 10 March 2026, 7.00 pm, Committee Room 2, Town Hall\n\n"
            "Report of the Director of Strategy and Change\n\n1. Summary\n" + ASK)
    assert _meeting(text, None) == ("Overview and Scrutiny Committee", dt.date(2026, 3, 10))


def test_welsh_month_names_were_no_dates():
    from kcc_papers.normalise.dates import find_date

    assert find_date("Dydd Llun 16 Mawrth 2026") == dt.date(2026, 3, 16)
    assert find_date("2 Gorffennaf 2025") == dt.date(2025, 7, 2)
    assert find_date("Mai 2026") is None  # a month and year is no day


def test_regression_members_summoned_named_no_committee():
    text = ("KINGSWEAR TOWN COUNCIL\n\nMembers of the Finance and General Purposes Committee are "
            "summoned to attend a meeting at the\nGuildhall on Monday 9 March 2026 at 7.00 pm.\n\n"
            "Town Clerk\n\nItems of Business\n\nItem 01 - Apologies\nItem 02 - Budget\n")
    assert _meeting(text, "agenda") == ("Finance and General Purposes Committee",
                                        dt.date(2026, 3, 9))


def test_regression_public_board_of_directors_named_the_session_too():
    text = ("WESTHAVEN NHS TRUST\n\nMinutes of the Public Board of Directors meeting held on "
            "Thursday 5 February 2026 in the Boardroom\n\nPresent: Mrs A Chair (Chair)\n\n"
            "TB 26/001 Apologies\nNone.\n")
    assert _meeting(text, "minutes") == ("Board of Directors", dt.date(2026, 2, 5))
    # a body whose name starts so is kept whole
    health = text.replace("Public Board of Directors", "Public Health Committee")
    assert _meeting(health, "minutes") == ("Public Health Committee", dt.date(2026, 2, 5))
