"""Whether a line under an item's title goes on with it: wrapped at the right margin or
its column's edge, on the title's hanging indent, in its type, up to the page range that
closes it; or is set apart from it (the item's description, a signature).
"""

from __future__ import annotations

import re

from kcc_papers.extract.agenda.items import _Item
from kcc_papers.extract.agenda.patterns import (
    CELL_BAR,
    DESCRIPTION,
    DOCUMENT_LINK,
    INDENT_TOLERANCE,
    ITEM,
    LABELLED,
    MAX_TITLE_LINES,
    MIN_CAPITALS,
    MIN_HEADING_WORDS,
    MIN_MEASURE_LINES,
    MIN_PROSE_WORDS,
    NOTE,
    OPEN_PAGES,
    PAGES,
    RESTRICTED_LINK,
    SIGNATURE_OFFSET,
    SIZE_TOLERANCE,
    SUB_ITEM,
    TEXT_WRAP_SLACK_CHARS,
    WRAP_MIN_CHARS,
)
from kcc_papers.extract.agenda.refs import _follows, _titled
from kcc_papers.extract.agenda.sequence import OPEN_END, full_line
from kcc_papers.load.model import Line
from kcc_papers.load.text import CHAR_POINTS, COLUMN_GAP_CHARS, TAB_CHARS
from kcc_papers.segment import Segment

# A page range printed one space after a title's last word, ending its line (a text export's
# "Disposal of Surplus Plant (Pages 13 - 14)"), not set in a column of its own.
# A text export's particular set out as a form under the title, its label a column apart
# from its value ("Address:         Orchard Farm", "Applicant/Agent: Mr Pell"): the colon
# and a gap of two spaces or more; a title's words run on after a colon by one space.
FORM_LABEL = re.compile(r"^\s*[A-Z][\w/'’.]*(?:\s[\w/'’.]+){0,2}:\s{2,}\S")
# (after a space or two: a gap narrower than a text column's, COLUMN_GAP_CHARS, sets no
# column of its own, so the range is printed on after the title as with one space)
INLINE_PAGES = re.compile(rf"[^\s(] {{1,{COLUMN_GAP_CHARS - 1}}}\(Pages?\s+\d{{1,4}}"
                          r"(?:\s*[-–]\s*\d{1,4})?\)\s*$", re.I)
# A note in the pages' column has the title's words in a span before it.
NOTE_COLUMN_SPANS = 2
# Characters a text title's next word must have fitted by, before its pages column, for its
# line to have been ended with room left (``_room_before_column``).
PROPORTIONAL_SLACK_CHARS = 3


def _right_edges(segment: Segment) -> dict[int, float]:
    """Where each PDF page's lines end at the right: its width less its left margin (the
    leftmost line), margins being alike on both sides."""
    edges = {}
    for page in segment.pages:
        lefts = [line.x0 for line in page.lines if line.x0 is not None]
        if page.width and lefts:
            edges[page.number] = page.width - min(lefts)
    return edges


def text_measures(segment: Segment) -> dict[int, float]:
    """Where a text file's page's prose lines end at the right (in the points its characters
    stand for): the measure its writer wrapped lines to, the widest that several of them
    reach. A table's rows (lines set in columns, or between a cell's bars) and rules are no
    prose, and a page without a PDF's width alone has one."""
    measures = {}
    for page in segment.pages:
        if page.width:
            continue
        ends = [_text_end(line.raw) for line in page.lines
                if line.raw is not None and not line.spans and CELL_BAR not in line.raw
                and len(line.text.split()) >= MIN_PROSE_WORDS]
        measure = _shared_end(ends)
        if measure is not None:
            measures[page.number] = measure
    return measures


def _text_end(raw: str) -> float:
    """Where a text line ends, its tabs expanded as its indent's are."""
    return len(raw.rstrip().expandtabs(TAB_CHARS)) * CHAR_POINTS


def _shared_end(ends: list[float]) -> float | None:
    """The widest end that MIN_MEASURE_LINES lines reach within the slack of a wrapped line;
    None where no lines end together (prose its writer never wrapped)."""
    ends = sorted(ends, reverse=True)
    slack = TEXT_WRAP_SLACK_CHARS * CHAR_POINTS
    for widest, nearest in zip(ends, ends[MIN_MEASURE_LINES - 1 :], strict=False):
        if widest - nearest < slack:
            return widest
    return None


def _room_on_text_line(last: Line, line: Line, measure: float | None) -> bool:
    """A text file's title line ended so far short of the page's measure that the next line's
    first word would have fitted after it with room to spare: the writer ended the title
    there, and the line under it ("Verbal update of the Monitoring Officer.") describes it.
    A line going on in small letters ("to the Scheme of Delegation") goes on with the title's
    sentence, however early its writer broke it."""
    words = line.text.split()
    if measure is None or last.x1 is not None or last.raw is None or not words \
            or words[0][0].islower():
        return False
    end = _text_end(last.raw) + (1 + len(words[0])) * CHAR_POINTS
    return end < measure - TEXT_WRAP_SLACK_CHARS * CHAR_POINTS


