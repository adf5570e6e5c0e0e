"""Split the text of minutes into minute items.

Minute headings come in several house styles: "76. Apologies" then "(Item 1)", "Work Programme
2015 115.", "7 Opportunities ... and charges" (no dot, no item ref), parish-style running
numbers with the decision on the same line ("2451. Approval of minutes: Approved."), a number
alone on its line above the title (ModernGov "Agenda and minutes" pages), and unnumbered titles
with "(Item 4)" on the next line. The paragraphs inside a minute are numbered too ("1. Mr
Shipton introduced ..."), and so are lists of public forum statements ("01 Jane Smith"), so a
heading is accepted only as part of the best *run* of consecutively numbered heading-like lines.

Evidence, strongest first: what the layout says (PDF headings are bold or larger than the body
text, and all sit at one indent; a numbered body paragraph is set like the body), an item ref,
a body under the heading, a short title. Sentences never start a heading. That keys on what
minutes say about themselves and how they are set, never on where lines sit on a page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kcc_papers.extract.minutes.candidates import (
    MAX_CAPS_TITLE_WORDS,
    WRAPPED_HEADING_CHARS,
    Candidate,
    in_capitals,
    numbered_candidate,
)
from kcc_papers.extract.minutes.layout import (
    EDGE_TOLERANCE,
    INDENT_TOLERANCE,
    SIZE_STEP,
    Layout,
    heading_layout_of,
    text_size,
)
from kcc_papers.extract.minutes.paragraph_numbered import paragraph_numbered_headings
from kcc_papers.extract.minutes.patterns import (
    EXCLUSION,
    ITEM_REF,
    MAX_TITLE_WORDS,
    MINUTES_LABEL,
    SECTION,
    SENTENCE,
    TRAILER,
    tidy_title,
    wrapped_tail,
)
from kcc_papers.extract.minutes.resolution_marks import resolves
from kcc_papers.extract.minutes.shapes import shaped_candidates
from kcc_papers.extract.minutes.unnumbered import bold_headings, header_items, ref_headings

__all__ = ["ITEM_REF", "Layout", "MinuteBlock", "SplitMinutes", "split_minutes"]

# How far a number may jump between two headings the layout (or an item ref) vouches for: a
# minute published elsewhere, or a clerk's slip.
_MAX_SKIP = 3
# Body lines right below a heading that show its column's right edge (fewer say too little;
# further down, a line may run on into a column beside it)
_EDGE_LINES = 2
# A heading set as one runs over at most this many lines (its title wrapped twice in a narrow
# column); a further line set alike is a heading of its own.
_MAX_HEADING_LINES = 3
# The layout decides which numbered lines are headings once it shows at least this many.
_MIN_LAYOUT_HEADINGS = 2
# Unnumbered items ahead of the numbered ones are looked for only once numbered minutes show
# what the paper's items are.
_MIN_NUMBERED_FOR_HEADER_ITEMS = 2
# The width a numbering style pads its numbers to, written before the style's shape
# ("2dplain/27", "ES|3dplain/26", "26/3dplain").
_PADDED_WIDTH = re.compile(r"(?<!\d)(\d+)d(?=dot|plain|half)")
# A code's number and two figures after it as a style gives them ("LIC/|plain/12": "LIC/27/12"
# read as number 27 of year 12).
_CODE_NUMBER_YEAR = re.compile(r"^(?P<code>[^|]+\|)(?P<shape>dot|plain)/(?P<last>\d{2})$")
# Headings of one code printing the same middle figures, at least this many, the last ones
# running on, print the year first.
_MIN_YEAR_FIRST_RUN = 2
# ... the running number then printed to the figures the style read it in (the pattern's two)
_YEAR_FIRST_FIGURES = 2
# The label a minute's heading prints before its number, at most ("Minute ", "Min. No. ").
_MAX_LABEL_CHARS = 12
# A number the chain skips is lettered for this many parts at least: a number minuted in one
# part would be printed alone.
_MIN_SKIPPED_NUMBER_PARTS = 2
# A line opening with a year, or a financial year: "2027/28 TO 2030/31".
_OPENS_WITH_YEAR = re.compile(r"^(?:19|20)\d{2}(?:/\d{2}(?:\d{2})?)?\b")
# A zero-padded list ("01" ... "09") runs on unpadded from here.
_UNPADDED_FROM = 10
# A section heading ("Exempt items") is a short line; a longer one starting so is a sentence.
_MAX_SECTION_HEADING_CHARS = 60
# The words a title wrapped onto a line of its own holds, at most ("13 August 2026").
WRAPPED_TAIL_WORDS = 5
# A date or a year ("13 August 2026", "2025/26") opening a line is no minute's number.
_DATED_TAIL = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+)?\d{4}(?:/\d{2,4})?$")
# A ref, a heading's layout or a title over a body each outweigh a sentence-like title alone.
_STRONG_CLUE = 3
# "4/26(a) Revenue budget" under minute "4/26": a part of the minute under a heading of its
# own, numbered by the minute's number as printed and a bracketed letter ("12(a)", "Min.
# 45(b)" likewise). What follows the minute's number on the line.
# A heading line ending so was broken before its title ended: a joining word or mark.
_OPEN_END = re.compile(r"(?:\s[-–—&]|[:,]|\b(?:and|of|the|for|to|on|in|with|at|by))\s*$")
_DASH_END = re.compile(r"\s([-–—])\s*$")
# ... a joining word in lower case alone: a text heading ending short on it ("... Junction -
# Petition for a") was broken there by its writer, as a heading ends on no such word.
_JOINING_END = re.compile(r"\s(?:and|of|the|for|to|on|in|with|at|by|from|a|an)$")
# "5.1 Accounts for payment" after a minute's label ("Min. "): a numbered part of an item.
_PARTED = re.compile(r"(?P<number>\d{1,4})\.(?P<part>\d{1,2})\s+(?P<title>[A-Z'‘\"“].*)$")
# ... or the letter glued to the number: "6a Lease of land" under "6 Council property", or a
# capital glued, the minute's number as its heading prints it with the colon or dash after
# ("Minute 65A: EXCLUSION OF THE PRESS AND PUBLIC" under "Minute 65: ...", an item added
# after it).
_SUB_MINUTE = re.compile(
    r"(?:\s?\((?P<letter>[a-z])\)(?:\s+[-–—](?=\s)|[.:])?"
    r"|(?P<glued>[a-z]|[A-Z](?=[.:\s]))(?P<mark>\s+[-–—]|[.:])?)"
    r"\s+(?P<title>[A-Z'‘\"“].*)$")
# ... or its part alone on its line, the title under it: "45(a)", "45 (a)", "45a."
_PART_ALONE = re.compile(
    r"(?:[^\S\n]?\((?P<letter>[a-z])\)|(?P<glued>[a-z]))[.:]?[^\S\n]*$")
# The mark a heading prints after its number, as _SUB_MINUTE reads it: a colon, a stop or a
# dash ("Minute 65 - Home to School Transport").
_NUMBER_MARK = re.compile(r"\s+[-–—](?=\s)|[.:]")
# A minute's number by running number and year ("17/27") ...
_NUMBER_YEAR = re.compile(r"^(\d{1,4})(/\d{2,4})$")
# ... and a part of it with its capital glued before the year ("17A/27 Ferry Timetable").
_INFIX_LETTERED = re.compile(
    r"^(?P<number>\d{1,4})(?P<letter>[A-Z])(?P<year>/\d{2,4})[.:]?[^\S\n]+(?P<title>[A-Z'‘\"“].*)$")
# A line opening with a number's first lettered part over a title ("12(a) MOTION - PAVEMENT
# PARKING", "Minute 12(a) ..."): where the chain skips that number, the skip is the clerk's
# lettering, no heading lost.
_FIRST_PART = re.compile(r"^(?:Min(?:ute)?\.?[^\S\n]?)?(\d{1,4})[^\S\n]?\(a\)[^\S\n]+[A-Z'‘\"“]")


@dataclass(slots=True)
class MinuteBlock:
    number: str | None
    title: str
    item_ref: str | None
    page: int
    body: list[tuple[int, str]] = field(default_factory=list)
    exempt: bool = False


@dataclass(slots=True)
class SplitMinutes:
    header: list[tuple[int, str]]
    items: list[MinuteBlock]
    gaps: list[tuple[int, int]]  # (after, before) where numbers jump
    repeats: list[int] = field(default_factory=list)  # numbers printed on two headings


def split_minutes(
    lines: list[tuple[int, str]], layout: list[Layout | None] | None = None,
    alone: list[bool] | None = None,
) -> SplitMinutes:
    """Header lines (attendance) and the minute items of cleaned minutes text. ``layout`` gives
    each line's font size, weight and indent (PDFs); None where nothing is known. ``alone``:
    which lines end short, the next starting a new paragraph (layout.stood_alone)."""
    texts = [t for _, t in lines]
    layouts: list[Layout | None] = (
        layout if layout is not None and len(layout) == len(lines) else [None] * len(lines)
    )
    ended = alone if alone is not None and len(alone) == len(lines) else [False] * len(lines)
    chain = _choose_items(texts, layouts, ended)
    if not chain:
        return SplitMinutes(lines, [], [])
    numbered = [c for c in chain if c.number is not None]
    parted = _with_sub_minutes(texts, _with_parted_numbers(texts, chain, layouts), layouts)
    filled = {c.number for c in parted} - {c.number for c in chain}
    gaps = [
        (a.number, b.number)
        for a, b in pairwise(numbered)
        if a.number is not None and b.number is not None and b.number > a.number + 1
        and not filled.issuperset(range(a.number + 1, b.number))
    ]
    repeats = [b.number for a, b in pairwise(numbered) if b.number == a.number and b.number]
    items = _blocks(lines, parted)
    header = [(p, t) for p, t in lines[: parted[0].index] if not SECTION.match(t)]
    return SplitMinutes(header, items, gaps, repeats)


def _with_parted_numbers(texts: list[str], chain: list[Candidate],
                         layouts: list[Layout | None]) -> list[Candidate]:
    """The chain with the minutes printed in numbered parts under a heading of their own: a
    minute's own parts ("Item 4" over "Item 4.1", "Item 4.2"), or the parts of a number missing
    from the chain ("Min. 4", then "Min. 5.1" and "Min. 5.2", then "Min. 6": the clerk
    numbered item 5's parts, never item 5 itself). A part's line restates the label the
    chain's heading before it is printed with, its number that heading's or the next missing
    one, its part running 1, 2, ..."""
    body_size = text_size(layouts)
    out: list[Candidate] = []
    for n, c in enumerate(chain):
        out.append(c)
        after = chain[n + 1] if n + 1 < len(chain) else None
        end = after.index if after is not None else len(texts)
        limit = after.number if after is not None else None
        out += _parts_of(texts, c, end, limit, (layouts, body_size))
    return out


def _set_as_part(layouts: list[Layout | None], i: int, heading: Candidate,
                 body_size: float | None) -> bool:
    """Whether line ``i`` is set as the heading of a minute's part: as a heading, at the
    minute's heading's indent (a minute's numbered paragraphs are set like the body)."""
    lay = layouts[i]
    if heading_layout_of(lay, body_size) is not True or lay is None:
        return False
    return (heading.x0 is None or lay.x0 is None
            or abs(heading.x0 - lay.x0) <= INDENT_TOLERANCE)


def _parts_of(texts: list[str], before: Candidate, end: int, limit: int | None,
              set_as: tuple[list[Layout | None], float | None]) -> list[Candidate]:
    printed, text = before.label, texts[before.index]
    if printed is None or before.number is None:
        return []
    figures = str(before.number)
    at = text.find(printed)
    if at < 0 or not printed.endswith(figures):
        return []  # ("24/113", "12/24": a number with its year is printed whole, never in parts)
    # the label and code the heading prints before its figures: "Min. ", "FC "; a plain "4."
    # minute's body numbers its own paragraphs "4.1", "4.2" as a report's would, set like
    # the body: its parts are told by being set as headings, as the minute's own is
    code = printed[: len(printed) - len(figures)]
    prefix = text[:at] + code
    by_layout = not prefix.strip()
    if by_layout and before.heading_layout is not True:
        return []
    found: list[Candidate] = []
    number, part = before.number, 1
    for i in range(before.index + before.title_lines, end):
        line = texts[i]
        if not line.startswith(prefix) or not line[len(prefix):len(prefix) + 1].isdigit():
            continue
        m = _PARTED.match(line, len(prefix))
        if m is None or (by_layout and not _set_as_part(set_as[0], i, before, set_as[1])):
            continue
        if (int(m.group("number")), int(m.group("part"))) not in ((number, part),
                                                                   (number + 1, 1)):
            continue
        title = tidy_title(m.group("title"))
        if SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS:
            continue
        number, part = int(m.group("number")), int(m.group("part"))
        if limit is not None and number >= limit:
            break
        label = f"{code}{number}.{part}".replace("{", "{{").replace("}", "}}")
        found.append(Candidate(i, number, "shape:" + label, title, None, 1))
        part += 1
    return found


def _with_sub_minutes(texts: list[str], chain: list[Candidate],
                      layouts: list[Layout | None]) -> list[Candidate]:
    """The chain with each minute's lettered parts after it: lines in the minute that restate
    its number as printed with "(a)", "(b)", ... (or the letter glued on: "6a", "6b") running
    in order, each over a title. Where the chain skips one number ("43", then "45"), the
    lines between restating the missing number so ("44(a)", "44(b)") are its parts: the
    clerk minuted two applications taken together under one number, never the number alone.
    A part's heading set as one wraps its title as a minute's does."""
    body_size = text_size(layouts)
    out: list[Candidate] = _opening_number_parts(texts, chain[0], layouts, body_size)
    for n, c in enumerate(chain):
        out.append(c)
        if c.label is None or c.number is None:
            continue
        end = chain[n + 1].index if n + 1 < len(chain) else len(texts)
        start = c.index + c.title_lines
        prefix = _label_prefix(texts[c.index], c.label)
        parts = _lettered_parts(texts, c, range(start, end), prefix)
        for part in parts:
            part.heading_layout = heading_layout_of(layouts[part.index], body_size)
        after = chain[n + 1] if n + 1 < len(chain) else None
        # the number after the last minute may be lettered too: the meeting's remaining
        # business minuted in parts under one number ("Minute 104(a)", "Minute 104(b)", ...)
        if after is None or (after.number == c.number + 2 and after.style == c.style):
            span = range(parts[-1].index + 1 if parts else start, end)
            parts += _skipped_number_parts(texts, replace(c, number=c.number + 1), span, prefix,
                                           layouts, body_size)
        _wrapped_titles(parts, texts, layouts, body_size)
        out += parts
    return out


def _opening_number_parts(texts: list[str], first: Candidate, layouts: list[Layout | None],
                          body_size: float | None) -> list[Candidate]:
    """The lettered parts of the number before the chain's first minute, read above it: a
    meeting's opening business minuted in parts under one number, never the number alone
    ("Minute 12(a) Apologies", "Minute 12(b) Declarations of interest", then "Minute 13
    Minutes"). Two at least, in order, restating the first heading's label, each set as that
    heading is (headings set as the body is leave the label to tell them)."""
    if first.label is None or first.number is None or first.number <= 1:
        return []
    prefix = _label_prefix(texts[first.index], first.label)
    opening = replace(first, number=first.number - 1)
    parts = _lettered_parts(texts, opening, range(first.index), prefix)
    set_as = heading_layout_of(layouts[first.index], body_size)
    for part in parts:
        part.heading_layout = heading_layout_of(layouts[part.index], body_size)
    if len(parts) < _MIN_SKIPPED_NUMBER_PARTS or any(p.heading_layout != set_as for p in parts):
        return []
    _wrapped_titles(parts, texts, layouts, body_size)
    return parts


def _skipped_number_parts(texts: list[str], skipped: Candidate, span: range, prefix: str,
                          layouts: list[Layout | None],
                          body_size: float | None) -> list[Candidate]:
    """The lettered parts of the number the chain skips, read in ``span`` (the minute before
    it): at least two, none set as the body is. A lone "44a" opening a line of the body is an
    address's house number ("44a High Street") where minute 44 is not printed (exempt)."""
    parts = _lettered_parts(texts, skipped, span, prefix)
    for part in parts:
        part.heading_layout = heading_layout_of(layouts[part.index], body_size)
    if len(parts) < _MIN_SKIPPED_NUMBER_PARTS or any(p.heading_layout is False for p in parts):
        return []
    return parts


def _label_prefix(heading: str, printed: str) -> str:
    """The label a minute's heading prints before its number ("Minute " in "Minute 12 ..."),
    if any; "" where the number opens the heading or stands too far in to follow a label."""
    at = heading.find(printed)
    return heading[:at] if 0 < at <= _MAX_LABEL_CHARS else ""


def _lettered_parts(texts: list[str], minute: Candidate, span: range,
                    prefix: str) -> list[Candidate]:
    """The lines of ``span`` restating ``minute``'s number as printed with its letters, "(a)",
    "(b)", ... (or glued on: "6a"), in order, each over a title: the minute's parts.
    ``prefix``: the label the minutes' headings print before the number ("Minute ")."""
    printed = minute.label
    if printed is None or minute.number is None:
        return []
    # the number as printed, or with the label the heading prints before it: "Minute 12(a)"
    # under "Minute 12" (as "34(a)" under "Minute 34"); the longer tried first
    labels = [prefix + printed, printed] if prefix else [printed]
    found: list[Candidate] = []
    want = "a"
    for i in span:
        if (infix := _infix_part(texts[i], printed, want)) is not None:
            number, title = infix
            found.append(Candidate(i, minute.number, "shape:" + number, title, None, 1))
            want = chr(ord(want) + 1)
            continue
        label = next((la for la in labels if texts[i].startswith(la)), None)
        if label is not None and (alone := _part_alone(texts, i, len(label), want, span)):
            # the part's number alone on its line, its title under it, as the minute's own
            # number stands over its title (ModernGov's pages: "45(a)" over "Arts Funding")
            lettered, title = alone
            number = f"{printed}{lettered}".replace("{", "{{").replace("}", "}}")
            found.append(Candidate(i, minute.number, "shape:" + number, title, None, 2))
            want = chr(ord(want) + 1)
            continue
        m = _SUB_MINUTE.match(texts[i], len(label)) if label is not None else None
        glued = m.group("glued") if m is not None else None
        if label is None or m is None or want not in (m.group("letter"), glued and glued.lower()):
            continue
        if glued and glued.isupper() and not _restates_heading(texts, minute, prefix + printed,
                                                                label, m):
            continue
        title = tidy_title(m.group("title"))
        if (SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS
                or _run_in_paragraph(m.group("title"))):
            continue
        part = f"({want})" if m.group("letter") else glued  # as printed
        number = f"{printed}{part}".replace("{", "{{").replace("}", "}}")
        found.append(Candidate(i, minute.number, "shape:" + number, title, None, 1))
        want = chr(ord(want) + 1)
    return found


def _part_alone(texts: list[str], i: int, at: int, want: str,
                span: range) -> tuple[str, str] | None:
    """A minute's part lettered ``want`` whose number stands alone on line ``i`` (the
    minute's number as printed ending at ``at``, then "(a)" or "a"), its title the next line
    of ``span``: the part as printed and its title; None where the line or the next is not so."""
    m = _PART_ALONE.match(texts[i], at)
    if m is None or want not in (m.group("letter"), m.group("glued")) or i + 1 not in span:
        return None
    title = tidy_title(texts[i + 1])
    if (not title[:1].isupper() or SENTENCE.match(title) or title.endswith(".")
            or len(title.split()) > MAX_TITLE_WORDS):
        return None
    return (f"({want})" if m.group("letter") else want), title


def _infix_part(text: str, printed: str, want: str) -> tuple[str, str] | None:
    """A part of a minute numbered by running number and year ("17/27"), its capital glued to
    the running number before the year ("17A/27 Ferry Timetable Consultation", a minute
    added after 17/27): the part's number as printed (braces escaped, as a shape's are) and
    its title; None where ``text`` opens with no such part lettered ``want``."""
    minute = _NUMBER_YEAR.match(printed)
    m = _INFIX_LETTERED.match(text)
    if (minute is None or m is None or m.group("letter").lower() != want
            or (m.group("number"), m.group("year")) != (minute.group(1), minute.group(2))):
        return None
    title = tidy_title(m.group("title"))
    if SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
        return None
    number = f"{m.group('number')}{m.group('letter')}{m.group('year')}"
    return number.replace("{", "{{").replace("}", "}}"), title


def _run_in_paragraph(text: str) -> bool:
    """Whether a lettered line is a paragraph of the minute led by a few words and a colon
    ("32(a) Fire risk assessment: the two actions ... have been completed."), not a part's
    heading: what follows the colon ends as a sentence does, on a full stop, or runs on to
    the next line mid-sentence ("... emergency light in the")."""
    lead, colon, rest = text.partition(":")
    rest = rest.rstrip()
    return bool(colon and lead.strip() and rest
                and (rest.endswith(".") or _JOINING_END.search(rest) is not None))


def _restates_heading(texts: list[str], minute: Candidate, heading_label: str, label: str,
                      m: re.Match[str]) -> bool:
    """Whether a number with a capital glued on ("Minute 65A: EXCLUSION ...") is printed as
    ``minute``'s heading is: its label as the heading prints it ("Minute 65"), the same mark
    after it (a colon, a stop, none), over a title that is no sentence. An address opening a
    line of the minute ("65A High Street was ...") is none."""
    heading = texts[minute.index]
    at = heading.find(heading_label)
    if label != heading_label or at < 0:
        return False
    printed = _NUMBER_MARK.match(heading, at + len(heading_label))
    return (_mark(printed.group(0) if printed else None) == _mark(m.group("mark"))
            and not m.group("title").rstrip().endswith("."))


def _mark(mark: str | None) -> str:
    """A number's mark as one character, any dash alike ("", ":", ".", "-")."""
    text = (mark or "").strip()
    return "-" if text in ("–", "—") else text


def _blocks(lines: list[tuple[int, str]], chain: list[Candidate]) -> list[MinuteBlock]:
    items: list[MinuteBlock] = []
    exempt = False
    for n, c in enumerate(chain):
        end = chain[n + 1].index if n + 1 < len(chain) else len(lines)
        if EXCLUSION.search(c.title):
            exempt = True
        page = lines[c.index][0]
        block = MinuteBlock(c.label, c.title, c.ref, page, [], exempt)
        if c.inline_body:
            block.body.append((page, c.inline_body))
        for page, text in lines[c.index + c.title_lines : end]:
            section = SECTION.match(text)
            if section and len(text) < _MAX_SECTION_HEADING_CHARS:
                # A section heading applies to the minutes after it.
                exempt = bool(section.group("closed"))
                continue
            if (n + 1 == len(chain) and TRAILER.match(text)
                    and not (block.body and wrapped_tail(block.body[-1][1], text))):
                break
            if not block.body and MINUTES_LABEL.match(text):
                continue
            block.body.append((page, text))
        items.append(block)
    return items


def _choose_items(texts: list[str], layouts: list[Layout | None],
                  alone: list[bool]) -> list[Candidate]:
    """The numbered chain, or the unnumbered "(Item N)" headings when the paper's items are
    marked that way (then its numbered lines are paragraphs inside the items)."""
    body_size = text_size(layouts)
    candidates = []
    for i in range(len(texts)):
        line_layout = layouts[i]
        set_as = heading_layout_of(line_layout, body_size)
        wraps = set_as is True and _set_alike(layouts, i, body_size)
        fills = wraps and _wraps_on(texts, layouts, i, body_size)
        if c := numbered_candidate(texts, i, set_as, stands_alone=alone[i], wraps_as_heading=wraps,
                                   fills_line=fills):
            c.heading_layout, c.x0 = set_as, line_layout.x0 if line_layout else None
            candidates.append(c)
    _wrapped_titles(candidates, texts, layouts, body_size)
    # (a heading left on its colon, its line under it no part of its title, is a label)
    candidates = [c for c in candidates if not (c.open_colon and c.title_lines == 1)]
    _wrapped_plain_titles(candidates, texts, alone)
    _join_padded_runs(candidates)
    _year_first_runs(candidates)
    candidates = _drop_lists(candidates)
    starts = {c.index for c in candidates}
    for c in candidates:
        nxt = c.index + c.title_lines
        c.has_body = bool(c.inline_body) or (
            nxt < len(texts) and nxt not in starts and not SECTION.match(texts[nxt])
        )
    chain = _fill_gaps(_best_chain(_by_layout(candidates), _first_parts(texts)), candidates)
    unnumbered = ref_headings(texts, layouts, body_size)
    if len(unnumbered) >= 2 and sum(1 for c in chain if c.ref) * 2 < len(unnumbered):
        return unnumbered
    if len(chain) < _MIN_NUMBERED_FOR_HEADER_ITEMS:
        # No known numbering (one stray numbered line is none): headings numbered by their
        # paragraphs ("1.1", "2.1"), the document's own shape of number, else bold headings.
        if by_paragraphs := paragraph_numbered_headings(texts, layouts, body_size):
            return by_paragraphs
        shaped = shaped_candidates(texts)
        if len(shaped) > len(chain):
            # a shaped heading set in bold wraps its title as a known style's does
            for c in shaped:
                c.heading_layout = heading_layout_of(layouts[c.index], body_size)
            _wrapped_titles(shaped, texts, layouts, body_size)
            return shaped
    if not chain:
        return bold_headings(texts, layouts, body_size)
    if len(chain) >= _MIN_NUMBERED_FOR_HEADER_ITEMS:
        return header_items(texts, layouts, body_size, chain[0].index) + chain
    return chain


def _wrapped_titles(candidates: list[Candidate], texts: list[str], layouts: list[Layout | None],
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
            if not _wraps_on(texts, layouts, last, body_size):
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
            if (resolves(tail) or SECTION.match(tail) or _next_heading(c, texts, last + 1)
                    or _restates_number(c, texts, last + 1)
                    or _word_count(f"{c.title} {tail}") > words):
                break
            # (a dash the line ended on parts the title's words still: tidying the line took it)
            dash = _DASH_END.search(texts[last])
            joined = f"{c.title} {dash.group(1)} {tail}" if dash else f"{c.title} {tail}"
            c.title, c.title_lines = tidy_title(joined), c.title_lines + 1


def _restates_number(c: Candidate, texts: list[str], i: int) -> bool:
    """Whether line ``i`` restates heading ``c``'s number with a letter, its label too
    ("Minute 15(a) Priority schemes" under "Minute 15 Capital programme ... 2028/29"): the
    heading of the minute's first part, never its title wrapped."""
    if c.label is None:
        return False
    prefix = _label_prefix(texts[c.index], c.label)
    return any(texts[i].startswith(label) and _SUB_MINUTE.match(texts[i], len(label))
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


def _wraps_on(texts: list[str], layouts: list[Layout | None], i: int,
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


def _wrapped_plain_titles(candidates: list[Candidate], texts: list[str],
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
                or (alone[c.index] and not _JOINING_END.search(texts[c.index].rstrip()))):
            continue
        tail = texts[nxt].strip()
        if (_word_count(tail) > WRAPPED_TAIL_WORDS or resolves(tail) or SECTION.match(tail)
                or SENTENCE.match(tail) or tail.endswith((".", ";", ","))
                or (numbered_candidate(texts, nxt, None) and not _DATED_TAIL.match(tail))
                or _word_count(f"{c.title} {tail}") > MAX_TITLE_WORDS):
            continue
        c.title, c.title_lines = tidy_title(f"{c.title} {tail}"), 2


def _set_alike(layouts: list[Layout | None], i: int, body_size: float | None) -> bool:
    """Whether the line after line ``i`` is set as a heading in line ``i``'s size."""
    here, there = layouts[i], layouts[i + 1] if i + 1 < len(layouts) else None
    return (here is not None and there is not None
            and heading_layout_of(there, body_size) is True
            and abs((here.size or 0) - (there.size or 0)) < SIZE_STEP)


def _word_count(title: str) -> int:
    """The words of a title: the dash parting "LICENCE - THE ANCHOR INN" is none."""
    return sum(1 for w in title.split() if any(ch.isalnum() for ch in w))


def _by_layout(candidates: list[Candidate]) -> list[Candidate]:
    """Where the layout shows headings, a numbered line set like the body is a paragraph."""
    if sum(1 for c in candidates if c.heading_layout) < _MIN_LAYOUT_HEADINGS:
        return candidates
    return [c for c in candidates if c.heading_layout is not False or c.ref]


def _join_padded_runs(candidates: list[Candidate]) -> None:
    """A sequence printed to two figures ("01/27" ... "09/27") goes on as any number does
    from "10/27": the padding no longer shows, and the number is in that sequence, its style
    the padded one's."""
    padded = {c.style: width for c in candidates if (width := _padded_width(c.style))}
    if not padded:
        return
    unpadded = {_PADDED_WIDTH.sub("", style, count=1): style for style in padded}
    for c in candidates:
        style = unpadded.get(c.style)
        if style and c.number is not None and len(str(c.number)) >= padded[style]:
            c.style = style


def _year_first_runs(candidates: list[Candidate]) -> None:
    """A committee's code, two figures and two more ("LIC/27/12", "LIC/27/13") read as the
    number then its year ("ASC/15/25") unless the sequence shows otherwise: where headings of
    one code print the same middle figures while the last ones run on, the middle is the year
    and the last the running number (the year printed first, as "FC/26/031" prints it)."""
    runs: dict[tuple[str, int], list[tuple[Candidate, re.Match[str]]]] = {}
    for c in candidates:
        m = _CODE_NUMBER_YEAR.match(c.style)
        if m and c.number is not None:
            runs.setdefault((m.group("code"), c.number), []).append((c, m))
    styles = {c.style for c in candidates}
    for (code, year), run in runs.items():
        lasts = [int(m.group("last")) for _, m in run]
        if lasts != sorted(lasts):
            continue
        for c, m in run:
            # "JSC/27/5" ... "JSC/27/9" before them print the year first and the running
            # number unpadded (a year is never one figure): the run goes on in their style
            unpadded = f"{code}{year:02d}/{m.group('shape')}"
            if unpadded in styles:
                c.number, c.style = int(m.group("last")), unpadded
            elif len(set(lasts)) >= _MIN_YEAR_FIRST_RUN:
                # (the running number printed to two figures, as the year is: "OSC/26/04")
                c.number = int(m.group("last"))
                c.style = f"{code}{year:02d}/{_YEAR_FIRST_FIGURES}d{m.group('shape')}"


def _padded_width(style: str) -> int:
    """The figures a style prints its number to ("2dplain/27": 2), else 0."""
    m = _PADDED_WIDTH.search(style)
    return int(m.group(1)) if m else 0


def _drop_lists(candidates: list[Candidate]) -> list[Candidate]:
    """A zero-padded run ("01 Jane Smith", "02 ...", then "10 ...") is a list of statements
    or questions inside a minute, never minute headings: drop the run and its continuation."""
    out: list[Candidate] = []
    run_next: int | None = None  # the number the current padded run expects next
    for c in candidates:
        if c.style == "padded":
            run_next = (c.number or 0) + 1
            continue
        number = c.number or 0
        # "01" ... "09" are padded; the run goes on unpadded from "10".
        in_run = run_next is not None and run_next <= number <= run_next + _MAX_SKIP
        if in_run and number >= _UNPADDED_FROM and c.heading_layout is not True:
            run_next = number + 1
            continue
        run_next = None
        out.append(c)
    return out


def _weight(c: Candidate) -> int:
    # A body under a sentence-like "title" is just a numbered paragraph running on.
    title = (1 + (_STRONG_CLUE if c.has_body else 0)) if c.titleish else 0
    ref = _STRONG_CLUE if c.ref else 0
    return 1 + ref + (_STRONG_CLUE if c.heading_layout else 0) + title


def _first_parts(texts: list[str]) -> dict[int, list[int]]:
    """The lines opening with a number's first lettered part ("12(a) ..."), by number."""
    found: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        if m := _FIRST_PART.match(text):
            found.setdefault(int(m.group(1)), []).append(i)
    return found


def _links(a: Candidate, b: Candidate, lettered: dict[int, list[int]] | None = None) -> bool:
    """Whether heading ``b`` can follow heading ``a`` in one numbering sequence.
    ``lettered``: the lines printing a number's first lettered part, by number (_first_parts):
    the number skipped between ``a`` and ``b`` printed so between them vouches for the skip."""
    if a.number is None or b.number is None:
        return False
    both_set = a.heading_layout is True and b.heading_layout is True
    # Without layout, two "Title: its text" parish headings vouch for each other.
    both_titled = a.colon_title and b.colon_title
    # "2462 Correspondence" among "2461. ..." headings: a dropped dot, when the layout agrees.
    slip = (both_set or both_titled) and {a.style, b.style} == {"dot", "plain"}
    if a.style != b.style and not slip:
        return False
    if a.x0 is not None and b.x0 is not None and abs(a.x0 - b.x0) > INDENT_TOLERANCE:
        return False
    step = b.number - a.number
    if step == 1:
        return True
    # A skipped or repeated number is believed only between headings something vouches for.
    both_ref = bool(a.ref and b.ref)
    if step == 2 and any(a.index < i < b.index for i in (lettered or {}).get(a.number + 1, [])):
        return True
    if 1 < step <= _MAX_SKIP:
        return both_ref or both_set or both_titled
    return step == 0 and (both_set or both_titled)


def _fill_gaps(chain: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A heading the chain skipped because it is set like the body (a clerk forgot the bold)
    is taken back when its number is exactly the one missing between its neighbours, at
    their indent, with a title-like heading."""
    if len(chain) < 2:
        return chain
    out = [chain[0]]
    for a, b in pairwise(chain):
        if a.number is not None and b.number is not None and b.number == a.number + 2:
            fit = [
                c
                for c in candidates
                if a.index < c.index < b.index
                and c.number == a.number + 1
                and c.titleish
                and c.style in (a.style, b.style)
                and (c.x0 is None or a.x0 is None or abs(c.x0 - a.x0) <= INDENT_TOLERANCE)
            ]
            if len(fit) == 1:
                out.append(fit[0])
        out.append(b)
    return out


def _best_chain(candidates: list[Candidate],
                lettered: dict[int, list[int]] | None = None) -> list[Candidate]:
    """Highest-weight run of consecutively numbered candidates of one style, in order
    (``lettered``: see _links)."""
    best: list[int] = []
    back: list[int | None] = []
    ends: dict[tuple[str, int], list[int]] = {}  # (style, number) -> candidates ending there
    for n, c in enumerate(candidates):
        score, prev = _weight(c), None
        if c.number is None or c.style == "padded":
            best.append(-1)
            back.append(None)
            continue
        styles = {c.style, "dot", "plain"} if c.style in ("dot", "plain") else {c.style}
        keys = [(style, c.number - k) for style in sorted(styles) for k in range(_MAX_SKIP + 1)]
        for key in keys:
            for j in ends.get(key, []):
                if _links(candidates[j], c, lettered) and best[j] + _weight(c) > score:
                    score, prev = best[j] + _weight(c), j
        best.append(score)
        back.append(prev)
        ends.setdefault((c.style, c.number), []).append(n)
    if not best or max(best) < 0:
        return []
    at: int | None = max(range(len(best)), key=lambda k: (best[k], -k))
    chain = []
    while at is not None:
        chain.append(candidates[at])
        at = back[at]
    return chain[::-1]
