"""The council's or authority's name printed before a committee's ("HARTWELL VALE COUNCIL
Overview and Scrutiny Committee", "WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT COMMITTEE"),
or after it ("the Licensing Committee of Kelbrook City Council"): whose the committee is, left
off its name.
"""

from __future__ import annotations

import re

from .council import COUNCIL, title_case
from .masthead_names import COMMITTEE_NAME_CHARS, is_masthead_name

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


# A dash between the council's name and its committee's, spaced after, or glued to the
# committee's capital ("Calderwick Borough Council-Licensing Committee", a foot set tight); a
# hyphen glued to a small letter joins a word ("Council-owned").
_JOINING_DASH = re.compile(r"^[-–—](?:[^\S\n]+|(?=[A-Z]))")


def without_council(name: str) -> str:
    """A committee's name without the council's name printed before it: a header band's two
    cells ("HARTWELL VALE COUNCIL" beside "Overview and Scrutiny Committee") or a running
    head read as one line name the committee; the council is whose it is, not part of its
    name (a council meeting as a whole is named by its name alone, which is kept)."""
    if len(name) >= COMMITTEE_NAME_CHARS:
        return name  # a sentence run on, no name (and each "Council" in it tried is quadratic)
    if owned := owned_committee(name):
        return owned
    if owned := _possessed_committee(name):
        return owned
    for m in _COUNCIL_WORD.finditer(name):
        council, rest = name[: m.end()].strip(), name[m.end() :].strip()
        # (a running foot joins the two by a spaced dash: "Calderwick Borough Council -
        # Licensing Committee - 4 May 2027", its date and page cut off before)
        rest = _JOINING_DASH.sub("", rest)
        if (_names_a_place(council) and (a_council(council) or COUNCIL.fullmatch(council))
                and is_masthead_name(rest) and not a_council(rest)
                # ("Schools Council Forum": a body's kind alone after it is no name of its own)
                and not KIND_ALONE.fullmatch(rest)):
            return rest
    return name


# A council's name in the possessive before its committee's: "Brackenfield Borough Council's
# Communities Overview and Scrutiny Committee", as a visiting body's paper addresses the
# meeting in a sentence ("Prepared ... for <X> Borough Council's ... Committee"), its line
# wrapped so the name may start at the council's kind ("Borough Council's ..."). The
# possessive says whose the committee is: no part of the committee's name.
_COUNCIL_POSSESSIVE = re.compile(r"^\s*(?P<council>(?:[A-Z][\w'’-]*\s+){0,4}Council)['’]s\s+")


def _possessed_committee(name: str) -> str | None:
    """The committee after a council's possessive (see _COUNCIL_POSSESSIVE), None where the
    name opens on none or no committee's name follows it."""
    m = _COUNCIL_POSSESSIVE.match(name)
    if m is None or not a_council(m.group("council")):
        return None
    rest = name[m.end() :].strip()
    if is_masthead_name(rest) and not a_council(rest) and not KIND_ALONE.fullmatch(rest):
        return rest
    return None


# A council's name after a committee's, joined by "of": "Minutes of a meeting of the
# Environment Committee" over "of Lowmarsh Borough Council" (a text export's masthead wrapping
# one sentence), "the Licensing Committee of the Kelbrook City Council". The committee's name
# ends in its kind's word, no "Council" of its own ("Council of Governors" is a body's name).
_COUNCIL_AFTER = re.compile(
    r"^(?P<body>.+?\b(?:Committee|Sub-Committee|Board|Panel|Forum|Commission|Cabinet|Executive))"
    r"\s+of\s+(?:the\s+)?(?P<council>.+)$")


def without_council_after(name: str) -> str:
    """A committee's name without the council's printed after it (see _COUNCIL_AFTER), as
    printed; the name unchanged where what follows "of" is no council (a place's own name
    alone, "Board of Conservators", "Committee of the Whole Council")."""
    m = _COUNCIL_AFTER.match(name)
    if m is None or len(name) >= COMMITTEE_NAME_CHARS:
        return name
    council = m.group("council").strip(" .,")
    if _names_a_place(council) and (a_council(council) or COUNCIL.fullmatch(council)):
        return m.group("body")
    return name
