"""A committee's name as papers print it: its fuller name printed elsewhere in the paper, and
the body a masthead names above its "Meeting of the Authority". What a body's name looks like
in a masthead is read in masthead_names, the council's name left off it in council_prefixes;
both are imported from here too.
"""

from __future__ import annotations

import re

from .council import COUNCIL, as_printed

# (each name imported "as" itself: the other readers and the tests import it from here)
from .council_prefixes import _AUTHORITY_THEN_BODY as _AUTHORITY_THEN_BODY
from .council_prefixes import _COUNCIL_WORD as _COUNCIL_WORD
from .council_prefixes import a_council as a_council
from .council_prefixes import owned_committee as owned_committee
from .council_prefixes import without_council as without_council
from .masthead_names import BODY as BODY
from .masthead_names import BODY_FIRST as BODY_FIRST
from .masthead_names import BODY_LINE_CHARS as BODY_LINE_CHARS
from .masthead_names import BODY_NAME as BODY_NAME
from .masthead_names import BODY_WORD as BODY_WORD
from .masthead_names import COMMITTEE_NAME_CHARS as COMMITTEE_NAME_CHARS
from .masthead_names import GROUP as GROUP
from .masthead_names import INITIALISM_TAIL as INITIALISM_TAIL
from .masthead_names import KIND_OF_EXECUTIVE as KIND_OF_EXECUTIVE
from .masthead_names import MASTHEAD_NAME_WORDS as MASTHEAD_NAME_WORDS
from .masthead_names import NAME_JOINS, _unqualified
from .masthead_names import SESSION_BRACKET as SESSION_BRACKET
from .masthead_names import SOLE_BODY as SOLE_BODY
from .masthead_names import is_masthead_name as is_masthead_name
from .masthead_names import without_session as without_session

# How far down its first page a paper names its meeting.
MASTHEAD_LINES = 12


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
    if BODY_MEETING.match(name):
        # "Quarterly Meeting of the Commissioners", "Commissioners' Quarterly Meeting": the
        # body the masthead or running head names by that word ("Polwenna Harbour
        # Commissioners"), met as a whole
        return members_body(members_word(name) or "", lines) or name
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
    rf"{_MEETING_KIND}Meeting\s*$"
    # (or the word alone, the meeting's kind read off before it: "MINUTES OF THE QUARTERLY
    # MEETING OF THE COMMISSIONERS" names "the Commissioners")
    r"|^\s*(?:the\s+)?(?P<bare>Commissioners|Trustees|Conservators|Governors)\s*$", re.I)


# The board of a body of members named by their plural word: "Board of Commissioners" under
# "Porthkennack Harbour Commissioners" is the commissioners meeting as the body itself.
BOARD_OF_MEMBERS = re.compile(
    r"^(?:the\s+)?Board\s+of\s+(?:the\s+)?(?P<word>Commissioners|Trustees|Conservators)$", re.I)


def members_word(name: str) -> str | None:
    """The members' plural word a name read as a body's stands for the body by ("Board of
    Commissioners", "Quarterly Meeting of the Trustees", "the Conservators"); else None."""
    m = BOARD_OF_MEMBERS.match(name.strip()) or BODY_MEETING.match(name)
    return next((w for w in m.groupdict().values() if w), None) if m else None


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
