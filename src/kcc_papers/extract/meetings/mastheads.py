"""A masthead line naming a paper's meeting: "Cabinet - 14 March 2026", the body beside its date
or over it, a label cell's name."""

from __future__ import annotations

import datetime as dt
import re

from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.dates import DAY_ORDINAL, find_date

from .addressed import A_PERSON, DATE_LINE, DATE_ONLY_CHARS
from .body_names import (
    MEETING_OF_ITSELF,
    SESSION_BRACKET,
    SOLE_BODY,
    body_named_above,
    is_masthead_name,
)
from .column_labels import in_one_language
from .council import COUNCIL, as_printed
from .dated_titles import dated_title
from .decision_makers import DECISION_MAKER_LABEL, DECISION_MAKER_LINE
from .issue_dates import issue_dated
from .partner_places import with_partner_places
from .short_named import organisation_meeting
from .subject_dates import subject_dated

# MASTHEAD_SPLIT and ITEM_LABEL_TAIL never open inside a run of spaces: a match from there would
# have started at the run's first space, so none is lost, and a long run with nothing wanted
# after it is read once, not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# Where a masthead's body name ends and its date begins, the dash glued or spaced:
# "CORPORATE PARENTING PANEL– 29 October 2024", "CABINET - THURSDAY, 30 JANUARY 2025".
# A hyphen glued on both sides joins a name ("Sub-Committee"). A date may follow the name
# with only a column's gap between, which the text layer gives as a space ("PLANNING
# COMMITTEE        12 MARCH 2026").
MASTHEAD_SPLIT = re.compile(
    _OUTSIDE_SPACES + r"(?:"
    r"\s*[–—]\s*(?=\w)|\s+-\s*(?=\w)|-\s+(?=\w)|,\s+(?=\w+day\b|\d)"
    # a web page's strapline parts its fields with a dot or a bar: "Board of Directors
    # meeting in public · Thursday 5 June 2025 · Agenda item 3.1"
    r"|\s+[·•|]\s+(?=\w)"
    # "AUDIT AND SCRUTINY COMMITTEE: 25 FEBRUARY 2026": a colon before the date
    # (the day perhaps with its Welsh ordinal's ending, "PWYLLGOR CYNLLUNIO  14eg Mehefin 2028")
    rf"|:\s+(?=(?:\w+day,?\s+)?\d{{1,2}}{DAY_ORDINAL}?\s+[A-Za-z]{{3,9}}\.?\s+\d{{4}}\b)"
    rf"|\s+(?=(?:\w+day\s+)?\d{{1,2}}{DAY_ORDINAL}?\s+[A-Za-z]{{3,9}}\.?\s+\d{{4}}\b)"
    r")")
# A masthead's date is on one of the DATE_BELOW_LINES lines under its committee.
DATE_BELOW_LINES = 2


# A table's label cell read into the line before the body's name: "Meeting | Cabinet".
# (a masthead's "Report to the Overview and Scrutiny Committee": the body without its article)
LABEL_CELL = re.compile(
    rf"^\s*(?:Meeting|Committee|{DECISION_MAKER_LABEL}|Report\s+to(?:\s+the)?)\s*:?\s+(?=\S)", re.I)


# The paper's place in the agenda printed in a column right of the body's name: "DYFED-TEIFI
# POLICE AND CRIME PANEL        Agenda Item 7".
ITEM_LABEL_TAIL = re.compile(_OUTSIDE_SPACES
                             + r"\s+(?:Agenda\s+)?Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}[a-z]?\.?\s*$",
                             re.I)


# A body named by one word, letter-spaced as a serif pack sets its masthead ("C A B I N E T"):
# extracted, its letters come one space apart. (Several words spaced so lose the spaces
# between them, "A U D I T C O M M I T T E E": only a one-word name is read back.)
SPACED_BODY_WORD = re.compile(r"^\s*(?:\S\s){2,}\S\s*$")
ONE_WORD_BODY = re.compile(r"(?:Cabinet|Council|Executive|Board|Panel|Forum|Commission)", re.I)


def _unspaced_body_word(line: str) -> str:
    """A letter-spaced one-word body's line as the word; other lines as they are."""
    if not SPACED_BODY_WORD.match(line):
        return line
    word = "".join(line.split())
    return word if ONE_WORD_BODY.fullmatch(word) else line


