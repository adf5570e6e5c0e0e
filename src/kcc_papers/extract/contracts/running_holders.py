"""The holder of a contract in place named in one sentence, its contract's end in the next
(held-out round 35), beside ``outgoing_holders`` (which reads both in one sentence):

* "The leisure centres have been operated by Parkway Community Leisure Ltd since 2014. That
  contract, extended in 2024, ends on 31 March 2026": a firm said to run, operate, manage or
  provide the service now (in the present or the perfect: "is run by", "have been operated
  by"), and the next sentence opening on the contract it refers back to ("That contract",
  "Its contract", "The current contract") said to end;
* "The current actuary, Benning Ward Actuarial Ltd, has provided actuarial services to the
  Fund since 2018. Its contract expires on 31 March 2026": the firm the subject of "has
  provided" and its like.

The sentence naming the firm says no "contract" (so no sentence reader reads it); the next
says nothing but that a contract ends: only the two together say the firm holds the contract
the paper replaces. Only an organisation's name (a legal form, "Trust", "Services": a person
or the council's own team runs a service under no contract of the council's), only a contract
(a lease, a grant or an employment contract ending is none) and only one said to end, not to
have ended (a contract gone long ago is replaced by nothing the paper lets). Listed "current",
with no value: the paper prices the contract to come."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contracts_in_place import _NOT_BOUGHT_KIND
from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.held_roles import _NOT_A_POSTS, _PERSON
from kcc_papers.extract.contracts.names import _NAME, ORGANISATION_WORD, name_of, organisation
from kcc_papers.extract.contracts.outgoing_holders import RUN_VERB, SINCE
from kcc_papers.extract.contracts.sentence_facts import _date_after

# The verbs of a firm providing a service, as the passive's "by" or the active's "has" takes
# them ("have been provided by", "has delivered").
_PROVIDED = r"(?:provided|delivered|supplied|undertaken|carried\s+out)"
# "is run by X Ltd", "have been operated [since 2014] by X Ltd": the service run now.
RUN_BY_FIRM = re.compile(
    rf"\b(?i:is|are|has\s+been|have\s+been)\s+(?:{RUN_VERB}|(?i:{_PROVIDED}))\s+(?:{SINCE})?"
    rf"(?i:by)\s+{_PERSON}(?P<name>{_NAME})")
# "X Ltd has provided ...", "The current actuary, X Ltd, has provided ...": the firm the
# subject (after the sentence's start, a comma, or a word in small letters; not inside a name).
FIRM_HAS_RUN = re.compile(
    rf"(?:^(?:[\d.]+\s+)?|,\s+|\b[a-z]+\s+){_PERSON}(?P<name>{_NAME}),?\s+(?i:has|have)\s+"
    rf"(?:{RUN_VERB}|(?i:{_PROVIDED}|held))\b")

# The words of an aside between the contract and its end ("That contract, extended in 2024,
# ends"; "Their contract, which Cabinet extended in 2023 for the maximum period it allowed,
# expires": a relative clause of its history, held-out round 36), and between the reference
# back and its noun ("Its current leisure contract").
ASIDE_CHARS = 100
REFERENCE_WORDS = 2
# The next sentence opening on the contract it refers back to (after its number, if any).
# (not a post's contract, nor a lease's, a grant's or a tenancy's: "Its lease contract ends"
# buys nothing, as ``contracts_in_place._NOT_BOUGHT_KIND`` reads "whose lease agreement";
# "The current ..." refers back to nothing: the words naming its contract, if any, are the
# sentence before's, ``_SAME_SERVICE``)
ENDS_NEXT = re.compile(
    r"^\W{0,3}(?:\d+(?:\.\d+)*\.?\s+)?(?:That|This|Its|Their|(?P<current>The\s+(?:current|"
    rf"existing|present)))\s+{_NOT_A_POSTS}{_NOT_BOUGHT_KIND}"
    rf"(?P<kind>(?:[\w-]+\s+){{0,{REFERENCE_WORDS}}}?)contracts?"
    rf"(?:,[^,.;]{{1,{ASIDE_CHARS}}},)?\s+(?:(?:is|are)\s+due\s+to\s+|will\s+)?"
    r"(?:ends?|expires?|runs?\s+out|terminates?)\b\s*(?:(?:on|in|at)\s+)?")

# What a firm may be said to run that is no service bought: the procurement, its tender or its
# evaluation, done for the council ("The tender process has been managed by X Ltd. The current
# contract expires ...": the consultant holds no contract the paper replaces). As the passive's
# subject (after the clause's last comma) or the active's object (a few words after the verb).
PROCUREMENT_WORK = re.compile(
    r"\b(?:procurements?|tender(?:s|ing)?|evaluations?|moderation|bids?|submissions?|"
    r"exercises?|process(?:es)?|appraisals?|assessments?|consultations?|market\s+"
    r"(?:testing|engagement))\b", re.I)
OBJECT_CHARS = 60
# The first letters of a word that say it again in another form ("leisure", "management" of
# "managed"): a stem of at most so many.
STEM_CHARS = 5


def _runs_the_procurement(before: str, m: re.Match[str]) -> bool:
    """Whether what ``m``'s firm is said to run in ``before`` is the procurement (or its
    tender, evaluation), not the service."""
    if m.re is RUN_BY_FIRM:
        done = before[:m.start()].rsplit(",", 1)[-1]
    else:
        done = before[m.end():m.end() + OBJECT_CHARS].split(",", 1)[0]
    return bool(PROCUREMENT_WORK.search(done))


def _same_service(kind: str, before: str) -> bool:
    """Whether the words naming "the current ... contract" ("leisure", "catering") each say
    again what the sentence before names (none: the contract the paper replaces)."""
    said = before.lower()
    return all(word.lower()[:STEM_CHARS] in said for word in kind.split())


def holder_named_before(before: str, sentence: str, page: int | None) -> list[Draft]:
    """The contract in place of the firm ``before`` names running the service, where
    ``sentence`` (the next in its paragraph) opens on that contract's end; none commonly."""
    ends = ENDS_NEXT.match(sentence)
    if ends is None or (ends["current"] and not _same_service(ends["kind"], before)):
        return []
    m = RUN_BY_FIRM.search(before) or FIRM_HAS_RUN.search(before)
    if m is None or _runs_the_procurement(before, m):
        return []
    name = name_of(m["name"])
    if name is None or not (ORGANISATION_WORD.search(name) and organisation(name)):
        return []
    return [Draft(page=page, provider=name, status="current", text=f"{before} {sentence}",
                  end_date=_date_after(sentence[ends.end():]))]
