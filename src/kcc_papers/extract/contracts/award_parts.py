"""Contracts an award lets in parts, read from one sentence: an award of lots or of two
contracts, each bidder with its own sum ("Lot 1 to Acme Ltd at a tendered price of £1.2m, and
Lot 2 to Beta plc ..."), and direct awards listed for noting ("Direct awards (for noting):
survey, X Ltd, £48,950; testing, Y Ltd, £12,400")."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.extract.contracts.names import _NAME, SUM, _service, name_of, organisation
from kcc_papers.extract.contracts.sentences import PART, PART_MARK

# One part of an award that lets several ("approve the appointment of Fermanagh Civil
# Contracts Ltd for Lot 1 in the sum of £2,846,310 and Clogher Metalcraft Ltd for Lot 2 in the
# sum of £418,650"): each bidder, what it is appointed for and its sum, read together. The sum
# may be bracketed, as lots listed with semicolons print it ("to Acme Ltd for Lot 1
# (£120,000); and to Beta plc for Lot 2 (£80,000)").
# How a part's sum is introduced: "in the sum of", "at a (tendered / contract) price of", "at
# an estimated value of".
# ("at an estimated whole-life value of": the sum over the term and its extensions; "at a
# total premium of": an insurance lot is priced as the premium its insurer is paid; "at a
# total contract value of": the whole contract's sum, held-out round 32. Only "total" before
# "contract": "the award of the Highways Term Maintenance Contract for seven years ... to X
# Ltd, at an estimated contract value of" is one award, which AWARD_PART would part in two)
# ("to X Ltd with a total contract value of £3,240,000": the sum the part comes "with", as
# "at" gives it, held-out round 41; "for a total contract value of" so too)
PART_SUM = (r"(?i:in\s+the\s+sum\s+of|(?:at|with|for)\s+an?\s+"
             r"(?:(?:estimated|tendered|tender|contract|total(?:\s+contract)?)\s+)?"
             r"(?:whole[\s-]life\s+)?(?:cost|value|price|sum|premium)\s+of)\s*")
# Between a bidder (or its bracketed part) and the words that introduce its sum: spaces,
# perhaps after a list's comma. (Written so that a run of spaces is crossed once: "\s*,?\s+"
# tried every split of a long run between its two "\s"; 10,000 spaces took a second.)
_PART_GAP = r"(?:\s*,\s+|\s+)"
# (what a part is for opens on a word, not on the spaces after "for", which "\s+" crosses:
# read from each of them, a long run after "for" took minutes)
AWARD_PART = re.compile(rf"(?P<name>{_NAME})\s+for\s+(?P<service>[^.;£\s][^.;£]{{2,59}}?)"
                        rf"(?:\s+{PART_SUM}|\s*\(\s*)(?P<value>{SUM})")
# The part first, then its bidder ("award ... in two lots: Lot 1 (inner harbour) to Bristow
# Marine Dredging Ltd at a tendered price of £1,284,600, and Lot 2 (...) to ..."): a lot, or
# a part named by its number ("Part A", "Package 2"), what it covers in brackets.
# Its sum may be bracketed after the bidder, as a list of lots parted by semicolons prints it
# ("Lot 1 to Acme Ltd (£120,000); Lot 2 to Beta plc (£80,000)").
AWARD_PART_FIRST = re.compile(
    rf"\b(?P<service>{PART})"
    rf"\s+to\s+(?P<name>{_NAME})(?:{_PART_GAP}{PART_SUM}|\s*\(\s*)(?P<value>{SUM})")
# The bidder first, its part bracketed after it, then its sum ("awards the framework to
# Harwell & Crane Ltd (Lot 1: stairlifts) at an estimated value of £1,240,000 and to
# Brookmead Ltd (Lot 2: showers) at an estimated value of £1,870,000").
AWARD_PART_BRACKETED = re.compile(
    rf"\bto\s+(?P<name>{_NAME})\s*\((?P<service>{PART_MARK}[^()]{{0,80}})\)"
    rf"{_PART_GAP}{PART_SUM}(?P<value>{SUM})")
# Two contracts let in one sentence, each to its firm at its own sum ("the contract for the
# vehicles be awarded to Northbank Ltd at a cost of £3,684,000, and that the contract for
# their maintenance be awarded to Tarrant Ltd at a cost of £1,127,500"): each firm the award
# lets to, and the sum it lets at.
AWARD_PART_TO = re.compile(rf"\bto\s+(?P<name>{_NAME}){_PART_GAP}{PART_SUM}(?P<value>{SUM})")
# A contract's own title read where a bidder stands ("the award of the Highways Maintenance
# Contract for seven years ... to X Ltd, at a total contract value of £12,000,000":
# AWARD_PART reads "<name> for <service> at a ... value of"): a name ending in "Contract" is
# the contract let, no firm ("Fermanagh Civil Contracts Ltd" ends in its legal form).
CONTRACT_TITLE = re.compile(r"\b[Cc]ontract$")
AWARDS_PARTS = re.compile(r"\b(?:appoint(?:ment|s|ed)?|award(?:s|ed|ing)?|accept(?:s|ed)?)\b",
                          re.I)


# The join of a part to the one before it in the same award's list: "to Kernow Learning
# Partnership Ltd at a value of £3,480,000 and to Tamar Valley Training Ltd at a value of
# £2,265,000" (a comma, an "and", nothing else: "in preference to" sets a firm against it).
LISTED_PART_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")
# ... or an "and" before the next contract's own name ("awards Franchise Contract T1-L1 (...)
# to X Ltd at a total contract value of £214,600,000 and Franchise Contract T1-S1 (Holderby
# small franchise) to Y Ltd at ...": held-out round 32): a name in capitals of at most
# PART_NAME_WORDS words ending in its reference (a word with a figure), then what it covers
# in brackets. A capital after "and" alone is no part: "and Beta Ltd to ..." names a firm.
PART_NAME_WORDS = 4
PART_ASIDE_CHARS = 80
NAMED_PART_JOIN = re.compile(
    rf"\s*,?\s*and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,{PART_NAME_WORDS - 1}}}"
    rf"[A-Z]*\d[\w-]*(?:\s*\([^()]{{1,{PART_ASIDE_CHARS}}}\))?\s+")


# ... or an "and" before the next contract named by its article and its words ("awards the
# Zone 1 (North) home care contract to X Ltd with a total contract value of £3,240,000 over
# three years, and the Zone 2 (Central) home care contract to Y Ltd with ...": held-out round
# 41), after the rest of the part before's own clause (its term: no stop, no sum). The article
# straight after "and": "and notes that the Zone 2 contract ..." tells of another act.
PART_TAIL_CHARS = 60
NEXT_CONTRACT_WORDS = 8
NEXT_CONTRACT_JOIN = re.compile(
    # (a list of three or more: "..., the Zone 2 ... contract to Y Ltd ..., and the Zone 3 ...":
    # a comma alone before any but the last, which the part before may have read as its sum's)
    rf"[^.;£]{{0,{PART_TAIL_CHARS}}}?(?:,\s*|,?\s*and\s+|(?<=,)\s+)(?i:the|a|an)\s+"
    rf"(?:(?:[\w'’-]+|\([^()]{{1,{PART_ASIDE_CHARS}}}\))\s+){{0,{NEXT_CONTRACT_WORDS}}}?"
    r"(?i:contracts?)\s+")


def _awarded_to(sentence: str) -> list[re.Match[str]]:
    """The parts "to X at a cost of £y" an award lets: each with an award's verb since the
    part before it (or the sentence's start), or joined to a part let just before it by a
    comma or "and" alone (``LISTED_PART_JOIN``). A firm set against the award after its sum
    ("..., in preference to Beta Ltd at a cost of £1,300,000", "compared to ...") is let
    nothing."""
    parts: list[re.Match[str]] = []
    since = 0
    for m in AWARD_PART_TO.finditer(sentence):
        listed = bool(parts) and parts[-1].end() == since and any(
            join.fullmatch(sentence, since, m.start()) is not None
            for join in (LISTED_PART_JOIN, NAMED_PART_JOIN, NEXT_CONTRACT_JOIN))
        if listed or AWARDS_PARTS.search(sentence, since, m.start()):
            parts.append(m)
        since = m.end()
    return parts


# The award's own verb and the firm it goes to ("be awarded to Northgate Ltd"), read in what a
# part is "for" (a part's own remark, "Lot 1, which was awarded the highest quality score",
# "Lot 1 (to be awarded for two years)", names no firm it goes to).
AWARDED_TO = re.compile(r"\b(?:award(?:s|ed)?|appoint(?:s|ed)?|let)\s+(?:to|as)\b", re.I)


# A bidder with what it is let and its sum bracketed after its name, as a resolution letting
# several contracts in one sentence prints them: "be awarded ... to Acme Coaches Ltd (routes 1
# to 8, total value £384,000) and Beta Taxis Ltd (routes 9 to 12, total value £126,500)". The
# bracket holds a clause of what the part covers, then the sum, named as a value, cost or
# price or bare. (No "to" before the second bidder: the list's join ties it to the first.)
BRACKET_COVER_CHARS = 80
_BRACKET_SUM = (r"(?i:(?:(?:total|estimated|contract|tendered|tender)\s+){0,2}"
                r"(?:value|cost|price|sum)(?:\s+of)?\s*:?\s*)?")
# (the sum's tax said after it: "£218,000 excluding VAT", "£97,400 + VAT")
_BRACKET_VAT = r"(?:\s+(?i:(?:excluding|exclusive\s+of|excl\.?|ex\.?|plus|\+)\s*VAT))?"
NAME_BRACKET_SUM = re.compile(
    rf"(?P<name>{_NAME})\s*\((?P<service>[^()£,;\s][^()£;]{{0,{BRACKET_COVER_CHARS}}}?),\s*"
    rf"{_BRACKET_SUM}(?P<value>{SUM}){_BRACKET_VAT}\s*\)")
# The word that lets the first such part to its bidder, just before its name.
_TO_BEFORE = re.compile(r"\bto\s+$")
# ... or a later part's join that repeats it: "to X Ltd (routes A to F, £218,000) and to Y Ltd
# (routes G to J, £97,400)" (a comma or "and", then "to" alone).
_TO_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?to\s+")


def _bracketed_parts(sentence: str) -> list[re.Match[str]]:
    """The parts "to X Ltd (what, £sum)" an award lets (NAME_BRACKET_SUM): the first let "to"
    its bidder after an award's verb, each after it joined to the one before by a comma or
    "and" alone (LISTED_PART_JOIN), or with "to" again (_TO_JOIN). A firm bracketed so
    elsewhere ("replacing Old Ltd (routes 1 to 8, £300,000)", no award's "to") is let
    nothing."""
    parts: list[re.Match[str]] = []
    for m in NAME_BRACKET_SUM.finditer(sentence):
        since = parts[-1].end() if parts else 0
        listed = bool(parts) and any(join.fullmatch(sentence, since, m.start()) is not None
                                     for join in (LISTED_PART_JOIN, _TO_JOIN))
        first = (not parts and _TO_BEFORE.search(sentence[max(0, m.start() - len("to ")):m.start()])
                 is not None and AWARDS_PARTS.search(sentence, 0, m.start()) is not None)
        if listed or first:
            parts.append(m)
        elif parts:
            break  # (the list has ended: a later bracketed firm is no part of it)
    return parts


def _award_in_part(m: re.Match[str]) -> bool:
    """Whether what a part is "for" holds the award's own verb and its firm: "the contract for
    the delivery of Skills Bootcamps for 2025 to 2027 be awarded to Northgate Ltd at a value
    of" (held-out r34d) names the service before "for" and its firm after "awarded to", one
    award, no part of a bidder "Skills Bootcamps"."""
    return bool(m.re is AWARD_PART and AWARDED_TO.search(m.group("service")))


def _award_parts(sentence: str, page: int | None) -> list[Draft]:
    """A row per part of an award that names two or more bidders, each with its own sum."""
    if not AWARDS_PARTS.search(sentence):
        return []
    parts: dict[int, re.Match[str]] = {}  # by where the bidder's name starts: read once
    for found in (*(pattern.finditer(sentence)
                    for pattern in (AWARD_PART, AWARD_PART_FIRST, AWARD_PART_BRACKETED)),
                  _awarded_to(sentence), _bracketed_parts(sentence)):
        for m in found:
            if (organisation(m.group("name")) and not CONTRACT_TITLE.search(m.group("name"))
                    and not _award_in_part(m)):
                parts.setdefault(m.start("name"), m)
    if len(parts) < 2:
        return []  # one bidder and its sum: the provider and value readers pair them
    return [let_draft(m, sentence, page) for m in parts.values()]


# A part's bracket that points elsewhere instead of saying what the part covers ("to X Ltd (see
# Appendix A, £218,000)", "(as set out in Annex 2, ...)"): no service.
_CROSS_REFERENCE = re.compile(
    r"^(?:see\b|as\s+(?:set\s+out|detailed|shown|listed)\s+in\b"
    r"|(?:appendix|annex|schedule)\s+\w+$)", re.I)


def let_draft(m: re.Match[str], sentence: str, page: int | None) -> Draft:
    """The new contract a match lets: its firm (``name``), its sum (``value``) and what it is
    for (``service``, where the pattern reads one and it is no pointer elsewhere)."""
    service = m.groupdict().get("service")
    draft = Draft(page=page, provider=name_of(m.group("name")), text=sentence, status="new",
                  service=None if service and _CROSS_REFERENCE.match(service.strip())
                  else _service(service))
    set_value(draft, m.group("value").rstrip(","))  # (the list's comma after a sum)
    return draft


# A direct award (a contract let without competition) listed for noting by its service, its
# provider and its sum parted by commas: "Direct award under delegated authority (for
# noting): structural survey of the approach spans, Tarrant Bridge Engineering, £48,950".
# (the label's qualifiers: "under delegated authority (for noting)"; the service: a clause)
DIRECT_LABEL_CHARS = 80
DIRECT_SERVICE_CHARS = 120
_DIRECT_ITEM = (rf"(?P<service>[^,:;£\s][^,:;£]{{2,{DIRECT_SERVICE_CHARS - 1}}}?),\s+"
                rf"(?P<name>{_NAME}),\s+(?P<value>{SUM})")
DIRECT_AWARD_LISTED = re.compile(
    rf"\b(?i:direct(?:ly)?\s+award(?:s|ed)?)\b[^:;.]{{0,{DIRECT_LABEL_CHARS}}}:\s+{_DIRECT_ITEM}")
# One item of such a list ("Direct awards (for noting): survey, X Ltd, £48,950; testing,
# Y Ltd, £12,400"), and the next item after one: its semicolon, after the item's bracketed
# aside if any ("£36,400 (awarded 6th February 2028); ..."). Matched only where the item
# before ends, so each reach is tried once.
DIRECT_ASIDE_CHARS = 80
DIRECT_ITEM = re.compile(_DIRECT_ITEM)
DIRECT_NEXT_ITEM = re.compile(
    rf"(?:\s*\([^()]{{0,{DIRECT_ASIDE_CHARS}}}\))?\s*;\s+(?i:and\s+)?{_DIRECT_ITEM}")


def _direct_award(sentence: str, page: int | None) -> list[Draft]:
    """The contracts a list of direct awards for noting lets (see DIRECT_AWARD_LISTED): every
    item of the list, to the first that is no "service, provider, £sum" of a firm."""
    drafts: list[Draft] = []
    m = DIRECT_AWARD_LISTED.search(sentence)
    while m is not None and organisation(m.group("name")):
        drafts.append(let_draft(m, sentence, page))
        m = DIRECT_NEXT_ITEM.match(sentence, m.end())
    return drafts


def _direct_lists_whole(parts: list[str]) -> list[str]:
    """A paragraph's sentences, a list of direct awards for noting kept in one: the sentence
    splitter parts a list at a semicolon before a capital ("...; Load testing of the canopy
    fixings, Y Ltd, £12,400"), and the item split off has no label of its own."""
    out: list[str] = []
    for part in parts:
        if (out and out[-1].endswith(";") and DIRECT_ITEM.match(part)
                and DIRECT_AWARD_LISTED.search(out[-1])):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out
