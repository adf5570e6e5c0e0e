"""A minute numbered by its group's code of five or six letters, a stroke and the running number:
"ELCAG/19 Apologies", as an Environment and Leisure Cabinet Advisory Group numbers its notes.
NUM_FIRST reads a code that long only with the year between ("COAPSC/27/18"): a word in
capitals before a stroke and one number ("TOTAL/12") is no minute's number in running text or
a table. Set as a heading, the line is one: read so only where the layout says it is (the
sequence of such numbers, one style, is then checked as every numbering's is)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.title_splits import in_capitals

# The code's letters, its stroke, the running number (no year: that form is NUM_FIRST's), the
# title after a space.
_LONG_CODE_FIRST = re.compile(
    r"^(?P<prefix>[A-Z]{5,6}/)(?P<num>[1-9]\d{0,3})\s+(?P<title>\S.*)$")


def long_coded(text: str, set_as_heading: bool | None,
               stands_alone: bool = False) -> tuple[int, str, str] | None:
    """The number, style ("ELCAG/|plain": its own sequence) and title of a heading line
    numbered by a long code; None where the line is no such heading. With no layout known (a
    text export: "ERCAG/14 APOLOGIES FOR ABSENCE"), a title in capitals on a line of its own
    is set as a heading is (a table's "TOTAL/12 345" has no words after it in capitals)."""
    if set_as_heading is False:
        return None
    m = _LONG_CODE_FIRST.match(text)
    if not m:
        return None
    if set_as_heading is None and not (stands_alone and in_capitals(m.group("title"))):
        return None
    return int(m.group("num")), f"{m.group('prefix')}|plain", m.group("title")
