"""Which of a minute's decision anchors are Welsh, and when a Welsh decision is the twin of
the English one after it, in a bilingual council's minutes that print each paragraph in Welsh,
then in English (``resolution_anchors._translations`` drops the Welsh twin: the English is
read once)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.welsh_lost_motions import welsh_motion_lost
from kcc_papers.normalise.bilingual import is_welsh

# A decision's label in Welsh alone, its mark as English labels print theirs or none
# ("Penderfynwyd: cymeradwyo ...", "Penderfynwyd - talu ...", "PENDERFYNWYD bod ..."), not
# beside its English ("Penderfyniad / Decision:", which heads the decision in both languages).
WELSH_LABEL = re.compile(r"^(?:Penderfyn(?:wyd|iad(?:au)?)|Cytunwyd)\b(?!\s*/)", re.I)
# The English label after a stroke on the same line, the Welsh decision before it: the
# decision printed in both languages on one line ("PENDERFYNWYD peidio â gwneud sylw. /
# RESOLVED to make no comment."), no Welsh twin of another. (A label in both languages,
# "PENDERFYNWYD / RESOLVED that ...", is no Welsh label: WELSH_LABEL.)
_ENGLISH_AFTER_STROKE = re.compile(r"\s/\s*(?:RESOLVED|Resolved|AGREED|DECISION|Decision)\b")
# The English paragraph's lead-in between the Welsh decision and the English one ("A/31/0642
# Land off Heol y Bryn: erection of 14 affordable homes.", "Letter from One Voice Wales ..."):
# the English of the lines before the Welsh decision, at most this many lines.
LEAD_IN_LINES = 3
_STOPPED = re.compile(r"[.;]\s*$")


def both_languages(line: str) -> bool:
    """Whether a decision anchored at ``line`` is printed in both languages on the line
    ("PENDERFYNWYD peidio â gwneud sylw. / RESOLVED to make no comment."): the twin of no
    decision beside it."""
    return bool(WELSH_LABEL.match(line) and _ENGLISH_AFTER_STROKE.search(line))


def welsh_anchor(line: str, next_line: str = "") -> bool:
    """Whether a decision anchored at ``line`` is in Welsh alone: under a Welsh label, or a
    motion lost in Welsh words ("Ni chafodd y cynnig ei basio"), which may wrap onto
    ``next_line`` ("... Ni chafodd y cynnig ei" over "basio (3 o blaid, 4 yn erbyn).")."""
    if both_languages(line):
        return False
    if WELSH_LABEL.match(line):
        return True
    joined = f"{line} {next_line}".strip()
    return welsh_motion_lost(joined) and is_welsh(joined)


def twin_after_lead_in(lines: list[str], before: list[str]) -> bool:
    """Whether ``lines``, from a Welsh decision's anchor to the next (English) anchor, hold
    the Welsh decision and then only the English paragraph's lead-in: the Welsh ends its
    sentence on a line, the few lines after it do not read as Welsh, and they are the English
    of the Welsh lead-in in ``before`` (the lines above the Welsh anchor): ``_same_lead_in``."""
    stop = next((k for k, t in enumerate(lines) if _STOPPED.search(t)), None)
    if stop is None or stop == len(lines) - 1:
        return False
    rest = lines[stop + 1:]
    return (len(rest) <= LEAD_IN_LINES and not is_welsh(" ".join(rest))
            and _same_lead_in(before[-LEAD_IN_LINES:], rest))


# A figure or reference in a lead-in ("A/31/0642", "14", "£4,860"): a translation prints the
# same ones.
_FIGURE = re.compile(r"\d(?:[\d/.,-]*\d)?")


def _same_lead_in(welsh: list[str], english: list[str]) -> bool:
    """Whether the English lead-in ``english`` translates the Welsh one above the Welsh
    decision: its figures all printed there ("A/31/0642 Land off ..." under "A/31/0642 Tir
    ger ..."), or, where it prints none, the line above the Welsh decision reading as Welsh.
    Not another item's lead-in: a council minuting each application in its own language
    ("C32/0114 Cae'r Felin ..." and its PENDERFYNWYD, then "C32/0120 Land at ..." and its
    RESOLVED) makes two decisions, no twins."""
    figures = set(_FIGURE.findall(" ".join(english)))
    if figures:
        return figures <= set(_FIGURE.findall(" ".join(welsh)))
    return bool(welsh) and is_welsh(welsh[-1])


def welsh_follows(previous: str, line: str) -> bool:
    """Whether ``line`` (after ``previous``) starts Welsh words that an English decision above
    does not run on into: a Welsh label, or, the decision's sentence ended on ``previous``, a
    line reading as Welsh (the next paragraph's Welsh lead-in in a minute printing each
    paragraph in Welsh, then English: "A/31/0657 Yr Hen Farchnad, Stryd y Bont: ...")."""
    return bool(WELSH_LABEL.match(line)) or bool(_STOPPED.search(previous) and is_welsh(line))


def english_half(text: str) -> str:
    """A decision printed in both languages on one line read in its English half ("RESOLVED
    to make no comment." of "PENDERFYNWYD peidio â gwneud sylw. / RESOLVED to make no
    comment."), as where each language has its line; any other text as it is."""
    if not both_languages(text):
        return text
    stroke = _ENGLISH_AFTER_STROKE.search(text)
    assert stroke is not None
    return text[stroke.start():].lstrip(" \t/")
