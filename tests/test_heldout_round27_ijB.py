"""Regression tests for the decisions, contracts and KPIs misses of held-out round 27's
batches I and J (a district council's week in a CMIS-like style; web pages and exports of
other systems): each named after what was misread, on small papers in the layouts that showed
it, with guards of the general rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, decisions_in, html_page
from kcc_papers.load import load
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _page_records(html: str, tmp_path: Path) -> tuple[list[tuple[str, str | None]],
                                                      list[Decision]]:
    """A web page's documents (kind, meeting date) and its decisions, as the pipeline reads
    them."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = process_file(str(path))
    docs: list[tuple[str, str | None]] = [(d.kind, str(d.meeting_date) if d.meeting_date else None)
            for d in result.documents]
    return docs, decisions_in(result.records)


# ------------ a Jadu page of a meeting's decisions, each section's title the disclosure button
# inside its heading (r27j borough "Executive decisions" accordion)

def _accordion_section(title: str, decision: str) -> str:
    return (
        '<section class="accordion__item">'
        f'<h2 class="accordion__title"><button aria-expanded="true">{title}</button></h2>'
        '<div class="accordion__panel">'
        "<p><strong>Key decision:</strong> No</p>"
        "<p><strong>Decision:</strong></p>"
        f"<p>{decision}</p>"
        "<p><strong>Reasons:</strong> As set out in the report to the meeting.</p>"
        "</div></section>")


ACCORDION = html_page(
    "<h1>Executive decisions - 14 March 2029</h1>",
    "<p>These are the decisions taken by the Executive at its meeting on Wednesday 14 March "
    "2029.</p>",
    '<form><button type="button">Print this page</button></form>',
    '<div class="accordion">',
    _accordion_section("1. Garden Waste Charges 2029/30",
                       "That the charge for the garden waste service be £52 a year from 1 "
                       "April 2029."),
    _accordion_section("2. Sale of Land at Mill Lane",
                       "That a decision on the sale of land at Mill Lane be deferred to the "
                       "meeting on 11 April 2029."),
    _accordion_section("3. Recommendation from Overview and Scrutiny: Parking",
                       "That the Overview and Scrutiny Committee's recommendation to extend "
                       "free parking not be supported."),
    "</div>",
)


def test_accordion_heading_button_is_the_decision_s_title(tmp_path):
    _, decisions = _page_records(ACCORDION, tmp_path)
    assert [(d.agenda_item_ref, d.title, d.outcome) for d in decisions] == [
        ("1", "Garden Waste Charges 2029/30", "other"),
        ("2", "Sale of Land at Mill Lane", "deferred"),
        ("3", "Recommendation from Overview and Scrutiny: Parking", "rejected")]


def test_button_outside_a_heading_is_still_the_site_s_control(tmp_path):
    # the guard: a form's button ("Print this page") is the site's, no line of the paper
    path = tmp_path / "page.html"
    path.write_text(ACCORDION, encoding="utf-8")
    result = process_file(str(path))
    texts = " ".join(d.decision_text for d in decisions_in(result.records))
    assert "Print this page" not in texts
    lines = [line.text for _, line in load(path).iter_lines()]
    assert "Print this page" not in lines and "2. Sale of Land at Mill Lane" in lines


# ------------ a CMIS "Issue details" page whose decision is printed under a "Decision"
# heading with no colon, the body's "Cabinet RESOLVED:" over a numbered list (r27j county)

def _issue_page(status: str, decision_section: str) -> str:
    return html_page(
        "<h1>Issue details</h1>",
        "<h2>Award of the Countywide Grounds Maintenance Contract 2029-2034</h2>",
        "<p>Issue type: Key decision</p>",
        "<p>Decision maker: Cabinet</p>",
        f"<p>Decision status: {status}</p>",
        "<p>Decision due: 14 Feb 2029 by Cabinet</p>",
        "<p>Lead director: Executive Director of Environment</p>",
        "<h3>Purpose</h3>",
        "<p>To award a contract for the maintenance of the County Council's parks and "
        "verges.</p>",
        decision_section,
        "<h3>Reasons for the decision</h3>",
        "<p>The current contract ends on 30 June 2029.</p>",
    )


ISSUE_DECIDED = _issue_page("Decision Made", (
    "<h3>Decision</h3><p>Cabinet RESOLVED:</p>"
    "<p>1. To award the Countywide Grounds Maintenance Contract 2029-2034 to Hollinsway "
    "Landscapes Ltd for five years from 1 July 2029.</p>"
    "<p>2. To delegate any extension of the contract to the Executive Director of "
    "Environment.</p>"))


def test_issue_page_decision_under_its_heading_is_the_decision(tmp_path):
    docs, decisions = _page_records(ISSUE_DECIDED, tmp_path)
    assert docs == [("decision", "2029-02-14")]
    (decision,) = decisions
    assert decision.decision_text.startswith("Cabinet RESOLVED:\n1. To award the Countywide")
    assert "2. To delegate" in decision.decision_text


def test_issue_page_of_a_decision_to_come_stays_a_forward_plan_entry(tmp_path):
    # the guard: the forward plan's entry prints no "Decision" heading over a decision
    docs, _ = _page_records(_issue_page("For determination", ""), tmp_path)
    assert docs == [("forward_plan", "2029-02-14")]


# ------------ the contract in place told by its history, in a sentence saying no "contract"
# (r27i executive "has been leased since 2022 from X Ltd"), and a firm holding a service's
# several contracts (r27j transport "operated by X Ltd under contracts that expire")

LEASE = """REFUSE FLEET REPLACEMENT: CONTRACT AWARD

2.1 That the Executive approves the award of the contract for the supply of twelve refuse
collection vehicles to Carrow Municipal Trucks Ltd at a total contract value of £3,210,000.

3.1 The Council's collection fleet of twelve vehicles has been leased since 2021 from
Harlow Vale Fleet Leasing Ltd. The lease ends on 31 March 2029.
"""


def test_goods_leased_since_a_date_from_a_firm_are_its_contract_in_place(tmp_path):
    assert contract_rows(LEASE, tmp_path) == [
        ("Carrow Municipal Trucks Ltd", 3210000.0), ("Harlow Vale Fleet Leasing Ltd", None)]


def test_land_leased_from_a_body_without_a_legal_form_is_no_contract(tmp_path):
    # the guard: a lessor named without a legal form (a parish, a person) lets no contract
    text = LEASE.replace("Harlow Vale Fleet Leasing Ltd", "Harlow Vale Parish Council")
    assert contract_rows(text, tmp_path) == [("Carrow Municipal Trucks Ltd", 3210000.0)]


OPERATED = """SUPPORTED BUS SERVICES: CONTRACT AWARD

2.1 That the Committee awards the contract for supported bus route 71 to Marsden Valley
Buses Ltd at a total contract value of £1,480,000.

3.1 Routes 71 and 72 are not run commercially. They are currently operated by Lindale & District
Motor Services Ltd under contracts that expire on 31 August 2029.
"""


def test_firm_operating_a_service_under_contracts_holds_the_contract_in_place(tmp_path):
    assert contract_rows(OPERATED, tmp_path) == [
        ("Marsden Valley Buses Ltd", 1480000.0),
        ("Lindale & District Motor Services Ltd", None)]
