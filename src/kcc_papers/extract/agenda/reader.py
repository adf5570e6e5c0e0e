"""Agenda items: ref ("A4", "5"), title, "(Pages 7 - 14)", section, exempt, decision number.

Items start with their ref at the beginning of a line ("A4 Minutes of ...", "5. 24/00108 -
Revenue ...", "2453. Accounts for payment" where a community council numbers its agenda like its
minutes), the pages after a dot leader read as the item's. The items are one numbering
sequence: a list starts at "1"/"A1", or at any number the next numbered line continues. A
title may run over several lines when the page range closes it a line or two later, or (PDFs)
when it wraps onto the item's hanging indent in the title's own type; lines after a closed
title are the item's description.
"""

from __future__ import annotations

import re

from kcc_papers.extract import Context
from kcc_papers.extract.agenda.centred import _numbers_joined
from kcc_papers.extract.agenda.contents_pages import without_contents_pages
from kcc_papers.extract.agenda.items import _Item, _record
from kcc_papers.extract.agenda.leaders import leaders_read
from kcc_papers.extract.agenda.patterns import (
    CLOSING_LOOKAHEAD,
    DESCRIPTION,
    DOCUMENT_LINK,
    EXEMPT,
    ITEM,
    LETTERED,
    LETTERS,
    LOOKAHEAD_LINES,
    MENTIONED,
    MIN_LETTERED_ITEMS,
    PART_OF_REF,
    ROMAN_PARTS,
    SECTION,
    SIGN_OFF,
    SUB_PART,
    SUB_PART_STARTS,
    SUPPLEMENT_HEAD_LINES,
    SUPPLEMENT_HEADING,
    UNRESTRICTED,
)
from kcc_papers.extract.agenda.refs import (
    LIST_STARTS,
    _follows,
    _paged,
    _private,
    _same_indent,
    _sectioned_start,
    _sequence_continues,
    _titled,
)
from kcc_papers.extract.agenda.repeated_lines import repeated_under_titles
from kcc_papers.extract.agenda.sequence import OPEN_END, sequenced_items
from kcc_papers.extract.agenda.side_columns import ColumnEdges
from kcc_papers.extract.agenda.table_rows import _table_rows
from kcc_papers.extract.agenda.title_lines import (
    _broken_at_margin,
    _closes,
    _continues,
    _edge_for,
    _ends_before_next,
    _right_edges,
    _set_apart,
    _signature,
    _wraps,
    closing_note,
    text_measures,
)
from kcc_papers.extract.agenda.welsh_columns import english_run_only
from kcc_papers.load.model import Line
from kcc_papers.models import Record
from kcc_papers.normalise.textclean import furniture, is_furniture

KINDS = {"agenda"}


def extract(ctx: Context) -> list[Record]:
    items: list[_Item] = []
    section: str | None = None
    exempt = False
    started = False
    edges = _right_edges(ctx.segment)
    # (a text file's page has no width: its prose's measure stands for its right margin)
    measures = text_measures(ctx.segment)
    # (a title beside another column, a bilingual agenda's, wraps at its column's edge)
    columns = ColumnEdges((p.number, p.lines) for p in ctx.segment.pages)
    running = furniture(ctx.source.pages)
    # (a title's dot leader and the pages after it read first: the leader is no title's)
    # (a pack's contents page bound into the agenda's document lists papers, not business)
    rows = without_contents_pages(_table_rows(ctx.segment))
    read = leaders_read(rows)
    lines = _numbers_joined(read, edges)
    # (a Welsh column of items beside its English twin: the English read once)
    lines = english_run_only(lines)
    printed = _as_printed(rows, read)
    # (a supplementary agenda's refs jump: it lists only the items it adds)
    jumps = any(SUPPLEMENT_HEADING.match(line.text)
                for _, line in lines[:SUPPLEMENT_HEAD_LINES])
    for n, (page, line) in enumerate(lines):
        text = line.text.strip()
        if EXEMPT.match(text) or UNRESTRICTED.match(text):
            exempt, started = bool(EXEMPT.match(text)), True
            _close_last(items)
            continue
        if SECTION.match(text) and not ITEM.match(text):
            section, started = text, True
            _close_last(items)
            continue
        part = _sub_item(line, page, items)
        if part:
            items.append(part)
            continue
        ahead = [s.text.strip() for _, s in lines[n + 1 : n + 1 + LOOKAHEAD_LINES]]
        item = _new_item(line, page, section, exempt, started, items, ahead, jumps)
        if item:
            started = True
            items.append(item)
            item.closed = _closes(item, text)
            continue
        if items and not items[-1].ended:
            edge = _edge_for(line, columns.edge(page, items[-1].last), edges.get(page))
            if edge is None:
                edge = measures.get(page)
            _read_under_title(items[-1], lines, n, edge, running, printed)
    # (a presenter's line under every title in one form is no title's words, see
    # repeated_lines)
    repeated_under_titles(items)
    items = _lettered_before(lines, items) + items
    if not items:
        # No known ref style: the document's own numbering, if it shows one.
        items = [_Item(s.ref, [s.title], s.page, None, False, closed=True)
                 for s in sequenced_items(lines, edges)]
    # No items: the pipeline's one layout_unrecognised check says so.
    return [_record(item) for item in items]


