"""A report starting straight after the agenda, headed by its item's number and title as the
agenda lists them: "Item 5: Grass cutting 2027-2030" at a page's top, set as a heading, after
an agenda that lists "5 | Grass cutting 2027-2030" in its table (a town council's pack with
no publisher's stamps and no "Report of" set as a heading)."""

from __future__ import annotations

from kcc_papers.segment_starts.item_stamps import _heads_items_titled
from kcc_papers.segment_starts.item_titles import TITLED_ITEM
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key, agenda_listing
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
    if _heads_items_titled(flat, walk.heading, i):
        return False
    listed = agenda_listing(flat, walk.starts, i, walk.tables, walk.listed)
    agenda = listed.get(m.group("item"))
    if agenda is None:
        return False
    head = _key(line.text[m.end() - 1 :])
    shorter, longer = sorted((head, agenda), key=len)
    # (the same title, the agenda's wrapped or the head's a word longer: see listed_items)
    return len(shorter) >= SAME_TITLE_CHARS and longer.startswith(shorter)
