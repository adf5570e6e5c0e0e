"""Regression tests for round 14's carry-over misses of records of decisions, contracts and a
register's row: a record of a meeting's decisions that states each decision as a sentence of
the body ("The Cabinet agreed to ..."), under a title naming its body ("Record of Cabinet
decisions"); a lot of a dynamic purchasing system awarded; an award's value given as "a total
contract value" of "the recommended bidder's price"; a register's first row on a page without
its header, printed under a stamp set right. Each runs on small papers written here."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import contract_rows, decisions_in, documents_of, rendered
from kcc_papers.extract import decisions, risks
from kcc_papers.models import Risk

# ------------------------------------------- decisions stated as sentences of the body

RECORD_OF_SENTENCES = """## Harbourside Borough Council
** Record of Executive decisions
Date:	9 February 2027
Time:	6.00pm to 7.15pm
Present:	Councillor A Fenwick (Leader), Councillor B Osei, Councillor C Lindqvist
** Decision number: 12/2027
** Item 4: Leisure Centre Roof Replacement
Key decision:	Yes
The Executive agreed to award the contract for the leisure centre roof replacement to Quayline Roofing Limited at a contract sum of £1,240,000.
Reasons: Quayline Roofing Limited submitted the most economically advantageous tender.
** Decision number: 13/2027
** Item 5: Treasury Management Mid-Year Review
Key decision:	No
The Executive noted the treasury management activity for the first half of the year.
Reasons: To keep the Executive informed.
** Decision number: 14/2027
** Item 6: Harbour Wall Repairs
Key decision:	Yes
The Executive agreed to defer the harbour wall repairs to its meeting on 9 March 2027.
Reasons: To allow the survey to be completed.
"""  # noqa: E501


def test_regression_decisions_stated_as_sentences_of_the_body_read(tmp_path: Path) -> None:
    """No "Decision:" label: each item heading's sentence "The Executive agreed ..." is its
    decision, numbered by the item's own "Decision number"."""
    found = [(d.decision_number, d.agenda_item_ref, d.title, d.decision_text.split(".")[0],
              d.outcome, d.key_decision, d.decision_maker)
             for ctx in text_contexts(RECORD_OF_SENTENCES, "decision", tmp_path)
             for d in decisions_in(decisions.extract(ctx))]
    assert found == [
        ("12/2027", "4", "Leisure Centre Roof Replacement",
         "The Executive agreed to award the contract for the leisure centre roof replacement to "
         "Quayline Roofing Limited at a contract sum of £1,240,000", "agreed", True, "Executive"),
        ("13/2027", "5", "Treasury Management Mid-Year Review",
         "The Executive noted the treasury management activity for the first half of the year",
         "noted", False, "Executive"),
        ("14/2027", "6", "Harbour Wall Repairs",
         "The Executive agreed to defer the harbour wall repairs to its meeting on 9 March 2027",
         "deferred", True, "Executive"),
    ]


def test_regression_record_of_body_decisions_names_its_committee(tmp_path: Path) -> None:
    """"Record of Executive decisions" under the council's name: the body is the Executive."""
    paper = rendered(RECORD_OF_SENTENCES, tmp_path)
    assert documents_of(paper) == [("decision", "2027-02-09", "Executive")]


# ------------------------------------------------- a lot of a dynamic purchasing system

LOT_OF_A_DPS = """Cabinet - 4 March 2027
Home to School Transport - Lot Awards
The Cabinet agreed to award Lot 3 (wheelchair accessible transport for pupils) of the Home to School Transport Dynamic Purchasing System to Riverbend Coaches Limited at an annual value of £640,000 for up to three years.
"""  # noqa: E501


def test_regression_lot_of_a_dynamic_purchasing_system_awarded(tmp_path: Path) -> None:
    """A place on a dynamic purchasing system is let as a framework's is; the firm is the one
    named after the system it is a lot of (whose name holds "to")."""
    assert contract_rows(LOT_OF_A_DPS, tmp_path) == [("Riverbend Coaches Limited", 640000.0)]


# ------------------------------------------ the recommended bidder's total contract value

RECOMMENDED_BIDDERS_PRICE = """Report to: Economy Cabinet Committee - 11 March 2027
Subject: Business Support Service - Award of Contract
Recommendation: The Committee is asked to endorse the proposed decision to award the contract for the business support service to Tidewater Enterprise Ltd for three years from 1 June 2027.
1. Procurement
1.1 Four bids were received and evaluated on quality and price.
1.2 The recommended bidder's price is £410,000 a year, a total contract value of £1,230,000 over the initial three-year term.
"""  # noqa: E501


def test_regression_award_takes_the_recommended_bidders_total_contract_value(
        tmp_path: Path) -> None:
    """"The recommended bidder's price is ..., a total contract value of £1,230,000": the value
    of the one award the paper makes, not a second contract without a provider."""
    assert contract_rows(RECOMMENDED_BIDDERS_PRICE, tmp_path) == [
        ("Tidewater Enterprise Ltd", 1230000.0)]


# -------------------------------------- a register's row under a stamp set right

REGISTER_UNDER_A_STAMP = """%% header WESTFOLD COUNCIL - AUDIT COMMITTEE
%% footer Page {page} of {pages}
%% overprint OFFICIAL
** Corporate Risk Register
The register below is reviewed by the Management Team each quarter.
--- page rotated ---
** Appendix 1: Corporate Risk Register - March 2027
|% 5 20 12 3 3 4
|# Risk ref | Risk title | Risk owner | {up}Likelihood | {up}Impact | {up}Rating |
| WR01 | Safeguarding children | Director of Children's Services | 3 | 5 | 15 |
| WR02 | Safeguarding adults | Director of Adult Services | 3 | 4 | 12 |
| WR03 | Financial resilience | Director of Finance | 5 | 5 | 25 |
| --- page, header not repeated --- |
| WR04 | Information governance | Monitoring Officer | 3 | 3 | 9 |
| WR05 | Workforce capacity | ^ | 2 | 4 | 8 |
"""


def test_regression_register_row_under_a_right_stamp_is_not_a_left_stamp(
        tmp_path: Path) -> None:
    """The continued register's first row shares its band with the "OFFICIAL" stamp set right:
    its first cell, in smaller type than that stamp, is no stamp at the left (only a heading
    beside it tells one)."""
    found = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
             for ctx in contexts(rendered(REGISTER_UNDER_A_STAMP, tmp_path))
             if ctx.document.kind in risks.KINDS
             for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [("WR01", 3, 5, 15), ("WR02", 3, 4, 12), ("WR03", 5, 5, 25),
                     ("WR04", 3, 3, 9), ("WR05", 2, 4, 8)]
