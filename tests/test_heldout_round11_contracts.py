"""Regression tests for the contract misses of held-out round 11's blind batches (the r11y_*
contract papers and two of batch X) on their first run: each named after the bug, on small
papers in the layouts that showed it and in other councils' forms of the same thing, with
guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import heldout_accuracy
from heldout_support import html_page as _page
from heldout_support import html_table as _table

# ------------------------------------- a name after "subject to" is a condition, not a party


@pytest.mark.parametrize("condition", [
    "subject to Brentmoor Council's Cabinet confirming the capital budget on 9 June 2026",
    "subject to Ashdown Borough Council agreeing the funding",
    "conditional to Homes England confirming the grant",
])
def test_regression_award_subject_to_a_body_made_it_the_contractor(condition, tmp_path):
    text = ("Oakfield Homes Board\nAward of Contracts\n"
            "The Board is asked to approve the award of the contracts for the planned "
            "investment programme 2026-2029 to the contractors and for the values shown in "
            f"section 3, {condition}.\n")
    assert _rows(text, tmp_path) == []


def test_guard_award_to_a_firm_subject_to_a_condition_still_lets_to_the_firm(tmp_path):
    text = ("Cabinet Report\nAward of Contract\n"
            "That Cabinet approves the award of the contract for grounds maintenance to Green "
            "Spaces Ltd at a cost of £420,000, subject to Ashdown Borough Council agreeing its "
            "share of the funding.\n")
    assert _rows(text, tmp_path) == [("Green Spaces Ltd", 420000.0)]


# ---------------------------------------- an award "at a total estimated value of" its value


@pytest.mark.parametrize("cue", [
    "at a total estimated value of",
    "at an estimated total value of",
    "at an estimated value of",
])
def test_regression_award_at_total_estimated_value_lost_its_value(cue, tmp_path):
    text = ("Cabinet Minutes\n37 School catering service: award of contract\n"
            "RESOLVED: That the contract for school catering services be awarded to Fennel & "
            f"Rye Catering Ltd for five years from 1 January 2027 {cue} £11,620,000.\n")
    assert _rows(text, tmp_path) == [("Fennel & Rye Catering Ltd", 11620000.0)]


def test_guard_extension_at_total_estimated_value_is_not_the_contracts_value(tmp_path):
    text = ("Cabinet Minutes\n38 Waste contract\n"
            "RESOLVED: That the waste contract be extended for two years at a total estimated "
            "value of £3,200,000.\n")
    assert _rows(text, tmp_path) == []


# ------------------------------------------- the firm holding an "existing arrangement" now


@pytest.mark.parametrize("said", [
    "Extending the existing arrangement with Peakview Elevators Ltd: rejected, as the "
    "contract has reached its maximum term.",
    "Continuing the current arrangements with Peakview Elevators Ltd was rejected because "
    "the contract cannot be extended again.",
    "Varying the existing maintenance agreement with Peakview Elevators Ltd: rejected, as "
    "the contract has run its full term.",
])
def test_regression_current_holder_of_an_existing_arrangement_was_missed(said, tmp_path):
    text = ("Kingsmere Homes\nOfficer Delegated Decision Record\n"
            "Decision: to award the lift maintenance contract to Axiom Lift Services Ltd at a "
            "cost of £1,846,500.\nAlternative options considered\n"
            f"- {said}\n")
    assert _rows(text, tmp_path) == [("Axiom Lift Services Ltd", 1846500.0),
                                     ("Peakview Elevators Ltd", None)]


@pytest.mark.parametrize("said", [
    # no "existing" or "current": any arrangement, perhaps no contract
    "An arrangement with Peakview Elevators Ltd was considered but the contract route was "
    "preferred.",
    # an arrangement in a sentence that says nothing of a contract
    "The existing arrangement with Peakview Elevators Ltd for training continues.",
])
def test_guard_an_arrangement_is_no_contract_without_existing_and_a_contract_cue(said,
                                                                                 tmp_path):
    text = f"Kingsmere Homes\nOfficer Report\nBackground\n{said}\n"
    assert _rows(text, tmp_path) == []


# -------------------------------------- a bidders' table naming one bidder for each lot

WINNERS_HEAD = ("<h1>Recycling Contracts: Award</h1><p>Report to the Environment Committee. "
                "The tender was split into lots and evaluated on quality and price.</p>"
                "<p>The highest scoring tenderer for each lot is shown below.</p>")


@pytest.mark.parametrize("bidder", ["Tenderer", "Bidder", "Name of tenderer"])
@pytest.mark.parametrize("lot", ["Lot", "Lot no."])
def test_regression_bidders_table_one_per_lot_read_as_offers(bidder, lot, tmp_path):
    html = _page(WINNERS_HEAD, _table([bidder, lot, "Description", "Estimated value"], [
        ["Bannside Recycling Ltd", "Lot 1", "Mixed dry recyclables: kerbside", "£3,840,000"],
        ["Bannside Recycling Ltd", "Lot 2", "Mixed dry recyclables: centres", "£1,260,000"],
        ["Carnhill Glass Ltd", "Lot 3", "Glass: kerbside and bring banks", "£935,000"],
    ]))
    assert _html_rows(html, tmp_path) == [("Bannside Recycling Ltd", 3840000.0),
                                          ("Bannside Recycling Ltd", 1260000.0),
                                          ("Carnhill Glass Ltd", 935000.0)]


def test_guard_bidders_table_with_several_bids_a_lot_stays_offers(tmp_path):
    html = _page(WINNERS_HEAD, _table(["Tenderer", "Lot", "Tendered price"], [
        ["Bannside Recycling Ltd", "1", "£3,840,000"],
        ["Carnhill Glass Ltd", "1", "£3,990,000"],
        ["Carnhill Glass Ltd", "2", "£935,000"],
        ["Drumbane Waste Ltd", "2", "£960,000"],
    ]))
    assert _html_rows(html, tmp_path) == []


def test_guard_bidders_table_of_one_lot_stays_offers(tmp_path):
    html = _page(WINNERS_HEAD, _table(["Tenderer", "Lot", "Tendered price"], [
        ["Bannside Recycling Ltd", "1", "£3,840,000"],
    ]))
    assert _html_rows(html, tmp_path) == []


def test_guard_bidders_table_without_lots_stays_offers(tmp_path):
    html = _page(WINNERS_HEAD, _table(["Tenderer", "Description", "Tendered price"], [
        ["Bannside Recycling Ltd", "Kerbside", "£3,840,000"],
        ["Carnhill Glass Ltd", "Glass", "£935,000"],
    ]))
    assert _html_rows(html, tmp_path) == []


# ------------------------------------------ a zebra table's plain rows between its bands

def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source, encoding="utf-8")
    return _read(contexts(heldout_accuracy.render_pdf(src, tmp_path)))


ZEBRA_HEAD = """## Borough of Ashcombe
!! Contract Performance Review
Meeting:\tCabinet
Date:\t13 October 2026
** 1. Contracts reviewed
1.1 The table shows the performance of the largest contracts.
"""
ZEBRA_ROWS = [
    ("Waste collection", "Veolus Environmental Services Ltd", "£14,900,000"),
    ("Housing repairs", "Kestrel Property Services Ltd", "£9,250,000"),
    ("Parking enforcement", "Civicpark Enforcement Ltd", "£2,180,000"),
    ("Leisure centres", "Eastbridge Active Trust", "£1,650,000"),
    ("Highways maintenance", "Tolland Civils Ltd", "£5,300,000"),
]


@pytest.mark.parametrize("rated", [False, True])
def test_regression_zebra_table_lost_its_plain_rows(rated, tmp_path):
    """Only the shaded rows draw boxes: the plain rows between them were read by no one."""
    rating = " {dot#00b050} |" if rated else ""
    head = "|~ Contract | Provider | Annual value |" + (" Rating |" if rated else "")
    body = "\n".join(f"| {s} | {p} | {v} |{rating}" for s, p, v in ZEBRA_ROWS)
    tail = "\n1.2 Both providers below target have agreed improvement plans.\n"
    rows = _pdf_rows(ZEBRA_HEAD + head + "\n" + body + tail, tmp_path)
    # the last row under the last band has no band below it to show where it ends: the rows
    # between bands are the ones this rule restores
    assert rows[:4] == [(p, float(v.strip("£").replace(",", ""))) for _, p, v in ZEBRA_ROWS[:4]]


def test_regression_zebra_table_merged_tenderer_lost_its_second_lot(tmp_path):
    source = ZEBRA_HEAD + """3.1 The highest scoring tenderer for each lot is shown below.
