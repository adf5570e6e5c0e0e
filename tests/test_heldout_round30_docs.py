"""Held-out round 30, documents, agenda items, KPIs and risks: the rules the round's misses
showed, each on a small paper in the layout that showed it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import (
    documents_of,
    pack_documents,
    rendered,
    scored_risks,
    source_lines,
    text_agenda_items,
)
from kcc_papers.extract.meetings.addressed import addressed_to

# A community grants programme's appendix: "Ref | ... | Score (of 40)", the scores of the
# lower-ranked applications under 25; the paper never calls anything a risk (r30d cabinet).
GRANTS_APPENDIX = """Community Grants Programme 2031/32
Appendix A: Community grants recommended for 2031/32
Ref\tOrganisation\tPurpose\tScore (of 40)\tRequested £\tRecommended £
CG01\tWendlebury Citizens Advice\tDebt advice outreach\t36\t28,000\t28,000
CG02\tWendlebury Carers Hub\tYoung carers' groups\t35\t24,500\t24,500
CG13\tLittle Sowerby Lunch Club\tKitchen equipment\t25\t2,950\t2,950
CG14\tWendlebury Pride\tCommunity festival\t24\t5,000\t2,500
"""


def test_a_scored_grants_table_in_a_paper_that_never_says_risk_is_no_register(
        tmp_path: Path) -> None:
    assert scored_risks(GRANTS_APPENDIX, tmp_path) == []


def test_a_register_so_titled_keeps_its_scored_rows(tmp_path: Path) -> None:
    # the same columns under a register's title: its rows are risks, scored alone
    text = GRANTS_APPENDIX.replace("Appendix A: Community grants recommended for 2031/32",
                                   "Appendix A: Corporate Risk Register")
    assert [r[0] for r in scored_risks(text, tmp_path)] == ["CG01", "CG02", "CG13", "CG14"]


# A trading company's board pack (r30a): its reports "Report to: Board of Directors, <date>",
# its agenda "Notice of Meeting of the Board of Directors" under the company's masthead, and
# "BOARD PAPER" overprinted at the top right of every page, beside the masthead's large type
# on the front pages (in Times, 1.3 ems of it apart) and alone on the reports' pages.
COMPANY_PACK = source_lines(
    "%% font serif",
    "%% overprint BOARD PAPER",
    "## WENDMERE ENVIRONMENTAL SERVICES LIMITED",
    "A company wholly owned by Wendmere Borough Council",
    "** Notice of Meeting of the Board of Directors",
    "Date:\tWednesday 11 December 2030",
    "Time:\t9.30 am",
    "** AGENDA",
    "1. Apologies",
    "2. Commercial Waste Prices 2031/32",
    "3. Depot Solar Canopy",
    "--- page ---",
    "Item 2",
    "## Commercial Waste Prices 2031/32",
    "Report to: Board of Directors, 11 December 2030",
    "Report of: Simon Achebe, Finance Director",
    "** 1. Recommendation",
    "1.1 That the Board approves an increase of 5% in commercial waste collection prices.",
    "** 2. Background",
    "2.1 The Board deferred a decision on a proposed increase of 6.5% in October.",
)


def test_a_company_board_pack_names_its_board_of_directors(tmp_path: Path) -> None:
    docs = pack_documents(COMPANY_PACK, tmp_path)
    assert [(kind, committee) for kind, _, committee in docs] == [
        ("agenda", "Board of Directors"), ("report", "Board of Directors")]


def test_a_report_to_a_board_of_directors_is_addressed_to_a_meeting() -> None:
    found = addressed_to(["Report to: Board of Directors, 11 December 2030",
                          "Report of: Simon Achebe, Finance Director"])
    assert found == {"committee": "Board of Directors",
                     "meeting_date": dt.date(2030, 12, 11)}
    # a director is still a person, no meeting
    assert addressed_to(["To: Director of Finance"]) == {}


# An inshore fisheries and conservation authority's pack (r30c): its name the masthead and the
# running head, its agenda "Quarterly Meeting of the Authority", its minutes "Minutes of the
# Quarterly Meeting held on ..." under its initials, its reports under the running head alone.
IFCA = "Dunholm Coast Inshore Fisheries and Conservation Authority"
IFCA_PACK = source_lines(
    f"%% header {IFCA}",
    f"## {IFCA}",
    "** Quarterly Meeting of the Authority",
    "Thursday 16 January 2031 at 10.30 am, Fishermen's Mission Hall, Cullerby",
    "** Agenda",
    "1. Welcome and apologies",
    "2. Minutes of the Authority meeting of 17 October 2030",
    "3. Annual Plan 2031/32",
    "--- page ---",
    "** Dunholm Coast IFCA",
    "** Minutes of the Quarterly Meeting held on Thursday 17 October 2030 at the Mission Hall",
    "Members present: Cllr Wendy Farrow (Chair), Cllr Alistair Brack, Mr Robert Storey",
    "** IFCA/30/41 Apologies",
    "Apologies were received from Cllr Neville Raine.",
    "** IFCA/30/42 Annual Plan 2031/32",
    "RESOLVED that the Annual Plan 2031/32 be approved for publication.",
    "--- page ---",
    "** Agenda Item 3",
    "## Annual Plan 2031/32",
    "Report of the Clerk",
    "** 1. Recommendation",
    "1.1 That the Authority approves the Annual Plan 2031/32 for publication.",
    "** 2. Background",
    "2.1 The plan sets the Authority's priorities for enforcement and research.",
)


def test_an_authority_meeting_as_a_whole_names_itself_on_each_paper(tmp_path: Path) -> None:
    docs = pack_documents(IFCA_PACK, tmp_path)
    assert docs == [("agenda", "2031-01-16", IFCA), ("minutes", "2030-10-17", IFCA),
                    ("report", "2031-01-16", IFCA)]


# A ModernGov agenda exported as text (r30a): its titles wrapped as the writer's proportional
# type wrapped them, a word or two under the title that by character count would just have
# fitted before the pages column.
TEXT_AGENDA = """RAVENSHOLME DISTRICT COUNCIL

