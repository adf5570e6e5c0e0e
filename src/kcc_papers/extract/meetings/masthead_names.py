"""What a body's name looks like as a masthead prints it: the body's words (committee, board,
panel ...), the session or kind of meeting set after a name, and whether a line is a name.
"""

from __future__ import annotations

import re

from kcc_papers.classify.office_holder_titles import office_holders_title

# (an Irish county's municipal district is a body of its members, which meets: "Ardnagh
# Municipal District"; so is a school's governing body: "Full Governing Body", and a
# programme's steering or working group: "Digital Programme Steering Group", not any group;
# and a multi-agency advisory group that meets and keeps notes: "Events Safety Advisory Group";
# and an Irish county's Corporate Policy Group, of the cathaoirleach and the chairs of its
# strategic policy committees, which meets and takes reports: "Corporate Policy Group"; and a
# council's working party, its members meeting on one subject and keeping minutes as a
# committee does: "Local Plan Working Party", as a working group is)
GROUP = r"(?:(?:Steering|Working|Advisory|Corporate\s+Policy)\s+Group|Working\s+Party)"
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
# A body's name as a sentence prints it, its words perhaps joined by "and" ("the Overview and
# Scrutiny Management Board", "the Health and Wellbeing Board", "the Overview & Scrutiny
# Committee"): a name's own joining word, lower case (or "&") between its capitalised words.
# A body's own word before "and" ends one body and begins another ("the Cabinet and
# Council", "the Health and Wellbeing Board and Council"): two meetings, no one name.
_BODY_KIND = (r"(?:Committee|Cabinet|Council|Board|Panel|Executive|Sub-Committee|Forum|"
              rf"Authority|Commission(?:ers)?|Governing\s+Body|{GROUP})")
JOINED_BODY_NAME = (rf"(?:(?!{_BODY_KIND}\s+(?:and|&)\s)[A-Z][\w&'’-]*\s+"
                    rf"(?:(?:and|&)\s+(?=[A-Z]))?){{0,6}}?{_BODY_KIND}")


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
    if office_holders_title(name):
        # "Decisions of the Leader of the Council" over its date of decision: one person's
        # record of what he decided alone, no body's name though it ends in "Council"
        return False
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
