"""A recommendation's verdict, as planning reports and schedules print it: a headline in
capitals ("RECOMMENDATION: REFUSE"), the verdict alone in a summary table ("Approve subject to
conditions"), a schedule's list of items' verdicts ("A1. GRANT", "A2. REFUSE"), and whether a
verdict agrees with the recommendation worded after it."""

from __future__ import annotations

import re

# A recommendation's verdict printed in capitals at a planning report's head ("RECOMMENDATION:
# APPROVE subject to conditions", "Recommendation: REFUSE", "RECOMMENDATION - GRANT"): the
# summary of the recommendation the report words in full further on.
VERDICT = re.compile(
    r"^(?-i:APPROVE|APPROVAL|REFUSE|REFUSAL|GRANT|PERMIT|DEFER|DEFERRAL|REJECT|DISMISS)\b")
# ... or in sentence case, the block the verdict alone, perhaps with its conditions or
# reasons, as a planning report's summary table prints it ("Recommendation | Approve subject
# to conditions", "Recommendation | Refuse"): no object after the verb, as an ask's has
# ("Approve the revenue budget").
_VERDICT_ALONE = re.compile(
    r"^(?i:approve|approval|refuse|refusal|grant|permit|defer|deferral|reject|dismiss)"
    r"(?:\s+(?i:subject\s+to|with(?:out)?\s+conditions|for\s+the\s+reasons?)\b[^.;:\n]{0,80})?"
    r"\.?$")


def verdict(text: str) -> bool:
    """Whether a block is a verdict headline (VERDICT, _VERDICT_ALONE)."""
    return bool(VERDICT.match(text) or _VERDICT_ALONE.match(text.strip()))


# An item's label and its verdict, a schedule's summary line: "A2. REFUSE", "3 GRANT subject to
# conditions". The verdict stands alone or under its conditions or reasons, as a schedule sums
# it up: an ask's verb in capitals takes an object ("1. APPROVE the revenue budget").
ITEM_VERDICT = re.compile(
    r"^[A-Z]?\d{1,3}[.)]?\s+" + VERDICT.pattern.removeprefix("^")
    + r"(?=\s*(?:\.\s*)?$|\s+(?i:subject\s+to|with(?:out)?\s+conditions|for\s+the\s+reasons?)\b)")
# A schedule lists at least this many items' verdicts.
MIN_SCHEDULE_ITEMS = 2


def verdict_schedule(body: list[str]) -> bool:
    """Whether a block opens with a list of items' verdicts ("Recommendation" over "A1. GRANT
    subject to conditions", "A2. REFUSE"): a schedule's summary column, the verdicts its items'
    own reports word in full, never an ask of its own."""
    lines = [t.strip() for t in body if t.strip()]
    listed = 0
    for line in lines:
        if not ITEM_VERDICT.match(line):
            break
        listed += 1
    return listed >= MIN_SCHEDULE_ITEMS


# A verdict's word and the words a recommendation wording it uses ("APPROVE" over "That the
# Head of Development Management be authorised to grant planning permission ...").
_VERDICT_FAMILIES = tuple(
    (re.compile(rf"^\s*(?i:{verdict})"), re.compile(rf"(?i:\b(?:{worded}))"))
    for verdict, worded in (
        ("approv|grant|permit", r"approv|grant|permit\b"),
        ("refus|reject", "refus|reject"),
        ("defer", "defer"),
        ("dismiss", "dismiss"),
    ))


def agree(verdict: str, worded: str) -> bool:
    """Whether a verdict may head the block worded after it, that block wording the same
    verdict: a schedule's application that prints only its verdict ("Recommendation |
    Approve subject to conditions") before another item's ask ("That the Committee notes the
    appeals received") is that application's recommendation."""
    family = next((words for head, words in _VERDICT_FAMILIES if head.match(verdict)), None)
    return family is None or family.search(worded) is not None
