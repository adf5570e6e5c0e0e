"""A numbered heading in sentence case whose title opens with a word a sentence opens with:
"34. Agreed Syllabus review 2026-2027" (a SACRE's minutes), "12. Approved premises update".
SENTENCE vetoes such a line as a title ("3. Agreed that the report be noted" is a paragraph),
and title_cased lets one through only where every word is capitalised. A line that ends
short of the text's edge, the next line starting a paragraph of its own, with a few words and
no sentence's stop, is set as a heading: it is kept as a weak candidate, one the numbering
sequence must vouch for (it weighs least, so it joins a chain only where it is the number
the headings around it skip)."""

from __future__ import annotations

from kcc_papers.extract.minutes.patterns import MAX_HEAD_WORDS
from kcc_papers.extract.minutes.resolution_marks import resolves

# A title this short is a phrase ("Agreed Syllabus review"); one word alone ("Noted") is a
# resolution's word, no heading.
MIN_HEADING_WORDS = 2
# A sentence's stop, or a lead into a list, ends no heading.
_SENTENCE_ENDS = (".", ";", ",", ":")


def stands_as_heading(title: str, set_as_heading: bool | None, stands_alone: bool) -> bool:
    """Whether a numbered line whose ``title`` opens with a sentence's word is still set as
    a heading: it ends on its line (``stands_alone``), the layout does not set it as the
    body, and its title is a short phrase that neither ends as a sentence nor resolves."""
    words = title.split()
    return (stands_alone and set_as_heading is not False
            and MIN_HEADING_WORDS <= len(words) <= MAX_HEAD_WORDS
            and not title.rstrip().endswith(_SENTENCE_ENDS) and not resolves(title))
