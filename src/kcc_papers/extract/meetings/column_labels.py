"""A label's value read apart from what is printed beside it: one language's half of a
bilingual line, a name without the label of the next column read onto its line."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.normalise.bilingual import halves

from .body_names import BODY_WORD


def in_one_language(s: str, takes: Callable[[str], object], *, rest: bool) -> str:
    """From a bilingual line ("DYDDIAD / DATE: 9 March 2026", "Dyddiad / Date: 16 Mawrth 2026 /
    16 March 2026", "ADRODDIAD I'R PWYLLGOR CRAFFU / REPORT TO THE SCRUTINY COMMITTEE"), the
    first half that ``takes`` reads (either language may come first), with the halves after it
    when ``rest`` (a label's values); else the line as is."""
    parts = halves(s.strip())
    if len(parts) < 2:
        return s
    for i, part in enumerate(parts):
        if takes(part):
            return " / ".join(parts[i:]) if rest else part
    return s


# NEXT_LABEL never opens inside a run of spaces: a match from there would have started at the
# run's first space, so none is lost, and a long run with nothing wanted after it is read once,
# not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# A header printed in two columns, read as one line: "Report to: Resources Committee Date of
# meeting: 27 January 2027". The next column's label ("Date of meeting:", "Agenda item:") ends
# the name.
NEXT_LABEL = re.compile(_OUTSIDE_SPACES + r"\s+[A-Z][A-Za-z]*(?:\s+[a-z]+){0,3}\s*:(?:\s|$)")


def _before_next_label(name: str) -> str:
    """A committee's name without the label of a column beside it (if the name before that
    label still names a body)."""
    if ":" not in name:
        return name
    m = NEXT_LABEL.search(name)
    if m and BODY_WORD.search(name[: m.start()]):
        return name[: m.start()]
    return name
