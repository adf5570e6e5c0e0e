"""The headings of decisions taken and to come: a record of decision ("RECORD OF DECISION",
"OFFICER KEY DECISION RECORD", "RECORD OF URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE"), a
hearing's or meeting's notice of decision, an issue page's "Issue details", and a forward plan's
title ("Cabinet Forward Plan", "Notice of Key Decisions"): patterns the segmenter and the
classifier share."""

from __future__ import annotations

import re

# The words a record's heading may name its maker by after "TAKEN BY" ("the Chief Executive").
MAKER_WORDS = 5
RECORD_OF_DECISION = re.compile(
    r"^[\w\s–-]*\b(PROPOSED\s+)?RECORD\s+OF\s+DECISION\s*$|^\s*Decision\s+Recording\s+Form\s*$"
    # who took it between: "RECORD OF AN OFFICER KEY DECISION", "Record of Executive Decision"
    # (or how: "RECORD OF URGENT DECISION", taken under the urgency rules)
    r"|^\s*RECORD\s+OF\s+(?:(?:AN?|THE)\s+)?(?:(?:OFFICER|EXECUTIVE|KEY|DELEGATED|INDIVIDUAL|URGENT|"
    r"CABINET\s+MEMBER|PORTFOLIO\s+HOLDER|LEADER'?S?|MAYORAL|NON-KEY)\s+){1,3}DECISION"
    # (perhaps its maker after it: "RECORD OF URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE")
    rf"(?:\s+TAKEN\s+BY\s+(?:THE\s+)?(?:[\w'’-]+\s+){{0,{MAKER_WORDS - 1}}}[\w'’-]+)?\s*$"
    # (or its maker's words before "DECISION RECORD": "OFFICER KEY DECISION RECORD")
    r"|^\s*(?:(?:OFFICER|EXECUTIVE|KEY|DELEGATED|INDIVIDUAL|URGENT|CABINET\s+MEMBER|"
    r"PORTFOLIO\s+HOLDER|LEADER'?S?|MAYORAL|NON-KEY)\s+){1,3}DECISION\s+RECORD\s*$",
    re.I,
)
# A record of a decision not yet taken: "PROPOSED RECORD OF DECISION".
PROPOSED_RECORD = re.compile(r"\bPROPOSED\s+RECORD\s+OF\b", re.I)
# A hearing's outcome set as a heading of its own: "NOTICE OF DETERMINATION", "Notice of
# Decision", "DECISION NOTICE" (a licensing sub-committee's, a planning authority's); a
# meeting's: "NOTICE OF DECISIONS", "Notice of Executive Decisions".
# (not the forward plan's statutory title: see KEY_DECISIONS_NOTICE)
DECISION_NOTICE = re.compile(
    r"^\s*(?:NOTICE\s+OF\s+(?:THE\s+)?(?!(?:KEY|FORTHCOMING)\s+DECISIONS\b)(?:[\w-]+\s+)?"
    r"(?:DETERMINATIONS?|DECISIONS?)|(?:DECISION|DETERMINATION)\s+NOTICE)\s*$", re.I)
# The forward plan's title as the regulations name it: a "Notice of Key Decisions" (to be
# taken), "Notice of Forthcoming Decisions": the decisions to come, not those taken.
KEY_DECISIONS_NOTICE = re.compile(
    r"^\s*Notice\s+of\s+(?:Key|Forthcoming)\s+(?:Executive\s+)?Decisions\b", re.I | re.M)

ISSUE_DETAILS = re.compile(r"^\s*(Issue\s+details|Decision\s+details)\s*$", re.I)
# A forward plan titled as one: "Cabinet Forward Plan - June to September 2026", "Forward Plan
# of Key Decisions", a plan of the contracts to come, "Forward Procurement Plan: September
# 2026 to March 2027" (a report's "Forward Plan reference:" label, an agenda's numbered item
# "7. Forward Plan" and a "Work Programme and Forward Plan" report are not).
# An executive's "Cabinet Forward Work Programme" (as Welsh councils title the decisions their
# cabinet will take) is its forward plan too; a scrutiny committee's work programme is no plan
# of decisions, nor is a report's "Cabinet Forward Work Programme reference:" label.
# (a line's own blanks before its words: "^\s*" read a run of blank lines ahead from each
# line's start, quadratic)
# (after its body's name and a dash: "DIGITAL PROGRAMME STEERING GROUP - FORWARD PLAN")
FORWARD_PLAN_TITLE = re.compile(
    r"^[^\S\n]*(?:[\w&'’-]+[^\S\n]+){0,6}?(?:Committee|Board|Panel|Group|Forum)[^\S\n]+[–—-]"
    r"[^\S\n]+Forward[^\S\n]+Plan[^\S\n]*$"
    # (the words before "Forward" no item number: a text agenda's row "5     Cabinet Forward
    # Plan     16 - 21" is the item, as "7. Forward Plan" is)
    r"|^[^\S\n]*(?:(?:The\s+)?(?:(?!\d+\s)[\w'’-]+\s+){0,2}?Forward\s+(?:(?:Procurement|"
    r"Commissioning|"
    r"(?:Key\s+)?Decisions?)\s+)?Plan\b"
    r"|(?:The[^\S\n]+)?(?:Cabinet|Executive)(?:['’]s)?[^\S\n]+Forward[^\S\n]+Work"
    r"[^\S\n]+Programme\b)"
    r"(?![^\n]*\b(?:ref\b|reference|work\s+programme))"
    # "Forward Plan and Date of Next Meeting": a committee's item joining its own plan of
    # business to its meeting's other business (the next date, any other business) is a
    # report, no plan of decisions (r25a's schools forum); the plan joined to its notice of
    # decisions ("Forward Plan and Notice of Key Decisions") is still the plan
    r"(?![^\S\n]+and[^\S\n]+(?:(?:the[^\S\n]+)?(?:dates?|times?)\b|next[^\S\n]+meeting"
    r"|(?:any[^\S\n]+)?other[^\S\n]+business))", re.I | re.M)
