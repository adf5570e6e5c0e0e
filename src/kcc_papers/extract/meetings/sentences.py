"""A paper's meeting said in a sentence: "A meeting of the ... will be held on ...", "Decisions
taken by the Cabinet on ...", a forward plan's "Decision due", a meeting's time."""

from __future__ import annotations

import re

from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.extract import Context
from kcc_papers.normalise.dates import find_date, find_weekday_date, years_in
from kcc_papers.normalise.ocr_words import legible

from .body_names import BODY_NAME, MASTHEAD_LINES, is_masthead_name
from .council import as_printed, title_case
from .masthead_names import JOINED_BODY_NAME

TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", re.I)


# "A meeting of the County Council will be held in <venue> on <date> at <time>";
# "You are summoned to a meeting of the above Council on Monday 26th March 2018 at 7.00pm".
# MEETING_OF is its opening, the body met, which a notice of cancellation shares.
MEETING_OF = (
    # the body's name may join its words: "the Ashmoor Police and Crime Panel"
    # (a formal notice prints the word in capitals: "A MEETING of the Board will be held")
    r"\b(?:[Mm]eeting|MEETING|[Ss]ession|SESSION)\s+of\s+(?:the\s+)?(?P<body>(?:above\s+)?"
    # ("the Drumglass and Carnlough Policing and Community Safety Partnership": NI's PCSPs)
    # (a list of its words parted by commas: "the Audit, Governance and Standards Committee")
    r"(?:(?:[A-Z][\w&\'-]*,?|and|of|for|&)\s+){0,8}?"
    # (a parish's notice prints the name in capitals: "the FINANCE AND GENERAL PURPOSES
    # COMMITTEE to be held")
    r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Authority|"
    r"Partnership|COMMITTEE|CABINET|COUNCIL|BOARD|PANEL|SUB-COMMITTEE|FORUM|COMMISSION|"
    r"AUTHORITY|PARTNERSHIP))"
    # "the Planning Committee of Ardglass and Mourne Borough Council to be held in ..."
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&\'-]*\s+|and\s+){1,6}?Council)?"
)
MEETING_SENTENCE = re.compile(
    MEETING_OF
    # ("... Committee which will be held in the Council Chamber on TUESDAY 7th APRIL 2026")
    + r"(?:\s+(?:(?:which|that)\s+)?(?:will|is\s+to|shall|to)\s+be\s+held)?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[^.]{3,160}?))?"
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
# A meeting that is no body's but the electors' own, named for what it is: "the Annual Parish
# Meeting will be held in the Village Hall on Wednesday 19 April 2028" (a parish's or a town's
# yearly meeting of its electors, which the council's chairman calls and chairs).
ELECTORS_MEETING = re.compile(
    r"\b[Tt]he\s+(?P<body>Annual\s+(?:[A-Z][\w'’-]*\s+){0,2}Meeting)\s+"
    r"(?:will|is\s+to|shall)\s+be\s+held(?:\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[^.]{3,160}?))?"
    r"\s+on\s+(?P<when>(?:[^.]|\.\d){6,80})"
)
# A record of a meeting's decisions titled by them: "Executive – decisions taken on Thursday 5
# March 2026", "Decisions taken by the Cabinet at its meeting on 3 March 2026", or the line of
# a notice saying whose they are: "Notice of decisions taken by the Cabinet at its meeting held
# on ..." (under "DECISION NOTICE"). Titles capitalise their words as they please ("Record of
# Decisions Taken"), so only the body's name, known by its capitals, is read case-sensitively.
# (whose record it is may come first, "Leader's record of decisions taken at the meeting of
# the Cabinet held on 12th October 2027", the body named after "the meeting of")
DECISIONS_TAKEN = re.compile(
    rf"^\s*(?:(?P<body>{BODY_NAME})\s*[–—:-]\s*)?"
    r"(?i:(?:(?:(?-i:[A-Z])[\w-]*['’]s?[^\S\n]+)?(?:record|schedule|notice)\s+of\s+)?decisions?\s+"
    r"(?:taken|made|agreed)\s+)(?:(?i:(?:by|at)\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?)"
    rf"(?P<by>{BODY_NAME})\s+)?"
    # (the sentence may run on after its date to the time and venue: "... held on Tuesday 17
    # September 2026 at 6.00 pm in the Council Chamber, ...", a page's one paragraph; or list
    # them after commas, "... on Monday 25 January 2027, 2.00 pm, Committee Room 1, Town
    # Hall", the date then what "on" opens: "... on behalf of the Council, for its meeting
    # of 4 March 2027, ..." dates another meeting after its comma, not theirs)
    r"(?i:(?:at\s+(?:the|its)\s+meeting\s+)?(?:held\s+)?on\s+)"
    r"(?P<when>(?:\w+day,?\s+)?\d{1,2}(?i:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}(?=,\s)|"
    r".{6,60}(?=(?:\s+(?i:at)\s.*)?$))(?:\s+(?i:at)\s.*|,\s.*)?$")


# ... or in the line under its title that says which meeting's they are: "Decisions
# published on Friday 19 November 2027 for the meeting of Executive on Wednesday 17 November
# 2027, 6.30 pm" (a ModernGov list of a meeting's decisions).
DECISIONS_FOR_MEETING = re.compile(
    r"^\s*(?i:decisions?)\b[^.]{0,80}?\s(?i:for|of|at)\s+(?i:the\s+meeting\s+of\s+)(?:the\s+)?"
    rf"(?P<by>{BODY_NAME})\s+(?i:(?:held\s+)?on\s+)(?P<when>.{{6,60}})$")


# The words a body's name lists with commas before its "and" ("Audit, Standards and
# Governance Committee"), at most; and those words as a title prints them before the name's
# last words (perhaps a comma before the "and" too: "Audit, Risk, and Scrutiny Committee").
LISTED_NAME_WORDS = 4
LISTED_WORDS = rf"(?:[A-Z][\w&'’-]*,\s+){{0,{LISTED_NAME_WORDS}}}"


# ... or in a web page's title, the body's decisions of a day: "Cabinet decisions: 2 December
# 2027", "Executive Decisions - 5 March 2026", or of its meeting, the body set apart by a
# colon or a dash: "Cabinet: decisions of the meeting on 12 November 2025" (or of the day
# itself: "Grants Panel: decisions of 12 October 2027").
DECISIONS_OF_DAY = re.compile(
    rf"^\s*(?P<body>{LISTED_WORDS}{JOINED_BODY_NAME})(?:\s*[:–—-])?\s+(?i:decisions)"
    r"(?:\s+(?i:of\s+(?:the|its)\s+meeting(?:\s+held)?\s+on|of|on)(?=\s))?\s*[:–—-]?\s*"
    r"(?P<when>(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})\s*$")


# ... or ModernGov's heading of a meeting's decisions page that names the meeting straight
# after "for": "Decisions published for Environment and Communities Committee, Tuesday 13
# March 2029, 6.00 pm" (its name may join words with "and": "Audit and Standards Committee").
DECISIONS_PUBLISHED_FOR = re.compile(
    # (or "by" the meeting: "Decisions published by Environment Committee on Tuesday, 2nd
    # February, 2027 7.00 pm", the meeting's time after its date; without one, "by" names who
    # published them and when, "Decisions published by Mossford Borough Council on Friday 12
    # March 2027", "... by the Chief Executive on ...": that day no meeting's)
    # (or no "published": "Decisions for Cabinet, Monday, 13th December, 2027, 5.30 pm", the
    # heading as plain; "for" still names the meeting, not who published them)
    r"^\s*(?i:decisions?\s+(?:published\s+(?:for|by(?=.*\d\s*(?:[ap]\.?m\b|noon\b)))|for))"
    # (perhaps "for the meeting of" the body; a heading set in capitals, "DECISIONS PUBLISHED
    # FOR THE MEETING OF CABINET - 6 DECEMBER 2027", is read in title case, below)
    r"\s+(?i:the\s+meeting\s+of\s+)?(?i:the\s+)?"
    r"(?P<by>(?:[A-Z][\w&'’-]*\s+(?:(?:[A-Z][\w&'’-]*|and|of|for|&)\s+){0,8}?)?"
    r"(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Executive|Forum|Authority|"
    # (its date perhaps "held on", "meeting" before it: "Decisions for Cabinet meeting held on
    # Monday, 13th December, 2027")
    r"Commission))(?:,\s+|\s+[-–—]\s+|(?i:\s+meeting)?(?i:\s+held)?\s+(?i:on)\s+)"
    r"(?P<when>.{6,60})$")

# ... its meeting's date perhaps wrapped onto the heading's next line, the line ending on the
# body's name or the stop after it ("Decisions for Licensing Sub-Committee," over "Tuesday,
# 7th March, 2028, 2.00 pm"): read on the two lines joined. (A line going on past the body,
# "Decisions for Cabinet on the future of the library", takes no date from the line under it.)
PUBLISHED_FOR_WRAPS = re.compile(
    r"^\s*(?i:decisions?\s+(?:published\s+)?for)\b.*?(?:[,–—-]|\s(?i:on)|(?i:Committee|"
    r"Sub-Committee|Cabinet|Council|Board|Panel|Executive|Forum|Authority|Commission))\s*$")


# ... or a page's title naming whose decisions they are, its meeting's date opening the line
# under it: "Decisions of the Executive" over "Tuesday 4 November 2025, 10.00 am, Council
# Chamber, ..." (the time and venue after the date are no part of it).
# (or its date labelled, "Date of meeting: 4 November 2025", or on the title's line: "Decisions
# of the Executive held on 4 November 2025")
DECISIONS_OF_BODY = re.compile(
    # (its name perhaps joining words with "and": "Decisions of the Estates and Property
    # Sub-Committee, Thursday, 4th March, 2027"; or listing them, commas before the "and":
    # "Decisions of the Audit, Standards and Governance Committee, Thursday, 2nd December,
    # 2027", the date after the name's last word)
    r"^\s*(?i:decisions\s+of\s+(?:the\s+)?)"
    rf"(?P<body>{LISTED_WORDS}{JOINED_BODY_NAME})\s*[,:–—-]?\s+"
    # ("Decisions of the Grants Panel at its meeting on Wednesday 4 March 2026 at ..."; or
    # over "Meeting held on Thursday, 4 March 2026 at ...", the line under the title)
    r"(?i:(?:(?:at\s+(?:its|the)\s+)?meeting\s+)?(?:held\s+)?on\s+|"
    r"(?:meeting\s+date|date(?:\s+of\s+(?:the\s+)?meeting)?)\s*:\s*)?"
    r"(?P<when>(?:\w+day,?\s+)?\d{1,2}(?i:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})(?:[,\s].*)?$")


# ... or a page titled "Decisions" alone, the meeting's body and date the line under it:
# "Decisions" over "Council, Monday 7 December 2026" (read on the two lines joined; the line
# under it a title of its own, "Decisions of the Cabinet, ...", is read as that title, not as
# a body named "Decisions of the Cabinet").
DECISIONS_OVER_MEETING = re.compile(
    rf"^\s*(?i:decisions)\s+(?!(?i:decisions)\b)(?P<body>{JOINED_BODY_NAME})\s*[,:–—-]\s*"
    r"(?P<when>(?:\w+day,?\s+)?\d{1,2}(?i:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})(?:[,\s].*)?$")
# ... or on one line, "Decisions" set apart before the meeting's body and date: "Decisions:
# Licensing Committee, Thursday 4 November 2027", "Decisions - Cabinet, 3 May 2027".
DECISIONS_BEFORE_MEETING = re.compile(
    # (its name perhaps listing words: "Decisions: Audit, Standards and Governance Committee,
    # 4 November 2027"; "the" before it no part of it: "Decisions - The Cabinet, 3 May 2027")
    rf"^\s*(?i:decisions)\s*[:–—-]\s*(?i:the\s+)?(?P<body>{LISTED_WORDS}{JOINED_BODY_NAME})"
    r"\s*[,:–—-]\s*"
    r"(?P<when>(?:\w+day,?\s+)?\d{1,2}(?i:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})(?:[,\s].*)?$")


def decisions_taken(lines: list[str]) -> dict[str, object]:
    """The meeting a list of decisions names in its title (its date perhaps wrapped onto the
    next line: "... held on 12th" over "October 2027")."""
    for n, line in enumerate(lines):
        if office_holders_title(line):
            # one person's decisions ("Decisions of the Chief Executive" over "Thursday 14
            # March 2028"): the day he decided alone, no body's meeting, though his post's
            # last word names a body ("Executive")
            continue
        # (the last line has no next to run on into: read once)
        for title in (line, f"{line} {lines[n + 1]}") if n + 1 < len(lines) else (line,):
            # (a title of the day's decisions is one line: joined to the line above it, a
            # web page's menu, it would take the menu's last word into the body's name)
            m = (DECISIONS_TAKEN.match(title) or DECISIONS_FOR_MEETING.match(title)
                 or (DECISIONS_OF_DAY.match(title) if title is line else None)
                 or (DECISIONS_PUBLISHED_FOR.match(title)
                     if title is line or PUBLISHED_FOR_WRAPS.search(line) else None)
                 or (DECISIONS_PUBLISHED_FOR.match(title_case(line))
                     if title is line and line.isupper() else None)
                 or DECISIONS_OF_BODY.match(title)
                 or (DECISIONS_OVER_MEETING.match(title) if title is not line else None)
                 or (DECISIONS_BEFORE_MEETING.match(title) if title is line else None)
                 # (its title set in capitals: "DECISIONS OF THE EXECUTIVE" over its date)
                 or (DECISIONS_OF_BODY.match(title.replace(line, line.title(), 1))
                     if line.isupper() else None))
            body = (m.groupdict().get("body") or m.group("by")) if m else None
            if m and body and (d := find_date(m.group("when"))):
                return {"committee": " ".join(body.split()), "meeting_date": d}
    return {}


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
    # (a scanned paper's text layer misreads the sentence's words: read through them)
    text = legible(text)
    if others:
        m = MEETING_SENTENCE.search(text) or SUMMONED_SENTENCE.search(text)
    else:
        m = _own_meeting(MEETING_SENTENCE, text) or _own_meeting(SUMMONED_SENTENCE, text)
    return _meeting_named(m)


def electors_meeting(text: str) -> dict[str, object]:
    """The electors' meeting a notice's sentence names (see ELECTORS_MEETING): its body,
    date, time and venue."""
    return _meeting_named(ELECTORS_MEETING.search(legible(text)))


def _meeting_named(m: re.Match[str] | None) -> dict[str, object]:
    """The meeting a sentence ``m`` found names: its body, date, time and venue; none where
    its words hold no date."""
    if not m or not (out := meeting_on(m.group("body"), m.group("when"))):
        return {}
    if m.group("venue"):
        out["venue"] = " ".join(m.group("venue").split()).strip(" ,")
    return out


def meeting_on(body: str, when: str) -> dict[str, object]:
    """The meeting of ``body`` on the date (and at the time) ``when`` names; none where
    ``when`` holds no date."""
    if not (d := find_date(when)):
        return {}
    out: dict[str, object] = {"committee": as_printed(" ".join(body.split())), "meeting_date": d}
    if t := TIME.search(when):
        out["meeting_time"] = norm_time(t.group(1))
    return out


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


# A web page's results "were reported to Cabinet on Tuesday 14 November 2028": the meeting
# the page publishes a paper of (the body's name capitalised, as a name is). A page may say
# so in a sentence of its own, opening on the verb ("Presented to the Overview and Scrutiny
# Management Board on 21 January 2027. Each tile shows ..."), the page its subject.
REPORTED_TO = re.compile(
    r"(?:\b(?i:were|was|have\s+been|has\s+been)\s+(?i:reported|presented|submitted)"
    r"|(?:^|(?<=\n)|(?<=[.:]\s))(?:Reported|Presented|Submitted))\s+to\s+"
    rf"(?:the\s+)?(?P<body>{JOINED_BODY_NAME})\s+(?i:(?:at\s+its\s+meeting\s+)?on)\s+"
    r"(?P<when>(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})")


def reported_to(lines: list[str]) -> dict[str, object]:
    """The meeting a web page says its paper was reported to (see REPORTED_TO)."""
    # (its lines kept apart: a sentence of its own may open one, after a heading's last word)
    m = REPORTED_TO.search("\n".join(lines))
    d = find_date(m.group("when")) if m else None
    return ({"committee": as_printed(" ".join(m.group("body").split())), "meeting_date": d}
            if m and d else {})


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


def norm_time(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("a.m.", "am").replace("p.m.", "pm")).lower()
