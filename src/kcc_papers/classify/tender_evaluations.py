"""What a report weighed as a report says it is about, where its tables would say otherwise
(held-out round 29's slides): a procurement's evaluation, its bids scored before the risks of
the contract it lets."""

from __future__ import annotations

import re

# A table of bids scored: its first column the bidders ("Bidder", "Tenderer", "Name of
# bidder"), a later one on the same line scoring them on quality or price ("Quality (60)",
# "Price", "Total score").
_BIDDER_CELL = r"(?:Name[ \t]+of[ \t]+)?(?:Bidder|Tenderer)s?(?:[ \t]+name)?"
# (a header line, no sentence about the bids: "Tenderers were scored on quality and price")
_NO_VERB = r"(?![^\n]*\b(?:the|is|are|was|were|has|have|will)\b)"
TENDER_TABLE_HEADER = re.compile(
    rf"^{_NO_VERB}[ \t|#~%-]*{_BIDDER_CELL}\b[^\n]{{0,200}}?\b(?:Quality|Price|Score)\b",
    re.I | re.M)


def evaluates_tenders(head: str) -> bool:
    """Whether a paper's head holds a table of bids scored (TENDER_TABLE_HEADER): the
    evaluation of a procurement (a deck bound after the award's report, "Evaluation
    Summary"), whose table of risks is the risks of mobilising the contract it lets, as the
    award's report's would be: a report, not a register."""
    return TENDER_TABLE_HEADER.search(head) is not None
