"""The minutes' lines as read from the page: page furniture and running headers dropped, how
each line is set, a heading printed in a gutter beside its text set over it, a heading
wrapped onto a line that reads as a page number kept, and a minute's number alone on its
line joined to the title under it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from kcc_papers.extract import Context
from kcc_papers.extract.minutes.columns import one_column
from kcc_papers.extract.minutes.footnotes import footnote_lines
from kcc_papers.extract.minutes.items import Layout
from kcc_papers.extract.minutes.layout import SIZE_STEP, stood_alone
from kcc_papers.extract.minutes.margin_numbers import numbers_to_headings
from kcc_papers.extract.minutes.number_column import headed_numbers
from kcc_papers.extract.minutes.patterns import NUM_FIRST
from kcc_papers.extract.minutes.two_up import halves_in_order
from kcc_papers.load.model import Line
from kcc_papers.normalise.textclean import (
    clean_line_after,
    clean_text,
    furniture,
    is_furniture,
)
from kcc_papers.segment_starts.heading_kinds import MINUTES_CONTINUED, in_printed_order

T = TypeVar("T")
# A heading's wrapped line sits less than this many times its type's height below the line
# above (line spacing, no paragraph's space).
WRAP_GAP_LINES = 1.0


def _lines(ctx: Context) -> tuple[list[tuple[int, str]], list[Layout | None], list[bool]]:
    """(page, cleaned text) of every line that is not page furniture, how each is set, and
    whether it ends short of the next (layout.stood_alone)."""
    keys = furniture(ctx.source.pages)
    own = {page.number for page in ctx.segment.pages}
    apart_keys = (furniture(ctx.segment.pages),
                  furniture([page for page in ctx.source.pages if page.number not in own]))
    lines: list[tuple[int, str]] = []
    layout: list[Layout | None] = []
    kept: list[tuple[int, Line]] = []
    shares: list[float] = []
    previous_page = ctx.segment.page_from
    widths = {page.number: page.width for page in ctx.segment.pages}
    sheets = {page.number: (page.width or 0.0, page.height or 0.0)
              for page in ctx.segment.pages}
    read, headed = headed_numbers(halves_in_order(
        one_column(in_printed_order(ctx.segment.lines), widths), sheets))
    for page, line, share in numbers_to_headings(_headings_apart(read), headed is not None):
        if (is_furniture(line.text, keys) and not _heading_wrapped(kept, page, line)
                and not _heading_shared_across_documents(line.text, apart_keys)):
            continue
        # (the page's first line under its furniture: a pack's own running header repeated
        # on every page sits over the minutes' one-off head "... - Minutes (continued)")
        top = page != previous_page
        previous_page = page
        if top and _running_header(line.text):
            continue
        # (the line read after the one above it: a label's letter wrapped onto it, "Band" over
        # "D equivalent", stays a word of its own)
        text = clean_line_after(line.text, kept[-1][1].text if kept else "")
        if text:
            lines.append((page, text))
            known = line.size is not None
            # (a number in a "Minute" column weighs as the bold title beside it)
            bold = line.bold or id(line) in (headed or ())
            lead = clean_text(line.lead) if line.lead else None
            layout.append(Layout(line.size, bold, line.x0, share, line.x1, lead)
                          if known else None)
            kept.append((page, line))
            shares.append(share)
    notes = footnote_lines(kept)
    if notes:
        # (a sentence running over the page break is read past its page's footnotes)
        lines, layout = _without(lines, notes), _without(layout, notes)
        kept, shares = _without(kept, notes), _without(shares, notes)
    return _coded_numbers_joined(lines, layout, stood_alone(kept, shares))


# A minute's number glued to its committee's letters, alone on its line: "CS.17", "AG34", or
# parted from them by a stroke with its year after it, as a 2003 district council's web page
# prints "LG/41/03" in a cell beside the title (as NUM_FIRST reads the code before a title).
_CODED_NUMBER_ALONE = re.compile(r"[A-Z]{2,4}\.?[1-9]\d{0,3}|[A-Z]{1,4}/[1-9]\d{0,3}/\d{2}")


def _coded_numbers_joined(lines: list[tuple[int, str]], layout: list[Layout | None],
                          alone: list[bool]
                          ) -> tuple[list[tuple[int, str]], list[Layout | None], list[bool]]:
    """A web page's table of minutes that prints the number in a cell of its own: where the
    title's cell holds paragraphs the page reads the number alone on its line, over the
    title ("CS.17" over "TOWN CENTRE CCTV - MAINTENANCE CONTRACT"), where the rows of short
    cells read "CS.14 APOLOGIES FOR ABSENCE". The number joins the title under it, on its
    page, set as it is (bold, or no type known), so each row reads one way."""
    out: list[tuple[int, str]] = []
    out_layout: list[Layout | None] = []
    out_alone: list[bool] = []
    k = 0
    while k < len(lines):
        page, text = lines[k]
        if (k + 1 < len(lines) and lines[k + 1][0] == page
                and _CODED_NUMBER_ALONE.fullmatch(text.strip())
                and lines[k + 1][1][:1].isupper()
                and _number_set_as_title(layout[k], layout[k + 1])):
            out.append((page, f"{text.strip()} {lines[k + 1][1]}"))
            out_layout.append(layout[k])
            out_alone.append(alone[k + 1])
            k += 2
            continue
        out.append((page, text))
        out_layout.append(layout[k])
        out_alone.append(alone[k])
        k += 1
    return out, out_layout, out_alone


def _number_set_as_title(number: Layout | None, title: Layout | None) -> bool:
    """The number and the title under it set in one type: both bold (a heading), or no type
    known for either."""
    if number is None or title is None:
        return number is None and title is None
    return bool(number.bold) and bool(title.bold)


def _without(items: list[T], dropped: set[int]) -> list[T]:
    return [x for k, x in enumerate(items) if k not in dropped]


# A span starting within this many points of where the next line starts is that line's column.
SAME_COLUMN_POINTS = 4.0


def _headings_apart(lines: list[tuple[int, Line, float]]) -> list[tuple[int, Line, float]]:
    """Minutes that print each minute's heading in a left-hand gutter, its text in a column
    right of it: a bold heading's line that holds the first line of its text too (a piece of
    its own, the next line of text starting where it does: ``Line.beside``) read as the
    heading over the text."""
    out: list[tuple[int, Line, float]] = []
    for k, (page, line, share) in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if line.beside and nxt is not None and _text_beside(page, line, nxt):
            (x, head), (gutter, text) = line.beside
            out.append((page, replace(line, text=head, x1=gutter, spans=[(x, head)]), share))
            out.append((page, replace(line, text=text, x0=gutter, spans=[(gutter, text)],
                                      bold=False), share))
        else:
            out.append((page, line, share))
    return out


def _text_beside(page: int, line: Line, nxt: tuple[int, Line, float]) -> bool:
    """Whether the regular text beside ``line``'s bold heading runs on in the next line, set
    like it where it starts; not a label and its value ("Present: ..."), read as printed."""
    assert line.beside
    (_, head), (gutter, _) = line.beside
    below = nxt[1]
    return (nxt[0] == page and not below.bold and below.x0 is not None
            and abs(below.x0 - gutter) <= SAME_COLUMN_POINTS and not head.rstrip().endswith(":"))


def _heading_wrapped(kept: list[tuple[int, Line]], page: int, line: Line) -> bool:
    """Whether a line that reads as a page number ("2026") is the end of the heading just
    above it, wrapped in a narrow column ("2. MINUTE OF MEETING OF 25 MARCH" over "2026"):
    set bold in the heading's size, on its page, one line below it. A page number is set
    apart from the text, never in a heading's type."""
    if not kept or kept[-1][0] != page or not line.bold:
        return False
    above = kept[-1][1]
    if not above.bold or above.size is None or line.size is None or above.bottom is None:
        return False
    if line.top is None or abs(above.size - line.size) >= SIZE_STEP:
        return False
    return line.top - above.bottom < WRAP_GAP_LINES * line.size


