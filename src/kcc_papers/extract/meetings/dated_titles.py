"""A paper's title dated on its line under the masthead: "Risk and Issues Register - 28
November 2028" under "Ashcombe County Council - Children's Services Capital". The date is the
register's own (the day it stood at), not its meeting's. Only a register's title says so of
itself: other words before a date ("Supplementary Agenda - Tuesday 5 June 2028", "Council
Chamber, Town Hall - 5 June 2028", "Planning Committee meeting, 12 March 2028") are the
meeting's date line, as they were before registers were looked for here."""

from __future__ import annotations

from collections.abc import Callable

from kcc_papers.classify.headers import RISK_REGISTER
from kcc_papers.normalise.dates import find_date


def dated_title(line: str, split: Callable[[str], tuple[str, str, str]]) -> bool:
    """Whether ``line`` is a register's title, then the date it is dated with (parted as
    ``split`` parts a masthead's name from its date)."""
    name, _, rest = split(line)
    if not rest or find_date(rest) is None:
        return False
    # (a digit before the date is a date line's time or an item's number, no title's)
    return RISK_REGISTER.search(name) is not None and not any(c.isdigit() for c in name)