|~ Tenderer | Lot | Description | Estimated value
| Bannside Recycling Ltd | Lot 1 | Mixed dry recyclables: kerbside | £3,840,000
| ^ | Lot 2 | Mixed dry recyclables: household recycling centres | £1,260,000
| Carnhill Glass Reprocessing Ltd | Lot 3 | Glass: kerbside and bring banks | £935,000
4.1 It is recommended that Members approve the awards.
"""
    assert _pdf_rows(source, tmp_path) == [("Bannside Recycling Ltd", 3840000.0),
                                           ("Bannside Recycling Ltd", 1260000.0),
                                           ("Carnhill Glass Reprocessing Ltd", 935000.0)]


def test_guard_ruled_table_with_filled_cells_is_read_as_before(tmp_path):
    source = ZEBRA_HEAD + "|# Contract | Provider | Annual value | Rating |\n" + "\n".join(
        f"| {s} | {p} | {v} | {{#00b050}}Green |" for s, p, v in ZEBRA_ROWS) + "\n"
    assert _pdf_rows(source, tmp_path) == [
        (p, float(v.strip("£").replace(",", ""))) for _, p, v in ZEBRA_ROWS]


# ----------------------------------------------- a grant awarded to a body is no contract


@pytest.mark.parametrize("grant", [
    "a grant of £1,500 be awarded to Neuadd Goffa under section 137",
    "funding of £2,000 be awarded to Pentre Youth Club",
    "a bursary be awarded to Ysgol Gymraeg Trelyn",
])
def test_regression_grant_awarded_in_a_sentence_run_on_to_a_quotation(grant, tmp_path):
    """A heading printed without its weight ran the resolution on into the next one, which
    seeks a quotation: the contract cue let the grant's award through."""
    text = ("Town Council Minutes\n2026/36 Grants\n"
            f"RESOLVED: that {grant} ** 2026/38 Banners RESOLVED: to defer the request, "
            "pending a quotation from a second supplier.\n")
    assert _rows(text, tmp_path) == []


