"""Regression tests for round 19 batch G's document misses: a ModernGov page of decisions
whose short entries each repeat "Decision Maker:" read as a report's labelled header, and a
scrutiny review's report asking its committee to endorse its recommendations to Cabinet read
as a performance report for the KPI tables among its findings. Each runs on small papers
written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, documents_of, pack_documents
from kcc_papers.pipeline import process_file

# ------------------------------------- a ModernGov decisions page of short, close-set entries


def _entry(number: int, title: str, status: str, resolution: str) -> str:
    return (f'<li><h3 class="mgSubSubTitleTxt"><a href="ieDecisionDetails.aspx?ID={number}">'
            f"{title}</a></h3>"
            "<p><b>Decision Maker:</b> Licensing and Appeals Committee<br>"
            f"<b>Decision status:</b> {status}</p>"
            f'<div class="mgWordPara"><p>RESOLVED: {resolution}</p></div></li>')


DECISIONS_PAGE = (
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
    "<title>Decisions - Licensing and Appeals Committee, Tuesday, 7th March, 2028 2.00 pm"
    " | Thornwick District Council</title></head><body>"
    '<header><a href="/">Thornwick District Council</a></header>'
    '<div class="mgContent"><h1 class="mgMainTitleTxt">Decisions</h1>'
    '<h2 class="mgSubTitleTxt">Decisions - Licensing and Appeals Committee, Tuesday, 7th March,'
    " 2028 2.00 pm</h2>"
    '<p class="mgSubSubTitleTxt">Decisions published on Wednesday, 8th March, 2028.</p>'
    '<ul class="mgDecisionList">'
    + _entry(71, "Street Trading Consents: Market Square", "Recommendations Approved",
             "That street trading consents be granted for the four pitches in Market Square.")
    + _entry(72, "Hackney Carriage Fares Review", "Deferred",
             "That the review of hackney carriage fares be deferred to the June meeting.")
    + _entry(73, "Sex Establishment Venue Licence Policy", "Rejected",
             "That the proposed changes to the venue licence policy be not approved.")
    + "</ul></div></body></html>")


def test_decisions_page_entries_repeating_decision_maker_read_as_report(tmp_path: Path) -> None:
    # Three entries' "Decision Maker:" within ten lines are one label repeated, a list of
    # entries, not the three labels of a report's header: before, the second entry started a
    # "report" and the page was split into a pack of two parts, its decisions unread
    path = tmp_path / "decisions_page.html"
    path.write_text(DECISIONS_PAGE)
    assert documents_of(path) == [
        ("decision", "2028-03-07", "Licensing and Appeals Committee")]
    assert [(d.source, d.decision_text, d.status)
            for d in decisions_in(process_file(str(path)).records)] == [
        ("decision_notice",
         "RESOLVED: That street trading consents be granted for the four pitches in "
         "Market Square.",
         "Recommendations Approved"),
        ("decision_notice",
         "RESOLVED: That the review of hackney carriage fares be deferred to the June meeting.",
         "Deferred"),
        ("decision_notice",
         "RESOLVED: That the proposed changes to the venue licence policy be not approved.",
         "Rejected"),
    ]


# ------------------------- a scrutiny review's recommendations to Cabinet, with KPI tables

SCRUTINY_REVIEW_PACK = """%% header Eastmere Borough Council
## Overview and Scrutiny Committee
Date:	Tuesday 14 March 2028
Time:	6.30 pm
** Agenda
1. Apologies for Absence
2. Review of Leisure Provision: Task and Finish Group Final Report
--- page ---
** Item 2
!! Review of Leisure Provision: Task and Finish Group Final Report
Chair of the Group: Councillor M Okafor
** Recommendations to Cabinet
The Committee is asked to endorse the following recommendations and refer them to Cabinet:
R1 That Cabinet commissions an options appraisal for the future of the Riverside Pool;
R2 that the leisure operator reports twice a year against the measures below.
** Findings
1. The Group met four times and visited each of the borough's three leisure centres.
|~ Code | Indicator | Target 2026/27 | Outturn 2026/27 | Status |
| LC1 | Leisure centre visits (000) | 900 | 861 | {dot#ffc000}Amber |
| LC2 | Swimming lessons booked | 4,200 | 4,510 | {dot#00b050}Green |
"""


def test_recommendations_to_cabinet_with_kpi_tables_read_as_performance_report(
        tmp_path: Path) -> None:
    # The committee is asked to endorse the group's recommendations and refer them to Cabinet:
    # its decision, whose evidence the KPI tables are. Before, "endorse" was read as a
    # review's ask and the tables made the paper a performance report
    committee = "Overview and Scrutiny Committee"
    assert pack_documents(SCRUTINY_REVIEW_PACK, tmp_path) == [
        ("agenda", "2028-03-14", committee),
        ("report", "2028-03-14", committee),
    ]
