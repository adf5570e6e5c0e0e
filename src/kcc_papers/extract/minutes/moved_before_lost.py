"""A member's motion moved in one sentence and lost in the next, which names it only as "the
motion" ("Councillor A moved that the depot be let to community groups. On being put to the
vote the motion was lost."): the decision is the motion's words with their defeat, not the
defeat alone, which says nothing of what was refused. The moving sentence is found in the
lines just above the defeat, in the same stretch of the minute (no other decision between)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.minute_sentences import _split_sentences
from kcc_papers.extract.minutes.moving_sentence import MOVES as _MOVES

# The defeat naming the motion only by "the motion" / "the proposal" (not in full: "the
# proposal to close the library was lost" says what was refused in its own words).
_ANAPHORIC = re.compile(r"\bthe\s+(?:motion|proposal)\s+(?:was|were)\b", re.I)
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
# (a hybrid meeting's too: "Councillor C lost her connection to the meeting and rejoined at
# 11.50 am", a member's link dropped, no motion's result)
_ASIDE = re.compile(
    r"^(?:action\b|.{0,80}?\b(?:(?:left|joined|rejoined|returned\s+to|entered)\s+the\s+"
    r"(?:meeting|room|chamber)|declared\s+an?\s+[^.]{0,40}?interest"
    r"|lost\s+(?:(?:her|his|their|the)\s+)?(?:connection|link)\b)\b)", re.I)
# A recorded vote's table between the motion and its defeat: a line naming the vote and ending
# in a colon ("The vote was taken by roll call:", "A recorded vote was requested and taken:"),
# then rows of members' names and how each voted, none of them a sentence. The rows are the
# vote's record, no words of the motion or of another result; they are passed over, so a long
# council's table does not push the motion out of reach. At most this many rows (a council's
# members and the table's heading).
_VOTE_TABLE_OPENS = re.compile(
    r"\b(?:vote|votes|voting|roll[\s-]+call|division)\b[^.;]*:\s*$", re.I)
_SENTENCE_ENDS = (".", ";", "!", "?")
MAX_VOTE_ROWS = 90
# How many lines above the defeat the moving sentence may start (a motion wrapped over a few
# lines of a narrow column), and how many sentences back it may stand (a seconder's sentence
# between: "The motion was seconded by Councillor B.").
MAX_MOTION_LINES = 6
# ... and how many more lines may hold attendance notes or interests between (_ASIDE: a hybrid
# meeting's member losing her connection and rejoining, another not voting), which take no
# sentence of the motion's budget either.
MAX_ASIDE_LINES = 4
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
    table = _vote_table(texts, i, floor)
    above = texts[max(floor, table.start - MAX_MOTION_LINES - MAX_ASIDE_LINES): table.start]
    read = " ".join(" ".join(t.split()) for t in [*above, texts[i]])
    at = read.rfind(" ".join(defeat.split())[:_DEFEAT_KEY_CHARS])
    if at < 0:
        return ""
    parts = [p.strip() for p in _split_sentences(read[:at].strip()) if p.strip()]
    back = 0
    for k in range(len(parts) - 1, -1, -1):
        aside = _ASIDE.match(parts[k])
        if aside and not _BETWEEN_STOPS.search(parts[k], aside.end()):
            # (an attendance note or an interest between: no sentence of the motion's, and
            # none of its vote; its own verbs, "lost her connection", no result)
            continue
        back += 1
        if back > MAX_SENTENCES_BACK:
            return ""
        if _MOVES.match(parts[k]):
            if _AMENDS.search(parts[k]) or any(_MOVES.match(p) for p in parts[:k]):
                # another motion moved before it, in the same stretch: "the motion" lost may
                # be either (a rival motion, a motion to defer); the defeat stays alone
                return ""
            return " ".join([parts[k], *(p for p in parts[k + 1:] if not _ASIDE.match(p))])
        if _BETWEEN_STOPS.search(parts[k]):
            return ""
    return ""


def _vote_table(texts: list[str], i: int, floor: int) -> range:
    """The lines of a recorded vote's table just above line ``i`` (the defeat's), under the
    line that opens it (_VOTE_TABLE_OPENS), none of them a sentence; an empty range at ``i``
    where there is none."""
    k = i - 1
    while k >= max(floor, i - 1 - MAX_VOTE_ROWS) and not texts[k].rstrip().endswith(
            _SENTENCE_ENDS):
        if _VOTE_TABLE_OPENS.search(texts[k]) and _opens_sentence(texts, k, floor):
            return range(k + 1, i) if k + 1 < i else range(i, i)
        k -= 1
    return range(i, i)


def _opens_sentence(texts: list[str], k: int, floor: int) -> bool:
    """Whether line ``k`` is a sentence of its own (the line above ends one), and no motion's:
    the vote's record ("The vote was taken by roll call:"), not a motion's own words wrapped or
    opening its list ("Councillor A moved ... about votes at 16:" over the motion's points,
    which are its words)."""
    return ((k <= floor or texts[k - 1].rstrip().endswith(_SENTENCE_ENDS))
            and not _MOVES.match(texts[k].strip()))
