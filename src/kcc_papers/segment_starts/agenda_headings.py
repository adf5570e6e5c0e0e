"""The kind "agenda" a heading names: an "AGENDA" heading (letter-spaced, in Welsh, or in
either language of a bilingual one), a summons cover's title wrapped over its first lines, an
"AGENDA" heading under the letter that summons the members on the file's first page."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import halves
from kcc_papers.segment_starts.layout import (
    _other_languages,
    _set_as_heading,
    _spaced_heading,
    _window,
)

AGENDA = re.compile(
    # (not a report's "AGENDA ITEM 5: ..." line, but "AGENDA ITEMS" over an agenda's items)
    # (in Welsh alone, as a Welsh-language council heads it: "RHAGLEN", in capitals on its own
    # line; a "Rhaglen Waith" is a work programme, and "Rhaglen" in small letters a heading
    # only where set as one, see WELSH_AGENDA)
    r"^\s*(AGENDA|Agenda|RHAGLEN)\s*$|^\s*AGENDA\b(?!\s+item)(?!\s+ITEM\s+(?:NO\.?\s*)?[A-Z]?\d)"
    r"|^\s*A\s+G\s+E\s+N\s+D\s+A\s*$"
    # the agenda of the papers sent after the main one, its heading alone on its line (not a
    # footer's "Supplementary Agenda Pack | Page 6"), perhaps numbered among them:
    # "SUPPLEMENTARY AGENDA No. 2"
    r"|^\s*(?:SUPPLEMENTARY|Supplementary)\s+(?:AGENDA|Agenda)"
    r"(?:\s+(?:No\.?|NO\.?|Number|NUMBER)\s?\d{1,2})?\s*$", re.M
)
# A summons cover, its title wrapped over several lines: "Summons to and / Agenda for an /
# Extraordinary / Meeting on ...".
AGENDA_COVER = re.compile(
    r"^\s*(?:Summons\s+to\s+and\s+)?Agenda\s+for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?Meeting\b",
    re.I,
)

COVER_TITLE_LINES = 5
# A cover, then the agenda itself a page or two on: one document, not two.
COVER_LINES = 30
# "Rhaglen" ("programme", "agenda") in small letters alone on its line: an agenda's heading
# only where the line is set as a heading (an English paper's programme, so named, may title a
# paragraph: "Rhaglen" over "The Rhaglen programme for Welsh learners runs weekly").
WELSH_AGENDA = re.compile(r"^\s*Rhaglen\s*$")
# A heading is a short line: longer, "record of decision" or "agenda" is a sentence using it.
AGENDA_HEADING_CHARS = 60


def _agenda_under_cover(flat: list[tuple[int, int, Line]], i: int,
                        starts: list[tuple[int, str]]) -> bool:
    """An "AGENDA" heading further down the file's first page than a heading is looked for,
    under the letter that summons the members (its start is the letter's, see
    ``_cover_letter``)."""
    page, idx, line = flat[i]
    # (a bilingual heading may put the other language first: "RHAGLEN / AGENDA")
    return (not starts and page == flat[0][0] and idx < COVER_LINES
            and len(line.text) < AGENDA_HEADING_CHARS
            and any(AGENDA.match(half) for half in halves(_spaced_heading(flat, i))))


def _agenda_kind(flat: list[tuple[int, int, Line]], i: int) -> str | None:
    """The kind "agenda" for an agenda's heading (letter-spaced, or in either language of a
    bilingual one) or a summons cover's title wrapped over its first lines."""
    # a bilingual heading may put the other language first: "RHAGLEN / AGENDA"
    heading = _spaced_heading(flat, i)
    if len(heading) < AGENDA_HEADING_CHARS and (
            AGENDA.match(heading) or any(AGENDA.match(half) for half in _other_languages(heading))):
        return "agenda"
    if WELSH_AGENDA.match(heading) and _set_as_heading(flat, i):
        return "agenda"
    if AGENDA_COVER.match(" ".join(_window(flat, i, COVER_TITLE_LINES))):
        return "agenda"
    return None
