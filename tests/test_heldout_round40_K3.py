"""Regression tests for the misses of held-out round 40's family K3 (contracts): an outgoing
holder whose name has "and" inside it read twice (whole and its tail); a variation's new total
printed in the sentence varying the contract, read as the value first let (and a line of
running text opening on a plan's name read as a forward plan's title); an outgoing holder
"provided since <date> by" a firm that also bid, given its bid as a value; and a concession
awarded to a named operator at a total fee, with the operator it replaces, read as nothing.
Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_rows,
    contract_rows_of,
    documents_of,
    rendered,
    source_lines,
)

# ------------------------------------------------ an outgoing holder's name with "and" inside


def test_holder_name_with_and_inside_read_once(tmp_path: Path) -> None:
    """Before, "currently provided by Northgate Home and Repair Agency Ltd under a contract
    that ends" gave the whole name and its tail "Repair Agency Ltd" (a plain pattern, whose
    names end at "and", read it again from inside the name another had read). A name read
    inside a name already read is a fragment of it, not a second firm."""
    text = (
        "BRAMHOLT DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Home Improvement Agency Service\n\n"
        "1. Recommendations\n\n"
        "1.1 Award the contract for the home improvement agency service to Wellspring "
        "Housing Support Ltd for four years from 1 April 2028 at a total value of £880,000.\n\n"
        "2. Background\n\n"
        "2.1 The service is currently provided by Northgate Home and Repair Agency Ltd under "
        "a contract that ends on 31 March 2028 and cannot be extended.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Wellspring Housing Support Ltd", 880000.0),
        ("Northgate Home and Repair Agency Ltd", None),
    ]


def test_two_firms_joined_by_and_still_both_read(tmp_path: Path) -> None:
    """Guard: two firms, each with its legal form, joined by "and" are two holders still."""
    text = (
        "BRAMHOLT DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Grounds Maintenance\n\n"
        "1.1 The Cabinet awarded the grounds maintenance contract to Fernbank Landscapes Ltd "
        "and Hollis Tree Care Ltd for five years at a total value of £2,400,000.\n"
    )
    rows = contract_rows(text, tmp_path)
    assert [p for p, _ in rows] == ["Fernbank Landscapes Ltd", "Hollis Tree Care Ltd"]


# ------------------------------------------------ a variation's new total


_VARIATION_RECORD = (
    "ASHWORTH BOROUGH COUNCIL\n\n"
    "RECORD OF EXECUTIVE DECISION\n\n"
    "Decision maker:       Cabinet\n"
    "Date of decision:     9 March 2028\n"
    "Key decision:         Yes (Forward Plan ref FP/28/017)\n\n"
    "SUBJECT: VARIATION OF THE HIGHWAY LIGHTING MAINTENANCE CONTRACT\n\n"
    "Summary\n"
    "The highway lighting maintenance contract was awarded to Lumenway Services Ltd in\n"
    "June 2025 for six years at a total value of £2,060,000. The Council has since\n"
    "adopted the lighting on two new estates.\n\n"
    "DECISION\n\n"
    "(1) To approve a variation to the highway lighting maintenance contract with\n"
    "    Lumenway Services Ltd to add the lighting of the Kingsmead and Orchard Rise\n"
    "    estates from 1 April 2028, {priced}.\n"
    "(2) To delegate to the Director of Place authority to sign the deed of variation.\n\n"
    "Procurement note\n"
    "The contract will be re-let in 2031 and the re-procurement will appear in the\n"
    "Procurement Forward Plan 2030/31; the present contractor may bid.\n"
)


def test_variation_new_total_is_the_value(tmp_path: Path) -> None:
    """Before, a record of decision varying a firm's contract "increasing the total contract
    value from £2,060,000 to £2,237,000" gave the contract the value first let (told in its
    summary, read first). The new total printed in the sentence varying the contract is the
    value let now; the value the summary tells of the first award gives way to it."""
    text = _VARIATION_RECORD.format(
        priced="increasing the total contract value from £2,060,000 to\n    £2,237,000")
    assert contract_rows(text, tmp_path) == [("Lumenway Services Ltd", 2237000.0)]


def test_variation_priced_itself_keeps_its_own_price(tmp_path: Path) -> None:
    """Guard: a variation priced in its own words ("at an additional cost of £177,000") keeps
    that price; the new total after it is no value read (the summary here tells the first
    award without its value)."""
    text = _VARIATION_RECORD.format(
        priced="at an additional cost of £177,000, increasing the total contract\n"
               "    value to £2,237,000").replace(" at a total value of £2,060,000", "")
    assert contract_rows(text, tmp_path) == [("Lumenway Services Ltd", 177000.0)]


def test_plan_named_in_running_text_is_no_forward_plan(tmp_path: Path) -> None:
    """Before, a text record's line "Procurement Forward Plan 2030/31; the present contractor
    may bid.", a sentence run on from the line before ("... will appear in the"), was taken
    for a forward plan's title and started a second document. A line ending as a sentence
    does, or run on from a line ending on "the", is running text, not a title."""
    text = _VARIATION_RECORD.format(
        priced="increasing the total contract value from £2,060,000 to\n    £2,237,000")
    path = tmp_path / "record.txt"
    path.write_text(text)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("decision", "2028-03-09", "Cabinet")]


def test_forward_plan_title_alone_still_starts_a_plan(tmp_path: Path) -> None:
    """Guard: a forward plan's title on a line of its own after a record still starts one."""
    text = _VARIATION_RECORD.format(
        priced="increasing the total contract value from £2,060,000 to\n    £2,237,000") + (
        "\f\nASHWORTH BOROUGH COUNCIL\n\n"
        "CABINET FORWARD PLAN\n\n"
        "For the period 1 April 2028 to 31 July 2028\n\n"
        "Decision: Award of the leisure management contract\n"
        "Decision maker: Cabinet\n"
        "Expected date of decision: 8 June 2028\n")
    path = tmp_path / "record.txt"
    path.write_text(text)
    kinds = [d[0] for d in documents_of(path) if d[0] != "pack"]
    assert kinds == ["decision", "forward_plan"]


