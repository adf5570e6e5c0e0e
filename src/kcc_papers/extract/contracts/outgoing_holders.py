"""Contracts held now by a charity, a voluntary body or a firm, named in prose (held-out round
30), beside ``contracts_in_place``:

* "notes that the contract with the current external lottery manager, Heartwood Community
  Gaming Ltd, ends on 30 September 2031": the holder's role between "with" and its name, the
  name in apposition (a firm with a legal form), and the contract said to end;
* "The current service is provided by Marlshire Carers Trust, whose contract ends on 31
  December 2031": the body a service is provided by, whose contract is said to end, holds the
  contract in place whatever its name ends in (a charity's "Trust", "Mind", "Centre": no legal
  form). Only after "provided by" and its like: "by X, whose contract ends" alone may name a
  member of staff;
* "The platform is provided by Commonpledge Ltd, appointed in August 2030 under a two-year
  contract worth £36,000": the firm a service is provided by, appointed under a contract of
  some term, holds it (its price in the sentence, read as the firm's).
* "The four leisure centres have been operated since 2014 by Freshwell Leisure Trust, whose
  contract expires on 30 June 2026" (held-out round 35): the body said to run or operate a
  service, when it began between the verb and "by", as "provided by" above.

Each is the contract in place ("current"): a bid the holder made for the contract to come
prices that one, never this (``merge.price_from_bids``)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.charge_concessions import NOT_OF_A_CHARGE
from kcc_papers.extract.contracts.contracts_in_place import (
    APPOINTED_BY_COUNCIL_UNDER,
    ENDS,
    PROVIDED_BY,
    ROLE_HELD_NOW,
    WITH_NO_OTHER_PARTY,
    _whose_ends,
)
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.held_by_firms import HELD_BY_FIRM_PATTERNS
from kcc_papers.extract.contracts.held_roles import (
    ARRANGEMENT_WITH_ENDS,
    HELD_BY_THEN_ENDS,
    HOLDER_BY_ROLE,
    HOLDS_CONTRACT_BY_ROLE,
    PROVIDER_BY_ROLE,
    REPLACED_WHOSE_CONTRACT_ENDED,
)
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END, ORGANISATION_WORD
from kcc_papers.extract.contracts.services_ending import (
    PROVIDED_UNDER_AGREEMENT_ENDS,
    SERVICE_PROVIDED_AND_ENDS,
    SERVICE_PROVIDED_BY_ENDS,
    SERVICE_PROVIDED_THEN_CONTRACT_ENDS,
)

# A contract said to end, expire or run out (as ``contracts_in_place`` reads it).
_ENDS = rf"(?:(?i:is|are)\s+due\s+to\s+|(?i:will)\s+)?{ENDS}"

# "the contract with the current external lottery manager, X Ltd, ends on ...": the role a
# few words after a word saying it is held now (ROLE_HELD_NOW), the firm between commas.
CONTRACT_WITH_ROLE_ENDS = re.compile(
    rf"\b(?i:contracts?)\s+(?i:with)\s+{ROLE_HELD_NOW},\s+(?P<name>{_NAME}){LEGAL_END},\s+"
    rf"{_ENDS}")

# "provided by X, whose contract ends": the service bought from X said just before, X's name
# with no legal form (a charity's) but an organisation's word ("Trust", "Society"): a person
# ("provided by Mark Ellis, whose contract ends", an interim) or the council's own team
# ("delivered by Highways Operations") holds no contract let by the council.
# (held-out round 36: "delivered by Stourmere Carers Network, whose contract ends", a
# voluntary body's own word for what it is, VOLUNTARY_BODY_WORDS; "maintained since 2020 by
# R. J. Moss & Sons, whose contract ends", a family firm's "& Son(s)" or "& Co", its founder's
# initials' stops inside the name)
VOLUNTARY_BODY_WORDS = ("Network", "Alliance", "Federation")
_FAMILY_FIRM = r"(?:&|\band)\s+(?:Sons?|Co)\b"
_ORGANISATION_NAMED = (rf"(?=(?:[^,;.]|(?<=\b[A-Z])\.)*?(?:{ORGANISATION_WORD.pattern}|"
                       rf"\b(?:{'|'.join(VOLUNTARY_BODY_WORDS)})\b|{_FAMILY_FIRM}))")
PROVIDER_WHOSE_CONTRACT_ENDS = _whose_ends(PROVIDED_BY + _ORGANISATION_NAMED, "", "contracts?")
# "operated since 2014 by X, whose contract expires", "run by X, whose contract ends": a body
# running a service (a leisure centre's operator, a café's) holds it as a provider does; when
# it began may stand between the verb and "by" (a year, or a date before it), after "provided"
# and its like too ("provided since 2019 by": without it, PROVIDER_WHOSE_CONTRACT_ENDS's).
RUN_VERB = r"(?i:operated|run|managed|maintained)"
_PROVIDED = r"(?i:provided|delivered|supplied|undertaken|carried\s+out)"
SINCE_WORDS = 2  # the day and month before the year: "since 1 April 2014"
SINCE = rf"(?i:since|from)\s+(?:\w+\s+){{0,{SINCE_WORDS}}}?(?:19|20)\d\d,?\s+"
RUN_BY = rf"\b(?:{RUN_VERB}\s+(?:{SINCE})?|{_PROVIDED}\s+{SINCE})(?i:by)\s+"
RUNNER_WHOSE_CONTRACT_ENDS = _whose_ends(RUN_BY + _ORGANISATION_NAMED, "", "contracts?")

# The contract's qualifiers between its article and "contract" ("a two-year", "a fixed-price
# call-off"): a few words.
TERM_WORDS = 3
# ... appointed by the council or by no one said, under a contract with no other party (as
# ``contracts_in_place.APPOINTED_UNDER_OWN_CONTRACT``): "appointed by the developer", "under a
# three-year contract with the academy trust" is that party's contract, not the council's.
PROVIDED_BY_APPOINTED_UNDER_CONTRACT = re.compile(
    rf"{PROVIDED_BY}(?P<name>{_NAME}){LEGAL_END},\s+(?:(?i:who|which)\s+(?i:was|were)\s+)?"
    rf"{APPOINTED_BY_COUNCIL_UNDER}(?i:an?|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,{TERM_WORDS}}}?(?i:contracts?)\b{WITH_NO_OTHER_PARTY}(?P<accepts>)")

# "The market has been run since September 2022 by X Ltd under a five-year concession which
# ends on 31 August 2027" (held-out round 40): a firm running a service under a concession
# (or a contract) said to end holds it now, as "whose contract ends" says; a concession to
# run a service is let as a contract is (a charge's, "a rent concession", never runs by a
# firm). The firm with its legal form only ("run by the Friends of the Park under an
# agreement" may be any arrangement).
RUN_UNDER_CONCESSION_ENDS = re.compile(
    # (not a concession of a charge, "under a rent concession agreement": relief, no service)
    # (the date it has run since told after the firm too, "run by X Ltd since August 2023
    # under a concession agreement which ends")
    rf"{RUN_BY}(?P<name>{_NAME}){LEGAL_END},?\s+(?:{SINCE})?(?i:under)\s+"
    rf"(?i:an?|the|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,{TERM_WORDS}}}?(?:{NOT_OF_A_CHARGE}(?i:concessions?)"
    rf"(?:\s+(?i:agreement|contract)s?)?|(?i:contracts?))\s+(?i:that|which)\s+"
    rf"{_ENDS}")

OUTGOING_HOLDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (CONTRACT_WITH_ROLE_ENDS, "current"),
    (PROVIDER_WHOSE_CONTRACT_ENDS, "current"),
    (RUNNER_WHOSE_CONTRACT_ENDS, "current"),
    (PROVIDED_BY_APPOINTED_UNDER_CONTRACT, "current"),
    (HOLDER_BY_ROLE, "current"),
    (PROVIDER_BY_ROLE, "current"),
    (HOLDS_CONTRACT_BY_ROLE, "current"),
    (REPLACED_WHOSE_CONTRACT_ENDED, "current"),
    (HELD_BY_THEN_ENDS, "current"),
    (ARRANGEMENT_WITH_ENDS, "current"),
    (SERVICE_PROVIDED_BY_ENDS, "current"),
    (SERVICE_PROVIDED_THEN_CONTRACT_ENDS, "current"),
    (SERVICE_PROVIDED_AND_ENDS, "current"),
    (PROVIDED_UNDER_AGREEMENT_ENDS, "current"),
    (RUN_UNDER_CONCESSION_ENDS, "current"),
    # "The enforcement contract is held by X Ltd and the cash collection contract by Y Ltd"
    *HELD_BY_FIRM_PATTERNS,
)
