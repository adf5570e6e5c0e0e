"""A register's table header whose cells wrap onto the lines either side of the line that
names its id and risk columns, as the narrow columns of a wide table print it: "Before
controls  Current risk (L x I" over "Ref  Area  Risk identified  Controls in place  Further
action / owner" over "(L x I)  = score)". Its lines read as the one line they stand for (the
wrapped lines joined round the id's line) make a register's header (RISK_TABLE_HEADER), as
one printed on a line of its own does. A header on a line of its own is read as one already:
where the head holds one, no wrapped header is looked for (the register's header counts once)."""

from __future__ import annotations

import re

from kcc_papers.classify.headers import _NOT_PROSE, _RISK_ID_CELL, RISK_TABLE_HEADER
from kcc_papers.normalise.needles import holds_any

# The line naming the id column and the risk's: a header's line, no sentence; the factors'
# and score's words may be wrapped off it.
ID_AND_RISK_LINE = re.compile(
    r"^(?=[^\n]{0,200}$)" + _NOT_PROSE + _RISK_ID_CELL + r"(?=[^\n]*?\bRisk\b)", re.I | re.M)
# The words every match of ID_AND_RISK_LINE holds (lower case): a line without them is not
# tried.
ID_LINE_WORDS = ("ref", "id", "no")
RISK_WORD = "risk"
# A wrapped cell's line is short (a few cells' tails), and no sentence either.
WRAPPED_LINE_CHARS = 80
NOT_PROSE_LINE = re.compile(_NOT_PROSE, re.I)
# What the wrapped lines add to the id line: the risk's factors, as a register's header
# names them ("(L x I)", "(L x I = score)", "Likelihood" and "Impact"). A rating or a score
# alone is no risk's: a heading over an action plan ("Progress rating at quarter 3") or the
# first row's action wrapped round its ref ("Reduce the impact score of flooding") is not
# the header's.
FACTOR_PRODUCT = re.compile(r"(?<![^\s(])(?:[LP]\s*[x×*]\s*[IC]|[IC]\s*[x×*]\s*[LP])(?!\w)")
LIKELIHOOD_WORD = re.compile(r"\b(?:likelihood|probability)\b", re.I)
IMPACT_WORD = re.compile(r"\b(?:impact|severity|consequence)\b", re.I)


def wrapped_risk_headers(text: str) -> list[int]:
    """The line starts in ``text`` of each id line (ID_AND_RISK_LINE) that, with the wrapped
    lines above and below it, makes a register's header; none where a header is printed on
    a line of its own."""
    if RISK_TABLE_HEADER.search(text):
        return []
    lines = text.split("\n")
    starts: list[int] = []
    at = 0
    for n, line in enumerate(lines):
        if (holds_any(line, ID_LINE_WORDS) and RISK_WORD in line.lower()
                and ID_AND_RISK_LINE.match(line) and _wrapped_header(lines, n)):
            starts.append(at)
        at += len(line) + 1
    return starts


def _wrapped_header(lines: list[str], n: int) -> bool:
    """Whether line ``n`` joined with the wrapped cells' lines either side of it reads as a
    register's header line."""
    above = lines[n - 1] if n and _wrapped_cells(lines[n - 1]) else ""
    below = lines[n + 1] if n + 1 < len(lines) and _wrapped_cells(lines[n + 1]) else ""
    if not (above or below) or not _names_factors(f"{above} {below}"):
        return False
    joined = " ".join(" ".join([above, lines[n], below]).split())
    return RISK_TABLE_HEADER.match(joined) is not None


def _wrapped_cells(line: str) -> bool:
    """Whether a line may hold a header's wrapped cells: short, and no sentence."""
    stripped = line.strip()
    return 0 < len(stripped) <= WRAPPED_LINE_CHARS and NOT_PROSE_LINE.match(stripped) is not None


def _names_factors(wrapped: str) -> bool:
    """Whether a header's wrapped lines name the risk's factors: their product ("L x I"),
    or likelihood and impact both."""
    return FACTOR_PRODUCT.search(wrapped) is not None or (
        LIKELIHOOD_WORD.search(wrapped) is not None and IMPACT_WORD.search(wrapped) is not None)
