"""The page a line stands on and how its type sets it apart: how near its page's top it is,
the type of the page's prose, a heading's type, the masthead above a heading, a letter-spaced
heading's wrapped tail, a bilingual line's other halves. Every reader of a document's start
asks these."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import halves

# (TEXT_RULE is the rule of ruled_mastheads, which asks for it above a heading; its other
# readers ask for it here)
from kcc_papers.segment_starts.ruled_mastheads import TEXT_RULE as TEXT_RULE
from kcc_papers.segment_starts.ruled_mastheads import ruled_masthead_start

# A document heading counts only near the top of a PDF page; text exports lose page breaks.
TOP_OF_PAGE = 12

# In text (no page breaks), a masthead is at most this many short capitalised lines above a
# heading; a longer capitalised line is a heading or body text of its own.
TEXT_MASTHEAD_LINES = 3
TEXT_MASTHEAD_CHARS = 80
# Heading lines are larger than the body text of their page, or bold.
HEADING_SIZE_RATIO = 1.15

# A publisher stamps an item (item_stamps.ITEM_STAMP) within the first lines of its page (above
# the masthead, or a running head above it); a paper's other page-top marks are looked for as
# near.
ITEM_STAMP_TOP = 3

# A line this long is prose (a paragraph's), not a table's cell or a heading.
PROSE_LINE_CHARS = 60


def _body_size(page: list[Line]) -> float:
    """The type of a page's prose: the median size of its long lines (a table's many short
    cells, set smaller, are not its body), or of all its lines where none is long."""
    prose = sorted(line.size for line in page if line.size and len(line.text) >= PROSE_LINE_CHARS)
    sizes = prose or sorted(line.size for line in page if line.size)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _page_lines(flat: list[tuple[int, int, Line]], i: int) -> list[Line]:
    """The lines of line ``i``'s page (a page's lines are together in ``flat``)."""
    page, idx, _ = flat[i]
    end = i
    while end < len(flat) and flat[end][0] == page:
        end += 1
    return [line for _, _, line in flat[i - idx : end]]


# Type sizes this close (points) are one type.
SAME_SIZE_POINTS = 0.2

# A letter-spaced heading's last word wraps onto the next line as any word does ("CLÀR-GNOTHAICH
# / A G E N" over "D A"): a line ending in at least this many letters set one apart, and a
# line below it of letters alone in the same type, are one heading.
# (SPACED_TAIL is matched from the line's end, on the line reversed: searched forward, it is
# tried from every letter of a long letter-spaced stretch that does not reach the end)
SPACED_TAIL = re.compile(r"[ ]*\S(?:[ ]\S){3,}(?!\S)")
SPACED_ONLY = re.compile(r"^[ ]*\S(?:[ ]\S)*[ ]*$")


def _spaced_heading(flat: list[tuple[int, int, Line]], i: int) -> str:
    """Line ``i``'s text, with the rest of its letter-spaced last word joined on where the
    heading wraps."""
    page, _, line = flat[i]
    text = line.text.rstrip()
    # (most lines: their last word is longer than a letter)
    if len(text) < 2 or text[-2] != " " or i + 1 >= len(flat) or not SPACED_TAIL.match(text[::-1]):
        return line.text
    below_page, _, below = flat[i + 1]
    if (below_page != page or below.bold != line.bold or below.size != line.size
            or not SPACED_ONLY.match(below.text)):
        return line.text
    return f"{text} {below.text.strip()}"


def _masthead_start(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                    current: int | None = None) -> int:
    """Where a document whose heading is line ``i`` really starts. In a PDF documents start on
    a new page, so the lines above the heading ("KENT COUNTY COUNCIL", "CABINET") are its
    masthead; in text, up to three short capitalised lines just above it are, or the lines
    under a rule above it that open with a masthead (``ruled_mastheads``), below the heading
    of the ``current`` document, if any."""
    if paged:
        return i - flat[i][1]
    start = i
    while start > 0 and i - start < TEXT_MASTHEAD_LINES:
        above = flat[start - 1][2].text.strip()
        # (a long line is no masthead: it is not split to see whether its name is capitals)
        if not (above and len(above) < TEXT_MASTHEAD_CHARS and re.search("[A-Z]", above)):
            break
        # (the body's name in capitals may be dated in words: "COMMITTEE - 20 April 2026")
        name = MASTHEAD_DATE_SPLIT.split(above, maxsplit=1)[0]
        if name.upper() != name:
            break
        start -= 1
    # (or the masthead, summons and signature under the rule that parts pasted papers)
    ruled = ruled_masthead_start(flat, i, 0 if current is None else current + 1)
    return min(start, ruled) if ruled is not None else start


# Where a masthead line's name ends and its date begins: "COMMITTEE - 20 April 2026". Only
# where the spaces before the dash start (a split there is the split found inside the run):
# tried from every space, the run was read to its end each time (20,000 spaces: 1.6 s).
MASTHEAD_DATE_SPLIT = re.compile(r"(?<!\s)\s+[–—-]\s+(?=(?:\w+day,?\s+)?\d)")


def _other_languages(text: str) -> list[str]:
    """The later halves of a bilingual heading (the first is the line itself): "Cofnodion y
    cyfarfod ... / Minutes of the meeting held on ..."."""
    return halves(text, before_capital=True)[1:]


# A title line is at least this much larger than the median line of its page.
TITLE_SIZE_RATIO = 1.3


def _set_as_heading(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is set as a heading: bold or larger than its page's body (in text,
    which has no type, any line alone may be)."""
    line = flat[i][2]
    if line.size is None:
        return True
    # (its page's lines alone: every page of a long pack walked for each line is quadratic)
    sizes = sorted(other.size for other in _page_lines(flat, i) if other.size)
    return line.bold or line.size >= HEADING_SIZE_RATIO * sizes[len(sizes) // 2]


def _window(flat: list[tuple[int, int, Line]], start: int, count: int) -> list[str]:
    """The texts of ``count`` lines from ``start`` (fewer at the end of the file)."""
    return [line.text for _, _, line in flat[start : start + count]]


# The words no sentence ends on: a line ending on one runs on into the next ("... will be
# included in the" / "Procurement Forward Plan 2028/29; the incumbent may bid.").
_RUNS_ON = re.compile(r"\b(?:the|a|an|of|in|into|to|for|and|or|with|on|by|from|at|its|their)$",
                      re.I)
# A line ending as a sentence does: a small word and its full stop ("... supplier may bid.").
_SENTENCE_END = re.compile(r"\b[a-z][a-z]+\.$")
# How many words a title's first line, run on into its second, may hold ("Notice of").
RUN_ON_TITLE_WORDS = 3


def in_running_text(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is part of a sentence rather than a title: the line before it on its
    page ends on a word no sentence ends on, or the line itself ends as a sentence does. A
    title's words may open such a line, and in plain text, which has no type, nothing else
    tells it from a heading."""
    text = flat[i][2].text.strip()
    if _SENTENCE_END.search(text):
        return True
    before = flat[i - 1][2].text.strip() if flat[i][1] > 0 else ""
    # (the line before a sentence's own: a title's first line ending on "of", "NOTICE OF" /
    # "KEY DECISIONS FORWARD PLAN", "Notice of" / "Key Decisions Forward Plan", runs on into
    # the title, no sentence: it is short, or set in capitals)
    return (_RUNS_ON.search(before) is not None and not before.isupper()
            and len(before.split()) > RUN_ON_TITLE_WORDS)
