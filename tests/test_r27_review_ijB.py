"""Review of held-out round 27's batches I-J decisions, contracts and KPIs fixes (reviewer ijB):
each test a paper another council would plausibly publish that the fix misread, failing before
the review's mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, html_page
from kcc_papers.load import load
from kcc_papers.pipeline import process_file


def _lines(html: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [line.text for _, line in load(path).iter_lines()]


def _kinds(html: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [d.kind for d in process_file(str(path)).documents]


# ------------ a heading's button is its title only when it is all the heading holds


def test_regression_heading_s_show_more_button_is_no_part_of_its_title(tmp_path):
    # a meeting page's section heading with a disclosure control beside its words: the
    # control's label is the site's, the heading's title is the words before it
    page = html_page('<h2>Decisions <button type="button">Show more</button></h2>',
                     "<p>That the report be noted.</p>")
    assert _lines(page, tmp_path) == ["Decisions", "That the report be noted."]


def test_regression_accordion_title_with_an_icon_stays_the_heading(tmp_path):
    # the guard: the accordion's button, beside a hidden icon only, is still the title
    page = html_page('<h2><button aria-expanded="false">2. CCTV Contract</button>'
                     '<span class="icon" aria-hidden="true">+</span></h2>', "<p>Text.</p>")
    assert _lines(page, tmp_path) == ["2. CCTV Contract", "Text."]


def test_regression_govuk_accordion_title_is_read_without_its_toggle_words(tmp_path):
    # a GOV.UK Frontend accordion: the button holds the title, the toggle's "Show" and words
    # for screen readers only; the title is the heading's text, the rest the control's
    page = html_page(
        '<h2 class="govuk-accordion__section-heading"><button type="button" '
        'aria-expanded="false" class="govuk-accordion__section-button">'
        '<span class="govuk-accordion__section-heading-text">Item 4: Budget Monitoring</span>'
        '<span class="govuk-visually-hidden"> , </span>'
        '<span class="govuk-accordion__section-toggle"><span>Show</span>'
        '<span class="govuk-visually-hidden"> this section</span></span></button></h2>',
        "<p>Text.</p>")
    assert _lines(page, tmp_path) == ["Item 4: Budget Monitoring", "Text."]


# ------------ an issue page's "Decision" heading over the decision's fields, not its text

def _forward_plan_entry(decision_section: str) -> str:
    return html_page(
        "<h1>Issue details</h1>",
        "<h2>Award of the Countywide Grounds Maintenance Contract 2029-2034</h2>",
        "<p>Issue type: Key decision</p>",
        "<h3>Purpose</h3>",
        "<p>To award a contract for the maintenance of the County Council's parks and "
        "verges.</p>",
        decision_section,
        "<h3>Contact</h3><p>Jane Smith, Head of Parks</p>")


def test_regression_decision_heading_over_its_labelled_fields_is_no_decision_taken(tmp_path):
    # a forward plan entry groups who decides and when under a "Decision" heading: no
    # decision is printed, the page is still the plan's entry
    page = _forward_plan_entry(
        "<h3>Decision</h3>"
        "<p>Decision maker: Cabinet Member for Environment and Transport</p>"
        "<p>Decision due: 14 Feb 2029</p>")
    assert _kinds(page, tmp_path) == ["forward_plan"]


def test_regression_decision_heading_over_the_decision_s_words_is_the_decision(tmp_path):
    # the guard: the heading over what was decided still makes the page the decision
    page = _forward_plan_entry(
        "<h3>Decision</h3>"
        "<p>To award the contract to Hollinsway Landscapes Ltd for five years.</p>")
    assert _kinds(page, tmp_path) == ["decision"]


# ------------ a lease of land or a building taken from a firm is no contract let

AWARD = """REFUSE FLEET REPLACEMENT: CONTRACT AWARD

2.1 That the Executive approves the award of the contract for the supply of twelve refuse
collection vehicles to Carrow Municipal Trucks Ltd at a total contract value of £3,210,000.

"""
AWARDED = [("Carrow Municipal Trucks Ltd", 3210000.0)]


def test_regression_depot_site_leased_from_a_firm_is_no_contract(tmp_path):
    text = AWARD + ("3.1 The depot site at Mill Lane has been leased from Network Rail "
                    "Infrastructure Ltd since 1998. The lease ends in 2040.\n")
    assert contract_rows(text, tmp_path) == AWARDED


def test_regression_offices_leased_from_a_property_company_are_no_contract(tmp_path):
    text = AWARD + ("3.1 The Council's offices at Riverside House have been leased since "
                    "2015 from Canal Properties Ltd.\n")
    assert contract_rows(text, tmp_path) == AWARDED


def test_regression_goods_leased_after_a_place_named_earlier_are_the_contract(tmp_path):
    # the guard: a place named in an earlier sentence leaves the fleet's lease read
    text = AWARD + ("3.1 The vehicles are kept at the depot site at Mill Lane. The fleet has "
                    "been leased since 2021 from Harlow Vale Fleet Leasing Ltd.\n")
    assert contract_rows(text, tmp_path) == [*AWARDED, ("Harlow Vale Fleet Leasing Ltd", None)]


# ------------ several contracts held by a class of bodies, not a named firm

def test_regression_class_of_bodies_under_contracts_is_no_provider(tmp_path):
    text = AWARD + ("3.1 Verge cutting in the villages is carried out by Parish Councils "
                    "under contracts that end in 2030.\n")
    assert contract_rows(text, tmp_path) == AWARDED


def test_decision_heading_over_a_resolution_on_one_line_is_the_decision(tmp_path):
    # the guard: a resolution's label with its words on the line is no field of the page
    page = _forward_plan_entry(
        "<h3>Decision</h3>"
        "<p>Cabinet RESOLVED: That the contract be awarded to Hollinsway Landscapes Ltd.</p>")
    assert _kinds(page, tmp_path) == ["decision"]
