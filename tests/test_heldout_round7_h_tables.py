"""Regression tests for the bugs held-out round 7 batch H's risk and contract papers showed on
their first run: each named after the bug, on a small paper in the layout that showed it, with
guards for the other layouts of the same family the general rule covers."""

from __future__ import annotations

import pytest

from conftest import text_contexts
from heldout_support import scored_risks as _risks
from kcc_papers.extract import contracts
from kcc_papers.extract.risks.values import parse_product
from kcc_papers.models import Contract

# ---------------------------------------------------------------------------- risks

BAF_CARDS = """Kestrel Valley Hospitals NHS Foundation Trust
Board of Directors - Meeting in Public
Date: Thursday 26 February 2026
Title: Board Assurance Framework - Quarter 3 2025/26

Recommendation
The Board is asked to approve the Board Assurance Framework.

Principal Risks

BAF 1 - Elective recovery
Executive owner: Chief Operating Officer
Initial risk score: 5 x 5 = 25
Current risk score: 4 x 3 = 12 (consequence 4, likelihood 3)
Target risk score: 4 x 2 = 8
Movement since last quarter: unchanged

BAF 2 - Urgent and emergency care flow
Executive owner: Chief Operating Officer
Initial risk score: 5 x 5 = 25
Current risk score: 5 x 4 = 20 (consequence 5, likelihood 4)
Target risk score: 5 x 2 = 10
Movement since last quarter: increased from 16
"""


def test_regression_a_card_per_risk_headed_by_a_spaced_code_was_unread(tmp_path):
    # "BAF 2 - Urgent ..." opens a card as "SR4 Emergency ..." does; its score names its
    # factors in brackets, consequence first
    assert _risks(BAF_CARDS, tmp_path) == [("BAF 1", 3, 4, 12), ("BAF 2", 4, 5, 20)]


@pytest.mark.parametrize(("cell", "read"), [
    ("5 x 4 = 20 (consequence 5, likelihood 4)", ("4", "5", 20)),
    ("4 x 5 = 20 (likelihood 4, impact 5)", ("4", "5", 20)),
    ("20 (consequence 5, likelihood 4)", ("4", "5", 20)),
    ("C5 x L4 = 20", ("4", "5", 20)),
    ("Consequence 5 x Likelihood 4", ("4", "5", 20)),
    ("L4 x C5", ("4", "5", 20)),
    # the guards: the forms read before keep their order
    ("5 x 4 = 20", ("5", "4", 20)),
    ("I5 x L4 = 20", ("4", "5", 20)),
])
def test_regression_factors_named_as_consequence_or_in_brackets_were_unread(cell, read):
    product = parse_product(cell)
    assert product is not None
    assert (product[0], product[1], product[2].value) == read


def test_a_spaced_word_and_number_is_not_a_card_heading(tmp_path):
    # "ITEM 3 Finance" is no risk code: only capitals, and a dash or colon after a spaced one
    text = BAF_CARDS.replace("BAF 1 - Elective recovery", "ITEM 3 Elective recovery")
    assert [r[0] for r in _risks(text, tmp_path)] == ["BAF 2"]


PACK_RISKS = """NHS STRATHALLAN
Paper E - Corporate Risk Register
Meeting: NHS Strathallan Board
Meeting date: 31 March 2026

Recommendation
The Board is asked to take a moderate level of assurance from the corporate risks below.

Risks are scored as consequence (C, 1-5) multiplied by likelihood (L, 1-5).

Risk ID\tRisk title\tExecutive lead\tCurrent (C x L)\tCurrent score\tTarget score\tLevel
2214\tSustainability of out of hours care\tDirector of Primary Care\t4 x 5\t20\t12\tVery High
2287\tWater safety in older estate\tDirector of Estates\t5 x 2\t10\t5\tMedium
"""


def test_regression_a_score_column_headed_c_x_l_was_read_likelihood_first(tmp_path):
    # consequence is the impact: "Current (C x L)" prints it first, as "(I x L)" does
    assert _risks(PACK_RISKS, tmp_path) == [("2214", 5, 4, 20), ("2287", 2, 5, 10)]