def masthead_pair(lines: list[str]) -> dict[str, object]:
    """A body named at the head of a paper with its date, on one line or on the next two."""
    lines = [_unlabelled(_one_language(ITEM_LABEL_TAIL.sub("", _unspaced_body_word(s))))
             for s in lines]
    for n, s in enumerate(lines):
        labelled = _split_masthead(s)[1].strip() == ":"
        name, rest = _nearest_the_date(*_split_masthead(s)[::2])
        if rest:
            name = SESSION_BRACKET.sub("", name)
        d = find_date(rest) if rest else None
        # (a label's "Board meeting: 15th November 2027" under a paper's title dates the paper;
        # the line above it is its title, not the organisation's masthead)
        if (d and BARE_BODY_MEETING.match(name) and not labelled
                and (body := _organisation_above(lines[:n]))):
            return {"committee": body, "meeting_date": d}
        # "National Park Authority meeting, 5 December 2028" under "Calderfell National Park
        # Authority": the organisation named short, meeting as a whole
        if d and not labelled and (body := organisation_meeting(name, lines[:n])):
            return {"committee": body, "meeting_date": d}
        # "Meeting of the Authority: Monday 16 March 2026" under the authority's own name
        if d and MEETING_OF_ITSELF.match(name) and (body := body_named_above([*lines[:n], name])):
            return {"committee": body, "meeting_date": d}
        if d and is_masthead_name(name):
            return {"committee": as_printed(_placed(lines, n, name)), "meeting_date": d}
        # ("Harrowmere District Council - Executive - 14/09/2027": a body named by one word)
        sole = _sole_body_name(name)
        if d and sole:
            return {"committee": sole, "meeting_date": d}
        # "Cabinet - Decision Sheet" over "Meeting held on ...": the body, then what the paper is
        if rest and not d and COUNCIL.fullmatch(name.strip()) and (
                is_masthead_name(rest) or _sole_body_name(rest)):
            # "Harrowmere District Council - Leisure and Culture Committee" (a running head):
            # the council, then its committee, which meets (or its body of one word:
            # "BRACKENHOLT DISTRICT COUNCIL - EXECUTIVE" over "7th November, 2028")
            s = _sole_body_name(rest) or rest
        # (or the body named by its one word: "EXECUTIVE - DECISIONS LIST" over "Meeting held
        # on Tuesday 18 January 2028")
        elif rest and (is_masthead_name(name) or sole) and not d:
            s = sole or name
        elif rest:
            continue
        else:
            # ("Trust Board meeting in public" alone over its cover sheet's labels: the
            # session said after the name is no part of it)
            s = SESSION_BRACKET.sub("", s)
            if sole:
                s = sole  # "EXECUTIVE" over its date: the body named by its one word
            elif not is_masthead_name(s) or COUNCIL.fullmatch(s.strip()):
                continue
        for below in lines[n + 1 : n + 1 + DATE_BELOW_LINES]:
            # a body named nearer the date ("RIVERLEA INTEGRATION JOINT BOARD / Audit and
            # Risk Committee / Meeting date: ...", or "Cabinet - 14 January 2026") is the one
            # meeting; the line above it is the body it belongs to
            # (or by its one word: "Thornbury Vale Council" / "EXECUTIVE" / "8 February 2033")
            if is_masthead_name(_split_masthead(below)[0]) or _sole_body_name(below):
                break
            # (one office holder's record under the council's name, "Kelsham Council" over
            # "Decisions of the Executive Member for Housing" over its date: the date is the
            # day he decided alone, at no meeting of the body named above)
            if office_holders_title(below):
                break
            # (a paper's title dated under it, "Risk and Issues Register - 28 November 2028",
            # dates the register, not the meeting)
            if dated_title(below, _split_masthead):
                continue
            # (nor does a title dated by its subject, "Tolls and Charges from 1 April 2031")
            if subject_dated(below):
                continue
            # (nor the paper's own date of issue, "Published: Friday 18 September 2026", the
            # day after the meeting its decisions page records: issue_dates)
            if issue_dated(below):
                continue
            if _a_date_line(below) and (d := find_date(below)):
                return {"committee": as_printed(_placed(lines, n, s)), "meeting_date": d}
        if d := _meeting_date_labelled(lines[n + 1 : n + 1 + LABELLED_DATE_LINES]):
            return {"committee": as_printed(_placed(lines, n, s)), "meeting_date": d}
    return {}


# A masthead's body over its header's labels, the meeting's date among them: "Strategy, Policy
# and Resources Committee" over "Report title: ...", "Meeting date: 18 April 2028".
LABELLED_DATE_LINES = 6
# (or "Meeting:" alone, its value the date, then the venue: "Meeting: Monday 8th March 2027,
# Mayor's Parlour", under "HERITAGE AND ARTS GRANTS PANEL - RECORD OF DECISIONS")
# (or an NHS cover sheet's label column, read as a line without its colon: "Meeting date 11
# November 2025" under "Trust Board meeting in public", the date straight after the label)
MEETING_DATE_LABEL = re.compile(
    r"^\s*(?:(?:Meeting\s+date|Date\s+of\s+(?:the\s+)?meeting)(?:\s*:|[ \t]+(?=\d))"
    r"|Meeting(?=\s*:\s*(?:\w+day,?\s+)?\d)\s*:)"
    r"\s*(?P<date>\S.*)$", re.I)


