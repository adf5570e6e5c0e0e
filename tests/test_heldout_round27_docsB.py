"""Regression tests for the document misses of held-out round 27's batches F-H (culture and
leisure bodies, packs assembled from many hands, decision records made outside meetings): each
named after what was misread, on small papers in the layouts that showed it, with guards of
the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered
from kcc_papers.classify import classify

RULE = "-" * 74

TOWN_PACK = f"""BRACKWATER TOWN COUNCIL
Town Hall, 4 Bridge End, Brackwater

Members are summoned to a meeting of the Town Council to be held in the Council Chamber on
Monday 12 April 2027 at 7.30 pm.

AGENDA

1.  APOLOGIES FOR ABSENCE
2.  MINUTES
    To approve the minutes of the meeting held on 8 March 2027.
3.  RIVERSIDE PLAY AREA REFURBISHMENT (to follow)
    To consider the report of the Projects Officer.
4.  EXCLUSION OF PRESS AND PUBLIC
5.  STAFFING COMMITTEE RECOMMENDATION - DEPUTY CLERK POST

{RULE}

BRACKWATER TOWN COUNCIL

MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD IN THE COUNCIL CHAMBER,
TOWN HALL, BRACKWATER ON MONDAY 8 MARCH 2027 AT 7.30 PM

Present: Cllr G Ashdown (Town Mayor, in the Chair), Cllrs K Amankwah and B Crewe.

101/26 APOLOGIES FOR ABSENCE
Apologies were received and approved from Cllr L Barraclough.
102/26 PLANNING APPLICATIONS
RESOLVED that no objection be raised to application 27/0113.

The meeting closed at 8.10 pm.

{RULE}

AGENDA ITEM 3

RIVERSIDE PLAY AREA REFURBISHMENT

{{play}}

{RULE}

AGENDA ITEM 5

STAFFING COMMITTEE RECOMMENDATION - DEPUTY CLERK POST

{{staffing}}
"""
TO_FOLLOW = """REPORT TO FOLLOW

The Projects Officer's report will be circulated to members before the
meeting once the third tender has been evaluated."""
WITHHELD = """CONFIDENTIAL - NOT FOR PUBLICATION

This item contains information about individual employees and is to be
considered with the press and public excluded."""


def _text_docs(text: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [d for d in documents_of(path) if d[0] != "pack"]


# ------------ "REPORT TO FOLLOW" / "NOT FOR PUBLICATION" under an item's own title (r27g)


def test_notice_under_item_title_is_no_document(tmp_path):
    docs = _text_docs(TOWN_PACK.format(play=TO_FOLLOW, staffing=WITHHELD), tmp_path)
    assert [d[:2] for d in docs] == [("agenda", "2027-04-12"), ("minutes", "2027-03-08")]


def test_paper_printed_under_a_notice_is_still_a_document(tmp_path):
    # the guard: a paper whose body is printed (numbered paragraphs) is one, notice or none
    body = (WITHHELD + "\n\n1. Recommendation\n1.1 That the Council approves the creation of a"
            " Deputy Clerk post at\nscale point 24 from 1 June 2027, as the Staffing Committee "
            "recommends.\n2. Background\n2.1 The Clerk's workload has grown since 2024.\n")
    docs = _text_docs(TOWN_PACK.format(play=TO_FOLLOW, staffing=body), tmp_path)
    assert len(docs) == 3 and docs[2][0] == "report"


TABLED_PACK = """## Environment and Transport Committee
Date:	Thursday 11 March 2027
Time:	10.00 am
Venue:	County Hall
** AGENDA
| 1 | Apologies |
| 2 | Highways Maintenance Report |
| 3 | Committee Work Programme |
--- page ---
Agenda Item 2
## Report to: Environment and Transport Committee
Date of meeting:	11 March 2027
Subject:	Highways maintenance programme 2027/28
** 1. Recommendation
1.1 That the Committee approves the highways maintenance programme for 2027/28.
** 2. Background
2.1 The programme covers 412 schemes across the county at a cost of £18.2m.
--- page ---
Agenda Item 3
** Committee Work Programme
The work programme will be tabled at the meeting.
"""


def test_page_saying_its_paper_will_be_tabled_is_no_document(tmp_path):
    docs = documents_of(rendered(TABLED_PACK, tmp_path, "pack"))
    assert [d[0] for d in docs if d[0] != "pack"] == ["agenda", "report"]


# ------------ "ERRATUM" under its item's stamp in a ModernGov text pack (r27g scrutiny pack)

ERRATUM_PACK = """Public Document Pack

Pendlebrook Borough Council

Overview and Scrutiny Committee

