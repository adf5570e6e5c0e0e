"""A paper headed by the enclosure code its agenda gives it, as a town council's web page prints
each paper under its code (round 29's r29b town council page): the agenda's last column names
each item's paper "FGP1", "FGP3", "FGP4", and each paper follows under "FGP3: Schedule of
payments for approval", "FGP4: Christmas lights contract 2030 to 2032 (report of the Town
Clerk)"; a form's heading may give the code alone ("REPORT FORM: JWC 4", round 29's joint
waste committee, its agenda's "No." column coding its items). The minutes' heading names its
kind under its code (``enclosure_codes``); any other paper so headed is no document the
heading's words name, but the code says whose paper it is: a heading in the type the current
paper's own heading is set in or larger, with a code the agenda lists (not the current
paper's own), after the minutes or a paper, starts the next paper.
"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.enclosure_codes import ENCLOSURE_CODE
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS, _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key
from kcc_papers.segment_starts.titled_pages import OWN_TITLE_LINES

# ... or a paper's label and its code alone, the code last: "REPORT FORM: JWC 4", "Paper:
# FGP3", as a form's heading names the item it is the report of (a label of up to two words
# before the paper's word).
LABELLED_CODE = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}?(?:report|paper|form|sheet|note)\s*:\s*"
                           r"(?P<code>(?-i:[A-Z]{2,5}) ?\d{1,2})\s*$", re.I)


# A word in capitals and a number that is an agenda's own numbering or a page's, no enclosure
# code: "ITEM 3: Prudential indicators" heads an appendix page of item 3's report, the agenda
# in capitals listing "ITEM 3" too; "PART 2", "PAGE 4" likewise.
NUMBERING_WORDS = frozenset({"ITEM", "ITEMS", "PART", "PAGE", "PAGES", "AGENDA", "MINUTE"})


def _code(text: str) -> str | None:
    """The enclosure code a heading opens with, or that a paper's label gives it alone, its
    space and colon dropped ("FGP 3: ..." reads "FGP3"); None where it has none (or where it
    is a word of the agenda's numbering, NUMBERING_WORDS)."""
    m = ENCLOSURE_CODE.match(text)
    labelled = LABELLED_CODE.match(text) if m is None else None
    found = m.group() if m is not None else labelled.group("code") if labelled else None
    if found is None or found.strip().split()[0].rstrip("0123456789:") in NUMBERING_WORDS:
        return None
    return "".join(found.rstrip().rstrip(":").split())


def _listed_codes(lines: list[Line]) -> set[str]:
    """The enclosure codes an agenda's lines name as words of their own ("6 Schedule of payments
    FGP3"), their space dropped ("FGP 3" reads "FGP3")."""
    found = (CODE_WORD.findall(line.text) for line in lines)
    return {"".join(code.split()) for codes in found for code in codes}


# A code as a word of an agenda's row: two to five capitals run into (or one space before) a
# number of one or two digits, no letter, digit or stroke either side ("FGP/30/01" is a minute's
# number, no code).
CODE_WORD = re.compile(r"(?<![\w/])[A-Z]{2,5} ?\d{1,2}(?![\w/])")


def coded_paper_head(flat: list[tuple[int, int, Line]], i: int, heading: int,
                     agenda: list[Line]) -> bool:
    """Whether line ``i``, set as a heading in the type of the current paper's heading (line
    ``heading``) or larger, opens with an enclosure code the agenda (its lines ``agenda``)
    lists, another than the current paper's: the next paper's head."""
    line = flat[i][2]
    code = _code(line.text) if ":" in line.text else None
    if code is None or i <= heading or not _set_as_heading(flat, i):
        return False
    # (the current paper's own code again heads its later page: it goes on)
    if code == _code(flat[heading][2].text):
        return False
    head = flat[heading][2]
    if line.size is not None and head.size is not None and line.size < head.size - SAME_SIZE_POINTS:
        return False
    # (... as it does where the agenda's row of the code lists the current paper's title)
    return code in _listed_codes(agenda) and not _own_row(code, flat, heading, agenda)


def agenda_lines(flat: list[tuple[int, int, Line]], starts: list[tuple[int, str]],
                 i: int) -> list[Line]:
    """The agenda's lines: from its start to the next start (or line ``i``); else the front
    matter before the first start (an agenda set as a form names no kind in its heading)."""
    agenda = next((n for n, (_, kind) in enumerate(starts) if kind == "agenda"), None)
    if agenda is not None:
        begin = starts[agenda][0]
        end = starts[agenda + 1][0] if agenda + 1 < len(starts) else i
    else:
        begin, end = 0, starts[0][0] if starts else i
    return [line for _, _, line in flat[begin:end]]


def _own_row(code: str, flat: list[tuple[int, int, Line]], heading: int,
             agenda: list[Line]) -> bool:
    """Whether the agenda's row coding ``code`` lists the current paper's title (a line of the
    current paper's head, SAME_TITLE_CHARS of it at least): an exempt report headed by its
    title alone whose appendix pages carry its code ("EX1: Valuation summary") goes on, the
    code its own."""
    rows = [_key(line.text) for line in agenda
            if code in {"".join(c.split()) for c in CODE_WORD.findall(line.text)}]
    # (its heading's page from the top, or OWN_TITLE_LINES above it on a page as long as the
    # pack, a web page or a text export; the agenda's own rows are no title of the paper)
    top = max(heading - flat[heading][1], heading - OWN_TITLE_LINES)
    listed = {id(line) for line in agenda}
    titles = [_key(ENCLOSURE_CODE.sub("", line.text))
              for page, _, line in flat[top : heading + OWN_TITLE_LINES]
              if page == flat[heading][0] and id(line) not in listed]
    return any(len(title) >= SAME_TITLE_CHARS and title in row
               for title in titles for row in rows)
