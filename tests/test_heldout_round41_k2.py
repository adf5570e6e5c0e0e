"""Regression tests for the misses of held-out round 41's family K2 (contracts): an outgoing
holder whose name has "and" inside it, "whose contract ends", read as its tail; two zone
contracts awarded in one sentence, each "with a total contract value of", a bracketed area in
each contract's name, read as two sums and no firm; an arrangement in place qualified by its
kind ("the current block arrangement with X Services ends") read as nothing; the providers
an award appoints by its table's number ("the providers listed in Table 2") read as nothing;
and the price of a contract in force told with no firm beside it ("The current contract value
is about £158,000 a year") read as a contract of its own. Small papers in other councils'
words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered

# ------------------------------------------------ a holder's name with "and" inside, "whose"


def test_holder_whose_contract_ends_with_and_in_its_name(tmp_path: Path) -> None:
    """Before, "currently managed for the Council by Ashgrove Land and Estates Ltd, whose
    contract ends ..." gave "Estates Ltd": the name was read only up to its "and", failed its
    legal form from the lead "by", and the lead "and" then read the name's tail. The name is
    read whole, an "and" inside it; one legal form at its end makes it one firm."""
    text = (
        "HOLLINGWORTH DISTRICT COUNCIL\n\nREPORT TO THE EXECUTIVE\n\n"
        "Farm Estate Management Services\n\n"
        "1. Recommendations\n\n"
        "1.1 That the Executive awards the contract for farm estate management services to "
        "Orchard Vale Surveyors LLP for five years from 1 April 2028 at a total value of "
        "£612,000.\n\n"
        "2. Background\n\n"
        "2.1 The estate is currently provided for by Ashgrove Land and Estates Ltd, whose "
        "contract ends on 31 March 2028.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Orchard Vale Surveyors LLP", 612000.0),
        ("Ashgrove Land and Estates Ltd", None),
    ]


def test_two_holders_joined_by_and_whose_contracts_end_stay_two(tmp_path: Path) -> None:
    """Guard: two firms, each with its legal form, joined by "and" before "whose contracts
    end", are two holders (before, only the second was read)."""
    text = (
        "HOLLINGWORTH DISTRICT COUNCIL\n\nREPORT TO THE EXECUTIVE\n\n"
        "Grounds Maintenance\n\n"
        "1.1 That the Executive awards the grounds maintenance contract to Fennick Green "
        "Spaces Ltd at a total value of £1,900,000.\n\n"
        "2.1 The work is shared by Moss Lane Gardens Ltd and Perrin Trees Ltd, whose "
        "contracts end on 31 March 2028.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Fennick Green Spaces Ltd", 1900000.0),
        ("Moss Lane Gardens Ltd", None),
        ("Perrin Trees Ltd", None),
    ]


# ------------------------------------------------ two contracts awarded in one sentence

_TWO_ZONES = (
    "PELLINGHAM BOROUGH COUNCIL\n\nREPORT TO CABINET\n\n"
    "Community Meals Service - Award of Contracts\n\n"
    "1. Recommendations\n\n"
    "1.1 That Cabinet {award};\n\n"
    "1.2 notes that the budget for community meals in 2028/29 is £1,400,000.\n"
)


def test_two_zone_contracts_each_named_with_its_area_in_brackets(tmp_path: Path) -> None:
    """Before, "awards the Area A (East) community meals contract to X Ltd at a total
    contract value of £620,000 over three years, and the Area B (West) community meals
    contract to Y Ltd at ..." gave two sums and no firm: a bracketed area among the words of
    a contract's name stopped the award's pattern, and the second contract, joined by "and
    the ... contract" after the first one's term, was no part of a list. Each firm now takes
    its own sum."""
    award = ("awards the Area A (East) community meals contract to Larchmere Kitchens Ltd at a "
             "total contract value of £620,000 over three years, and the Area B (West) "
             "community meals contract to Bramble Table CIC at a total contract value of "
             "£545,000 over three years")
    assert contract_rows(_TWO_ZONES.format(award=award), tmp_path) == [
        ("Larchmere Kitchens Ltd", 620000.0),
        ("Bramble Table CIC", 545000.0),
    ]


