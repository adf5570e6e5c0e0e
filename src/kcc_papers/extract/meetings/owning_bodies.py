"""The body that meets, where a paper names it only by its board or not at all: a company's
"Board of Directors" is the company's meeting, a statutory authority's "Meeting of the Fire and
Rescue Authority" is the authority's.

A company's board ("Meeting of the Board of Directors" under "Ambleford Town Centre BID
Limited", "Kestrelford Regeneration Company Limited - Board") is named by the company in the
set's records: the board is the company's only body that meets, as a council meeting as a whole
is named by the council. An authority that is a body of its own (a fire and rescue authority, a
national park authority, a harbour authority) meets under the name its masthead prints, "KENT
AND MEDWAY FIRE AND RESCUE AUTHORITY"; its minutes' short "the Fire and Rescue Authority" is
that name with its place left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .body_names import MASTHEAD_NAME_WORDS, is_masthead_name
from .council import as_printed

# A company's name alone on its line: a few capitalised words and its legal suffix.
_COMPANY_LINE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){1,6}(?:Ltd|Limited|plc|PLC|CIC|LLP)\.?$", re.I)
# A company's board as a paper names its meeting: "Board of Directors", "Directors", perhaps
# after "Notice of Meeting of the". (Not "Board" alone: "Thornbury Homes Board" is a company's
# board named as a body of its own, and its minutes' "Board Meeting" is that board's.)
_COMPANY_BOARD = re.compile(
    r"^(?:Notice\s+of\s+)?(?:(?:a|the)\s+)?(?:Meeting\s+of\s+(?:the\s+)?)?"
    r"(?:Board\s+of\s+Directors|Directors)$", re.I)
# An authority's name alone on its line: capitalised words (and their joins) ending "Authority".
# (not "Local Authority", "Combined Authority": the first is no body, the second names its
# meeting "Combined Authority Board")
_AUTHORITY_LINE = re.compile(
    r"^(?!(?:the\s+)?(?:Local|Combined|Unitary)\s+Authority$)"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?){1,7}Authority$")
_NOT_AN_AUTHORITY = re.compile(r"\bCombined\s+Authority\b|\bLocal\s+Authority\b", re.I)


def company_named(lines: Iterable[str]) -> str | None:
    """The first line of ``lines`` that is a company's name, as printed (capitals title-cased)."""
    for line in lines:
        text = " ".join(line.split())
        if _COMPANY_LINE.match(text):
            return as_printed(text)
    return None


def authority_named(lines: Iterable[str]) -> str | None:
    """The first line of ``lines`` that is a statutory authority's name, as printed."""
    for line in lines:
        text = as_printed(" ".join(line.split()))
        if (_AUTHORITY_LINE.match(text) and not _NOT_AN_AUTHORITY.search(text)
                and len(text.split()) <= MASTHEAD_NAME_WORDS + 2):
            return text
    return None


# A line saying an authority itself meets: "Meeting of the Fire and Rescue Authority".
_MEETING_OF_AUTHORITY = re.compile(
    r"^\s*(?:(?:a|the)\s+)?Meeting\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,7}"
    r"Authority\s*$")
_MEETING_OF = re.compile(r"^(?:(?:a|the)\s+)?(?:Meeting\s+of\s+)?(?:the\s+)?", re.I)


def _ends_with(full: str, short: str) -> bool:
    """Whether ``short`` is ``full``'s last words (the place before them left out)."""
    want, have = short.lower().split(), full.lower().split()
    return 0 < len(want) <= len(have) and have[-len(want):] == want


# The board of a body of members named by their plural word: "Board of Commissioners" under
# "Porthkennack Harbour Commissioners" is the commissioners meeting as the body itself.
_BOARD_OF_MEMBERS = re.compile(
    r"^(?:the\s+)?Board\s+of\s+(?:the\s+)?(?P<word>Commissioners|Trustees|Conservators)$", re.I)


def _members_named(word: str, lines: Iterable[str]) -> str | None:
    """The first line of ``lines`` naming a body by ``word`` after its own words ("Porthkennack
    Harbour Commissioners"), as printed."""
    for line in lines:
        text = as_printed(" ".join(line.split()))
        if (text.lower().endswith(" " + word.lower()) and is_masthead_name(text)
                and not text.lower().startswith("board ")):
            return text
    return None


def owning_body(committee: str | None, lines: list[str]) -> str | None:
    """The body meeting, where ``committee`` (as read, or None) names a company's board or an
    authority short or not at all and ``lines`` (the paper's masthead, then the pack's running
    heads and first lines) name the company or the authority; else None."""
    if committee is not None and _COMPANY_BOARD.match(committee.strip()):
        return company_named(lines)
    if committee is not None and (members := _BOARD_OF_MEMBERS.match(committee.strip())):
        return _members_named(members.group("word"), lines)
    authority = authority_named(lines)
    if authority is None:
        return None
    # (with no committee read, only where a line says the authority itself meets, "Meeting of
    # the Fire and Rescue Authority": a committee's paper under its authority's masthead is
    # the committee's, named by its pack)
    said = ([committee] if committee is not None
            else [s for s in lines if _MEETING_OF_AUTHORITY.match(s)])
    for name in said:
        short = _MEETING_OF.sub("", name.strip())
        if short.lower().endswith("authority") and _ends_with(authority, short):
            return authority
    return None
