"""A body's name as the rest of the papers write it: the English half of a bilingual name, without
"Meeting of the" before it or the session ("Public", "Part 1") around it.
"""

from __future__ import annotations

import re

# A body's name printed in Welsh and English: "Pwyllgor Craffu / Scrutiny Committee".
# The Welsh half ends at no space inside a run of spaces but the second of the name's leading run
# (a half is a character at least): ending at the run's first would have been tried first and
# read the same, so a long run is read once, not from each of its spaces.
_BILINGUAL = re.compile(
    r"^(?P<welsh>.+?)(?:(?<!\s)|(?!\s)|(?<=^\s))\s+/\s+"
    r"(?P<english>.*\b(?:Committee|Cabinet|Council|Board|Panel|"
    r"Sub-Committee|Forum|Commission|Authority))$")
# The same name with no stroke between the halves, English first: a heading set in two columns
# side by side that the page model read as one line ("CABINET" beside "Y CABINET", "Audit
# Committee" beside "Pwyllgor Archwilio"). The Welsh half starts with its article or a
# Welsh body's word.
_BESIDE = re.compile(
    r"^(?P<english>.*\b(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|"
    r"Commission|Authority))\s+(?P<welsh>(?:Y|Yr|Pwyllgor|Cyngor|Bwrdd|Is-bwyllgor|Fforwm|"
    r"Comisiwn|Awdurdod)\s.+)$", re.I)


# A name both languages spell alike, its two columns set side by side and read as one line
# ("CABINET" beside "CABINET", "Y Cabinet" beside "Cabinet"): the name is one of them.
_TWICE = re.compile(r"^(?:Y\s+)?(?P<name>\S.*?)\s+(?:Y\s+)?(?P=name)$", re.I)


# The Welsh article before a body's word that both languages spell alike: "Y Cabinet" (a Welsh
# masthead's, or "CYFARFOD Y CABINET", the Welsh half of a minutes' heading) is the Cabinet.
_WELSH_ARTICLE = re.compile(r"^\s*Y\s+(?=(?:Cabinet|Panel)\s*$)", re.I)


def english_name(committee: str) -> str:
    """The English half of a bilingual name, the form the rest of the papers use, without a
    "Meeting of the" before it ("Meeting of the Transport Committee" as a masthead line) or
    the session's "Public" ("Public Board of Directors")."""
    m = _BILINGUAL.match(committee.strip()) or _BESIDE.match(committee.strip())
    name = m.group("english").strip() if m else committee
    name = (twice.group("name") if (twice := _TWICE.match(name.strip())) else name)
    name = _WELSH_ARTICLE.sub("", name) or name
    name = _MEETING_OF.sub("", name) or name
    name = _BOARD_OF_BOARD.sub("", name) or name
    for _ in range(_SESSION_MARKS):
        name = _SESSION_PART.sub("", name) or name
    return _SESSION.sub("", name) or name


# Which part of a board's meeting ("the Public Board of Directors", "Private Board") says who
# may attend, not which body meets; "Public Health Committee" names a body and is kept.
_SESSION = re.compile(r"^(?:Public|Private|Open|Closed)\s+(?=(?:Board|Cabinet|Council)\b)", re.I)


# ... or said after the name: "TRUST BOARD - PART 1 (PUBLIC)", "Minutes of the Trust Board
# (Part 1)", "Cabinet (Private Session)"; a name may carry both marks, the part and who may attend.
# ("Part B" is kept: a body may name its own parts so.)
_SESSION_PART = re.compile(
    r"(?<!\s)\s*(?:[–—-]\s*Part\s+(?:1|2|I|II|One|Two)|\(\s*(?:Part\s+(?:1|2|I|II|One|Two)|"
    r"(?:(?:meeting\s+)?in\s+)?(?:Public|Private))(?:\s+(?:session|meeting|business))?\s*\))\s*$",
    re.I)
_SESSION_MARKS = 2
# "Board of NHS Harrowden Integrated Care Board": the board of a body named a board is that
# body ("Board of Directors", "Board of Conservators" are names of their own).
_BOARD_OF_BOARD = re.compile(r"^(?:The\s+)?Board\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]).*\sBoard$)", re.I)


_MEETING_OF = re.compile(
    # "Proceedings of the Meeting of the Environmental Services Committee" (NI minutes)
    # ("Monthly Meeting of Kilcoran County Council": an Irish council's own meeting)
    r"^(?:(?:the\s+)?proceedings\s+of\s+)?(?:(?:an?|the)\s+)?(?:(?:extraordinary|special|annual|ordinary|additional|monthly)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?=[A-Z])"
    # the members of a body meeting as it: "(Meeting of the) Members of Ardnagh Municipal
    # District" (an Irish municipal district's members) is the district's meeting
    r"|^(?:the\s+)?members\s+of\s+(?:the\s+)?(?=[A-Z])", re.I)
