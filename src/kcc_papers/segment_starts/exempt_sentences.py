"""A pack's page standing in for an exempt item's paper by one sentence saying the paper is
withheld: "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A ...",
"This report is exempt from publication under paragraphs 1 and 7 of Part 1 of Schedule 12A
... and has been circulated to members of the Committee only" under the item's stamp and
title. Unlike exempt_notes' stand-ins the note is no heading of its own line but the sentence
opening its line; its subject is the paper itself (none, or "this report"), so a public
report's "Appendix B is not for publication by virtue of paragraph 3" is none."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.exempt_notes import PAPER_BODY, SCHEDULE_12A

# The sentence opening its line, its subject the paper itself: "Not for publication ...",
# "This report is exempt from publication ...", "This item is not for publication ...". Its
# first letter is a capital: a line opening "not for publication" in lower case carries on a
# sentence wrapped from the line above, whose subject may be an appendix ("... Appendix 2 is"
# / "not for publication by virtue of paragraph 3 ...").
WITHHELD_SENTENCE = re.compile(
    r"^\s*(?=(?-i:[NT]))(?:(?:this|the)\s+(?:report|paper|item|document)\s+is\s+)?"
    r"(?:not\s+for|exempt\s+from)\s+publication\b", re.I | re.M)


def withheld_sentence_page(text: str) -> bool:
    """Whether a short segment's text is an exempt item's stand-in by its sentence alone (the
    caller bounds its length): the sentence, citing Schedule 12A, and no paper's body."""
    sentence = WITHHELD_SENTENCE.search(text)
    return (sentence is not None and SCHEDULE_12A.search(text, sentence.start()) is not None
            and PAPER_BODY.search(text) is None)
