"""Scales a paper writes out in its prose rather than a table: "Likelihood: Rare (1), Unlikely
(2), Possible (3), Likely (4), Almost certain (5). Impact: Insignificant (1), ..." in the
background to a register, or "Probability - 1 = Remote, 2 = Unlikely, ..." in a policy's note.
Each axis is known by its label, its entries by their numbers; a label followed by fewer than
three numbered names (a sentence about a risk's likelihood) is no scale."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.values import parse_scale_row

# An axis label opening a key, with the words health bodies and police use for the axes.
AXIS_LABEL = re.compile(r"\b(?P<axis>likelihood|probability|impact|consequence|severity)"
                        r"(?:\s+scale)?\s*[:–-]\s*", re.I)
AXES = {"likelihood": "likelihood", "probability": "likelihood", "impact": "impact",
        "consequence": "impact", "severity": "impact"}
# A key ends with its sentence: a full stop after its last entry, before the next sentence.
SENTENCE_END = re.compile(r"(?<=[)\w])\.\s+(?=[A-Z])")
MIN_ENTRIES = 3


def prose_scales(text: str) -> dict[str, dict[str, int]]:
    """Each axis's scale as the first key written out for it: axis -> name -> number."""
    text = " ".join(text.split())
    labels = list(AXIS_LABEL.finditer(text))
    out: dict[str, dict[str, int]] = {}
    for n, label in enumerate(labels):
        axis = AXES[label.group("axis").lower()]
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        part = text[label.end():end]
        stop = SENTENCE_END.search(part)
        scale = parse_scale_row(part[:stop.start()] if stop else part)
        if axis not in out and len(scale) >= MIN_ENTRIES and len(set(scale.values())) == len(
                scale):
            out[axis] = scale
    return out
