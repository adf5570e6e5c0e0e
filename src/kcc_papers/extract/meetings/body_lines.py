"""A masthead's line naming the body whose minutes follow, read as a minutes heading's: what
the paper is after the name (" - Minutes"), the name before the minutes' sentence on its
line, the first words of a name wrapped onto the line above, and its bracketed part
wrapped onto the line below."""

from __future__ import annotations

import re

from .body_names import is_masthead_name, owned_committee
from .council import COUNCIL
from .heading_body import _BARE_BODY, _COUNCIL_LINE, _NAME_ONLY
from .partner_places import with_partner_places


def _owned_or_line(s: str) -> str:
    """The committee a line names after its authority's name and a dash, else the line."""
    return owned_committee(s) or s


# What the paper is, printed after its body's name: " - Minutes", ": Draft Minutes", perhaps
# with the meeting's date after a comma as a web page's heading prints it (": minutes, 16
# January 2029"; the date is read from the line as printed).
_KIND_TAIL = re.compile(r"(?<=\S)\s*[–—:-]\s*(?:(?:Draft|Unconfirmed|Confirmed)\s+)?Minutes?"
                        r"(?:,\s*(?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+"
                        r"\s+\d{4})?\s*$", re.I)
# ... or before it, as a web page titles its minutes: "Minutes: Harbour Board", "Draft minutes -
# Licensing Committee" (what the page is, then whose; the line's name is read after it).
_KIND_HEAD = re.compile(r"^\s*(?:(?:Draft|Unconfirmed|Confirmed|Approved)\s+)?Minutes?"
                        r"\s*[–—:-]\s*(?=\S)", re.I)
# The body's name before the minutes' sentence on its line, as a web page heads them: "Music
# Hub Board: minutes of the meeting held on Thursday 21 January 2027".
# (the name up to the dash whole, its blanks stripped after: a lazy name then "\s*" tried
# every split of a long run of blanks, quadratic)
_BODY_BEFORE_SENTENCE = re.compile(
    r"^(?P<body>[^:–—-]+)[–—:-]\s*(?:minutes|notes)\s+of\s+the\s+meeting\s+held\b", re.I)


# A line ending in one of these words breaks a phrase: the name goes on below it.
_CONNECTOR_END = re.compile(r"\b(?:and|of|for|the|&)\s*$", re.I)


def _wrapped_name(head: list[str], n: int) -> tuple[list[str], int]:
    """``head`` with the name at ``n`` joined to its first words wrapped onto the line above
    ("WESTMARCH AND FENBY JOINT HEALTH AND WELLBEING" over "BOARD", "... HEALTH AND" over
    "WELLBEING BOARD"): the line above breaks off mid-phrase or the name's line is its body's
    word alone, or it lists a joint body's partners' places ("SALTMOOR AND BRIGHTWELL" over
    "JOINT WASTE COMMITTEE"). An organisation's whole name above a committee's ("BRACKENSHIRE
    PENSION FUND" over "LOCAL PENSION BOARD") is no part of it."""
    above = head[n - 1].strip() if n > 0 else ""
    name = head[n].strip()
    before = head[n - 2] if n > 1 else ""
    if above and (placed := with_partner_places(above, name, before)) != name:
        # a joint body's partners' places over the rest of its name (partner_places)
        return [*head[:n - 1], placed, *head[n + 1:]], n - 1
    joined = f"{above} {name}"
    if not above or not (_CONNECTOR_END.search(above) or _BARE_BODY.match(name)):
        return head, n
    if above.isupper() == name.isupper() and (owned := owned_committee(joined)):
        # "WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT" over "COMMITTEE": the authority's
        # committee, wrapped before its body's word
        return [*head[:n - 1], owned, *head[n + 1:]], n - 1
    if (above.isupper() != name.isupper() or _NAME_ONLY.match(above) or COUNCIL.fullmatch(above)
            or _COUNCIL_LINE.match(above) or re.search(r"[\d:]", above)
            or not is_masthead_name(joined)):
        return head, n
    return [*head[:n - 1], joined, *head[n + 1:]], n - 1


# A name's bracketed part wrapped onto the line below it: "BUS LANE AND PARKING ADJUDICATION
# JOINT COMMITTEE" over "(MIDLANDS AND NORTH)" (which of two like bodies); not the session's
# "(Public)" or "(Part 2)", nor the kind of meeting it is ("(SPECIAL MEETING)",
# "(Extraordinary)", "(Reconvened)", "(Budget)").
_QUALIFIER = re.compile(
    r"^\((?!(?:in\s+)?(?:public|private|part)\b)(?![^)]*\b(?:meeting|session|special|"
    r"extraordinary|reconvened|adjourned|annual|ordinary|urgent|informal|budget)\b)"
    r"[A-Za-z][\w&'’ ,-]{1,40}\)$", re.I)


def _with_qualifier(head: list[str], n: int) -> str:
    """The name with its bracketed part wrapped onto the line below: set as the name is (a
    name in capitals wraps in capitals)."""
    below = head[n + 1].strip() if n + 1 < len(head) else ""
    same_case = (below.upper() == below) == (head[n].upper() == head[n])
    return f"{head[n]} {below}" if same_case and _QUALIFIER.match(below) else head[n]
