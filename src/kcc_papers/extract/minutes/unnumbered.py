"""Minute items without a number: titles with "(Item 4)" under them or at their end (Kent
panels), an item ahead of the numbered ones that the layout shows as a heading and that
resolves something ("Election of Chair"), and minutes whose every item is an unnumbered bold
heading (a London borough's scrutiny minutes)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.candidates import Candidate
from kcc_papers.extract.minutes.layout import Layout, heading_layout_of
from kcc_papers.extract.minutes.patterns import (
    LABEL_LINE,
    MAX_TITLE_WORDS,
    NUM_FIRST,
    REF_AT_END,
    REF_LINE,
    SECTION,
    SENTENCE,
    tidy_ref,
    tidy_title,
)
from kcc_papers.extract.minutes.resolution_marks import resolves
from kcc_papers.extract.minutes.title_splits import title_cased

# The document's own heading ("MINUTES of a meeting of the Panel held ..."), not an item
# titled "Minutes of the meeting held on 23 July 2024".
_MINUTES_OF = re.compile(
    r"^\s*MINUTES\s+of\s+(?:a\s+(?:\w+\s+)?meeting\b|the\s+(?:\w+\s+)?meeting\s+of\b)", re.I
)
_MAX_TITLE_LINES = 3
# Unnumbered bold headings make the items of minutes only when there are this many of them
# and something under them is resolved: fewer may be a masthead's or a table's bold lines.
_MIN_BOLD_ITEMS = 3
_MAX_TITLE_CHARS = 100
# A heading on the members' business opens with the word a sentence about them opens with
# ("Member Questions", "Members' Allowances"; "Members asked ..."): set as a title, every word
# capitalised, it is one. The attendance's label is none ("Members Present").
_MEMBERS_TITLE = re.compile(r"^Members?(?:['’]s?)?\s+(?!(?i:present|attending|absent|in\b))")


def ref_headings(
    texts: list[str], layouts: list[Layout | None], body_size: float | None
) -> list[Candidate]:
    """Unnumbered minute headings: the title lines just above a line that is only "(Item 4)",
    or a title ending in its ref. Titles the layout does not set apart (not bold, not larger)
    are read by their words instead."""
    found = _ref_headings(texts, layouts, body_size)
    refs = sum(1 for t in texts if REF_LINE.match(t))
    if body_size is not None and len(found) * 2 < refs:
        return _ref_headings(texts, [None] * len(texts), None)
    return found


def _ref_headings(
    texts: list[str], layouts: list[Layout | None], body_size: float | None
) -> list[Candidate]:
    out: list[Candidate] = []
    last_end = 0
    for i, text in enumerate(texts):
        ref = REF_LINE.match(text)
        if not ref:
            if c := _titled_ref(text, i, heading_layout_of(layouts[i], body_size)):
                out.append(c)
                last_end = i + 1
            continue
        start = i
        while (
            start > last_end
            and i - start < _MAX_TITLE_LINES
            and _title_line(texts[start - 1], heading_layout_of(layouts[start - 1], body_size))
        ):
            start -= 1
        if start == i:
            continue
        title = tidy_title(" ".join(texts[start:i]))
        if not title[:1].isupper() and not title[:1].isdigit():
            continue
        c = Candidate(start, None, "ref", title, tidy_ref(ref.group(1)), i - start + 1)
        c.heading_layout = heading_layout_of(layouts[start], body_size)
        out.append(c)
        last_end = i + 1
    return out


def _titled_ref(text: str, i: int, heading_layout: bool | None) -> Candidate | None:
    """ "Apologies and Substitutes (Item 2)": an unnumbered title with its ref on one line."""
    m = REF_AT_END.match(text)
    if not m or heading_layout is False:
        return None
    title = m.group("title").strip(" -–")
    words = len(title.split())
    if not title[:1].isupper() or SENTENCE.match(title) or words > MAX_TITLE_WORDS:
        return None
    if title.endswith((".", ";", ",", ":")) or NUM_FIRST.match(title):
        return None
    c = Candidate(i, None, "ref", tidy_title(title), tidy_ref(m.group(2)), 1)
    c.heading_layout = heading_layout
    return c


def _title_line(text: str, heading_layout: bool | None) -> bool:
    """Whether a line above an "(Item N)" line can be part of the item's title."""
    if SECTION.match(text) or LABEL_LINE.match(text) or _MINUTES_OF.match(text):
        return False  # "UNRESTRICTED ITEMS" above the first title, "PRESENT: ...", the heading
    if heading_layout is not None:
        return heading_layout
    return (
        len(text) <= _MAX_TITLE_CHARS
        and not text.rstrip().endswith((".", ";", ",", ":"))
        and not REF_LINE.match(text)
        and not SENTENCE.match(text)
    )


