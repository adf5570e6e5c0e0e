"""The clues that speak for an agenda: a summons, a notice of the meeting, its running
order and its table of items, a front sheet's meeting block and date line."""

from __future__ import annotations

import re

from kcc_papers.classify.clue_weights import FAIR, STRONG, WEAK, Clue, _rx
from kcc_papers.classify.front_sheets import MEETING_TIME_OVER_VENUE, MEETING_TIME_WORDS
from kcc_papers.classify.headers import PAGE_COLUMN_HEADER, TIMED_ITEM, TIMED_ITEMS_MIN
from kcc_papers.classify.named_date_lines import NAMED_DATE_LINE, WEEKDAY_WORDS
from kcc_papers.normalise.runs import LINE_START as _LINE_START
from kcc_papers.segment_starts.item_tables import AGENDA_TABLE_HEADER

# A short label and its value, a masthead's column read onto the end of a line beside it.
BESIDE_LABEL = r"[A-Z][a-z]+(?:\s[a-z]+){0,2}\s*:\s+\S[^\n]*"
# The other language's half of a bilingual label, before the stroke: "Lleoliad / " Venue:.
OTHER_LABEL = r"(?:[^\n/:]{1,30}/\s*)?"


# A web page's masthead names the page an agenda of a dated meeting: "Agenda - Tuesday 20
# January 2026, 7.00pm", "Agenda for the meeting on 3rd March 2026" (not "Agenda item 5").
DATED_AGENDA = re.compile(
    _LINE_START + r"\s*Agenda\b(?!\s+items?\b)[^.\n]{0,40}?\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4}",
    re.I | re.M)


AGENDA_CLUES: tuple[Clue, ...] = (
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
    # ... and where that sentence, at the paper's head, goes on to the day and the time of
    # day the meeting will start ("... will be held in the Council Chamber on Tuesday, 9 May
    # 2028 at 10.00 am."), it is the summons itself: a notice headed by the body's name
    # alone, no "Agenda" over its table of items (minutes say when "the next meeting" will
    # be, further down, and never open on it)
    Clue("agenda", _rx(r"^\s*An?\s+(?:(?:special|extraordinary|ordinary|annual)\s+)?meeting\s+of"
                       r"\s+[^.]{0,120}?\bwill\s+be\s+held\b[^.]{0,160}?\b\d{1,2}(?:st|nd|rd|th)?"
                       r"\s+[A-Z][a-z]+,?\s+\d{4},?\s+(?:(?:commencing|starting)\s+)?at\s+"
                       # (the hour by the twelve or the twenty-four hour clock: "2.00 pm",
                       # "14:00", "14.00 hrs")
                       r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}\b)"),
         FAIR, "top", needs=("held",)),
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
    # ... or after the body's name on its line: "Cabinet - Thursday 25 September 2031, 10.00
    # am, Shire Hall" (named_date_lines)
    Clue("agenda", NAMED_DATE_LINE, FAIR, "top", needs=WEEKDAY_WORDS),
    # ... in Welsh, as a Welsh-language council's clerk writes to the members: "Fe'ch
    # gwahoddir i gyfarfod o'r Cyngor ..." ("you are invited to a meeting"), "Fe'ch gwysir i
    # gyfarfod ..." ("you are summoned")
    Clue("agenda", _rx(r"\b(?:gwahoddir|gwysir)[^\S\n]+(?:chi[^\S\n]+)?i[^\S\n]+"
                       r"(?:fynychu[^\S\n]+)?(?:g|y[^\S\n]+c)yfarfod\b"), FAIR,
         needs=("gwahoddir", "gwysir")),
)
