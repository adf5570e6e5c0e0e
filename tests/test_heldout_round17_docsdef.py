"""Regression tests for round 17's document misses in batches d, e and f (kind, meeting date
and committee of each document of a file): a ModernGov agenda item's page printing its
report's scorecard read as a performance report, not as the item's decision; an island
minister's "Ministerial Decision Report" classed as nothing. Each runs on
small generated papers, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, html_table, rendered
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file

# A ModernGov agenda item's page whose item is the quarter's performance report: the page
# prints the report's scorecard above the item's minutes and resolution.
PERFORMANCE_ITEM_PAGE = html_page(
    "<h1>Agenda item</h1>",
    "<h2>Quarterly Performance Report: Quarter 2 2027/28</h2>",
    "<ul><li><b>Meeting of</b> <a href='x'>Cabinet, Monday, 8th November, 2027 10.00 am</a>"
    " (Item 6.)</li></ul>",
    "<p>To consider a report of the Chief Executive on performance against the Council Plan.</p>",
    html_table(["Code", "Indicator", "Target", "Q2", "RAG"], [
        ["HW 01", "Health checks delivered (%)", "60%", "64.0%", "Green"],
        ["HW 02", "Smoking quitters at four weeks (%)", "50%", "41.5%", "Red"],
        ["PL 04", "Major planning applications on time (%)", "80%", "78.2%", "Amber"],
    ]),
    "<h3>Minutes:</h3>",
    "<p>The Leader introduced the report.</p>",
    "<p><b>RESOLVED</b> &ndash; That the Council's performance at Quarter 2 be noted.</p>",
    "<p><b>Supporting documents:</b></p>",
)


def test_agenda_item_page_of_a_performance_report_read_as_performance_report(
        tmp_path: Path) -> None:
    # the page's heading says what it is: the item's decision (the set's convention), its
    # scorecard's rated rows read there as a report's appendix is
    path = tmp_path / "item.html"
    path.write_text(PERFORMANCE_ITEM_PAGE)
    assert documents_of(path) == [("decision", "2027-11-08", "Cabinet")]
    kpis = [r for r in process_file(str(path)).records if isinstance(r, Kpi)]
    assert [(k.ref, k.latest_value, k.latest_rag) for k in kpis] == [
        ("HW 01", 64.0, "green"), ("HW 02", 41.5, "red"), ("PL 04", 78.2, "amber")]


# An island government's record of a minister's decision: its form's title, its summary's
# labels, the decision and its reasons, the minister's signature.
MINISTERIAL_DECISION_REPORT = """** STATES OF SARKHOLM
** Ministerial Decision Report
| Decision Reference: | MD-2028-0107 |
| Decision Summary Title: | Roads: Award of Contract for Resurfacing 2028 |
| Date of Decision Summary: | 2 March 2028 |
| Decision Summary Author: | Director of Highways |
** Decision(s):
The Minister for Infrastructure approved the award of the contract for resurfacing the island's \
main roads in 2028 to Coastline Surfacing Limited at a contract value of £318,000.
** Reason(s) for Decision:
The tender was the most economically advantageous of the three received.
Signature:	Deputy Anne Le Maistre
Position:	Minister for Infrastructure
"""


def test_ministerial_decision_report_read_as_nothing(tmp_path: Path) -> None:
    # "Ministerial Decision Report" titles the record of the minister's decision, no report
    # to a meeting: a decision notice, of no committee and no meeting
    assert documents_of(rendered(MINISTERIAL_DECISION_REPORT, tmp_path)) == [
        ("decision", None, None)]
