"""The lessor of goods the council holds on a lease now (held-out round 27), the one rule
family for a lease in place told in a sentence that says no "contract":
- held now: "The Council's collection fleet of fourteen vehicles has been leased since 2022
  from Dunmore Fleet Leasing Ltd", "The vehicles are currently leased from X Ltd";
- held until a day: "The eight garden waste vehicles are leased from Fleetline Contract Hire
  Ltd until 31 August 2026, when the lease ends".
A lease the council takes is a contract with its lessor, in place (``provider_patterns`` reads
the lessor too where the sentence goes on "under a contract that ends ..."). Listed with no
value: the lease's cost is said apart, and a new contract's value is the award's.

Only a name with a legal form (``_LESSOR``): a council leases land from its partners and from
people too. Only goods: land or a building leased ("The depot site has been leased from Network
Rail Infrastructure Ltd") is the council's tenancy, no contract let, as ``contract_cue`` reads
only an operating or finance lease as one. That guard, ``premises_leased``, is asked of every
name read after "leased from" (whichever pattern read it, see ``provider_drafts``).

LEASE_PROVIDER_PATTERNS name the lessor; ``award_phrasings`` joins them, the one place they
are wired, into AWARD_PROVIDER_PATTERNS and (unnamed) into AWARD_CUE, the cue of a sentence
worth reading for them."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import LEGAL_END, NAMES

# The lessor: a firm's name ended by its legal form (no longer word cut short: "Grand Inca"
# is no "Inc").
_LESSOR = rf"(?P<name>{NAMES}){LEGAL_END}(?!\w)"
# Since when the lease has run, said between the verb and the lessor: "since 2022", "since
# April 2023", "since 1 July 2021" (a year closes it).
_SINCE = r"(?i:since)\s+(?:[\w,]+\s+){0,2}?(?:19|20)\d\d"
# "has been leased", "have been leased", "are currently leased": held on the lease now (the
# present perfect, or the present said to be now).
_HELD = r"\b(?:(?i:has|have)\s+been|(?i:is|are)\s+(?i:currently|now))\s+(?i:leased)\s+"
# The day a lease runs to: "31 August 2026", "August 2026".
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\b"

# "The fleet has been leased since 2022 from X Ltd", "The vehicles are currently leased from
# X Ltd": the goods held on the lease now, and the firm they are leased from.
LEASED_FROM = rf"{_HELD}(?:{_SINCE}\s+)?(?i:from)\s+{_LESSOR}"
# "The eight garden waste vehicles are leased from X Ltd until 31 August 2026": goods leased
# or hired from a firm until a day named, the lease in place.
LEASED_UNTIL = rf"\b(?i:leased|hired)\s+(?i:from)\s+{_LESSOR}\s+(?i:until|to)\s+{_DAY}"

# (held now is "current"; held until a day takes its status from the sentence's words)
LEASE_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (re.compile(LEASED_FROM), "current"),
    (re.compile(LEASED_UNTIL), None),
)

# Land or a building, the words a council's premises are named by ("the depot site", "our
# offices at Riverside House", "Units 3 and 4", "the ground floor of the Civic Centre").
PREMISES = (r"(?:land|sites?|premises|buildings?|offices?|depots?|units?|propert(?:y|ies)|"
            r"car\s+parks?|house|halls?|centres?|pavilions?|shops?|farms?|fields?|plots?|"
            r"accommodation|warehouses?|yards?|garages?|floors?|storeys?)")
# How far before the verb what is leased is named, in characters (a long subject: "The
# Council's collection fleet of fourteen refuse and recycling vehicles ...").
SUBJECT_CHARS = 160
# The verb a lessor's name follows: "is leased from", "have been leased since 2015 from",
# "hired from" (what is leased named before it).
_LEASED_VERB = re.compile(
    r"(?:\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:currently|now|still)\s+)?)?"
    rf"\b(?:leased|hired|rented)\s+(?:{_SINCE}\s+)?from\s+$", re.I)
# Where the sentence before the verb starts: after its last stop (not a number's point: "3.1
# The fleet ..."), then after a paragraph's number or an opening "Since 2019," or "Currently,".
_STOP = re.compile(r"[.;!?](?!\d)")
_SUBJECT_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:since|from|as|currently|"
                              rf"at\s+present|until|for)\b[^,]{{0,{SUBJECT_CHARS}}},\s*)?",
                              re.I)
# Where the head of what is leased ends: a word opening what qualifies it ("the depot site
# at Mill Lane", "the vehicles kept at the depot", "the land, which ..."). A place after it is
# where the goods stand, not what is leased.
_HEAD_END = re.compile(r",|\b(?:at|in|on|of|near|within|by|for|to|from|behind|beside|which|that|"
                       r"who|kept|used|based|known|held|occupied|owned|parked|stored)\b", re.I)
# The head of what is leased is premises: a premises word (not a possessive, "the depot's
# vans"; nor a part of a word, "in-house") with only other such words, numbers or "and" after
# it ("the depot site", "Units 3 and 4", "the land and buildings"), a few at most.
HEAD_WORDS_AFTER = 4
_PREMISES_HEAD = re.compile(rf"(?<![\w'’-]){PREMISES}(?![\w'’-])"
                            rf"(?:\s+(?:{PREMISES}|\d+[A-Za-z]?|and|&)(?![\w'’-]))"
                            rf"{{0,{HEAD_WORDS_AFTER}}}\s*$", re.I)


def premises_leased(sentence: str, name_start: int) -> bool:
    """Whether the name starting at ``name_start`` is the landlord of premises the council
    leases ("The Council's depot at Mill Street is leased from Harbour Estates Ltd"): read
    after "leased from", with land or a building heading what is leased."""
    verb = _LEASED_VERB.search(sentence, max(0, name_start - SUBJECT_CHARS), name_start)
    if not verb:
        return False
    before = sentence[max(0, verb.start() - SUBJECT_CHARS):verb.start()]
    stops = [stop.end() for stop in _STOP.finditer(before)]
    opening = _SUBJECT_OPENING.match(before, stops[-1] if stops else 0)
    subject = before[opening.end() if opening else 0:]
    head_end = _HEAD_END.search(subject)
    head = subject[:head_end.start()] if head_end else subject
    return bool(_PREMISES_HEAD.search(head))
