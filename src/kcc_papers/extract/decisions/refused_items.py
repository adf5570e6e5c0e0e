"""An item of a notice of several decisions that prints no "Decision:" label, only a sentence
recording that what was put to the meeting was refused: "The Clerk's recommendation that
temporary fencing be erected ... was not agreed (2 for, 4 against)." The refusal is the item's
decision, rejected: the words of what was refused, the sentence that records it.

Only a sentence that opens on the recommendation, proposal or motion (perhaps after whose it
is) and names it in full ("recommendation that ...", "proposal to ..."): a bare "The
recommendation was not agreed" says nothing of what was refused, and a refusal told inside
another sentence ("The Clerk reported that the proposal ... was rejected by the Secretary of
State") is someone else's, reported."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.notice import Notice
from kcc_papers.extract.minutes.resolution_marks import BODY

# How long the words of what was refused may run between its naming and its refusal (a
# recommendation of a few clauses; one sentence, no stop inside).
MAX_REFUSED_CHARS = 600

# Whose it is, before its name: a possessive of up to four words ("The Clerk's", "The
# Director of Finance's", "The officers'") or a kind ("officer", "alternative").
_WHOSE = r"(?:[\w-]+(?:\s+[\w-]+){0,3}['’]s?\s+)?(?:(?:officers?|alternative|original)\s+)?"
# The refusal after it: not agreed (approved, accepted, supported, carried, adopted), or
# rejected, refused, lost, defeated; by the meeting itself where a "by" follows (by the
# body, its members, a majority or a count), never by another ("not agreed by the Secretary
# of State" is that other's refusal, told).
_REFUSED = re.compile(
    r"(?:^|(?<=[.;]\s))(?:The|A|An)\s+" + _WHOSE
    + r"(?P<named>(?i:recommendation|proposal|motion)\s+(?:that|to)\s"
    + rf"[^.;]{{1,{MAX_REFUSED_CHARS}}}?)"
    r"\s+(?:was|were)\s+(?:not\s+(?:agreed|approved|accepted|supported|carried|adopted)"
    r"|rejected|refused|lost|defeated)\b"
    rf"(?!\s+by\s+(?!(?:the\s+)?(?:{BODY}|members|a\s+majority|\d)))"
    r"[^.;]*[.;]?")

# A refusal told in a clause of the naming's own ("The proposal to ..., which was rejected in
# 2025, was approved"): the refusal is an earlier one, the sentence's own verb comes after.
_RELATIVE_ENDS = re.compile(r"\b(?:which|who)\s*$", re.I)
# ... or a refusal the same sentence reverses ("was not agreed at the last meeting but was
# approved today"): the item's outcome is not the refusal.
_REVERSED = re.compile(
    r"\b(?:but|and|then|subsequently|later)\b[^.;]*?\b(?:was|were)\s+(?:(?:then|later|"
    r"subsequently|now)\s+)?(?:agreed|approved|accepted|supported|carried|adopted)\b", re.I)

# A label over the item's text, as an entry of a notice heads it ("Subject: Beehives", "Ward:
# Hillside", "Report of: Clerk"): a short label and its value, no sentence's stop at its end.
_HEAD_LABEL = re.compile(r"^[A-Z][\w ’'-]{0,30}:\s*\S[^.;]*$")


def refused_item(lines: list[tuple[int, str]], title: str | None,
                 ref: str | None) -> list[Notice]:
    """The refusal an unlabelled item's ``lines`` record, as a notice of its own (rejected),
    or none."""
    kept = [" ".join(t.split()) for _, t in lines if t.strip()]
    while kept and _HEAD_LABEL.match(kept[0]):
        # (the item's own labelled header lines over its text, "Subject: Beehives": no
        # sentence's start, and run into the sentence under them they hide where it opens)
        kept.pop(0)
    text = " ".join(kept)
    found = next((m for m in _REFUSED.finditer(text)
                  if not _RELATIVE_ENDS.search(m.group("named"))
                  and not _REVERSED.search(m.group(), m.end("named"))), None)
    if found is None:
        return []
    page = lines[0][0] if lines else 1
    return [Notice(title=title or None, text=found.group().strip(), page=page,
                   agenda_item_ref=ref, outcome="rejected")]
