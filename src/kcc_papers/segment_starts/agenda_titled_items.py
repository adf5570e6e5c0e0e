"""A report starting straight after the agenda, headed by its item's number and title as the
agenda lists them: "Item 5: Grass cutting 2027-2030" at a page's top, set as a heading, after
an agenda that lists "5 | Grass cutting 2027-2030" in its table (a town council's pack with
no publisher's stamps and no "Report of" set as a heading).

An item the agenda lists with its own numbered parts ("8. Notices of Motion" over "8.1 Pavement
parking", "8.2 Play areas"), headed again on a later page over every one of those parts in
turn, is the agenda printing its item in full (each motion's or question's text), no paper of
its own: a paper heads one subject, not its item's whole list of parts. Not so where a part is
labelled as a report ("Report of: Chair of the Licensing Committee" under "6.1 Licensing
Committee - Taxi Licensing Policy"): "Item 6 - Reports of Committees" heads its papers. Nor is
the agenda's item in full an item the agenda heads of its own ("Item 1: Apologies" style), so
the next item's paper, "Item 9 - Recommendation from Cabinet", still starts there. Parts
lettered under their item ("(a) Pavement parking", "8(b) Play areas") are read as numbered."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.item_stamps import _heads_items_titled
from kcc_papers.segment_starts.item_titles import TITLED_ITEM
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, _set_as_heading
from kcc_papers.segment_starts.listed_items import (
    NUMBERED_TITLE,
    SAME_TITLE_CHARS,
    _key,
    _order,
    agenda_listing,
)
from kcc_papers.segment_starts.report_heads import REPORT_BY
from kcc_papers.segment_starts.walk_state import _Walk


def item_titled_after_agenda(walk: _Walk, i: int) -> bool:
    """Whether line ``i``, at a PDF page's top after the agenda's first page and set as a
    heading, heads item N's paper by "Item N: <title>" where the agenda lists item N by that
    title and heads none of its own items so. An agenda that heads its items "Item 1:
    Apologies" goes on over its pages with them; one listing its items otherwise (a table, a
    numbered list) has said all it lists, so the same item titled again is its paper."""
    flat = walk.flat
    _, idx, line = flat[i]
    if (not walk.paged or walk.last_kind != "agenda" or not walk.starts
            or idx >= ITEM_STAMP_TOP or "item" not in line.text.lower()):
        return False
    m = TITLED_ITEM.match(line.text)
    if m is None or walk.starts[-1][0] >= i - idx or not _set_as_heading(flat, i):
        return False
    listed = agenda_listing(flat, walk.starts, i, walk.tables, walk.listed)
    if _heads_items_titled(flat, walk.heading, i) and _heads_own_items(walk, i, listed):
        return False
    agenda = listed.get(m.group("item"))
    if agenda is None:
        return False
    head = _key(line.text[m.end() - 1 :])
    shorter, longer = sorted((head, agenda), key=len)
    # (the same title, the agenda's wrapped or the head's a word longer: see listed_items)
    if not (len(shorter) >= SAME_TITLE_CHARS and longer.startswith(shorter)):
        return False
    return not _parts_printed_in_full(flat, i, _parts(walk, i, m.group("item"), listed))


def _heads_own_items(walk: _Walk, i: int, listed: dict[str, str]) -> bool:
    """Whether the agenda, up to line ``i``, heads an item "Item N: <title>" other than one
    printed in full with its parts (``_parts_printed_in_full``)."""
    flat = walk.flat
    for n in range((walk.heading or 0) + 1, i):
        m = TITLED_ITEM.match(flat[n][2].text)
        if (m and _set_as_heading(flat, n)
                and not _parts_printed_in_full(flat, n, _parts(walk, i, m.group("item"),
                                                               listed))):
            return True
    return False


# The parts an item lists for its heading over them all to be the agenda's item printed in
# full: one part under its item's heading may be that part's own paper, headed by both.
MIN_PARTS_IN_FULL = 2
# A part lettered under its item, in the agenda or over its text: "(a) Pavement parking",
# "8(b) Play areas", "8a) ...", "8a Play areas" (its item's number, where printed, before it).
LETTERED_PART = re.compile(
    r"^[\s|]*(?:(?P<item>\d{1,2})\.?\s?)?(?:\((?P<a>[a-z])\)|(?P<b>[a-z])\)|(?<=\d)(?P<c>[a-z])\.?)"
    r"[\s|]+(?P<title>[^\W\d_].*?)\s*$")

# A part: the label its line is known by (a number "8.1", or a letter "b") and its title's key.
_Part = tuple[str, str]


def _parts(walk: _Walk, i: int, item: str, listed: dict[str, str]) -> list[_Part]:
    """The parts the agenda lists under item ``item``, in order: its numbered parts ("8.1",
    "8.2"), else its lettered ones."""
    numbered = sorted((n for n in listed if n.startswith(f"{item}.")), key=_order)
    if numbered:
        return [(n, listed[n]) for n in numbered]
    return _lettered_parts(walk, i, item)


def _lettered_parts(walk: _Walk, i: int, item: str) -> list[_Part]:
    """The parts the agenda (its first start of that kind, up to the next start or line
    ``i``, as ``agenda_listing`` reads it) letters under item ``item``: the first run of
    lettered lines straight after the item's own, or lettered with its number."""
    agenda = next((n for n, (_, kind) in enumerate(walk.starts) if kind == "agenda"), None)
    if agenda is None:
        return []
    begin = walk.starts[agenda][0]
    end = walk.starts[agenda + 1][0] if agenda + 1 < len(walk.starts) else i
    parts: list[_Part] = []
    under: str | None = None
    for _, _, line in walk.flat[begin:end]:
        lettered = _lettered(line.text)
        if lettered is not None and (lettered[0] or under) == item:
            parts.append((lettered[1], lettered[2]))
            continue
        if parts:
            break  # (the agenda's one run of them: later lines may print them in full)
        numbered = NUMBERED_TITLE.match(line.text)
        if numbered is not None:
            under = numbered.group("number")
        elif lettered is None and line.text.strip():
            under = None
    return parts