@pytest.mark.parametrize("said", [
    "RESOLVED: that following a tender the grounds maintenance contract be awarded to Green "
    "Spaces Ltd.",
    "RESOLVED: that funding for the hall works be agreed, and that following the tender the "
    "contract be awarded to Green Spaces Ltd.",
])
def test_guard_contract_awarded_near_a_grant_is_still_a_contract(said, tmp_path):
    text = f"Town Council Minutes\n2026/36 Grounds\n{said}\n"
    assert _rows(text, tmp_path) == [("Green Spaces Ltd", None)]


# ------------------------------------------- the deciding body is never the party let to


@pytest.mark.parametrize("body", ["Board", "Committee", "Panel"])
def test_regression_award_to_board_column_head_made_a_contractor(body, tmp_path):
    """A forward plan's "Award to Board" column heading, read on into its first row, was an
    award "to Board Real-time"."""
    text = ("Forward Procurement Plan: September 2026 to March 2027\n"
            "The plan lists the procurements to be started in the period\n"
            f"Procurement Estimated value Route to market Award to {body}\n"
            "Real-time passenger information system £4,800,000 Competitive flexible "
            "procedure March 2027\n")
    assert _rows(text, tmp_path) == []


def test_guard_award_to_a_firm_named_with_board_later_is_kept(tmp_path):
    text = ("Cabinet Report\nAward of Contract\n"
            "That Cabinet approves the award of the contract for signage to Signboard "
            "Solutions Ltd at a cost of £84,000.\n")
    assert _rows(text, tmp_path) == [("Signboard Solutions Ltd", 84000.0)]
