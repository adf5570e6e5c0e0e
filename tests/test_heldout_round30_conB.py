"""Regression tests for the contract misses of held-out round 30's batches C and D (fixer
conB): an outgoing holder named after its role ("the contract with the current external
lottery manager, X Ltd, ends"), a charity a service is provided by whose contract ends, a
platform provided by a firm appointed under a two-year contract, a "Council for Voluntary
Service" read whole, and lots let to a social enterprise and a charity in a decision page's
bullets. Each on a small paper in the layout that showed it, with a guard of the general rule
that fixed it."""

from __future__ import annotations

import re

from heldout_support import contract_html_rows, contract_rows, html_page

# ------------ the outgoing holder named after its role (r30d community lottery panel;
# outgoing_holders.CONTRACT_WITH_ROLE_ENDS)

LOTTERY = """Report to the Lottery and Grants Panel
Subject: Pennock Community Lottery: Appointment of External Lottery Manager
1.1 That the Panel approves the appointment of Goodplay Lotteries Ltd as the external lottery manager for the Pennock Community Lottery for four years from 1 October 2031, at an estimated contract value of £118,000.
1.2 That the Panel notes that the contract with the current external lottery manager, Heartwood Community Gaming Ltd, {said}.
"""  # noqa: E501


def test_holder_named_after_its_role_whose_contract_ends_holds_the_contract_in_place(tmp_path):
    rows = contract_rows(LOTTERY.format(said="ends on 30 September 2031"), tmp_path)
    assert sorted(rows, key=str) == [("Goodplay Lotteries Ltd", 118_000.0),
                                     ("Heartwood Community Gaming Ltd", None)]


def test_holder_after_its_role_without_an_end_is_no_contract_by_this_rule(tmp_path):
    # the guard: only the contract's end says the firm named after the role holds it now
    rows = contract_rows(LOTTERY.format(said="was discussed at the last meeting"), tmp_path)
    assert rows == [("Goodplay Lotteries Ltd", 118_000.0)]


# ------------ a charity the service is provided by, whose contract ends (r30d ICB joint
# commissioning board; outgoing_holders.PROVIDER_WHOSE_CONTRACT_ENDS)

CARERS = """Report to the Joint Commissioning Board
1.1 The Board is asked to approve the award of the contract for the Marlshire Carers' Support Service to Carers Together Marlshire, a registered charity, for five years from 1 January 2032 at a total contract value of £3,450,000.
2.1 The current service is {verb} Marlshire Carers Trust, whose contract ends on 31 December 2031 after two extensions.
"""  # noqa: E501


def test_charity_providing_the_service_whose_contract_ends_holds_it_with_no_value(tmp_path):
    rows = contract_rows(CARERS.format(verb="provided by"), tmp_path)
    assert sorted(rows, key=str) == [("Carers Together Marlshire", 3_450_000.0),
                                     ("Marlshire Carers Trust", None)]


def test_name_with_no_legal_form_whose_contract_ends_needs_the_service_provided_by_it(tmp_path):
    # the guard: "overseen by X, whose contract ends" may name a member of staff
    rows = contract_rows(CARERS.format(verb="overseen by"), tmp_path)
    assert rows == [("Carers Together Marlshire", 3_450_000.0)]


# ------------ a platform provided by a firm appointed under a two-year contract, and a CVS
# awarded the infrastructure contract (r30d communities scrutiny panel text pack;
# outgoing_holders.PROVIDED_BY_APPOINTED_UNDER_CONTRACT, names._BODY_FOR)

CROWDFUND = """3.1  The platform is provided by Commonpledge Ltd, appointed in August
     2030 under a two-year contract worth £36,000. Projects set a target,
     and the Council pledges up to 50% once a project has 40 backers.

3.3  Pledges are grants under the Council's crowdfunding conditions, not
     contracts. Each project signs the platform's standard terms with
     Commonpledge Ltd, to which the Council is not a party.
"""


def test_firm_providing_a_platform_appointed_under_a_termed_contract_holds_it(tmp_path):
    assert contract_rows(CROWDFUND, tmp_path) == [("Commonpledge Ltd", 36_000.0)]


CVS = """3.1  The contract for voluntary sector infrastructure support was awarded
     to {name} in April 2028, after an
     open tender, for five years at a total value of £1,125,000.
"""


def test_council_for_voluntary_service_is_read_whole(tmp_path):
    rows = contract_rows(CVS.format(name="Calderbrook Council for Voluntary Service"), tmp_path)
    assert rows == [("Calderbrook Council for Voluntary Service", 1_125_000.0)]


def test_for_after_a_firm_or_before_a_lot_or_small_letters_joins_no_name():
    # the guard: "for" joins a name only after a body's noun and before a capitalised word
    # that opens no lot
    from kcc_papers.extract.contracts.names import _NAME
    name = re.compile(_NAME)
    assert name.match("Harbour Services Ltd for Maintenance")[0] == "Harbour Services Ltd"
    assert name.match("Calderbrook Council for Lot 2")[0] == "Calderbrook Council"
    assert name.match("Kestrel Association for the Deaf")[0] == "Kestrel Association"
    assert name.match("Marlshire Centre for Independent Living")[0] == (
        "Marlshire Centre for Independent Living")


# ------------ lots let in a decision page's bullets to a CIC and a charity (r30d county
# council CMIS decision page; lot_items.lot_item_drafts)

LEAD_IN = ("<p>The Cabinet Member for Adult Social Care and Public Health {verb} the contracts for "
           "the Community Wellbeing Navigation Service for three years from 1 October 2031, "
           "as follows:</p>")
LOTS = ("<ul><li>Lot 1 (North Ashenshire: Carrick, Fellhead and Wray districts) to Pathways "
        "Wellbeing CIC, a community interest company, at a contract value of £612,000 for the "
        "initial three years; and</li>"
        "<li>Lot 2 (South Ashenshire: Ashford, Meldon and Saltergate districts) to Thornvale "
        "Mind, a registered charity, at a contract value of £587,400 for the initial three "
        "years.</li></ul>")


def test_bulleted_lots_let_to_a_cic_and_a_charity_under_an_award(tmp_path):
    page = html_page(LEAD_IN.format(verb="decided to award"), LOTS)
    assert sorted(contract_html_rows(page, tmp_path), key=str) == [
        ("Pathways Wellbeing CIC", 612_000.0), ("Thornvale Mind", 587_400.0)]


def test_bulleted_lots_under_a_lead_in_that_lets_nothing_name_no_firm(tmp_path):
    # the guard: lots "as they would have gone" under a refused award are let to no one
    page = html_page(LEAD_IN.format(verb="refused to award"), LOTS)
    assert all(provider is None for provider, _ in contract_html_rows(page, tmp_path))


WRAPPED = """The Cabinet Member decided to award the contracts for the service as follows:
Lot 1 (north) to Pathways Wellbeing CIC, a community interest company, at a
contract value of £612,000 for the initial three years; and
Lot 2 (south) to Thornvale Mind (a registered charity) at a contract value of
£587,400 for the initial three years.
"""


def test_wrapped_lot_items_are_read_to_their_sums(tmp_path):
    assert sorted(contract_rows(WRAPPED, tmp_path), key=str) == [
        ("Pathways Wellbeing CIC", 612_000.0), ("Thornvale Mind", 587_400.0)]