Date:      Tuesday, 9 February 2027
Time:      7.00 pm
Venue:     Committee Room 2, Pendlebrook Town Hall

                                  AGENDA

1.    Apologies for Absence

2.    Erratum: Item 3, Fees and Charges 2027/28                 (Page 2)

3.    Fees and Charges 2027/28                                  (Pages 3 - 4)

                                                              Page 1
                              Agenda Item 2

{title}

Overview and Scrutiny Committee - 9 February 2027

Item 3: Fees and Charges 2027/28

Table 2 on page 3 of the agenda pack contains an error in the row
for garden waste. The row should read:

Service                    2026/27     2027/28     Change
Garden waste permit        GBP 52.00   GBP 56.00   7.7%

Lorcan Ebbs, Scrutiny Officer, 3 February 2027

                                                              Page 2
                              Agenda Item 3

Pendlebrook Borough Council

Report to:       Overview and Scrutiny Committee
Date:            9 February 2027
Report of:       Director of Finance
Subject:         Fees and Charges 2027/28

1. Recommendation
1.1 That the Committee recommends the fees and charges for 2027/28 to Cabinet.
2. Background
2.1 Fees rise by 4% on average; garden waste by 7.7%.

                                                              Page 3
"""


def test_erratum_titled_paper_is_other(tmp_path):
    kinds = [d[0] for d in _text_docs(ERRATUM_PACK.format(title="ERRATUM"), tmp_path)]
    assert kinds == ["agenda", "other", "report"]


def test_item_titled_otherwise_keeps_its_kind(tmp_path):
    # the guard: the same page under a title of its own is a paper as before
    kinds = [d[0] for d in _text_docs(ERRATUM_PACK.format(title="Garden Waste Fees"),
                                      tmp_path)]
    assert "other" not in kinds


# ------------ "X Advisory Group: notes of the meeting held on ..." as a web page (r27f SAG)

SAG_PAGE = """<html><head><title>{heading} | Harrowmere District Council</title></head><body>
<h1>{heading}</h1>
<p>The Events Safety Advisory Group (SAG) is a non-statutory forum. It gives advice to event
organisers and to the Council.</p>
<dl class="meeting-details">
<dt>Date</dt><dd>Wednesday 3 March 2027, 10am</dd>
<dt>Venue</dt><dd>Room G.04, Harrowmere Council Offices</dd>
<dt>Chair</dt><dd>Alun Penberthy, Licensing Manager</dd>
<dt>Attendees</dt><dd>Sgt Keeley Morrow (Police), Jenna Whitlow (Ambulance Service)</dd>
</dl>
<h2>1. Introductions and apologies</h2>
<p>The Chair welcomed members. Apologies were noted.</p>
<h2>2. Harrowmere Food and Drink Festival, 29 to 31 May 2027</h2>
<p>The Group AGREED to advise the organiser that it had no objection to the event management
plan, subject to the actions below.</p>
<h2>3. Harrowmere Colour Run, 11 July 2027</h2>
<p>The proposal to route the Colour Run through Elmstead Park was not supported by the Group.</p>
<p>Next meeting: Wednesday 9 June 2027, 10am.</p>
</body></html>
"""


def _page_docs(heading: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "page.html"
    path.write_text(SAG_PAGE.format(heading=heading))
    return documents_of(path)


def test_advisory_group_notes_are_its_minutes(tmp_path):
    heading = "Events Safety Advisory Group: notes of the meeting held on 3 March 2027"
    assert _page_docs(heading, tmp_path) == [
        ("minutes", "2027-03-03", "Events Safety Advisory Group")]


def test_notes_heading_naming_no_body_is_not_a_group(tmp_path):
    # the guard: the notes' heading with no group before it names no committee
    docs = _page_docs("Notes of the meeting held on 3 March 2027", tmp_path)
    assert all(d[2] != "Events Safety Advisory Group" for d in docs)


# ------------ a bulletin's records run on under one another on a page (r27h county bulletin)

BULLETIN = """%% header Northmarsh County Council - Executive Decisions Bulletin 9/2026
## NORTHMARSH COUNTY COUNCIL
** RECORD OF LEADER'S DECISION
Decision reference:	LD/26/003
Decision maker:	Councillor Desmond Harrowgate, Leader of the Council
Subject:	Fenby Household Waste Recycling Centre: Proposed Closure
Date of decision:	5 March 2026
Key decision:	Yes
Decision:	To defer the decision on the proposed closure of Fenby recycling centre.
Reasons for decision:	2,318 people responded to the consultation, 81% opposing closure.
Alternative options considered:	Closing the site on 1 April 2026 as proposed.
Conflicts of interest:	None.
Dispensation:	Not applicable.
Published:	6 March 2026
** NORTHMARSH COUNTY COUNCIL
** {second}
Decision reference:	ICMD/RS/26/009
Decision maker:	Councillor Oswin Pargeter, Cabinet Member for Resources
Subject:	Fenby Market Charter: Request for Transfer to Fenby Town Council
Date of decision:	5 March 2026
Decision:	Not to approve the request from Fenby Town Council for the transfer of the charter.
"""


def test_record_run_on_under_the_last_starts_a_document(tmp_path):
    source = BULLETIN.format(second="RECORD OF INDIVIDUAL CABINET MEMBER DECISION")
    docs = documents_of(rendered(source, tmp_path, "bulletin"))
    assert [d[0] for d in docs if d[0] != "pack"] == ["decision", "decision"]


def test_section_heading_under_a_record_starts_nothing(tmp_path):
    # the guard: a heading of another kind below the page's top is a section of the record
    docs = documents_of(rendered(BULLETIN.format(second="Background"), tmp_path, "bulletin"))
    assert [d[0] for d in docs if d[0] != "pack"] in ([], ["decision"])


# ------------ commissioner's notices appended to a panel's report on them (r27h PCP pack)

PANEL_PACK = """## Thornvale Police and Crime Panel
Date:	Thursday 5 February 2026
Time:	10.00 am
Venue:	County Hall
** AGENDA
| 1 | Apologies |
| 2 | Decisions taken by the Police and Crime Commissioner |
--- page ---
## Agenda Item 2
** THORNVALE POLICE AND CRIME PANEL - 5 FEBRUARY 2026
** {title}
Report of the Chief Executive, Office of the Police and Crime Commissioner
** 1. Recommendation
1.1 That the Panel notes the decisions taken by the Commissioner between 1 November 2025 and 16 January 2026.
** 2. Decisions published
2.1 The Commissioner signed the following decision notices in the period, attached at Appendix A.
--- page ---
## POLICE AND CRIME COMMISSIONER FOR THORNVALE
^^ {notice}
Appendix A
Decision number:	2026/004
Title:	Custody Suite Cleaning - Contract Award
** Decision:
I approve the award of the contract for custody suite cleaning to Sparkwell Hygiene Services Ltd for three years from 1 April 2026.
Police and Crime Commissioner
Signature:	M. Delacroix-Hale
Date:	14 January 2026
"""  # noqa: E501


def _panel_kinds(tmp_path: Path, title: str = "DECISIONS TAKEN BY THE POLICE AND CRIME "
                 "COMMISSIONER", notice: str = "D E C I S I O N   N O T I C E") -> list[str]:
    source = PANEL_PACK.format(title=title, notice=notice)
    return [d[0] for d in documents_of(rendered(source, tmp_path, "pack")) if d[0] != "pack"]


def test_letter_spaced_decision_notice_starts_a_notice(tmp_path):
    assert _panel_kinds(tmp_path)[-1] == "decision"
    assert len(_panel_kinds(tmp_path)) == 3


def test_letter_spaced_mayoral_decision_notice_starts_a_notice(tmp_path):
    # (r27h combined authority pack: the maker's word before "DECISION NOTICE")
    kinds = _panel_kinds(tmp_path, notice="M A Y O R A L   D E C I S I O N   N O T I C E")
    assert kinds[-1] == "decision" and len(kinds) == 3


def test_letter_spaced_other_heading_starts_no_notice(tmp_path):
    # the guard: an appendix letter-spaced as something else is part of the report
    assert len(_panel_kinds(tmp_path, notice="B A C K G R O U N D")) == 2


REPORT_ON_DECISIONS = """Agenda Item 6
{meeting}
DECISIONS TAKEN BY THE POLICE AND CRIME COMMISSIONER
Report of the Chief Executive, Office of the Police and Crime Commissioner
1. Recommendation
1.1 That the Panel notes the decisions taken by the Commissioner between 1 November 2025 and 16 January 2026, listed in the table at paragraph 2.1.
2. Decisions published
2.1 The Commissioner signed the following decision notices in the period.
Notice | Subject | Signed | Value
2025/061 | Independent sexual violence advisers grant 2026/27 | 04/12/2025 | £212,000
"""  # noqa: E501


def test_report_on_decisions_to_a_dated_meeting_is_a_report():
    # "DECISIONS TAKEN BY ..." under the meeting's dated line and "Report of": a report to it
    text = REPORT_ON_DECISIONS.format(meeting="THORNVALE POLICE AND CRIME PANEL - 5 FEBRUARY 2026")
    assert classify(text, "decision") == "report"


def test_decisions_headed_under_no_dated_meeting_stay_decisions():
    # the guard: no meeting's dated line above the title and author
    text = REPORT_ON_DECISIONS.format(meeting="THORNVALE POLICE AND CRIME PANEL")
    assert classify(text, "decision") == "decision"


# ------------ "RECORD OF URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE" appended (r27h council)

URGENT_PACK = """HOLMCLIFFE DISTRICT COUNCIL

