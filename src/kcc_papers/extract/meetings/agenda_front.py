"""An agenda's front page: its masthead (the body, the date, the time, the venue), a web page's
heading, a name wrapped in its column."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.dates import find_date

from .body_names import (
    _COUNCIL_WORD,
    BODY,
    BODY_LINE_CHARS,
    BODY_WORD,
    INITIALISM_TAIL,
    SOLE_BODY,
    a_council,
    body_named_above,
    is_body_name,
    is_masthead_name,
)
from .column_labels import in_one_language
from .council import COUNCIL, title_case
from .issue_dates import issue_dated
from .joint_councils import councils_side_by_side
from .partner_places import with_partner_places
from .sentences import TIME, norm_time

VENUE_WORDS = re.compile(
    r"\b(Room|Chamber|Hall|House|Centre|Offices?|Suite|Online|Virtual)\b", re.I
)
# An agenda's masthead (committee, date, time, venue) is within its first lines.
AGENDA_MASTHEAD_LINES = 25
# A minutes' "Venue:" label is within its first lines; further down it is an item's text.
VENUE_LABEL_LINES = 30


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
    above = ""  # the line before, read as a name
    for n, (s, name) in enumerate(zip(head, _unwrapped(head, lines), strict=True)):
        # (of two bodies named on consecutive lines before the date, "SEVERNMOOR LOCAL
        # RESILIENCE FORUM" over "STRATEGIC BOARD", the one nearer the date meets; the first
        # is whose body it is; the nearer set in capitals and small letters too, "WEALDMERE
        # LOCAL RESILIENCE FORUM" over "Executive Group", a masthead's subtitle)
        nearer = ("committee" in out and "meeting_date" not in out
                  and out["committee"] == title_case(above) and not _names_a_meeting(name))
        if (("committee" not in out or nearer)
                and (is_body_name(name) or (nearer and is_masthead_name(name)))
                and not COUNCIL.fullmatch(name.strip()) and not _councils_own(name)
                and not councils_side_by_side(name)):
            out["committee"] = title_case(name)  # the council's own name is not its committee
        above = name
        # (the date of a document the line names is cut, not the line: the meeting's own date
        # may share it, "Meeting of the Committee, 8 December 2027 (agreement dated ...)")
        if ("meeting_date" not in out and not PUBLISHED.match(s) and not issue_dated(s)
                and not REVISED.match(s)
                and (d := find_date(DATED_DOCUMENT.sub("", _year_wrapped(head, n))))):
            out["meeting_date"] = d
            if t := TIME.search(s):
                out["meeting_time"] = norm_time(t.group(1))
        elif "meeting_time" not in out and (t := TIME.fullmatch(s.strip())):
            out["meeting_time"] = norm_time(t.group(1))
        if "venue" not in out and VENUE_WORDS.search(s) and not re.search(r"Ask for", s[:8]):
            out["venue"] = _venue(s, head)
    if "committee" not in out and (body := body_named_above(head)):
        out["committee"] = body
    if "committee" not in out or a_council(str(out["committee"])):
        # no capitals: the body as a masthead prints it ("Planning Applications Sub-Committee"),
        # which under "KINLOCHAN COUNCIL" is the committee, the council being its body; or
        # its one word ("Executive" under "HARLOWMERE COUNCIL")
        # (a bilingual masthead's name in the language that names a body: "Governance and
        # Audit Committee / Pwyllgor Llywodraethu ac" wrapped in its column)
        # (the body its "Meeting:" label names: "Meeting: Place Scrutiny Committee" under the
        # council's name, which a hyphen, "PEN-Y-WAUN", kept from reading as a council's)
        # (the one word in capitals, "EXECUTIVE", as the body's name is written: "Executive")
        names = [(n, _sole_body(s) if SOLE_BODY.fullmatch(s.strip()) else s.strip())
                 for n, s in enumerate(_bilingual_name(MEETING_LABEL.sub("", s))
                                       for s in _unwrapped(head, lines))
                 if (is_masthead_name(s) or SOLE_BODY.fullmatch(s.strip()))
                 and not COUNCIL.fullmatch(s.strip()) and not councils_side_by_side(s)]
        own = [(n, s) for n, s in names if not a_council(s)]
        if own or (names and "committee" not in out):
            out["committee"] = _nearer_the_date(own or names, head)
    return out


# A date's day and month ending a line, its year wrapped to the start of the next: "Meeting:
# Diardaoin 23 an t-Sultain 2027 / Thursday 23 September" over "2027, 09:30" (a bilingual
# label's two dates fill the line).
_DAY_MONTH_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s*$")
_YEAR_START = re.compile(r"^\s*(?:19|20)\d{2}\b")


def _year_wrapped(head: list[str], n: int) -> str:
    """Line ``n`` of the masthead, with the next line's year where its date wrapped before it."""
    s = head[n]
    if n + 1 < len(head) and _DAY_MONTH_END.search(s) and _YEAR_START.match(head[n + 1]):
        return f"{s} {head[n + 1].strip()}"
    return s


