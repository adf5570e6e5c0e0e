"""A pack that opens on a notice correcting the papers it reissues ("CORRECTION NOTICE" over
"This agenda replaces the agenda published on ..."): the notice is a document of its own, of
kind other (it records nothing), and the agenda starts after it."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.appendices import CORRECTION_SHEET
from kcc_papers.segment_starts.heading_kinds import OTHER
from kcc_papers.segment_starts.layout import (
    ITEM_STAMP_TOP,
    TITLE_SIZE_RATIO,
    _body_size,
    _page_lines,
)
from kcc_papers.segment_starts.walk_state import _Walk

# A page's heading naming it a correction notice: the errata sheet's words (CORRECTION_SHEET)
# or "Correction Notice/Sheet/Note", "Notice of Correction", "Addendum - correction".
CORRECTION_NOTICE = re.compile(
    r"^\s*(?:Correction\s+(?:Notice|Sheet|Note)|Notice\s+of\s+(?:Correction|Errata)|"
    r"Addendum\s*[–—:-]\s*Corrections?)\s*$", re.I)
CORRECTION_NOTICE_WORDS = ("correct", "errat", "corrigend")
# An agenda's item line ("3. Minutes of the meeting ...", "Item 4 Matters arising"): a page
# that lists items is an agenda, whatever its heading says.
ITEM_LINE = re.compile(r"^\s*(?:Item\s+)?\d{1,2}[a-zA-Z]?[.)]?\s+[A-Z]")
# So many item lines make a list of items (a notice may name one item it corrects).
ITEM_LIST_MIN = 3


def _names_correction(text: str) -> bool:
    """Whether a heading names its page a correction notice (CORRECTION_NOTICE,
    CORRECTION_SHEET)."""
    lower = text.lower()
    return any(word in lower for word in CORRECTION_NOTICE_WORDS) and bool(
        CORRECTION_NOTICE.match(text) or CORRECTION_SHEET.match(text))


def _titled_top(flat: list[tuple[int, int, Line]], i: int, body: float) -> bool:
    """Whether the page line ``i`` opens is headed: a line at its top (above ITEM_STAMP_TOP)
    in title type against the notice's body type ``body`` (the reissued paper's heading; a
    notice's corrections going on onto the page are in its body type)."""
    page = flat[i][0]
    return any(line.size and line.size >= TITLE_SIZE_RATIO * body
               for p, _, line in flat[i : i + ITEM_STAMP_TOP] if p == page)


def correction_notice_first(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> bool:
    """Whether line ``i`` heads the file's first page as a correction notice: at the top of
    that page, in the largest type on it and in title type, its words naming a correction
    (CORRECTION_NOTICE, CORRECTION_SHEET), over no list of agenda items."""
    page, idx, line = flat[i]
    if not paged or page != flat[0][0] or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    if not _names_correction(line.text):
        return False
    lines = _page_lines(flat, i)
    largest = max(other.size or 0.0 for other in lines)
    if line.size < largest or line.size < TITLE_SIZE_RATIO * _body_size(lines):
        return False
    return sum(1 for other in lines if ITEM_LINE.match(other.text)) < ITEM_LIST_MIN


def after_correction_notice(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` opens the page after the file's opening correction notice: the paper
    the notice reissues starts there (the notice is a page of its own), its kind read from its
    text as the file's front matter's is, when no heading on its page named it first."""
    if idx or walk.last_kind != OTHER or len(walk.starts) != 1 or walk.heading is None:
        return False
    flat = walk.flat
    if flat[i][0] == flat[walk.heading][0] or not _names_correction(flat[walk.heading][2].text):
        return False  # (a form opening the file, "Equality Impact Assessment", runs on)
    if not _titled_top(flat, i, _body_size(_page_lines(flat, walk.heading))):
        return False  # (the notice's corrections run on onto this page)
    walk.begin(i, "", i)
    return True
