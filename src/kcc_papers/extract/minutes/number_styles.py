"""Numbering styles that read one sequence in two shapes: a list padded to two figures ("01/27"
... "09/27") that runs on unpadded from "10/27", and a committee's code whose middle figures are
the year printed first ("LIC/27/12", "LIC/27/13": number 12 and 13 of 2027), not the number.
Both rewrite the candidates' styles so that items' chain sees one sequence."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.candidates import Candidate

# The width a numbering style pads its numbers to, written before the style's shape
# ("2dplain/27", "ES|3dplain/26", "26/3dplain").
_PADDED_WIDTH = re.compile(r"(?<!\d)(\d+)d(?=dot|plain|half)")
# A code's number and two figures after it as a style gives them ("LIC/|plain/12": "LIC/27/12"
# read as number 27 of year 12).
_CODE_NUMBER_YEAR = re.compile(r"^(?P<code>[^|]+\|)(?P<shape>dot|plain)/(?P<last>\d{2})$")
# Headings of one code printing the same middle figures, at least this many, the last ones
# running on, print the year first.
_MIN_YEAR_FIRST_RUN = 2
# ... the running number then printed to the figures the style read it in (the pattern's two)
_YEAR_FIRST_FIGURES = 2


def join_padded_runs(candidates: list[Candidate]) -> None:
    """A sequence printed to two figures ("01/27" ... "09/27") goes on as any number does
    from "10/27": the padding no longer shows, and the number is in that sequence, its style
    the padded one's."""
    padded = {c.style: width for c in candidates if (width := _padded_width(c.style))}
    if not padded:
        return
    unpadded = {_PADDED_WIDTH.sub("", style, count=1): style for style in padded}
    for c in candidates:
        style = unpadded.get(c.style)
        if style and c.number is not None and len(str(c.number)) >= padded[style]:
            c.style = style


def year_first_runs(candidates: list[Candidate]) -> None:
    """A committee's code, two figures and two more ("LIC/27/12", "LIC/27/13") read as the
    number then its year ("ASC/15/25") unless the sequence shows otherwise: where headings of
    one code print the same middle figures while the last ones run on, the middle is the year
    and the last the running number (the year printed first, as "FC/26/031" prints it)."""
    runs: dict[tuple[str, int], list[tuple[Candidate, re.Match[str]]]] = {}
    for c in candidates:
        m = _CODE_NUMBER_YEAR.match(c.style)
        if m and c.number is not None:
            runs.setdefault((m.group("code"), c.number), []).append((c, m))
    styles = {c.style for c in candidates}
    for (code, year), run in runs.items():
        lasts = [int(m.group("last")) for _, m in run]
        if lasts != sorted(lasts):
            continue
        for c, m in run:
            # "JSC/27/5" ... "JSC/27/9" before them print the year first and the running
            # number unpadded (a year is never one figure): the run goes on in their style
            unpadded = f"{code}{year:02d}/{m.group('shape')}"
            if unpadded in styles:
                c.number, c.style = int(m.group("last")), unpadded
            elif len(set(lasts)) >= _MIN_YEAR_FIRST_RUN:
                # (the running number printed to two figures, as the year is: "OSC/26/04")
                c.number = int(m.group("last"))
                c.style = f"{code}{year:02d}/{_YEAR_FIRST_FIGURES}d{m.group('shape')}"


def _padded_width(style: str) -> int:
    """The figures a style prints its number to ("2dplain/27": 2), else 0."""
    m = _PADDED_WIDTH.search(style)
    return int(m.group(1)) if m else 0
