"""A body named in the minutes' heading sentence by a phrase in small letters, "MINUTES of the
informal meeting of Cabinet Members held ...", under a masthead line that prints the same words
as the body's name: "Cabinet Members' Informal Meeting". The sentence describes the meeting;
the masthead names it, and the name is taken as printed there. Only a name read opening in
small letters (a description, not a name: "Planning Committee" read from a sentence is the
body's own, whatever case its masthead sets it in) and only the same words, reordered."""

from __future__ import annotations

import re

from .council import title_case

# Words that join a description's parts and that the name leaves out ("meeting of Members").
_JOINERS = frozenset({"of", "the", "a", "an"})
_WORD = re.compile(r"[a-z0-9]+")
# "Members'" and "Member's" are the word "members"/"member" as a name prints it.
_POSSESSIVE = re.compile(r"['’]s?\b", re.I)


def _words(text: str) -> list[str]:
    return sorted(w for w in _WORD.findall(_POSSESSIVE.sub("", text).lower())
                  if w not in _JOINERS)


def masthead_wording(read: object, masthead: list[str]) -> str | None:
    """The ``masthead`` line printing the words of the name ``read`` (opening in small
    letters) as a name, in another order; None where none does."""
    if not isinstance(read, str) or not read[:1].islower():
        return None
    wanted = _words(read)
    if not wanted:
        return None
    for line in masthead:
        line = line.strip()
        if line and line[:1].isupper() and _words(line) == wanted:
            # (a masthead in capitals names it as a heading in capitals does: title-cased)
            return title_case(line) if line.isupper() else line
    return None