def header_items(
    texts: list[str], layouts: list[Layout | None], body_size: float | None, first: int
) -> list[Candidate]:
    """Unnumbered items before the first numbered minute ("Election of Chair", set in bold,
    with its own "RESOLVED that ..."): a heading the layout shows, after the attendance lists,
    whose text resolves something. Without layout nothing marks them, and none are taken."""
    labels = [i for i in range(first) if LABEL_LINE.match(texts[i])]
    start = labels[-1] + 1 if labels else 0
    heads = [
        i
        for i in range(start, first)
        if heading_layout_of(layouts[i], body_size)
        and _header_title(texts[i])
    ]
    out = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else first
        if any(resolves(t) for t in texts[i + 1 : end]):
            c = Candidate(i, None, "ref", tidy_title(texts[i]), None, 1, heading_layout=True)
            out.append(c)
    return out


def _header_title(text: str) -> bool:
    return (
        text[:1].isupper()
        and len(text.split()) <= MAX_TITLE_WORDS
        and not text.rstrip().endswith((".", ";", ",", ":"))
        and not SECTION.match(text)
        and not LABEL_LINE.match(text)
        and not REF_LINE.match(text)
        and not (SENTENCE.match(text)
                 and not (_MEMBERS_TITLE.match(text) and title_cased(text.strip())))
    )


def bold_headings(
    texts: list[str], layouts: list[Layout | None], body_size: float | None
) -> list[Candidate]:
    """Minutes that number nothing: each heading the layout sets apart after the attendance
    lists ("Present: ...", "Officers: ...") is an item; without layout (a text file), each
    heading set in capitals ("APOLOGIES FOR ABSENCE")."""
    first_resolved = next((i for i, t in enumerate(texts) if resolves(t)), None)
    if first_resolved is None:
        return []  # formal minutes resolve something; a paper that does not is no minutes
    labels = [i for i in range(first_resolved) if LABEL_LINE.match(texts[i])]
    start = labels[-1] + 1 if labels else 0
    if body_size is None:
        heads = [i for i in range(start, len(texts))
                 if _capitals(texts[i]) and _header_title(texts[i])]
        if len(heads) < _MIN_BOLD_ITEMS:
            heads = [i for i in range(start, len(texts) - 1) if _stands_alone(texts, i)]
    else:
        heads = [i for i in range(start, len(texts))
                 if heading_layout_of(layouts[i], body_size) and _header_title(texts[i])]
    if len(heads) < _MIN_BOLD_ITEMS:
        return []
    return [Candidate(i, None, "ref", tidy_title(texts[i]), None, 1, heading_layout=True)
            for i in heads]


_MIN_CAPITALS = 3
# A heading in a text file is a short line; a paragraph's lines wrap at much greater widths.
_MAX_TEXT_HEADING_CHARS = 60


def _stands_alone(texts: list[str], i: int) -> bool:
    """A text file's heading without capitals: a short title line between paragraphs, the
    line above it not a paragraph running on (it ends a sentence, or is short), the line
    below it a paragraph's text (a sentence, or a line wrapped at paragraph width)."""
    text, above, below = texts[i].strip(), texts[i - 1].strip() if i else "", texts[i + 1]
    if len(text) > _MAX_TEXT_HEADING_CHARS or not _header_title(text):
        return False
    above_ends = not above or above.endswith((".", "!", "?", ":", ")"))
    below = below.strip()
    body_below = below[:1].isupper() and (below.endswith(".") or
                                          len(below) > _MAX_TEXT_HEADING_CHARS)
    return (above_ends or len(above) <= _MAX_TEXT_HEADING_CHARS) and body_below


def _capitals(text: str) -> bool:
    """A line set wholly in capitals, as a text file marks its headings."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_CAPITALS and all(c.isupper() for c in letters)
