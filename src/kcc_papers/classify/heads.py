"""A document's head and its title lines: where a paper says what it is."""

from __future__ import annotations

from kcc_papers.segment_starts.header_labels import REPORT_LABEL

# The head of a document (its first HEAD_CHARS characters) is where a paper says what it is;
# words further down (an appendix, a quoted report) must not decide its kind.
HEAD_CHARS = 3000

TITLE_LINES = 6


def _first_lines(text: str, *, unlabelled: bool = False) -> str:
    """The first TITLE_LINES lines of ``text`` with words; ``unlabelled``: not counting the
    labelled lines of a report's header ("Report to: Executive", "Date: ...", "Report of:
    ..."), its fields, not its title, which a header of five fields pushed out of them."""
    lines = [s for s in text.splitlines() if s.strip()]
    if unlabelled:
        lines = [s for s in lines if not REPORT_LABEL.match(s)]
    return "\n".join(lines[:TITLE_LINES])
