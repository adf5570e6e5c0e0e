"""Regression tests for the contract misses of held-out round 12's blind batches on their first
run: each named after the bug, on small papers in the layouts that showed it and in other
councils' forms of the same thing, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import heldout_accuracy


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source, encoding="utf-8")
    return _read(contexts(heldout_accuracy.render_pdf(src, tmp_path)))


# ------------------------------------------- an extension's estimated value "of up to" a sum


def test_regression_extension_at_estimated_value_of_up_to_lost_its_value(tmp_path):
    text = ("Cabinet Report\nHighways term maintenance contract: extension\n"
            "That Cabinet approves the extension of the highways term maintenance contract with "
            "Tarnside Highways Services Ltd for two years from 1 April 2027 to 31 March 2029 at "
            "an estimated value of up to £38.5m.\n")
    assert _rows(text, tmp_path) == [("Tarnside Highways Services Ltd", 38_500_000.0)]


# ------------------------------ the next recommendation gives the value of the award before


@pytest.mark.parametrize("value", [
    "2. That the contract value of £148,500 (£49,500 per annum) is noted.",
    "2. To approve a contract value of up to £148,500 over the initial term (£49,500 per annum).",
    "2. Notes that the estimated total contract value, including extensions, is £148,500.",
])
def test_regression_award_and_its_value_in_two_recommendations_split_apart(value, tmp_path):
    source = ("## Borough of Ashcombe\n** Library management system\n** Recommendations\n"
              "1. That Cabinet approves the direct award of a contract for the library "
              "management system to Quillon Library Software Ltd for three years.\n"
              f"{value}\n** Reasons\nThe system is shared by eleven libraries.\n")
    assert _pdf_rows(source, tmp_path) == [("Quillon Library Software Ltd", 148_500.0)]


def test_guard_a_value_two_paragraphs_after_an_award_stays_its_own(tmp_path):
    # a value read apart from the award by another paragraph is not paired with it
    source = ("## Borough of Ashcombe\n** Library management system\n** Recommendations\n"
              "1. That Cabinet approves the direct award of a contract for the library "
              "management system to Quillon Library Software Ltd for three years.\n"
              "2. That the Head of Libraries be authorised to sign the agreement.\n"
              "3. That the cleaning contract value of £148,500 is noted.\n")
    assert set(_pdf_rows(source, tmp_path)) == {(None, 148_500.0),
                                                ("Quillon Library Software Ltd", None)}


def test_guard_a_value_after_an_award_priced_already_stays_its_own(tmp_path):
    text = ("Cabinet Report\nAward of contracts\n"
            "1. That the contract for grounds maintenance be awarded to Green Spaces Ltd at a "
            "cost of £420,000.\n"
            "2. That the cleaning contract value of £96,000 is noted.\n")
    assert set(_rows(text, tmp_path)) == {(None, 96_000.0), ("Green Spaces Ltd", 420_000.0)}


# ------------------------------------------------ a price per unit is no contract's value


@pytest.mark.parametrize("rate", ["£68.40 per tonne", "£68.40/tonne"])
def test_regression_unit_price_taken_for_the_contract_maximum(rate, tmp_path):
    text = ("Officer Decision Record\nWaiver of Contract Procedure Rules\n"
            "Decision made: To directly award a contract for the supply of up to 6,500 tonnes "
            f"of rock salt to Pennine Crest Minerals Ltd at {rate}, a maximum contract value of "
            "£444,600.\n")
    assert _rows(text, tmp_path) == [("Pennine Crest Minerals Ltd", 444_600.0)]


def test_guard_a_value_per_annum_is_still_the_contracts_value(tmp_path):
    text = ("Cabinet Report\nAward of contract\n"
            "That the contract for the library system be awarded to Quillon Library Software "
            "Ltd at an annual cost of £49,500 per annum.\n")
    assert _rows(text, tmp_path) == [("Quillon Library Software Ltd", 49_500.0)]


# ------------------------- a table of quotations under a lead-in whose last sentence is a note


QUOTES = """## Market Ashby Town Council
** SUBJECT: CHRISTMAS LIGHTS 2026 - QUOTATIONS
** 2. QUOTATIONS RECEIVED
Three quotations were invited under Financial Regulation 11 and three were received. {note}
| Contractor | Annual price | Three-year total | Notes |
| Glowline Festive Lighting Ltd | £7,950 | £23,850 | Includes storage |
| Illumina Events Ltd | £8,420 | £25,260 | Storage extra |
| Starbright Decor UK | £9,100 | £27,300 | LED tree included |
RECOMMENDATIONS:
1. That the quotation from Glowline Festive Lighting Ltd in the sum of £23,850 for the three seasons 2026 to 2028 be accepted.
"""  # noqa: E501


def test_regression_quotations_table_under_a_note_read_losing_quotes_as_contracts(tmp_path):
    source = QUOTES.format(note="All are for a three-year term and exclude VAT.")
    assert _pdf_rows(source, tmp_path) == [("Glowline Festive Lighting Ltd", 23_850.0)]


def test_guard_quotations_received_then_contracts_awarded_table_is_the_awards(tmp_path):
    # the sentence after the offers lets them: the table below is what was awarded
    source = QUOTES.format(note="The contracts were awarded as follows:").split(
        "RECOMMENDATIONS")[0]
    assert len(_pdf_rows(source, tmp_path)) == 3


@pytest.mark.parametrize("caption", ["Table 1: Preferred tenderers",
                                     "The outcome of the evaluation is summarised below."])
def test_guard_tenders_received_then_a_caption_of_the_chosen_is_the_awards(caption, tmp_path):
    source = QUOTES.replace("Three quotations were invited", "Tenders were invited").replace(
        "three were received. {note}", f"three were received.\n{caption}").split(
        "RECOMMENDATIONS")[0]
    assert len(_pdf_rows(source, tmp_path)) == 3


# ------------------------------------------- a firm's two priced rows under one merged cell


def test_regression_provider_cell_merged_across_two_priced_rows_gave_one_contract(tmp_path):
    source = """## Lisnacorr Borough Council