def _nearer_the_date(names: list[tuple[int, str]], head: list[str]) -> str:
    """The first of the masthead's ``names`` (line number, name), or the name on the line just
    below it where both stand above the date: "NHS Brackenshire Integrated Care Board" over
    "Strategic Commissioning Committee" over "Meeting held ... on <date>", the one nearer the
    date meets, the first being whose body it is."""
    (first, name), rest = names[0], names[1:]
    dated = next((n for n, s in enumerate(head) if find_date(s)), len(head))
    if rest and rest[0][0] == first + 1 < dated and not _names_a_meeting(rest[0][1]):
        return rest[0][1]
    return name


# A line naming the meeting of the body above it ("PUBLIC BOARD MEETING", "MEETING OF THE
# INTEGRATION JOINT BOARD") is no second body: the one above meets.
_MEETING_WORD = re.compile(r"\bmeeting\b", re.I)


def _names_a_meeting(name: str) -> bool:
    return bool(_MEETING_WORD.search(name))


def _councils_own(name: str) -> bool:
    """Whether a masthead line names something of a council's that is no body ("ASHMERE COUNTY
    COUNCIL PENSION FUND" over "LOCAL PENSION BOARD"): the council's name, then words naming
    no body and no date. The body that meets is named on its own line. (a line too long to
    name a body, BODY_LINE_CHARS, names none of the council's either: each "Council" in it
    would be read with the rest of the line)"""
    if len(name) >= BODY_LINE_CHARS:
        return False
    for m in _COUNCIL_WORD.finditer(name):
        council, rest = name[: m.end()].strip(), name[m.end() :].strip()
        if (rest and a_council(council) and not BODY_WORD.search(rest)
                and not SOLE_BODY.search(rest) and find_date(rest) is None
                and re.fullmatch(r"[\w&'’ -]+", rest) is not None):
            return True
    return False


def _sole_body(s: str) -> str:
    """A body named by its one word ("The Executive", "EXECUTIVE") as its name is written."""
    word = s.strip()
    return (title_case(word) if word.isupper() else word).removeprefix("The ")


def _bilingual_name(s: str) -> str:
    """The half of a bilingual line ("Governance and Audit Committee / Pwyllgor ...") that is
    a body's name as a masthead prints it; the line as is where it is no such pair."""
    return in_one_language(s, is_masthead_name, rest=False) if "/" in s else s


# ... or the kind with "Cabinet" before it: "Growth, Economic Development and Communities" over
# "Cabinet Committee" (a cabinet committee is a kind of body, as a committee is).
# (matched whole against the stripped line: spaces around it inside the pattern, searched,
# would be scanned again from each space of a long run)
KIND_WRAPPED = re.compile(r"(?:Cabinet\s+)?(?:Committee|Sub-Committee|Board|Panel|Forum|"
                          r"Commission|Authority)", re.I)


# A line ending in a word that joins two more: a name wrapped in its column ("Audit and").
DANGLING_JOIN = re.compile(r"\s(?:and|&|of|for)\s*$", re.I)


