"""The clues that speak for a decision notice or a forward plan: a record of decisions, a
decision maker's box, ModernGov's decision labels, a register of decisions taken or to come."""

from __future__ import annotations

import re

from kcc_papers.classify.clue_weights import _NAME_WORD, FAIR, NAME_WORDS, STRONG, WEAK, Clue, _rx
from kcc_papers.classify.decision_boxes import DECIDER_BOX, DECIDER_BOX_WORDS
from kcc_papers.classify.decision_lists import (
    DECISIONS_ALONE,
    DECISIONS_OVER_MEETING,
    DECISIONS_PUBLISHED_FOR,
    DECISIONS_TITLE,
)
from kcc_papers.classify.headers import _LINE_START_BEFORE_RUN_END, DECISION_TABLE_HEADER, RESOLVED
from kcc_papers.classify.office_holder_titles import OFFICE_HOLDER_DECISIONS
from kcc_papers.normalise import moderngov
from kcc_papers.segment_starts.decision_headings import (
    FORWARD_PLAN_TITLE,
    ISSUE_DETAILS,
    KEY_DECISIONS_NOTICE,
    RECORD_OF_DECISION,
)
from kcc_papers.segment_starts.heading_kinds import TYPESET_KINDS
from kcc_papers.segment_starts.web_pages import AGENDA_ITEM_MINUTES

# A decision maker's box on a request's form: "DECISION OF THE POLICE AND CRIME COMMISSIONER"
# alone on its line (the office's capitalised words), then, past blank lines, the decision
# taken in the first person: "I approve ...", "I have decided ...".
DECISION_BOX = re.compile(
    # (each word after the first set apart by a space: a word is never split into two)
    r"^[^\S\n]*(?:DECISION|Decision)[^\S\n]+(?:OF|BY|of|by)[^\S\n]+(?:THE[^\S\n]+|the[^\S\n]+)?"
    r"[A-Z][\w'’&-]*(?:[^\S\n]+(?:[A-Z][\w'’&-]*|AND|and|OF|of|FOR|for)){0,9}[^\S\n]*\n"
    r"(?:[^\S\n]*\n)*"
    r"[^\S\n]*I[^\S\n]+(?:approve|agree|decide|have[^\S\n]+decided|authorise|authorize)\b",
    re.M)


# ... what the label is not followed by: a body's name alone on its line (MINUTES_OF_BODY_TITLE)
_NOT_WHOSE = (rf"(?![^\S\n]*(?:the[^\S\n]+)?(?:{_NAME_WORD}[^\S\n]+){{0,{NAME_WORDS}}}?"
              rf"(?-i:{moderngov.BODY}|Sub-committee|Authority)[^\S\n]*$)")


# "Annotated Agenda", "Decisions of the Meeting" as a title line's words
ANNOTATED_AGENDA = re.compile(r"\bAnnotated\s+Agenda\b|\bDecisions\s+of\s+the\s+Meeting\b", re.I)
# what an item of such a record prints under it, a label opening its line: "DECISION: That ..."
DECISION_LABEL = re.compile(r"^[^\S\n]*DECISION[^\S\n]*:", re.I | re.M)
# ... or a heading "Decision" alone on its line over each item's decision (a decisions page's
# sub-heading, "Decision" then "Reasons"), under a title that says the list is of decisions
DECISION_LABEL_OR_HEADING = re.compile(r"^[^\S\n]*DECISION[^\S\n]*(?::|$)", re.I | re.M)
# ... or each item's resolution worded as minutes word it, "RESOLVED:" (in capitals, opening
# its line: "RESOLVED:", "RESOLVED -", "RESOLVED that ...", alone over its words): a record of
# the meeting's decisions all the same, as its title says (extract.decisions.resolved_items)
RESOLVED_LABEL = r"^[^\S\n]*RESOLVED(?:[^\S\n]*[:–—-]|[^\S\n]+(?i:that|to)\b|[^\S\n]*$)"
ITEM_DECISION = re.compile(rf"{DECISION_LABEL.pattern}|(?-i:{RESOLVED_LABEL})", re.I | re.M)
ITEM_DECISION_OR_HEADING = re.compile(
    rf"{DECISION_LABEL_OR_HEADING.pattern}|(?-i:{RESOLVED_LABEL})", re.I | re.M)
# ... or, under a title "Decisions" alone, that heading over two items' decisions at least (a
# report's own "Decision" section is one heading; a page of a meeting's decisions prints one
# under each item's title, "Decision" then "Reasons")
_HEADING = r"^[^\S\n]*DECISION[^\S\n]*$"
DECISION_LABEL_OR_HEADINGS = re.compile(
    rf"{DECISION_LABEL.pattern}|{_HEADING}[\s\S]*?{_HEADING}", re.I | re.M)
