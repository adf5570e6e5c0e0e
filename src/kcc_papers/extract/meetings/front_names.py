"""The body's full name as a pack's front page prints it in its masthead: "Visit Wendlebury
Destination Partnership Board" in small type over the heading "Partnership Board", each paper
after it naming the board short ("Notes of the Partnership Board"). A paper's short name is
the front's full one where the full one is a line of its own ending with it, the words before
it a name's (capitalised, no label or paper's kind: "Meeting Housing and Neighbourhoods
Committee" is a label cell beside its value, not a name)."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from kcc_papers.load.model import Source

from .body_names import MASTHEAD_LINES, is_masthead_name

# Words that open a label or a paper's kind before the body's name, not a name's own words;
# or the kind of this meeting ("Extraordinary Audit Committee" is the Audit Committee's special
# meeting), or who on the front is the body's ("Chairman Audit Committee", "Substitute Members
# Audit Committee": a membership list's heading beside the name).
LABEL_WORDS = re.compile(
    r"^(?:Meeting|Committee|Report|Agenda|Minutes|Notes|Title|Subject|Decision|To|From|Date|"
    r"Venue|Public|Private|Part|Notice|"
    r"Ordinary|Special|Extraordinary|Reconvened|Adjourned|Supplementary|"
    r"Chair(?:man|person)?|Vice|Members?|Membership|Substitutes?)\b", re.I)
# The words before the short name: a few, each capitalised (or a joining word inside them:
# "Notice of Determination of the Licensing Sub-Committee" is a paper of the body, no name).
NAME_WORDS = re.compile(r"^(?:(?:[A-Z][\w&'’-]*|and|of|the|for)\s+){0,4}[A-Z][\w&'’-]*\s+$")


def front_fuller_name(name: str, source: Source,
                      heads: Collection[str] = ()) -> str | None:
    """The front page's masthead line naming ``name`` in full, if one does (a running head
    among ``heads`` atop it is the pack's furniture, no line of the front's own)."""
    lines = _front_lines(name, source, heads)
    if not _heads_short(name, lines):
        return None
    words = r"\s+".join(map(re.escape, name.split()))
    tail = re.compile(rf"\s{words}$")
    for s in lines:
        m = tail.search(s)
        if (m and is_masthead_name(s) and NAME_WORDS.match(s[: m.start() + 1])
                and not LABEL_WORDS.match(s)):
            return s
    return None


def front_heads_short(name: str, source: Source, heads: Collection[str] = ()) -> bool:
    """Whether the pack's front page heads ``name``, a short name, as a heading of its own
    and names it in full on no masthead line: "Joint Strategic Planning Committee" under two
    councils' names side by side, the running head "Brantwick and Oakhurst Joint Strategic
    Planning Committee" over every page. The papers' name is then the one the front gives the
    meeting (the set's convention: "Joint Waste Committee" under "Severn Vale Joint Waste
    Partnership", "Overview and Scrutiny Committee" under "London Borough of Brenthurst"),
    the running head's fuller one the publisher's label."""
    lines = _front_lines(name, source, heads)
    return (_heads_short(name, lines) and front_fuller_name(name, source, heads) is None
            and not _full_over_two_lines(name, lines, heads))


def _full_over_two_lines(name: str, lines: list[str], heads: Collection[str]) -> bool:
    """Whether the front sets a running head's full name over two lines, the short name
    under the words before it: "Visit Wyeland" over "Destination Management Board", the head
    "Visit Wyeland Destination Management Board" (the front names the board in full)."""
    short = " ".join(name.split()).casefold()
    full = {" ".join(h.split()).casefold() for h in heads}
    return any(s.casefold() == short and f"{above} {s}".casefold() in full
               for above, s in pairwise(lines))


def _front_lines(name: str, source: Source, heads: Collection[str]) -> list[str]:
    """The front page's masthead lines, without the running head atop it, one of ``heads``
    (none where ``name`` is a word alone, a body itself, "Cabinet"). Only the page's first
    line is the running head (as meetings._running_heads finds it): the same words lower
    down are the front's own masthead ("Brantwick and Oakhurst Joint Strategic Planning
    Committee" over "Joint Strategic Planning Committee" names the body in full)."""
    if not source.pages or len(name.split()) < 2:
        return []
    page = source.pages[0].lines
    top = 1 if page and page[0].text in heads else 0
    return [" ".join(line.text.split()) for line in page[top:] if not line.stamp][:MASTHEAD_LINES]


def _heads_short(name: str, lines: list[str]) -> bool:
    """Whether the front sets the short name as a heading of its own (the full name's line
    over "Partnership Board"): where it does not, the full name is only a running head's or
    the minutes' own masthead, and the papers' name is the one they use ("Ashby and Castle
    Dene Joint Burial Committee" over minutes "of the Joint Burial Committee")."""
    short = " ".join(name.split()).casefold()
    return any(s.casefold() == short for s in lines)
