"""Review of round 42's K3 change (KPI tables and the packs holding them): its rules read on
small papers in other councils' words. A title set as a heading with its subject before a
colon under a line naming the meeting; a contract in force told with two firms, with "due to
end" and no "which", or as a sum "paid to" its holder; a table by place whose first column is
named in four words or with a bracketed year; a rating column naming its year in brackets.
Each mend with a guard beside it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    KpiRow,
    contract_rows,
    decisions_page_file,
    documents_and_decisions,
    kpi_rows,
    pack_documents,
    source_lines,
)
from test_heldout_round42_k3 import _AGENDA, _DASHBOARD
from test_heldout_round42_k3 import _report as k3_report


def _report(title: str, heading: str = "Environment Committee - 14 November 2028"
            ) -> tuple[str, ...]:
    return k3_report(heading, title, "That the Committee notes the report.")


def test_regression_title_heading_with_a_colon_starts_a_report(tmp_path: Path) -> None:
    """Before, a title setting its subject before a colon ("Waste Collection: Performance
    2027/28") was taken for a field and started no report under the meeting's heading: the
    pack was one agenda. A field prints a date, a time or a word or two after its colon."""
    source = source_lines(*_AGENDA, *_report("Waste Collection: Performance 2027/28"),
                          *_report("Street Cleansing: Standards Review"))
    assert [d[0] for d in pack_documents(source, tmp_path)] == ["agenda", "report", "report"]


def test_agenda_fields_under_the_meeting_name_start_no_report(tmp_path: Path) -> None:
    """Guard: an agenda's cover, its committee over "Date:" and "Time: 7.00 pm" over a "Lead
    officer:" label, and a report's page whose line over "Report by:" is "Wards: All", are
    fields, no title: no report starts at the cover."""
    source = source_lines(
        "## Ravensholt District Council", "!! Environment Committee",
        "Date:\tTuesday 14 November 2028", "Time:\t7.00 pm",
        "Lead officer:\tDemocratic Services Manager", "** AGENDA",
        "1. Apologies for absence", "2. Waste Collection Performance 2027/28")
    assert [d[0] for d in pack_documents(source, tmp_path)] == ["agenda"]


def test_regression_item_heading_on_a_decisions_page_starts_no_report(tmp_path: Path) -> None:
    """Before, a decisions page headed "Decisions - Planning Committee, 14 November 2028",
    an item's heading over its own field ("Report author: ..."), had a report start at that
    heading and was recorded as a report (K3's title-heading rule; round 41's review 1 test
    of the same field failed so). A heading naming the meeting and another
    paper of it ("Decisions", "Minutes", "Agenda") heads that paper, not a report."""
    path = decisions_page_file(
        tmp_path, "<p>Ravensholt District Council</p>",
        "<h1>Decisions - Planning Committee, Tuesday 14 November 2028</h1>",
        "<h2>Local Validation List</h2>",
        "<p>Report author: Priya Nair, Head of Planning</p>",
        "<p><strong>Decision:</strong> That the Local Validation List be adopted.</p>",
        "<h2>Tree Preservation Order 4/2028</h2>",
        "<p><strong>Decision:</strong> That the order be confirmed.</p>")
    docs, decisions = documents_and_decisions(path)
    assert [d[0] for d in docs] == ["decision"]
    assert [text for _, text, _ in decisions] == [
        "That the Local Validation List be adopted.", "That the order be confirmed."]


def test_report_heading_naming_its_agenda_item_still_starts_a_report(tmp_path: Path) -> None:
    """Guard: a report's heading naming its place on the agenda ("... - Agenda Item 3") names
    no other paper: the pack's reports start under it."""
    heading = "Environment Committee - 14 November 2028 - Agenda Item {}"
    source = source_lines(*_AGENDA, *_report("Waste Collection Performance 2027/28",
                                             heading.format(3)),
                          *_report("Street Cleansing Standards Review", heading.format(4)))
    assert [d[0] for d in pack_documents(source, tmp_path)] == ["agenda", "report", "report"]


_SPEND = ("AIR QUALITY ANNUAL STATUS REPORT\n\n3.1 Spending on air quality monitoring was "
          "£140,000 in 2027/28 (including £96,000 {}). The rest was met from the service's "
          "own budget.\n")


def test_regression_sum_paid_under_contracts_with_two_firms_is_no_contract(
        tmp_path: Path) -> None:
    """Before, "paid under the monitoring contracts with X Ltd and Y Ltd, which run to 2030"
    gave two rows with no value: K3's rule read one contract ("contract with") only."""
    text = _SPEND.format("paid under the monitoring contracts with Aerolyte Instruments Ltd "
                         "and Skyline Sensors Ltd, which run to 2030")
    assert contract_rows(text, tmp_path) == []


def test_regression_contract_due_to_end_with_no_which_is_no_contract(tmp_path: Path) -> None:
    """Before, "... contract with X Ltd, due to end in March 2030" (no "which") gave a row."""
    text = _SPEND.format("paid under the air quality monitoring contract with Aerolyte "
                         "Instruments Ltd, due to end in March 2030")
    assert contract_rows(text, tmp_path) == []


def test_regression_sum_paid_to_the_holder_under_a_contract_is_no_contract(
        tmp_path: Path) -> None:
    """Before, "paid to X Ltd under a contract which runs until 2030" gave a row: the holder
    named before "under" was read only after "provided by" and its like."""
    text = _SPEND.format("paid to Aerolyte Instruments Ltd under a contract which runs until "
                         "2030")
    assert contract_rows(text, tmp_path) == []


def test_contract_in_force_beside_its_replacement_keeps_the_outgoing_holder(
        tmp_path: Path) -> None:
    """Guard: the contract said to end is replaced in the same paper: both holders stay."""
    text = ("AIR QUALITY MONITORING CONTRACT\n\nRESOLVED: That the contract with Aerolyte "
            "Instruments Ltd, which expires in 2029, be replaced and the new contract be "
            "awarded to Skyline Sensors Ltd for £300,000.\n")
    assert sorted(str(r[0]) for r in contract_rows(text, tmp_path)) == [
        "Aerolyte Instruments Ltd", "Skyline Sensors Ltd"]


_PLACES = ("| Ashby Magna | 1,204 | 88 | 41 | 3 | 57 |", "| Thornley | 812 | 45 | 17 | 2 | 31 |")
_COLUMNS = ("Households on the garden waste service | Bulky collections | Fly-tips cleared | "
            "Bring sites | Assisted collections |")


def _by_place(first: str, tmp_path: Path) -> list[KpiRow]:
    return kpi_rows(source_lines(*_DASHBOARD, f"| {first} | {_COLUMNS}", *_PLACES), tmp_path)


def test_regression_table_by_place_named_in_four_words_is_no_kpis(tmp_path: Path) -> None:
    """Before, a first column named in four words ("Name of parish council") was past the
    rows' kind's three: the table by parish was read as the dashboard's rows."""
    assert _by_place("Name of parish council", tmp_path) == [
        ("WC1", 99.5, "green"), ("WC2", 91.0, "red")]


def test_regression_table_by_ward_with_a_bracketed_year_is_no_kpis(tmp_path: Path) -> None:
    """Before, "Ward (2022 boundaries)" printed a figure, read as no kind's name."""
    assert _by_place("Ward (2022 boundaries)", tmp_path) == [
        ("WC1", 99.5, "green"), ("WC2", 91.0, "red")]


def test_second_dashboard_under_the_first_is_still_read(tmp_path: Path) -> None:
    """Guard: a second dashboard under the first, its code column named "Ref" and a measure
    column named at length, is read on: its rows print codes and ratings."""
    rows = kpi_rows(source_lines(
        *_DASHBOARD,
        "| Ref | Indicator measured against the national target | Target | Q1 2028/29 | "
        "Q2 2028/29 | RAG |",
        "| SC1 | Streets graded A or B for litter | 90% | 92% | 93% | {#00b050}Green |"),
        tmp_path)
    assert ("SC1", 93.0, "green") in rows


def _rated(prior: str, value: str) -> str:
    return source_lines(
        "## Ravensholt District Council", "!! Environment Committee",
        "** Air Quality Performance Report", "Report to:\tEnvironment Committee",
        "Meeting date:\t14 November 2028", "Author:\tHead of Environmental Services",
        "** 1. Indicators",
        f"| Code | Measure | Target 2027/28 | {prior} | {value} | RAG |",
        "| AQ1 | Monitoring sites within the annual NO2 objective (%) | 90% | Red | 93 "
        "| {#00b050}Green |",
        "| AQ2 | Smoke control complaints answered within 5 days (%) | 95% | Green | 88 "
        "| {#ff0000}Red |")


def test_regression_bracketed_earlier_years_rating_rates_nothing(tmp_path: Path) -> None:
    """Before, "RAG (2026/27)" before "Actual (2027/28)" named no period in brackets: last
    year's rating was read as the row's."""
    assert kpi_rows(_rated("RAG (2026/27)", "Actual (2027/28)"), tmp_path) == [
        ("AQ1", 93.0, "green"), ("AQ2", 88.0, "red")]


def test_earlier_quarter_status_of_last_year_rates_nothing(tmp_path: Path) -> None:
    """Guard of K3's rule in other words: "Q4 2026/27 status" before "Q4 2027/28"."""
    assert kpi_rows(_rated("Q4 2026/27 status", "Q4 2027/28"), tmp_path) == [
        ("AQ1", 93.0, "green"), ("AQ2", 88.0, "red")]
