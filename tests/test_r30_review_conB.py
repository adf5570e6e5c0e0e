"""Regression tests for the review (conB) of held-out round 30's contract fixes of batches C
and D: each a small paper another council could publish that the fix misread, and the rule
that mends it."""

from __future__ import annotations

import re
import time
from pathlib import Path

from heldout_support import contract_rows
from kcc_papers.extract.contracts.lot_items import lot_item_drafts
from kcc_papers.extract.contracts.names import _NAME

# ------------ a firm a service is provided by, appointed by another party or under a contract
# with one (outgoing_holders.PROVIDED_BY_APPOINTED_UNDER_CONTRACT)

PLATFORM = "Report to Cabinet\n3.1 The platform is provided by Commonpledge Ltd, {appointed}.\n"


def test_regression_firm_appointed_by_another_party_holds_none_of_the_councils_contracts(
        tmp_path: Path) -> None:
    # the developer's contractor, as contracts_in_place.APPOINTED_UNDER_OWN_CONTRACT reads it
    text = PLATFORM.format(
        appointed="appointed by the developer under a two-year contract worth £36,000")
    assert all(name != "Commonpledge Ltd" for name, _ in contract_rows(text, tmp_path))


def test_regression_firm_appointed_under_a_contract_with_another_party_holds_none(
        tmp_path: Path) -> None:
    text = PLATFORM.format(appointed="appointed in 2029 under a three-year contract with the "
                                     "academy trust worth £90,000")
    assert all(name != "Commonpledge Ltd" for name, _ in contract_rows(text, tmp_path))


def test_firm_appointed_by_the_council_under_a_termed_contract_still_holds_it(
        tmp_path: Path) -> None:
    text = PLATFORM.format(
        appointed="appointed by the Council in 2030 under a two-year contract worth £36,000")
    assert contract_rows(text, tmp_path) == [("Commonpledge Ltd", 36_000.0)]


# ------------ "provided by X, whose contract ends": X a person or the council's own team
# (outgoing_holders.PROVIDER_WHOSE_CONTRACT_ENDS)

PROVIDED = ("Report to Cabinet\n2.1 The service is {verb} by {name}, whose contract ends on "
            "31 March 2031.\n")


def test_regression_person_providing_a_service_whose_contract_ends_is_no_contract_holder(
        tmp_path: Path) -> None:
    # an interim officer's employment contract, no contract the council let
    assert contract_rows(PROVIDED.format(verb="provided", name="Mark Ellis"), tmp_path) == []


def test_regression_councils_own_team_providing_a_service_is_no_contract_holder(
        tmp_path: Path) -> None:
    rows = contract_rows(PROVIDED.format(verb="delivered", name="Highways Operations"), tmp_path)
    assert rows == []


def test_voluntary_body_providing_a_service_whose_contract_ends_still_holds_it(
        tmp_path: Path) -> None:
    rows = contract_rows(PROVIDED.format(verb="provided", name="Ashbrook Carers Trust"),
                         tmp_path)
    assert rows == [("Ashbrook Carers Trust", None)]


# ------------ "for" joining a body's name before a date or a stage (names._BODY_FOR)

AWARD = ("Report to Cabinet\n3.1 The contract was awarded to {name} for {what} at a total value "
         "of £125,000.\n")


def test_regression_for_before_a_month_and_year_joins_no_name(tmp_path: Path) -> None:
    text = AWARD.format(name="Kestrel Housing Association", what="April 2031 to March 2034")
    assert contract_rows(text, tmp_path) == [("Kestrel Housing Association", 125_000.0)]


def test_regression_for_before_a_numbered_stage_joins_no_name(tmp_path: Path) -> None:
    text = AWARD.format(name="Marlshire Community Society", what="Phase 2")
    assert contract_rows(text, tmp_path) == [("Marlshire Community Society", 125_000.0)]


def test_regression_for_before_a_date_or_stage_ends_the_name_a_body_named_for_keeps_it() -> None:
    name = re.compile(_NAME)

    def read(text: str) -> str | None:
        m = name.match(text)
        return m[0] if m else None

    assert read("Kestrel Association for Year 1 of the scheme") == "Kestrel Association"
    assert read("Kestrel Association for April to March") == "Kestrel Association"
    assert read("Institute for Fiscal Studies") == "Institute for Fiscal Studies"


# ------------ a voluntary body's service level agreement renewed, read whole by the new
# "for" (held-out r18e's paper: the blind expected data lists no contract for it)

SLA = ("Report to Committee\nRESOLVED that the Committee recommends to Cabinet that the service "
       "level agreement with {name} be renewed for two years with outcome measures agreed.\n")


def test_regression_voluntary_bodys_service_level_agreement_renewed_is_no_contract(
        tmp_path: Path) -> None:
    rows = contract_rows(SLA.format(name="Brackenford Council for Voluntary Service"), tmp_path)
    assert rows == []


def test_another_councils_agreement_renewed_is_still_its_shared_service(tmp_path: Path) -> None:
    assert contract_rows(SLA.format(name="Glenorrin Council"), tmp_path) == [
        ("Glenorrin Council", None)]


# ------------ lot items' cost on a long paragraph (lot_items.lot_item_drafts)

# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 3.0
LEAD = "The Council decided to award the contracts as follows and noted the report in detail."
ITEM = ("Lot 1 (north) to Pathways Wellbeing CIC, a community interest company, at a contract "
        "value of £612,000; and")


def test_regression_lot_items_are_linear_in_a_long_paragraph() -> None:
    # an item grown a line at a time, and the lead-in re-read for each item under it, were
    # quadratic: 5,000 lines of lead-in over 2,000 items took 29 s, 20,000 plain lines 16 s
    for lines in ([LEAD] * 5_000 + [ITEM] * 2_000, [LEAD] * 20_000):
        start = time.process_time()
        drafts = lot_item_drafts([(1, "\n".join(lines))])
        assert time.process_time() - start < LINEAR_SECONDS
        assert len(drafts) == lines.count(ITEM)
