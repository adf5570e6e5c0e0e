"""Regression tests for round 16's document misses of blind batches A, B and E (each
document's kind, meeting date and committee): a header band printing the council's name and
the committee's side by side, read as one name; a licensing sub-committee's minutes headed
"Minutes of the hearing of ..."; a planning schedule's applications, each headed "Item A1"
over its labels, read as papers of their own; a report read as a performance report for a
table of its later sections. Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_kinds, rendered
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.meetings.body_names import without_council
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# ----------------------------------- a header band: the council's name beside the committee's

BANDED_PACK = """%% footer {site} | {committee} | 14 June 2028 | {{page}}
|# {council} | {committee} |
| Wednesday 14 June 2028, 7.00pm | Council Chamber, Guild House |
** Agenda
|~ Item | Title | Lead |
| 1 | Apologies for Absence | Chair |
| 2 | Minutes | Chair |
| 3 | Fees and Charges 2028/29 | Director of Finance |
--- page ---
|# {council} | {committee} |
** Minutes
Minutes of the meeting of the {committee} held on Wednesday 12 April 2028 at 7.00pm.
Present: Cllr Ada Moss (Chair), Cllrs Ben Hale, Cara Lund
** 21. Apologies for Absence
Apologies were received from Cllr Dev Patel.
** 22. Work Programme
Resolved: That the work programme be agreed.
The meeting closed at 8.10pm.
"""


def test_council_name_in_a_header_band_read_into_the_committee(tmp_path: Path) -> None:
    # The band's two cells are read as one line ("FENWOLD COUNCIL Overview and Scrutiny
    # Committee"): before, that line was the committee's name on every document of the pack
    for council, committee in (("FENWOLD COUNCIL", "Overview and Scrutiny Committee"),
                               ("Marrow Vale District Council", "Planning Committee")):
        pack = BANDED_PACK.format(site="fenwold.gov.uk", council=council, committee=committee)
        assert pack_documents(pack, tmp_path) == [
            ("agenda", "2028-06-14", committee),
            ("minutes", "2028-04-12", committee),
        ]


def test_council_name_before_a_committee_is_left_out_only_before_a_name() -> None:
    assert without_council("HARLOW VALE COUNCIL Overview and Scrutiny Committee") == (
        "Overview and Scrutiny Committee")
    assert without_council("Kentwell County Council Cabinet") == "Cabinet"
    # a council's own name, a body named for a council's work, a body's kind alone: kept
    for name in ("Harlow Vale Council", "Standing Advisory Council on Religious Education",
                 "Youth Council Board", "Parish Council"):
        assert without_council(name) == name


# ------------------------------------------------------------- minutes of a licensing hearing

HEARING_PACK = """%% header {council}
## Licensing Sub-Committee
Minutes of the hearing of the Licensing Sub-Committee held at the Town Hall on 03/05/2028
Members present:	Councillors A Reed, B Shaw and C Tait
** LIC/28/04 Election of Chair for the hearing
RESOLVED that Councillor A Reed be elected Chair for the hearing.
** LIC/28/05 Licensing Act 2003 - Application for a Premises Licence - The Old Mill
The Licensing Officer introduced the report.
RESOLVED that the premises licence be granted subject to the conditions in the decision notice.
The hearing closed at 12.05 pm.
--- page ---
^^ DECISION NOTICE
** Licensing Act 2003 - Determination of an Application for a Premises Licence
Premises:	The Old Mill, 4 Water Lane
Hearing date:	03/05/2028
Sub-Committee:	Councillors A Reed (Chair), B Shaw and C Tait
** 1. The Determination
The Sub-Committee has determined to grant the premises licence subject to the conditions below.
** 2. Right of appeal
Any party to the hearing may appeal against this decision to the magistrates' court within 21 days.
"""


def test_hearing_of_a_sub_committee_read_as_its_name(tmp_path: Path) -> None:
    # "Minutes of the hearing of the Licensing Sub-Committee": the body that sat, not "hearing
    # of the Licensing Sub-Committee" (on the minutes, and on the notice they enclose)
    assert pack_documents(HEARING_PACK.format(council="BRAYFORD BOROUGH COUNCIL"), tmp_path) == [
        ("minutes", "2028-05-03", "Licensing Sub-Committee"),
        ("decision", "2028-05-03", "Licensing Sub-Committee"),
    ]
    heading = minutes_heading(["Minutes of the hearing of the Licensing Panel held at the Civic "
                               "Centre on Tuesday 6 June 2028 at 2.00 pm"])
    assert heading.committee == "Licensing Panel"


# ------------------------------------------- a planning schedule's applications, each its page

SCHEDULE_PACK = """## {council}
!! Planning Committee
Date:	Tuesday 11 July 2028
Venue:	Council Chamber, Town Hall
** AGENDA
1. Apologies for Absence
2. Minutes (Pages 2 - 3)
3. {schedule} (Pages 4 - 6)
4. Planning Appeals (Page 7)
--- page ---
## {council}
** MINUTES of a meeting of the PLANNING COMMITTEE held on Tuesday 13 June 2028 at 6.00 pm
Present:	Councillor R Penn (Chairman); Councillors A Dale and M Frith
** 12. APOLOGIES
An apology was received from Councillor T Ross.
** 13. APPEALS
RESOLVED: That the appeal decisions be noted.
--- page ---
<< Agenda Item 3
## {council}
** {schedule}
Report of:	Head of Planning
|~ Item | Application | Site | Recommendation |
| {ref1} | 28/00101/FUL | Mill Farm, Eastby | GRANT |
| {ref2} | 28/00144/HOU | 4 Church Lane, Westby | REFUSE |
--- page ---
** Item {ref1}
Application No:	28/00101/FUL
Site:	Mill Farm, Eastby
Proposal:	Conversion of barns to two holiday lets
Case Officer:	Jo Lund
** RECOMMENDATION: GRANT subject to conditions.
1.1 The barns are reached by an existing track from the lane.
--- page ---
** Item {ref2}
Application No:	28/00144/HOU
Site:	4 Church Lane, Westby
Proposal:	Two storey side extension
Case Officer:	Jo Lund
** RECOMMENDATION: REFUSE for the reason below.
1.1 The extension would overbear the neighbouring cottage.
--- page ---
<< Agenda Item 4
## {council}
** PLANNING APPEALS
Report of:	Head of Planning
** 1. Recommendation
1.1 That the Committee notes the appeal decisions received since its last meeting.
"""


def test_schedule_parts_headed_item_a1_read_as_reports_of_their_own(tmp_path: Path) -> None:
    # The schedule (the agenda's item 3) lists its applications "A1", "A2" in its table, and
    # each is headed "Item A1" over its labels on a page of its own: before, each was read as
    # another item's paper (four reports where the pack has two)
    for schedule, refs in (("SCHEDULE A - APPLICATIONS FOR DECISION", ("A1", "A2")),
                           ("Schedule of Planning Applications", ("P1", "P2"))):
        pack = SCHEDULE_PACK.format(council="Westmere District Council", schedule=schedule,
                                    ref1=refs[0], ref2=refs[1])
        assert pack_documents(pack, tmp_path) == [
            ("agenda", "2028-07-11", "Planning Committee"),
            ("minutes", "2028-06-13", "Planning Committee"),
            ("report", "2028-07-11", "Planning Committee"),
            ("report", "2028-07-11", "Planning Committee"),
        ]
        kinds = pack_kinds(pack, tmp_path)
        assert [(f, t) for _, f, t in kinds[2:]] == [(3, 5), (6, 6)]


def test_schedule_parts_verdicts_dropped_for_its_summary_table(tmp_path: Path) -> None:
    # Read as one report, the schedule's summary table (its "Recommendation" column) came
    # first and each application's "RECOMMENDATION: GRANT ..." headline, a verdict, gave way
    # to it as though the table worded it further on: every application's ask was lost
    pack = SCHEDULE_PACK.format(council="Westmere District Council",
                                schedule="SCHEDULE A - APPLICATIONS FOR DECISION",
                                ref1="A1", ref2="A2")
    asks = [d.decision_text for d in process_file(str(rendered(pack, tmp_path))).records
            if isinstance(d, Decision) and d.source == "report"]
    # (the table's column of verdicts, "A1. GRANT A2. REFUSE", is no decision: the minutes
    # and decisions fix of the same round, a schedule's column)
    assert asks == ["GRANT subject to conditions.", "REFUSE for the reason below.",
                    "That the Committee notes the appeal decisions received since its "
                    "last meeting."]
    # the guard: a verdict headline before the recommendation worded in full gives way to it
    blocks = find_recommendations([(1, s) for s in (
        "RECOMMENDATION: REFUSE", "1. Assessment", "1.1 The site is in open countryside.",
        "2. Recommendation", "2.1 That planning permission be refused for the reason below.")])
    assert [b.text for b in blocks] == [
        "That planning permission be refused for the reason below."]


def test_parts_of_an_agenda_item_stay_papers_of_their_own(tmp_path: Path) -> None:
    # the guard: "Item 3.1" and "Item 3.2" are parts of the agenda's item 3 (its own
    # numbering), each application's report a paper of its own, as round 9's packs print them
    pack = SCHEDULE_PACK.format(council="Westmere District Council",
                                schedule="Applications for Planning Permission",
                                ref1="3.1", ref2="3.2")
    kinds = pack_kinds(pack, tmp_path)
    assert [(k, f, t) for k, f, t in kinds[2:]] == [
        ("report", 3, 3), ("report", 4, 4), ("report", 5, 5), ("report", 6, 6)]


# ----------------------------------------- a budget report's savings tracker, headed as a KPI's

BUDGET_MONITORING = """## Brantwood Council
<< Agenda Item 6
!! Revenue Budget Monitoring 2028/29 - Quarter 1
Report to:	Cabinet
Date:	12 September 2028
Report of:	Director of Finance
** 1. Recommendations
1.1 That Cabinet notes the forecast overspend of £1.2m and the delivery of the savings programme.
** 2. Forecast position
2.1 The forecast outturn is £151.2m against a net budget of £150.0m.
** 3. {section}
|~ {ref} | {item} | Service | 2028/29 Target £000 | Forecast £000 | RAG |
| {code}-01 | Review of care packages | Adult Social Care | 900 | 700 | {{#ffc000}}Amber |
| {code}-02 | Route optimisation | Children's Services | 400 | 100 | {{#ff0000}}Red |
| {code}-03 | Office rationalisation | Resources | 300 | 300 | {{#00b050}}Green |
3.1 The Red rated item is delayed to 2029/30.
"""


def test_savings_tracker_headed_like_a_dashboard_read_as_a_performance_report(
        tmp_path: Path) -> None:
    # "Ref | Saving | ... | RAG": a ref, a target and a rating, as a KPI table's header; but
    # the rows are the savings a budget counts on (money, as the set's convention has it for a
    # budget report counting its savings by rating), not measures of a service. Before, the
    # budget monitoring report was read as a performance report.
    for ref, item in (("Ref", "Saving"), ("Ref", "Savings proposal"),
                      ("Code", "Efficiency")):
        paper = BUDGET_MONITORING.format(section="Savings delivery", ref=ref, item=item,
                                         code="SAV")
        assert [k for k, _, _ in pack_kinds(paper, tmp_path)] == ["report"]
    # the guard: a table of the service's measures so headed makes it a performance report
    paper = BUDGET_MONITORING.format(section="Service performance", ref="Ref",
                                     item="Indicator", code="KPI")
    assert [k for k, _, _ in pack_kinds(paper, tmp_path)] == ["performance_report"]
