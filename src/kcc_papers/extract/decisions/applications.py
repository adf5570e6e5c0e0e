"""The planning application a recommendation is made on, in a schedule of applications set out
in one report ("5.2 NP/26/0459/FUL - Replacement dwelling" over its "Recommendation: That
planning permission be refused ..."): each application's recommendation is a decision of its
own, however alike the words of two ("That planning permission be granted subject to the
conditions listed" and "That listed building consent be granted subject to conditions ..."),
not a report's summary repeating its body's block."""

from __future__ import annotations

import re

# An application's reference opening its heading, after the schedule's item number perhaps:
# "NP/26/0459/FUL", "26/01234/FUL", "P/2026/0412" (a code, the year, the running number, the
# kind of consent).
_APPLICATION_REF = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:Application\s+(?:No\.?|Number|Ref\.?)\s*:?\s*)?"
    r"(?P<ref>(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}(?:/[A-Z]{2,6})?)\b", re.I)


def application_above(texts: list[str], i: int) -> str | None:
    """The reference of the application whose heading is the nearest above line ``i`` (None
    where no line above opens with one)."""
    for text in reversed(texts[:i]):
        if m := _APPLICATION_REF.match(text.strip()):
            return m["ref"].upper()
    return None


def other_applications(a: str | None, b: str | None) -> bool:
    """Whether two recommendations are made on two different applications."""
    return a is not None and b is not None and a != b
