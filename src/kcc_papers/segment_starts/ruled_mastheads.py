"""A paper pasted into a plain text file under a rule: an e-mail's body, or a text export,
parts the papers it holds by a line of underscores, dashes or equals signs (Outlook's
"________________________________" between a message and what it quotes or pastes). The paper
under the rule prints its masthead first ("ASHCOMBE TOWN COUNCIL", its committee), then its
summons and the clerk's signature, then its heading ("AGENDA"): all of that is the paper's,
not the end of the paper above the rule."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.moderngov import BODY

# A text export's rule between its papers: a line of one character drawn across ("=====",
# "-----", Outlook's "_____"), as a text pack parts its documents where a PDF breaks the page.
# (segment_starts.layout's TEXT_RULE, which every reader of a text's rules asks: it is kept
# here, where layout's masthead asks for the rule above a heading)
TEXT_RULE = re.compile(r"^[^\S\n]*(?:={8,}|-{8,}|_{8,}|\*{8,})[^\S\n]*$")
# The rule is at most this many lines above the heading: a masthead, a summons of a few lines
# and a signature; further up, the rule parts other things.
RULED_HEAD_LINES = 12
# The first line under the rule is the masthead: a body's name in capitals ("ASHCOMBE TOWN
# COUNCIL", "AMENITIES COMMITTEE"), this long at most. Any capitals line is not one: an
# agenda's heading underlined by a rule has its "OPEN SESSION" or "ITEM  BUSINESS" under it,
# and those are the agenda's, not the start of the paper headed below.
MASTHEAD_MAX_CHARS = 80
CAPITALS_NAME = re.compile(r"^[A-Z][A-Z&'’,() -]*[A-Z)]$")
BODY_NAMED = re.compile(rf"\b(?:{BODY}|Authority)$", re.I)
# ... or, in a board's text export, the paper's own number over a masthead in title type, as
# its agenda's "Paper" column lists it: "ICB 25/71" over "NHS Fenmarsh and Redwater Integrated
# Care Board" (held-out r25b). The number: a code of capitals and a figure, its parts
# parted by a slash ("TB/25/12", "ICB 25/71"); the name: capitalised words and their joins
# ending in a body's word, at most TITLE_NAME_WORDS of them.
PAPER_NUMBER = re.compile(r"^[A-Z]{1,6}[ /]?\d{1,4}(?:/\d{1,4}){1,2}$")
TITLE_NAME_WORDS = 10
TITLE_NAME = re.compile(rf"^(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|the|for|&)\s+)?)"
                        rf"{{1,{TITLE_NAME_WORDS}}}(?:{BODY}|Authority)$")


def ruled_masthead_start(flat: list[tuple[int, int, Line]], i: int, floor: int = 0) -> int | None:
    """The first line under the rule above heading ``i`` when that line is a masthead in
    capitals: where the paper headed at ``i`` starts; None where no such rule is near. The
    rule is at ``floor`` or below (under the heading of the paper before: a rule above that
    one's masthead is its own, and a start above its heading would swallow it)."""
    for n in range(i - 1, max(floor - 1, i - 1 - RULED_HEAD_LINES), -1):
        if not TEXT_RULE.match(flat[n][2].text):
            continue
        top = n + 1
        head = flat[top][2].text.strip() if top < i else ""
        masthead = (len(head) <= MASTHEAD_MAX_CHARS and CAPITALS_NAME.match(head) is not None
                    and BODY_NAMED.search(head) is not None)
        return top if masthead or _numbered_masthead(flat, top, i) else None
    return None


def _numbered_masthead(flat: list[tuple[int, int, Line]], top: int, i: int) -> bool:
    """Whether the lines under a rule, above heading ``i``, are a paper's number and then its
    masthead naming a body in title type (or capitals)."""
    if top + 1 >= i or not PAPER_NUMBER.match(flat[top][2].text.strip()):
        return False
    name = " ".join(flat[top + 1][2].text.split())
    return len(name) <= MASTHEAD_MAX_CHARS and TITLE_NAME.match(name) is not None