SHAREHOLDER SUB-COMMITTEE

Wednesday, 3rd December, 2030 at 6.00 pm

                                   AGENDA

Item                                                                    Pages

1.    Apologies for Absence

2.    Minutes of the Meeting held on 17 September 2030                  3 - 6

3.    Ravensholme Leisure Ltd: Performance Report, Quarter 2 2030/31    7 - 10

4.    Ravensholme Leisure Ltd: Leisure Management Service               11 - 16
      Agreement 2031-2041

5.    Ravensholme Property Holdings Ltd: Annual Report and Dividend     17 - 20
      2029/30
"""


def test_a_text_title_wrapped_a_few_characters_short_of_its_pages_goes_on(
        tmp_path: Path) -> None:
    items = text_agenda_items(TEXT_AGENDA, tmp_path)
    assert items[3] == ("4", "Ravensholme Leisure Ltd: Leisure Management Service Agreement "
                             "2031-2041")
    assert items[4] == ("5", "Ravensholme Property Holdings Ltd: Annual Report and Dividend "
                             "2029/30")


# A county's agenda after its rebrand (r30b): the committee's name in spaced letters over two
# lines under the council's name (read with its word gaps lost), the name in words in the
# running foot of every page.
SPACED_MASTHEAD_PACK = source_lines(
    "%% header Brackenshire County Council - working for you",
    "%% footer Corporate Resources Committee | 20 November 2018 | {page}",
    "## Brackenshire County Council",
    "^^ C O R P O R A T E   R E S O U R C E S",
    "^^ C O M M I T T E E",
    "Date:\tTuesday 20 November 2018",
    "Time:\t2.00 pm",
    "Venue:\tThe Council Chamber, County Hall",
    "Membership:\tCouncillors M. Eastham (Chair), L. Norcross (Vice-Chair), A. Bickerstaff",
    "Contact:\tRhys Tattersall, Democratic Services, 01632 530 204",
    "** Agenda",
    *(f"{n}. {title}" for n, title in enumerate((
        "Apologies for Absence", "Declarations of Interest", "Minutes of the last meeting",
        "Managed Print Service: Contract Award", "Workforce Strategy 2019-2022",
        "Treasury Management Mid-Year Review", "Capital Programme Monitoring",
        "Corporate Risk Register", "Work Programme", "Urgent Business"), start=1)),
)


def test_a_spaced_letter_masthead_is_named_as_its_running_foot_spells_it(
        tmp_path: Path) -> None:
    docs = documents_of(rendered(SPACED_MASTHEAD_PACK, tmp_path))
    assert ("agenda", "2018-11-20", "Corporate Resources Committee") in docs