** Tender Report - Leisure Catering and Vending
2.1 The tender was advertised in three lots.
| Lot | Facility | Recommended tenderer | Annual value | Total value |
| 1 | Drumlee Leisure Centre | Bantry Catering Ltd | £154,200 | £616,800 |
| ^ | Lisvane Leisure Centre | ^ | £98,600 | £394,400 |
| 2 | Carrow sports halls | Mournside Vending Ltd | £41,750 | £167,000 |
3.1 It is recommended that Members agree to award the lots to the tenderers named above.
"""
    assert _pdf_rows(source, tmp_path) == [("Bantry Catering Ltd", 616_800.0),
                                           ("Bantry Catering Ltd", 394_400.0),
                                           ("Mournside Vending Ltd", 167_000.0)]


def test_guard_a_row_printed_twice_is_one_contract(tmp_path):
    source = """## Lisnacorr Borough Council
** Contracts register
| Contractor | Service | Contract value |
| Bantry Catering Ltd | Catering | £616,800 |
| Bantry Catering Ltd | Catering | £616,800 |
"""
    assert _pdf_rows(source, tmp_path) == [("Bantry Catering Ltd", 616_800.0)]


# ------------------------------------- a tender accepted "(excl. VAT)" in the minutes


@pytest.mark.parametrize("vat", ["(excl. VAT)", "(incl. VAT)"])
def test_regression_tender_accepted_excl_vat_split_its_sentence(vat, tmp_path):
    text = ("Minutes of the Strategic Policy and Resources Committee\n"
            "17 Tender Report - 3G Pitch Replacement\n"
            "AGREED - that the tender from Ulster Turf Surfaces Ltd in the amount of £386,940 "
            f"{vat} be accepted.\n")
    assert _rows(text, tmp_path) == [("Ulster Turf Surfaces Ltd", 386_940.0)]


# ------------------------------------------------ a board enters a framework with a firm


@pytest.mark.parametrize(("heading", "term"), [
    # the provider was missed
    ("Min. 6 Pumping station electricity contract", " for two years from 1st April 2026,"),
    # and, where nothing around it says "contract", the framework alone is one
    ("\n6. Electricity.\n", ""),
])
def test_regression_framework_entered_with_a_firm_missed_its_provider(heading, term, tmp_path):
    text = (f"Minutes of the Board\n{heading}\n"
            "It was RESOLVED that the Board enters the Association of Drainage Authorities' "
            f"framework for electricity supply with Fenlight Energy Ltd{term} at an estimated "
            "cost of £48,600 per annum.\n")
    assert _rows(text, tmp_path) == [("Fenlight Energy Ltd", 48_600.0)]


def test_guard_an_agreement_entered_with_a_council_names_no_provider(tmp_path):
    text = ("Minutes of the Board\nMin. 7 Partnership contract\n"
            "It was RESOLVED that the Board enters into an agreement with Fenland District "
            "Council for the maintenance of the drains under the partnership contract.\n")
    assert _rows(text, tmp_path) == []
