"""Minutes headed by their body's name before a colon: "Local Plan Member Working Group: notes
of the meeting held on 12 February 2031", as an informal group titles the notes of its last
meeting in the next meeting's pack. The body is the name before the colon (the council's name
printed above the title is the publisher's masthead, not the body that met)."""

from __future__ import annotations

import re

from .body_names import BODY

# The title starts its line with the body's name, its words capitalised as a name is, and
# the colon then "notes" or "minutes of the meeting" ("held on ..." may wrap to the next
# line). ([ \t]: the name and its colon stand on one line; a sentence is no title: it would
# not open its line with the body's name and a colon)
_TITLE_WORDS = r"(?:Notes|Minutes?)\s+of\s+(?:the|a)\s+meeting\b"
_NAME_COLON_NOTES = re.compile(
    rf"^[ \t]*(?P<name>(?-i:[A-Z])[\w&,'’ -]{{2,80}}?\b{BODY})[ \t]*:\s*"
    rf"(?P<title>{_TITLE_WORDS})", re.I | re.M)
_TITLE = re.compile(_TITLE_WORDS, re.I)


def body_before_notes(head: list[str]) -> str | None:
    """The body a title line "<Body>: notes of the meeting ..." among ``head`` names, or None."""
    # (the lines joined by line breaks: the title's words after the colon may wrap, its name
    # may not, so the name is read from the start of one line)
    text = "\n".join(head)
    m = _NAME_COLON_NOTES.search(text)
    first = _TITLE.search(text)
    # (only the minutes' own title, the head's first "notes of the meeting": one below it is
    # a minute's business, "Finance Committee: minutes of the meeting held on 2 March were
    # received", another body's minutes under the heading that titles these)
    if not m or first is None or first.start() != m.start("title"):
        return None
    return m.group("name").strip()
