"""Records of decision printed one after another on a page: a bulletin collecting the
decisions taken outside meetings ("Executive Decisions Bulletin") runs a short record on
under the one before it, each under its council's masthead and its own heading ("RECORD OF
INDIVIDUAL CABINET MEMBER DECISION"). A heading below a page's top starts nothing elsewhere
(a report's section); here the record before it has printed its decision, so the heading
is the next record's, not a section of the last."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.decision_headings import RECORD_OF_DECISION
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS, _set_as_heading
from kcc_papers.segment_starts.report_heads import COUNCIL_NAME

# The record's own decision, labelled: "Decision:" on its line, or "Decision" heading it.
DECISION_FIELD = re.compile(r"^\s*Decision\s*(?::.*)?$", re.I)
# A record's heading is a short line (longer is a sentence naming a record).
RECORD_HEADING_CHARS = 80


def next_record_mid_page(flat: list[tuple[int, int, Line]], i: int,
                         heading: int | None) -> int | None:
    """Where the next record starts if line ``i``, below its page's top, heads a record of
    decision after the record headed at line ``heading`` has printed its decision on this
    page or one before: at its masthead line just above it in the heading's type ("NORTHMARSH
    COUNTY COUNCIL"), else at the heading."""
    line = flat[i][2]
    if heading is None or heading >= i or len(line.text) > RECORD_HEADING_CHARS:
        return None
    if "decision" not in line.text.lower() or not RECORD_OF_DECISION.search(line.text):
        return None
    if not _set_as_heading(flat, i):
        return None
    if not any(DECISION_FIELD.match(text.text) for _, _, text in flat[heading + 1 : i]):
        return None
    return i - 1 if _masthead_above(flat, i) else i


def _masthead_above(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the line above record heading ``i`` is the record's masthead: its council's
    name, in the heading's type or larger, on the same page. (A line of the record before in
    that type, its bold "Published 6 March 2026", is that record's own.)"""
    above, line = flat[i - 1][2], flat[i][2]
    return (flat[i - 1][0] == flat[i][0] and above.size is not None and line.size is not None
            and above.size >= line.size - SAME_SIZE_POINTS
            and COUNCIL_NAME.match(above.text) is not None)
