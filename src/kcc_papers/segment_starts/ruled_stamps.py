"""A text export's item stamp under the rule it draws between its papers: a text file with no
pages draws a line of dashes (TEXT_RULE) where a PDF's page would end, and the publisher's
stamp under it ("Agenda item 5") starts the item's paper as a stamp at a page's top does,
whatever its head says it is (a title over its author's post, no "Report of" line)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.item_stamps import TEXT_ITEM_STAMP, _lists_ref
from kcc_papers.segment_starts.layout import TEXT_RULE

# Minutes under the stamp are started by their own title ("MINUTES OF THE MEETING" under the
# council's masthead and the meeting's dated line), looked for this many lines below it: the
# stamp starts no report of the masthead's lines before them.
MINUTES_TITLE_BELOW = 4
MINUTES_TITLE = re.compile(r"^\s*(?:(?:DRAFT|UNCONFIRMED)\s+)?MINUTES?\b", re.I)


def file_agenda(starts: list[tuple[int, str]], i: int) -> tuple[int, int] | None:
    """The lines (first, past last) of the last agenda started before line ``i``, given the
    file's starts so far: it runs to the next start, or to line ``i``."""
    for n in range(len(starts) - 1, -1, -1):
        start, kind = starts[n]
        if kind == "agenda" and start < i:
            return start, starts[n + 1][0] if n + 1 < len(starts) else i
    return None


def ruled_stamp(flat: list[tuple[int, int, Line]], i: int,
                starts: list[tuple[int, str]]) -> str | None:
    """The item line ``i`` of a text file stamps, alone on its line straight under a rule
    drawn across (blank lines are none of the file's lines), where it is an item the file's
    agenda (the last among the file's ``starts`` so far) lists by that number. With no agenda
    to list it, a stamp under a rule is the file's own heading: minutes exported as text rule
    off each minute, headed "Agenda item 2", and an agenda draws rules between its own
    items."""
    text = flat[i][2].text
    if i == 0 or "item" not in text.lower() or not TEXT_RULE.match(flat[i - 1][2].text):
        return None
    m = TEXT_ITEM_STAMP.match(text)
    if m is None or m.group("ref") is None:
        return None
    below = [line.text for _, _, line in flat[i + 1 : i + 1 + MINUTES_TITLE_BELOW]]
    if any(MINUTES_TITLE.match(text) for text in below):
        return None
    ref = m.group("ref")
    # (the agenda looked for last: a line that is a ruled stamp is rare)
    agenda = file_agenda(starts, i)
    if agenda is None or not _lists_ref(flat[agenda[0] : agenda[1]], ref):
        return None
    return ref.lower()
