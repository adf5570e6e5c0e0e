"""The readers of a paper's meeting: an agenda's masthead or summons, a report's "To:" block, a
masthead line, a forward plan's "Decision due" (a minutes heading: minutes_heading.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from kcc_papers.extract import Context
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.dates import find_date, find_weekday_date, years_in

from .council import COUNCIL, as_printed, title_case

# How far down its first page a paper names its meeting.
MASTHEAD_LINES = 12


BODY = r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission)"
# A body's word anywhere in a line ("... Scrutiny Committee - 11 February").
BODY_WORD = re.compile(rf"\b{BODY}\b", re.I)
# A body named by one word that is no committee word: "Report to: Executive", or "EXECUTIVE"
# alone on its line as a metropolitan borough prints it (is_masthead_name does not take it).
SOLE_BODY = re.compile(r"(?:The\s+)?Executive", re.I)
TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", re.I)
TO_LINE = re.compile(
    # ("Meeting(s): Harbour Board, 4 March 2027": the meetings a report goes to, this one first)
    r"^\s*(?:To|REPORT\s+(?:TO|FOR)|COMMITTEE|MEETING(?:\s*\(S\)|S)?(?:\s+OF)?|NAME\s+OF\s+(?:THE\s+)?(?:COMMITTEE|MEETING)|"
    r"DECISION\s+TO\s+BE\s+TAKEN\s+BY)\s*:\s*(.*)$"
    # a report's masthead: "Report to Cabinet"
    # ("Report to the Policy and Resources Committee": the body without its article)
    # (its word capitalised: "report to County Council on 17th December" starting a line is a
    # sentence wrapped there, "... and recommends the" over it)
    r"|^\s*(?-i:R)eport\s+to\s+(?!be\b)(?:the\s+)?([A-Z].*)$"
    # a cover's "To Cabinet – 30 January 2025" has no colon, but has its date
    r"|^\s*To\s+(?!be\b)(.*\S\s*[–—,-]\s*\d{1,2}\s.*\d{4}.*)$",
    re.I,
)
# "To: All Members of the County Council": the body is the County Council.
MEMBERS_OF = re.compile(r"^\s*(?:All\s+)?Members\s+of\s+(?:the\s+)?", re.I)
# Where a committee's name ends and its date begins: "Cabinet – 30 January 2025", "Cabinet, 4".
NAME_END = re.compile(
    # (each tried from a run of spaces' first only, "(?<!\s)": a "\s+" or "\s*" tried from
    # each of its spaces is quadratic in the run, and the earliest end is the same)
    # (the date perhaps after "on", its month in capitals as the line is: "REPORT TO: FINANCE
    # AND RESOURCES COMMITTEE ON 2 JUNE 2027")
    r"(?<!\s)(?:\s*[–-]\s*\d|\s+[–-]\s+|,\s*\d|\s+(?:(?i:on)\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:[A-Z][a-z]+|[A-Z]{3,9})\s+\d{4}"
    # "Report to the Audit Committee, Tuesday 15 October 2024": the weekday starts the date
    r"|,?\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d))"
)
DATE_LINE = re.compile(
    # (a text layer without spaces may glue the value's first word into the label: "Date of
    # Dyddmeeting: Mawrth, 16 Mehefin 2026 / Tuesday, 16 June 2026")
    r"^\s*(?:DATE(?:\s+OF\s+(?:THE\s+)?(?:\w{1,12}?)?(?:MEETING|HEARING))?|(?:MEETING|HEARING)\s+DATE)"
    r"\s*:\s*(.+)$", re.I
)
DETERMINED_AT = re.compile(
    r"(?:determined|taken|made)\s+at\s+(?:the\s+)?(.{3,100}?)\s+meeting\s+(?:held\s+)?on\s+(.{6,40})",
    re.I,
)
VENUE_WORDS = re.compile(
    r"\b(Room|Chamber|Hall|House|Centre|Offices?|Suite|Online|Virtual)\b", re.I
)


# "A meeting of the County Council will be held in <venue> on <date> at <time>";
# "You are summoned to a meeting of the above Council on Monday 26th March 2018 at 7.00pm".
MEETING_SENTENCE = re.compile(
    # the body's name may join its words: "the Ashmoor Police and Crime Panel"
    # (a formal notice prints the word in capitals: "A MEETING of the Board will be held")
    r"\b(?:[Mm]eeting|MEETING|[Ss]ession|SESSION)\s+of\s+(?:the\s+)?(?P<body>(?:above\s+)?"
    # ("the Drumglass and Carnlough Policing and Community Safety Partnership": NI's PCSPs)
    r"(?:(?:[A-Z][\w&\'-]*|and|of|for|&)\s+){0,8}?"
    # (a parish's notice prints the name in capitals: "the FINANCE AND GENERAL PURPOSES
    # COMMITTEE to be held")
    r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Authority|"
    r"Partnership|COMMITTEE|CABINET|COUNCIL|BOARD|PANEL|SUB-COMMITTEE|FORUM|COMMISSION|"
    r"AUTHORITY|PARTNERSHIP))"
    # "the Planning Committee of Ardglass and Mourne Borough Council to be held in ..."
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&\'-]*\s+|and\s+){1,6}?Council)?"
    # ("... Committee which will be held in the Council Chamber on TUESDAY 7th APRIL 2026")
    r"(?:\s+(?:(?:which|that)\s+)?(?:will|is\s+to|shall|to)\s+be\s+held)?(?:\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[^.]{3,160}?))?"
    r"\s+on\s+(?P<when>(?:[^.]|\.\d){6,80})"
)


# The summons names its body as those summoned: "Members of the Planning and Highways Committee
# are summoned to attend a meeting at the Guildhall, Market Place on Wednesday 18 March 2026".
# The name has a word of its own before the body's noun: "Members of the Committee are
# summoned" names no committee (the masthead does), but "the Council" is the council itself.
SUMMONED_SENTENCE = re.compile(
    r"\bMembers\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&\'-]*\s+(?:(?:[A-Z][\w&\'-]*|and|of|for|&)"
    r"\s+){0,7}?(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Authority|"
    r"Partnership)|Council)\s+are\s+(?:hereby\s+)?(?:summoned|requested|invited|required)\s+"
    r"(?:to\s+attend\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|session)\b"
    r"(?:\s+(?:of\s+the\s+\w+\s+)?(?:(?:to\s+be\s+)?held\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?P<venue>[^.]{3,160}?))?\s+on\s+(?P<when>(?:[^.]|\.\d){6,80})"
)


_BODY_NAME = (r"(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Committee|Cabinet|Council|Board|Panel|Executive|"
              r"Sub-Committee|Forum|Authority|Commission)")
# A record of a meeting's decisions titled by them: "Executive – decisions taken on Thursday 5
# March 2026", "Decisions taken by the Cabinet at its meeting on 3 March 2026", or the line of
# a notice saying whose they are: "Notice of decisions taken by the Cabinet at its meeting held
# on ..." (under "DECISION NOTICE"). Titles capitalise their words as they please ("Record of
# Decisions Taken"), so only the body's name, known by its capitals, is read case-sensitively.
DECISIONS_TAKEN = re.compile(
    rf"^\s*(?:(?P<body>{_BODY_NAME})\s*[–—:-]\s*)?"
    r"(?i:(?:(?:record|schedule|notice)\s+of\s+)?decisions?\s+"
    rf"(?:taken|made|agreed)\s+)(?:(?i:(?:by|at)\s+(?:the\s+)?)(?P<by>{_BODY_NAME})\s+)?"
    r"(?i:(?:at\s+(?:the|its)\s+meeting\s+)?(?:held\s+)?on\s+)(?P<when>.{6,60})$")


# ... or in the line under its title that says which meeting's they are: "Decisions
# published on Friday 19 November 2027 for the meeting of Executive on Wednesday 17 November
# 2027, 6.30 pm" (a ModernGov list of a meeting's decisions).
DECISIONS_FOR_MEETING = re.compile(
    r"^\s*(?i:decisions?)\b[^.]{0,80}?\s(?i:for|of|at)\s+(?i:the\s+meeting\s+of\s+)(?:the\s+)?"
    rf"(?P<by>{_BODY_NAME})\s+(?i:(?:held\s+)?on\s+)(?P<when>.{{6,60}})$")


def decisions_taken(lines: list[str]) -> dict[str, object]:
    """The meeting a list of decisions names in its title."""
    for line in lines:
        m = DECISIONS_TAKEN.match(line) or DECISIONS_FOR_MEETING.match(line)
        body = (m.groupdict().get("body") or m.group("by")) if m else None
        if m and body and (d := find_date(m.group("when"))):
            return {"committee": " ".join(body.split()), "meeting_date": d}
    return {}


# A shortened name has at least this many words ("Joint Archives Committee").
FULLER_NAME_MIN_WORDS = 2


# A notice naming its body by the masthead above it: "the above Committee", or by its kind
# alone, "A meeting of the Board will be held" (a cabinet or a council is its own name).
ABOVE_BODY = re.compile(rf"^\s*above(?:[-\s]named|[-\s]mentioned)?\s+(?P<body>{BODY})\s*$"
                        r"|^\s*(?P<kind>Committee|Sub-Committee|Board|Panel|Forum|Commission)\s*$",
                        re.I)


def fuller_name(name: str, lines: list[str], *, words_left_out: bool = False) -> str:
    """The body's name as the masthead prints it in full, where a notice's sentence shortens
    it: "East Riding and Humberhead Joint Archives Committee" over "A meeting of the Joint
    Archives Committee will be held ..."; ``words_left_out``: also where the sentence leaves
    out words inside the name ("the Joint Committee" under its masthead's "Brenmoor and
    Eskdale Joint Fleet Services Committee"), for a notice read under its own masthead (a
    pack's running head may name another body whose name holds the same words)."""
    if above := ABOVE_BODY.match(name):
        # "A meeting of the above Committee": the body the masthead names above the sentence
        word = (above.group("body") or above.group("kind")).lower()
        return next((as_printed(s) for s in (" ".join(t.split()) for t in lines)
                     if s.lower().endswith(word) and is_masthead_name(s)
                     and not COUNCIL.fullmatch(s)), name)
    if INITIALISM_NAME.match(name):
        # "ICB Board" under "NHS Harrowden and Wealdmoor Integrated Care Board": the body
        # by its initials, which the full name's last words spell
        return next((as_printed(s) for s in (" ".join(t.split()) for t in lines)
                     if is_masthead_name(s) and not COUNCIL.fullmatch(s)
                     and _spells(name, s)), name)
    if len(name.split()) < FULLER_NAME_MIN_WORDS:
        return name  # "the Council", "Cabinet": the body itself, not a part of a longer name
    words = r"\s+".join(map(re.escape, name.split()))
    tail = re.compile(rf"\s{words}$", re.I)
    named = [s for s in (" ".join(t.split()) for t in lines)
             if is_masthead_name(s) and not COUNCIL.fullmatch(s)]
    for s in named:
        if tail.search(s):
            return as_printed(s)
    # "the Joint Committee" under "Brenmoor and Eskdale Joint Fleet Services Committee": the
    # sentence's words, in the masthead's name in their order, with its body's word last
    if not words_left_out:
        return name
    return next((as_printed(s) for s in named if _shortened(name, s)), name)


# A body named by its initials, perhaps with its body's word after them: "ICB Board", "IJB".
INITIALISM_NAME = re.compile(rf"^\s*[A-Z]{{2,5}}(?:\s+{BODY})?\s*$")


def _spells(short: str, full: str) -> bool:
    """Whether ``short``'s initials are those of ``full``'s last words (its joining words
    passed over) and the body's word after them, if any, is ``full``'s last."""
    initials, *word = short.split()
    have = [w for w in full.split() if w.lower() not in NAME_JOINS and w.lower() != "of"]
    if len(have) <= len(initials) or (word and word[0].lower() != have[-1].lower()):
        return False
    return "".join(w[0] for w in have[-len(initials):]).upper() == initials


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with some of its words left out (its last word kept)."""
    want, have = short.lower().split(), full.lower().split()
    if len(want) >= len(have) or want[-1] != have[-1]:
        return False
    rest = iter(have)
    return all(word in rest for word in want)  # (each found after the one before)


# A sentence about another meeting than the paper's own: "The next public meeting of the
# Select Committee will be held on 6 June", "the minutes of the last meeting of the Board held
# on ...". (The words before "meeting" are looked at, a few characters back.)
OTHER_MEETING = re.compile(
    r"\b(?:next|following|future|subsequent|previous|last|preceding)\s+(?:[a-z]+\s+)?$", re.I)
OTHER_MEETING_LOOKBACK = 30


def _other_meeting(text: str, m: re.Match[str]) -> bool:
    """Whether the words just before the sentence ``m`` found make it the next or last
    meeting's ("the next meeting of ...")."""
    return bool(OTHER_MEETING.search(text[max(0, m.start() - OTHER_MEETING_LOOKBACK):m.start()]))


def _own_meeting(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first sentence ``pattern`` finds that names no other meeting than the paper's."""
    return next((m for m in pattern.finditer(text) if not _other_meeting(text, m)), None)


def meeting_sentence(text: str, *, others: bool = True) -> dict[str, object]:
    """The meeting a sentence names: its body, date, time and venue. ``others=False``: a
    sentence about the next or the last meeting is passed over (an agenda's item saying when
    the committee meets next is not the agenda's own meeting)."""
    if others:
        m = MEETING_SENTENCE.search(text) or SUMMONED_SENTENCE.search(text)
    else:
        m = _own_meeting(MEETING_SENTENCE, text) or _own_meeting(SUMMONED_SENTENCE, text)
    if not m or not (d := find_date(m.group("when"))):
        return {}
    body = " ".join(m.group("body").split())
    out: dict[str, object] = {"committee": as_printed(body), "meeting_date": d}
    if t := TIME.search(m.group("when")):
        out["meeting_time"] = _norm_time(t.group(1))
    if m.group("venue"):
        out["venue"] = " ".join(m.group("venue").split()).strip(" ,")
    return out


# Where a masthead's body name ends and its date begins, the dash glued or spaced:
# "CORPORATE PARENTING PANEL– 29 October 2024", "CABINET - THURSDAY, 30 JANUARY 2025".
# A hyphen glued on both sides joins a name ("Sub-Committee"). A date may follow the name
# with only a column's gap between, which the text layer gives as a space ("PLANNING
# COMMITTEE        12 MARCH 2026").
MASTHEAD_SPLIT = re.compile(
    r"\s*[–—]\s*(?=\w)|\s+-\s*(?=\w)|-\s+(?=\w)|,\s+(?=\w+day\b|\d)"
    # a web page's strapline parts its fields with a dot or a bar: "Board of Directors
    # meeting in public · Thursday 5 June 2025 · Agenda item 3.1"
    r"|\s+[·•|]\s+(?=\w)"
    # "AUDIT AND SCRUTINY COMMITTEE: 25 FEBRUARY 2026": a colon before the date
    r"|:\s+(?=(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}\b)"
    r"|\s+(?=(?:\w+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}\b)")
BODY_LAST = re.compile(rf"\b{BODY}\s*$", re.I)
# A body named first, then what it is of or for: "Board of Directors", "Committee for
# Environment & Infrastructure" (trusts and island governments name their bodies so).
BODY_FIRST = re.compile(
    r"^\s*(?:Committee|Board|Panel|Forum|Commission)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w&'’ -]{2,60}$", re.I)
# A body named for what it advises on: "Standing Advisory Council on Religious Education";
# not a body meeting on a day ("Audit Committee on Wednesday" over the date's line).
BODY_ON = re.compile(
    r"^\s*(?:[A-Z][\w'’-]*\s+){0,4}(?:Council|Committee|Board|Panel|Forum|Commission)\s+on\s+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)(?:the\s+)?[A-Z][\w&'’ -]{2,60}$")
# The short name a masthead prints after the full one: "... Religious Education (SACRE)".
# Tried only where a run of spaces starts: tried inside one too, a long run before no
# initialism is scanned again from each of its spaces (quadratic in its length).
INITIALISM_TAIL = re.compile(r"(?<!\s)\s*\([A-Z]{2,8}\)\s*$")
MASTHEAD_NAME_WORDS = 8
NAME_JOINS = ("and", "&")
# A date line of a masthead: the date, perhaps its weekday and time, nothing else.
DATE_ONLY_CHARS = 45
# A masthead's date is on one of the DATE_BELOW_LINES lines under its committee.
DATE_BELOW_LINES = 2
# An agenda's masthead (committee, date, time, venue) is within its first lines.
AGENDA_MASTHEAD_LINES = 25
# A minutes' "Venue:" label is within its first lines; further down it is an item's text.
VENUE_LABEL_LINES = 30
# A committee's name in capitals is a short line; a longer one is a sentence in capitals.
BODY_LINE_CHARS = 90
# "To:" / "COMMITTEE:" labels of a report are within its first lines.
ADDRESS_LINES = 40
# A committee's name read after "To:" is shorter than this, or it ran on into a sentence.
COMMITTEE_NAME_CHARS = 100
# The last word of a committee's name wrapped onto the next line, alone or before the
# meeting's date: "Committee", "Sub-Committee - 19 January 2027" (not "Committee Room 2").
WRAPPED_NAME_END = re.compile(
    r"^\s*((?:Sub-)?(?:Committee|Board|Panel|Forum|Commission))(?=\s*$|\s*[–-]\s*\d|\s+[–-]\s|"
    r",?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})")
# "Determined at the meeting of ..." may wrap over this many lines.
DETERMINED_AT_LINES = 3


# A table's label cell read into the line before the body's name: "Meeting | Cabinet".
LABEL_CELL = re.compile(r"^\s*(?:Meeting|Committee|Decision\s+maker|Report\s+to)\s*:?\s+(?=\S)",
                        re.I)


# The paper's place in the agenda printed in a column right of the body's name: "DYFED-TEIFI
# POLICE AND CRIME PANEL        Agenda Item 7".
ITEM_LABEL_TAIL = re.compile(r"\s+(?:Agenda\s+)?Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}[a-z]?\.?\s*$",
                             re.I)


def masthead_pair(lines: list[str]) -> dict[str, object]:
    """A body named at the head of a paper with its date, on one line or on the next two."""
    lines = [_unlabelled(_one_language(ITEM_LABEL_TAIL.sub("", s))) for s in lines]
    for n, s in enumerate(lines):
        name, rest = _nearest_the_date(*_split_masthead(s)[::2])
        if rest:
            name = SESSION_BRACKET.sub("", name)
        d = find_date(rest) if rest else None
        if d and BARE_BODY_MEETING.match(name) and (body := _organisation_above(lines[:n])):
            return {"committee": body, "meeting_date": d}
        # "Meeting of the Authority: Monday 16 March 2026" under the authority's own name
        if d and MEETING_OF_ITSELF.match(name) and (body := body_named_above([*lines[:n], name])):
            return {"committee": body, "meeting_date": d}
        if d and is_masthead_name(name):
            return {"committee": as_printed(name), "meeting_date": d}
        # ("Harrowmere District Council - Executive - 14/09/2027": a body named by one word)
        if d and SOLE_BODY.fullmatch(name.strip()):
            return {"committee": as_printed(name).removeprefix("The "), "meeting_date": d}
        # "Cabinet - Decision Sheet" over "Meeting held on ...": the body, then what the paper is
        if rest and is_masthead_name(name) and not d:
            s = name
        elif rest or not is_masthead_name(s) or COUNCIL.fullmatch(s.strip()):
            continue
        for below in lines[n + 1 : n + 1 + DATE_BELOW_LINES]:
            # a body named nearer the date ("RIVERLEA INTEGRATION JOINT BOARD / Audit and
            # Risk Committee / Meeting date: ...", or "Cabinet - 14 January 2026") is the one
            # meeting; the line above it is the body it belongs to
            if is_masthead_name(_split_masthead(below)[0]):
                break
            if _a_date_line(below) and (d := find_date(below)):
                return {"committee": as_printed(s), "meeting_date": d}
        if d := _meeting_date_labelled(lines[n + 1 : n + 1 + LABELLED_DATE_LINES]):
            return {"committee": as_printed(s), "meeting_date": d}
    return {}


# A masthead's body over its header's labels, the meeting's date among them: "Strategy, Policy
# and Resources Committee" over "Report title: ...", "Meeting date: 18 April 2028".
LABELLED_DATE_LINES = 6
MEETING_DATE_LABEL = re.compile(
    r"^\s*(?:Meeting\s+date|Date\s+of\s+(?:the\s+)?meeting)\s*:\s*(?P<date>\S.*)$", re.I)


def _meeting_date_labelled(lines: list[str]) -> dt.date | None:
    """The date a "Meeting date:" label gives among the lines under a body's name, before any
    line naming another body."""
    for below in lines:
        if is_masthead_name(_split_masthead(below)[0]):
            return None
        if m := MEETING_DATE_LABEL.match(below):
            return find_date(m.group("date"))
    return None


def _nearest_the_date(name: str, rest: str) -> tuple[str, str]:
    """"Wessex Downs County Council - Pension Fund Committee - 13 March 2026" (a running head):
    of the bodies a line names before its date, the one nearest the date meets; those before
    it are what it belongs to (a council, wherever it stands, is what a body belongs to)."""
    while rest:
        inner, _, after = _split_masthead(rest)
        # "Pension Fund Committee - Wessex Downs County Council - date": a council named
        # after the committee is the one it belongs to, not a second body meeting
        # (the body nearest the date may be named by one word: "... Council - Executive - date")
        named = is_masthead_name(inner) or SOLE_BODY.fullmatch(inner.strip())
        if not (after and named and find_date(after)) or COUNCIL.fullmatch(inner.strip()):
            break
        name, rest = inner, after
    return name, rest


# "Trust Board (Public) - Wednesday 11 March 2026": which part of the meeting, not its name.
SESSION_BRACKET = re.compile(
    r"\s*\((?:(?:meeting\s+)?in\s+)?(?:public|private|part\s+(?:1|2|I|II|one|two))"
    r"(?:\s+(?:session|meeting|business))?\)\s*$"
    # ... or said after the name: "Board of Directors meeting (held) in public"
    r"|\s+meeting\s+(?:held\s+)?in\s+(?:public|private)\s*$", re.I)
# "BOARD MEETING - 31 MARCH 2026" under "NHS ARDMUIR": the body is the one the masthead names.
BARE_BODY_MEETING = re.compile(r"^\s*(?:Board|Authority|Commission)\s+Meeting\s*$", re.I)
# A masthead's organisation line: words without digits or a label's colon ("NHS ARDMUIR").
ORGANISATION_LINE = re.compile(r"^\s*[A-Z][A-Za-z&'’ -]{1,80}$")


def _organisation_above(lines: list[str]) -> str | None:
    """The nearest line above that names an organisation (a reference line, "Paper No.
    26/031", passed over)."""
    for above in reversed(lines):
        if ORGANISATION_LINE.match(above) and not COUNCIL.fullmatch(above.strip()):
            # an initialism in capitals stays one ("NHS ARDMUIR" is "NHS Ardmuir")
            return " ".join(w if ACRONYM.match(w) else t for w, t in
                            zip(above.split(), as_printed(above).split(), strict=False))
    return None


# A word in capitals without a vowel is an initialism ("NHS"), not a word set in capitals.
ACRONYM = re.compile(r"^[B-DF-HJ-NP-TV-Z]{2,5}$")


# A masthead's date line may go on with the time and the venue ("Tuesday 10 March 2026,
# 7.00 pm, Committee Room 2, Town Hall"); what matters is that it starts with the date.
DATE_FIRST = re.compile(
    r"^\s*(?:Date\s*:\s*)?(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,10}\.?,?"
    r"\s+\d{4}\b")


def _a_date_line(s: str) -> bool:
    # a date in each language ("Date: Dydd Mercher 18 Mawrth 2026 / Wednesday 18 March 2026"):
    # either half may be the one that starts with it
    return len(s.strip()) <= DATE_ONLY_CHARS or any(
        DATE_FIRST.match(half) for half in halves(s, before_capital=True))


def _one_language(s: str) -> str:
    """A bilingual masthead line in the language of the committee's name or label it carries:
    "Pwyllgor Craffu Perfformiad / Performance Scrutiny Committee"."""
    name = _in_one_language(s, is_masthead_name, rest=False)
    if name != s:
        return name
    dated = _in_one_language(s, DATE_LINE.match, rest=True)
    if dated != s:
        return dated
    # a date printed in each language ("Dydd Iau, 19 Mawrth 2026 / Thursday, 19 March 2026"):
    # either half says it
    parts = halves(s, before_capital=True)
    if len(parts) > 1 and all(find_date(part) for part in parts):
        return parts[-1]
    return s


def _unlabelled(s: str) -> str:
    rest = LABEL_CELL.sub("", s, count=1)
    return rest if rest != s and is_masthead_name(rest) else s


def _split_masthead(s: str) -> tuple[str, str, str]:
    m = MASTHEAD_SPLIT.search(s)
    if not m:
        return s.strip(), "", ""
    return s[: m.start()].strip(), m.group(0), s[m.end() :].strip()


# What a body's name may add in brackets after its word: which of its kinds of meeting it is
# ("Overview and Scrutiny Committee (Call-In)"), where it sits ("... Joint Committee (Midlands
# and North)"); a few capitalised words. (Not its initials, "(SACRE)", nor who may attend,
# "(Public)": see INITIALISM_TAIL and SESSION_BRACKET.)
# (tried only where a run of spaces starts, as INITIALISM_TAIL is)
NAME_QUALIFIER = re.compile(
    r"(?<!\s)\s*\([A-Z][\w'’-]*(?:[ \t](?:[A-Z][\w'’-]*|and|of|&)){0,4}\)\s*$")


def _unqualified(name: str) -> str:
    """A body's name without the bracketed words it adds after its word (NAME_QUALIFIER)."""
    if INITIALISM_TAIL.search(name) or SESSION_BRACKET.search(name):
        return name
    return NAME_QUALIFIER.sub("", name)


def is_masthead_name(name: str) -> bool:
    """A committee's name as a masthead prints it: short, ending with the body's word
    ("Corporate Parenting Panel"), perhaps with words in brackets after it ("Overview and
    Scrutiny Committee (Call-In)"), and not a sentence or a label."""
    name = _unqualified(name.strip())
    words = name.split()
    on = bool(BODY_ON.match(name))
    small = {"and", "of", "the", "&", "for", "on"} if on else {"and", "of", "the", "&", "for"}
    return (
        0 < _name_words(words) <= MASTHEAD_NAME_WORDS
        and ":" not in name
        and bool(BODY_LAST.search(name) or BODY_FIRST.match(name) or on)
        and not re.match(r"(?i)(to|from|minutes|agenda|report|by|dear)\b", name)
        # a reference or a number first ("KD/27/032 Cabinet"): a table's row, not a name
        and not any(c.isdigit() for c in words[0])
        and all(w[:1].isupper() or w.lower() in small for w in words)
    )


def _name_words(words: list[str]) -> int:
    """How many words a name is, an "and" joining a long name's parts no more of it ("Kent and
    Medway Joint Health Overview and Scrutiny Committee" is a name of seven words) where it
    names one body, the body's word once ("... District Council Planning Committee" is a
    council's name beside its committee's); "of the" is a phrase's, counted ("Notice of
    Decision Taken by the Leader of the Council")."""
    if len(words) <= MASTHEAD_NAME_WORDS or len(BODY_WORD.findall(" ".join(words))) > 1:
        return len(words)
    return len([w for w in words if w.lower() not in NAME_JOINS])


# "Decision due: 21 Sep 2015 by Cabinet" (a forward plan entry): the meeting that decides.
DECISION_DUE = re.compile(
    r"Decision\s+due\s*:\s*(?P<when>.+?)\s+by\s+(?:the\s+)?(?P<body>.+)$", re.I
)


def decision_due(lines: list[str]) -> dict[str, object]:
    for s in lines:
        m = DECISION_DUE.search(s)
        if not m:
            continue
        body = m.group("body").strip(" .")
        if is_masthead_name(body) and not re.search(r"Member|Officer|Director", body):
            d = find_date(m.group("when"))
            return {"committee": body, **({"meeting_date": d} if d else {})}
    return {}


def date_of_meeting_of(committee: object, lines: list[str]) -> dict[str, object]:
    """A decision to be taken by Cabinet: "A report will be presented to Cabinet on 30
    January 2025". Only the same body's coming meeting counts: not "Cabinet Committee on",
    nor a past pathway ("was considered by Cabinet on")."""
    if not isinstance(committee, str):
        return {}
    text = " ".join(lines)
    name = r"\s+".join(map(re.escape, committee.split()))
    m = re.search(rf"\bwill\s+be\s+\w+\s+(?:to|by|at)\s+(?:the\s+)?{name}\s+(?:meeting\s+)?"
                  rf"on\s+(.{{6,40}})", text)
    d = find_date(m.group(1)) if m else None
    return {"meeting_date": d} if d else {}


def date_without_year(lines: list[str], ctx: Context) -> object:
    """"held on Monday 25th June": the year, among those the paper prints, in which that
    day was that weekday; none when no year or more than one fits."""
    head = " ".join(lines[:MASTHEAD_LINES])
    return find_weekday_date(head, years_in(ctx.source.iter_text()))


def agenda_masthead(lines: list[str]) -> dict[str, object]:
    """Committee, date, time and venue from the lines around an agenda's heading."""
    # "Venue: Council Chamber"; "Agenda of the Planning Committee" names the committee
    head = [INITIALISM_TAIL.sub("", _BODY_MEETING.sub(r"\1\2", AGENDA_OF.sub("", LABEL.sub("", s))))
            for s in lines[:AGENDA_MASTHEAD_LINES]]
    first_item = next((n for n, s in enumerate(head) if AGENDA_ITEM_LINE.match(s)), len(head))
    head = head[:first_item]  # "Nurture Room" in an item's title is no venue
    out: dict[str, object] = {}
    # (a name wrapped before its body's word, "HEALTH AND ADULT SOCIAL CARE SCRUTINY" over
    # "PANEL", is read whole: the word alone is no name)
    for s, name in zip(head, _unwrapped(head, lines), strict=True):
        if "committee" not in out and _is_body_name(name) and not COUNCIL.fullmatch(name.strip()):
            out["committee"] = title_case(name)  # the council's own name is not its committee
        if "meeting_date" not in out and not PUBLISHED.match(s) and (d := find_date(s)):
            out["meeting_date"] = d
            if t := TIME.search(s):
                out["meeting_time"] = _norm_time(t.group(1))
        elif "meeting_time" not in out and (t := TIME.fullmatch(s.strip())):
            out["meeting_time"] = _norm_time(t.group(1))
        if "venue" not in out and VENUE_WORDS.search(s) and not re.search(r"Ask for", s[:8]):
            out["venue"] = _venue(s, head)
    if "committee" not in out and (body := body_named_above(head)):
        out["committee"] = body
    if "committee" not in out or _a_council(str(out["committee"])):
        # no capitals: the body as a masthead prints it ("Planning Applications Sub-Committee"),
        # which under "KINLOCHAN COUNCIL" is the committee, the council being its body; or
        # its one word ("Executive" under "HARLOWMERE COUNCIL")
        # (a bilingual masthead's name in the language that names a body: "Governance and
        # Audit Committee / Pwyllgor Llywodraethu ac" wrapped in its column)
        # (the body its "Meeting:" label names: "Meeting: Place Scrutiny Committee" under the
        # council's name, which a hyphen, "PEN-Y-WAUN", kept from reading as a council's)
        names = [s.strip().removeprefix("The ") if SOLE_BODY.fullmatch(s.strip()) else s.strip()
                 for s in (_bilingual_name(MEETING_LABEL.sub("", s))
                           for s in _unwrapped(head, lines))
                 if (is_masthead_name(s) or SOLE_BODY.fullmatch(s.strip()))
                 and not COUNCIL.fullmatch(s.strip())]
        own = [s for s in names if not _a_council(s)]
        if own or (names and "committee" not in out):
            out["committee"] = (own or names)[0]
    return out


def _bilingual_name(s: str) -> str:
    """The half of a bilingual line ("Governance and Audit Committee / Pwyllgor ...") that is
    a body's name as a masthead prints it; the line as is where it is no such pair."""
    return _in_one_language(s, is_masthead_name, rest=False) if "/" in s else s


# A body's kind alone, which is no body's name: a masthead's name wrapped before its last word
# ("Audit and Performance" over "Committee").
KIND_ALONE = re.compile(r"\s*(?:Committee|Sub-Committee|Board|Panel|Forum|Commission|Authority)\s*",
                        re.I)


# ... or the kind with "Cabinet" before it: "Growth, Economic Development and Communities" over
# "Cabinet Committee" (a cabinet committee is a kind of body, as a committee is).
# (matched whole against the stripped line: spaces around it inside the pattern, searched,
# would be scanned again from each space of a long run)
KIND_WRAPPED = re.compile(r"(?:Cabinet\s+)?(?:Committee|Sub-Committee|Board|Panel|Forum|"
                          r"Commission|Authority)", re.I)


# A line ending in a word that joins two more: a name wrapped in its column ("Audit and").
DANGLING_JOIN = re.compile(r"\s(?:and|&|of|for)\s*$", re.I)


def _unwrapped(head: list[str], printed: list[str]) -> list[str]:
    """The masthead's lines, a body's kind alone on its line as ``printed`` read with the line
    above where the two make a name: the name wrapped in its column ("Board Meeting" under a
    company's name is the meeting of its board, not a name wrapped)."""
    out = list(head)
    for n in range(1, len(head)):
        if DANGLING_JOIN.search(head[n - 1]) and is_masthead_name(head[n]):
            # "Pwyllgor Archwilio ... / Audit and" over "Corporate Governance Committee": a
            # name does not end in "and"; its last half runs on into the line below
            run_on = f"{halves(head[n - 1])[-1].strip()} {head[n].strip()}"
            out[n] = run_on if is_masthead_name(run_on) else out[n]
            continue
        cabinets = _cabinets_committee(head[n - 1], printed[n])
        if not KIND_WRAPPED.fullmatch(printed[n].strip()) or (
                is_masthead_name(head[n - 1]) and not cabinets):
            continue
        # a bilingual name wraps its last language's half: "Pwyllgor Craffu / Communities
        # Scrutiny" over "Committee" names the "Communities Scrutiny Committee"
        joined = next((name for name in (f"{half.strip()} {head[n].strip()}" for half in (
            head[n - 1], halves(head[n - 1])[-1])) if is_masthead_name(name)), None)
        if joined:
            out[n] = joined
            if cabinets:
                out[n - 1] = joined  # the line above is the name's start, no name of its own
    return out


# A cabinet committee's name wrapped before its last word: "Skills and Communities Cabinet"
# over "Committee".
CABINET_LAST = re.compile(r"\bCabinet\s*$", re.I)
COMMITTEE_ALONE = re.compile(r"(?:Sub-)?Committee", re.I)


def _cabinets_committee(above: str, line: str) -> bool:
    """Whether ``line``, "Committee" alone, ends a cabinet committee's name that ``above``,
    ending in "Cabinet", begins."""
    return bool(COMMITTEE_ALONE.fullmatch(line.strip()) and CABINET_LAST.search(above))


# A masthead naming the meeting by its body: "Board Meeting", "Planning Committee Meeting"
# (or its paper by the body: "Cabinet Agenda");
# the kind of meeting before the body is not its name ("Extraordinary Council Meeting" is the
# Council's, as "Extraordinary Meeting of the Council" is).
_BODY_MEETING = re.compile(
    r"^(\s*)(?i:(?:extraordinary|special|annual|ordinary|budget|reconvened|adjourned|"
    rf"additional)\s+)*((?:[A-Z][\w&'’-]*\s+){{0,6}}?{BODY})\s+(?:Meeting|Agenda)\s*$")


def _a_council(name: str) -> bool:
    """ "KINLOCHAN COUNCIL", "CWM TAWELAN COUNTY BOROUGH COUNCIL": a council's own name, the
    body a committee belongs to; a merged council's names joined ("Ashcombe and Thorne
    Council")."""
    name = name.strip()
    return bool(re.fullmatch(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,3}Council",
                             title_case(name))
                or COUNCIL.fullmatch(name))


# Where a council's name may end inside a longer name: its word "Council".
_COUNCIL_WORD = re.compile(r"\bCouncil\b", re.I)
# Words that say what kind of council it is, no place's name: before a committee's name they
# are part of it ("Town and Parish Council Liaison Committee", "Youth Council Board").
_COUNCIL_KIND_WORDS = frozenset({
    "town", "parish", "community", "county", "city", "borough", "district", "youth", "schools",
    "joint", "and", "&", "the", "council"})


def _names_a_place(council: str) -> bool:
    """Whether a council's name holds a word of its own, a place's ("Hartwell Vale Council"),
    not only what kind of council it is ("Parish Council")."""
    return any(word.lower() not in _COUNCIL_KIND_WORDS for word in council.split())


def without_council(name: str) -> str:
    """A committee's name without the council's name printed before it: a header band's two
    cells ("HARTWELL VALE COUNCIL" beside "Overview and Scrutiny Committee") or a running
    head read as one line name the committee; the council is whose it is, not part of its
    name (a council meeting as a whole is named by its name alone, which is kept)."""
    if len(name) >= COMMITTEE_NAME_CHARS:
        return name  # a sentence run on, no name (and each "Council" in it tried is quadratic)
    for m in _COUNCIL_WORD.finditer(name):
        council, rest = name[: m.end()].strip(), name[m.end() :].strip()
        if (_names_a_place(council) and (_a_council(council) or COUNCIL.fullmatch(council))
                and is_masthead_name(rest) and not _a_council(rest)
                # ("Schools Council Forum": a body's kind alone after it is no name of its own)
                and not KIND_ALONE.fullmatch(rest)):
            return rest
    return name


# The date an agenda was sent out is not the meeting's.
PUBLISHED = re.compile(
    r"^\s*(?:Published|Publication\s+date|Date\s+of\s+publication|Dispatched|Despatched|Issued)\b",
    re.I,
)
LABEL = re.compile(r"^\s*(?:Date|Time|Venue|Place|Location|Where|When)\s*:\s*", re.I)
# A masthead's label naming which body meets: "Meeting: Place Scrutiny Committee".
MEETING_LABEL = re.compile(r"^\s*Meeting\s*:\s*", re.I)
# "Agenda of the Planning Committee": the heading's words before the committee's name
AGENDA_OF = re.compile(
    r"^\s*Agenda\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z]\w*\s.*\b(?:Committee|Panel|Board)\b)")
AGENDA_ITEM_LINE = re.compile(r"^\s*[A-Z]?\d{1,4}[.)]?\s+[A-Z]")


def _names_a_body(s: str) -> bool:
    """Whether a line under a bare "Report to:" label starts with a body's name (its date may
    follow: "Cabinet – 30 January 2025")."""
    name = MEMBERS_OF.sub("", NAME_END.split(s)[0]).removeprefix("The ").strip(" ,–-")
    return is_masthead_name(name) or _is_body_name(name) or bool(SOLE_BODY.fullmatch(name))


def _is_body_name(s: str) -> bool:
    s = s.strip()
    return (
        bool(BODY_WORD.search(s))
        and s.upper() == s
        and len(s) < BODY_LINE_CHARS
        and not re.search(r"\bITEMS?\b|AGENDA", s)
    ) or s in ("CABINET", "COUNCIL", "Cabinet", "Council")


def _venue(line: str, head: list[str]) -> str:
    """Venue lines carry trailing "Telephone:"/"Email:" columns of the masthead; drop them."""
    parts = [line]
    i = head.index(line)
    if i + 1 < len(head) and re.search(r"\b(Hall|Maidstone|House)\b", head[i + 1]):
        parts.append(head[i + 1])
    cut = re.compile(r"\s+(?:Telephone|Tel|Email|Ask for)\s*:")
    text = ", ".join(cut.split(p)[0].strip(" ,") for p in parts)
    # "Venue: Council Chamber, Civic Centre. View directions" (a web page's label and link)
    text = re.sub(r"^\s*Venue\s*:\s*|\.?\s*View\s+directions\s*$", "", text)
    return re.sub(r",\s*,", ",", text).strip(" ,")


def page_heading(lines: list[str]) -> dict[str, object]:
    """A ModernGov page's meeting line: "Cabinet - Tuesday, 10th September, 2024 7.00 pm"."""
    heading = moderngov.meeting_heading(lines)
    if heading is None:
        return {}
    out: dict[str, object] = {"committee": heading.committee}
    if heading.date:
        out["meeting_date"] = heading.date
    if heading.time:
        out["meeting_time"] = heading.time
    venue = next((s for s in lines[:VENUE_LABEL_LINES] if re.match(r"^\s*Venue\s*:", s)), None)
    if venue:
        out["venue"] = re.sub(r"^\s*Venue\s*:\s*|\.?\s*View\s+directions\s*$", "", venue)
    return out


# A line that opens with a label of its own ("Dyddiad y cyfarfod / Date of meeting: ..."
# however its words were jumbled): the next field, not the wrapped end of the one above.
LABEL_OF_ITS_OWN = re.compile(r"^\s*[^\d\s:][^:]{0,60}:\s")


def addressed_to(lines: list[str]) -> dict[str, object]:
    """Reports and decisions: "To: Cabinet – 30 January 2025", "COMMITTEE: ..." / "DATE: ..."."""
    out: dict[str, object] = {}
    lines = [_labelled_half(s) for s in lines[:ADDRESS_LINES + 1]]
    for n, s in enumerate(lines[:ADDRESS_LINES]):
        m = TO_LINE.match(s)
        if m and "committee" not in out:
            value = next((g for g in m.groups() if g), "").strip()
            if not value and n + 1 < len(lines) and not _names_a_body(lines[n + 1]):
                # a bare label over a line that is no body's name: the text runs in another
                # order than the page (a footer, a sentence's end after "Report to:")
                continue
            value = MEMBERS_OF.sub("", value or (lines[n + 1] if n + 1 < len(lines) else ""))
            under = n + 1  # the line below the value (below the line it took in, if it did)
            if value and not BODY_WORD.search(value) and n + 1 < len(lines) and (
                    _is_body_name(lines[n + 1]) or _names_a_body(lines[n + 1])):
                # (or wrapped before its body's words: "To: Highways, Transport and
                # Environmental" over "Services Cabinet Committee - 11 February 2027")
                value, under = f"{value} {lines[n + 1]}", n + 2
            if re.search(r"Cabinet\s+Member|Director|Officer", value, re.I):
                continue  # addressed to a person: the decision maker, not a meeting
            below = lines[under] if under < len(lines) else ""
            if not find_date(value) and (tail := WRAPPED_NAME_END.match(below)):
                # "To: Children's ... Cabinet" over "Committee - 19 January 2027": the name's
                # last word wrapped onto the date's line
                value, below = f"{value} {tail.group(1)}", below[tail.end():]
            if not find_date(value) and len(below.strip()) <= DATE_ONLY_CHARS and find_date(below):
                value = f"{value} – {below.strip()}"  # "To: <committee>" over its date
            elif (not find_date(value) and not DATE_LINE.match(below)
                  and not LABEL_OF_ITS_OWN.match(below)
                  and find_date(f"{value} {below.strip()}")):
                # a heading wrapped before its year; a "Date of Meeting:" line under it is
                # a label of its own, read below
                value = f"{value} {below.strip()}"
            name = _before_next_label(NAME_END.split(value)[0])
            # "Meeting: ICB Board (Public)": which session, not the body's name (as a
            # masthead's is read)
            name = SESSION_BRACKET.sub("", name).removeprefix("The ").strip(" ,–-")
            # "Report to: Executive": the executive is a body too (SOLE_BODY)
            if (BODY_WORD.search(name) or SOLE_BODY.fullmatch(name)) and len(
                    name) < COMMITTEE_NAME_CHARS:
                out["committee"] = title_case(name) if name.isupper() else name
                if d := find_date(value):
                    out["meeting_date"] = d
        dm = DATE_LINE.match(s)
        at = DETERMINED_AT.search(" ".join(lines[n : n + DETERMINED_AT_LINES]))
        if at and "committee" not in out:
            out["committee"] = " ".join(at.group(1).split())
            out["meeting_date"] = find_date(at.group(2))
        if dm and "meeting_date" not in out and (d := find_date(dm.group(1))):
            out["meeting_date"] = d
    if "committee" not in out:
        out.pop("meeting_date", None)  # a "Date:" alone dates a letter, not a meeting
    return out


# A notice of a hearing's outcome names its body alone in its masthead ("LICENSING
# SUB-COMMITTEE" over "NOTICE OF DETERMINATION") and dates it by a label ("Date of hearing:").
NOTICE_MASTHEAD_LINES = 3
# The body and what the paper is on one masthead line: "Licensing Sub-Committee: Notice of
# Decision", "Regulatory Panel - Notice of Determination", "Licensing Committee – Decision Notice".
# (it starts where a run of spaces does, never inside one: tried from each space of a long run,
# its opening ``\s*`` made it quadratic)
_NOTICE_TITLE = re.compile(
    r"(?<!\s)\s*(?::|\s[–—-])\s*(?:(?:Notice|Record|Statement)\s+of\s+(?:the\s+)?"
    r"(?:Decisions?|Determinations?)|(?:Decision|Determination)\s+Notice)\s*$", re.I)


# The notice's title naming its body after what it is: "Notice of Determination of the
# Licensing Sub-Committee", "Record of Decision by the Regulatory Panel"; a title under the
# council's name and the Act it is made under, within its first lines.
_NOTICE_OF_BODY = re.compile(
    r"^\s*(?:Notice|Record|Statement)\s+of\s+(?:the\s+)?(?:Decisions?|Determinations?)\s+"
    r"(?:of|by)\s+(?:the\s+)?(?P<body>[A-Z].*?)\s*$", re.I)
# ... or naming it before what it is: "Record of Cabinet decisions" (the body's name known by
# its capitals, as titles capitalise their other words as they please).
_NOTICE_BODY_FIRST = re.compile(
    rf"^\s*(?i:(?:Notice|Record|Statement|Schedule)\s+of\s+(?:the\s+)?)(?P<body>{_BODY_NAME})"
    r"(?:'s)?\s+(?i:Decisions?|Determinations?)\s*$")
NOTICE_TITLE_LINES = 8


def notice_masthead(lines: list[str]) -> dict[str, object]:
    """A decision notice's body (its masthead's name alone, not a council's, or the one its
    title names) and the date its "Date of hearing:" or "Date of meeting:" label gives."""
    heads = [_NOTICE_TITLE.sub("", s).strip() for s in lines[:NOTICE_MASTHEAD_LINES]]
    name = next((s for s in heads if is_masthead_name(s) and not _a_council(s)), None)
    if name is None:
        titled = (m.group("body") for s in lines[:NOTICE_TITLE_LINES]
                  if (m := _NOTICE_OF_BODY.match(s)))
        name = next((s for s in titled if is_masthead_name(s) and not _a_council(s)), None)
    if name is None:
        # (the body's name is read whole by the title's pattern: "Executive" alone is one)
        first = (m.group("body") for s in lines[:NOTICE_TITLE_LINES]
                 if (m := _NOTICE_BODY_FIRST.match(s)))
        name = next((s for s in first if not _a_council(s)), None)
    if name is None:
        return {}
    for s in lines[:ADDRESS_LINES]:
        dm = DATE_LINE.match(_labelled_half(s))
        if dm and (d := find_date(dm.group(1))):
            return {"committee": title_case(name) if name.isupper() else name, "meeting_date": d}
    return {}


# A notice of a meeting's decisions names the body that took them by a label ("Decision
# Maker: CABINET") and the meeting's date by another ("Meeting Date: ..."); a body, not a
# person ("Decision maker: Cabinet Member for Highways").
DECISION_MAKER_LINE = re.compile(r"^\s*Decision\s+maker\s*:\s*(?P<name>\S.*)$", re.I)
A_PERSON = re.compile(r"Cabinet\s+Member|Portfolio\s+Holder|Leader|Director|Officer|Mayor",
                      re.I)


def decision_maker_labelled(lines: list[str]) -> dict[str, object]:
    """A decision notice's body by its "Decision maker:" label, with the date its "Meeting
    date:" label gives (a body with no meeting dated is no meeting's)."""
    for s in lines[:ADDRESS_LINES]:
        m = DECISION_MAKER_LINE.match(_in_one_language(s, DECISION_MAKER_LINE.match, rest=True))
        if m is None:
            continue
        name = _before_next_label(NAME_END.split(m.group("name"))[0]).strip(" ,–-")
        if (A_PERSON.search(name) or len(name) >= COMMITTEE_NAME_CHARS
                or not (BODY_WORD.search(name) or SOLE_BODY.fullmatch(name))):
            return {}
        when = next((d for line in lines[:ADDRESS_LINES]
                     if (dm := DATE_LINE.match(_labelled_half(line)))
                     and (d := find_date(dm.group(1)))), None)
        if when is None:
            return {}
        return {"committee": title_case(name) if name.isupper() else name, "meeting_date": when}
    return {}


def _in_one_language(s: str, takes: Callable[[str], object], *, rest: bool) -> str:
    """From a bilingual line ("DYDDIAD / DATE: 9 March 2026", "Dyddiad / Date: 16 Mawrth 2026 /
    16 March 2026", "ADRODDIAD I'R PWYLLGOR CRAFFU / REPORT TO THE SCRUTINY COMMITTEE"), the
    first half that ``takes`` reads (either language may come first), with the halves after it
    when ``rest`` (a label's values); else the line as is."""
    parts = halves(s.strip())
    if len(parts) < 2:
        return s
    for i, part in enumerate(parts):
        if takes(part):
            return " / ".join(parts[i:]) if rest else part
    return s


# A header printed in two columns, read as one line: "Report to: Resources Committee Date of
# meeting: 27 January 2027". The next column's label ("Date of meeting:", "Agenda item:") ends
# the name.
NEXT_LABEL = re.compile(r"\s+[A-Z][A-Za-z]*(?:\s+[a-z]+){0,3}\s*:(?:\s|$)")


def _before_next_label(name: str) -> str:
    """A committee's name without the label of a column beside it (if the name before that
    label still names a body)."""
    if ":" not in name:
        return name
    m = NEXT_LABEL.search(name)
    if m and BODY_WORD.search(name[: m.start()]):
        return name[: m.start()]
    return name


def _labelled_half(s: str) -> str:
    s = WELSH_REPORT_TO_BESIDE.sub("", s, count=1)
    return _in_one_language(s, lambda h: TO_LINE.match(h) or DATE_LINE.match(h), rest=True)


# A report's address in Welsh and English set side by side in two columns and read as one line
# without a stroke between: "ADRODDIAD I'R CABINET REPORT TO CABINET". The English half, from
# its own "Report to", is the address read.
WELSH_REPORT_TO_BESIDE = re.compile(
    r"^\s*Adroddiad\s+(?:i['’]r|i)\s+\S.{0,80}?\s+(?=Report\s+to\s)", re.I)


# "Meeting of the Authority" under "GREYSTONE FIRE AND RESCUE AUTHORITY": the body named above.
MEETING_OF_ITSELF = re.compile(
    r"^\s*(?:an?\s+|the\s+)?(?:(?:ordinary|extraordinary|special|annual)\s+)?meeting\s+of\s+"
    r"the\s+(?P<word>Authority|Board|Commission|Council)\s*$", re.I)


def body_named_above(lines: list[str]) -> str | None:
    """The body a masthead names above its "Meeting of the Authority" line."""
    for n, s in enumerate(lines):
        m = MEETING_OF_ITSELF.match(s)
        if not m:
            continue
        word = m.group("word").lower()
        for above in reversed(lines[:n]):
            name = above.strip()
            if name.lower().endswith(word) and len(name) < BODY_LINE_CHARS and ":" not in name:
                return as_printed(name)
        return None
    return None


def _norm_time(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("a.m.", "am").replace("p.m.", "pm")).lower()

