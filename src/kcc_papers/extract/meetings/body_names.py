"""A committee's name as papers print it: what a body's name looks like in a masthead, its fuller
name printed elsewhere in the paper, the council's name left off it."""

from __future__ import annotations

import re

from .council import COUNCIL, as_printed, title_case

# How far down its first page a paper names its meeting.
MASTHEAD_LINES = 12


# (an Irish county's municipal district is a body of its members, which meets: "Ardnagh
# Municipal District"; so is a school's governing body: "Full Governing Body", and a
# programme's steering or working group: "Digital Programme Steering Group", not any group;
# and a multi-agency advisory group that meets and keeps notes: "Events Safety Advisory Group";
# and an Irish county's Corporate Policy Group, of the cathaoirleach and the chairs of its
# strategic policy committees, which meets and takes reports: "Corporate Policy Group")
GROUP = r"(?:Steering|Working|Advisory|Corporate\s+Policy)\s+Group"
BODY = (r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission(?:ers)?|"
        rf"Municipal\s+District|Governing\s+Body|{GROUP})")
# A body's word anywhere in a line ("... Scrutiny Committee - 11 February").
BODY_WORD = re.compile(rf"\b{BODY}\b", re.I)
# A body named by one word that is no committee word: "Report to: Executive", or "EXECUTIVE"
# alone on its line as a metropolitan borough prints it (is_masthead_name does not take it);
# or after the word saying which executive, a reorganisation's ("Shadow Executive",
# "Implementation Executive"), never a person's title ("Chief Executive" is an officer).
EXECUTIVE_KINDS = r"(?:Shadow|Implementation|Joint|Transition(?:al)?)"
SOLE_BODY = re.compile(rf"(?:The\s+)?(?:{EXECUTIVE_KINDS}\s+)?Executive", re.I)
KIND_OF_EXECUTIVE = re.compile(rf"{EXECUTIVE_KINDS}\s+Executive", re.I)


BODY_NAME = (r"(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Committee|Cabinet|Council|Board|Panel|Executive|"
             rf"Sub-Committee|Forum|Authority|Commission(?:ers)?|Governing\s+Body|{GROUP})")


# A shortened name has at least this many words ("Joint Archives Committee").
FULLER_NAME_MIN_WORDS = 2


# A notice naming its body by the masthead above it: "the above Committee", or by its kind
# alone, "A meeting of the Board will be held", "Notes of the Group meeting held on ..." (a
# cabinet or a council is its own name).
ABOVE_BODY = re.compile(rf"^\s*above(?:[-\s]named|[-\s]mentioned)?\s+(?P<body>{BODY})\s*$"
                        r"|^\s*(?P<kind>Committee|Sub-Committee|Board|Panel|Forum|Commission|Group|"
                        r"Partnership)\s*$",
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
                     if _named_by_word(s, word) and is_masthead_name(s)
                     and not COUNCIL.fullmatch(s)), name)
    if own := BODY_MEETING.match(name):
        # "Quarterly Meeting of the Commissioners", "Commissioners' Quarterly Meeting": the
        # body the masthead or running head names by that word ("Polwenna Harbour
        # Commissioners"), met as a whole
        return members_body(own.group("word") or own.group("owner"), lines) or name
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
        if tail.search(s) or _qualified_of(name, s):
            return as_printed(s)
    # "the Joint Committee" under "Brenmoor and Eskdale Joint Fleet Services Committee": the
    # sentence's words, in the masthead's name in their order, with its body's word last
    if not words_left_out:
        return name
    return next((as_printed(s) for s in named if _shortened(name, s)), name)


# A body's name led by its word, as the States of Guernsey name their committees: "Committee
# for Health & Social Care", "Committee for the Environment & Infrastructure".
WORD_LEADS = re.compile(r"^(?P<word>Committee|Board|Panel)\s+for\s+\S", re.I)


def _named_by_word(name: str, word: str) -> bool:
    """Whether ``name`` is a body of kind ``word`` ("committee"): ending in the word, as most
    bodies are named, or led by it ("Committee for Health & Social Care")."""
    lead = WORD_LEADS.match(name)
    return name.lower().endswith(word) or (lead is not None and lead.group("word").lower() == word)