# ------------------------------------------------ an outgoing holder that also bid


_PROVIDED_SINCE = source_lines(
    "## ORRINGTON BOROUGH COUNCIL",
    "** CABINET - 12 MARCH 2013",
    "** AWARD OF CONTRACT FOR PUBLIC CONVENIENCE CLEANING",
    "Report of:\tHead of Environmental Services",
    "Key Decision:\tYes",
    "** 1. RECOMMENDATIONS",
    "1.1 To award the contract for public convenience cleaning to Sparkwell Hygiene Limited"
    " for four years from 1 June 2013, at a total contract value of £612,000.",
    "** 2. BACKGROUND",
    "2.1 Public convenience cleaning has been {held} by Ashgrove Facilities Limited"
    " under a contract that expires on 31 May 2013.",
    "** 3. TENDERS",
    "3.1 Three tenders were received and evaluated on 70% price and 30% quality.",
    "|- Tenderer | Price (4 years) | Quality score (out of 30) | Price score (out of 70) | Total |",
    "| Sparkwell Hygiene Ltd | £612,000 | 22.0 | 70.0 | 92.0 |",
    "| Ashgrove Facilities Ltd | £655,500 | 25.5 | 65.4 | 90.9 |",
    "| Tidemark Services Ltd | £701,000 | 19.0 | 61.1 | 80.1 |",
)


def test_holder_provided_since_a_date_takes_no_bid(tmp_path: Path) -> None:
    """Before, "has been provided since April 2006 by Ashgrove Facilities Limited under a
    contract that expires" gave the holder its bid for the new contract as a value: only
    "currently provided by" said the contract in place. What has been provided by a firm up
    to now, since a date or not, is its contract in place; its bid prices nothing."""
    pdf = rendered(_PROVIDED_SINCE.replace("{held}", "provided since April 2006"), tmp_path)
    assert contract_rows_of(contexts(pdf)) == [
        ("Sparkwell Hygiene Limited", 612000.0), ("Ashgrove Facilities Limited", None)]


# ------------------------------------------------ a concession let to a named operator


_CONCESSION = source_lines(
    "## Marrowby Town Council",
    "Meeting:\tTown Centre Committee",
    "Date:\t3 June 2027",
    "** 1. Recommendations",
    "(a) approve the award of the Riverside Walk weekend craft market concession to Loomhouse"
    " Markets Ltd for four years from 1 August 2027 at a total concession fee payable to the"
    " Council of £86,000;",
    "(b) note the market occupancy figures.",
    "** 2. The concession",
    "2.1 The craft market has been run since August 2023 by Tallow Lane Events Ltd under a"
    " four-year concession which ends on 31 July 2027. Tallow Lane Events Ltd did not bid.",
    "2.2 Two bids were received, evaluated 60% quality and 40% fee.",
)


def test_concession_awarded_to_operator_is_a_contract(tmp_path: Path) -> None:
    """Before, "the award of the Riverside Walk weekend craft market concession to X Ltd ...
    at a total concession fee payable to the Council of £86,000" was read as no contract (its
    concession named in more words than the cue allowed), nor was the operator "run since
    August 2023 by Y Ltd under a four-year concession which ends". A concession let to a
    named operator is a contract at its printed total fee; the operator it replaces holds
    the one in place, no value."""
    pdf = rendered(_CONCESSION, tmp_path)
    assert contract_rows_of(contexts(pdf)) == [
        ("Loomhouse Markets Ltd", 86000.0), ("Tallow Lane Events Ltd", None)]


def test_rent_concession_is_still_no_contract(tmp_path: Path) -> None:
    """Guard: a concession of a charge (a rent concession) awarded to a trader, or a trader
    under one, is relief the council grants, no contract."""
    source = _CONCESSION.replace("weekend craft market concession", "six-month rent concession")
    source = source.replace("four-year concession which", "rent concession which")
    source = source.replace(" at a total concession fee payable to the Council of £86,000", "")
    pdf = rendered(source, tmp_path)
    assert contract_rows_of(contexts(pdf)) == []


def test_current_concession_held_by_firm_is_the_one_in_place(tmp_path: Path) -> None:
    """A concession's holder said as a contract's is ("The current concession, held by X Ltd,
    ends on ..."), beside the award to another: the outgoing holder, no value (before, a
    concession gave no cue here, only a contract, an arrangement or a framework)."""
    source = _CONCESSION.replace(
        "2.1 The craft market has been run since August 2023 by Tallow Lane Events Ltd under a"
        " four-year concession which ends on 31 July 2027.",
        "2.1 The current concession, held by Tallow Lane Events Ltd, ends on 31 July 2027.")
    pdf = rendered(source, tmp_path)
    assert contract_rows_of(contexts(pdf)) == [
        ("Loomhouse Markets Ltd", 86000.0), ("Tallow Lane Events Ltd", None)]