def beside_council(line: Line) -> str:
    """A masthead's line of two columns printing the council's name (in one language or
    two) on the left and the body meeting on the right, the right column alone ("LOUGHGORM
    COUNTY COUNCIL / COMHAIRLE CONTAE LOCH GORM" beside "ARDNAGH MUNICIPAL DISTRICT", a
    running head's two sides): the council is whose the body is, not part of its name."""
    if len(line.spans) != 2:
        return line.text
    left, right = line.spans[0][1], line.spans[1][1]
    by_council = any(COUNCIL.fullmatch(half.strip()) or a_council(half.strip())
                     for half in halves(left))
    # (a running head's date or page beside the council, "KILBRACK COUNTY COUNCIL   Page 2",
    # is no body: the line is kept whole, to be known as the head it is)
    return right if by_council and is_masthead_name(right) else line.text


# A body's name in the other language of a bilingual masthead, by the word it opens on: Welsh
# ("Pwyllgor Craffu", "Y Cabinet"), Scottish Gaelic ("Comataidh Leasachaidh", "Comhairle nan
# Eilean"), Irish ("Coiste Pleanála").
OTHER_LANGUAGE_BODY = re.compile(
    r"^\s*(?:(?:Y|Yr|An|Am|Na)\s+)?(?:Pwyllgor|Is-bwyllgor|Cyngor|Bwrdd|Fforwm|Comisiwn|"
    r"Awdurdod|Cabinet|Panel|Comataidh|Fo-chomataidh|Comhairle|B[oò]rd|Coiste)\b", re.I)


def _half_no_name(line: str) -> bool:
    """Whether a bilingual line's last half (after a stroke before a capital) is no name of
    its own where its first half is a body's name: a title wrapped inside its second
    language's name. (Not a label or a day printed in each language, "Dydd Mercher /
    Wednesday", "Cyhoeddus / Public", over the name: those run on into no name.)"""
    parts = halves(line, before_capital=True)
    return (len(parts) > 1 and bool(OTHER_LANGUAGE_BODY.match(parts[0]))
            and not is_masthead_name(parts[-1]))


def _unwrapped(head: list[str], printed: list[str]) -> list[str]:
    """The masthead's lines, a body's kind alone on its line as ``printed`` read with the line
    above where the two make a name: the name wrapped in its column ("Board Meeting" under a
    company's name is the meeting of its board, not a name wrapped)."""
    out = list(head)
    for n in range(1, len(head)):
        if council := _council_wrapped(head[n - 1], head[n]):
            out[n] = council
            continue
        before = head[n - 2] if n > 1 else ""
        if is_masthead_name(head[n]) and (
                placed := with_partner_places(head[n - 1], head[n], before)) != head[n]:
            out[n] = placed  # a joint body's partners' places over its name (partner_places)
            continue
        if (DANGLING_JOIN.search(head[n - 1]) or _half_no_name(head[n - 1])) and is_masthead_name(
                head[n]):
            # "Pwyllgor Archwilio ... / Audit and" over "Corporate Governance Committee": a
            # name does not end in "and"; its last half runs on into the line below (as
            # "Comataidh Choimhearsnachdan Seasmhach / Sustainable" over "Communities
            # Committee", a last half that names no body alone)
            run_on = f"{halves(head[n - 1])[-1].strip()} {head[n].strip()}"
            out[n] = run_on if is_masthead_name(run_on) else out[n]
            continue
        if longer := _printed_longer(head, n):
            out[n] = longer
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
            # (the name's start in capitals over its kind in mixed case is one name, written
            # as a name in capitals is: "SEVERN WASTE PARTNERSHIP" over "Board")
            out[n] = joined = (title_case(joined) if head[n - 1].isupper()
                               and not head[n].isupper() else joined)
            if cabinets:
                out[n - 1] = joined  # the line above is the name's start, no name of its own
    return out


