"""A member's motion or proposal named in full, put to the vote and lost, wrapped over more
than two lines of a narrow column ("A proposal by Cllr Rahim that the three councils adopt a
common" / "garden waste charge of £52 a bin for 2028/29 was put to the vote" / "and was
lost."), or of a fixed-width text export, whose 70-character lines wrap a motion of one long
sentence over four or five ("... 2025. A motion by Councillor A, seconded by" / "Councillor B,
that the committee recommend Cabinet to" / "restore ... from April 2026" / "was put to the vote
and lost (3 for, 4 against)."). The record is its first line's: the lines under it read as
none alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.normalise.needles import holds_any

# Whether a text records a motion lost (lost_motions._lost_on): the lines, the line the record
# would start on, the joined text and where its last line was joined on.
LostOn = Callable[[list[str], int, str, int], bool]

# The words a motion lost holds on the line its result ends (lost_motions._DECLARED_LOST).
_RESULT_WORDS = ("lost", "defeated", "not ", "fell", "LOST")
# Three lines: a narrow column's wrap of a proposal named in full (as read since round 24).
_THREE = 3
# At most this many lines, a fixed-width export's wrap of one long sentence of a motion: its
# mover, seconder and words over four lines and its result on the fifth.
MAX_RECORD_LINES = 5
# A record of more than three lines names the motion on its first ("A motion by", "a
# proposal that"): only then is the long join read, and no line between closes a sentence (the
# motion's one sentence runs over them).
_NAMES_MOTION = re.compile(r"\b(?:motion|proposal)\b", re.I)
_CLOSED = (".", ";", "!", "?", ":")


def lost_over_lines(texts: list[str], i: int, lost_on: LostOn) -> bool:
    """Whether a motion or proposal named in full starts on line ``i`` and its result ends two
    to four lines down (MAX_RECORD_LINES), a record no line under it starts."""
    if _lost_over(texts, i, _THREE, lost_on):
        return True
    if not _NAMES_MOTION.search(texts[i]):
        return False
    for n in range(_THREE + 1, MAX_RECORD_LINES + 1):
        last = i + n - 1
        if last >= len(texts) or texts[last - 1].rstrip().endswith(_CLOSED):
            return False
        if _lost_over(texts, i, n, lost_on):
            return True
    return False


def _lost_over(texts: list[str], i: int, n: int, lost_on: LostOn) -> bool:
    """Whether lines ``i`` to ``i + n - 1`` record a motion lost that starts on line ``i``
    and ends on the last, and read from any line under ``i`` they hold none (that line would
    start it)."""
    last = i + n - 1
    if last >= len(texts) or not holds_any(texts[last], _RESULT_WORDS):
        return False
    for j in range(i + 1, last):
        under = " ".join(texts[j:last])
        if lost_on(texts, j, f"{under} {texts[last]}", len(under)):
            return False
    above = " ".join(texts[i:last])
    return lost_on(texts, i, f"{above} {texts[last]}", len(above))


def lines_under(texts: list[str], i: int, lost: bool) -> str:
    """The line after line ``i``, where a resolution's sentence may wrap; for a record of a
    motion lost (``lost``), the lines its result may wrap onto (MAX_RECORD_LINES), so its
    record starts at the sentence naming the motion, not at the line's first words ("...
    December 2025. A motion by Councillor A, seconded by" starts at "A motion")."""
    return " ".join(texts[i + 1 : i + (MAX_RECORD_LINES if lost else 2)])
