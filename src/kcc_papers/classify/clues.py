"""The clues a document's kind is weighed from: each a pattern speaking for a kind (or,
for OTHER, against the document being a committee paper at all), its weight and where it is
looked for (see the note in ``kcc_papers.classify``, which weighs them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kcc_papers.classify.commissioned import PREPARED_FOR, PREPARED_FOR_WORDS
from kcc_papers.classify.decision_boxes import DECIDER_BOX, DECIDER_BOX_WORDS
from kcc_papers.classify.front_sheets import MEETING_TIME_OVER_VENUE, MEETING_TIME_WORDS
from kcc_papers.classify.headers import (
    _LINE_START_BEFORE_RUN_END,
    DECISION_TABLE_HEADER,
    KPI_TABLE_HEADER,
    PAGE_COLUMN_HEADER,
    PERFORMANCE,
    PERFORMANCE_TITLED,
    RECOMMEND,
    RESOLVED,
    RISK_CARD,
    RISK_REGISTER,
    RISK_TABLE_HEADER,
    TIMED_ITEM,
    TIMED_ITEMS_MIN,
    kpi_header_starts,
)
from kcc_papers.classify.information_papers import INFORMATION_ONLY, INFORMATION_ONLY_WORDS
from kcc_papers.classify.item_forms import ITEM_FIELD, ITEM_FIELD_WORDS, ITEM_FORM_FIELDS
from kcc_papers.classify.work_programmes import WORK_PROGRAMME_TITLE, WORK_PROGRAMME_WORDS
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.runs import LINE_START as _LINE_START
from kcc_papers.segment_starts.appendices import TABLED_PAPER, TABLED_WORDS
from kcc_papers.segment_starts.decision_headings import (
    FORWARD_PLAN_TITLE,
    ISSUE_DETAILS,
    KEY_DECISIONS_NOTICE,
    RECORD_OF_DECISION,
)
from kcc_papers.segment_starts.enclosure_codes import ENCLOSURE_CODE
from kcc_papers.segment_starts.heading_kinds import BODY_NOTES, MINUTES, OTHER, TYPESET_KINDS
from kcc_papers.segment_starts.item_tables import AGENDA_TABLE_HEADER
from kcc_papers.segment_starts.report_heads import PRESENTED_TO
from kcc_papers.segment_starts.web_pages import AGENDA_ITEM_MINUTES

# A clue's weight: WEAK ones only add up, a FAIR one needs support, a STRONG one all but decides.
WEAK, FAIR, STRONG = 1, 2, 3
# Without a committee, cabinet, council, board or panel named at its head, a document is
# unlikely to be a committee paper.
NO_BODY_WEIGHT = 1
BODY_NAMED = re.compile(
    r"\b(Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority)\b", re.I
)
RISK_CARDS_FOR_A_REGISTER = 2
# A measure's card labels its target alone on a line, a figure after it ("Target: 90%",
# "Target: 1,250", "Target: 20 days"); this many cards in the head make a dashboard. A target
# of money ("Target: £1.2m", "Target: 450k") is a budget's saving, as FINANCIAL_TARGETS'; a
# year alone ("Target: 2030") is when a plan's commitment is due, no measure's level.
KPI_CARD_TARGET = re.compile(
    r"^[^\S\n]*Target[^\S\n]*:[^\S\n]*(?:[<>≤≥][^\S\n]*)?(?!(?:19|20)\d\d[^\S\n]*$)\d[\d,.]*"
    r"(?:[^\S\n]*(?:%|(?!(?:m|k|bn|mn)\b)[a-z]{1,5}))?[^\S\n]*$",
    re.I | re.M)
KPI_CARDS_MIN = 3
# A paper may cite a background file or two; a head naming this many files lists papers.
FILE_NAMES_FOR_A_CATALOGUE = 5
# ... and it describes them in the words of papers (KPIs, minutes, risks), so that evidence
# must not outweigh it.
CATALOGUE_WEIGHT = 3 * STRONG
FILE_NAME = re.compile(r"\b[\w-]+\.(?:pdf|txt|html?|docx?|xlsx?|csv)\b", re.I)
# Headings labelled "Minute No. 45": more than one, or it may be a report citing a minute.
MINUTE_LABELS_MIN = 2


@dataclass(frozen=True, slots=True)
class Clue:
    kind: str  # the kind it speaks for, or OTHER
    pattern: re.Pattern[str]
    weight: int
    # "title", "head", "text", or "top": the title lines and the document's first lines
    # (TITLE_LINES), whatever type they are set in
    scope: str = "head"
    requires: re.Pattern[str] | None = None  # must also be found in the text
    min_count: int = 1
    # the very line the segmenter starts a document at: not counted again for that kind
    heading: bool = False
    # Words (lower case) every match holds one of: where none is, the pattern is not run (a
    # whole document's scan for a clue it cannot hold). ``test_clue_needs_are_in_every_match``.
    needs: tuple[str, ...] = ()
    # The only places its pattern can match, where a pattern of empty matches at line starts
    # has words a line needs (``kpi_header_starts``): it is tried there alone.
    starts: Callable[[str], list[int]] | None = None
    # Read only in the text before this pattern's first match (the words after it are a
    # table's rows, say, not the document's own title): see ``clue_scope``.
    before: re.Pattern[str] | None = None


# A short label and its value, a masthead's column read onto the end of a line beside it.
BESIDE_LABEL = r"[A-Z][a-z]+(?:\s[a-z]+){0,2}\s*:\s+\S[^\n]*"
# The other language's half of a bilingual label, before the stroke: "Lleoliad / " Venue:.
OTHER_LABEL = r"(?:[^\n/:]{1,30}/\s*)?"


# The words PERFORMANCE and RISK_REGISTER (and every match of them) hold one of.
_PERFORMANCE_WORDS = ("performance", "kpi")
_REGISTER_WORDS = ("risk", "assurance", "raid")


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


# A title naming a kind of its own (a lettered paper's: "Paper 2: Minutes of ...").
_NO_KIND_NAMED = r"(?!(?:Minutes|Agenda|Notes\s+of|Record\s+of|Decisions?)\b)"
# A word of a body's name in a clue read ignoring case: capitalised ("Harbour"), a number
# ("Area 3"), or a word joining two ("and", "of", "&"; not "the": "Members of the Committee"
# is no name); a name has no more than NAME_WORDS before its body's word.
_NAME_WORD = r"(?:(?-i:[A-Z0-9])[\w&'’()-]*|(?:and|of|for|&))"
NAME_WORDS = 12


def _rx(pattern: str, flags: int = re.I | re.M) -> re.Pattern[str]:
    return re.compile(pattern, flags)

# A web page's masthead names the page an agenda of a dated meeting: "Agenda - Tuesday 20
# January 2026, 7.00pm", "Agenda for the meeting on 3rd March 2026" (not "Agenda item 5").
DATED_AGENDA = re.compile(
    _LINE_START + r"\s*Agenda\b(?!\s+items?\b)[^.\n]{0,40}?\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4}",
    re.I | re.M)


# "Annotated Agenda", "Decisions of the Meeting" as a title line's words
ANNOTATED_AGENDA = re.compile(r"\bAnnotated\s+Agenda\b|\bDecisions\s+of\s+the\s+Meeting\b", re.I)
# what an item of such a record prints under it, a label opening its line: "DECISION: That ..."
DECISION_LABEL = re.compile(r"^[^\S\n]*DECISION[^\S\n]*:", re.I | re.M)


CLUES: tuple[Clue, ...] = (
    # agenda: a summons, "(Pages x - y)" references, business to be transacted
    # "Members of the ... Committee are summoned to attend" as well as "you are summoned"
    # ... or "requested / invited / required to attend the meeting"; a parish's "Councillors
    # are summoned to attend the Ordinary Meeting"; an old-style letter's "... when your
    # attendance is requested"
    Clue("agenda", _rx(r"(?:you|(?:members|councillors)\b[^.]{0,80}?)\s+are\s+(?:hereby\s+)?"
                       r"(?:summoned|(?:requested|invited|required)\s+to\s+attend\b)|\bSummons\s+to\b"
                       r"|\byour\s+attendance\s+is\s+(?:hereby\s+)?(?:requested|required)\b"),
         FAIR, needs=("summon", "attend")),
    # the notice's own sentence opening a paragraph: "A meeting of the Board will be held at
    # ..." (minutes say when "the next meeting" will be)
    Clue("agenda", _rx(r"^\s*An?\s+(?:(?:special|extraordinary|ordinary|annual)\s+)?meeting\s+of\s+"
                       r"[^.]{0,120}?\bwill\s+be\s+held\b"), WEAK, needs=("held",)),
    Clue("agenda", _rx(r"will\s+be\s+held\b[\s\S]{0,160}?\b(?:business|purpose)"), WEAK,
         needs=("held",)),
    # "AGENDA for the meeting of the Parish Council to be held on ...": the word in capitals
    # opening the title line, however long the line runs
    Clue("agenda", _rx(r"^\s*AGENDA\s+(?:for|of)\s+(?:the\s+|a\s+)?(?:[\w,&'’-]+\s+){0,4}?"
                       r"meeting\b", re.M), STRONG, "title"),
    # "Notice is hereby given that a meeting of the ... will be held": a summons by another name
    # ("Notice is hereby given of a meeting of the Cabinet to be held on ..."; a district's
    # in-house template drops "hereby": "Notice is given that a meeting of the Executive will
    # be held"); not a notice of a meeting that "was due to be held" (a cancellation's)
    Clue("agenda", _rx(r"notice\s+is\s+(?:hereby\s+)?given\s+(?:that|of)\s+(?:a|an|the)\s+"
                       r"(?:[\w&,'’-]+\s+){0,12}?meeting\b(?:(?!\bwas\b)[\s\S]){0,200}?"
                       r"\b(?:will|to)\s+be\s+held\b"),
         FAIR, needs=("given",)),
    # "BUSINESS" / "ORDER OF BUSINESS" in capitals over the items (Scottish notices)
    Clue("agenda", _rx(r"^\s*(?:ORDER\s+OF\s+)?BUSINESS\s*$", re.M), FAIR, "title"),
    # "Items of Business" / "Order of Proceedings" over the items, in any case
    Clue("agenda", _rx(r"^\s*(?:Items|Order)\s+of\s+(?:Business|Proceedings)\s*$"), FAIR, "title"),
    Clue("agenda", _rx(r"\(Pages?\s+\d+\s*[-–]\s*\d+\)"), WEAK),
    Clue("agenda", DATED_AGENDA, FAIR, "title", needs=("agenda",)),
    # (or the word letter-spaced, as the segmenter reads a heading: "A G E N D A")
    Clue("agenda", _rx(r"^\s*(?:Notice\s+of\s+(?:the\s+)?Meeting\b|(?:[\w,&\' -]{0,60}\s)?"
                       r"Agenda\s*$|A\s+G\s+E\s+N\s+D\s+A\s*$)"), FAIR, "title"),
    # a front sheet's meeting block ("Time:" over "Venue:"), and the header of its table of
    # items ("Item No. / Title / Presenting / Pages"): minutes say "held on", reports "Date:"
    # (bilingual labels print the other language's word first: "Amser / Time:")
    Clue("agenda", _rx(rf"^\s*{OTHER_LABEL}Time\s*:.*\n(?:.*\n){{0,3}}?\s*{OTHER_LABEL}"
                       r"(?:Venue|Place|Location)\s*:"), FAIR),
    # ... or labelled by the meeting, its weekday, date and time ("MEETING: Wednesday, 8th
    # July, 2026, at 2.00 pm" over "VENUE:", see front_sheets)
    Clue("agenda", MEETING_TIME_OVER_VENUE, FAIR, needs=MEETING_TIME_WORDS),
    Clue("agenda", AGENDA_TABLE_HEADER, FAIR),
    # ... or one naming only the number and page columns over them ("Item | | Page": the
    # titles' column unnamed, as a word processor's borderless table of business prints it)
    Clue("agenda", _rx(PAGE_COLUMN_HEADER.pattern), FAIR, needs=("page",)),
    # a running order: lines that start with a time of day, then an item's ref and its title
    # ("18:30  LC1  Apologies", "10.35  2  Declarations"); minutes and reports do not time
    # their paragraphs
    Clue("agenda", TIMED_ITEM, FAIR, min_count=TIMED_ITEMS_MIN),
    # a notice's date line at its head, its weekday and its time alone: "Tuesday 24 March 2026
    # at 10.00 am", or by the 24-hour clock "... at 10:00" (minutes say "held on", a report's
    # date has no time); the masthead's other column may be read beside it, a label and its
    # value ("... at 10.00 am" beside "Ask for: Gregory Pinnock"); in the title type or in the
    # body type under the meeting's name (an agenda headed by its body alone, no "Agenda")
    Clue("agenda", _rx(r"^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|"
                       r"th)?\s+[A-Z][a-z]+,?\s+\d{4},?\s+at\s+(?:\d{1,2}(?:[.:]\d{2})?\s*"
                       r"(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d)"
                       rf"(?:\s+{BESIDE_LABEL})?\s*$"), FAIR, "top"),
    # ... in Welsh, as a Welsh-language council's clerk writes to the members: "Fe'ch
    # gwahoddir i gyfarfod o'r Cyngor ..." ("you are invited to a meeting"), "Fe'ch gwysir i
    # gyfarfod ..." ("you are summoned")
    Clue("agenda", _rx(r"\b(?:gwahoddir|gwysir)[^\S\n]+(?:chi[^\S\n]+)?i[^\S\n]+"
                       r"(?:fynychu[^\S\n]+)?(?:g|y[^\S\n]+c)yfarfod\b"), FAIR,
         needs=("gwahoddir", "gwysir")),
    # minutes: the "MINUTES of a meeting" line, who was present, what was resolved
    # (not under an agenda's table of items: its item "Minutes of the meeting held on ...",
    # wrapped in its cell, is the agenda's business, not the document's title)
    Clue("minutes", _rx(MINUTES.pattern), FAIR, heading=True, before=AGENDA_TABLE_HEADER),
    # a board's notes of its meeting titled under its name ("... Board - Notes of Meeting")
    Clue("minutes", _rx(BODY_NOTES.pattern), FAIR, "title", heading=True, needs=("notes",)),
    # "Minutes" alone as the document's title, over its committee and date (a Scottish house
    # style); numbered "2. Minutes" is an agenda's item and never matches
    Clue("minutes", _rx(r"^\s*Minutes?\s*$"), FAIR, "title"),
    Clue("minutes", _rx(r"\((?:in\s+the\s+)?(?:Chairman|Chair|Vice-Chair(?:man)?|Mayor|Convener|"
                        r"Provost)\)"), WEAK),
    # "Record of Meeting" as the document's title (as island and States bodies head their
    # minutes): the record of what a meeting did is its minutes ("Record of Decisions" is a
    # decision notice's title, and an agenda's "Record of the last meeting" is numbered)
    Clue("minutes", _rx(r"^\s*(?:(?:Draft|Approved|Unconfirmed)\s+)?Record\s+of\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,3}?Meeting\s*$"), STRONG, "title", needs=("record",)),
    # ... and "Notes of Meeting" so titled under a panel's name: a consultative body's minutes
    Clue("minutes", _rx(r"^\s*(?:(?:Draft|Approved|Unconfirmed)\s+)?Notes\s+of\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,3}?Meeting\s*$"), STRONG, "title", needs=("notes",)),
    # ... or titled as the notes of the body itself ("Notes of the Parish Liaison Forum",
    # "Notes of the Tenants' Panel"): a consultative body's record of its meeting, its minutes
    # (an agenda's item numbers "Notes of the last meeting" and never matches)
    Clue("minutes", _rx(r"^\s*(?:(?:Draft|Approved|Unconfirmed)\s+)?Notes\s+of\s+the\s+"
                        r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:Forum|Panel|Board|Committee|Group|"
                        r"Partnership|Assembly)\s*$", re.M), STRONG, "title", needs=("notes",)),
    # "Minutes of the meeting held on ..." as the document's title (an agenda numbers it as an
    # item, which never matches), and minutes labelled "Minute No. 45" through the text
    # (a board that keeps notes titles them the same way: "Notes of the meeting held on ...")
    Clue("minutes", _rx(r"^\s*(?:Minutes|Notes)\s+of\s+the\s+meeting\s+held\s+on\b"), FAIR,
         "title"),
    # ... or the notes of a members' briefing, workshop or seminar so titled ("NOTES of the
    # informal All Member Briefing held in the Council Chamber ... on ..."): the record of who
    # met and what was said, as minutes are
    # (the title wrapped once in its words, as a long name wraps in large type: "NOTES of the
    # informal Housing and Homelessness Portfolio" over "Holder Briefing held on ...")
    Clue("minutes", _rx(r"^[^\S\n]*(?:Minutes|Notes)[^\S\n]+of[^\S\n]+(?:(?:the|an?)[^\S\n]+)?"
                        r"(?:informal[^\S\n]+)?(?:[\w'’-]+(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)){0,5}?"
                        r"(?:Briefing|Workshop|Seminar)[^\S\n]+held\b"),
         FAIR, "title", needs=("held",)),
    Clue("minutes", _rx(_LINE_START + r"\s*Min(?:ute)?\.?\s*No\.?\s*\d+\b"), WEAK, "text",
         min_count=MINUTE_LABELS_MIN),
    # a minute headed by its body's code, year and number parted by strokes, over its title
    # ("CAB/31/70 Library Service Strategy", an extract of a cabinet's minutes in a council pack)
    Clue("minutes", _rx(_LINE_START + r"[^\S\n]*(?-i:[A-Z]{1,5}/\d{2,4}/\d{1,4}[^\S\n]+[A-Z])"),
         WEAK, "text", needs=("/",)),
    # who attended: "Present:", or a label naming those in attendance ("Officers in
    # Attendance:", "In attendance:"), or "Attendees" heading the list of them (or labelling
    # it, the names after the colon: "Attendees: Sgt Keeley Morrow (Police), ...", as a web
    # page's details list of an advisory group's notes prints it; not a figure after the
    # colon: "Attendees: 4,000" counts an event's crowd, no one who attended a meeting)
    # (each branch opens at a blank run's last line starts alone: _LINE_START_BEFORE_RUN_END)
    Clue("minutes", _rx(rf"{_LINE_START_BEFORE_RUN_END}\s*(?:Members\s+)?Present\s*:?-?|"
                        rf"{_LINE_START_BEFORE_RUN_END}\s*(?:(?:Officers|Members|"
                        r"Councillors|Also)\s+)?in\s+attendance\s*:|"
                        # (the colon takes its spaces with it: "\s*:?\s*" tried every split of
                        # a long run of spaces)
                        rf"{_LINE_START_BEFORE_RUN_END}\s*Attendees"
                        r"(?:\s*:(?![^\S\n]*\d)|\s*$)"), WEAK),
    Clue("minutes", RESOLVED, WEAK, "text", needs=("resolved",)),
    # ... in Welsh alone: who was present ("Yn bresennol:"), what was resolved ("Penderfynwyd
    # ...", "it was resolved")
    Clue("minutes", _rx(r"^[^\S\n]*(?:Yn[^\S\n]+)?[BP]resennol[^\S\n]*:"), WEAK,
         needs=("esennol",)),
    Clue("minutes", _rx(r"\bPenderfynwyd\b"), WEAK, "text",
         needs=("penderfynwyd",)),
    # how every set of minutes ends: "The meeting closed / terminated at 7.48 pm"
    # (after "There being no other business", as many minutes put it)
    Clue("minutes", _rx(_LINE_START + r"\s*(?:There\s+being\s+no\s+(?:other|further)\s+"
                        r"business,?\s+)?"
                        r"(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated|"
                        r"rose)\s+at\b"), WEAK, "text"),
    # a ModernGov "Agenda and minutes" page whose items print their "Minutes:": the page
    # says it is the meeting's minutes, and those labels (which on an item's own page speak
    # for its decision) are the minutes' own
    Clue("minutes", _rx(rf"^\s*{moderngov.AGENDA_AND_MINUTES}\s*$"), STRONG, "title",
         requires=AGENDA_ITEM_MINUTES, needs=("minutes",)),
    # a ModernGov page of a meeting's minutes: "Minutes:" as its heading over its meeting's
    # line ("Cabinet Procurement Committee, Monday 8 March 2027, 6.30 pm"); its items'
    # "Minutes:" labels and RESOLVED (which on one item's page speak for its decision) are
    # the minutes' own
    # (the heading is set large and the meeting's line is not: read in the head)
    # (the line is the body's name, its words capitalised but for the joining ones: not an
    # agenda's "Minutes" item over "To confirm the minutes of the Planning Committee, 8 March
    # 2027")
    Clue("minutes", _rx(rf"^\s*Minutes\s*:?[ \t]*\n[ \t]*(?:{_NAME_WORD}[ \t]+){{0,{NAME_WORDS}}}?"
                        rf"{moderngov.BODY}(?:[ \t]+[\w()]+){{0,2}}[ \t]*(?:,|[ \t][-–])[ \t]+"
                        r"(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?"
                        r"[ \t]+\d{4}\b"), STRONG, needs=("minutes",)),
    # a ModernGov attendance page: its table of attendees
    Clue("minutes", _rx(r"^\s*Attendee\b.*\bAttendance\b|^\s*Attendance\s+details\s*$"), WEAK),
    # report: recommendations, what the body is asked to do, who it is addressed to
    Clue("report", RECOMMEND, WEAK, "text", needs=("recommendation", "cabinet")),
    Clue("report", _rx(r"\b(?:Cabinet|Committee|Council|Board|Panel)\s+(?:is|are)\s+"
                       r"(?:asked|recommended|invited|requested)\s+to|^\s*(?:\d+(?:\.\d+)?\.?\s+)?"
                       # (the body by its full name: "That the Harbour Board RESOLVES to:")
                       # (its name's words capitalised, as the clue is read ignoring case:
                       # not "That members of the Committee note", a minute's resolution)
                       rf"That\s+(?:the\s+)?(?:{_NAME_WORD}\s+){{0,4}}?(?:Cabinet|Committee|Council|"
                       r"Board|Panel)\s+(?:approves?|agrees?|notes?|endorses?|recommends?|"
                       r"considers?|resolves?)\b"), WEAK),
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:\d+(?:\.\d+)?\.?\s+)?Recommendations?\s*$"), WEAK),
    # ... in Welsh alone: "3. Argymhelliad" ("Recommendation") over it, "Adroddiad y Clerc"
    # ("Report of the Clerk") at the head
    Clue("report", _rx(r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Argymhelli(?:ad|on)[^\S\n]*:?"
                       r"[^\S\n]*$"), WEAK, "text", needs=("argymhelli",)),
    Clue("report", _rx(r"^[^\S\n]*Adroddiad[^\S\n]+(?:y|yr|gan)[^\S\n]+[A-Z]"), WEAK,
         needs=("adroddiad",)),
    # the meeting named at the head: "CABINET" over "5 November 2024", or on one line
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:[A-Z][\w&\'-]*\s+){0,6}(?:Committee|Cabinet|Board|Panel|Forum|"
                       r"Commission)\s*(?:[–—,-]\s*|\n\s*)(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?"
                       r"\s+[A-Za-z]+,?\s+\d{4}\s*$"), WEAK),
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:Purpose\s+of\s+(?:the\s+|this\s+)?Report|Reasons?\s+for\s+"
                       r"(?:the\s+)?Recommendations?|Report\s+(?:of|by|author)\b|Issue\s+for\s+"
                       r"Decision|Executive\s+Summary|Summary\s*:)"), WEAK),
    # a report addressed to the council's members at its head, its title after a colon, as an
    # Irish council heads its papers to a monthly meeting: "Report to Members: Disposal of
    # Property under Section 183 ..."
    Clue("report", _rx(r"^[^\S\n]*Report[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?Members[^\S\n]*:"
                       r"[^\S\n]*[A-Z]"), WEAK, "head", needs=("members",)),
    # an Infocouncil report's labelled head under its title (New Zealand, Australia): its
    # file's number over its author ("File Number: A1190015" over "Author: Dion Harawira")
    Clue("report", _rx(r"^[^\S\n]*File[^\S\n]+(?:Number|No\.?|Ref(?:erence)?)[^\S\n]*:.*\n"
                       r"[^\S\n]*(?:Report[^\S\n]+)?Author[^\S\n]*:"), WEAK, "head",
         needs=("author",)),
    # the meeting the paper was presented to, under its title: "CHAIRMAN'S ANNUAL REPORT" over
    # "Presented to the Annual Parish Meeting, 19 April 2028"
    Clue("report", _rx(rf"^\s*{PRESENTED_TO}"), FAIR, "head", needs=("presented",)),
    # a commissioned report's cover: "Prepared for Wexcombe County Council" (commissioned)
    Clue("report", _rx(PREPARED_FOR), WEAK, "head", needs=PREPARED_FOR_WORDS),
    # "Appendix A: Exemptions from Contract Procedure Rules" as its title: a part of a
    # committee's paper (with the meeting named at the head, a report)
    Clue("report", _rx(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b"), WEAK, "title"),
    # "Item E: Visite du Branchage 2027" as its title: the paper of the agenda's item, by the
    # item's number or letter and its title (a notice the meeting receives is its report)
    Clue("report", _rx(r"^[^\S\n]*(?:Agenda[^\S\n]+)?Item[^\S\n]+(?:No\.?[^\S\n]*)?"
                       r"(?:[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?|(?-i:[A-Z]))[^\S\n]*[:.–—-]"
                       r"[^\S\n]+\S"), WEAK, "title", needs=("item",)),
    # a form filed under an item, its fields naming the meeting, the item and its report
    # (item_forms)
    Clue("report", ITEM_FIELD, FAIR, "head", requires=ITEM_FORM_FIELDS,
         needs=ITEM_FIELD_WORDS),
    # "For information. No decision is sought.": a paper put to the meeting to note
    # (information_papers)
    Clue("report", INFORMATION_ONLY, WEAK, "head", needs=INFORMATION_ONLY_WORDS),
    # "Paper C: High Needs Block: Budget Monitoring" as its title: a forum's paper lettered as
    # its agenda lists it, as "Item E: ..." is (an annex of it, "Paper B, Annex 1", is not)
    # (unless its title names the kind it is: "Paper C: Record of Decision", "Paper 2:
    # Minutes of the last meeting", "Paper 1: Agenda" are lettered so and no reports)
    Clue("report", _rx(r"^[^\S\n]*Paper[^\S\n]+(?:(?-i:[A-Z])|\d{1,3})[^\S\n]*[:.–—-]"
                       r"[^\S\n]+" + _NO_KIND_NAMED + r"\S"), WEAK, "title", needs=("paper",)),
    # "Update Sheet - Planning Committee 7 May 2026": a paper tabled for the meeting's items
    Clue("report", _rx(TABLED_PAPER.pattern), WEAK, "title", needs=TABLED_WORDS),
    Clue("report", _rx(r"^\s*(?:To|REPORT\s+TO|COMMITTEE)\s*:?\s+(?:[\w&,\' -]{0,80}?\s)?"
                       r"(?:Committee|Cabinet|Council|Board|Panel|Forum|Commission)\b"), FAIR),
    # decision notices and forward plans
    Clue("decision", _rx(RECORD_OF_DECISION.pattern), STRONG, heading=True, needs=("decision",)),
    Clue("decision", AGENDA_ITEM_MINUTES, STRONG, requires=RESOLVED),
    # an agenda annotated with what the meeting decided, as its title says ("Annotated Agenda
    # - Decisions of the Meeting"), its items each printing their "DECISION:": the record of
    # the meeting's decisions, not its notice (an agenda's items ask, they do not decide)
    Clue("decision", ANNOTATED_AGENDA, STRONG, "title", requires=DECISION_LABEL,
         needs=("annotated", "decisions")),
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
                         # "INDIVIDUAL CABINET MEMBER DECISION", "Portfolio Holder Decision"
                         # ... and a minister's: "MINISTERIAL DECISION" (island governments)
                         r"|^\s*(?:Individual\s+)?(?:Cabinet\s+Member|Portfolio\s+Holder|"
                         r"Executive\s+Member|Delegated|Ministerial)\s+Decisions?\s*$"
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
    # performance reports and risk registers
    Clue("performance_report", PERFORMANCE, STRONG, "title", needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE, WEAK, needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE_TITLED, STRONG, "title"),
    Clue("performance_report", _rx(r"Quarterly\s+Performance\s+Report"), STRONG),
    # the body a KPI table: its header row, within the head
    Clue("performance_report", KPI_TABLE_HEADER, FAIR, starts=kpi_header_starts),
    # ... or its measures set out as cards, each with its target labelled on a line of its
    # own ("Target: 90%"), as a dashboard web page prints them
    Clue("performance_report", KPI_CARD_TARGET, STRONG, min_count=KPI_CARDS_MIN,
         needs=("target",)),
    Clue("risk_register", RISK_REGISTER, STRONG, "title", needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_REGISTER, WEAK, needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_CARD, STRONG, "text", min_count=RISK_CARDS_FOR_A_REGISTER,
         needs=("owner",)),
    # a register's table header: its ids, then likelihood and impact columns
    Clue("risk_register", RISK_TABLE_HEADER, FAIR),
    # a paper titled under the enclosure code its pack's agenda gives it ("FGP3: Schedule of
    # payments for approval", see segment_starts.enclosure_papers): a paper of the meeting
    Clue("report", ENCLOSURE_CODE, WEAK, "title"),
    # a committee's work programme titled so on a line of its own ("WORK PROGRAMME 2030",
    # "Audit Committee Work Programme 2030/31"): the committee's paper of its business to come,
    # whose rows may name papers that are no committee's ("Draft statement of accounts"). Not
    # an executive's forward work programme (a forward plan), nor a numbered agenda row
    # (work_programmes).
    Clue("report", WORK_PROGRAMME_TITLE, FAIR, "title", needs=WORK_PROGRAMME_WORDS),
    # against: statements of accounts, strategies, consultations, brochures and news. Only
    # at the head (a cover, a contents page): a report may carry the accounts as an appendix.
    Clue(OTHER, _rx(r"Statement\s+of\s+(?:the\s+)?Accounts"), STRONG, needs=("statement",)),
    Clue(OTHER, _rx(r"Notes\s+to\s+the\s+(?:Core\s+)?(?:Financial\s+Statements|Accounts)"), FAIR,
         needs=("notes",)),
    Clue(OTHER, _rx(r"^\s*(?:Note\s+)?\d{1,2}\.?\s+Accounting\s+Policies"), FAIR,
         needs=("accounting",)),
    Clue(OTHER, _rx(r"Comprehensive\s+Income\s+and\s+Expenditure\s+Statement|Movement\s+in\s+"
                    r"Reserves\s+Statement"), FAIR, needs=("statement",)),
    Clue(OTHER, _rx(r"Independent\s+auditor\W?s\s+report"), WEAK, needs=("auditor",)),
    Clue(OTHER, _rx(r"\bStrategy\b|\bStrategic\s+Plan\b|\bPolicy\s+Framework\b"), FAIR, "title"),
    Clue(OTHER, _rx(r"\bConsultation\s+(?:document|report|response|questionnaire|summary|"
                    r"findings)|have\s+your\s+say|you\s+said,?\s+we\s+did"), FAIR,
         needs=("consultation", "say", "said")),
    Clue(OTHER, _rx(r"\b(?:press\s+release|brochure|newsletter|news)\b"), FAIR, "title"),
    # a catalogue of files (a folder's README, an index page): it names papers, it is none
    Clue(OTHER, FILE_NAME, CATALOGUE_WEIGHT, "head", min_count=FILE_NAMES_FOR_A_CATALOGUE,
         needs=(".pdf", ".txt", ".htm", ".doc", ".xls", ".csv")),
)
