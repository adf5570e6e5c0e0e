"""A paper that says it is for information and asks nothing (held-out round 29, a national
park authority's planning pack): "Agenda Item 7 / Appeals Lodged and Determined / For
information. No decision is sought." over the Inspectorate's decisions. Only a paper put to a
meeting says what the meeting is to do with it, here nothing: the item's report, though it
recommends nothing (as a "Recommendation" heading or an ask is a report's own clue, this
statement is). The statement opens its line, a sentence of its own ("For information.",
"This report is for information only.", "No decision is required"), not an agenda's
annotation after an item's title ("5. Quarterly returns - for information")."""

from __future__ import annotations

import re

INFORMATION_ONLY = re.compile(
    r"^[^\S\n]*(?:(?:This[^\S\n]+(?:report|paper|item)[^\S\n]+is[^\S\n]+)?"
    r"for[^\S\n]+information(?:[^\S\n]+only)?[^\S\n]*\."
    r"|No[^\S\n]+decisions?[^\S\n]+(?:is|are)[^\S\n]+(?:sought|required|needed|requested)\b)",
    re.I | re.M)
# The words every match holds one of (a clue's ``needs``).
INFORMATION_ONLY_WORDS = ("information", "decision")
