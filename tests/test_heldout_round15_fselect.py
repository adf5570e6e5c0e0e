"""Regression tests for round 15's select committee pack misses (batch F): an agenda dated by
its item's "the next meeting ... will be held on" sentence over its masthead's own date; a page
range broken by the margin after its first page ("(Pages 45" over "- 58)") kept in the title;
a minute's "[Item" broken from its "7]" kept in the title; a report in a pack, a masthead and a
title over its "Purpose of report:", read as more of the minutes before it; and a task and
finish group's lead-in ("recommends that the Cabinet:") read apart from the table of the
recommendations it introduces. Each runs on small generated papers, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decisions_in,
    documents_of,
    numbers,
    pack_documents,
    pdf_agenda_items,
    pdf_minutes,
    rendered,
)
from kcc_papers.models import Minute
from kcc_papers.pipeline import process_file

SELECT_AGENDA = """%% font serif
## MARLSHIRE COUNTY COUNCIL
!! RESOURCES AND PERFORMANCE SELECT COMMITTEE
DATE:	THURSDAY, 16 MARCH 2028
TIME:	10.00 AM
PLACE:	COUNCIL CHAMBER, COUNTY HALL, MARLBURY
^^ AGENDA
** 1 APOLOGIES AND SUBSTITUTIONS
** 2 MINUTES OF THE PREVIOUS MEETING: 19 JANUARY 2028 (Pages 5 - 12)
** 3 COUNCIL TAX REDUCTION SCHEME CONSULTATION OUTCOMES (Pages 13 - 30)
** 4 CAPITAL PROGRAMME MONITORING AND THE WORK PROGRAMME (Pages 31 - 44)
** 5 CAPITAL PROGRAMME MONITORING AND FORWARD WORK PLAN (Pages 45 - 52)
** 6 DATE OF THE NEXT MEETING
The next public meeting of the Select Committee will be held on 8 June 2028.
"""

SELECT_MINUTES = """--- page ---
** MINUTES of the meeting of the RESOURCES AND PERFORMANCE SELECT COMMITTEE held at 10.00 am on 19 January 2028 at County Hall, Marlbury.
Elected Members:	* Mrs Joan Pettifer (Chairman), * Mr Alan Quigley, * Dr Sunita Rao (* = present)
** 1/28 APOLOGIES AND SUBSTITUTIONS [Item 1]
None received.
** 2/28 CAPITAL PROGRAMME MONITORING AND THE WORK PROGRAMME [Item 2]
^^ R E S O L V E D :
The Select Committee noted the capital programme and its forward work programme.
Meeting ended at: 12.10 pm
"""  # noqa: E501

SELECT_REPORT = """--- page ---
!! RESOURCES AND PERFORMANCE SELECT COMMITTEE
!! 16 MARCH 2028
** COUNCIL TAX REDUCTION SCHEME CONSULTATION OUTCOMES
Purpose of report:	To set out for the Select Committee what residents said in the consultation on the council tax reduction scheme for 2028/29.
Lead officer:	Amir Castellano, Director of Finance
** Introduction:
1. The consultation ran for eight weeks and received 1,406 responses.
** Recommendations:
The Select Committee is asked to:
1. Scrutinise the consultation outcomes and make any recommendations to the Cabinet Member for Finance.
"""  # noqa: E501


def test_regression_agenda_dated_by_its_masthead_not_by_its_next_meeting_item(
        tmp_path: Path) -> None:
    # "The next public meeting of the Select Committee will be held on 8 June 2028" under the
    # last item tells of another meeting: the masthead's "DATE:" is the agenda's own
    assert documents_of(rendered(SELECT_AGENDA, tmp_path)) == [
        ("agenda", "2028-03-16", "Resources and Performance Select Committee")]


PARISH_SUMMONS = """## Little Hambury Parish Council
Councillors are summoned to attend the next meeting of the Parish Council to be held in the Village Hall on Monday 10 April 2028 at 7.30 pm.
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 13 March 2028
3. Planning applications
"""  # noqa: E501


def test_next_meeting_summons_still_dates_an_agenda_with_no_dated_masthead(
        tmp_path: Path) -> None:
    # a summons to "the next meeting of the Parish Council" is the agenda's own meeting
    # where no masthead prints another date
    (agenda,) = documents_of(rendered(PARISH_SUMMONS, tmp_path))
    assert agenda[:2] == ("agenda", "2028-04-10")


def test_regression_page_range_broken_after_its_first_page_left_out_of_the_title(
        tmp_path: Path) -> None:
    # "... THE WORK PROGRAMME (Pages 31" over "- 44)", "... WORK PLAN (Pages 45 -" over
    # "52)": each range closes on the next line
    assert pdf_agenda_items(SELECT_AGENDA, tmp_path) == [
        ("1", "APOLOGIES AND SUBSTITUTIONS"),
        ("2", "MINUTES OF THE PREVIOUS MEETING: 19 JANUARY 2028"),
        ("3", "COUNCIL TAX REDUCTION SCHEME CONSULTATION OUTCOMES"),
        ("4", "CAPITAL PROGRAMME MONITORING AND THE WORK PROGRAMME"),
        ("5", "CAPITAL PROGRAMME MONITORING AND FORWARD WORK PLAN"),
        ("6", "DATE OF THE NEXT MEETING"),
    ]


def test_regression_item_ref_broken_at_the_margin_left_out_of_the_minute_title(
        tmp_path: Path) -> None:
    # "2/28 CAPITAL ... WORK PROGRAMME [Item" over "2]": the ref, not the title's words
    records = pdf_minutes("%% font serif\n" + SELECT_MINUTES.removeprefix("--- page ---\n"),
                          tmp_path)
    assert numbers(records) == [
        ("1/28", "APOLOGIES AND SUBSTITUTIONS"),
        ("2/28", "CAPITAL PROGRAMME MONITORING AND THE WORK PROGRAMME"),
    ]
    assert [m.item_ref for m in records if isinstance(m, Minute)] == ["1", "2"]


def test_regression_purpose_of_report_under_its_title_starts_a_report_after_minutes(
        tmp_path: Path) -> None:
    # the meeting's masthead, the paper's title, then "Purpose of report:" at the top of a
    # page after the minutes: the report of item 3, not more of the minutes
    pack = SELECT_AGENDA + SELECT_MINUTES + SELECT_REPORT
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2028-03-16", "Resources and Performance Select Committee"),
        ("minutes", "2028-01-19", "Resources and Performance Select Committee"),
        ("report", "2028-03-16", "Resources and Performance Select Committee"),
    ]
    asks = [d.decision_text for d in decisions_in(
        process_file(str(rendered(pack, tmp_path, "pack"))).records) if d.source == "report"]
    assert asks == ["The Select Committee is asked to:\n1. Scrutinise the consultation outcomes"
                    " and make any recommendations to the Cabinet Member for Finance."]


GROUP_REPORT = """## Library Services Task and Finish Group
!! Final Report
Report to:	Communities Overview and Scrutiny Committee
Date of meeting:	9 February 2028
Lead Officer:	Nadia Fairweather, Scrutiny Officer
** 1. Background
1.1 The Group met six times between May and October 2027.
** 2. Recommendations
The Task and Finish Group recommends that the Cabinet:
|% 8 70 22
| No. | Recommendation | Suggested lead |
| R1 | extends opening hours at the four town libraries to two evenings a week; | Head of Libraries |
| R2 | funds a mobile library route for the villages without a branch; and | Cabinet Member for Communities |
| R3 | reports progress to the Committee after twelve months. | Head of Libraries |
** 3. Next steps
3.1 The report will go to the Cabinet on 9 March 2028.
"""  # noqa: E501


def test_regression_lead_in_over_a_table_of_recommendations_is_one_decision(
        tmp_path: Path) -> None:
    # the table's "Recommendation" column name under the lead-in's colon is no new block:
    # one decision, from the lead-in's words through the table's rows
    asks = [d.decision_text for d in decisions_in(
        process_file(str(rendered(GROUP_REPORT, tmp_path))).records)]
    assert asks == [
        "The Task and Finish Group recommends that the Cabinet: R1. extends opening hours at"
        " the four town libraries to two evenings a week; R2. funds a mobile library route"
        " for the villages without a branch; and R3. reports progress to the Committee after"
        " twelve months."]
