"""Opportunity registers: a programme may score its opportunities ("positive risks", things
that could go better than planned) on the same matrix as its risks, in a table beside the
risk register ("Ref | Opportunity | Likelihood | Benefit | Score"). Their rows are no risks:
the table names its subject "Opportunity", where a register's says "Risk"."""

from __future__ import annotations

import re

# The heading of an opportunity register's subject column: "Opportunity", "Opportunities",
# "Opportunity description". A column naming both ("Risk / opportunity") heads a register
# that lists both, its risks read as risks.
OPPORTUNITY_HEAD = re.compile(r"^opportunit(?:y|ies)(?:\s+(?:description|title|name|details?"
                              r"|identified))?$", re.I)
RISK_WORD = re.compile(r"\brisks?\b", re.I)


def opportunity_header(headings: list[list[str]]) -> bool:
    """Whether a table's header (each column's heading, in its parts) is an opportunity
    register's: a column headed by the opportunity, and no heading naming a risk."""
    flat = [p for parts in headings for p in parts]
    return (any(OPPORTUNITY_HEAD.match(p) for p in flat)
            and not any(RISK_WORD.search(p) for p in flat))
