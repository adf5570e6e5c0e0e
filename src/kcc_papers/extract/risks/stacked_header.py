"""A register's header printed on two rows whose lower row names the id column itself ("Cyf."
over "Ref", "Risg" over "Risk"), as a bilingual register sets its Welsh headings on one line
and its English ones on the next, and a text export may give those lines as two rows.

Each line is then a heading of its own, in its language: the column is known by either
("Sgor Gynhenid" over "Inherent" is the inherent score; "Presennol / Current Teb." over "L" is
the current likelihood). A header whose top row names the id (a group over its factors, "Risk
ID | Net risk" over "| L | I | Score") is ``summary.grouped_header``'s, read before this."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.header_roles import ID_HEAD
from kcc_papers.extract.risks.rows import Row
from kcc_papers.normalise.bilingual import halves, header_parts

# A heading is a few words and no figure ("L", "Score", "Inherent"); a longer cell or one with
# a figure in it is a row of values or prose, not the header's second line.
MAX_HEADING_WORDS = 4
# The second line names two columns at least.
MIN_HEADINGS = 2


def stacked_header(top: Row, sub: Row) -> Row | None:
    """The two rows as one header whose cells hold each line's heading as a part of its own
    ("Sgor Gynhenid / Inherent"); None unless ``sub`` is a line of headings naming the id
    column where ``top`` does not, and no wider than ``top``."""
    below = [" ".join(c.split()) for c in sub.cells]
    above = [" ".join(c.split()) for c in top.cells]
    filled = [c for c in below if c]
    if (len(below) > len(above) or len(filled) < MIN_HEADINGS
            or any(re.search(r"\d", c) or len(c.split()) > MAX_HEADING_WORDS for c in filled)):
        return None
    # the register prints its headings in two languages, one cell over both at least ("Risg /
    # Risk"): an English header wrapped over two lines ("Strategic" over "Ref", "Score" over
    # "Before") is one heading a column, its lines no headings of their own
    if not any(len(halves(c)) > 1 for c in above):
        return None
    ids = [j for j, c in enumerate(below) if c and any(ID_HEAD.match(p) for p in header_parts(c))]
    if not ids or any(ID_HEAD.match(p) for j in ids for p in header_parts(above[j])):
        return None
    # the halves joined as a bilingual cell prints them, each read as a heading by itself
    cells = [" / ".join(c for c in (a, b) if c) for a, b in
             zip(above, below + [""] * (len(above) - len(below)), strict=True)]
    return Row(top.page, cells)
