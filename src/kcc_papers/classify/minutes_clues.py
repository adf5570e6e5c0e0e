"""The clues that speak for minutes: the record's title, who was present, what was
resolved, how the meeting ended, and ModernGov's pages of a meeting's minutes."""

from __future__ import annotations

import re

from kcc_papers.classify.clue_weights import _NAME_WORD, FAIR, NAME_WORDS, STRONG, WEAK, Clue, _rx
from kcc_papers.classify.headers import _LINE_START_BEFORE_RUN_END, RESOLVED
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.runs import LINE_START as _LINE_START
from kcc_papers.segment_starts.heading_kinds import BODY_NOTES, MINUTES
from kcc_papers.segment_starts.item_tables import AGENDA_TABLE_HEADER
from kcc_papers.segment_starts.web_pages import AGENDA_ITEM_MINUTES

# A title line saying the page is minutes, then whose: "Minutes: Harbour Board" (shared with
# the decision clues, for which such a line is no item's "Minutes:" label).
MINUTES_OF_BODY_TITLE = _rx(
    rf"^[^\S\n]*(?:(?:Draft|Unconfirmed|Confirmed|Approved)[^\S\n]+)?Minutes?[^\S\n]*[:–—-]"
    rf"[^\S\n]*(?:the[^\S\n]+)?(?:{_NAME_WORD}[^\S\n]+){{0,{NAME_WORDS}}}?"
    rf"(?-i:{moderngov.BODY}|Sub-committee|Authority)[^\S\n]*$")

# Headings labelled "Minute No. 45": more than one, or it may be a report citing a minute.
MINUTE_LABELS_MIN = 2


MINUTES_CLUES: tuple[Clue, ...] = (
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
    # (a board that keeps notes titles them the same way: "Notes of the meeting held on ...";
    # so do a committee's minutes headed as its record: "Record of the meeting held on ...")
    Clue("minutes", _rx(r"^\s*(?:Minutes|Notes|Record)\s+of\s+the\s+meeting\s+held\s+on\b"),
         FAIR, "title"),
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
    # a web page titled by what it is, then whose: "Minutes: Harbour Board", "Draft minutes -
    # Licensing Committee" (the body's name ends the line; a ModernGov item's "Minutes:" label
    # goes on with the minute's words)
    Clue("minutes", MINUTES_OF_BODY_TITLE, FAIR, "title", needs=("minute",)),
    # a ModernGov attendance page: its table of attendees
    Clue("minutes", _rx(r"^\s*Attendee\b.*\bAttendance\b|^\s*Attendance\s+details\s*$"), WEAK),
)
