"""A decision record whose "DECISION" heading stands over its masthead, printed there once or
again ("Police and Crime Commissioner for Dunmoor", then "Decision number: 2031/044") before the
office-holder's own words ("I approve the award of the contract ..."): the decision is those words,
not the masthead line that the heading's field would otherwise hold."""

from __future__ import annotations

import re
from collections.abc import Callable

# The office-holder deciding in the first person, as a commissioner's or mayor's record of
# decision words it: "I approve ...", "I hereby agree ...", "I have decided to ...".
_FIRST_PERSON = re.compile(
    r"^\s*I\s+(?:hereby\s+)?(?:approve|agree|authori[sz]e|decide|have\s+decided|endorse|"
    r"accept|reject|refuse|delegate)\b")
# How many lines under the heading the office-holder's words are looked for: the masthead
# printed again, the number's label and a date sit between them.
SEARCH_LINES = 6
# A masthead is a name: an office's or body's, each word capitalised but its joining words
# ("Mayor of Westmoor", "Police and Crime Commissioner for Dunmoor"), no sentence; a decision
# has a verb in lower case ("To approve the Estates Strategy"), however often it is printed.
_NAME_LINE = re.compile(r"^(?:(?:[A-Z][\w&'’.,-]*|of|and|for|the|&)\s+)*[A-Z][\w&'’-]*$")
# The fewest words of a name: one capitalised word is an outcome ("Approved"), not a masthead.
NAME_WORDS = 2


def _masthead(value: str) -> bool:
    """Whether ``value`` reads as a name printed as a heading, not a decision's words."""
    line = value.strip()
    return bool(_NAME_LINE.match(line)) and len(line.split()) >= NAME_WORDS


def first_person_decision(texts: list[str], value: str, label: re.Pattern[str],
                          until: Callable[[list[str]], list[str]]) -> list[str] | None:
    """The office-holder's own decision under a "Decision" heading (``label``) whose field
    ``value`` is only the masthead printed again: the first-person lines a few lines under
    the heading, up to the next label (``until``); None where the field holds words of its
    own or no such lines follow."""
    if not _masthead(value):
        return None
    for k, text in enumerate(texts):
        if not label.match(text):
            continue
        start = next((n for n in range(k + 1, min(k + 1 + SEARCH_LINES, len(texts)))
                      if _FIRST_PERSON.match(texts[n])), None)
        if start is not None:
            return until(texts[start:])
    return None
