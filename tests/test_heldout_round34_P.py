"""Held-out round 34, packs, agendas and committee names: the misses fixed, each on a small
paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    pack_documents,
    pack_kinds,
    pdf_agenda_items,
    source_lines,
)
from kcc_papers.extract.meetings.council_prefixes import without_council

# A board's notice headed by its name alone: no "Agenda", its summons a sentence giving the
# day and time ("A meeting of the ... will be held ... on Wednesday, 3 June 2026 at 2.00 pm."),
# its items in a two-column "No. | Item" table with lettered sub-items; the last meeting's
# minutes follow.
NAMED_NOTICE_PACK = source_lines(
    "%% footer Ashgrove District Council - Adoption Panel - 3 June 2026 - {page}",
    "## ASHGROVE DISTRICT COUNCIL",
    "!! ADOPTION PANEL",
    "A meeting of the Adoption Panel will be held in the Beech Room, Ashgrove House, Ashgrove"
    " on Wednesday, 3 June 2026 at 2.00 pm.",
    "Members of the Panel: Cllr R Tamworth (Chair), Cllr J Ollerton, Cllr S Brightling",
    "|~ No. | Item |",
    "| 1 | Apologies for Absence |",
    "| 2 | Minutes of the meeting held on 4 March 2026 |",
    "| 3 | Adopters' Voice |",
    "| 3a | Adopter Survey Results 2025/26 |",
    "| 3b | Support Group Update |",
    "| 4 | Panel Work Programme |",
    "--- page ---",
    "## ASHGROVE DISTRICT COUNCIL",
    "!! ADOPTION PANEL",
    "Minutes of the meeting held on Wednesday, 4 March 2026 at Ashgrove House.",
    "Present: Cllr R Tamworth (Chair), Cllr J Ollerton",
    "** 8. Apologies for Absence",
    "Apologies were received from Cllr S Brightling.",
    "** 9. Panel Work Programme",
    "Resolved - That the work programme be agreed.",
)


def test_a_notice_summoning_to_a_day_and_time_is_an_agenda(tmp_path: Path) -> None:
    assert pack_documents(NAMED_NOTICE_PACK, tmp_path) == [
        ("agenda", "2026-06-03", "Adoption Panel"),
        ("minutes", "2026-03-04", "Adoption Panel"),
    ]


def test_its_two_column_table_gives_the_items_and_sub_items(tmp_path: Path) -> None:
    first_page = NAMED_NOTICE_PACK.split("--- page ---")[0]
    assert pdf_agenda_items(first_page, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the meeting held on 4 March 2026"),
        ("3", "Adopters' Voice"),
        ("3a", "Adopter Survey Results 2025/26"),
        ("3b", "Support Group Update"),
        ("4", "Panel Work Programme"),
    ]


# The negative: minutes saying further down when the next meeting will be held stay minutes
# (only the paper's head is read for the summons).
MINUTES_NAMING_NEXT = source_lines(
    "## ASHGROVE DISTRICT COUNCIL",
    "!! ADOPTION PANEL",
    "Minutes of the meeting held on Wednesday, 4 March 2026 at Ashgrove House.",
    "Present: Cllr R Tamworth (Chair), Cllr J Ollerton",
    "** 8. Apologies for Absence",
    "Apologies were received from Cllr S Brightling.",
    "** 9. Panel Work Programme",
    "Resolved - That the work programme be agreed.",
    "** 10. Date of Next Meeting",
    "A meeting of the Adoption Panel will be held in the Beech Room on Wednesday, 3 June 2026"
    " at 2.00 pm.",
)


def test_minutes_naming_the_next_meeting_stay_minutes(tmp_path: Path) -> None:
    assert [kind for kind, _, _ in pack_kinds(MINUTES_NAMING_NEXT, tmp_path)] == ["minutes"]


# A borough's CMIS-style pack: its running foot joins the council's name to the committee's by
# a spaced dash, and each report's box labels its meeting in a cell beside the name and date
# ("Meeting | Taxi Licensing Committee, 2 June 2026"), the cells read as one line.
BOXED_REPORT_PACK = source_lines(
    "%% footer Ferrisford Borough Council - Taxi Licensing Committee - 2 June 2026 - Page {page}",
    "## FERRISFORD BOROUGH COUNCIL",
    "** TAXI LICENSING COMMITTEE",
    "Date:\tTuesday, 2 June 2026",
    "Time:\t7.00 pm",
    "Venue:\tCouncil Chamber, Ferrisford",
    "** AGENDA",
    "| Agenda Item No. | Title | Pages |",
    "| 1 | Apologies for Absence | |",
    "| 2 | Driver Training Standards | 3 - 8 |",
    "--- page ---",
    "** FERRISFORD BOROUGH COUNCIL",
    "|% 30 70",
    "| Agenda Item No. | 2 |",
    "| Meeting | Taxi Licensing Committee, 2 June 2026 |",
    "| Report of | Licensing Manager |",
    "| Wards affected | All Wards |",
    "| Report title | Driver Training Standards |",
    "** 1. Summary",
    "1.1 The report proposes a standard for the training of licensed drivers.",
    "** 2. Recommendation",
    "That the Committee approves the training standard at Appendix A.",
)


def test_a_foot_dashed_after_the_council_and_a_meeting_cell_name_the_committee(
        tmp_path: Path) -> None:
    assert pack_documents(BOXED_REPORT_PACK, tmp_path) == [
        ("agenda", "2026-06-02", "Taxi Licensing Committee"),
        ("report", "2026-06-02", "Taxi Licensing Committee"),
    ]


def test_a_dash_after_the_council_parts_it_from_its_committee() -> None:
    assert without_council("Ferrisford Borough Council - Taxi Licensing Committee") == (
        "Taxi Licensing Committee")
    # (the negative: a council's own meeting named by its name alone keeps it)
    assert without_council("Ferrisford Borough Council") == "Ferrisford Borough Council"


# A schools forum's formal minutes: a section of its members votes alone on what the rules
# give it ("Maintained secondary members agreed the de-delegation of ..."), and a member's
# proposal falls "on a vote of the schools members".
SECTION_VOTES = """FENBRIDGE SCHOOLS FORUM