def test_contract_named_with_its_area_in_brackets(tmp_path: Path) -> None:
    """Before, "awards the Area A (East) community meals contract to Larchmere Kitchens Ltd
    for three years at a total value of £620,000" gave the sum and no firm: a bracketed area
    among the words of the contract's name stopped the award's pattern."""
    award = ("awards the Area A (East) community meals contract to Larchmere Kitchens Ltd for "
             "three years at a total value of £620,000")
    assert contract_rows(_TWO_ZONES.format(award=award), tmp_path) == [
        ("Larchmere Kitchens Ltd", 620000.0),
    ]


def test_award_parts_priced_with_a_total_contract_value(tmp_path: Path) -> None:
    """Before, parts of one award each priced "with a total contract value of" (not "at")
    were no parts: the first firm took the first sum, and the second firm and its sum were
    lost. "with a ... value of" gives a part's sum as "at a ... value of" does."""
    award = ("awards the community meals contract to Larchmere Kitchens Ltd with a total "
             "contract value of £620,000, and to Bramble Table CIC with a total contract value "
             "of £545,000")
    assert contract_rows(_TWO_ZONES.format(award=award), tmp_path) == [
        ("Larchmere Kitchens Ltd", 620000.0),
        ("Bramble Table CIC", 545000.0),
    ]


def test_next_contract_join_needs_its_article(tmp_path: Path) -> None:
    """Guard: "and notes that the Area B contract ..." after a part tells of another act, no
    second contract let in the same award: the firm it names is let nothing here."""
    award = ("awards the Area A (East) community meals contract to Larchmere Kitchens Ltd at a "
             "total contract value of £620,000, and notes that the Area B contract to Bramble "
             "Table CIC at a total contract value of £545,000 was let in 2026")
    rows = contract_rows(_TWO_ZONES.format(award=award), tmp_path)
    assert ("Larchmere Kitchens Ltd", 620000.0) in rows
    assert ("Bramble Table CIC", 545000.0) not in rows


# ------------------------------------------------ an arrangement in place, qualified by its kind

_ARRANGEMENT = (
    "WESTERLEIGH COUNCIL\n\nREPORT TO CABINET\n\n"
    "Supported Lodgings - Award of Contract\n\n"
    "1.1 That Cabinet awards the supported lodgings contract to Kestle House Ltd for three "
    "years at a total value of £960,000.\n\n"
    "2.1 The current {kind} arrangement with Tamarind Lodgings Services ends on 31 January "
    "2028.\n"
)


def test_qualified_arrangement_with_firm_that_ends_is_the_outgoing_holder(tmp_path: Path) -> None:
    """Before, "The current spot purchase arrangement with Tamarind Lodgings Services ends on
    ..." gave nothing: only an unqualified arrangement with a firm by its legal form was cued.
    An arrangement in place of some kind, with a firm by its legal form or a firm's word,
    said to end, is the contract the award replaces (its holder listed without a value)."""
    assert contract_rows(_ARRANGEMENT.format(kind="spot purchase"), tmp_path) == [
        ("Kestle House Ltd", 960000.0),
        ("Tamarind Lodgings Services", None),
    ]


def test_grant_funding_arrangement_with_firm_is_none(tmp_path: Path) -> None:
    """Guard: an arrangement of a kind that buys nothing ("the current grant funding
    arrangement with X") is no contract, though its sentence is now cued."""
    assert contract_rows(_ARRANGEMENT.format(kind="grant funding"), tmp_path) == [
        ("Kestle House Ltd", 960000.0),
    ]


# ------------------------------------------------ the providers an award names by table number