# A meeting of a body named by its plural word alone, the kind of meeting beside it: "Quarterly
# Meeting of the Commissioners", "Commissioners' Quarterly Meeting" (the body's members, as a
# harbour's commissioners or a trust's trustees meet as the body itself).
_MEETING_KIND = r"(?:(?:Ordinary|Quarterly|Annual|Monthly|Special|Extraordinary|General)\s+)?"
BODY_MEETING = re.compile(
    rf"^\s*(?:the\s+)?{_MEETING_KIND}Meeting\s+of\s+the\s+(?P<word>Commissioners|Trustees|"
    rf"Conservators|Governors)\s*$"
    rf"|^\s*(?:the\s+)?(?P<owner>Commissioners|Trustees|Conservators|Governors)['’]?\s+"
    rf"{_MEETING_KIND}Meeting\s*$", re.I)


# The board of a body of members named by their plural word: "Board of Commissioners" under
# "Porthkennack Harbour Commissioners" is the commissioners meeting as the body itself.
BOARD_OF_MEMBERS = re.compile(
    r"^(?:the\s+)?Board\s+of\s+(?:the\s+)?(?P<word>Commissioners|Trustees|Conservators)$", re.I)


def members_body(word: str, lines: list[str]) -> str | None:
    """The first of ``lines`` naming a body by its members' plural ``word`` after its own words
    ("Polwenna Harbour Commissioners"), as printed; not the board's own name ("Board of
    Commissioners", a running head as likely as the body's name)."""
    return next((as_printed(s) for s in (" ".join(t.split()) for t in lines)
                 if s.lower().endswith(word.lower()) and len(s.split()) > 1
                 and is_masthead_name(s) and not COUNCIL.fullmatch(s)
                 and not BOARD_OF_MEMBERS.match(s)), None)


# A body named by its initials, perhaps with its body's word after them: "ICB Board", "IJB".
INITIALISM_NAME = re.compile(rf"^\s*[A-Z]{{2,5}}(?:\s+{BODY})?\s*$")


def _qualified_of(name: str, full: str) -> bool:
    """Whether ``full`` is ``name`` (or a longer name ending in it) with bracketed words after
    its body's word (NAME_QUALIFIER): "A meeting of the Overview and Scrutiny Committee will be
    held" under its masthead's "Overview and Scrutiny Committee (Call-In)"."""
    bare = _unqualified(full)
    if bare == full:
        return False
    want, have = name.lower().split(), bare.lower().split()
    return have[-len(want):] == want


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


# The words of a place's name in a community safety partnership's ("Safer Tamar and Wyre").
SAFER_PLACE_WORDS = 4
# (so is a partnership the law makes a body that meets, by its kind: "Tamar and Wyre Integrated
# Care Partnership", a joint committee of the integrated care board and its councils, as an
# integrated care board is named by "Board"; a community safety partnership. A partnership of
# another kind, "Wendlebury Waste Partnership" over its "Joint Committee", "Hollinsbury Local
# Area Partnership | SEND Improvement Board", is whose the body is, as a council is. A community
# safety partnership is as often named "Safer <place> Partnership": "Safer Kelmouth Partnership".)
# (a partnership's own group that meets, named by its kind: "UK Shared Prosperity Fund Local
# Partnership Group", a safeguarding partnership's "Executive Group")
BODY_LAST = re.compile(
    rf"\b(?:{BODY}|(?:Integrated\s+Care|Community\s+Safety)\s+Partnership"
    r"|(?:Partnership|Executive)\s+Group"
    rf"|Safer\s+(?:[\w&'’-]+\s+){{1,{SAFER_PLACE_WORDS}}}Partnership)\s*$", re.I)
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
# A committee's name in capitals is a short line; a longer one is a sentence in capitals.
BODY_LINE_CHARS = 90
# A committee's name read after "To:" is shorter than this, or it ran on into a sentence.
COMMITTEE_NAME_CHARS = 100