def _placed(lines: list[str], n: int, name: str) -> str:
    """The body named on line ``n``, with its partners' places printed on the line above (a
    joint body's: "KETTLEBY, ORMSIDE AND WHARFEDALE" over "STREET LIGHTING JOINT COMMITTEE")."""
    before = lines[n - 2] if n > 1 else ""
    return with_partner_places(lines[n - 1], name, before) if n > 0 else name


def _sole_body_name(name: str) -> str | None:
    """The body a masthead names by its one word ("EXECUTIVE", "The Executive"), as printed
    and without its article; None where ``name`` is no such word."""
    return as_printed(name).removeprefix("The ") if SOLE_BODY.fullmatch(name.strip()) else None


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
# (or the sentence saying when the meeting was held: "Meeting held on Thursday 17 September
# 2026 at 5.30 pm, Committee Room A", a decisions page's line under its body's heading)
DATE_FIRST = re.compile(
    r"^\s*(?:Date\s*:\s*|(?i:(?:the\s+)?(?:(?:meeting|hearings?)\s+)?held\s+on)\s+)?"
    rf"(?:[A-Z][a-z]+day,?\s+)?\d{{1,2}}{DAY_ORDINAL}?\s+[A-Za-z]{{3,10}}\.?,?"
    r"\s+\d{4}\b")


def _a_date_line(s: str) -> bool:
    # a date in each language ("Date: Dydd Mercher 18 Mawrth 2026 / Wednesday 18 March 2026"):
    # either half may be the one that starts with it
    return len(s.strip()) <= DATE_ONLY_CHARS or any(
        DATE_FIRST.match(half) for half in halves(s, before_capital=True))


def _dated_name(part: str) -> bool:
    """Whether ``part`` is a body's name, then its meeting's date ("Sustainable Communities
    Committee - 13 September 2028")."""
    name, _, rest = _split_masthead(part)
    return bool(rest) and is_masthead_name(name) and find_date(rest) is not None


def _one_language(s: str) -> str:
    """A bilingual masthead line in the language of the committee's name or label it carries:
    "Pwyllgor Craffu Perfformiad / Performance Scrutiny Committee"."""
    name = in_one_language(s, is_masthead_name, rest=False)
    if name != s:
        return name
    dated = in_one_language(s, DATE_LINE.match, rest=True)
    if dated != s:
        return dated
    # a name dated in its last language's half: "Comataidh Choimhearsnachdan Seasmhach /
    # Sustainable Communities Committee - 13 September 2028" (a page's masthead)
    named = in_one_language(s, _dated_name, rest=True)
    if named != s:
        return named
    # a date printed in each language ("Dydd Iau, 19 Mawrth 2026 / Thursday, 19 March 2026"):
    # either half says it
    parts = halves(s, before_capital=True)
    if len(parts) > 1 and all(find_date(part) for part in parts):
        return parts[-1]
    return s


# The words a heading runs on with after "Meeting" ("Meeting of the Board", "MEETING HELD ON"):
# no body's name opens so.
_HEADING_WORDS_ON = re.compile(r"(?:of|for|on|at|to|in|held)\b", re.I)


def _unlabelled(s: str) -> str:
    rest = LABEL_CELL.sub("", s, count=1)
    if rest != s and DECISION_MAKER_LINE.match(s) and A_PERSON.search(rest):
        # a person who decided alone names no body, whatever their post's words ("Decision
        # maker: Councillor D Harrowgate, Leader of the Council"), as decision_maker_labelled
        # reads the label
        return s
    # (the name perhaps with its meeting's date in the same cell: "Meeting | Licensing
    # Committee, 4 May 2027", the name before the date is the body's, a name as printed,
    # capitalised: "Meeting of the Board - 20 May 2027" is a heading's words, no label's, and
    # so is "MEETING OF THE BOARD: 12 SEPTEMBER 2025" set in capitals, r8k)
    before_date = _split_masthead(rest)[0]
    named = is_masthead_name(rest) or (before_date[:1].isupper()
                                       and not _HEADING_WORDS_ON.match(before_date)
                                       and is_masthead_name(before_date))
    return rest if rest != s and named else s


def _split_masthead(s: str) -> tuple[str, str, str]:
    m = MASTHEAD_SPLIT.search(s)
    if not m:
        return s.strip(), "", ""
    return s[: m.start()].strip(), m.group(0), s[m.end() :].strip()
