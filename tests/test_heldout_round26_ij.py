"""Regression tests for the misses of held-out round 26's batches I and J (housing landlord
services; one council's week of committees in one house style): each named after what was
misread, on small papers in the layouts that showed it, with guards of the general rule."""

from __future__ import annotations

from heldout_support import html_page, pdf_agenda_items, source_decision_rows, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# ------------ a summons's notices of motion, lettered under their item (r26j full council)

SUMMONS = source_lines(
    "** CALDERBROOK COUNCIL",
    "** SUMMONS TO A MEETING OF THE COUNCIL",
    "Thursday 22 June 2028 at 6.30 pm, Council Chamber",
    "** AGENDA",
    "| Item | Business | Page |",
    "| 1 | Apologies for Absence | |",
    "| 2 | Declarations of Interest | |",
    "| 3 | Notices of Motion | 10 |",
    "| 4 | Questions from Members | |",
    "** Item 3: Notices of Motion",
    '(a) Proposed by Councillor Harriet Stainsby, seconded by Councillor Olu Adeyemi: "This '
    "Council resolves to ask Cabinet to introduce free after-3pm parking in all Council car "
    'parks in Calderbrook town centre on Saturdays."',
    '(b) Proposed by Councillor Keir Wolstenholme, seconded by Councillor Maryam Qadir: "This '
    'Council calls on the Government to fund the repair of the Kettlewick sea wall in full."',
)


def test_notice_of_motion_under_its_item_is_no_agenda_item(tmp_path):
    assert pdf_agenda_items(SUMMONS, tmp_path) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Notices of Motion"), ("4", "Questions from Members")]


def test_lettered_part_titled_in_capitals_case_is_still_an_item(tmp_path):
    # the guard: a part printed as an item of its own under the last one stays an item
    text = SUMMONS.replace(
        SUMMONS[SUMMONS.index("** Item 3"):],
        "(a) Schedule of Payments\n(b) Bank Reconciliation\n")
    assert pdf_agenda_items(text, tmp_path)[-2:] == [
        ("4(a)", "Schedule of Payments"), ("4(b)", "Bank Reconciliation")]


# ------------ a scrutiny report's later list of another body's recommendations (r26i tenant
# scrutiny panel "6. Recommendations of the Review", r26j overview "2.2 Recommendations to
# Cabinet:")

REVIEW_REPORT = source_lines(
    "** CALDERBROOK COUNCIL",
    "** REPORT TO TENANT AND LEASEHOLDER SCRUTINY PANEL",
    "Meeting date:\t20 January 2026",
    "** VOID WORKS SCRUTINY REVIEW: FINAL REPORT",
    "** 1. Recommendations",
    "1.1 That the Panel agrees the review's findings and the three recommendations in section 4.",
    "** 2. Background",
    "2.1 Of the 287 homes let in 2024/25, 64 needed major works and took an average of 88 days.",
    "** 4. Recommendations of the Review",
    "R1 The lettable standard should include a decoration allowance voucher of GBP 150.",
    "R2 Viewings should be arranged before void works are finished where the home is safe.",
    "** 5. Financial Implications",
    "5.1 None arising from this report.",
)


def test_review_s_own_recommendations_after_the_report_s_ask_are_no_decision(tmp_path):
    rows = source_decision_rows(REVIEW_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Panel agrees the review's findings and the three recommendations in "
        "section 4."]


def test_summary_s_recommendations_to_cabinet_after_the_ask_are_no_decision(tmp_path):
    text = REVIEW_REPORT.replace(
        "** 4. Recommendations of the Review\n",
        "2.2 Recommendations to Cabinet:\n(a) independent travel training for every pupil;\n")
    rows = source_decision_rows(text, "report", tmp_path)
    assert len(rows) == 1 and rows[0][0].startswith("That the Panel agrees")


def test_report_headed_only_by_another_s_recommendations_asks_by_them(tmp_path):
    # the guard: with no block of its own before, the report asks by the block so headed
    text = REVIEW_REPORT.replace(
        "** 1. Recommendations\n1.1 That the Panel agrees the review's findings and the three "
        "recommendations in section 4.\n", "")
    rows = source_decision_rows(text, "report", tmp_path)
    assert len(rows) == 1 and "lettable standard" in rows[0][0]


# ------------ an annual report's activity table after the report's ask (r26j full council:
# "| Recommendations to Cabinet | 17 | 23 |" read as a heading over the next row)

ANNUAL_REPORT = source_lines(
    "** CALDERBROOK COUNCIL",
    "** REPORT TO COUNCIL",
    "Meeting date:\t22 June 2028",
    "** OVERVIEW AND SCRUTINY ANNUAL REPORT 2027/28",
    "** 1. Recommendation",
    "1.1 That Council notes the Overview and Scrutiny Annual Report 2027/28.",
    "** 2. The year in summary",
    "2.1 The Committee held eleven meetings and completed one task and finish review.",
    "| Activity | 2026/27 | 2027/28 |",
    "| Meetings held | 10 | 11 |",
    "| Recommendations to Cabinet | 17 | 23 |",
    "| Recommendations accepted in full | 12 | 19 |",
    "2.2 The work programme for 2028/29 was agreed on 15 May 2028.",
)


def test_activity_table_row_after_the_ask_is_no_decision(tmp_path):
    rows = source_decision_rows(ANNUAL_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That Council notes the Overview and Scrutiny Annual Report 2027/28."]


# ------------ a second lead-in under one Recommendations heading (r26i HRA rents page:
# "Cabinet is recommended to recommend to Council:" a-d, then "Cabinet is recommended:" e)

RENTS_PAGE = html_page(
    "<h1>HRA Business Plan and Rent Setting 2026/27</h1>",
    "<table><tr><th>Meeting</th><td>Cabinet</td></tr>"
    "<tr><th>Date</th><td>Wednesday 4 February 2026</td></tr></table>",
    "<h2>2. Recommendations</h2>",
    "<p>Cabinet is recommended to recommend to Council:</p>",
    '<ol type="a"><li>that tenant service charges be increased by 3.8% from 6 April 2026;</li>'
    "<li>that the HRA revenue budget for 2026/27 set out in Table 1 be approved.</li></ol>",
    "<p>Cabinet is recommended:</p>",
    '<ol type="a" start="3"><li>to note the 30-year HRA business plan and the minimum working '
    "balance of £4.0 million.</li></ol>",
    "<h2>3. Rent setting</h2>",
    "<p>The government's rent settlement allows increases of up to CPI plus 1% a year.</p>",
)


def _page_decisions(html: str, tmp_path) -> list[str]:
    path = tmp_path / "report.html"
    path.write_text(html)
    return [d.decision_text for d in process_file(str(path)).records
            if isinstance(d, Decision) and d.source == "report"]


def test_second_lead_in_under_one_heading_is_a_decision_of_its_own(tmp_path):
    texts = _page_decisions(RENTS_PAGE, tmp_path)
    assert len(texts) == 2
    assert "recommend to Council" in texts[0] and "to note the 30-year" in texts[1]


def test_one_lead_in_over_its_list_stays_one_decision(tmp_path):
    # the guard: a block of one lead-in and its list is one decision
    html = RENTS_PAGE.replace("<p>Cabinet is recommended:</p>", "")
    assert len(_page_decisions(html, tmp_path)) == 1
