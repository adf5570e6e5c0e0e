"""A joint body's name whose partners' places a masthead prints on the line above the rest of
it: "KETTLEBY, ORMSIDE AND WHARFEDALE" over "STREET LIGHTING JOINT COMMITTEE" over the date.
The places are the first words of the body's name (the set keeps a joint body's name as
printed, its places with it: "Dovecliffe Joint Transportation Board"), not a line of its own.
"""

from __future__ import annotations

import re

from .council import COUNCIL
from .masthead_names import BODY_LINE_CHARS, BODY_WORD, PAPER_WORD

# One place's name: a few capitalised words ("Wharfedale", "North Tamar", "St Ives").
_PLACE = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
# The partners' places, two or more, the last joined by "and" or "&", those before it by
# commas: a list of places and nothing else (no digits, no label's colon, no body's word).
PARTNER_PLACES = re.compile(
    rf"{_PLACE}(?:[ \t]*,[ \t]*{_PLACE})*,?[ \t]+(?:and|AND|&)[ \t]+{_PLACE}")
# A joint body is named by its partners' places; another body's name under a line of places
# (a report's title in capitals over "CABINET") is left as printed.
JOINT_BODY = re.compile(r"\bJoint\b", re.I)
# Words no place is named by: a cover's name for itself over the body's ("NOTICE AND AGENDA",
# "SUMMONS AND AGENDA", "MINUTES AND DECISIONS": PAPER_WORD, and a summons's and a record's own
# words), and the partners named by their kind, not by their places ("SALTMOOR AND BRIGHTWELL
# COUNCILS" publish the joint body's papers, as "... DISTRICT COUNCIL" does).
NO_PLACE_WORD = re.compile(r"\b(?:Summons|Decisions?|Councils|Authorities|Partners)\b", re.I)
# A line ending on "of" begins a name the line below it ends: a council's own name in two
# lines ("ROYAL BOROUGH OF" over "WINDSOR AND MAIDENHEAD", "London Borough of" over "Barking
# and Dagenham"), whose last words are no list of a joint body's partners.
NAME_BEGUN = re.compile(r"\bof(?:\s+the)?\s*$", re.I)


def with_partner_places(above: str, name: str, before: str = "") -> str:
    """``name``, a joint body's name as its masthead line prints it, with its partners' places
    that ``above``, the line over it, lists in the same case ("Kettleby, Ormside and
    Wharfedale" over "Street Lighting Joint Committee"); ``name`` alone where ``above`` is no
    such list, or names a body or a council of its own (the councils of a joint body listed
    over its name are the publishers, not the name's first words), or ends a name that
    ``before``, the line over it, begins (NAME_BEGUN)."""
    places, body = above.strip(), name.strip()
    if len(places) > BODY_LINE_CHARS:
        return name  # a sentence, not a masthead's line (and no long line matched again)
    if not (JOINT_BODY.search(body) and PARTNER_PLACES.fullmatch(places)):
        return name
    if places.isupper() != body.isupper() or BODY_WORD.search(places) or COUNCIL.search(places):
        return name
    if PAPER_WORD.search(places) or NO_PLACE_WORD.search(places):
        return name  # the paper's own name or the partners' kind, no places (NO_PLACE_WORD)
    if NAME_BEGUN.search(before):
        return name  # the last words of a council's name begun on the line above
    if body.lower().startswith(places.lower()):
        return name  # the places printed in the name's own line already
    return f"{places} {body}"
