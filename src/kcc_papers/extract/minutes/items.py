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
from dataclasses import dataclass, field
from itertools import pairwise

from kcc_papers.extract.minutes.candidates import (
    Candidate,
    numbered_candidate,
)
from kcc_papers.extract.minutes.capital_headings import capital_year_headings
from kcc_papers.extract.minutes.decision_labels import heads_decision
from kcc_papers.extract.minutes.layout import (
    INDENT_TOLERANCE,
    Layout,
    heading_layout_of,
    larger_over_body,
    text_size,
)
from kcc_papers.extract.minutes.minute_parts import with_parted_numbers, with_sub_minutes
from kcc_papers.extract.minutes.number_styles import join_padded_runs, year_first_runs
from kcc_papers.extract.minutes.paragraph_numbered import paragraph_numbered_headings
from kcc_papers.extract.minutes.patterns import (
    EXCLUSION,
    ITEM_REF,
    MINUTES_LABEL,
    SECTION,
    TRAILER,
    wrapped_tail,
)
from kcc_papers.extract.minutes.run_in_leads import heading_from_lead
from kcc_papers.extract.minutes.shapes import shaped_candidates
from kcc_papers.extract.minutes.unnumbered import bold_headings, header_items, ref_headings
from kcc_papers.extract.minutes.wrapped_titles import (
    set_alike,
    wrapped_plain_titles,
    wrapped_titles,
    wraps_on,
)

__all__ = ["ITEM_REF", "Layout", "MinuteBlock", "SplitMinutes", "split_minutes"]

# How far a number may jump between two headings the layout (or an item ref) vouches for: a
# minute published elsewhere, or a clerk's slip.
_MAX_SKIP = 3
# The layout decides which numbered lines are headings once it shows at least this many.
_MIN_LAYOUT_HEADINGS = 2
# Unnumbered items ahead of the numbered ones are looked for only once numbered minutes show
# what the paper's items are.
_MIN_NUMBERED_FOR_HEADER_ITEMS = 2
# A line whose sentence goes on over the line below: it ends in a lower-case word or a comma.
_RUNS_ON_LINE = re.compile(r"[a-z,]$")
# A zero-padded list ("01" ... "09") runs on unpadded from here.
_UNPADDED_FROM = 10
# A section heading ("Exempt items") is a short line; a longer one starting so is a sentence.
_MAX_SECTION_HEADING_CHARS = 60
# A ref, a heading's layout or a title over a body each outweigh a sentence-like title alone.
_STRONG_CLUE = 3
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
    parted = with_sub_minutes(texts, with_parted_numbers(texts, chain, layouts), layouts)
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
        label: tuple[int, str] | None = None
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
                label = (page, text)
                continue
            block.body.append((page, text))
        block.body = heads_decision(label, block.body)
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
        wraps = set_as is True and set_alike(layouts, i, body_size)
        fills = wraps and wraps_on(texts, layouts, i, body_size)
        # (a heading in larger type than the body ends on its line, however long: layout)
        ended = alone[i] or larger_over_body(layouts, i, body_size)
        if c := numbered_candidate(texts, i, set_as, stands_alone=ended, wraps_as_heading=wraps,
                                   fills_line=fills):
            c.heading_layout, c.x0 = set_as, line_layout.x0 if line_layout else None
            # (a heading run in to its text in bold ends where its bold does: run_in_leads)
            heading_from_lead(c, texts[i], line_layout.lead if line_layout else None)
            candidates.append(c)
    wrapped_titles(candidates, texts, layouts, body_size)
    # (a heading left on its colon, its line under it no part of its title, is a label)
    candidates = [c for c in candidates if not (c.open_colon and c.title_lines == 1)]
    wrapped_plain_titles(candidates, texts, alone)
    join_padded_runs(candidates)
    year_first_runs(candidates)
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
            wrapped_titles(shaped, texts, layouts, body_size)
            return shaped
    if not chain or _lone_body_line(chain, texts):
        # (a lone number the layout sets as the body, "2026." ending a sentence wrapped onto
        # its own line over a bold heading, numbers no minute: the bold headings are the items)
        return bold_headings(texts, layouts, body_size) or chain
    if len(chain) >= _MIN_NUMBERED_FOR_HEADER_ITEMS:
        return header_items(texts, layouts, body_size, chain[0].index) + chain
    return chain


















def _lone_body_line(chain: list[Candidate], texts: list[str]) -> bool:
    """Whether the chain is one numbered line that the layout sets as the body, no heading,
    ending the sentence of the line above ("... circulated in February" over "2026."). A
    minute's number in body type after a finished sentence ("1. Appointment of Head of Paid
    Service" under bold "Apologies", "Declarations of Interest") is a minute's still."""
    if len(chain) != 1 or chain[0].heading_layout is not False or not chain[0].index:
        return False
    return bool(_RUNS_ON_LINE.search(texts[chain[0].index - 1].rstrip()))


def _by_layout(candidates: list[Candidate]) -> list[Candidate]:
    """Where the layout shows headings, a numbered line set like the body is a paragraph."""
    if sum(1 for c in candidates if c.heading_layout) < _MIN_LAYOUT_HEADINGS:
        return candidates
    return [c for c in candidates if c.heading_layout is not False or c.ref]


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
        return both_ref or both_set or both_titled or capital_year_headings(a, b)
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