def _word_wrapped(last: Line, line: Line, edge: float | None) -> bool:
    """``line`` starts where the title did, but its first word would not have fitted at the
    end of the title's line before the right margin: the line was wrapped there."""
    if last.x0 is None or line.x0 is None or abs(line.x0 - last.x0) > INDENT_TOLERANCE:
        return False
    # a line its writer ended with the title's page range was ended there, however near the
    # margin the range reaches: the line under it (a signature's name) starts something else
    return full_line(last, line, edge) and not _ends_with_pages(last.text)


def _ends_with_pages(text: str) -> bool:
    """The line ends with a page range ("... Progress Report (Pages 15 - 16)")."""
    m = PAGES.search(text)
    return m is not None and not text[m.end() :].strip()


def _broken_at_margin(item: _Item, line: Line, edge: float | None, ranged: bool = False) -> bool:
    """The title's line was broken by the right margin, unfinished, and ``line`` goes on under
    the title's words (right of the ref): the title's last words, whatever their type (a bold
    ref and its title merged into one line may read as bold over a plain wrapped line). A line
    ending on a colon is unfinished only where the lines under it go on to the title's page
    range (``ranged``: "Former Depot, Marston Lane:" over "demolition of ... (pages 5 - 7)");
    elsewhere the colon introduces a list."""
    first, last = item.line, item.last
    if first is None or last is None or first.x0 is None or line.x0 is None:
        return False
    previous = PAGES.sub("", last.text).strip()
    ends = (".",) if ranged else (".", ":")
    return (line.x0 > first.x0 + INDENT_TOLERANCE and not previous.endswith(ends)
            and full_line(last, line, edge))


def _room_before_column(last: Line, line: Line) -> bool:
    """A text title line set beside a column (its pages): the next line's first word would have
    fitted between the title's end and that column, so the title was not wrapped there."""
    words = line.text.split()
    if last.x1 is not None or len(last.spans) < 2 or not words:
        return False
    (title_x, title), (column_x, _) = last.spans[-2], last.spans[-1]
    if OPEN_END.search(title):
        # "Waste ... Performance -" beside its "(Pages 3 - 4)": a title broken after its dash
        # (or "and") goes on below, whatever room was left on its line
        return False
    # (the title's words from the line's indent, where its first run starts after the
    # spaces; with the fewest spaces a text file sets between columns, COLUMN_GAP_CHARS, a
    # word set closer to the next column having run into it: "... Email: Residual"
    # beside its "(Pages 5 - 7)" seven spaces on has no room for "Waste" and a column's gap)
    # (and with room to spare, PROPORTIONAL_SLACK_CHARS: a text export of a page set in
    # proportional type counts each letter one character, and a word a few characters short
    # of the column may not have fitted in the type the writer wrapped it in: "... Leisure
    # Management Service" beside its "11 - 16" over "Agreement 2031-2041")
    start = max(title_x, last.x0 or 0.0)
    wanted = len(title) + 1 + len(words[0]) + COLUMN_GAP_CHARS + PROPORTIONAL_SLACK_CHARS
    return start + wanted * CHAR_POINTS <= column_x


def _wraps(item: _Item, line: Line, edge: float | None = None, last_line: bool = False) -> bool:
    """A PDF title wrapped onto the item's hanging indent: the line sits right of the item's
    ref, in the title's own size and weight, under a title line that ran to the margin (the
    page range may already be printed at the end of the first line). Without a hanging
    indent, a line at the title's own indent whose first word would not have fitted on the
    title's line is wrapped too. A title line ending on a colon introduces a list, unless the
    margin broke it and the line under it is the item's last (``last_line``: the next item
    follows it), as in "Winter Service Plan 2026/27:" over "Mid-Season Review"."""
    first, last = item.line, item.last
    if item.ended or item.description or first is None or last is None:
        return False
    if first.x0 is None or line.x0 is None:
        return False
    word_wrapped = _word_wrapped(last, line, edge)
    if line.x0 <= first.x0 + INDENT_TOLERANCE and not word_wrapped:
        return False
    text = line.text.strip()
    capitals = _in_capitals(PAGES.sub("", last.text))
    if capitals and not _in_capitals(text):
        return False  # a title in capitals goes on in capitals: a sentence under it describes it
    if not capitals and _in_capitals(text) and len(text.split()) >= MIN_HEADING_WORDS:
        return False  # nor does one in small letters: "REPORTS FOR NOTING" heads the next items
    # a line in capitals under one is the title going on, whatever room its column left
    if not capitals and _room_before_column(last, line):
        return False
    same_type = (line.size, line.bold) == (last.size, last.bold) or _weight_of_its_ref(
        last, line, edge)
    if not same_type or len(item.title_lines) > MAX_TITLE_LINES:
        return False
    numbered = ITEM.match(text)
    if numbered and _follows(item.ref, numbered.group("ref")) and _titled(numbered) is not None:
        return False  # the next item ("2025 and, ..." is the title's year, not an item)
    if SUB_ITEM.match(text):
        return False  # the item's first lettered part
    if text.startswith(("-", "–")) or DESCRIPTION.match(text) or LABELLED.match(text) \
            or FORM_LABEL.match(line.raw or ""):
        return False
    previous = PAGES.sub("", last.text).strip()
    if OPEN_PAGES.search(previous) or PAGES.search(text):
        return False  # the page range closes the title: handled by _continues
    if last.size is None and last.raw is not None and INLINE_PAGES.search(last.raw):
        # a text export's range printed on after the title's last word, no column of its own
        # ("... Disposal of Surplus Plant (Pages 13 - 14)"): the title ends there, the
        # indented line under it is its note ("Public summary of an exempt report")
        return False
    if DOCUMENT_LINK.search(last.text) or RESTRICTED_LINK.match(text):
        # a web page's link to the item's paper ("PDF 418 KB") printed after the title's last
        # word ends it; the lines under it ("Additional documents:", an exempt paper's
        # "Restricted enclosure") are the page's links, no words of the title
        return False
    # (a title broken after a dash or "and" goes on, however short its line)
    if previous.endswith(":") and word_wrapped and last_line:
        return True
    if _room_on_text_line(last, line, edge) and not OPEN_END.search(previous):
        return False
    # (a line the margin broke is unfinished however short: a narrow column's are)
    return ((len(previous) >= WRAP_MIN_CHARS or word_wrapped or bool(OPEN_END.search(previous)))
            and not previous.endswith((".", ":", ":-")))