def _lettered_before(lines: list[tuple[int, Line]], items: list[_Item]) -> list[_Item]:
    """The agenda's preliminary business lettered before its numbered items ("A Apologies",
    "B Declarations of Interest", "C Minute of ..." over "1 Performance Report"): the lines
    right above item 1, each led by a capital letter alone, running from "A" to the letter
    before it, one line after another. None where the numbered items do not start at 1."""
    if not items or items[0].ref != "1" or items[0].line is None:
        return []
    first = next((n for n, (_, ln) in enumerate(lines) if ln is items[0].line), None)
    if first is None:
        return []
    lettered: list[_Item] = []
    for page, line in reversed(lines[:first]):
        m = LETTERED.match(line.text.strip())
        if m is None:
            break
        lettered.insert(0, _Item(m["letter"], [m["title"]], page, None, False, closed=True,
                                 ended=True, line=line, last=line))
    letters = "".join(item.ref for item in lettered)
    start = letters.rfind("A")
    if start < 0 or len(letters) - start < MIN_LETTERED_ITEMS:
        return []
    kept = lettered[start:]
    if "".join(item.ref for item in kept) != LETTERS[: len(kept)]:
        return []
    return kept


def _as_printed(rows: list[tuple[int, Line]], read: list[tuple[int, Line]]) -> dict[int, str]:
    """The text as printed of each line whose dot leader was read (by the read line's id): the
    leader leads from a title to its pages, so only a line read as a title's is read so; a
    description's line ("Total ........ 45") is kept as printed."""
    return {id(new): old.text for (_, new), (_, old) in zip(read, rows, strict=True)
            if new is not old}


def _read_under_title(current: _Item, lines: list[tuple[int, Line]], n: int,
                      edge: float | None, running: set[str], printed: dict[int, str]) -> None:
    """Line ``n`` starts no item: it goes on with the current item's title, ends the item (the
    clerk's signature far right of the refs), or is the item's description. ``edge``: the
    right edge the title's lines were set to; ``printed``: lines' text before their leaders
    were read (``_as_printed``)."""
    line = lines[n][1]
    text = line.text.strip()
    # (read once: whether a page range closes the title here tells both a line broken at
    # a colon and one that goes on; a leader's pages close the title on the leader's own
    # line, never one above it, so the lines ahead are read as printed)
    ahead = [printed.get(id(s), s.text) for _, s in lines[n + 1 : n + CLOSING_LOOKAHEAD]]
    after = lines[n + 1][1] if n + 1 < len(lines) else None
    noted = closing_note(line) or (
        after is not None and closing_note(after) and not ITEM.match(after.text.strip()))
    continues = not current.closed and _continues(current, text, [line.text, *ahead], noted)
    broken = not current.closed and _broken_at_margin(
        current, line, edge, continues)
    if (_signature(current, line) and not broken) or SIGN_OFF.match(text):
        current.closed = current.ended = True
        return
    if _title_goes_on(current, line, edge, lines[n + 1 : n + 2], continues, broken):
        current.title_lines.append(text)
        current.last = line
        current.closed = _closes(current, text)
    elif not DOCUMENT_LINK.search(text):
        current.closed = True
        # (the page's running footer under the last item is no part of its description)
        if not is_furniture(text, running):
            current.description.append(printed.get(id(line), line.text).strip())


def _title_goes_on(current: _Item, line: Line, edge: float | None,
                   after: list[tuple[int, Line]], continues: bool, broken: bool) -> bool:
    """``line`` is more of the current item's title: wrapped onto its hanging indent, or, the
    title not yet closed, in its type (or broken by the margin) up to the page range that
    closes it. ``after``: the line after it, if any (the next item's, ending the title)."""
    wraps = _wraps(current, line, edge, _ends_before_next(current, after))
    return wraps or (
        not current.closed
        and (broken or not _set_apart(current, line))
        and (continues
             # broken by the margin on a word no title ends with ("... and the"): it goes
             # on though no page range closes it
             or (broken and bool(OPEN_END.search(current.title_lines[-1]))))
    )


def _close_last(items: list[_Item]) -> None:
    if items:
        items[-1].closed = items[-1].ended = True


