"""A report's "Subject:" label printed in two languages over one value: "Pwnc / Subject:
Corporate Risk Register", "Subject / Pwnc: ...", as a Welsh body's report heads its cover.
The label's English half is read as the label alone would be."""

from __future__ import annotations

import re

from kcc_papers.normalise.bilingual import label_halves
from kcc_papers.segment_starts.heading_kinds import SUBJECT


def subject_label(line: str) -> re.Match[str] | None:
    """``SUBJECT``'s match on ``line``, or on a half of it where it prints a bilingual label
    pair over its value ("Pwnc / Subject: X" read as "Subject: X")."""
    # (the pair's halves first: "Subject / Pwnc: X" matched whole, its colon optional, would
    # read the Welsh label into the value, "/ Pwnc: X")
    halves = label_halves(line) if "/" in line else []
    return next((m for half in halves if (m := SUBJECT.match(half))), None) or SUBJECT.match(line)