Agenda Item 6

Urgent Decision taken by the Chief Executive: Eastholm Sea Wall

Report to: Council, 22 April 2026

1.   RECOMMENDATION

1.1  That Council notes the urgent decision taken by the Chief Executive on
     9 March 2026, set out at Appendix 1.

2.   BACKGROUND

2.1  The storm of 2 and 3 March 2026 displaced rock armour below the wall.
\fAppendix 1

HOLMCLIFFE DISTRICT COUNCIL

{heading}
(Article 13.09 of the Constitution - Urgency Procedure)

Decision reference:   UD/2026/01
Decision maker:       Gareth Pennock-Wilde, Chief Executive
Date of decision:     9 March 2026

DECISION

To approve the award of a contract for emergency rock armour repairs to the
Eastholm sea wall to Coastline Marine Civils Ltd at a cost of £742,900.
"""


def test_record_naming_its_maker_after_taken_by_is_a_record(tmp_path):
    heading = "RECORD OF URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE"
    kinds = [d[0] for d in _text_docs(URGENT_PACK.format(heading=heading), tmp_path)]
    assert kinds == ["report", "decision"]


def test_sentence_after_taken_by_is_no_record_heading(tmp_path):
    # the guard: a heading running on past a maker's few words is a sentence, no record's
    heading = ("RECORD OF URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE ON 9 MARCH 2026 AFTER"
               " CONSULTING THE LEADER OF THE COUNCIL")
    kinds = [d[0] for d in _text_docs(URGENT_PACK.format(heading=heading), tmp_path)]
    assert "decision" not in kinds


# ------------ "C A B I N E T" letter-spaced in a serif pack's masthead (r27h borough cabinet)

SPACED_MASTHEAD = """%% font serif
## BRACKENFORD BOROUGH COUNCIL
^^ {body}
Date:	Tuesday, 10 March 2026
Time:	6.30 pm
Place:	Committee Room 2, Brackenford Town Hall
** AGENDA
|- Item | Business | Page |
| 1 | Apologies for absence | |
| 2 | Minutes of the meeting held on 10 February 2026 | 1 |
| 3 | Revenue budget monitoring | 5 |
"""


def test_letter_spaced_one_word_body_names_the_agendas_committee(tmp_path):
    docs = documents_of(rendered(SPACED_MASTHEAD.format(body="C A B I N E T"), tmp_path))
    assert ("agenda", "2026-03-10", "Cabinet") in docs


def test_letter_spaced_words_run_together_name_no_body(tmp_path):
    # the guard: a spaced line that is no one body's word is not read as a name
    docs = documents_of(rendered(SPACED_MASTHEAD.format(body="A G E N D A   P A C K"), tmp_path))
    assert all(d[2] != "Agendapack" for d in docs)


# ------------ a project board's papers titled letter-spaced over its name (r27f heritage pack)

BOARD_PACK = """%% font serif
^^ N O T E S
## Winter Gardens Revival Project Board
Notes of the meeting held on 18 February 2027
Present:	Cllr A Marsh (Chair), B Okafor, C Lind
** WGPB/27/01 Apologies
None.
** WGPB/27/02 Programme
The Board noted the programme.
--- page ---
^^ {title}
## Winter Gardens Revival Project Board
** Highlight report: April 2027 (Item 4)
Prepared by the Project Manager for the Project Board meeting of 22 April 2027
** Recommendation
That the Project Board notes the progress of the delivery phase.
** Overall status
The programme is Amber: the glasshouse conservation start moved from May to June 2027.
"""


def test_letter_spaced_report_title_at_page_top_starts_a_report(tmp_path):
    docs = documents_of(rendered(BOARD_PACK.format(title="H I G H L I G H T   R E P O R T"),
                                 tmp_path))
    assert [d[0] for d in docs if d[0] != "pack"] == ["minutes", "report"]


def test_letter_spaced_other_title_at_page_top_starts_nothing(tmp_path):
    # the guard: a spaced title naming no paper's kind leaves the page to the notes
    docs = documents_of(rendered(BOARD_PACK.format(title="P R O G R E S S"), tmp_path))
    assert [d[0] for d in docs if d[0] != "pack"] == ["minutes"]
