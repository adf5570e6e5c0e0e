"""A report an outside body wrote for the council, bound into a pack as its report's appendix
with a cover of its own: the consultant's name and the review's title over "Final Report" and
whom it was written for ("Prepared for Wexcombe County Council"). Its cover holds none of a
committee report's labels; what it says it is, is a report written for a public body."""

from __future__ import annotations

# Whom the report was written for, a line of its own on its cover: "Prepared for Wexcombe
# County Council", "Report prepared for: the Fire and Rescue Authority". (Not a sentence:
# "prepared for the Committee's meeting in June." ends in a stop; nor the author's line,
# "Prepared by:", which REPORT_BY in segment_starts.report_heads reads.)
PREPARED_FOR = (
    r"^[^\S\n]*(?:(?:Final[^\S\n]+)?Report[^\S\n]+)?Prepared[^\S\n]+for[^\S\n]*:?[^\S\n]+"
    r"(?:the[^\S\n]+)?(?-i:[A-Z])[^\n]{0,80}?\b(?:Council|Authority|Board|Partnership|"
    r"Commission|Trust|Committee)[^\S\n]*$")
PREPARED_FOR_WORDS = ("prepared",)
