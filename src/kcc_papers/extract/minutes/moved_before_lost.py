"""A member's motion moved in one sentence and lost in the next, which names it only as "the
motion" ("Councillor A moved that the depot be let to community groups. On being put to the
vote the motion was lost."): the decision is the motion's words with their defeat, not the
defeat alone, which says nothing of what was refused. The moving sentence is found in the
lines just above the defeat, in the same stretch of the minute (no other decision between)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.minute_sentences import _split_sentences

# The defeat naming the motion only by "the motion" / "the proposal" (not in full: "the
# proposal to close the library was lost" says what was refused in its own words).
_ANAPHORIC = re.compile(r"\bthe\s+(?:motion|proposal)\s+(?:was|were)\b", re.I)
# A sentence moving a motion: "Councillor A moved that ...", "It was moved by Councillor A and
# seconded by Councillor B that ...", "Councillor A proposed, seconded by Councillor B, that
# ..."; not an amendment ("moved an amendment that", "moved, as an amendment, that": no match)
# and not one told of as before ("had moved that").
_NAME = r"[^,.;]{1,60}?"
# (also "moved a motion that", "moved the following motion: That", and the seconder named
# first: "moved, and Councillor B seconded, that", "proposed and Cllr B seconded that")
_MOVES = re.compile(
    r"^[^.;]{0,80}?(?<!\bhad\s)\b(?:moved|proposed)"
    r"(?:\s+(?:a|the(?:\s+following)?)\s+motion)?"
    # (moved as an alternative to what was recommended: "moved, as an alternative to the
    # recommended response, that ..."; an amendment stays unmatched)
    r"(?:,\s+as\s+an\s+alternative\b[^,.;]{0,60},)?"
    rf"(?:\s+by\s+{_NAME})?(?:,?\s+(?:and\s+)?(?:seconded\s+by\s+{_NAME}|{_NAME}\s+seconded),?)?"
    r"[:,]?\s+that\b", re.I)
# A motion moved that itself amends ("moved that the motion be amended to read ..."): "the
# motion" lost may be the amendment; the defeat stays alone.
_AMENDS = re.compile(r"\bamend\w*", re.I)
# A sentence between the motion and its defeat that speaks of an amendment or of another
# vote's result: the words moved may not be the words refused (amended), or the defeat may be
# another motion's; the record stays the defeat alone.
_BETWEEN_STOPS = re.compile(
    r"\b(?:amend\w*|carried|resolved|defeated|lost|fell|withdrawn)\b", re.I)
# A sentence between that is no part of the motion or its vote: an attendance note ("Councillor
# C left the meeting at 8.10pm."), an interest declared, an action for an officer ("ACTION:
# Clerk to write ..."); it is left out of the record, which still runs motion to defeat.
_ASIDE = re.compile(
    r"^(?:action\b|.{0,80}?\b(?:(?:left|joined|rejoined|returned\s+to|entered)\s+the\s+"
    r"(?:meeting|room|chamber)|declared\s+an?\s+[^.]{0,40}?interest)\b)", re.I)
# How many lines above the defeat the moving sentence may start (a motion wrapped over a few
# lines of a narrow column), and how many sentences back it may stand (a seconder's sentence
# between: "The motion was seconded by Councillor B.").
MAX_MOTION_LINES = 6
MAX_SENTENCES_BACK = 3
# How much of the defeat's opening locates it in the lines read (it may begin on the line
# above its record's own: "... seconded. On being" / "put to the vote the motion was lost.").
_DEFEAT_KEY_CHARS = 24


def motion_moved_before(texts: list[str], i: int, defeat: str, floor: int,
                        following: str = "") -> str:
    """Where ``defeat``, the record read from line ``i`` (its tail), names the motion only as
    "the motion", the sentences from the one moving it (in lines ``floor`` to ``i``, the
    defeat's own line up to the defeat) to the defeat; else "" (``following``: the line after,
    where the defeat's sentence wraps onto it)."""
    if not _ANAPHORIC.search(_split_sentences(f"{defeat} {following}")[0]):
        return ""
    read = " ".join(" ".join(t.split()) for t in texts[max(floor, i - MAX_MOTION_LINES): i + 1])
    at = read.rfind(" ".join(defeat.split())[:_DEFEAT_KEY_CHARS])
    if at < 0:
        return ""
    parts = [p.strip() for p in _split_sentences(read[:at].strip()) if p.strip()]
    for k in range(len(parts) - 1, max(-1, len(parts) - 1 - MAX_SENTENCES_BACK), -1):
        if _MOVES.match(parts[k]):
            if _AMENDS.search(parts[k]) or any(_MOVES.match(p) for p in parts[:k]):
                # another motion moved before it, in the same stretch: "the motion" lost may
                # be either (a rival motion, a motion to defer); the defeat stays alone
                return ""
            return " ".join([parts[k], *(p for p in parts[k + 1:] if not _ASIDE.match(p))])
        if _BETWEEN_STOPS.search(parts[k]):
            return ""
    return ""
