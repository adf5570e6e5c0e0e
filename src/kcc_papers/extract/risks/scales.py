"""The paper's likelihood and impact scales (a key row per axis, a key table, a key written
out in prose, a key for both axes) and the key for factors printed as words or letters that no
axis's scale names."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.key_tables import key_table_scales
from kcc_papers.extract.risks.prose_scales import prose_scales
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.summary import SummaryEntry
from kcc_papers.extract.risks.values import (
    Scales,
    parse_scale_row,
    parse_shared_key,
    usual_scale,
)

# Where one axis of a scale key ends and the next begins ("...Very Likely (5). Impact: Minor").
AXIS = re.compile(r"(?=\b(?:Likelihood|Impact)(?=[A-Z\s:]))")


def _scales(rows: list[Row]) -> Scales:
    """The paper's 'Likelihood & Impact Scales' (the first complete one): a table row per axis,
    or a key printed as text under a card ("Likelihood: Very Unlikely (1), ... Impact: Minor
    (1), ... Significant" wrapping its "(3), Serious (4) ..." onto the next line)."""
    scales = Scales()
    for n, row in enumerate(rows):
        first = row.filled[0] if row.filled else ""
        if not re.match(r"(likelihood|impact)", first, re.I) or BOTH_AXES.match(first):
            continue  # (a key naming both axes is read below, for both)
        text = " ".join(row.filled)
        if n + 1 < len(rows) and re.match(r"\s*\(\d\)", rows[n + 1].text):
            text = f"{text} {rows[n + 1].text}"
        for part in AXIS.split(text):
            named = re.match(r"(Likelihood|Impact)\s*:?", part, re.I)
            axis = named.group(1).lower() if named else None
            if named and axis and not getattr(scales, axis):
                values = parse_scale_row(part[named.end():])
                if len(values) >= 3:
                    setattr(scales, axis, values)
    if not (scales.likelihood and scales.impact):
        # no key row for an axis: perhaps a key table with a column per axis
        for axis, scale in key_table_scales(rows).items():
            if not getattr(scales, axis):
                setattr(scales, axis, scale)
    if not (scales.likelihood and scales.impact):
        # no table or key row for an axis: perhaps its key is written out in the prose
        for axis, scale in prose_scales(" ".join(row.text for row in rows)).items():
            if not getattr(scales, axis):
                setattr(scales, axis, scale)
    keys = [row.text for row in rows if not _one_axis(row.text)] + _key_tables(rows)
    scales.both = next((key for text in keys if (key := parse_shared_key(text))), {})
    return scales


# A key printed as a small table, a row per value: "High (H) | 3".
KEY_ROW = re.compile(r"^\s*[A-Za-z][A-Za-z ()]{0,20}$")


def _key_tables(rows: list[Row]) -> list[str]:
    """Runs of two-cell rows, a name and its number, as one line of a key ("High (H) = 3
    Medium (M) = 2 ..."), to be read as a key written out in a line is."""
    out: list[str] = []
    run: list[str] = []
    for row in [*rows, Row(0, [])]:
        cells = row.filled
        if len(cells) == 2 and KEY_ROW.match(cells[0]) and re.fullmatch(r"[1-9]", cells[1]):
            run.append(f"{cells[0]} = {cells[1]}")
            continue
        if run:
            out.append("; ".join(run))
        run = []
    return out


# A key naming both axes: "Likelihood and impact: High = 3, ...", "Likelihood / Impact".
BOTH_AXES = re.compile(r"likelihood\s*(?:and|&|/)\s*impact|impact\s*(?:and|&|/)\s*likelihood",
                       re.I)


def _one_axis(text: str) -> bool:
    """A key row headed by one axis ("Likelihood: ..."), read as that axis's scale."""
    return bool(re.match(r"\s*(likelihood|impact)", text, re.I)) and not BOTH_AXES.match(
        text.strip())


def _factor_key(scales: Scales, entries: list[SummaryEntry]) -> dict[str, int]:
    """The key for factors printed as words or letters that no axis's scale names: the
    paper's own key for both axes, else the usual scale of the words the register prints."""
    if scales.both:
        return _with_initials(scales.both)
    printed = {value for e in entries for name in FACTOR_ROLES
               if (value := getattr(e, name)) and not value[:1].isdigit()}
    return usual_scale(printed)


def _with_initials(key: dict[str, int]) -> dict[str, int]:
    """The key with each name's initials as a name of its number too: a key written out in
    words ("High counts as 3, Medium as 2 and Low as 1") over a register printing the letters
    ("H", "M", "VH"). Initials two names share name neither."""
    initials: dict[str, list[int]] = {}
    for name, number in key.items():
        initials.setdefault("".join(w[0] for w in name.split()).upper(), []).append(number)
    return {**{i: n[0] for i, n in initials.items() if len(n) == 1 and len(i) < MAX_INITIALS},
            **key}


# Initials stand for a level's name of one or two words ("H", "VH"), not a phrase.
MAX_INITIALS = 3

FACTOR_ROLES = ("likelihood", "impact", "target_likelihood", "target_impact")
