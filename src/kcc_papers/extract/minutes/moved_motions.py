"""Motions as councils abroad minute them, each a block of its own lines: who moved it and who
seconded it ("Moved Cr Rosseter, Seconded Cr Quaife"; "Moved by Councillor MacPhail" over
"Seconded by Councillor Dhaliwal"; "Moved: Cr Ashby" over "Seconded: Cr Brownlee"), perhaps under
a label naming the resolution ("Council Resolution", "Resolution C-2025-211", "RESOLUTION
CO/2025/114", "MOTION"), then the motion's words ("That Council ..."), then its result alone on a
line ("CARRIED 7/0", "Carried", "LOST 3/4", "Defeated", "Motion failed"), a recorded vote perhaps
between ("Yea: ..." / "Nay: ...").

Each block is a decision of its own: the motion's words, carried or lost. An officer's
recommendation printed above the resolution is no block (nobody moved it): only what the
meeting voted on is read. A block counts only where its result line is found: a mover named
in prose ("Moved by Cllr A, seconded by Cllr B and RESOLVED that ...") is the other readers', as
is whatever the minute says outside its blocks ("RESOLVED that ..." after an amendment's block).
An amendment's block is no decision, lost or carried (docs/heldout.md: a lost amendment is only
on the way to what is resolved); its lines are still its own, no other reader's."""

from __future__ import annotations

import re
from typing import NamedTuple

from kcc_papers.extract.minutes.minute_sentences import _join
from kcc_papers.extract.minutes.resolution_marks import Resolution

# The mover opening its line: "Moved Cr A", "Moved by Councillor A", "Moved: Cr A" (after a bare
# "Moved" a name, its capital read as one whatever the case of the rest: "moved into the new
# depot, seconded staff ..." names no mover).
_MOVER = re.compile(r"^Moved(?:\s+by\b|\s*:|\s+(?=(?-i:[A-Z])))", re.I)
# The seconder, on the mover's line or opening the next.
_SECONDER = re.compile(r"\bSeconded(?:\s+by\b|\s*:|\s+(?=(?-i:[A-Z])))", re.I)
_SECONDER_LINE = re.compile(r"^" + _SECONDER.pattern, re.I)
# The result alone on its line, perhaps with the vote's count ("CARRIED 7/0", "LOST 3/4",
# "Carried unanimously", "CARRIED (6-1)"), or the motion named ("Motion failed.").
_COUNT = r"(?:\d{1,2}\s*[/:–-]\s*\d{1,2}|\([^)]{0,40}\)|unanimously)"
_RESULT = re.compile(
    r"^(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:(?P<carried>carried|passed|adopted)|"
    r"(?P<lost>lost|defeated|failed))\b"
    # (the count's spaces inside its optional group: "\s*" either side of an absent count
    # took 20 s on a line of 20,000 spaces)
    # (the majority it needed, or the motions taken together, as Australian councils print
    # them: "CARRIED BY ABSOLUTE MAJORITY 9/0", "CARRIED EN BLOC")
    r"(?:\s+(?:by\s+(?:an?\s+)?(?:absolute|simple|special)\s+majority|en\s+bloc))?"
    r"(?:\s*" + _COUNT + r")?\s*\.?$", re.I)
# A recorded vote between the motion and its result: "Recorded vote requested by ...",
# "Yea: ...", "Nay: ...", "For: ...", "Against: ...": none of the motion's words.
_VOTE_RECORD = re.compile(
    r"^(?:Recorded\s+vote\b|(?:Yeas?|Nays?|Ayes|Noes|For|Against|Abstain(?:ed|ing)?)\s*:)", re.I)
# The motion's words open as a resolution's do ("That Council ...", "To approve ...").
_MOTION_OPENS = re.compile(r"^(?:That|To)\b")
# An American board's motion in one sentence, its words after who moved and seconded it: "On
# motion of Supervisor A, seconded by Supervisor B, the Board approved ...", "Motion by
# Councilmember A, seconded by Vice Mayor B, to approve ..."; its roll call under it ("Ayes: 5
# Noes: 0"), then "Motion failed." where it was lost.
_MOTION_BY = re.compile(
    r"^(?:ACTION\s*:\s*)?(?:On\s+)?motion\s+(?:of|by)\s+[^,]{1,80},\s*seconded\s+by\s+[^,]{1,80},\s*(?P<words>\S.*)$",
    re.I)
