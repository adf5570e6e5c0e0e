"""Regression tests of the review of held-out round 24's contract fixes: papers another council
would plausibly publish that the round's new rules misread, each failing before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from heldout_support import html_page
from kcc_papers.extract.contracts.text_columns import column_order
from kcc_papers.load.html import load_html
from kcc_papers.load.model import Line
from kcc_papers.load.text import split_pages


def _providers(text: str, tmp_path: Path) -> list[str | None]:
    return [provider for provider, _ in _rows(text, tmp_path)]


def test_regression_insurance_fund_placed_with_a_bank_is_no_contract(tmp_path):
    # the council's own insurance money placed on deposit is money lent, no cover bought
    text = ("REPORT TO THE AUDIT COMMITTEE\n3.1 The balance of the insurance fund has been placed "
            "with Lloyds Bank plc on a 95-day notice account earning 4.6%.\n")
    assert _rows(text, tmp_path) == []


def test_regression_insurance_placed_with_an_insurer_still_read(tmp_path):
    text = ("MINUTES OF THE POLICY AND RESOURCES COMMITTEE\nIt was RESOLVED that the Council's "
            "insurance programme from 1 October 2028 be placed with Mercia Mutual Insurance plc "
            "for three years at an annual premium of £1,126,000.\n")
    assert _rows(text, tmp_path) == [("Mercia Mutual Insurance plc", 1_126_000.0)]


def test_regression_subcontractor_under_the_main_contract_holds_none(tmp_path):
    text = ("REPORT TO CABINET\n2.1 The drainage works are being carried out by Smith Civils Ltd "
            "as a subcontractor to Kier Construction Ltd under the main contract for the "
            "bypass.\n")
    assert "Smith Civils Ltd" not in _providers(text, tmp_path)


def test_regression_award_delegated_to_a_partnership_board_names_no_provider(tmp_path):
    text = ("REPORT TO CABINET\n1.1 That Cabinet delegates the award of the contract for domestic "
            "abuse support services to the Safer Communities Partnership Board.\n")
    assert _rows(text, tmp_path) == []


def test_regression_award_referred_to_a_partnership_names_no_provider(tmp_path):
    text = ("REPORT TO CABINET\n1.1 That Cabinet refers the award of the contract for domestic "
            "abuse support services to the Safer Somerset Partnership for its endorsement.\n")
    assert _rows(text, tmp_path) == []


def test_regression_letting_delegated_to_a_service_names_no_provider(tmp_path):
    text = ("REPORT TO CABINET\n1.1 That the letting of the contract for school meals be "
            "delegated to the Catering Service.\n")
    assert _rows(text, tmp_path) == []


def test_regression_for_a_total_of_a_budget_is_no_award_value(tmp_path):
    # the award's firm named, the sum the budget's, in a relative clause after commas
    text = ("MINUTES OF CABINET\nRESOLVED that the contract for highway resurfacing be awarded to "
            "Tarmac Roads Ltd, funded from the capital programme, which provides for a total of "
            "£2,000,000 for resurfacing.\n")
    assert _rows(text, tmp_path) == [("Tarmac Roads Ltd", None)]


def test_regression_amendments_deleted_words_are_read(tmp_path):
    # a <del> no <ins> replaces is what the page is about (an amendment's words to delete)
    html = html_page("<h2>Motion</h2>", "<p>Amendment: to delete the words "
                     "<del>by March 2029</del> and insert 'by December 2028'.</p>")
    source = load_html(tmp_path / "page.html", "0" * 64, html)
    said = " ".join(line.text for page in source.pages for line in page.lines)
    assert "by March 2029" in said


def test_regression_corrected_value_still_dropped(tmp_path):
    html = html_page("<p>That the contract for responsive repairs be awarded to Kingsgate "
                     "Property Services Ltd at a total value of <del>£42,800,000</del>\n"
                     "<ins>£48,200,000</ins>.</p>")
    assert _html_rows(html, tmp_path) == [("Kingsgate Property Services Ltd", 48_200_000.0)]


WORKS_TABLE = """REPORT TO CABINET - MINOR WORKS PROGRAMME 2028/29
   Scheme and contractor                                    Value
   Resurfacing of the footway on High Street, awarded to    £48,000
   Tarmac Roads Ltd, between the junction with Mill Lane
   and the war memorial, including new kerbs.
   Replacement of street lighting columns on the Oak        £112,500
   estate, awarded to Brightlight Electrical Ltd, with
   new LED lanterns and the making good of footways.
   New pedestrian crossing near the primary school on       £65,000
   Church Road, awarded to Signal Works Ltd.
"""


def test_regression_text_table_of_wrapped_schemes_and_sums_keeps_its_rows():
    # a fixed-width table whose first column wraps: its sums stay on their rows' lines
    (page,) = split_pages(WORKS_TABLE)
    flat: list[tuple[int, int, Line]] = [(1, i, line) for i, line in enumerate(page.lines)]
    said = [text for _, _, text in column_order(flat)]
    assert said == [line.text for line in page.lines]
