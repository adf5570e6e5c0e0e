"""Threat assessments: a partnership's strategic assessment scores the threats it faces
(crime types, harms) for likelihood and impact in a table like a register's ("Threat |
Description | Likelihood | Impact | Score"), to choose its priorities, not to manage them as
risks. Its rows are no risks: the table names its subject "Threat", where a register's says
"Risk", as an opportunity register's says "Opportunity" (opportunities.py).
A register naming threats in another column keeps its rows risks: the cause of each risk
("Risk | Threat | Vulnerability | L | I"), or each row's kind ("Threat / Opportunity"). So does
a register titling its risks by the threat each is, that says it lists risks elsewhere: in the
heading over it ("Cyber Security Risk Register", "Emergency planning risks" over "Ref |
Threat | L | I | Score"), or by the owner its risks have ("Risk owner")."""

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


# The columns a register names what is done about its risks by: "Risk owner", "Risk
# response". (A threat assessment may grade its threats' "Risk score" or "Risk level": a
# score's heading says nothing of what the rows are.)
MANAGING_ROLES = ("owner", "controls", "actions")
THREAT_WORD = re.compile(r"\bthreats?\b", re.I)
# A register of threats is one still, as of risks ("Appendix A: Strategic Threats Register",
# round 30's review): it manages what it lists, as an assessment's priorities do not.
REGISTER_WORDS = re.compile(r"\b(?:risks?|threats?)\s+register", re.I)
# The heading or caption over a table is on one of the lines just over it, a line or two of
# prose perhaps between ("4. Threat assessment" over "Each threat was scored ...").
CAPTION_LINES = 6
# A heading is a few words, capitalised or numbered, ending no sentence or clause: a line of
# prose wrapped in a narrow column ("priorities; this is not a risk register and the") is none.
HEADING_MAX_WORDS = 10
HEADING_LINE = re.compile(r"^\s*[A-Z0-9][^;]*[^.;,:\s]\s*$")


def threat_subject(headings: list[list[str]], roles: dict[str, int],
                   over: list[str] | None = None) -> bool:
    """Whether a table's header (each column's heading, in its parts) is a threat
    assessment's: a column naming its rows (``roles``' id or title) is headed by the threat
    alone, every part of its heading, and neither names them risks, nor a column naming what
    is done about them ("Risk owner"), nor the heading over the table (``over``: the lines
    of text just over it, nearest last)."""
    subject = [headings[at] for role in SUBJECT_ROLES if (at := roles.get(role)) is not None]
    managing = [headings[at] for role in MANAGING_ROLES if (at := roles.get(role)) is not None]
    if any(RISK_WORD.search(p) for parts in subject + managing for p in parts):
        return False
    if not any(parts and all(THREAT_HEAD.match(p) for p in parts) for parts in subject):
        return False
    return not risks_captioned(over or [])


def risks_captioned(over: list[str]) -> bool:
    """Whether the heading over a table names its rows risks: a heading naming a risk or
    threats register ("Cyber Security Risk Register", "Strategic Threats Register"), or the
    nearest heading naming risks and not threats ("Table 3: Emergency planning risks";
    "Threat and risk assessment" names threats)."""
    headings = [s for s in reversed(over[-CAPTION_LINES:])
                if len(s.split()) <= HEADING_MAX_WORDS and HEADING_LINE.match(s)]
    if any(REGISTER_WORDS.search(s) for s in headings):
        return True
    return bool(headings) and bool(RISK_WORD.search(headings[0])) and not THREAT_WORD.search(
        headings[0])
