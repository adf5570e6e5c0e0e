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
# A motion moved that itself amends ("moved that the motion be amended to read ...", "moved an
# amendment that ...", "moved, as an amendment, that ..."): "the motion" lost may be the
# amendment; the defeat stays alone. Only amending named as such: an amendment moved, something
# "amended", an amendment to something; a motion's own words about a document's changes in the
# plural ("that the Code be adopted without local amendments") amend nothing put to the vote.
_AMENDS = re.compile(
    r"\b(?:amend(?:s|ed|ing)?\b|an\s+amendment\b|(?:the|this|that|his|her|their)\s+"
    r"amendment\b|amendment\s+(?:to|of|that)\b)", re.I)
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
# A minute's side label printed on a line of its own, as a margin column's label is read when
# the column is not kept apart ("Motion", "Vote", "Voting:", "Notice of Motion"): a word or
# up to three, the first a capital, no figure and no stop. It is no part of the motion's words
# or its vote's, and is left out of the record (_side_label says where it stands as one).
_SIDE_LABEL = re.compile(r"^[A-Z][A-Za-z’'-]*(?:\s+[A-Za-z’'-]+){0,2}\s*:?$")
_CLOSING_QUOTES = "\"”’'"
_OPENS_CAPITAL = re.compile(r"^[\"“‘']?[A-Z]")
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
    first = max(floor, table.start - MAX_MOTION_LINES - MAX_ASIDE_LINES)
    above = [texts[k] for k in range(first, table.start) if not _side_label(texts, k, floor, i)]
    read = " ".join(" ".join(t.split()) for t in [*above, texts[i]])
    at = read.rfind(" ".join(defeat.split())[:_DEFEAT_KEY_CHARS])
    if at < 0:
        return ""
    parts = _quotations_whole([p.strip() for p in _split_sentences(read[:at].strip())
                               if p.strip()])
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
            if _AMENDS.search(parts[k]) or any(_MOVES.match(p) for p in parts[_since_result(
                    parts, k):k]):
                # another motion moved before it, in the same stretch: "the motion" lost may
                # be either (a rival motion, a motion to defer); the defeat stays alone (one
                # whose own result is told before this one is moved is settled: "The motion
                # was CARRIED. Councillor C moved that ...")
                return ""
            return " ".join([parts[k], *(p for p in parts[k + 1:] if not _ASIDE.match(p))])
        if _BETWEEN_STOPS.search(parts[k]):
            return ""
    return ""


def _since_result(parts: list[str], k: int) -> int:
    """Where the sentences before ``parts[k]`` run on from the last vote's result told among
    them ("The motion was CARRIED."; a moving sentence's own words are none), or 0."""
    for j in range(k - 1, -1, -1):
        if _BETWEEN_STOPS.search(parts[j]) and not _MOVES.match(parts[j]):
            return j + 1
    return 0


def _quotations_whole(parts: list[str]) -> list[str]:
    """Sentences, those of one quotation kept in one and parted where it closes: a motion on
    notice quoted over several sentences ("... the following motion: “That this Council notes
    ... . This Council believes ... . This Council resolves ... .”") is one motion, its
    sentences no steps back between it and its defeat, and its words ("the services lost in
    2026") no other result."""
    out: list[str] = []
    open_quote = False
    for part in (piece for whole in parts for piece in _QUOTATION_ENDS.split(whole)):
        if open_quote:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
        open_quote = _quotation_open(out[-1])
    return out


# A sentence ending inside the quotation that closes after it ("... bus services.” The motion
# was CARRIED."): the splitter keeps the two together; they are parted here.
_QUOTATION_ENDS = re.compile(r"(?<=[.!?][”\"])\s+(?=[A-Z])")


def _quotation_open(text: str) -> bool:
    """Whether ``text`` opens a quotation (in double marks) it does not close."""
    return (text.count("“") > text.count("”")
            or ("“" not in text and "”" not in text and text.count('"') % 2 == 1))


def _side_label(texts: list[str], k: int, floor: int, i: int) -> bool:
    """Whether line ``k`` (above the defeat's line ``i``) is a side label of its own line, no
    words of the motion or its vote (_SIDE_LABEL): after a sentence's end (or the stretch's
    start) and before a line opening a sentence of its own ("Motion" / "The following motion
    was proposed ..." / "Vote" / "On a vote being taken ...")."""
    return (_SIDE_LABEL.match(texts[k].strip()) is not None
            and (k <= floor or _ends_sentence(texts[k - 1])
                 or _SIDE_LABEL.match(texts[k - 1].strip()) is not None)
            and k + 1 <= i and _OPENS_CAPITAL.match(texts[k + 1].strip()) is not None)


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence, perhaps inside the quotation it closes (a motion's
    quoted words: "... from April 2032.\"")."""
    return line.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS)


def _vote_table(texts: list[str], i: int, floor: int) -> range:
    """The lines of a recorded vote's table just above line ``i`` (the defeat's), under the
    line that opens it (_VOTE_TABLE_OPENS), none of them a sentence; an empty range at ``i``
    where there is none."""
    k = i - 1
    while k >= max(floor, i - 1 - MAX_VOTE_ROWS) and not _ends_sentence(texts[k]):
        if _VOTE_TABLE_OPENS.search(texts[k]) and _opens_sentence(texts, k, floor):
            return range(k + 1, i) if k + 1 < i else range(i, i)
        k -= 1
    return range(i, i)


def _opens_sentence(texts: list[str], k: int, floor: int) -> bool:
    """Whether line ``k`` is a sentence of its own (the line above ends one), and no motion's:
    the vote's record ("The vote was taken by roll call:"), not a motion's own words wrapped or
    opening its list ("Councillor A moved ... about votes at 16:" over the motion's points,
    which are its words)."""
    return ((k <= floor or _ends_sentence(texts[k - 1]))
            and not _MOVES.match(texts[k].strip()))