_FRAMEWORK = """## MERRINGTON COUNCIL
** Cabinet - 9 September 2027
Subject:	Award of places on the Short Breaks Framework 2027-2031
** 1. Recommendations
That Cabinet:
1.1 Approves the appointment of the {parties} listed in Table 3 to the Short Breaks \
Framework for four years from 1 November 2027; call-off values will depend on packages.
** 2. Background
2.1 The framework has an indicative value of £4m over four years across all providers.
** Table 3: Short Breaks Framework providers (registered)
| Provider | Lot | Registration |
| Alder Brook Respite Ltd | Lot 1 - overnight | Registered |
| Kingfisher Family Breaks CIC | Lot 2 - day | Registered |
"""


def test_providers_appointed_by_table_number_are_each_a_contract(tmp_path: Path) -> None:
    """Before, "Approves the appointment of the providers listed in Table 3 to the ...
    Framework" over a "Table 3: ... providers" of "Provider | Lot | Registration" gave no
    row: the table names no value, date or term, and its caption names no parties chosen. The
    award points to the table by its number: each row is a contract let to its party."""
    pdf = rendered(_FRAMEWORK.format(parties="providers"), tmp_path)
    assert contract_rows_of(contexts(pdf)) == [
        ("Alder Brook Respite Ltd", None),
        ("Kingfisher Family Breaks CIC", None),
    ]


def test_table_named_by_number_but_not_awarded_is_none(tmp_path: Path) -> None:
    """Guard: a table the paper names by its number without letting to its parties ("notes
    the responses of the providers listed in Table 3") is no table of contracts."""
    source = _FRAMEWORK.format(parties="providers").replace(
        "Approves the appointment of the providers listed in Table 3 to the Short Breaks "
        "Framework",
        "Notes the responses of the providers listed in Table 3 to the Short Breaks Framework "
        "consultation")
    assert contract_rows_of(contexts(rendered(source, tmp_path))) == []


# ------------------------------------------------ the price of a contract in force, no firm


def test_unnamed_price_of_the_current_contract_is_no_row(tmp_path: Path) -> None:
    """Before, "The current contract value is about £158,000 a year" beside an award and its
    outgoing holder gave a row of its own, no firm and that sum. The contract in force is the
    outgoing holder's, one contract and one row, listed without a value; its price told
    alone is no second row (``in_force_values``)."""
    text = (
        "ROTHERBY BOROUGH COUNCIL\n\nREPORT TO CABINET\n\n"
        "Employee Assistance Programme - Award of Contract\n\n"
        "1.1 That Cabinet awards the employee assistance programme contract to Calmwater "
        "Wellbeing Ltd for three years at a total contract value of £96,300.\n\n"
        "2.1 The current contract, held by Brightday Support Ltd, expires on 30 April 2028.\n\n"
        "2.2 The existing contract value is about £30,000 a year; the budget for 2028/29 is "
        "£34,000.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Calmwater Wellbeing Ltd", 96300.0),
        ("Brightday Support Ltd", None),
    ]


def test_contract_which_runs_to_a_date_priced_alone_is_no_row(tmp_path: Path) -> None:
    """Before, a performance report's "The contract, which runs to 31 March 2029, has an
    annual value of £236,000" gave a row with no firm: a contract said to run to a date, in a
    sentence letting nothing, is one in force, and a paper letting no contract gives none
    merely in force."""
    text = (
        "ASHBY MARSH COUNTY COUNCIL\n\nPERFORMANCE REPORT\n\n"
        "Workplace Wellbeing: Half Year Report\n\n"
        "4.1 The employee counselling service received 212 referrals in the period. The "
        "contract, which runs to 31 March 2029, has an annual value of £88,000.\n"
    )
    assert contract_rows(text, tmp_path) == []


def test_new_contract_priced_alone_is_still_a_row(tmp_path: Path) -> None:
    """Guard: the price of a contract the sentence lets ("approves a new contract ... at a
    total value of £88,000") is still read, though it names no firm."""
    text = (
        "ASHBY MARSH COUNTY COUNCIL\n\nREPORT TO CABINET\n\n"
        "Employee Counselling\n\n"
        "1.1 That Cabinet approves a new contract for employee counselling, which runs to 31 "
        "March 2031, at a total value of £88,000.\n"
    )
    assert contract_rows(text, tmp_path) == [(None, 88000.0)]
