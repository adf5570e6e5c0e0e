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

# "none of these contracts was let, extended or varied", "None of the contracts listed below
# has been awarded", "none of them were renewed in the period", "No contract in the table below
# was let": the text above a table denying every one of its rows the acts that make a contract
# the paper's record.
_ACTS = r"(?:let|re-?let|awarded|extended|varied|renewed|procured|re-?procured)"
# (the acts that let a contract: a table of awards "none of which has been varied since award"
# is still a table of awards)
LETTING = re.compile(r"\b(?:let|re-?let|awarded|renewed|procured|re-?procured)\b", re.I)
# Where the rows stand: "listed below", "in the table below", "shown in this register".
_WHERE = (r"(?:\s+(?:listed|shown|set\s+out|included|reported))?"
          r"(?:\s+in\s+(?:the|this)\s+(?:table|register|list|appendix|schedule))?"
          r"(?:\s+(?:above|below|here))?")
NONE_LET = re.compile(
    r"\b(?:(?:none|neither)\s+of\s+(?:these|those|the|them)\b(?:\s+(?:contracts|agreements))?"
    rf"{_WHERE}|no\s+(?:contracts?|agreements?)(?=\s+(?:listed|shown|set|included|reported|in)\b)"
    rf"{_WHERE})"
    r"\s+(?:was|were|has\s+been|have\s+been|is\s+being|are\s+being)\s+"
    rf"(?P<acts>{_ACTS}(?:\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+){_ACTS})*)\b"
    # ... and no more said of the acts than when: "in the quarter", "since the last report"
    # ("None of them was awarded without competition" says how the rows were let, not that
    # they were not)
    r"(?=\s*(?:$|[.,;:)]|(?:in|during|within|over|since|this|that|last|so\s+far|to\s+date|"
    r"at\s+any\s+time|yet|by\s+the\s+(?:council|authority))\b))",
    re.I)


def says_none_let(lead_in: list[str]) -> bool:
    """Whether the sentences just above a table say none of its contracts was let (NONE_LET,
    a letting among the acts denied)."""
    return any(LETTING.search(m["acts"]) for sentence in lead_in
               for m in NONE_LET.finditer(sentence))
