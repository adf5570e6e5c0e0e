"""A pack's page standing in for an item's paper by a notice under the item's own title: the
agenda item's stamp and title ("Agenda Item 10", "Market Street Regeneration: Compulsory
Purchase Order") over "REPORT TO FOLLOW", "CONFIDENTIAL - NOT FOR PUBLICATION" or a sentence
saying the paper "will be tabled at the meeting". Unlike ``segment._placeholder`` the notice is
not the page's title, and unlike ``exempt_notes`` no Schedule 12A is cited (a town council's
confidential item is withheld under the 1960 Act, a late report is withheld by nothing). The
page prints nothing of the paper, so it is no document: the agenda names the item. A short
paper that says what it is (numbered paragraphs, a recommendation) is one, whatever notice it
carries."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.appendices import CORRECTION_SHEET
from kcc_papers.segment_starts.exempt_notes import PAPER_BODY

# The words a to-follow notice may name its paper by ("REPORT TO FOLLOW", "Appendix 2 to
# follow"): more, and the line is a sentence about something else.
NOTICE_NAME_WORDS = 3
# A notice alone on its line: the paper to follow, or withheld ("NOT FOR PUBLICATION", perhaps
# after "CONFIDENTIAL -" / "EXEMPT:"), bracketed or stopped.
NOTICE_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:"
    rf"(?:\S+\s+){{0,{NOTICE_NAME_WORDS}}}?to\s+follow"
    r"|(?:(?:confidential|exempt|restricted)(?:\s+item)?\s*[-–—:]?\s*)?not\s+for\s+publication"
    r")\s*[)\].:]?\s*$", re.I | re.M)
# Or a sentence saying the paper comes later: "The work programme will be tabled at the
# meeting", "The report will be circulated separately / before the meeting".
LATER_SENTENCE = re.compile(
    r"\bwill\s+be\s+(?:tabled|circulated|published)\b[^.\n]{0,40}?"
    r"\b(?:at|before|to|prior\s+to)\s+the\s+meeting\b|\bwill\s+be\s+circulated\s+separately\b",
    re.I)


# A paper's body printed above its notice: a numbered paragraph or a recommendation run on to
# its sentence's stop ("Recommendation: That members approve the quote ... Ltd.") over an
# appendix's "to follow". The item's stamp and title above a stand-in's notice end on no stop,
# whatever they name ("5. STAFFING COMMITTEE RECOMMENDATION - DEPUTY CLERK POST").
BODY_ABOVE = re.compile(rf"(?:{PAPER_BODY.pattern})[^.]*\.(?:\s|$)", PAPER_BODY.flags)


def notice_stand_in(text: str) -> bool:
    """Whether a short segment's text (the caller bounds its length, as for the other
    stand-ins) is an item's stand-in by its notice: a notice line or a sentence saying the
    paper comes later, and no paper's body below it, nor above it (the item's title there may
    name a recommendation: "STAFFING COMMITTEE RECOMMENDATION - DEPUTY CLERK POST")."""
    notice = NOTICE_LINE.search(text) or LATER_SENTENCE.search(text)
    return (notice is not None and PAPER_BODY.search(text, notice.end()) is None
            and BODY_ABOVE.search(text, 0, notice.start()) is None)


def correction_titled(title: str | None) -> bool:
    """Whether a document's title names it a correction sheet ("ERRATUM" under its item's
    stamp, "Corrigendum"): such a sheet corrects a paper already published and records
    nothing of its own, so it is "other" whatever its page's clues say, as a correction sheet
    found by its title alone is (``appendices._tabled_kind``)."""
    return title is not None and CORRECTION_SHEET.match(title) is not None