def _heading_shared_across_documents(text: str, apart_keys: tuple[set[str], set[str]]
                                     ) -> bool:
    """Whether a line the file's furniture names is a minute's numbered heading that neither
    the minutes' own pages nor the file's other pages repeat as furniture: a pack's agenda
    closes a page on "7. Any Other Business" and its minutes close theirs on "7. ANY OTHER
    BUSINESS", two page edges the file reads as one "running footer", each once in its own
    document. A running footer the minutes share with the pack ("4 Grants Committee - 19
    November 2031", its page number first) repeats on the pack's other pages too, where the
    minutes are one page and so repeat nothing of their own (``apart_keys``: the furniture
    of the minutes' pages, then of the file's others)."""
    return (bool(NUM_FIRST.match(clean_text(text)))
            and not any(is_furniture(text, keys) for keys in apart_keys))


# "Planning Committee - 21 January 2026" as the first line of a later page: the meeting's
# running header (furniture() needs it on two pages or more; a two-page paper prints it once).
# It may say what it heads and that it goes on from the page before: "Housing Committee - 18
# January 2033 - Minutes (continued)", "... 2033 (cont'd)".
_HEADER = re.compile(
    r"^\s*[A-Z][\w&,'’ -]{2,90}\b(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|"
    r"Commission|Executive|Authority)\s*[–—-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+\s+\d{4}"
    r"(?:\s*[–—-]\s*(?i:(?:Draft\s+)?Minutes?))?"
    r"(?:\s*(?:[–—-]\s*|,\s*)?\(?\s*(?i:cont(?:inued|['’]d|\.))\s*\)?\.?)?\s*$"
)


def _running_header(text: str) -> bool:
    """Whether a page's first line is the meeting's running header, or the minutes' head
    saying they go on from an earlier page ("Minutes - 18 January 2028 (continued)"): no
    minute's text, even where the page breaks inside one."""
    return bool(_HEADER.match(text) or MINUTES_CONTINUED.match(text))
