"""Whose report an item is and its pages, bracketed together after the title: "County Farms
Estate - Letting of Vacant Holdings (report of the Head of Property, pages 6 - 9)". Both are
notes on the item's paper, no part of its title, as a bare "(Pages 6 - 9)" is (patterns.PAGES)
and as "- Report by the Head of Housing" is (patterns.PRESENTER). A bracket naming the author
alone ("(report of the Town Clerk attached)") keeps to the title: no page range closes it."""

from __future__ import annotations

import re

# How long the author's name may run inside the bracket: a post in full ("the Assistant
# Director - Property and Rural Estates", "the Director of Planning, Transport and
# Regeneration") fits; a longer run is the title's own words.
_AUTHOR_CHARS = 80

# The bracket ending the title: "report of/by/from <author>, pages N - M" (a page alone too).
# Councils part the author from the pages by a comma, a semicolon or a dash ("(Report of the
# Head of Property - pages 6 to 9)"), print "pp" for pages, and name a post with commas in it
# ("Director of Planning, Transport and Regeneration"): the author's run is lazy, up to the
# last parting before the page word. A note may follow the bracket ("(exempt)"), read by the
# title's own note rules. It opens on a literal "(" after a non-space, so no run of spaces is
# tried from each space.
PRESENTER_PAGES = re.compile(
    r"(?<!\s)\s*\(\s*(?P<presenter>(?i:(?:joint\s+)?reports?\s+(?:of|by|from)\s+(?:the\s+)?)"
    rf"(?-i:[A-Z])[^()]{{0,{_AUTHOR_CHARS}}}?)(?:\s*[,;]|\s+[-–])\s*"
    r"(?i:pages?|pp\.?|tudalen(?:nau)?)\s*(?P<first>\d{1,4})"
    r"(?:\s*(?:-|–|to)\s*(?P<last>\d{1,4}))?\s*\)(?=\s*(?:\([^()]*\)\s*)?$)")


def presenter_and_pages(title: str) -> tuple[str, str, int, int] | None:
    """The title without such a bracket (a note after it kept), the author's words ("report
    of the Head of Property") and the first and last pages; None where the title ends in no
    such bracket."""
    found = PRESENTER_PAGES.search(title)
    if found is None:
        return None
    first = int(found.group("first"))
    last = int(found.group("last")) if found.group("last") else first
    return (title[: found.start()] + title[found.end():], found.group("presenter").strip(),
            first, last)
