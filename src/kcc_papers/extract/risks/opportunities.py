"""Opportunity registers: a programme may score its opportunities ("positive risks", things
that could go better than planned) on the same matrix as its risks, in a table beside the
risk register ("Ref | Opportunity | Likelihood | Benefit | Score"). Their rows are no risks:
the table names its subject "Opportunity", where a register's says "Risk".
A register's other columns may name opportunities and its rows stay risks: the upside a risk
brings ("Ref | Description | L | I | Score | Opportunities", a climate adaptation register),
or each row's kind ("Threat / Opportunity" over "Threat" or "Opportunity")."""

from __future__ import annotations

import re

# The heading of an opportunity register's subject column: "Opportunity", "Opportunities",
# "Opportunity description". A column naming both ("Risk / opportunity") heads a register
# that lists both, its risks read as risks.
OPPORTUNITY_HEAD = re.compile(r"^opportunit(?:y|ies)(?:\s+(?:description|title|name|details?"
                              r"|identified))?$", re.I)


def opportunity_subject(headings: list[list[str]], title: int | None) -> bool:
    """Whether a table's header (each column's heading, in its parts) is an opportunity
    register's: the column its rows' titles are in (``title``) is headed by the opportunity
    alone, every part of its heading."""
    if title is None or not headings[title]:
        return False
    return all(OPPORTUNITY_HEAD.match(p) for p in headings[title])