_ROLL_CALL = re.compile(r"^(?:Ayes|Yeas)\s*:", re.I)
# An amendment, not the motion: its label on the line above the mover ("Amendment", "**AMENDMENT**")
# or its words amending ("That the recommendation be amended ...").
_AMENDMENT_LABEL = re.compile(r"^\W*amendment\b", re.I)
_AMENDING = re.compile(r"^That\s+the\s+(?:motion|recommendation|resolution)\s+be\s+amended\b", re.I)
# How many lines a motion's words and its recorded vote may take before its result: past that,
# a result line belongs to something else.
MAX_BLOCK_LINES = 20


class MotionBlock(NamedTuple):
    """A motion's block: its lines ``start`` (the mover's) to ``end`` (after its result), and
    the decision it records (None for an amendment's)."""

    start: int
    end: int
    resolution: Resolution | None


def moved_motions(body: list[tuple[int, str]]) -> list[MotionBlock]:
    """Each motion of a minute printed as a block of mover, seconder, words and result; a
    lost one of kind "lost" (its outcome is the vote's, whatever its words say)."""
    texts = [t.strip() for _, t in body]
    out: list[MotionBlock] = []
    i = 0
    while i < len(texts):
        if (voted := _roll_call_at(texts, i)) is not None:
            words, lost, after = voted
            out.append(MotionBlock(i, after, Resolution(words, body[i][0],
                                                        "lost" if lost else "resolved")))
            i = after
            continue
        block = _block_at(texts, i)
        if block is None:
            i += 1
            continue
        start, end, at, result = block
        words = _join(texts[start:end])
        kind = "lost" if result["lost"] else "resolved"
        amends = (i and _AMENDMENT_LABEL.match(texts[i - 1])) or _AMENDING.match(words)
        out.append(MotionBlock(i, at + 1, None if amends
                               else Resolution(words, body[start][0], kind)))
        i = at + 1
    return out


def lead_motions(header: list[tuple[int, str]]) -> list[Resolution]:
    """The one-sentence roll-call motions (_MOTION_BY) printed above the first minute: an
    American council moves its consent calendar as one motion under the calendar's heading,
    before the items it covers ("ACTION: Motion by Councilmember A, seconded by B, to approve
    Consent Calendar Items 1 through 4." over "Ayes: 5 Noes: 0"). Only that layout, whose roll
    call shows the meeting voted on it, is read there: the rest of a heading is no decision."""
    return [b.resolution for b in moved_motions(header)
            if b.resolution is not None and _MOTION_BY.match(header[b.start][1].strip())]


def _roll_call_at(texts: list[str], i: int) -> tuple[str, bool, int] | None:
    """(the motion's words, whether it was lost, the line after its result) of a one-sentence
    motion opening line ``i`` whose roll call follows (_MOTION_BY), or None."""
    m = _MOTION_BY.match(texts[i])
    if m is None:
        return None
    for j in range(i + 1, min(len(texts), i + MAX_BLOCK_LINES)):
        if _ROLL_CALL.match(texts[j]):
            result = _RESULT.match(texts[j + 1]) if j + 1 < len(texts) else None
            lost = bool(result and result["lost"])
            return _join([m["words"], *texts[i + 1 : j]]), lost, j + (2 if result else 1)
        if _MOTION_BY.match(texts[j]) or _MOVER.match(texts[j]):
            return None
    return None


def _block_at(texts: list[str], i: int) -> tuple[int, int, int, re.Match[str]] | None:
    """(first line of the motion's words, the line after them, the result's line, the result)
    of the block whose
    mover line is ``i``, or None where line ``i`` opens no such block."""
    if not _MOVER.match(texts[i]):
        return None
    start = i + 1
    if not _SECONDER.search(texts[i]):
        if start >= len(texts) or not _SECONDER_LINE.match(texts[start]):
            return None
        start += 1
    if start >= len(texts) or not _MOTION_OPENS.match(texts[start]):
        return None
    end = None
    for j in range(start + 1, min(len(texts), start + MAX_BLOCK_LINES)):
        if _MOVER.match(texts[j]):
            return None  # another motion before any result: not this reader's layout
        if result := _RESULT.match(texts[j]):
            return start, end if end is not None else j, j, result
        if end is None and _VOTE_RECORD.match(texts[j]):
            end = j
    return None
