"""Held-out round 36, documents, committees and minutes of informal and other bodies: the misses
fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, minutes_of, numbers, rendered, source_lines

# A ModernGov text export of an advisory body's minutes, sentence-case headings, one of which
# opens with a word a sentence opens with ("Approved ..."), numbered in sequence.
SENTENCE_WORD_HEADING = "\n\n".join([
    "Marshfield District Council",
    "Local Access Forum",
    "Minutes of the meeting held on Monday, 9 March 2026 at 6.00 pm at Marshfield "
    "House",
    "Present: Mr T Oduya (Chair), Mrs L Farrant, Mr G Pryce and Councillor Hale",
    "14. Apologies for absence",
    "Apologies were received from Ms R Calder and Councillor Weston, who had sent her "
    "comments on the rights of way improvement plan to the Secretary in advance of "
    "the meeting.",
    "15. Rights of way improvement plan",
    "The Countryside Officer reported on the progress of the plan over the year, and "
    "on the paths that had been cleared and waymarked by the volunteer rangers since "
    "the last meeting of the forum.",
    "RESOLVED - That the report be noted.",
    "16. Approved path diversions 2025-2026",
    "The Countryside Officer listed the diversion orders confirmed during the year "
    "and the two orders still awaiting a decision by the Planning Inspectorate on "
    "objections received.",
    "17. Any other business",
    "There was no other business and the Chair thanked members for their attendance "
    "at the site visit.",
]) + "\n"


def test_a_heading_opening_with_a_sentence_word_in_sequence_is_read(tmp_path: Path) -> None:
    assert numbers(minutes_of(SENTENCE_WORD_HEADING, tmp_path)) == [
        ("14", "Apologies for absence"),
        ("15", "Rights of way improvement plan"),
        ("16", "Approved path diversions 2025-2026"),
        ("17", "Any other business"),
    ]


# The same minutes with a resolution's numbered points under a minute: "1. Approved the ..."
# ends as a sentence does and is no heading; the running numbers are the minutes'.
RESOLUTION_POINTS = SENTENCE_WORD_HEADING.replace(
    "RESOLVED - That the report be noted.",
    "RESOLVED -\n\n1. Noted the report.\n\n2. Agreed that the plan be published on the"
    " website.")


def test_numbered_resolution_points_stay_in_their_minute(tmp_path: Path) -> None:
    assert numbers(minutes_of(RESOLUTION_POINTS, tmp_path)) == [
        ("14", "Apologies for absence"),
        ("15", "Rights of way improvement plan"),
        ("16", "Approved path diversions 2025-2026"),
        ("17", "Any other business"),
    ]


# A cabinet advisory group's notes as a text export: each minute numbered by the group's
# five-letter code and a stroke, the title in capitals on its own line.
LONG_CODED_NOTES = "\n\n".join([
    "Brayford Borough Council",
    "Housing and Communities Cabinet Advisory Group",
    "NOTES of a meeting of the Housing and Communities Cabinet Advisory Group held at "
    "the Town Hall, Brayford on Tuesday, 3 February 2026 at 6.30 pm",
    "Present: Councillor P Okafor (Chair), Councillors Baines, Dutta and Llewellyn",
    "HCCAG/31 APOLOGIES FOR ABSENCE",
    "Apologies for absence were received from Councillor Marsh and from the Head of "
    "Housing Services, who was represented at the meeting by the Housing Options "
    "Manager.",
    "HCCAG/32 EMPTY HOMES GRANT SCHEME",
    "The Housing Options Manager presented the results of the first year of the "
    "scheme, in which fourteen empty homes had been brought back into use with a "
    "grant from the Council.",
    "Recommended: That the Portfolio Holder for Housing extends the scheme for a "
    "further year.",
    "HCCAG/33 DATE OF NEXT MEETING",
    "The next meeting of the Group will be held on Tuesday, 7 April 2026 at 6.30 pm "
    "at the Town Hall.",
]) + "\n"


def test_a_long_coded_heading_in_capitals_is_read_from_text(tmp_path: Path) -> None:
    assert numbers(minutes_of(LONG_CODED_NOTES, tmp_path)) == [
        ("HCCAG/31", "APOLOGIES FOR ABSENCE"),
        ("HCCAG/32", "EMPTY HOMES GRANT SCHEME"),
        ("HCCAG/33", "DATE OF NEXT MEETING"),
    ]


# ... but a word in capitals before a stroke and a number in running text, its words after it
# in small letters, is no heading there (no layout says it is one).
LONG_CODE_IN_PROSE = LONG_CODED_NOTES.replace(
    "HCCAG/32 EMPTY HOMES GRANT SCHEME",
    "HCCAG/32 EMPTY HOMES GRANT SCHEME\n\nTOTAL/12 grants were paid in the first quarter.")


def test_a_long_code_before_prose_is_no_heading(tmp_path: Path) -> None:
    assert [n for n, _ in numbers(minutes_of(LONG_CODE_IN_PROSE, tmp_path))] == [
        "HCCAG/31", "HCCAG/32", "HCCAG/33"]


# Minutes of an informal meeting whose masthead names it and whose heading sentence describes
# it in small letters, the same words in another order.
INFORMAL_MEETING = source_lines(
    "%% header Fernleigh District Council - Portfolio Holders' Informal Meeting",
    "## FERNLEIGH DISTRICT COUNCIL",
    "!! Portfolio Holders' Informal Meeting",
    "MINUTES of the informal meeting of Portfolio Holders held in Committee Room 2, Fernleigh"
    " House on Monday 2 March 2026 at 10.00 am",
    "Present:\tCouncillor J Abara (Leader, in the Chair), Councillors Hume, Pask and Tovey",
    "** 1. Apologies",
    "Apologies were received from Councillor Bright.",
    "** 2. Leisure Centre Opening Hours",
    "The Head of Leisure outlined the options. Members felt that the Sunday hours should stay.",
    "AGREED that the options be taken to Cabinet on 24 March 2026.",
)


def test_an_informal_meeting_is_named_as_its_masthead_prints_it(tmp_path: Path) -> None:
    assert documents_of(rendered(INFORMAL_MEETING, tmp_path)) == [
        ("minutes", "2026-03-02", "Portfolio Holders' Informal Meeting")]


# ... while a committee read from its sentence in its own words keeps them, however its
# masthead sets them ("PLANNING COMMITTEE" in capitals is the same name, not a rewording).
COMMITTEE_MINUTES = source_lines(
    "## FERNLEIGH DISTRICT COUNCIL",
    "!! PLANNING COMMITTEE",
    "Minutes of the meeting of the Planning Committee held at Fernleigh House on Monday"
    " 2 March 2026 at 6.00 pm",
    "Present:\tCouncillor J Abara (Chair), Councillors Hume, Pask and Tovey",
    "** 1. Apologies",
    "Apologies were received from Councillor Bright.",
    "** 2. Land at Mill Farm",
    "RESOLVED that planning permission be granted.",
)


def test_a_committee_named_in_its_own_words_keeps_them(tmp_path: Path) -> None:
    assert documents_of(rendered(COMMITTEE_MINUTES, tmp_path)) == [
        ("minutes", "2026-03-02", "Planning Committee")]


# A youth council's minutes under the borough's name, the borough's name atop each page and
# the youth council's at each foot: the body is the youth council, not the publisher.
YOUTH_COUNCIL = source_lines(
    "%% header Ashcombe Borough Council",
    "%% footer Youth Council - 7 March 2026 - page {page}",
    "## ASHCOMBE BOROUGH COUNCIL",
    "!! Minutes of the Youth Council",
    "Held on Saturday 7 March 2026 at 11.00 am in the Council Chamber, Ashcombe Town Hall",
    "Present:\tYouth Mayor Ruby Kaye (Chair) and 14 Youth Councillors",
    "** YC/12 Welcome and Apologies",
    "Apologies were received from Youth Councillor Ben Ashe.",
    "** YC/13 Skate Park Consultation",
    "^^ RESOLVED",
    "That the Youth Council responds to the skate park consultation.",
)


def test_a_youth_council_under_its_boroughs_name_is_the_youth_council(tmp_path: Path) -> None:
    assert documents_of(rendered(YOUTH_COUNCIL, tmp_path)) == [
        ("minutes", "2026-03-07", "Youth Council")]


# A members' briefing note: issued to all members, for information, dated by its issue.
MEMBERS_NOTE = source_lines(
    "%% header Oakworth County Council - Members' Briefing Note",
    "%% footer MBN 2026/03 | For information | {page}",
    "## Members' Briefing Note",
    "** MBN 2026/03: Winter Gritting Routes 2026/27",
    "From:\tDirector of Highways",
    "To:\tAll Members of the County Council",
    "Issued:\t4 March 2026",
    "** Purpose of this note",
    "This note is for information. It tells Members which roads will be gritted next winter,"
    " so that they can answer questions from residents.",
    "** Background",
    "The Cabinet agreed the gritting policy on 14 January 2026. The network gritted is 1,240"
    " km, a little more than last winter.",
)


def test_a_members_briefing_note_is_no_meetings_paper(tmp_path: Path) -> None:
    ((kind, date, _),) = documents_of(rendered(MEMBERS_NOTE, tmp_path))
    assert (kind, date) == ("other", None)


# ... but a report addressed to a meeting, its date under the "To:" line, keeps its meeting's
# date, though it gives its own date of issue below.
ADDRESSED_REPORT = source_lines(
    "## OAKWORTH COUNTY COUNCIL",
    "To:\tCabinet",
    "12 March 2026",
    "Issued:\t4 March 2026",
    "!! Winter Gritting Routes 2026/27",
    "** 1. Recommendations",
    "1.1 That the Cabinet approves the gritting routes for 2026/27.",
    "** 2. Background",
    "2.1 The network gritted is 1,240 km, a little more than last winter, and the routes were"
    " agreed with the district councils.",
)


def test_a_report_to_a_meeting_keeps_its_date_beside_its_issue(tmp_path: Path) -> None:
    assert documents_of(rendered(ADDRESSED_REPORT, tmp_path)) == [
        ("report", "2026-03-12", "Cabinet")]


# A programme board's progress report: its sections report delivery, one holds the programme's
# risks as a register's table does.
def _board_paper(title: str) -> str:
    return source_lines(
        "%% header Wexcombe Levelling Up Board | 12 March 2026 | Agenda Item 5",
        "## Wexcombe Levelling Up Board",
        f"!! {title}",
        "Meeting:\tWexcombe Levelling Up Board, Thursday 12 March 2026",
        "Author:\tProgramme Manager",
        "** 1. Purpose of report",
        "1.1 To update the Board on the delivery of the four Levelling Up projects.",
        "** 2. Recommendations",
        "2.1 That the Board notes the progress of the projects.",
        "** 3. Delivery",
        "3.1 Works on the quayside started in January 2026 and are on programme. The library"
        " design has reached RIBA stage 3 and the planning application has been made.",
        "** 4. Programme risks",
        "4.1 The scores are likelihood x impact on a 1-5 scale, after the controls in place.",
        "|% 10 48 14 14 14",
        "| Ref | Risk | Likelihood | Impact | Score |",
        "| LU01 | Construction inflation exceeds contingency | 3 | 4 | 12 |",
        "| LU02 | Spend deadline missed on one project | 2 | 5 | 10 |",
    )


def test_a_programmes_progress_report_with_its_risks_is_a_report(tmp_path: Path) -> None:
    ((kind, date, _),) = documents_of(rendered(
        _board_paper("Levelling Up Programme: Progress Report, March 2026"), tmp_path))
    assert (kind, date) == ("report", "2026-03-12")


def test_a_risk_progress_report_is_a_register(tmp_path: Path) -> None:
    ((kind, date, _),) = documents_of(rendered(
        _board_paper("Programme Risk Register: Progress Report, March 2026"), tmp_path))
    assert (kind, date) == ("risk_register", "2026-03-12")


# ... but the notes of a briefing held for members minute a meeting: no note issued to them.
BRIEFING_NOTES = source_lines(
    "## OAKWORTH DISTRICT COUNCIL",
    "!! All Member Briefing",
    "NOTES of the informal All Member Briefing held in the Council Chamber on Wednesday"
    " 18 March 2026 at 6.00 pm",
    "Present:\tCouncillor R Vane (Chair) and 21 other Members",
    "** 1. Local Plan Review",
    "The Head of Planning presented the housing numbers. Members asked about the five-year"
    " supply and the Head of Planning answered their questions.",
    "** 2. Next briefing",
    "The next briefing will be held on 15 April 2026.",
)


def test_the_notes_of_a_members_briefing_are_minutes(tmp_path: Path) -> None:
    ((kind, date, _),) = documents_of(rendered(BRIEFING_NOTES, tmp_path))
    assert (kind, date) == ("minutes", "2026-03-18")
