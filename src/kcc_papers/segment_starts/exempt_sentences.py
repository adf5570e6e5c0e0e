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


# The sentence's end: a full stop closing a word or number ("... Act 1972.").
SENTENCE_END = re.compile(r"\.(?=\s|$)")
# A word of the page after the sentence (a footer's page number is none).
WORD = re.compile(r"[^\W\d_]{2,}")
# At most this many words follow the sentence on a stand-in: a remark of one short sentence
# ("The report has been circulated to members of the Committee only."); an exempt paper
# printed in full under the sentence says more ("Purpose" / "To set out ..." / "Decision
# required" / "That Cabinet approves ..."), even one too short for numbered paragraphs.
WORDS_AFTER_MAX = 15


def withheld_sentence_page(text: str) -> bool:
    """Whether a short segment's text is an exempt item's stand-in by its sentence alone (the
    caller bounds its length): the sentence, citing Schedule 12A, and no paper's body, neither
    numbered paragraphs nor more than a short remark after the sentence."""
    sentence = WITHHELD_SENTENCE.search(text)
    cited = SCHEDULE_12A.search(text, sentence.start()) if sentence else None
    if cited is None or PAPER_BODY.search(text):
        return False
    end = SENTENCE_END.search(text, cited.end())
    after = text[end.end():] if end else ""
    return len(WORD.findall(after)) <= WORDS_AFTER_MAX
