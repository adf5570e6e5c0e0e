"""The sentence before a motion's result, however a column wraps it: read for a vote named
or an "if" before the result (``_head``), and where the record of a motion lost starts on the
line above its own (``sentence_head``)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.minute_sentences import _SENTENCE_END

# How far before the result its sentence is read: a vote put, or an "if", sits within a
# sentence's length of it (and a line of many results is read in time linear in its length).
HEAD_CHARS = 200

# How a line ends its own sentence.
_CLOSED = (".", ";", "!", "?")


def _head(texts: list[str], i: int, line: str, at: int) -> str:
    """The sentence before ``at`` on ``line`` (line ``i``), at most HEAD_CHARS, from the line
    before where the sentence starts there: where a vote is named, or an "if" puts the
    result as what would follow ("if the motion was put to the vote and was lost, ...")."""
    head = line[max(0, at - HEAD_CHARS): at]
    ends = list(_SENTENCE_END.finditer(head))
    if ends:
        return head[ends[-1].end():]
    # (not where the line before ends its own sentence: "... if markets fell before the next
    # valuation." over "On being put to the vote, the proposal ... was lost.")
    if i > 0 and len(head) < HEAD_CHARS and not texts[i - 1].rstrip().endswith(_CLOSED):
        before = texts[i - 1][-HEAD_CHARS:]
        ends = list(_SENTENCE_END.finditer(before + " "))
        return (before[ends[-1].end():] if ends else before) + " " + head
    return head


# A line opening in small letters goes on with a sentence the line above started ("...
# Councillor Mulvaney seconded. On being" over "put to the vote the proposal was lost."), as a
# PDF wraps a paragraph.
_GOES_ON = re.compile(r"^\s*[a-z]")


def sentence_head(texts: list[str], i: int) -> str:
    """Where line ``i`` records a motion lost in a sentence the line above started, that
    sentence's start (after the line's last sentence end, at most HEAD_CHARS), else "": the
    record starts at its own sentence, not at the wrap."""
    if i == 0 or not _GOES_ON.match(texts[i]):
        return ""
    before = texts[i - 1].rstrip()
    if not before or before[-1] in ".;:!?":
        return ""
    ends = list(_SENTENCE_END.finditer(before))
    head = before[ends[-1].end():] if ends else before
    return head if len(head) <= HEAD_CHARS and ends else ""
