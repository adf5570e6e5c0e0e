"""Table headings printed in two languages, as Welsh (and some Irish and Gaelic) bodies set
them: "Cyf / Ref", "Perchennog / Owner", "Sgôr / Score". A reader that knows a column by its
English words finds them in either half."""

from __future__ import annotations

import re

# The two halves are split by a slash with a space each side ("Risg / Risk"); "L/I" or
# "Likelihood/Impact" with no spaces is one heading naming two things, not two languages.
HALVES = re.compile(r"\s+/\s+")


def header_parts(cell: str) -> list[str]:
    """The heading itself, then each language's half where it prints two."""
    text = " ".join(cell.split())
    halves = [h for h in HALVES.split(text) if h]
    return [text, *halves] if len(halves) > 1 else [text]
