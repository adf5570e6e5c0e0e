"""A risk card's rating line: each stage of the risk labelled beside the others on one line,
parted by strokes (or slashes, bullets, semicolons, the gap after a score) or set in cells
of their own ("Before controls: 5 x 5 = 25 | Current: 4 x 5
= 20 | Target: 3 x 4 = 12"). Each part is a "Label: value" of the card's block (labelled.py)
read on its own; the stage's bare word ("Current", "Target") is its label, as "Current score"
would be, where its value is a score printed with its factors."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.products import parse_product
from kcc_papers.extract.risks.rows import Row

# What a line prints between its parts: a spaced stroke, slash or bullet (one inside a word,
# "and/or", parts nothing), a semicolon, or only the space a column left after a score, its
# next part's label and colon after it ("Inherent: 4 x 4 = 16    Current: 3 x 4 = 12", as a
# PDF's line reads with its gaps closed).
PART_STROKE = re.compile(r"\s+[|/•·]\s+|\s*;\s+|(?<=\d)\s+(?=[A-Z][A-Za-z ()/&-]{1,40}?:\s)")
# A part: a short label, its colon, its value.
LABELLED_PART = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z ()/&-]{1,40}?)\s*:\s*(?P<value>\S.*)$")
# A line names two stages at least (the current one beside the inherent or the target one).
MIN_PARTS = 2
# The stage's bare word as its label: the risk as it stands, or its target.
BARE_STAGES = {"current": "current", "residual": "current", "target": "target"}


def labelled_parts(row: Row, text: str) -> list[re.Match[str]] | None:
    """The labelled parts of a rating line (``text``, the row's line as the block reader
    reads it), or None where the row is no such line: its cells where it has several,
    else its line parted at its strokes; every part must be labelled."""
    filled = row.filled
    parts = filled if len(filled) >= MIN_PARTS else PART_STROKE.split(text)
    if len(parts) < MIN_PARTS:
        return None
    found = [LABELLED_PART.match(part) for part in parts]
    labelled = [m for m in found if m is not None]
    return labelled if len(labelled) == len(found) else None


def bare_stage(label: str, value: str) -> str | None:
    """The role ("current", "target") of a part labelled by its stage's word alone, where
    its value is a score with its factors ("4 x 5 = 20"); None for any other part ("Target:
    March 2028" is when, no score)."""
    role = BARE_STAGES.get(label.strip().lower())
    return role if role is not None and parse_product(value) is not None else None