# "Trust Board (Public) - Wednesday 11 March 2026": which part of the meeting, not its name.
# (tried only where a run of spaces starts: from each space of a long run the rest of the run
# was read again, and is_masthead_name tries it on every name, a padded line's too)
SESSION_BRACKET = re.compile(
    r"(?<!\s)\s*\((?:(?:meeting\s+)?in\s+)?(?:public|private|part\s+(?:1|2|I|II|one|two))"
    r"(?:\s+(?:session|meeting|business))?\)\s*$"
    # ... or said after the name: "Board of Directors meeting (held) in public"
    r"|(?<!\s)\s+meeting\s+(?:held\s+)?in\s+(?:public|private)\s*$", re.I)


# ... or set off by a dash after it: "BOARD OF DIRECTORS - MEETING IN PUBLIC" over its date
# (a trust's masthead): the session again, not the board's name, which is left without it.
# (tried only where a run of spaces starts, as SESSION_BRACKET is)
SESSION_DASHED = re.compile(
    r"(?<!\s)\s+[-–—]\s+(?:(?:meeting|session)\s+(?:held\s+)?in\s+(?:public|private)"
    r"|(?:public|private)\s+(?:session|meeting))\s*$", re.I)


# ... or the kind of meeting in brackets after it: "Cabinet (Special Meeting)", "Council
# (Extraordinary)" is the Cabinet's or the Council's special meeting, the body the same; so is
# any bracket ending in "Meeting": "Overview and Scrutiny Management Board (Call-In Meeting)"
# is the Board's call-in meeting (the set's rule, as body_lines' _QUALIFIER keeps no bracket
# saying "meeting"), where "(Call-In)" alone stays part of the name (NAME_QUALIFIER).
# A kind of meeting is a word or two before "Meeting": "Call-In", "Annual General".
MEETING_KIND_WORDS = 2
MEETING_KIND_BRACKET = re.compile(
    r"(?<!\s)\s*\((?:(?:special|extraordinary)(?:\s+meeting)?"
    rf"|(?:[A-Za-z][\w'’-]*\s+){{1,{MEETING_KIND_WORDS}}}meeting)\)\s*$", re.I)


def without_session(name: str) -> str:
    """A body's name without the session a dash sets after it (SESSION_DASHED), nor the kind
    of its meeting in brackets (MEETING_KIND_BRACKET)."""
    return MEETING_KIND_BRACKET.sub("", SESSION_DASHED.sub("", name))


# What a body's name may add in brackets after its word: which of its kinds of meeting it is
# ("Overview and Scrutiny Committee (Call-In)"), where it sits ("... Joint Committee (Midlands
# and North)"); a few capitalised words. (Not its initials, "(SACRE)", nor who may attend,
# "(Public)": see INITIALISM_TAIL and SESSION_BRACKET.)
# (tried only where a run of spaces starts, as INITIALISM_TAIL is)
NAME_QUALIFIER = re.compile(
    r"(?<!\s)\s*\([A-Z][\w'’-]*(?:[ \t](?:[A-Z][\w'’-]*|and|of|&)){0,4}\)\s*$")


# ... but no words naming the paper rather than the meeting: "Planning Committee (Supplementary
# Agenda)", "Cabinet (Late Items)" title the body's papers, and a masthead so titled is no name.
PAPER_WORD = re.compile(r"\b(?:Agenda|Minutes|Reports?|Papers?|Pack|Supplement(?:ary)?|Addendum|"
                        r"Updates?|Late|Items?|Notice)\b", re.I)


def _unqualified(name: str) -> str:
    """A body's name without the bracketed words it adds after its word (NAME_QUALIFIER)."""
    if INITIALISM_TAIL.search(name) or SESSION_BRACKET.search(name):
        return name
    qualifier = NAME_QUALIFIER.search(name)
    if qualifier is None or PAPER_WORD.search(qualifier.group()):
        return name
    return name[: qualifier.start()]


# A meeting of one executive member deciding alone, named by the session and the member's
# portfolio: "Decision Session - Executive Member for Adult Social Care", "Executive Member
# Decision Session". Its name has no body's word; its dash joins the name's parts, not a date.
# (each word after the first set off by one space: no two ways to read a run of spaces)
_PORTFOLIO = r"[A-Z][\w,&'’-]*(?: (?:[A-Z][\w,&'’-]*|and|of|the|for|&))*"
DECISION_SESSION = re.compile(
    r"Decision Session [–-] (?:Executive|Cabinet) Member for " + _PORTFOLIO
    + r"|(?:Executive|Cabinet) Member (?:for " + _PORTFOLIO + r" )?Decision Session")


