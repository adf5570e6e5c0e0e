"""A minute heading's title wrapped over more than one line: set as a heading and run on to
the next line set alike (a bold title filling its column), or set like the body and ended on
a short line standing alone ("... Minutes of Meeting held on" over "13 August 2026"). What
stops a title running on: a resolution, a section, a numbered heading of its own, a title
grown past a title's words."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.candidates import (
    MAX_CAPS_TITLE_WORDS,
    WRAPPED_HEADING_CHARS,
    Candidate,
    numbered_candidate,
)
from kcc_papers.extract.minutes.layout import (
    EDGE_TOLERANCE,
    SIZE_STEP,
    Layout,
    heading_layout_of,
)
from kcc_papers.extract.minutes.patterns import (
    JOINING_END,
    MAX_TITLE_WORDS,
    SECTION,
    SENTENCE,
    SUB_MINUTE,
    label_prefix,
    tidy_title,
)
from kcc_papers.extract.minutes.resolution_marks import resolves
from kcc_papers.extract.minutes.title_splits import in_capitals

# Body lines right below a heading that show its column's right edge (fewer say too little;
# further down, a line may run on into a column beside it)
_EDGE_LINES = 2
# A heading set as one runs over at most this many lines (its title wrapped twice in a narrow
# column); a further line set alike is a heading of its own.
_MAX_HEADING_LINES = 3
# A line opening with a year, or a financial year: "2027/28 TO 2030/31".
_OPENS_WITH_YEAR = re.compile(r"^(?:19|20)\d{2}(?:/\d{2}(?:\d{2})?)?\b")
# The words a title wrapped onto a line of its own holds, at most ("13 August 2026").
WRAPPED_TAIL_WORDS = 5
# A date or a year ("13 August 2026", "2025/26") opening a line is no minute's number.
_DATED_TAIL = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+)?\d{4}(?:/\d{2,4})?$")
# A heading line ending so was broken before its title ended: a joining word or mark.
_OPEN_END = re.compile(r"(?:\s[-–—&]|[:,]|\b(?:and|of|the|for|to|on|in|with|at|by))\s*$")
_DASH_END = re.compile(r"\s([-–—])\s*$")
# A decision's label word alone on its line, with nothing after it: "Outcome", "Decision".
_BARE_LABEL_WORD = re.compile(r"^\s*(?:Decisions?|Outcomes?|Resolutions?|Determinations?)\s*$")


def wrapped_titles(candidates: list[Candidate], texts: list[str], layouts: list[Layout | None],
                    body_size: float | None) -> None:
    """A heading that fills its line and runs on to a next line set like it (bold, the same
    size) has its title wrapped: "3 APPLICATION FOR PREMISES LICENCE - THE HARBOUR BAR, 2
    SHORE" over "STREET, PORTMORE"; in a narrow column it may wrap twice ("OSMB 26/24 Review
    of Home to School Transport:" over "Final Report of the Task and Finish" over "Group").
    A next line that resolves ("Decision", "RESOLVED") or is itself a numbered heading is not
    the title's."""
    for c in candidates:
        if c.heading_layout is not True or c.title_lines != 1 or c.ref or c.inline_body:
            continue
        runs_long = False
        while c.title_lines < _MAX_HEADING_LINES:
            last = c.index + c.title_lines - 1
            if not wraps_on(texts, layouts, last, body_size):
                break
            tail = texts[last + 1].strip()
            # a title in capitals that goes on in capitals may run long ("MEMBERS'
            # DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF" over "ITEMS ON THE
            # AGENDA") ... and so may one broken after a word or mark no title ends with ("...
            # a premises licence -" over "Harbour Fish Bar, 21 Fenside Road, Sandringford")
            # ... and so may one the layout broke: it reaches the body text's right edge, the
            # next word not fitting there ("Application to register land at Mill Lane, Upton
            # as a new" over "Town or Village Green")
            runs_long = runs_long or (in_capitals(c.title) and in_capitals(tail)) or bool(
                _OPEN_END.search(texts[last])) or _fills_its_text(texts, layouts, last, body_size)
            words = MAX_CAPS_TITLE_WORDS if runs_long else MAX_TITLE_WORDS
            if ((resolves(tail) and not _wrapped_word(texts, layouts, last, body_size))
                    or SECTION.match(tail) or _next_heading(c, texts, last + 1)
                    or _restates_number(c, texts, last + 1)
                    or word_count(f"{c.title} {tail}") > words):
                break
            # (a dash the line ended on parts the title's words still: tidying the line took it)
            dash = _DASH_END.search(texts[last])
            joined = f"{c.title} {dash.group(1)} {tail}" if dash else f"{c.title} {tail}"
            c.title, c.title_lines = tidy_title(joined), c.title_lines + 1


def _wrapped_word(texts: list[str], layouts: list[Layout | None], i: int,
                  body_size: float | None) -> bool:
    """Whether the line under heading line ``i`` is a decision's label word alone
    ("Outcome", "Decision") that the layout wrapped there from a heading filling its line:
    "FA/28/44 Community Risk Management Plan 2029-2033: Consultation" over "Outcome", both set
    as the heading (``wraps_on``). The title's last word, not the label over the resolution
    (which is not pushed down by a full line). A house style whose label is set in its
    headings' type prints it alone under other headings too: a word the paper prints alone on
    no other line is no label of its."""
    word = texts[i + 1].strip()
    return bool(_BARE_LABEL_WORD.match(word)) and _fills_its_text(
        texts, layouts, i, body_size) and not any(
        n != i + 1 and text.strip() == word for n, text in enumerate(texts))