def _lettered(text: str) -> tuple[str | None, str, str] | None:
    """A lettered part's line: its item's number where printed, its letter, its title."""
    m = LETTERED_PART.match(text)
    if m is None:
        return None
    letter = m.group("a") or m.group("b") or m.group("c") or ""
    return m.group("item"), letter, m.group("title")


def _parts_printed_in_full(flat: list[tuple[int, int, Line]], i: int,
                           parts: list[_Part]) -> bool:
    """Whether the lines under the head on its page print, in the agenda's order, every part
    the agenda lists under the head's item (``parts``), each by its number or letter and the
    title the agenda gives it (its text may run on after the title on the line), and label
    none of them a report."""
    if len(parts) < MIN_PARTS_IN_FULL:
        return False
    page = flat[i][0]
    waiting = iter(parts)
    want = next(waiting, None)
    # (the head's own page only: no copy of the rest of a long pack)
    for j in range(i + 1, len(flat)):
        at, _, line = flat[j]
        if at != page:
            break
        if REPORT_BY.match(line.text):
            return False
        printed = _printed_part(line.text)
        if printed is None or want is None or printed[0] != want[0]:
            continue
        title = _key(want[1])
        if len(title) >= SAME_TITLE_CHARS and _key(printed[1]).startswith(title):
            want = next(waiting, None)
    # (every part printed, and none labelled a report on the page)
    return want is None


def _printed_part(text: str) -> _Part | None:
    """A line's part label (number or letter) and title, if it opens with one."""
    m = NUMBERED_TITLE.match(text)
    if m is not None:
        return m.group("number"), m.group("title")
    lettered = _lettered(text)
    return None if lettered is None else (lettered[1], lettered[2])
