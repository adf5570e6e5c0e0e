"""Readings of one contract merged: the same provider and service read from a table, a block and
a sentence are one contract; a value the paper totals, an original value beside a varied one,
an annual figure beside the whole term's, prices of bids and a lone award's value each set
where they belong."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.bid_lots import other_lot
from kcc_papers.extract.contracts.contract_cue import TERM_PRICE, TERM_TOTAL
from kcc_papers.extract.contracts.contracts_in_place import held_before
from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.enabling_works import apart_from_building_contract


def _key(draft: Draft) -> tuple[str, ...]:
    if draft.provider:
        name = re.sub(r"\b(?:ltd|limited|plc|llp)\b|[^\w\s]", "", draft.provider.lower())
        return ("provider", " ".join(name.split()), (draft.area or "").lower())
    return ("service", (draft.service or "").lower(), f"{draft.value_gbp}")


def _short_form(a: Draft, b: Draft) -> bool:
    """One reading names the provider by the first words of the other's name: a table's
    "Millmead" and the text's "Millmead Family Hub". Not between two table rows (two rows are
    two contracts), and not when the readings give different areas."""
    if not (a.provider and b.provider) or "text" not in (a.origin, b.origin):
        return False
    if a.area and b.area and a.area.lower() != b.area.lower():
        return False
    x, y = (_key(a)[1].split(), _key(b)[1].split())
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return short != long and long[: len(short)] == short


def _same_contract(a: Draft, b: Draft) -> bool:
    # Same provider and area, or same provider where one reading gives no area.
    loose = bool(b.provider) and _key(a)[:2] == _key(b)[:2] and not (a.area and b.area)
    if not (_key(a) == _key(b) or loose or _short_form(a, b)):
        return False
    if apart_from_building_contract(a, b):
        return False  # a firm's pre-construction agreement and its building contract
    # Two table rows are two contracts unless they repeat each other (a row printed twice);
    # a block or sentence naming the provider is another reading of the table's contract.
    # Rows that print two values do not repeat each other, though the table names no service
    # of its own for them (a firm winning two sites of one lot: "1 | Drumgarve Leisure Centre |
    # Benton Catering Ltd | £616,800" and "1 | Lisnacorr Leisure Centre | Benton ... | £394,400").
    if a.origin == "table" and b.origin == "table":
        same_service = (a.service or "").lower() == (b.service or "").lower()
        return (same_service and not _two_values(a, b)) or _same_lot(a, b)
    return True


def _two_values(a: Draft, b: Draft) -> bool:
    return a.value_gbp is not None and b.value_gbp is not None and a.value_gbp != b.value_gbp


def _same_lot(a: Draft, b: Draft) -> bool:
    """Two tables' rows for one lot: a bids table's winning row ("1 | Chiltern Edge Ltd |
    1,486,250 | Preferred bidder") and the awards table's ("1 | Grounds maintenance - northern
    sites | Chiltern Edge Ltd | 1,486,250"). Same provider and area (the caller checked), one
    naming no service of its own (the title's is no row's), and no two values: a firm winning
    two lots is two rows by its areas."""
    one_unnamed = not (a.service and b.service) or a.titled or b.titled
    return bool(a.area and b.area) and one_unnamed and not _two_values(a, b)


def merge_readings(drafts: list[Draft]) -> list[Draft]:
    """One row per contract: the first reading of a provider keeps its fields and takes what it
    lacks from later ones. A row without an area merges with one that has it."""
    out: list[Draft] = []
    for draft in drafts:
        same = next((d for d in out if _same_contract(d, draft)), None)
        if same is None:
            out.append(draft)
        else:
            same.absorb(draft)
    return out


def price_from_bids(drafts: list[Draft], bids: list[Draft]) -> None:
    """A bidder's offer is no contract; where the paper lets the contract to that bidder, the
    offer's price is what the award lacks ("Four tenders had been received; the most
    economically advantageous was from X at an estimated £5.6m" ... "APPROVED the award of the
    contract to X"). Offers of bidders the paper lets nothing to are left out, and so are
    those of the bidder holding the contract in place ("The current contract with X expires
    ..." over a bids table naming X): an offer prices the contract to come, not the one that
    ends."""
    for bid in bids:
        awarded = next((d for d in drafts if d.provider and d.status != "current"
                        and not _held_now(d, drafts) and _same_contract(d, bid)
                        and not other_lot(d, bid)), None)
        if awarded is not None:
            awarded.absorb(bid)


# A firm said to hold the contract now, in words no reader marks as the contract in place:
# "The Park and Ride service is currently operated by X Ltd under a contract that ... ends on
# 2 September 2028" (the outgoing operator, whose bid for the next contract prices nothing).
# ("Street cleansing has been provided since October 2005 by X Ltd under a contract that
# expires on ...": what has been provided by a firm up to now, since a date or not, is its
# contract in place, as "currently provided by" is)
_HELD_VERB = r"(?:operated|provided|run|delivered|held|managed|supplied)"
# How long the date a firm has provided a service since may be ("1 April 2019", "2005").
SINCE_CHARS = 40
HELD_NOW = re.compile(rf"\b(?:(?:currently|presently|at\s+present)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"{_HELD_VERB}|(?:has|have)\s+been\s+{_HELD_VERB}"
                      rf"(?:\s+since\s+[^.;,£]{{1,{SINCE_CHARS}}}?)?)\s+by\b", re.I)


def _held_now(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether a reading of no status says its firm holds the contract in place (HELD_NOW), or
    held the one that ends while the paper lets the next to another (``held_before``)."""
    return ((draft.status is None and bool(HELD_NOW.search(draft.text or "")))
            or held_before(draft, drafts))


def fold_repeated_values(drafts: list[Draft]) -> list[Draft]:
    """A sentence that gives a value without a provider ("the system could be retained for a
    further two years at a cost of £325,000") repeats the contract another reading names with
    the same value ("agreed to extend the contract with X ... at a cost of £325,000"): one row."""
    out = []
    priced = [d for d in drafts if d.provider and d.value_gbp is not None]
    for draft in drafts:
        named = next((d for d in priced if d.value_gbp == draft.value_gbp), None)
        if draft.provider or draft.origin != "text" or draft.value_gbp is None:
            out.append(draft)
        elif named is not None:
            named.absorb(draft)
        elif not (_total_of(draft.value_gbp, priced) or _original_of(draft, priced)):
            out.append(draft)
    return out

# A contract's value as first let, before the variation or extension the paper prices: "The
# original contract value was £1,590,000".
ORIGINAL = re.compile(r"\boriginal\s+(?:contract\s+)?(?:value|price|sum)\b", re.I)


# ... or said as let in a year gone: "The contract for the maintenance of the camera sites
# was let by the County Council in 2023 for five years, at a value of £742,000" (beside the
# extension of that contract the paper prices, EXTENDED). Only "the contract" (or "this",
# "its"): the one the paper has named; "A separate contract for new cameras was awarded in
# 2025" is another, as is "the new contract" or "the second contract", each a record of its own.
LET_SUBJECT_WORDS = 4  # words between "the" and "contract" ("the camera maintenance contract")
LET_SUBJECT_CHARS = 120  # what it is for, between "contract" and "was let"
LET_IN_YEAR = re.compile(
    r"\b(?:the|this|its)\s+(?:(?!(?:new|separate|second|other|another|further|additional)\b)"
    rf"[\w'’-]+\s+){{0,{LET_SUBJECT_WORDS}}}?contract\b[^.;£]{{0,{LET_SUBJECT_CHARS}}}?"
    r"\b(?:was|were)\s+(?:let|awarded)\b[^.;£]{0,80}?\bin\s+(?:19|20)\d\d\b", re.I)
EXTENDED = re.compile(r"\bexten(?:d|ds|ded|sion)\b", re.I)
# ... or estimated before it was let (held-out round 35): "The contract was on the 2025/26
# forward plan with an estimated value of £160,000", beside its award "at a total contract value
# of £142,800": "the contract" (the one named), its sum an estimate, never what it was let for.
ESTIMATE_SUBJECT_CHARS = 120  # what the sentence says of the contract before the estimate
ESTIMATED_BEFORE = re.compile(
    r"\b(?:the|this)\s+contract\b(?!\s+(?:value|price|sum)\b)"
    rf"[^.;£]{{0,{ESTIMATE_SUBJECT_CHARS}}}?\b(?:estimated|estimate|pre-tender)\b", re.I)


def _original_of(value: Draft, priced: list[Draft]) -> bool:
    """Whether a value without a provider is what a contract was first let for, beside a firm's
    contract the paper prices (an extension "at an additional cost of £418,500"): the value of
    a contract already named, as let before, not a contract of its own."""
    said = _up_to_sum(value)
    return bool(priced) and bool(ORIGINAL.search(said) or ESTIMATED_BEFORE.search(said) or (
        LET_IN_YEAR.search(said) and any(EXTENDED.search(d.text or "") for d in priced)))

# A sentence about the contract in place, or one before it: its value is not a new award's.
IN_PLACE = re.compile(r"\b(?:current|existing|incumbent|previous|former|present)\b", re.I)

# The paper's one contract, named by no service of its own: "The contract value is", "the
# estimated contract value", "this contract", "the concession" a paper lets (not "the cleaning
# contract value": another one).
# ... or what its whole term costs ("the total fees over the seven-year term"): the term of
# the one engagement the paper makes.
# ... or "a total contract value of £2,436,000" (the value the contract has, not another
# contract), or the price of "the recommended bidder", whom the award names; or the price
# over the term ("Its price is £1,085,000 over the five year term").
_CONTRACT_SIZE = r"(?:(?:estimated|total|annual|overall|maximum|whole[\s-]life)\s+)*"

THE_CONTRACT = re.compile(
    rf"\b(?:the|this)\s+(?:new\s+)?{_CONTRACT_SIZE}(?:contract|concession)\b|{TERM_TOTAL}|{TERM_PRICE}"
    rf"|\ban?\s+{_CONTRACT_SIZE}contract\s+(?:value|price|sum)\b"
    r"|\b(?:recommended|preferred|successful|winning)\s+(?:bidder|tenderer|supplier|provider|"
    r"contractor)(?:'s|’s)\s+(?:price|bid|tender|offer)\b", re.I)


def value_of_lone_award(drafts: list[Draft]) -> list[Draft]:
    """A paper that lets one contract and gives one contract value without a provider, apart
    from the award ("3.2 The contract is for two years ... The contract value is £24,500 per
    annum." ... "4.0 Recommendation: ... be awarded to Aquasafe Ltd"): the value is the
    award's. Only where the award is the paper's one award without a value of its own,
    and the value is that of "the contract", no other named ("the cleaning contract value")
    nor one in place ("The current contract value is ...")."""
    named = [d for d in drafts if d.provider]
    values = [d for d in drafts if not d.provider]
    # Other firms the paper names do not stand in the way when they are no unpriced award: a
    # contract it names in place ("provided under a contract with X, which expires ..."), or
    # one let with its own value.
    unpriced = [d for d in named if d.status == "new" and not d.bid and d.value_gbp is None]
    if not unpriced and len(values) == 1 and (priced := _award_of_annual(named, values[0])):
        priced.absorb(values[0])  # the award keeps its whole-term value; the reading joins it
        return named
    if len(unpriced) != 1 or len(values) != 1:
        return drafts
    award, value = unpriced[0], values[0]
    if (value.origin != "text" or value.value_gbp is None
            or not (THE_CONTRACT.search(value.text or "") or _same_kind(value, award))
            or IN_PLACE.search(_up_to_sum(value))):
        return drafts
    if len(named) > 1 and _other_term(award, value):
        return drafts  # among other firms' contracts, a value over another term is another's
    award.absorb(value)
    return named

# A contract named by its kind: "the concession contract", "the reablement services contract"
# (a word or two before "contract", the size words aside).
KIND_NAMED = re.compile(rf"\b(?:the|this)\s+{_CONTRACT_SIZE}(?P<kind>(?:[\w-]+\s+){{1,2}}?)"
                        r"contract\b", re.I)


def _same_kind(value: Draft, award: Draft) -> bool:
    """Whether the value is that of a contract named by its kind as the award names the one it
    lets ("award the concession contract for ... to X" and "The estimated value of the
    concession contract ... is £212,400,000"): the paper's one contract, by its own name. A
    value of a contract of another kind ("the cleaning contract value") is another's."""
    said = award.text or ""
    return any(re.search(rf"\b(?:the|this)\s+{re.escape(' '.join(m['kind'].split()))}\s+"
                         r"contract\b", said, re.I)
               for m in KIND_NAMED.finditer(_up_to_sum(value)))


# "The annual contract value of £852,000", "The contract costs £852,000 a year"; or the price
# "for a district poll year", "for one contract year": a year of the contract, named by a word
# or two (YEAR_NAME_WORDS) of what kind of year it is.
YEAR_NAME_WORDS = 2
ANNUAL_OF = re.compile(r"\bannual\b|\bper\s+annum\b|\ba\s+year\b|\beach\s+year\b"
                       rf"|\bfor\s+(?:a|one|each)\s+(?:[a-z-]+\s+){{1,{YEAR_NAME_WORDS}}}year\b",
                       re.I)


def _award_of_annual(named: list[Draft], value: Draft) -> Draft | None:
    """The award whose annual price a value row gives, if any: a paper's one award priced over
    its term ("at a maximum value of £4,260,000 over the initial term") and "the contract"'s
    annual value said apart ("The annual contract value of £852,000 is within the existing
    budget") are two prices of the one contract, not two contracts."""
    awards = [d for d in named if d.status == "new" and not d.bid]
    if len(awards) != 1 or awards[0].value_gbp is None or value.value_gbp is None:
        return None
    if (value.origin != "text" or not THE_CONTRACT.search(value.text or "")
            or IN_PLACE.search(_up_to_sum(value)) or not ANNUAL_OF.search(value.text or "")):
        return None
    if value.value_gbp >= awards[0].value_gbp:
        return None  # a year's price above the whole term's is another contract's
    return awards[0]


def _up_to_sum(value: Draft) -> str:
    """A value's sentence up to its sum: what the sum is the value of is said before it; a
    contract in place set against it after the sum ("£1,085,000 over the five year term,
    against £1,310,000 for the current arrangement") is another's."""
    text = value.text or ""
    at = text.find(value.value_text) if value.value_text else -1
    return text[:at] if at >= 0 else text


def _other_term(award: Draft, value: Draft) -> bool:
    """The value is given over another term than the award's ("awarded to X ... for a period of
    five years" and "the total contract value over the 7 year term")."""
    return (award.term_years is not None and value.term_years is not None
            and award.term_years != value.term_years)

# A total agrees with the rows it adds up within a pound (each row rounded as printed).
TOTAL_TOLERANCE_GBP = 1.0


def _total_of(value: float, priced: list[Draft]) -> bool:
    """Whether a value is the sum of two or more contracts the paper names with their values:
    "awards the contracts for Lots 1, 2, 3, 4 and 6 to the operators named in Table 2, at a
    total cost of £2,318,100" adds up the table's rows and lets no contract of its own."""
    return len(priced) > 1 and abs(sum(d.value_gbp or 0 for d in priced) - value) <= (
        TOTAL_TOLERANCE_GBP)