def _restates_number(c: Candidate, texts: list[str], i: int) -> bool:
    """Whether line ``i`` restates heading ``c``'s number with a letter, its label too
    ("Minute 15(a) Priority schemes" under "Minute 15 Capital programme ... 2028/29"): the
    heading of the minute's first part, never its title wrapped."""
    if c.label is None:
        return False
    prefix = label_prefix(texts[c.index], c.label)
    return any(texts[i].startswith(label) and SUB_MINUTE.match(texts[i], len(label))
               for label in dict.fromkeys((prefix + c.label, c.label)))


def _next_heading(c: Candidate, texts: list[str], i: int) -> bool:
    """Whether line ``i``, under heading ``c``'s line, is a numbered heading of its own. A
    line opening with a year ("2027/28 TO 2030/31" under "121. REVENUE BUDGET 2027/28 AND
    MEDIUM TERM FINANCIAL STRATEGY") reads as a town council's "2025/71 Apologies", but is
    a heading only in the numbering the heading above is in: else the title wrapped there.
    So is a line opening with a bare figure (no stop, no code) under a heading numbered in
    another style, the figure not the number after the heading's: "1 MONITORING" under "37.
    REVENUE BUDGET 2027/28 - QUARTER" (a narrow column wrapped the title before its figure)."""
    nxt = numbered_candidate(texts, i, True)
    if nxt is None or nxt.style == c.style:
        return nxt is not None
    if _OPENS_WITH_YEAR.match(texts[i]):
        return False
    follows = c.number is not None and nxt.number == c.number + 1
    return nxt.style != "plain" or follows


def wraps_on(texts: list[str], layouts: list[Layout | None], i: int,
              body_size: float | None) -> bool:
    """Whether heading line ``i`` fills its line (or its column) and the next line is set
    as it is: the heading's title may go on there."""
    if i + 1 >= len(texts):
        return False
    here, there = layouts[i], layouts[i + 1]
    # a heading in a narrow column fills it in fewer characters
    if (len(texts[i]) < WRAPPED_HEADING_CHARS * (here.share if here else 1.0)
            and not _fills_its_text(texts, layouts, i, body_size)):
        return False
    return not (there is None or here is None or heading_layout_of(there, body_size) is not True
                or abs((here.size or 0) - (there.size or 0)) >= SIZE_STEP)


def _fills_its_text(texts: list[str], layouts: list[Layout | None], i: int,
                    body_size: float | None) -> bool:
    """Whether heading line ``i`` ends where the next line's first word would not have fitted
    within the right edge of the body text just below the title: the heading was wrapped, not
    ended. A column the page model read as its own block (an "Action" column beside the
    minutes) is judged by its own text's width, which no count of characters knows."""
    here, there = layouts[i], layouts[i + 1]
    words = texts[i + 1].split()
    if here is None or there is None or here.x1 is None or here.x0 is None or not words:
        return False
    # the body starts under the heading's last line (a title wrapped twice sets its third
    # line as a heading too)
    start = i + 2
    while (start < min(len(layouts), i + 1 + _MAX_HEADING_LINES)
           and heading_layout_of(layouts[start], body_size) is True):
        start += 1
    below = [lay.x1 for lay in layouts[start:start + _EDGE_LINES]
             if lay is not None and lay.x1 is not None
             and heading_layout_of(lay, body_size) is False]
    if len(below) < _EDGE_LINES:
        return False
    char = (here.x1 - here.x0) / max(len(texts[i].strip()), 1)
    return here.x1 + char * (len(words[0]) + 1) > max(below) + EDGE_TOLERANCE


def wrapped_plain_titles(candidates: list[Candidate], texts: list[str],
                          alone: list[bool]) -> None:
    """A heading set like the body that fills its line (or its column) and ends its title on
    a short line standing alone: "EO 114/26 Minutes of Meeting held on" over "13 August 2026"
    over the minute's text. A next line that resolves, starts a section or is numbered is
    not the title's. A heading ending short on a joining word ("... Junction - Petition for
    a" over "Pedestrian Crossing") was broken there by its writer: the same."""
    for c in candidates:
        nxt = c.index + 1
        if (c.heading_layout is True or c.title_lines != 1 or c.ref or c.inline_body
                or nxt >= len(texts) or not alone[nxt]
                or (alone[c.index] and not JOINING_END.search(texts[c.index].rstrip()))):
            continue
        tail = texts[nxt].strip()
        if (word_count(tail) > WRAPPED_TAIL_WORDS or resolves(tail) or SECTION.match(tail)
                or SENTENCE.match(tail) or tail.endswith((".", ";", ","))
                or (numbered_candidate(texts, nxt, None) and not _DATED_TAIL.match(tail))
                or word_count(f"{c.title} {tail}") > MAX_TITLE_WORDS):
            continue
        c.title, c.title_lines = tidy_title(f"{c.title} {tail}"), 2


def set_alike(layouts: list[Layout | None], i: int, body_size: float | None) -> bool:
    """Whether the line after line ``i`` is set as a heading in line ``i``'s size."""
    here, there = layouts[i], layouts[i + 1] if i + 1 < len(layouts) else None
    return (here is not None and there is not None
            and heading_layout_of(there, body_size) is True
            and abs((here.size or 0) - (there.size or 0)) < SIZE_STEP)


def word_count(title: str) -> int:
    """The words of a title: the dash parting "LICENCE - THE ANCHOR INN" is none."""
    return sum(1 for w in title.split() if any(ch.isalnum() for ch in w))