Minutes of the meeting held on Thursday, 14 January 2027 at 2.00 pm

SF/27/03  DE-DELEGATION 2027/28

Only the members representing maintained schools in each phase voted.

(a) Ethnic minority achievement
Maintained secondary members agreed the de-delegation of £2.40 per pupil for 2027/28.

(b) Insurance
The maintained nursery member agreed the de-delegation of £0.85 per pupil for 2027/28.

SF/27/04  HIGH NEEDS

A member proposed that a 1% transfer to the high needs block be sought. On a vote of the
schools members the proposal was not agreed.

RESOLVED: That the high needs update be noted.
"""


def test_a_section_of_the_members_agreeing_is_the_forums_decision(tmp_path: Path) -> None:
    assert decision_rows(SECTION_VOTES, tmp_path) == [
        ("Maintained secondary members agreed the de-delegation of £2.40 per pupil for"
         " 2027/28.", "agreed"),
        ("The maintained nursery member agreed the de-delegation of £0.85 per pupil for"
         " 2027/28.", "agreed"),
        # (the sentence wrapped onto the result's line: the record opens where it does)
        ("A member proposed that a 1% transfer to the high needs block be sought. On a vote"
         " of the schools members the proposal was not agreed.", "rejected"),
        ("RESOLVED: That the high needs update be noted.", "noted"),
    ]


# The negative: in formal minutes, members agreeing in the discussion, all or some of them,
# is no vote of a section.
MEMBERS_IN_DISCUSSION = """FENBRIDGE SCHOOLS FORUM

Minutes of the meeting held on Thursday, 14 January 2027 at 2.00 pm

SF/27/05  EARLY YEARS

Members agreed that the consultation had been helpful.
Some members agreed that the base rate was too low.

RESOLVED: That the early years update be noted.
"""


def test_members_agreeing_in_discussion_is_no_decision(tmp_path: Path) -> None:
    assert decision_rows(MEMBERS_IN_DISCUSSION, tmp_path) == [
        ("RESOLVED: That the early years update be noted.", "noted"),
    ]


# ... nor is a section's vote beside the minute's own resolution: it is that resolution's vote.
VOTES_BESIDE_RESOLUTION = """FENBRIDGE SCHOOLS FORUM

Minutes of the meeting held on Thursday, 14 January 2027 at 2.00 pm

SF/27/06  SCHEME FOR FINANCING SCHOOLS

Maintained primary members agreed the revised scheme. Maintained special members agreed the
revised scheme.

RESOLVED: That the revised scheme be approved from 1 April 2027.
"""


def test_a_sections_vote_beside_a_resolution_is_that_resolutions(tmp_path: Path) -> None:
    assert decision_rows(VOTES_BESIDE_RESOLUTION, tmp_path) == [
        ("RESOLVED: That the revised scheme be approved from 1 April 2027.", "approved"),
    ]
