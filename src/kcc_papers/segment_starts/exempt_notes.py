"""A pack's page standing in for an exempt item's paper by its note alone: "NOT FOR
PUBLICATION" as the page's heading, over the exemption it is withheld under ("This report is
exempt from publication under paragraphs 12 and 14 of Part 4 of Schedule 12A to the Local
Government Act 1972", a Welsh authority's paragraphs). Unlike the stand-ins of
``segment._exempt_stand_in`` it moves no exclusion of the press and public and has no
"Document is Restricted": the note on a line of its own, where a paper's title would be, says
nothing of the item is printed. A public report citing Schedule 12A for its exempt appendix
has a title of its own, the note at most inside a sentence."""

from __future__ import annotations

import re

# The note alone on its line, perhaps bracketed or stopped: "NOT FOR PUBLICATION".
NOTE_LINE = re.compile(r"^\s*[(\[]?\s*not\s+for\s+publication\s*[)\].:]?\s*$", re.I | re.M)
# The exemption cited: "under / by virtue of paragraph(s) ... Schedule 12A" (within a
# sentence, which may wrap over lines).
SCHEDULE_12A = re.compile(
    r"\b(?:under|by\s+virtue\s+of)\s+paragraphs?\b[^.]{0,120}?\bSchedule\s+12A\b", re.I)
# A paper printed in full under the note (a members' pack's Part 2 report: "NOT FOR
# PUBLICATION" over "Disposal of Land at Mill Lane" and its numbered paragraphs) is a document:
# its numbered paragraphs or its recommendation say so, a stand-in has neither.
PAPER_BODY = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?-i:[A-Z])|\brecommend", re.I | re.M)


def withheld_note_page(text: str) -> bool:
    """Whether a short segment's text is an exempt item's stand-in by its note alone (the
    caller bounds its length, as for the other stand-ins)."""
    return (NOTE_LINE.search(text) is not None and SCHEDULE_12A.search(text) is not None
            and PAPER_BODY.search(text) is None)