# A meeting's record of its decisions titled by whose they are, the title's whole line:
# "Decisions of the Executive", "Decisions of the Licensing Committee" (a list of the day's
# decisions, each item printing its "Decision:"; a report's "decisions of the Committee" is
# inside a sentence, never its own line).
# (set in capitals, "DECISIONS OF THE EXECUTIVE"; or its date on the title's line: "Decisions
# of the Executive held on 4 November 2025")
DECISIONS_OF_BODY = re.compile(
    r"^[^\S\n]*(?i:Decisions[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)(?:[A-Z][\w&'’-]*[^\S\n]+){0,6}?"
    r"(?i:Committee|Cabinet|Council|Board|Panel|Executive|Sub-Committee|Forum|Authority|"
    r"Commission)(?:[^\S\n]+(?i:held[^\S\n]+)?(?i:on)[^\S\n]+(?:\w+day,?[^\S\n]+)?\d{1,2}\b.*)?"
    r"[^\S\n]*$", re.M)


DECISION_CLUES: tuple[Clue, ...] = (
    # decision notices and forward plans
    Clue("decision", _rx(RECORD_OF_DECISION.pattern), STRONG, heading=True, needs=("decision",)),
    # a ModernGov item page's "Minutes:" label over what its meeting resolved (not a web page's
    # title "Minutes: Harbour Board", whose minutes the page is)
    Clue("decision", _rx(AGENDA_ITEM_MINUTES.pattern + _NOT_WHOSE), STRONG, requires=RESOLVED),
    # an agenda annotated with what the meeting decided, as its title says ("Annotated Agenda
    # - Decisions of the Meeting"), its items each printing their "DECISION:": the record of
    # the meeting's decisions, not its notice (an agenda's items ask, they do not decide)
    Clue("decision", ANNOTATED_AGENDA, STRONG, "title", requires=DECISION_LABEL,
         needs=("annotated", "decisions")),
    Clue("decision", DECISIONS_OF_BODY, STRONG, "title", requires=ITEM_DECISION,
         needs=("decisions",)),
    # ... or one office holder's, titled by whose they are ("Decisions of the Cabinet Member
    # for Housing", "DECISIONS OF THE LEADER OF THE COUNCIL"), each item printing its
    # "Decision:" or heading it (a report about such a decision is titled by its subject)
    Clue("decision", OFFICE_HOLDER_DECISIONS, STRONG, "title",
         requires=ITEM_DECISION_OR_HEADING, needs=("decision",)),
    # ... or titled by the body and "Decisions" set apart ("Grants Panel: Decisions",
    # "Decisions - Cabinet, 23rd February 2026"), each item printing its "Decision:"
    # (or heading it: "Decision" over the item's decision)
    Clue("decision", DECISIONS_TITLE, STRONG, "title", requires=ITEM_DECISION_OR_HEADING,
         needs=("decisions",)),
    # ... or ModernGov's heading naming the meeting they were published for ("Decisions
    # published for Cabinet on Wednesday, 6 December 2027", or "Decisions for Cabinet,
    # Monday, 13th December, 2027"), each item labelling its "Decision:" or heading it
    Clue("decision", DECISIONS_PUBLISHED_FOR, STRONG, "title",
         requires=ITEM_DECISION_OR_HEADING, needs=("decisions",)),
    # ... or titled "Decisions" alone, a meeting's decisions page, its items each labelling
    # their "Decision:" or heading it (one heading "Decision" alone is a report's section as
    # often)
    Clue("decision", DECISIONS_ALONE, STRONG, "title", requires=DECISION_LABEL_OR_HEADINGS,
         needs=("decisions",)),
    # ... or titled "Decisions" over the meeting it lists the decisions of (its body and date),
    # one item's "Decision" heading enough: the page names itself a meeting's decisions
    Clue("decision", DECISIONS_OVER_MEETING, STRONG, "title", requires=ITEM_DECISION_OR_HEADING,
         needs=("decisions",)),
    # ... or a schedule of them, named so ("Schedule of Decisions", "SCHEDULE OF CABINET
    # DECISIONS"), each item printing its "Decision:" or its "RESOLVED:"
    Clue("decision", _rx(r"^[^\S\n]*Schedule[^\S\n]+of[^\S\n]+(?:[\w-]+[^\S\n]+)?Decisions\b"),
         STRONG, "title", requires=ITEM_DECISION, needs=("schedule",)),
    Clue("decision", _rx(r"Decision\s+type\s*:"), FAIR),
    # a ModernGov page's labels: "Decision Maker:", "Decided at meeting:", "Minutes:"
    Clue("decision", _rx(_LINE_START_BEFORE_RUN_END
                         + r"\s*(?:Decision\s+Maker|Decision\s+status|Decided\s+at\s+meeting|"
                         r"Minutes)\s*:"), WEAK),
    Clue("decision", _rx(_LINE_START_BEFORE_RUN_END
                         + r"\s*(?:Decisions?\s*:|Reasons?\s+for\s+(?:the\s+)?decision|Decision\s+"
                         r"(?:determined|taken|made)\b|Decision\s+(?:taker|maker)\s*:|Date\s+of\s+"
                         r"decision|Alternative\s+options\s+considered)"), WEAK),
    # (the form's own abbreviation perhaps between: "INDIVIDUAL EXECUTIVE DECISION (IED) RECORD")
    Clue("decision", _rx(r"\bRecord\s+of\s+(?:[\w-]+\s+){0,2}Decisions?\b|\bDecision\s+"
                         r"(?:\([A-Z]{2,6}\)\s+)?(?:Notice|Record|Sheet)\b|\bNotice\s+of\s+(?!(?:Key|Forthcoming)\s+Decisions\b)(?:[\w-]+\s+)?"
                         r"(?:Decisions?|Determinations?)\b"
                         # "INDIVIDUAL CABINET MEMBER DECISION", "Portfolio Holder Decision",
                         # "LEAD MEMBER DECISION" (the member a leader-and-cabinet council
                         # names lead for a service)
                         # ... and a minister's: "MINISTERIAL DECISION" (island governments)
                         r"|^\s*(?:Individual\s+)?(?:Cabinet\s+Member|Portfolio\s+Holder|"
                         r"(?:Executive|Lead)\s+Member|Delegated|Ministerial)\s+Decisions?\s*$"
                         # ... its form titled so: "Ministerial Decision Report" (the record of
                         # the decision, its summary and report, as an island's minister signs)
                         r"|^\s*Ministerial\s+Decision\s+Report\s*$"
                         # a register of decisions taken ("Decisions register: Mayor and
                         # officer decisions", "Register of Delegated Decisions"); a register
                         # of KEY or FORTHCOMING decisions is the forward plan's, of
                         # decisions to come
                         r"|(?<!Key\s)(?<!Forthcoming\s)\bDecisions?\s+Register\b|\bRegister\s+"
                         r"of\s+(?:(?!Key\b|Forthcoming\b)[\w-]+\s+){0,2}Decisions\b"),
         STRONG, "title"),
    # ... alone on a line of its head, whatever its type ("NOTICE OF CABINET DECISIONS" in the
    # English column of a notice set in two languages side by side, both in the body's type)
    Clue("decision", _rx(r"^[^\S\n]*Notice[^\S\n]+of[^\S\n]+(?!(?:Key|Forthcoming)\b)"
                         r"(?:[\w-]+[^\S\n]+)?Decisions[^\S\n]*$"), FAIR, needs=("notice",)),
    # what a decision calls itself in its title, however its page sets it
    Clue("decision", _rx(TYPESET_KINDS[1][1].pattern), STRONG, "title"),
    # a request's form that records its answer: the decision maker's own box ("DECISION OF
    # THE POLICE AND CRIME COMMISSIONER") opening with the decision in the first person ("I
    # approve the extension ..."), as a commissioner or a mayor signs it under the request
    Clue("decision", DECISION_BOX, STRONG, "text", needs=("decision",)),
    # ... or the decider's numbered box, its decision worded on a labelled line (decision_boxes)
    Clue("decision", DECIDER_BOX, STRONG, "text", needs=DECIDER_BOX_WORDS),
    # a table of decisions: its header names the item and, last, the decision column
    Clue("decision", DECISION_TABLE_HEADER, WEAK),
    Clue("forward_plan", _rx(r"Decision\s+due\s*:"), STRONG),
    # "Register of Forthcoming Decisions", "Forthcoming Key Decisions": decisions to come
    Clue("forward_plan", _rx(r"\bForthcoming\s+(?:Key\s+|Executive\s+)?Decisions\b"), STRONG,
         "title"),
    # "Notice of Key Decisions" (to be taken): the forward plan as the regulations name it
    Clue("forward_plan", _rx(KEY_DECISIONS_NOTICE.pattern), STRONG, "title", needs=("notice",)),
    Clue("forward_plan", _rx(ISSUE_DETAILS.pattern), WEAK, heading=True),
    # "Cabinet Forward Plan - June to September 2026", "Forward Plan of Key Decisions" as the
    # paper's title (a report's "Forward Plan reference:" label is no title)
    Clue("forward_plan", FORWARD_PLAN_TITLE, STRONG, "title", needs=("forward",)),
)
