"""Held-out round 38, contracts in award reports and decision notices: the misses fixed, each
on a small paper written in the layout that showed it (other councils, firms and words)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow, contract_rows_of, rendered, source_lines


def _rows(source: str, tmp_path: Path) -> list[ContractRow]:
    return sorted(contract_rows_of(contexts(rendered(source, tmp_path))), key=str)


def _report(*body: str) -> str:
    return source_lines(
        "## Harrowfield Borough Council",
        "** Projects Board - 9 March 2027",
        "Report of:\tDirector of Place",
        *body,
    )


# ------------------------------------------------ a firm appointed for a fee, in either voice

# A highlight report's summary: a contract awarded to one firm and, in the same sentence, a
# consultancy (a name ending in a firm's word, no legal form) "was appointed as ... for a fee
# of £N" (r38g): each firm its own sum.
FEE_PASSIVE = _report(
    "** 1. Summary",
    "1.1 Since the last Board, the contract for the resurfacing of Millbrook Lane was awarded"
    " to Tarnside Highways Ltd on 3 February 2027 in the sum of £1,180,000, against an"
    " estimate of £1.3m, and Oakhurst Vane Consultants was appointed as principal designer"
    " for the Market Hall refit for a fee of £38,250.",
)


def test_firm_appointed_for_a_fee_beside_an_award(tmp_path: Path) -> None:
    assert _rows(FEE_PASSIVE, tmp_path) == [("Oakhurst Vane Consultants", 38250.0),
                                            ("Tarnside Highways Ltd", 1180000.0)]


# A recommendation's "appoint X Partnership as employer's agent ... for a fee of £N" (r38g):
# the active voice, the firm straight after the verb.
FEE_ACTIVE = _report(
    "** 2. Recommendations",
    "That the Board:",
    "2.1 award the main works contract for the new Riverside Depot to Coldstream Build Ltd in"
    " the sum of £6,420,000;",
    "2.2 appoint Penwarden Ash Partnership as project manager and quantity surveyor for the"
    " works for a fee of £146,000; and",
    "2.3 note the depot budget of £7.1m.",
)


def test_firm_appointed_as_a_role_for_a_fee(tmp_path: Path) -> None:
    assert _rows(FEE_ACTIVE, tmp_path) == [("Coldstream Build Ltd", 6420000.0),
                                           ("Penwarden Ash Partnership", 146000.0)]


# ... but a person appointed for a fee (no firm's word ends the name) holds no contract.
FEE_PERSON = _report(
    "** 2. Recommendations",
    "2.1 That Helen Marsh be appointed as independent chair of the Board for a fee of £4,500"
    " a year.",
)


def test_person_appointed_for_a_fee_is_no_contract(tmp_path: Path) -> None:
    assert _rows(FEE_PERSON, tmp_path) == []


# ------------------------------------------------------ the outgoing holder of a service

# A decision notice's reasons: "The current service, provided by X NHS Trust, ends on ..."
# (r38e): the provider of the service said to end holds the contract replaced, no value.
SERVICE_ENDS = source_lines(
    "## Harrowfield Borough Council",
    "** Officer Decision Notice",
    "Decision maker:\tDirector of Public Health",
    "** Decision",
    "To award the contract for the Harrowfield Stop Smoking Service to Clearbreath Health Ltd"
    " for three years from 1 April 2027 at a total contract value of £945,000.",
    "** Reasons for the decision",
    "The current service, provided by Westmoor Community Health NHS Trust, ends on 31 March"
    " 2027 and cannot be extended. Bids were also received from Quitwell Ltd.",
)


def test_provider_of_a_current_service_that_ends_is_outgoing(tmp_path: Path) -> None:
    assert _rows(SERVICE_ENDS, tmp_path) == [("Clearbreath Health Ltd", 945000.0),
                                             ("Westmoor Community Health NHS Trust", None)]


# ... but the council's own team providing a service that ends holds no contract.
SERVICE_IN_HOUSE = source_lines(
    "## Harrowfield Borough Council",
    "** Officer Decision Notice",
    "** Reasons for the decision",
    "The current service, provided by the Council's Public Health team, ends on 31 March 2027.",
)


def test_own_team_providing_a_service_is_no_contract(tmp_path: Path) -> None:
    assert _rows(SERVICE_IN_HOUSE, tmp_path) == []


# "The current X service has been provided by Y Ltd since May 2021 and that contract ends on
# ..." (r38h): the holder and its contract's end in one sentence.
SERVICE_THEN_CONTRACT_ENDS = _report(
    "** 3. Payroll service",
    "3.1 The current payroll service has been provided by Tollgate Payroll Services Ltd since"
    " May 2021 and that contract ends on 30 June 2027 with no further extension available.",
    "3.2 That the contract for payroll services be awarded to Brackenfield Pay Ltd for four"
    " years at a total value of £212,000.",
)


def test_provider_since_a_year_and_that_contract_ends_is_outgoing(tmp_path: Path) -> None:
    assert _rows(SERVICE_THEN_CONTRACT_ENDS, tmp_path) == [
        ("Brackenfield Pay Ltd", 212000.0), ("Tollgate Payroll Services Ltd", None)]


# ------------------------------------------ a contract "for ... held by X" extended, no comma

# A pipeline report's extensions: "The contract for <service> held by X Ltd has been extended
# ... at a value of £N" (r38c): what it is for runs straight on to "held by".
HELD_BY_EXTENDED = _report(
    "** 2. Contracts extended",
    "2.1 The contract for the cleaning of the Council's depots held by Sparkwell Facilities Ltd"
    " has been extended for six months from 1 April 2027, as the contract allowed, at a value"
    " of £96,000.",
)


def test_contract_for_a_service_held_by_a_firm_extended(tmp_path: Path) -> None:
    assert _rows(HELD_BY_EXTENDED, tmp_path) == [("Sparkwell Facilities Ltd", 96000.0)]