def _printed_longer(head: list[str], n: int) -> str | None:
    """The name a masthead wraps over two lines in capitals ("CHILDREN AND YOUNG PEOPLE" over
    "SCRUTINY COMMITTEE"), where the two lines read together are a name the head prints
    whole on another line (its running head: "... Council Children and Young People Scrutiny
    Committee 14 March 2028"); None where the line above is none of its start."""
    above, line = head[n - 1].strip(), head[n].strip()
    if not (above.isupper() and line.isupper() and is_body_name(line)) or BODY_WORD.search(above):
        return None
    joined = f"{above} {line}"
    whole = " ".join(joined.lower().split())
    others = (" ".join(s.lower().split()) for k, s in enumerate(head) if k not in (n - 1, n))
    if not any(whole in other for other in others):
        return None
    return title_case(joined)


# The last of the names a line lists ("Bristow City Council | Lydney Vale Borough"), parted by
# a stroke, a comma or a semicolon.
LAST_LISTED = re.compile(r"[^|,;]+$")


def _council_wrapped(above: str, line: str) -> str | None:
    """The council's name whose last word, "Council" alone on ``line``, wrapped from the end
    of ``above`` (a joint body's masthead listing its councils: "... | Lydney Vale Borough"
    over "Council"): the name's end, no body meeting; None where it is not that."""
    if line.strip().lower() != "council" or not (last := LAST_LISTED.search(above)):
        return None
    # (the last of them may follow "and": "Hartmoor District Council, Eskdale Vale Borough
    # Council and Wrenbury District" over "Council"; a name holding "and" is tried whole first)
    listed = last.group().strip()
    for end in (listed, LAST_JOINED.split(listed)[-1]):
        if COUNCIL.fullmatch(name := f"{end.strip()} {line.strip()}"):
            return name
    return None


# The last name of a list joined by "and" or "&".
LAST_JOINED = re.compile(r"\s(?:and|&)\s")


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


# The date an agenda was sent out is not the meeting's.
PUBLISHED = re.compile(
    r"^\s*(?:Published|Publication\s+date|Date\s+of\s+publication|Dispatched|Despatched|Issued)\b",
    re.I,
)
# Nor is the date a file's store stamps its revision with, over the masthead: SharePoint's
# "Version 7.0   Modified 08/03/2029 14:26 by Rhiannon Moss", "Last saved 8 March 2029".
REVISED = re.compile(
    r"^\s*(?:Version\s+\d+(?:\.\d+)*\s+)?(?:Last\s+)?(?:Modified|Saved|Edited)(?:\s+on)?\s+\d",
    re.I)
# Nor is the date of a document the masthead names: a joint committee's "(... under a joint
# committee agreement dated 1 April 2024)" under its name, over the meeting's own date.
DATED_DOCUMENT = re.compile(r"\bdated\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}\b",
                            re.I)
LABEL = re.compile(r"^\s*(?:Date|Time|Venue|Place|Location|Where|When)\s*:\s*", re.I)
# A masthead's label naming which body meets: "Meeting: Place Scrutiny Committee"; or its
# line saying whose meeting it is: "EXTRAORDINARY MEETING OF THE EXECUTIVE" (the body's name
# after the words).
MEETING_LABEL = re.compile(
    r"^\s*Meeting\s*:\s*|^\s*(?:(?:extraordinary|special|ordinary|additional|reconvened)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?=\S)", re.I)
# "Agenda of the Planning Committee": the heading's words before the committee's name; or a
# "Notice of Meeting of" whatever body meets, set in capitals or not ("NOTICE OF MEETING OF
# THE CABINET", a company's "Notice of Meeting of the Board of Directors"): the notice's
# words name no body, where "Agenda for the ..." may go on to no body's name
AGENDA_OF = re.compile(
    r"^\s*(?:Agenda\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z]\w*\s.*\b(?:Committee|Panel|Board)\b)"
    r"|(?i:Notice\s+of\s+(?:the\s+)?Meeting\s+of\s+(?:the\s+)?)(?=[A-Z]))")
AGENDA_ITEM_LINE = re.compile(r"^\s*[A-Z]?\d{1,4}[.)]?\s+[A-Z]")


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
