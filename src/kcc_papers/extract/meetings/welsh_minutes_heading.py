"""A Welsh minutes heading read in the words of the English one, so the one reader of
minutes headings (``minutes_heading``) names its body and date: "COFNODION CYFARFOD Y
CABINET A" / "GYNHALIWYD DDYDD MAWRTH, 16" / "MEDI 2031" ("minutes of the meeting of the
Cabinet held on Tuesday, 16 September 2031") is read as "MINUTES OF THE MEETING OF THE
CABINET" / "HELD ON MAWRTH, 16" / "MEDI 2031" (the dates reader knows Welsh months). Only
the heading's frame is put in English; the body keeps its printed name."""

from __future__ import annotations

import re

# "Cofnodion cyfarfod y|yr|o'r" (the kind of meeting perhaps between: "misol", "arbennig")
# and the body's name after it, up to "a gynhaliwyd" ("held"), on the same line or the next.
_OPENING = re.compile(
    r"^(?P<lead>[^\S\n]*)Cofnodion[^\S\n]+cyfarfod[^\S\n]+"
    r"(?:(?:misol|arbennig|blynyddol|cyffredin|cyffredinol)[^\S\n]+)?"
    r"(?:y|yr|o['’]r)[^\S\n]+(?=\S)", re.I)
# "... A" ending a line over "GYNHALIWYD DDYDD MAWRTH, 16", or "a gynhaliwyd ddydd Mawrth"
# within it: "held on".
_HELD = re.compile(r"[^\S\n]+a(?P<gap>\s+)gynhaliwyd(?:[^\S\n]+(?:dd|n)?ydd)?\b", re.I)
# The English heading beside or under the Welsh one, naming its body ("Minutes of the
# meeting of the Communities Scrutiny Committee held in ..."), read as it is (not a minute's
# "Minutes of the meeting held on 8 July ...", which names the last meeting's record).
_ENGLISH_HEADING = re.compile(r"^\s*Minutes\s+of\s+(?:the|a)\s+meeting\s+of\b", re.I)
# The English heading printed after the Welsh on the same line, past a slash, perhaps
# wrapped after its first words ("Cofnodion cyfarfod yr Awdurdod ... a gynhaliwyd ... /
# Minutes of" over "the meeting of the Fire and Rescue Authority held on ..."): the English
# reading of the heading, as it stands, names the body.
_ENGLISH_HALF = re.compile(r"[^\S\n]/[^\S\n]+Minutes\b", re.I)
# Lines of the heading the frame is looked for in (the body's name wraps once or twice).
HEADING_LINES = 3


def as_english_frame(lines: list[str]) -> list[str]:
    """``lines`` with a Welsh minutes heading's frame in English ("MINUTES OF THE MEETING OF
    THE ... HELD ON ..."), where a line opens one and "a gynhaliwyd" follows within
    HEADING_LINES lines; as they are where its own line goes on in English after a slash;
    where the English heading follows it, the lines from the English heading on in its
    place; other lines as they are."""
    at = next((n for n, s in enumerate(lines) if _OPENING.match(s)), None)
    if at is None or any(_ENGLISH_HEADING.match(s) for s in lines[:at]):
        return lines
    if _ENGLISH_HALF.search(lines[at]):
        return lines
    english = next((n for n in range(at + 1, len(lines)) if _ENGLISH_HEADING.match(lines[n])),
                   None)
    if english is not None:
        # (the English printed after it, under it or in the column beside: read from there,
        # its own words naming the body in English)
        return [*lines[:at], *lines[english:]]
    block = "\n".join(lines[at:at + HEADING_LINES])
    opening = _OPENING.match(block)
    assert opening is not None
    rest = block[opening.end():]
    held = _HELD.search(rest)
    if held is None:
        return lines
    gap = "\n" if "\n" in held.group("gap") else " "
    frame = (f"{opening.group('lead')}MINUTES OF THE MEETING OF THE "
             f"{rest[:held.start()]}{gap}HELD ON{rest[held.end():]}")
    return [*lines[:at], *frame.split("\n"), *lines[at + HEADING_LINES:]]