# ---------------------------------------------------------------------------- contracts

SPACED_REGISTER = """TAYFORTH REGIONAL TRANSPORT PARTNERSHIP
PARTNERSHIP BOARD
16 MARCH 2026
CONTRACTS AWARDED AND EXTENDED

2.1  That the Board notes the contracts listed in section 3.

     Supplier                 Description                    Start      End        Whole life (£)
     -----------------------  -----------------------------  ---------  ---------  --------------
     Strathtay Coaches Ltd    Demand responsive transport,   01/11/25   31/10/28   736,000
                              Highland Perthshire
     Ochil Bus Company Ltd    Supported route 47 Crieff      06/01/26   05/01/29   483,750
"""


def test_regression_a_contract_register_set_out_in_spaces_was_unread(tmp_path):
    # the columns a text paper sets out in spaces are a table, as for KPIs and risks; its
    # wrapped description is the row's, not a sentence of its own
    (ctx,) = text_contexts(SPACED_REGISTER, None, tmp_path)
    got = [(c.provider, c.value_gbp, c.service)
           for c in contracts.extract(ctx) if isinstance(c, Contract)]
    assert got == [
        ("Strathtay Coaches Ltd", 736000.0, "Demand responsive transport, Highland Perthshire"),
        ("Ochil Bus Company Ltd", 483750.0, "Supported route 47 Crieff"),
    ]


LOT_TABLE = """SOUTHERN DISTRICTS JOINT WASTE BOARD
Meeting of the Board: Wednesday 25 March 2026
Report of: Board Secretary and Waste Manager
Kerbside collection services - award of contract
1. Recommendation
1.1 That the Board awards Lots 1 and 2 to the successful tenderers named below.
Lot\tService\tSuccessful tenderer\tTerm (years)\tTerm (years)\tValue (£)\tValue (£)
Lot\tService\tSuccessful tenderer\tInitial\tExtension\tAnnual\tTotal
1\tKerbside collection\tMannin Environmental Ltd\t5\t2\t412,000\t2,884,000
2\tGarden waste collection\tRushen Green Services Ltd\t5\t2\t96,500\t675,500
"""


def test_regression_a_two_row_header_gave_the_annual_value_as_the_total(tmp_path):
    # the group "Value (£)" over "Annual | Total": each column is named by both rows, and the
    # whole term's column is the contract's value, as with a one-row header
    (ctx,) = text_contexts(LOT_TABLE, None, tmp_path)
    got = [(c.provider, c.value_gbp) for c in contracts.extract(ctx) if isinstance(c, Contract)]
    assert got == [("Mannin Environmental Ltd", 2884000.0),
                   ("Rushen Green Services Ltd", 675500.0)]


TWO_LOTS_AWARDED = """LOUGH ERNE AND CLOGHER DISTRICT COUNCIL
Report to Environment and Regeneration Committee
Date of Meeting: 26 February 2026
Subject: Public Realm Scheme - Tender Report

4.0 Recommendation
""" + ("4.1 It is recommended that Members approve the appointment of Fermanagh Civil Contracts "
       "Ltd for Lot 1 in the sum of £2,846,310 and Clogher Metalcraft Ltd for Lot 2 in the sum "
       "of £418,650.\n")


def test_regression_an_appointment_of_two_bidders_each_with_its_sum_gave_no_contract(tmp_path):
    # each part of the award is a contract: its bidder, what it is for and its own sum
    (ctx,) = text_contexts(TWO_LOTS_AWARDED, None, tmp_path)
    got = [(c.provider, c.value_gbp, c.service)
           for c in contracts.extract(ctx) if isinstance(c, Contract)]
    assert got == [("Fermanagh Civil Contracts Ltd", 2846310.0, "Lot 1"),
                   ("Clogher Metalcraft Ltd", 418650.0, "Lot 2")]
