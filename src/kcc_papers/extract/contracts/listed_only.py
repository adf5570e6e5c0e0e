"""Tables of contracts listed for information, none of them let (held-out round 35): a
quarterly procurement update prints the contracts awarded or extended in the quarter, then
"the register of the Council's larger contracts in force ... It is provided for information
only; none of these contracts was let, extended or varied in the quarter." over "Contract |
Provider | Start | End | Total contract value". The paper says of that table's rows that
none was let, extended or varied: they are no contracts of the paper's, however well its
header names them. (A register without such a sentence, reported for its own sake, is read
as ever: its rows are the contracts the paper reports.)"""

from __future__ import annotations

import re

# "none of these contracts was let, extended or varied", "None of the contracts listed has
# been awarded", "none of them were renewed in the period": the text above a table denying
# every one of its rows the acts that make a contract the paper's record.
_ACTS = r"(?:let|re-?let|awarded|extended|varied|renewed|procured)"
NONE_LET = re.compile(
    r"\bnone\s+of\s+(?:these|those|the|them)\b(?:\s+(?:contracts|agreements))?"
    r"(?:\s+(?:listed|shown|above|below))?"
    rf"\s+(?:was|were|has\s+been|have\s+been|is\s+being|are\s+being)\s+{_ACTS}\b",
    re.I)


def says_none_let(lead_in: list[str]) -> bool:
    """Whether the sentences just above a table say none of its contracts was let (NONE_LET)."""
    return any(NONE_LET.search(sentence) for sentence in lead_in)
