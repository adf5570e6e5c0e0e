"""Threat assessments: a partnership's strategic assessment scores the threats it faces
(crime types, harms) for likelihood and impact in a table like a register's ("Threat |
Description | Likelihood | Impact | Score"), to choose its priorities, not to manage them as
risks. Its rows are no risks: the table names its subject "Threat", where a register's says
"Risk", as an opportunity register's says "Opportunity" (opportunities.py).
A register naming threats in another column keeps its rows risks: the cause of each risk
("Risk | Threat | Vulnerability | L | I"), or each row's kind ("Threat / Opportunity")."""

from __future__ import annotations

import re

# The heading of a threat table's subject column, its ids or its titles: "Threat", "Threats",
# "Threat ref", "Threat description". A heading naming a risk too ("Risk / threat") heads a
# register's column.
THREAT_HEAD = re.compile(r"^threats?(?:\s+(?:ref(?:erence)?|no\.?|id|number|description|title"
                         r"|name|details?|identified))?$", re.I)
# The columns that name a table's subject: its rows' ids and titles.
SUBJECT_ROLES = ("id", "title")


# A subject column naming the rows risks: "Risk ID | Threat | L | I" lists risks, each
# titled by the threat it is.
RISK_WORD = re.compile(r"\brisks?\b", re.I)


def threat_subject(headings: list[list[str]], roles: dict[str, int]) -> bool:
    """Whether a table's header (each column's heading, in its parts) is a threat
    assessment's: a column naming its rows (``roles``' id or title) is headed by the threat
    alone, every part of its heading, and neither names them risks."""
    subject = [headings[at] for role in SUBJECT_ROLES if (at := roles.get(role)) is not None]
    if any(RISK_WORD.search(p) for parts in subject for p in parts):
        return False
    return any(parts and all(THREAT_HEAD.match(p) for p in parts) for parts in subject)