def _new_item(
    line: Line,
    page: int,
    section: str | None,
    exempt: bool,
    started: bool,
    items: list[_Item],
    ahead: list[str],
    jumps: bool = False,
) -> _Item | None:
    text = line.text.strip()
    m = ITEM.match(text)
    title = _titled(m) if m else None
    if m is None or title is None:
        return None
    ref = m.group("ref")
    if MENTIONED.match(text):
        return None
    if items:
        prev = items[-1]
        # a clerk's number printed again over the item's next part, never a sentence going on
        # from it ("7 contains exempt information"), nor the number printed otherwise than
        # the item's, a note naming it ("Item 7: The Committee is recommended to ..." under
        # a table's row "7")
        repeated = (ref == prev.ref and _same_indent(prev.line, line)
                    and not title[:1].islower() and _printed_alike(prev.line, m))
        # (in a supplementary agenda, ``jumps``, an item printed with its page range may
        # skip the numbers of the items it does not list: 7, then 11A)
        if not (_follows(prev.ref, ref) or repeated
                or (jumps and _paged(text, ahead) and _follows(prev.ref, ref, limit=None))):
            return None
    elif (not started and ref not in LIST_STARTS and not _sequence_continues(ref, ahead)
          and not _paged(text, ahead) and not _sectioned_start(ref, ahead)):
        # Before the first section marker a list starts at "1"/"A1" (or "1.1" over "1.2"), or
        # at a number (a community council's running minute number) that the next numbered
        # line continues, or at an item printed with its page range (a supplementary agenda's
        # one item "8.", numbered as on the agenda it supplements).
        return None
    private = _private(m.group("title"))
    return _Item(ref, [title], page, section, exempt or private, line=line, last=line)


def _printed_alike(first: Line | None, again: re.Match[str]) -> bool:
    """An item's ref printed again as its own line printed it: the same label and stop before
    the title ("2449." and "2449.")."""
    if first is None:
        return True
    m = ITEM.match(first.text.strip())
    return m is not None and _ref_as_printed(m) == _ref_as_printed(again)


def _ref_as_printed(m: re.Match[str]) -> str:
    return " ".join(m.string[: m.start("title")].split())


def _sub_item(line: Line, page: int, items: list[_Item]) -> _Item | None:
    """An item's lettered or numbered part printed as an item of its own under it ("6. Finance"
    over "(a) Schedule of payments", "(b) Bank reconciliation"; "5 (i) Grazing licence"): a
    title in capitals' case, its part the next of the item's one run of parts ("a", "b", ...
    or "i", "ii", ...). A part worded as what the meeting does ("(a) to approve the payments")
    or a recommendation's limbs are the item's description."""
    text = line.text.strip()
    if not items or items[-1].ended or not text.startswith(SUB_PART_STARTS):
        return None
    m = SUB_PART.match(text)
    if m is None or _described(m.group("title")):
        return None
    current = items[-1]
    parent, before = _parent_and_part(current.ref)
    number = m.group("number")
    if number is not None and number != parent:
        return None
    if not _next_part(before, m.group("part")):
        return None
    # (the part's ref as printed: "5 (i)", "5(a)"; an item's number left to the line above
    # joins its part unspaced, "6(a)")
    ref = f"{parent}{m.group('gap') or ''}({m.group('part')})"
    current.closed = current.ended = True
    return _Item(ref, [m.group("title")], page, current.section, current.exempt, line=line,
                 last=line)


# A notice of motion's part opens with its mover and gives the motion's words after a colon,
# quoted or worded as a resolution ("(a) Proposed by Councillor Harriet Stainsby, seconded by
# ...: \"This Council ...\""): never an item's title. A mover before a title ("(a) Moved by
# Cllr Jones: Appointment of Chief Executive") heads an item of business still.
_MOVER = re.compile(
    r"^(?:Proposed|Moved|Submitted)\s+by\s+(?:Councillor|Cllr)\b[^:]*:\s*"
    r"(?:[\"“'‘]|This\s+Council\b|That\b)")


def _described(title: str) -> bool:
    """A part worded as the item's description: what the meeting does, a sentence or a
    list's limb, or a motion's mover."""
    return bool(DESCRIPTION.match(title) or title.endswith((";", ".")) or _MOVER.match(title))


def _parent_and_part(ref: str) -> tuple[str, str | None]:
    """"6(b)" is item 6's part "b"; "6" is an item with no part yet."""
    m = PART_OF_REF.match(ref)
    return (m.group(1), m.group(2)) if m else (ref, None)


def _next_part(before: str | None, part: str) -> bool:
    """``part`` comes next after ``before`` in its run: "a" or "i" first, then "b" after "a",
    "ii" after "i" (a roman run read as such from its "i": "v" follows "iv", not "u")."""
    if before is None:
        return part in ("a", "i")
    if before in ROMAN_PARTS:
        index = ROMAN_PARTS.index(before)
        if index + 1 < len(ROMAN_PARTS) and part == ROMAN_PARTS[index + 1]:
            return True
    return len(before) == 1 and len(part) == 1 and ord(part) == ord(before) + 1


