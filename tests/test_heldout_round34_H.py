"""Held-out round 34, council web pages (batch H): the rules the round's misses showed, each on
a small web page in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import documents_of, html_page, html_table
from kcc_papers.extract import kpis
from kcc_papers.extract.meetings.sentences import decisions_taken
from kcc_papers.load import load
from kcc_papers.models import Contract, Decision, Kpi
from kcc_papers.pipeline import process_file


def _page(html: str, tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


def _decisions(path: Path) -> list[tuple[str, str, str | None]]:
    return [(d.source, d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _kpis(path: Path) -> list[Kpi]:
    return [k for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _contracts(path: Path) -> list[tuple[str | None, float | None]]:
    return [(c.provider, c.value_gbp) for c in process_file(str(path)).records
            if isinstance(c, Contract)]


# ------------------------------------------------- a report's page: its meeting and date labelled

# A report page (r34b): the meeting and its date in a details table under the title ("Meeting |
# Leisure Scrutiny Panel" over "Date | Wednesday, 4 March 2026"), the title naming a strategy
# the report updates on.
LABELLED_MEETING = ("<table><tr><th>Meeting</th><td>Leisure Scrutiny Panel</td></tr>"
                    "<tr><th>Date</th><td>Wednesday, 4 March 2026</td></tr>"
                    "<tr><th>Report of</th><td>Head of Leisure</td></tr></table>")
STRATEGY_UPDATE = [
    "<h1>Playing Pitch Strategy: Progress Update</h1>",
    LABELLED_MEETING,
    "<h2>1. Purpose of report</h2>",
    "<p>1.1 To update the Panel on the first year of the strategy.</p>",
    "<h2>2. Recommendations</h2>",
    "<p>2.1 That the Panel notes the progress made in delivering the strategy.</p>",
    "<h2>3. Progress</h2>",
    "<p>3.1 Two new artificial pitches opened at Mill Lane in the autumn.</p>",
]


def test_a_report_page_labelling_its_meeting_and_date_is_a_report(tmp_path: Path) -> None:
    path = _page(html_page(*STRATEGY_UPDATE), tmp_path)
    assert documents_of(path) == [("report", "2026-03-04", "Leisure Scrutiny Panel")]
    assert _decisions(path) == [
        ("report", "That the Panel notes the progress made in delivering the strategy.", "noted")]


# ... and its rated table of targets, whose status words a key above it explains, is then read.
def test_the_labelled_report_page_reads_its_rated_targets(tmp_path: Path) -> None:
    table = html_table(["Measure", "2024/25", "Target 2025/26", "2025/26", "Status"],
                       [["PP1 Pitches of good quality (%)", "61%", "70%", "72%", "Met"],
                        ["PP2 Teams unable to find a pitch", "14", "5", "12", "Not met"]])
    page = html_page(
        "<h1>Playing Pitch Strategy: Progress Update</h1>", LABELLED_MEETING,
        "<h2>1. Purpose of report</h2>",
        "<p>1.1 This report sets out performance against the strategy's targets.</p>",
        "<h2>2. Recommendations</h2>",
        "<p>2.1 That the Panel notes the performance against the targets.</p>",
        "<p>Status: Met = target met; Near = within 5% of target; Not met = more than 5% away."
        "</p>", table)
    path = _page(page, tmp_path)
    assert documents_of(path) == [("performance_report", "2026-03-04", "Leisure Scrutiny Panel")]
    assert [(k.description, k.latest_value, k.latest_rag) for k in _kpis(path)] == [
        ("PP1 Pitches of good quality (%)", 72.0, "green"),
        ("PP2 Teams unable to find a pitch", 12.0, "red")]


# The negative: the strategy's own page, no meeting named over a date, is no paper.
def test_a_strategy_page_naming_no_meeting_stays_other(tmp_path: Path) -> None:
    page = html_page("<h1>Playing Pitch Strategy 2025-2030</h1>",
                     "<p>Published: 4 March 2026</p>",
                     "<h2>Our vision</h2>",
                     "<p>Every team in the district has a good pitch within a short drive.</p>")
    assert [d[0] for d in documents_of(_page(page, tmp_path))] == ["other"]


# ---------------------------------------- a decisions page set out as a definition list, no table

# A cabinet's decisions page (r34g): each item a <dt> ("Item 4: ...") over <dd>s that carry their
# own labels ("Decision:", "Reasons:"), under a title "Executive: decisions of the meeting on
# <date>".
DEFINITION_DECISIONS = html_page(
    "<h1>Executive: decisions of the meeting on 3 February 2027</h1>",
    "<p>Published 5 February 2027. These decisions may be called in until 12 February 2027.</p>",
    "<dl>",
    "<dt>Item 4: Leisure Centre Management</dt>",
    "<dd><strong>Decision:</strong> That the leisure centre management contract be awarded to "
    "Active Lanes Trust Ltd for &pound;1,250,000 over five years.</dd>",
    "<dd><strong>Reasons:</strong> Two bids were received; Fitworks Ltd was second.</dd>",
    "<dt>Item 5: Street Naming Policy</dt>",
    "<dd><strong>Decision:</strong> That the street naming policy be approved.</dd>",
    "</dl>")


def test_a_definition_lists_labelled_descriptions_are_lines_under_its_term(
        tmp_path: Path) -> None:
    lines = [line.text for line in load(_page(DEFINITION_DECISIONS, tmp_path)).pages[0].lines]
    assert lines[2:] == [
        "Item 4: Leisure Centre Management",
        "Decision: That the leisure centre management contract be awarded to Active Lanes Trust"
        " Ltd for £1,250,000 over five years.",
        "Reasons: Two bids were received; Fitworks Ltd was second.",
        "Item 5: Street Naming Policy",
        "Decision: That the street naming policy be approved."]


# The negative: a definition list of fields ("Decision maker" / "Cabinet"), whose descriptions
# carry no labels of their own (a date holding a colon after its day is none), is read a field
# a line, as before.
def test_a_definition_list_of_fields_keeps_each_field_on_one_line(tmp_path: Path) -> None:
    page = html_page("<h1>Issue details</h1>",
                     "<dl><dt>Decision maker</dt><dd>Cabinet</dd>",
                     "<dt>Date of decision</dt><dd>Monday 3 March: 6pm</dd>",
                     "<dt>Lead officer</dt><dd>Head of Planning</dd></dl>")
    lines = [line.text for line in load(_page(page, tmp_path)).pages[0].lines]
    assert lines == ["Issue details", "Decision maker: Cabinet",
                     "Date of decision: Monday 3 March: 6pm", "Lead officer: Head of Planning"]


# A title naming the body, then its decisions of the meeting on a date; a sentence that goes on
# after the date is no title.
def test_a_body_then_its_decisions_of_the_meeting_names_the_meeting() -> None:
    assert decisions_taken(["Licensing Committee - decisions of the meeting held on"
                            " 9 June 2027"]) == {
        "committee": "Licensing Committee", "meeting_date": decisions_taken(
            ["Licensing Committee decisions: 9 June 2027"])["meeting_date"]}
    assert decisions_taken(["Cabinet: decisions of the meeting on 9 June 2027 are listed"
                            " below with their reasons"]) == {}


# ... so the decisions page is read whole: its meeting from its title, each item's decision, the
# contract awarded (the second bidder no contract).
def test_the_definition_list_decisions_page_is_read_as_a_record_of_decisions(
        tmp_path: Path) -> None:
    path = _page(DEFINITION_DECISIONS, tmp_path)
    assert documents_of(path) == [("decision", "2027-02-03", "Executive")]
    assert _decisions(path) == [
        ("decision_notice", "That the leisure centre management contract be awarded to Active"
         " Lanes Trust Ltd for £1,250,000 over five years.", "other"),
        ("decision_notice", "That the street naming policy be approved.", "approved")]
    assert _contracts(path) == [("Active Lanes Trust Ltd", 1250000.0)]


# -------------------------------------------------- a minutes page titled "Minutes: <body>"

# A minutes page (r34c): its title says what it is, then whose ("Minutes: Harbour Board"), over
# the meeting's date, time and venue on a line of their own.
def test_a_minutes_page_titled_minutes_then_its_body_names_the_body(tmp_path: Path) -> None:
    page = html_page(
        "<p>Saltmere District Council</p>",
        "<h1>Minutes: Harbour Board</h1>",
        "<p>Tuesday, 6 April 2027 2.00 pm, Harbour Office, Saltmere</p>",
        "<p><strong>Present:</strong> Councillors A Brine (Chair), K Tully and P Wrack</p>",
        "<h2>HB.12 Apologies for absence</h2>",
        "<p>Apologies were received from Councillor M Kelp.</p>",
        "<h2>HB.13 Mooring fees 2027/28</h2>",
        "<p><strong>RESOLVED:</strong> That the mooring fees for 2027/28 be approved.</p>")
    assert documents_of(_page(page, tmp_path)) == [("minutes", "2027-04-06", "Harbour Board")]


# The negative: minutes of the council's own meeting titled so name no committee.
def test_a_minutes_page_of_the_council_itself_names_no_committee(tmp_path: Path) -> None:
    page = html_page(
        "<h1>Minutes: Saltmere District Council</h1>",
        "<p>Tuesday, 6 April 2027 7.00 pm, Council Chamber, Saltmere</p>",
        "<p><strong>Present:</strong> The Chair (Councillor A Brine) and 30 councillors</p>",
        "<h2>C.12 Apologies for absence</h2>",
        "<p>Apologies were received from Councillor M Kelp.</p>",
        "<h2>C.13 Council tax 2027/28</h2>",
        "<p><strong>RESOLVED:</strong> That the council tax for 2027/28 be set.</p>")
    assert documents_of(_page(page, tmp_path)) == [("minutes", "2027-04-06", None)]
