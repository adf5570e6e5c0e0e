"""The sentence above a table that counts the parties who answered a tender or a request for
quotations (held-out round 28): "Four suppliers were invited and three bid:", "Four roofing
contractors were invited to quote; three did so.", "Three suppliers responded:". The rows below
are the offers those parties made, the losers' as well as the winner's, whom the paper names
in its recommendation; so the table's rows are offers (``offers.py``), not contracts, whatever
its columns ("Contractor | Quotation (£) | Start available", "Supplier | Annual cost |
Four-year cost").
"""

from __future__ import annotations

import re

# The parties a tender or a request for quotations asks (the trade they are named by).
_PARTIES = r"(?:suppliers|contractors|firms|companies|bidders|tenderers|providers|brokers|" \
           r"organisations|operators|consultants)"
# What a party that answered did: bid, tendered, quoted, responded, "did so".
_ANSWERED = r"(?:responded|replied|bid|tendered|quoted|did\s+so|submitted\s+(?:a\s+)?" \
            r"(?:bids?|tenders?|quotations?|quotes|prices?|offers?))"
# How far the count of the answers may follow the parties (a clause: "were invited and three").
_CLAUSE_CHARS = 40

COUNTED_ANSWERS = re.compile(
    rf"\b{_PARTIES}\b[^.;:]{{0,{_CLAUSE_CHARS}}}?\b{_ANSWERED}\b"
    # "invited to quote; three did so": the invitation, then the count of those who answered
    rf"|\binvited\s+to\s+(?:quote|tender|bid)\b[^.]{{0,{_CLAUSE_CHARS}}}?\b{_ANSWERED}\b",
    re.I)
# ... unless the sentence lets the work as well ("three bid and the contract was awarded to").
_LETS = re.compile(r"\b(?:award(?:ed|s)?|let|appoint(?:ed|s)?)\b(?!\s+criteri)", re.I)


def counts_answers(sentence: str) -> bool:
    """Whether a sentence counts the parties who bid or quoted, and lets nothing."""
    return bool(COUNTED_ANSWERS.search(sentence)) and not _LETS.search(sentence)