def _edge_for(line: Line, column_edge: float | None, page_edge: float | None) -> float | None:
    """The right edge the title's last line was set to, as ``line`` is judged against it: its
    column's where another column stands beside it and ``line`` starts within that column (a
    line starting past it is the other column's text, judged as on any page)."""
    if column_edge is None or line.x0 is None or line.x0 >= column_edge:
        return page_edge
    return column_edge


def _ends_before_next(item: _Item, after: list[tuple[int, Line]]) -> bool:
    """The line after the one read is the next item's (so the one read is the item's last)."""
    if not after:
        return False
    m = ITEM.match(after[0][1].text.strip())
    return m is not None and _follows(item.ref, m.group("ref"))


def _weight_of_its_ref(last: Line, line: Line, edge: float | None) -> bool:
    """A title line that starts with its ref ("B1" or "10" in a bold label column, the title
    in plain type beside it) weighs as its ref: a line's weight is its first run's. The title
    is not known to change type when the line under it starts right of the ref (on the
    title's hanging indent), in its size, under a title line broken by the right margin."""
    if line.size is None or last.size is None or abs(line.size - last.size) > SIZE_TOLERANCE:
        return False
    return (bool(ITEM.match(last.text.strip())) and line.x0 is not None and last.x0 is not None
            and line.x0 > last.x0 + INDENT_TOLERANCE and full_line(last, line, edge))


def _in_capitals(text: str) -> bool:
    """A line set in capitals ("HOUSEHOLD WASTE RECYCLING CENTRES - PERFORMANCE AND")."""
    return sum(c.isalpha() for c in text) >= MIN_CAPITALS and text.upper() == text


def _signature(item: _Item, line: Line) -> bool:
    first = item.line
    return bool(first and first.x0 is not None and line.x0 is not None
                and line.x0 - first.x0 >= SIGNATURE_OFFSET)


def _closes(item: _Item, text: str) -> bool:
    return bool(PAGES.search(text)) or (not OPEN_PAGES.search(text)
                                           and len(item.title_lines) > MAX_TITLE_LINES)


def _set_apart(item: _Item, line: Line) -> bool:
    """A line under the title that is not more of it, whatever page range it holds: one worded
    as what the meeting does with the item ("To confirm the minutes (pages 1 - 10)."), or, in a
    PDF, one set in another size or weight than the title's last line (a bold title over its
    plain "Report of ... (pages 11 - 34)" line)."""
    if DESCRIPTION.match(line.text.strip()):
        return True
    last = item.last
    return (last is not None and last.size is not None and line.size is not None
            and (line.size, line.bold) != (last.size, last.bold))


def _continues(item: _Item, text: str, ahead: list[str], noted: bool = False) -> bool:
    """A line continues the title when it holds, or the next line holds, the page range that
    closes the title, or (``noted``: ``closing_note``) the note standing in its place.
    ``ahead[0]`` is ``text``."""
    if LABELLED.match(text):
        return False
    if noted:
        return True
    # (a range opened at the line's end, "... bedspaces (pages", is closed on the next)
    if OPEN_PAGES.search(item.title_lines[-1]) or PAGES.search(text) or OPEN_PAGES.search(text):
        return True
    following = ahead[1] if len(ahead) > 1 else ""
    return bool(PAGES.search(following)) and not ITEM.match(following)


def closing_note(line: Line) -> bool:
    """The line ends on a note of how the item's paper comes in a column of its own, where a
    page range would stand ("16th September 2027      (Verbal)", "(To Follow)"): it closes
    the title as a range does. (Printed on with the title's words, "Report of the Director
    (attached)", the note says nothing of the title's end.)"""
    if len(line.spans) < NOTE_COLUMN_SPANS:
        return False
    cell = line.spans[-1][1].strip()
    return any(m.start() == 0 and m.end() == len(cell) for m in NOTE.finditer(cell))
