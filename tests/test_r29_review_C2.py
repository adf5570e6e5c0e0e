"""Review of held-out round 29's contracts fixes (C2): papers another council would plausibly
publish, which the fixer's new rules misread."""

from __future__ import annotations

from conftest import contexts
from heldout_support import contract_rows_of, rendered
from kcc_papers.extract.contracts.table_header import _chosen_columns, totals_row


def _rows(source: str, tmp_path):
    return contract_rows_of(contexts(rendered(source, tmp_path)))


# ------------ a weighted table of services each let to its supplier, under a lead-in letting them

SERVICES = """## WESTMARCH COUNTY COUNCIL
** Cabinet
Community services framework: awards
2.1 That the Cabinet awards the contracts for the services listed below to the suppliers shown, each the highest-scoring tender for its service.
| Service | Supplier | Quality (60) | Price (40) | Annual value (£) |
| Day opportunities | Brightwater Care Ltd | 51.0 | 36.2 | 412,000 |
| Carers' breaks | Holmfield Support Ltd | 48.5 | 40.0 | 188,500 |
| Advocacy | Voicelink Advocacy CIC | 50.2 | 38.9 | 96,300 |
2.2 Each contract runs for three years from 1 April 2030.
"""  # noqa: E501


def test_regression_services_let_under_a_weighted_header_are_contracts(tmp_path):
    # The text above lets the contracts: each row a service let to its supplier, not a bid,
    # though the header weighs quality and price.
    providers = [p for p, _ in _rows(SERVICES, tmp_path)]
    assert providers == ["Brightwater Care Ltd", "Holmfield Support Ltd",
                         "Voicelink Advocacy CIC"]


# ------------ a share of a post in a sentence that names the firm, or lets a contract

SECONDMENT = """## WESTMARCH COUNTY COUNCIL
** Cabinet
Planning support
1.2 That the Cabinet approves {what} at a cost of £30,000.
"""


def test_regression_a_post_share_let_by_contract_keeps_its_value(tmp_path):
    text = SECONDMENT.format(what="the award of a contract for interim planning support, "
                                  "0.5 FTE for twelve months,")
    assert _rows(text, tmp_path) == [(None, 30_000.0)]


def test_regression_a_post_share_bought_from_a_firm_keeps_its_value(tmp_path):
    text = SECONDMENT.format(what="a secondment agreement for 0.5 FTE seconded from Harcourt "
                                  "Planning Ltd for twelve months")
    assert [v for _, v in _rows(text, tmp_path)] == [30_000.0]


# ------------ a totals row labelled by what it sums, its label closed by a colon or a bracket

def test_regression_total_value_of_label_with_a_colon_or_bracket_is_a_totals_row():
    assert totals_row(["Total value of routes awarded:", "£2,046,030"])
    assert totals_row(["Total value of contracts let (3 years)", "£2,046,030"])
    # ... and still no firm's row: the label names a firm the routes went to
    assert not totals_row(["Total value of routes awarded to Blackthorn Coaches Ltd",
                           "£312,480"])


# ------------ one reading of a weighted price: a score, no sum, in a chosen table too

def test_regression_a_weighted_price_score_is_no_value_of_a_chosen_table():
    cols = _chosen_columns(["Rank", "Provider", "Quality score (60)", "Price score (40)",
                            "Total"])
    assert cols is not None and "value" not in cols.roles


# ------------ a firm another party appointed under its own contract (a developer's architect)

DEVELOPER = """## MARCHWOOD BOROUGH COUNCIL
** Record of executive decision
(2) to award the contract for the construction of the new teaching block at Greyfriars School to Whitcombe Construction Ltd for the sum of £4,362,900.
4.2 The developer's architect, Arden Architects Ltd, appointed {how}, will certify the housing phase.
"""  # noqa: E501


def test_regression_a_firm_appointed_by_another_party_holds_no_council_contract(tmp_path):
    for how in ("by the developer under its own contract",
                "in 2029 under a contract with the developer"):
        assert _rows(DEVELOPER.format(how=how), tmp_path) == [
            ("Whitcombe Construction Ltd", 4_362_900.0)], how


def test_a_firm_the_council_appointed_under_its_own_contract_still_holds_one(
        tmp_path):
    text = DEVELOPER.format(how="by the Council in 2030 under its own contract")
    assert _rows(text, tmp_path) == [("Whitcombe Construction Ltd", 4_362_900.0),
                                     ("Arden Architects Ltd", None)]


# ------------ the previous holder bids again and is recommended, in words read as no award

REWIN = """## SALTMARSH COASTAL PARTNERSHIP
** Item 5: Beach Profile Monitoring - Contract Award
** Recommendation
{rec}
** Background
The previous contract with Meridian Hydrographic Ltd ends on 31 March 2029. Four tenders were received; Meridian Hydrographic Ltd offered the most economically advantageous tender.
** Tender Evaluation
| Tenderer | Price (3 years) | Quality (60) | Price (40) | Total |
| Meridian Hydrographic Ltd | £91,700 | 52 | 40.0 | 92.0 |
| Fathom Coastal Surveys Ltd | £96,480 | 41 | 38.1 | 79.1 |
"""  # noqa: E501


def test_regression_the_previous_holder_winning_again_is_priced_by_its_bid(tmp_path):
    # no other firm is let the contract: the holder's bid prices the contract to come
    for rec in ("That Meridian Hydrographic Ltd be appointed to provide beach monitoring for "
                "2029-2032.",
                "That the Group approves Meridian Hydrographic Ltd as the beach monitoring "
                "contractor for 2029-2032."):
        assert _rows(REWIN.format(rec=rec), tmp_path) == [
            ("Meridian Hydrographic Ltd", 91_700.0)], rec