def is_masthead_name(name: str) -> bool:
    """A committee's name as a masthead prints it: short, ending with the body's word
    ("Corporate Parenting Panel"), perhaps with words in brackets after it ("Overview and
    Scrutiny Committee (Call-In)"), and not a sentence or a label."""
    if DECISION_SESSION.fullmatch(" ".join(name.split())):
        return True
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
        # (a word in brackets inside the name is one of it: "Cabinet (Housing) Sub-Committee")
        and all(w.removeprefix("(")[:1].isupper() or w.lower() in small for w in words)
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


# A body's kind alone, which is no body's name: a masthead's name wrapped before its last word
# ("Audit and Performance" over "Committee").
KIND_ALONE = re.compile(r"\s*(?:Committee|Sub-Committee|Board|Panel|Forum|Commission|Authority)\s*",
                        re.I)


def a_council(name: str) -> bool:
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


# An authority's name, a dash, then its committee's, as a masthead joins them on one line
# ("Severnmoor Fire and Rescue Authority - Resources Committee", "NORTHMOOR POLICE AND CRIME
# PANEL - AUDIT COMMITTEE"): the authority is whose the committee is (as a council is), the
# committee what meets. A parish named as such ("PARISH OF ST ERNOUL - ROADS COMMITTEE", as
# Jersey's parishes print their mastheads) is its committee's owner as a council is. In
# capitals or not; the dash spaced (a hyphen glued on both sides joins a name, "Sub-Committee")
# or an en or em dash. (Each word ends where its spaces start, so the words are read one way
# only: linear.)
_AUTHORITY_THEN_BODY = re.compile(
    r"^[^\S\n]*(?P<owner>(?:(?:[A-Z][\w&'’-]*|&)[^\S\n]+){1,8}?(?:Authority|Panel|Board|Commission)"
    r"|Parish[^\S\n]+of(?:[^\S\n]+[A-Z][\w'’.-]*){1,4}?)"
    r"(?:[^\S\n]*[–—]|[^\S\n]+-)[^\S\n]+(?P<body>[^\s–—-].*)$", re.I)


def owned_committee(line: str) -> str | None:
    """The committee a masthead line names after its authority's name and a dash ("Audit
    Committee" of "WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT COMMITTEE"), as printed; None
    where the line is no such pair (what follows the dash is a date, a label, a body's kind
    alone, or a council)."""
    if len(line) >= COMMITTEE_NAME_CHARS:
        return None  # a sentence run on, no masthead
    owned = _AUTHORITY_THEN_BODY.match(line)
    if owned is None:
        return None
    body = owned["body"].strip()
    if (not is_masthead_name(body) or KIND_ALONE.fullmatch(body) or a_council(body)
            or COUNCIL.fullmatch(body)):
        return None
    return body


def without_council(name: str) -> str:
    """A committee's name without the council's name printed before it: a header band's two
    cells ("HARTWELL VALE COUNCIL" beside "Overview and Scrutiny Committee") or a running
    head read as one line name the committee; the council is whose it is, not part of its
    name (a council meeting as a whole is named by its name alone, which is kept)."""
    if len(name) >= COMMITTEE_NAME_CHARS:
        return name  # a sentence run on, no name (and each "Council" in it tried is quadratic)
    if owned := owned_committee(name):
        return owned
    for m in _COUNCIL_WORD.finditer(name):
        council, rest = name[: m.end()].strip(), name[m.end() :].strip()
        if (_names_a_place(council) and (a_council(council) or COUNCIL.fullmatch(council))
                and is_masthead_name(rest) and not a_council(rest)
                # ("Schools Council Forum": a body's kind alone after it is no name of its own)
                and not KIND_ALONE.fullmatch(rest)):
            return rest
    return name


def is_body_name(s: str) -> bool:
    s = s.strip()
    return (
        bool(BODY_WORD.search(s))
        and s.upper() == s
        and len(s) < BODY_LINE_CHARS
        and not re.search(r"\bITEMS?\b|AGENDA", s)
    ) or s in ("CABINET", "COUNCIL", "Cabinet", "Council")


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
