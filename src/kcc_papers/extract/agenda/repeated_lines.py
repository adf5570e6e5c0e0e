"""The line an agenda prints under each item's title in one form ("Cabinet Member for
Finance", "Cabinet Member for Highways and Transport"): where one item's title line ran near
enough its page column to read as wrapped, the same form under it is still that line, no
words of the title."""

from __future__ import annotations

import re
from collections import Counter

from kcc_papers.extract.agenda.items import _Item

# The words a line under a title opens with that say its form ("Cabinet Member for", "Report
# of the"): fewer would match a title's own wrapped words by chance.
LEAD_WORDS = 3
# Other items that print the form first under their titles for it to be the agenda's own.
MIN_REPEATS = 2
# A title line that stops on a word joining it to more, or on a joining mark ("Call-In of the
# Decision taken by the" over "Cabinet Member for Culture"): the line under it runs on its words,
# whatever form it opens in.
# (the line's page range, printed after its words, read past)
RUNS_ON = re.compile(r"(?:\b(?:the|of|by|and|for|to|on|in|with|from|a|an)|[&,–—-])\s*"
                     r"(?:\(Pages?\s+[\d\s–-]+\)\s*)?$", re.I)


def _lead(text: str) -> tuple[str, ...] | None:
    words = tuple(text.split()[:LEAD_WORDS])
    return words if len(words) == LEAD_WORDS else None


def repeated_under_titles(items: list[_Item]) -> None:
    """Move an item's last title line back under its title where it opens as the first line
    under their titles of at least MIN_REPEATS other items does."""
    firsts = Counter(_lead(item.description[0]) for item in items if item.description)
    for item in items:
        if len(item.title_lines) < 2:
            continue
        lead = _lead(item.title_lines[-1])
        if (lead is not None and firsts[lead] >= MIN_REPEATS
                and not RUNS_ON.search(item.title_lines[-2])):
            item.description.insert(0, item.title_lines.pop())
