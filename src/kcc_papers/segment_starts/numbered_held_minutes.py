"""Minutes headed by the word and their meeting alone, "MINUTES of the meeting held on 10
November 2032", under the body's masthead, with no "Present:" list: their own numbered minutes
under the heading say what they are ("PSP 22 Apologies" over its text, then "PSP 23 Minutes").

The heading's words alone are also an agenda item's ("Minutes of the meeting held on ..."), so
the heading must be set as one and the numbering must run below it: two or more lines opening
with a minute number of one shape (a letter code, then a number), the numbers running up by
one, each minute over its own text before the next one's number. An agenda's numbered list has
no code before its numbers, a report's numbered paragraphs neither; an agenda's references to
the last minutes under their item ("Matters arising: PSP 22 Allotments Review", "PSP 23 Play
Areas") are coded and run up, but stand line under line with no minute's text between them."""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import _set_as_heading

# A minute's number opening its line with the committee's letter code before it: "PSP 22",
# "FA/64", "CAB.43", "ES/071/31" (the code, its separator, the running number, perhaps a
# year after a stroke), then the minute's title in capitals.
_CODED_MINUTE = re.compile(
    r"^\s*(?P<code>[A-Z]{1,6})[\s./-]?(?P<number>\d{1,4})(?:/\d{2,4})?\.?\s+[A-Z]")
# How many lines under the heading the numbered minutes are looked for (the first minute's
# text may run over a few lines before the second's number).
NUMBERED_WITHIN = 8
# How many minutes of one code, running up, make a numbering.
MIN_RUN = 2
# How many lines of a minute's text stand between its number and the next minute's at least.
MIN_TEXT_LINES = 1


def numbered_below(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, set as a heading, has minutes numbered under one code below it on
    its page, running up by one ("PSP 22 Apologies" ... "PSP 23 Minutes")."""
    if not _set_as_heading(flat, i):
        return False
    page = flat[i][0]
    numbers: list[tuple[str, int, int]] = []
    for k, (p, _, line) in enumerate(flat[i + 1 : i + 1 + NUMBERED_WITHIN]):
        if p != page:
            break
        m = _CODED_MINUTE.match(line.text)
        if m:
            numbers.append((m["code"], int(m["number"]), k))
    run = 1
    for (code, number, at), (next_code, next_number, next_at) in pairwise(numbers):
        follows = (code, number + 1) == (next_code, next_number)
        run = run + 1 if follows and next_at - at > MIN_TEXT_LINES else 1
        if run >= MIN_RUN:
            return True
    return False
