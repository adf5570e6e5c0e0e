"""A board's paper headed by its title over a strip of references: "Board Assurance Framework"
set in the pack's largest type at a page's top, over "Paper C | Board of Directors 6 June 2024
| Executive lead: ..." or "Quality Committee, 16 October 2024 | Agenda item QC 4" in body
type. The strip's cells say which paper it is and for which meeting: after the minutes or
another paper, such a head on a later page starts the paper it names (the same reference
again is the current paper's next page)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, _set_as_heading
from kcc_papers.segment_starts.walk_state import _Walk

# A strip's cell naming the paper: "Paper C", "Paper 4", "Agenda item QC 4", "Item 7.1".
STRIP_REFERENCE = re.compile(
    r"^(?:Paper\s+(?P<paper>(?-i:[A-Z])|\d{1,2}[a-z]?)"
    r"|(?:Agenda\s+)?Item\s+(?P<item>(?:(?-i:[A-Z]{1,5})\s*)?\d{1,3}(?:\.\d{1,2})?))$", re.I)
# Cells of a strip are set off by a bar.
CELL_BAR = "|"


def reference_strip_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, a heading near a later page's top after the minutes or a
    report, stands over a strip naming another paper than the current one and a meeting's
    date (see the module's note): a report starts at its page's top."""
    flat, heading = walk.flat, walk.heading
    if (not walk.paged or walk.last_kind not in ("minutes", "report") or heading is None
            or idx >= ITEM_STAMP_TOP or i + 1 >= len(flat)
            or flat[i][0] <= flat[heading][0] or flat[i + 1][0] != flat[i][0]):
        return False
    # (a title is no row of cells: an action log's barred rows, "Item 4 | 6 October 2026 |
    # ...", at a page's top each look like a strip under the row above)
    if not _set_as_heading(flat, i) or CELL_BAR in flat[i][2].text:
        return False
    ref = _strip_reference(flat[i + 1][2].text)
    if ref is None:
        return False
    # the current paper's strip, printed over its later pages: the reference it was last
    # stamped with, or the strip on its first page's top (a paper started by its item stamp
    # or its "Report of" heading carries its strip under it, and the stamp is another)
    if ref in (_squeezed(walk.stamp), _own_reference(flat, walk.starts[-1][0])):
        return False
    walk.begin(i - idx, "report", i)
    walk.stamp = ref
    return True


def _squeezed(ref: str | None) -> str | None:
    """A reference without its spaces, lower-cased: "QC 4" and "QC4" are one reference."""
    return None if ref is None else re.sub(r"\s+", "", ref).lower()


def _strip_reference(strip: str) -> str | None:
    """The one paper a bar-separated strip with a date names ("Paper C | Board 6 June 2024")."""
    if CELL_BAR not in strip:
        return None
    refs = [m for cell in strip.split(CELL_BAR)
            if (m := STRIP_REFERENCE.match(cell.strip()))]
    if len(refs) != 1 or find_date(strip) is None:
        return None
    return _squeezed(refs[0].group("paper") or refs[0].group("item"))


def _own_reference(flat: list[tuple[int, int, Line]], start: int) -> str | None:
    """The reference a strip near the top of the current paper's first page names, if any."""
    page = flat[start][0]
    for j in range(start, len(flat)):
        p, idx, line = flat[j]
        if p != page or idx > ITEM_STAMP_TOP:
            break
        if ref := _strip_reference(line.text):
            return ref
    return None
