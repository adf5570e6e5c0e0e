"""A hearing's paper titled by the hearing alone ("Licensing Sub-Committee Hearing"): a
record of the hearing and its decision when it prints the decision the body reached, as a
decision notice does; a notice of the hearing sent to the parties before it, the parties'
submissions and the officer's report decide nothing and stay what their own words make them."""

from __future__ import annotations

import re

from kcc_papers.classify.clue_weights import _NAME_WORD, NAME_WORDS, STRONG, Clue

# The body that hears: a committee's, sub-committee's or panel's word ending its name.
_HEARING_BODY = r"(?:Sub-Committee|Sub-Panel|Committee|Panel|Board)"

# The title's whole line: the body's name, then "Hearing" ("Licensing Sub-Committee
# Hearing", "LICENSING ACT 2003 SUB-COMMITTEE HEARING"); a line naming more ("Notice of
# Licensing Sub-Committee Hearing") is not this title.
HEARING_TITLE = re.compile(
    rf"^[^\S\n]*(?:{_NAME_WORD}[^\S\n]+){{1,{NAME_WORDS}}}?{_HEARING_BODY}[^\S\n]+Hearing"
    r"[^\S\n]*$", re.I | re.M)

# What the body decided, opening its line in the past (a notice of hearing says what it
# "will determine", the appeal paragraph "may appeal against this decision", the police
# "recommended" their conditions: none opens so): "The Sub-Committee resolved to grant ...",
# "The Panel determined that ...", "The Sub-Committee has decided ...", or the minutes'
# "RESOLVED" label.
HEARING_DECIDED = re.compile(
    rf"^[^\S\n]*(?:The[^\S\n]+(?:{_NAME_WORD}[^\S\n]+){{0,3}}?{_HEARING_BODY}[^\S\n]+"
    r"(?:has[^\S\n]+)?(?:resolved|determined|decided)\b|(?-i:RESOLVED)\b)", re.I | re.M)

# ... or a heading over it: "Decision", "Decision of the Panel", "The Sub-Committee resolved"
# alone on its line, the words under it not in the future or the conditional, as a notice of
# hearing's "Decision" section tells the parties what "will" happen.
DECISION_SECTION = re.compile(
    rf"^[^\S\n]*(?:Decision(?:[^\S\n]+of[^\S\n]+the[^\S\n]+(?:{_NAME_WORD}[^\S\n]+){{0,3}}?"
    rf"{_HEARING_BODY})?|The[^\S\n]+(?:{_NAME_WORD}[^\S\n]+){{0,3}}?{_HEARING_BODY}[^\S\n]+"
    r"(?:has[^\S\n]+)?(?:resolved|determined|decided))[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n)*"
    r"(?![^\n.]*\b(?:will|may|must|shall|would|is[^\S\n]+to)\b)[^\S\n]*\S", re.I | re.M)
# Either says the paper holds what the body decided at the hearing.
HEARING_DECISION = re.compile(f"{HEARING_DECIDED.pattern}|{DECISION_SECTION.pattern}", re.I | re.M)

HEARING_CLUES: tuple[Clue, ...] = (
    # titled by the hearing, recording what its body decided there: the decision's record
    # (with its members listed present it is the hearing's minutes, whose clues outweigh it)
    Clue("decision", HEARING_TITLE, STRONG, "title", requires=HEARING_DECISION,
         needs=("hearing",)),
)
