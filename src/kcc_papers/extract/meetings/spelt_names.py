"""A body's name in a masthead that the text layer breaks apart: letter-spaced, the words' own
spaces lost ("C H I L D R E N , E D U C A T I O N A N D F" over "A M I L I E S C O M M I T T E
E"), or wrapped inside a word ("ENVIRONMENT AND LEISURE CABINET A" over "DVISORY GROUP"). The
pack's running foot or head prints the name plainly ("Children, Education and Families
Committee - 17 September 2030 - Page 1"). Where the masthead's first lines, their letters run
together, spell that running name whole, and the name read from them is the council's own
(the line above the spaced one, see _publisher) or a cut-off start of the running name, the
body is the running name as printed. Read by letters only, nothing is guessed: the masthead
spells the name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.load.model import Page
from kcc_papers.normalise.dates import find_date

from .body_names import BODY_WORD, KIND_OF_EXECUTIVE
from .council import COUNCIL

# A running line's parts: the name, its date, its page ("... Committee - 17 September 2030 -
# Page 1", "... Advisory Group | 1", "Council | Local Plan Member Working Group").
RUNNING_PARTS = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")
_NOT_LETTER = re.compile(r"[^a-z0-9]+")
# A running name at least this many letters long: a short one ("Cabinet", 7) could be spelt by
# the letters of other words run together; a multi-word body's name is longer.
MIN_NAME_LETTERS = 12


def letters(text: str) -> str:
    """``text``'s letters and digits alone, lower case: what a spaced or wrapped name spells."""
    return _NOT_LETTER.sub("", text.lower())


def running_names(pages: Sequence[Page], feet: set[tuple[int, int]],
                  heads: set[str]) -> list[str]:
    """The body names the running lines print, each as printed: the feet (``feet``, a page's
    number and line's index, see feet.running_feet) then the ``heads``."""
    by_number = {page.number: page for page in pages}
    texts = [*(by_number[p].lines[i].text for p, i in sorted(feet)), *sorted(heads)]
    names: list[str] = []
    for text in texts:
        for part in RUNNING_PARTS.split(text):
            part = part.strip()
            # (a name met again, on the next page's foot, is not read again)
            # (an executive named by its kind is a body too: "Shadow Executive | 18 June 2026")
            if (part not in names and (BODY_WORD.search(part)
                                       or KIND_OF_EXECUTIVE.fullmatch(part))
                    and len(letters(part)) >= MIN_NAME_LETTERS and find_date(part) is None):
                names.append(part)
    return names


def spelt_name(read: object, masthead: list[str], names: list[str],
               council: str | None) -> str | None:
    """The running name among ``names`` the ``masthead`` lines spell where the name ``read``
    from them is the ``council``'s or the start of that running name; else None."""
    if not isinstance(read, str) or not read:
        return _spaced_name(masthead, names, council)
    got = letters(read)
    is_council = (council is not None and got == letters(council)) or _publisher(read, names)
    for name in names:
        if _council_name(name, council):
            # the council's own name, printed atop each page, is the publisher's, no body a
            # masthead spells over a name read from it: a youth council's minutes under the
            # borough's name, "Youth Council - 28 February" at each foot (a name ending
            # "Council" read from the masthead is no publisher's then)
            continue
        whole = letters(name)
        cut = got if whole.startswith(got) and not _aside_after(read, name) else ""
        if whole == got or not _spelt_by_lines(whole, masthead, cut):
            continue
        if is_council or cut:
            return name
    return None


def _spelt_by_lines(whole: str, masthead: list[str], cut: str) -> bool:
    """Whether a run of whole ``masthead`` lines spells ``whole`` and nothing more: the name
    set apart as a masthead sets it, spaced or wrapped; or, the name read being its ``cut``
    start, a line ending on that start and the lines after it spelling the rest ("Report to
    the Environment and Leisure Cabinet" over "Advisory Group"). (The letters of lines run
    together anywhere would take a name from an item or a sentence that mentions the body
    among others: "45. Audit and Governance Committee Annual Report" in a council's minutes.)"""
    spelt = [letters(line) for line in masthead]
    for start, first in enumerate(spelt):
        run = cut if cut and first.endswith(cut) else first
        if not whole.startswith(run):
            continue
        if run == whole:
            return True
        for part in spelt[start + 1:]:
            run += part
            if not whole.startswith(run):
                break
            if run == whole:
                return True
    return False


# A letter-spaced line: at least this share of its pieces are single letters ("A U D I T A N D
# R I S K C O M M I T T"); a line of words has few ("A Penrose and J Carew").
SPACED_SHARE = 0.8


def _spaced_name(masthead: list[str], names: list[str], council: str | None) -> str | None:
    """Where no name was read from the masthead: the running name a letter-spaced masthead line
    starts and the lines from it spell whole ("A U D I T A N D R I S K C O M M I T T" over "E
    E" under a fire authority's name, "Audit and Risk Committee | 3 March 2032 | 1" at each
    page's foot). Only a spaced line: a plain one the masthead readers have read or refused.
    Not a council's name: a joint body's pack spaces its host council's name over its own and
    prints the council's at each foot, the publisher's, no meeting's (as spelt_name takes a
    name other than the council's)."""
    bodies = [name for name in names if not _council_name(name, council)]
    for line in masthead:
        pieces = line.split()
        if not pieces or sum(len(p) == 1 for p in pieces) < SPACED_SHARE * len(pieces):
            continue
        start = letters(line)
        for name in bodies:
            whole = letters(name)
            if whole.startswith(start) and _spelt_by_lines(whole, masthead, ""):
                return name
    return None


def _council_name(name: str, council: str | None) -> bool:
    """Whether ``name`` is a council's: the ``council``'s own, or one by its form ("Brantwick
    Borough Council")."""
    return ((council is not None and letters(name) == letters(council))
            or COUNCIL.fullmatch(" ".join(name.split())) is not None)


# What a running name prints after the body's name as an aside, no part of it: "Medlow Vale
# Joint Commissioning Board (Medlow Vale Council and NHS ... Integrated Care Board)".
_ASIDE = re.compile(r"^\s*[(,]")


def _aside_after(read: str, name: str) -> bool:
    """Whether ``name`` is the name ``read`` whole, an aside after it (see _ASIDE)."""
    return name.lower().startswith(read.lower()) and bool(_ASIDE.match(name[len(read):]))


_COUNCIL_END = re.compile(r"\bCouncil\s*$", re.I)


def _publisher(read: str, names: list[str]) -> bool:
    """Whether ``read`` is the council publishing the pack as its running lines print it
    ("Eskbridge Council" atop every page, a name the council reader may not know as one: it
    carries no "Borough" or "County"); or with an aside after it saying what the council is
    for now ("North Eastmarch Council (Shadow Authority)" atop every page, a shadow authority's
    name before the new council takes over)."""
    return bool(_COUNCIL_END.search(read)) and any(
        letters(n) == letters(read) or _aside_after(read, n) for n in names)
