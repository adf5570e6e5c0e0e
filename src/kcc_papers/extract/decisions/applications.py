"""The planning application a recommendation is made on, in a schedule of applications set out
in one report ("5.2 NP/26/0459/FUL - Replacement dwelling" over its "Recommendation: That
planning permission be refused ..."): each application's recommendation is a decision of its
own, however alike the words of two ("That planning permission be granted subject to the
conditions listed" and "That listed building consent be granted subject to conditions ..."),
not a report's summary repeating its body's block."""

from __future__ import annotations

import re

# An application's reference opening its heading, after the schedule's item number perhaps:
# "NP/26/0459/FUL", "26/01234/FUL", "LA04/2026/0412/F" (a code, the year, the running number,
# the kind of consent applied for), or any reference the line labels an application's
# ("Application No: P/2026/0412"). A reference of another shape is some other paper's: a
# minute's ("FC/26/031"), a forward plan entry's ("KD/27/031"), a risk's ("R/23/004"), a year
# ("2026/2027").
_CODE = r"(?:[A-Z]{1,4}\d{0,2}/)?"
_APPLICATION_REF = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
    r"(?:(?i:Application\s+(?:No\.?|Number|Ref\.?))\s*:?\s*"
    rf"(?P<labelled>{_CODE}\d{{2,4}}/\d{{2,6}}(?:/\d{{2,4}})?(?:/[A-Z]{{1,6}})?)"
    rf"|(?P<ref>{_CODE}\d{{2,4}}/\d{{3,6}}/[A-Z]{{1,6}}))\b")
# ... but one whose line ends on what became of it is the site's planning history, an earlier
# application listed in a report on another ("NP/19/0123/FUL - Rear extension - Approved 2019",
# "... Refused 12/03/2019"), not one the meeting decides. (The word inside a proposal's
# description is no outcome: "Variation of condition 2 (approved plans) of 24/01187/FUL".)
_WHEN = r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|\d{4})"
_DECIDED_BEFORE = re.compile(
    r"\b(?i:approved|granted|refused|withdrawn|allowed|dismissed)"
    rf"(?:\s+(?:on\s+|in\s+)?{_WHEN})?\s*\.?\s*$")


def applications_above(texts: list[str]) -> list[str | None]:
    """For each line, the reference of the application whose heading is the nearest above it
    (None where no line above opens with one): read in one pass, not again for each block."""
    out: list[str | None] = []
    current: str | None = None
    for text in texts:
        out.append(current)
        current = _application_of(text.strip()) or current
    return out


def _application_of(line: str) -> str | None:
    """The application's reference a line opens with, unless the line records its decision."""
    if (m := _APPLICATION_REF.match(line)) and not _DECIDED_BEFORE.search(line, m.end()):
        return (m["ref"] or m["labelled"]).upper()
    return None


def other_applications(a: str | None, b: str | None) -> bool:
    """Whether two recommendations are made on two different applications."""
    return a is not None and b is not None and a != b
