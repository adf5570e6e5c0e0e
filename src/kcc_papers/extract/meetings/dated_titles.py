"""A paper's title dated on its line under the masthead: "Risk and Issues Register - 28
November 2028" under "Ashcombe County Council - Children's Services Capital". The date is the
paper's own (the day its register stood at), not its meeting's: a masthead's date line is the
date alone, or a label, a weekday or a time before it, never a title's words."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.normalise.dates import find_date

# The words before a date on a masthead's date line: a label ("Date:", "Meeting date"), a
# weekday, a time, the words "held on" or "at". A part before the date made of none of
# these but of TITLE_WORDS words or more is a title.
_DATE_LINE_WORDS = re.compile(
    r"^(?:date|meeting|of|the|held|on|at|am|pm|noon|[a-z]+day|\d[\d.:]*)$", re.I)
TITLE_WORDS = 2


def dated_title(line: str, split: Callable[[str], tuple[str, str, str]]) -> bool:
    """Whether ``line`` is a title, then the date it is dated with (parted as ``split``
    parts a masthead's name from its date): two words or more before the date, none of
    them a date line's."""
    name, _, rest = split(line)
    if not rest or find_date(rest) is None:
        return False
    words = re.findall(r"[\w'’]+", name)
    titled = [w for w in words if not _DATE_LINE_WORDS.match(w)]
    return len(titled) >= TITLE_WORDS and not any(c.isdigit() for c in name)
