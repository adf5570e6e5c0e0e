"""A sentence recording that what was put to a meeting was refused: "The Clerk's recommendation
that temporary fencing be erected ... was not agreed (2 for, 4 against).", "The recommendation
to introduce a weekly charge of £4.75 for telecare services was not agreed." The sentence opens
on the recommendation, proposal or motion (perhaps after whose it is) and names it in full
("recommendation that ...", "proposal to ..."): a bare "The recommendation was not agreed" says
nothing of what was refused, and a refusal told inside another sentence ("The Clerk reported
that the proposal ... was rejected by the Secretary of State") is someone else's, reported.

Read by the notices' unlabelled items (extract.decisions.refused_items) and by the outcome of
any decision's words (normalise.outcomes): words that open on such a sentence refuse, though
"agreed" is the first verb in them."""

from __future__ import annotations

import re
from collections.abc import Iterator

# How long the words of what was refused may run between its naming and its refusal (a
# recommendation of a few clauses; one sentence, no stop inside).
MAX_REFUSED_CHARS = 600
# A character of the one sentence: no stop, but a decimal point is none ("a weekly charge of
# £4.75", "1.5 posts").
_IN_SENTENCE = r"(?:[^.;]|(?<=\d)\.(?=\d))"

# The kinds of body that refuse at their own meeting ("by the Committee", "by the Cabinet").
_BODY = (r"(?:Committee|Cabinet|Board|Panel|Council|Forum|Authority|Sub-Committee|Executive"
         r"|Partnership)")
# Whose it is, before its name: a possessive of up to four words ("The Clerk's", "The
# Director of Finance's", "The officers'") or a kind ("officer", "alternative").
_WHOSE = r"(?:[\w-]+(?:\s+[\w-]+){0,3}['’]s?\s+)?(?:(?:officers?|alternative|original)\s+)?"
# The refusal after it: not agreed (approved, accepted, supported, carried, adopted), or
# rejected, refused, lost, defeated; by the meeting itself where a "by" follows (by the
# body, its members, a majority or a count), never by another ("not agreed by the Secretary
# of State" is that other's refusal, told).
REFUSED_SENTENCE = re.compile(
    r"(?:^|(?<=[.;]\s))(?:The|A|An)\s+" + _WHOSE
    + r"(?P<named>(?i:recommendation|proposal|motion)\s+(?:that|to)\s"
    + rf"{_IN_SENTENCE}{{1,{MAX_REFUSED_CHARS}}}?)"
    r"\s+(?:was|were)\s+(?:not\s+(?:agreed|approved|accepted|supported|carried|adopted)"
    r"|rejected|refused|lost|defeated)\b"
    rf"(?!\s+by\s+(?!(?:the\s+)?(?:{_BODY}|members|a\s+majority|\d)))"
    rf"{_IN_SENTENCE}*[.;]?",
    # (in any case: a notice set in capitals, "THE RECOMMENDATION ... WAS NOT AGREED."; the
    # sentence's start is a text's start or a stop's, not a capital)
    re.I)

# A refusal told in a clause of the naming's own ("The proposal to ..., which was rejected in
# 2025, was approved"): the refusal is an earlier one, the sentence's own verb comes after.
_RELATIVE_ENDS = re.compile(r"\b(?:which|who)\s*$", re.I)
# ... or a refusal the same sentence reverses ("was not agreed at the last meeting but was
# approved today"): the item's outcome is not the refusal.
_REVERSED = re.compile(
    r"\b(?:but|and|then|subsequently|later)\b[^.;]*?\b(?:was|were)\s+(?:(?:then|later|"
    r"subsequently|now)\s+)?(?:agreed|approved|accepted|supported|carried|adopted)\b", re.I)


# A refusal told as the background of the decision, not the decision: an earlier one ("was
# rejected at the June meeting", "was previously refused", "in 2025") or one made elsewhere
# ("rejected at consultation").
_EARLIER = re.compile(
    r"\b(?:previously|earlier|last\s+year|in\s+20\d\d|at\s+(?:the\s+|its\s+)?(?:last|previous|"
    r"[A-Z][a-z]+)\s+meeting|(?:at|in|during|following)\s+(?:the\s+)?(?:public\s+)?consultation)\b")
# ... or a refusal the body goes on to replace by its own decision, in the same sentence or
# the next ("...; instead the Committee agreed a fee of £4.50", "... The Sub-Committee
# approved the revised timetable."): the decision is what it agreed. Only this many
# characters after the refusal are read (its sentence's end and the next sentence's opening).
REPLACED_WITHIN_CHARS = 200
_REPLACED = re.compile(
    r"\b(?:instead|therefore)\b"
    r"|\b(?:The|the)\s+(?:[A-Z][\w-]*\s+){1,4}(?:instead\s+|therefore\s+|then\s+)?"
    r"(?:agreed|approved|resolved|decided)\b")


def _refuses(found: re.Match[str]) -> bool:
    """Whether a sentence so matched records the refusal of what it names (not an earlier
    refusal told in its relative clause, nor one it reverses)."""
    return (not _RELATIVE_ENDS.search(found.group("named"))
            and not _REVERSED.search(found.group(), found.end("named")))


def refusals(text: str) -> Iterator[re.Match[str]]:
    """Each sentence of ``text`` recording a refusal of what it names in full."""
    return (m for m in REFUSED_SENTENCE.finditer(text) if _refuses(m))


def opens_on_refusal(text: str) -> bool:
    """Whether ``text`` (a decision's words) opens on such a sentence: the decision is the
    refusal ("The recommendation to introduce charges ... was not agreed.")."""
    found = REFUSED_SENTENCE.match(text.lstrip())
    if found is None or not _refuses(found):
        return False
    after = found.string[found.end("named"):found.end() + REPLACED_WITHIN_CHARS]
    return not _EARLIER.search(after) and not _REPLACED.search(after)
