"""A numbered heading in sentence case whose title opens with a word a sentence opens with:
"34. Agreed Syllabus review 2026-2027" (a SACRE's minutes), "12. Approved premises update".
SENTENCE vetoes such a line as a title ("3. Agreed that the report be noted" is a paragraph),
and title_cased lets one through only where every word is capitalised. A line that ends
short of the text's edge, the next line starting a paragraph of its own, with a few words and
no sentence's stop, is set as a heading: it is kept as a weak candidate, one the numbering
sequence must vouch for (it weighs least, so it joins a chain only where it is the number
the headings around it skip)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.patterns import MAX_HEAD_WORDS, SENTENCE
from kcc_papers.extract.minutes.resolution_marks import resolves

# A title this short is a phrase ("Agreed Syllabus review"); one word alone ("Noted") is a
# resolution's word, no heading.
MIN_HEADING_WORDS = 2
# A sentence's stop, or a lead into a list, ends no heading.
_SENTENCE_ENDS = (".", ";", ",", ":")
# A point of a list numbered as a minute is: "2. Noted the volunteer hours".
_POINT = re.compile(r"^\s*(?P<num>\d{1,3})[.)]?\s+(?P<text>\S.*)$")


def stands_as_heading(title: str, set_as_heading: bool | None, stands_alone: bool) -> bool:
    """Whether a numbered line whose ``title`` opens with a sentence's word is still set as
    a heading: it ends on its line (``stands_alone``), the layout does not set it as the
    body, and its title is a short phrase that neither ends as a sentence nor resolves."""
    words = title.split()
    return (stands_alone and set_as_heading is not False
            and MIN_HEADING_WORDS <= len(words) <= MAX_HEAD_WORDS
            and not title.rstrip().endswith(_SENTENCE_ENDS) and not resolves(title))


def points_a_list(texts: list[str], i: int, number: int) -> bool:
    """Whether the numbered line ``texts[i]`` goes on a list rather than heading a minute:
    the line above it leads into a list ("The Forum agreed:"), or is the list's point
    numbered one less, itself worded as a resolution ("2. Noted the volunteer hours" over
    "3. Agreed path diversions 2025-2026"); a heading follows its last minute's text."""
    above = next((t for t in reversed(texts[:i]) if t.strip()), "")
    if above.rstrip().endswith(":"):
        return True
    point = _POINT.match(above)
    return bool(point and int(point.group("num")) == number - 1
                and SENTENCE.match(point.group("text")))
