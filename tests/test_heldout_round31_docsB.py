"""Held-out round 31, documents of batches E-F: the rules the round's misses showed (a kind
of meeting in brackets after a body's name, a letter-spaced masthead under no name read, a
pack front heading a joint committee's short name, extracts of minutes enclosed in a council
summons pack's reports), each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_lines
from kcc_papers.extract.meetings.body_names import without_session


# r31e: a call-in meeting's masthead, "OVERVIEW AND SCRUTINY MANAGEMENT BOARD (CALL-IN
# MEETING)": the bracket is the kind of meeting, the Board the body; "(Call-In)" alone is kept
# as part of the name (the set's convention since round 17).
def test_a_bracket_ending_in_meeting_is_the_kind_of_meeting_not_the_name() -> None:
    assert without_session("Overview and Scrutiny Management Board (Call-In Meeting)") == (
        "Overview and Scrutiny Management Board")
    assert without_session("Council (Annual General Meeting)") == "Council"
    assert without_session("Overview and Scrutiny Committee (Call-In)") == (
        "Overview and Scrutiny Committee (Call-In)")


CALL_IN_EXTRACT_PACK = source_lines(
    "## THORNLEIGH BOROUGH COUNCIL",
    "** CABINET",
    "Date:\tWednesday 15 October 2031",
    "** AGENDA",
    "1. Apologies for absence",
    "2. Leisure Management Contract: Reconsideration following Call-In",
    "--- page ---",
    "## THORNLEIGH BOROUGH COUNCIL",
    "Agenda Item 2",
    "** Leisure Management Contract: Reconsideration following Call-In",
    "Report to:\tCabinet, 15 October 2031",
    "Report of:\tDirector of Communities",
    "** 1. Recommendation",
    "1.1 That Cabinet confirms its decision to award the leisure management contract.",
    "--- page ---",
    "** Appendix 1",
    "** EXTRACT FROM THE MINUTES OF THE OVERVIEW AND SCRUTINY MANAGEMENT BOARD (CALL-IN "
    "MEETING) HELD ON 1 OCTOBER 2031",
    "Present: Councillors Fairbairn (Chair), Otway and Choudhury",
    "** OSMB/31/15 Call-In of the Cabinet's Decision on the Leisure Management Contract",
    "RESOLVED: That the decision be referred back to Cabinet for reconsideration.",
)


def test_a_call_in_meetings_extract_names_the_board(tmp_path: Path) -> None:
    docs = pack_documents(CALL_IN_EXTRACT_PACK, tmp_path)
    assert ("minutes", "2031-10-01", "Overview and Scrutiny Management Board") in docs


# r31f: a combined fire authority's pack, its committee's name letter-spaced in its masthead
# (the text layer reads "A U D I T A N D R I S K C O M M I T T" over "E E"), the name printed
# plainly in every page's foot.
FIRE_AUTHORITY_PACK = source_lines(
    "%% header Thamesmere Combined Fire Authority",
    "%% overprint OFFICIAL",
    "%% ligatures",
    "%% footer Audit and Risk Committee | 3 March 2032 | {page}",
    "## Thamesmere Combined Fire Authority",
    "^^ A U D I T  A N D  R I S K  C O M M I T T E E",
    "Date:\tWednesday 3 March 2032",
    "Time:\t10.30 am",
    "Place:\tService Headquarters, Beacon Way, Thamesmere TM8 1FR",
    "Members:\tCouncillors Rhiannon Clegg (Chair), Alastair Penrose, Zainab Hollis",
    "Clerk:\tHarriet Olowe, 01632 400 918",
    "** AGENDA",
    "| Item | Business | Lead |",
    "| 1 | Apologies | Clerk |",
    "| 2 | Minutes of the meeting held on 2 December 2031 | Chair |",
    "| 3 | Internal Audit Progress Report | Head of Internal Audit |",
    "--- page ---",
    "## Thamesmere Combined Fire Authority",
    "** Audit and Risk Committee",
    "** Minutes of the meeting held on Tuesday 2 December 2031 at Service Headquarters",
    "Present:\tCouncillors Rhiannon Clegg (Chair), Alastair Penrose, Zainab Hollis",
    "** AR 19/31 Apologies",
    "Apologies were received from Councillor Kenneth Maybury.",
    "** AR 20/31 Internal Audit Plan",
    "RESOLVED that the internal audit plan be approved.",
)


def test_a_letter_spaced_masthead_names_the_committee_its_running_foot_prints(
        tmp_path: Path) -> None:
    docs = pack_documents(FIRE_AUTHORITY_PACK, tmp_path)
    assert docs[0] == ("agenda", "2032-03-03", "Audit and Risk Committee")


# r31f: a joint committee's pack, two councils side by side over "Joint Strategic Planning
# Committee", the running head naming it with the councils' places ("Brantwick and Oakhurst
# Joint Strategic Planning Committee"): the papers' name is the one the front heads.
JOINT_PACK = source_lines(
    "%% header Brantwick and Oakhurst Joint Strategic Planning Committee",
    "%% footer JSPC 26 May 2032 - {page} of {pages}",
    "<> Brantwick Borough Council || Oakhurst District Council",
    "## Joint Strategic Planning Committee",
    "Date:\tWednesday 26 May 2032, 6.30 pm",
    "Venue:\tCommittee Room 2, Brantwick Town Hall",
    "** Agenda",
    "1. Apologies and substitutes",
    "2. Minutes of the meeting held on 10 March 2032",
    "3. Joint Local Plan: Evidence Base",
    "--- page ---",
    "<> Brantwick Borough Council || Oakhurst District Council",
    "** Joint Strategic Planning Committee",
    "** Minutes of the meeting held on Wednesday 10 March 2032 at Oakhurst Council Offices",
    "Present:\tCouncillors Lorna Pettifer (Chair), Graham Dunmore (Vice-Chair), Edwin Saxby",
    "** JSPC 14 Apologies and substitutes",
    "There were no apologies.",
    "** JSPC 15 Local Development Scheme",
    "AGREED that the revised timetable be approved.",
)


def test_a_front_heading_the_short_name_keeps_it_over_the_running_heads_fuller(
        tmp_path: Path) -> None:
    docs = pack_documents(JOINT_PACK, tmp_path)
    assert [committee for _, _, committee in docs] == [
        "Joint Strategic Planning Committee", "Joint Strategic Planning Committee"]


def test_a_front_naming_the_body_in_full_still_takes_the_full_name(tmp_path: Path) -> None:
    # the front's own masthead prints the full name: the set names the body so (r25i)
    pack = JOINT_PACK.replace("## Joint Strategic Planning Committee",
                              "## Brantwick and Oakhurst Joint Strategic Planning Committee")
    docs = pack_documents(pack, tmp_path)
    assert docs[0][2] == "Brantwick and Oakhurst Joint Strategic Planning Committee"


# r31e: a full council's summons pack, each recommendation from cabinet a short report whose
# background runs on into "EXTRACT FROM THE MINUTES OF THE CABINET HELD ON ..." down the page,
# the cabinet's minute "CAB/31/70 ..." saying only "RECOMMENDED to Council", and the report's
# appendix on the next page.
def _summons_report(item: int, title: str, extract: list[str]) -> list[str]:
    return [
        "## THORNLEIGH BOROUGH COUNCIL",
        "** Report to Council",
        "Date of meeting:\t26 November 2031",
        f"Item:\t{item}",
        f"Title:\t{title}",
        "Report of:\tHead of Legal and Democratic Services",
        "** Recommendation",
        f"That the {title.split(': ')[-1]} be adopted as recommended by the Cabinet.",
        "** Background",
        "The strategy is part of the Council's policy framework, so the Cabinet's decision on "
        "it is a recommendation to this Council. The Cabinet considered it on 15 October 2031 "
        "with its response to the Communities Scrutiny Committee's task group report, whose "
        "recommendations the strategy takes up in full or in part, as the table in the "
        "Cabinet's report sets out for each of them.",
        "The consultation on the draft ran for six weeks over the summer and the comments "
        "received are summarised in the strategy's appendix.",
        *extract,
    ]


SUMMONS_PACK = source_lines(
    "%% header Thornleigh Borough Council - Council - 26 November 2031",
    "## THORNLEIGH BOROUGH COUNCIL",
    "** SUMMONS TO ATTEND A MEETING OF THE COUNCIL",
    "You are summoned to attend a meeting of Thornleigh Borough Council to be held in the "
    "Council Chamber on Wednesday 26 November 2031 at 7.00 pm.",
    "** AGENDA",
    "1. Apologies for Absence",
    "2. Recommendation from Cabinet: Library Service Strategy 2032-2037",
    "3. Recommendation from Cabinet: Council Tax Support Scheme 2032/33",
    "--- page ---",
    *_summons_report(2, "Recommendation from Cabinet: Library Service Strategy 2032-2037", [
        "** EXTRACT FROM THE MINUTES OF THE CABINET HELD ON 15 OCTOBER 2031",
        "** CAB/31/70 Library Service Strategy 2032-2037",
        "The Cabinet Member for Leisure and Culture presented the strategy.",
        "RECOMMENDED to Council: That the Library Service Strategy 2032-2037 be adopted.",
        "--- page ---",
        "** Appendix A (summary): Library Service Strategy 2032-2037",
        "The strategy has five themes, drawn from the scrutiny task group's review.",
        "| Measure | Baseline 2030/31 | Target 2036/37 |",
        "| Library visits (physical) | 250,734 | 300,000 |",
        "| Hours open a week, all branches | 231 | 315 |",
    ]),
    "--- page ---",
    *_summons_report(3, "Recommendation from Cabinet: Council Tax Support Scheme 2032/33", [
        "** EXTRACT FROM THE MINUTES OF THE CABINET HELD ON 17 SEPTEMBER 2031",
        "** CAB/31/63 Council Tax Support Scheme 2032/33",
        "RESOLVED: That Council be recommended to adopt the Council Tax Support Scheme.",
    ]),
)


def test_extracts_of_cabinet_minutes_down_a_reports_page_are_minutes_of_their_own(
        tmp_path: Path) -> None:
    docs = pack_documents(SUMMONS_PACK, tmp_path)
    assert [(kind, date) for kind, date, _ in docs] == [
        ("agenda", "2031-11-26"), ("report", "2031-11-26"), ("minutes", "2031-10-15"),
        ("report", "2031-11-26"), ("minutes", "2031-09-17")]
    assert [c for kind, _, c in docs if kind == "minutes"] == ["Cabinet", "Cabinet"]


def test_an_extract_of_minutes_mentioned_in_a_reports_sentence_starts_nothing(
        tmp_path: Path) -> None:
    # the same words in the report's prose, not set as a heading: no minutes
    pack = SUMMONS_PACK.replace("** EXTRACT FROM THE MINUTES OF THE CABINET HELD ON",
                                "Extract from the minutes of the Cabinet held on")
    docs = pack_documents(pack, tmp_path)
    assert [kind for kind, _, _ in docs].count("minutes") == 0


def test_a_front_setting_the_full_name_over_two_lines_takes_it(tmp_path: Path) -> None:
    # the organisation's name over the board's (r31c): the running head's full name is the
    # two lines joined, which the front prints
    pack = JOINT_PACK.replace(
        "%% header Brantwick and Oakhurst Joint Strategic Planning Committee",
        "%% header Visit Wyeland Destination Management Board").replace(
        "<> Brantwick Borough Council || Oakhurst District Council\n"
        "## Joint Strategic Planning Committee",
        "## Visit Wyeland\n!! Destination Management Board").replace(
        "Joint Strategic Planning Committee", "Destination Management Board")
    docs = pack_documents(pack, tmp_path)
    assert docs[0][2] == "Visit Wyeland Destination Management Board"
