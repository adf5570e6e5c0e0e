"""The body that meets, where a paper names it short or not at all: a statutory authority's
"Meeting of the Fire and Rescue Authority" is the authority's, a "Board of Commissioners" the
commissioners' body.

An authority that is a body of its own (a fire and rescue authority, a national park authority,
a harbour authority) meets under the name its masthead prints, "KENT AND MEDWAY FIRE AND RESCUE
AUTHORITY"; its minutes' short "the Fire and Rescue Authority" is that name with its place left
out. (A company's "Board of Directors" keeps its own name: the set's records name it so under
the company's masthead, r7g's, r19g's and r20f's, as an NHS trust's board is named.)
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.normalise.bilingual import halves

from .body_names import MASTHEAD_NAME_WORDS, members_body, members_word
from .council import as_printed

# An authority's name alone on its line: capitalised words (and their joins) ending "Authority".
# (not "Local Authority", "Combined Authority": the first is no body, the second names its
# meeting "Combined Authority Board")
_AUTHORITY_LINE = re.compile(
    r"^(?!(?:the\s+)?(?:Local|Combined|Unitary)\s+Authority$)"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?){1,7}Authority$")
_NOT_AN_AUTHORITY = re.compile(r"\bCombined\s+Authority\b|\bLocal\s+Authority\b", re.I)


def authority_named(lines: Iterable[str]) -> str | None:
    """The first line of ``lines`` that is a statutory authority's name, as printed (or a
    half of a line naming it in two languages: "Awdurdod Tân ac Achub ... / West Dyfnant Fire
    and Rescue Authority", a Welsh authority's running head)."""
    for line in lines:
        for half in halves(" ".join(line.split())):
            text = as_printed(half.strip())
            if (_AUTHORITY_LINE.match(text) and not _NOT_AN_AUTHORITY.search(text)
                    and len(text.split()) <= MASTHEAD_NAME_WORDS + 2):
                return text
    return None


# A line saying an authority itself meets: "Meeting of the Fire and Rescue Authority"; or,
# under the masthead naming it, by its word alone, the meeting's kind before it: "Quarterly
# Meeting of the Authority" (an inshore fisheries and conservation authority's).
# (the kinds a meeting's heading names before "Meeting" across councils, not one paper's:
# "Minutes of the Adjourned Meeting", "the Inaugural Meeting", "the Budget Meeting")
_KIND_WORDS = (r"(?:Quarterly|Monthly|Annual|Ordinary|Extraordinary|Special|Adjourned|"
               r"Reconvened|Additional|Inaugural|Budget|Urgent)")
_MEETING_KIND = rf"(?:{_KIND_WORDS}\s+)?"
_MEETING_OF_AUTHORITY = re.compile(
    rf"^\s*(?:(?:a|the)\s+)?{_MEETING_KIND}Meeting\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){0,7}Authority\s*$")
# A minutes' heading naming no body, only its meeting's kind: "Minutes of the Quarterly
# Meeting held on ..." under the authority's masthead reads "Quarterly", no body's name.
_KIND_ALONE = re.compile(rf"^\s*{_KIND_WORDS}\s*$", re.I)


def meeting_kind_alone(name: str) -> bool:
    """Whether ``name``, read as a body's, is only a meeting's kind ("Quarterly")."""
    return _KIND_ALONE.match(name) is not None


_MEETING_OF = re.compile(rf"^(?:(?:a|the)\s+)?(?:{_MEETING_KIND}Meeting\s+of\s+)?(?:the\s+)?",
                         re.I)


def _ends_with(full: str, short: str) -> bool:
    """Whether ``short`` is ``full``'s last words (the place before them left out)."""
    want, have = short.lower().split(), full.lower().split()
    return 0 < len(want) <= len(have) and have[-len(want):] == want


def owning_body(committee: str | None, lines: list[str]) -> str | None:
    """The body meeting, where ``committee`` (as read, or None) names a board of members or an
    authority short or not at all and ``lines`` (the paper's masthead, then the pack's running
    heads and first lines) name the body in full; else None."""
    # (or its meeting read so, "the Quarterly Meeting of the Trustees", "the Trustees")
    if committee is not None and (word := members_word(committee)):
        return members_body(word, lines)
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
