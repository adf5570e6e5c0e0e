"""A risk's scores as a small table of its own inside its block, a row per stage of the risk
(as risk systems such as Pentana print a card): a header naming the factors ("Rating | L | I |
L x I | Status"), then "Original | 4 | 4 | 16", "Current | 3 | 4 | 12", "Target | 2 | 4 | 8".
The current row is the risk as it stands, the target row its target; the original (inherent)
row is before controls and names no role. The values are read in the order the header names
them, from the cells or from the words of a line whose cells the text layer ran together."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.risks.rows import Row

# The factors' and the score's headings, by their words or letters ("L", "I", "L x I"), the
# product before the letters it is made of.
HEADING = re.compile(r"(?<!\S)(?:(?P<score>[LP]\s*[x×*]\s*[IC]|[IC]\s*[x×*]\s*[LP]|score|rating)"
                     r"|(?P<likelihood>likelihood|probability|(?-i:[LP]))"
                     r"|(?P<impact>impact|consequences?|severity|(?-i:[IC])))(?!\S)", re.I)
# A stage row's label: the risk as it stands, its target, or before controls (no role).
# The label may carry a remark in brackets ("Target (March 2028)").
STAGE = re.compile(r"^\s*(?:(?P<current>current|residual|net)|(?P<target>target)"
                   r"|original|inherent|gross|initial)(?:\s+(?:risk|score|rating))?"
                   r"(?:\s*\([^()]{1,40}\))?\s+(?=\d)", re.I)
# The stage table's header is a short line; its values are small numbers.
MAX_HEADER_CHARS = 60
VALUE = re.compile(r"\d{1,2}")


@dataclass(frozen=True)
class Stage:
    """One stage row's values as printed: "current" or "target"."""

    role: str
    likelihood: str
    impact: str
    score: str


def stage_header(row: Row) -> tuple[str, ...] | None:
    """The roles of a stage table's value columns in their order ("likelihood", "impact",
    "score"), or None when the row is not such a header. The row's first heading names the
    stage column ("Rating", "Stage", "Risk score") and is no value's: its first cell where the
    row has cells, else its first word. Read from the row's words, so a header whose cells the
    text layer ran together reads as one whose cells it kept."""
    text = row.text
    if len(text) > MAX_HEADER_CHARS or any(ch.isdigit() for ch in text):
        return None  # a header names columns: a figure makes it a row or a label's value
    filled = row.filled
    stage_column = len(filled[0]) if len(filled) > 1 else 1
    roles = tuple(next(k for k, v in m.groupdict().items() if v) for m in HEADING.finditer(text)
                  if m.start() >= stage_column)
    if roles.count("likelihood") != 1 or roles.count("impact") != 1 or len(roles) > 3:
        return None
    return roles


def stage_row(row: Row, roles: tuple[str, ...]) -> Stage | None:
    """A current or target row under a stage header, its values in the header's order; an
    original row, or any other, None."""
    text = row.text
    m = STAGE.match(text)
    if m is None or not (m.group("current") or m.group("target")):
        return None
    words = text[m.end():].split()[:len(roles)]
    if len(words) < len(roles) or not all(VALUE.fullmatch(w) for w in words):
        return None
    values = dict(zip(roles, words, strict=True))
    return Stage("current" if m.group("current") else "target", values["likelihood"],
                 values["impact"], values.get("score", ""))


def is_stage_label(row: Row) -> bool:
    """Whether a row opens with any stage's label and a value (an original row included)."""
    return STAGE.match(row.text) is not None


# Or a stage's line naming each value beside it, as a risk assessment form prints a stage's
# boxes ("Current risk  Likelihood [4]  Impact [5]  Score [20]", "Target: likelihood 2,
# impact 3 = 6"): the form's box brackets around a value are no part of it.
_BOXED = r"\s*[:=]?\s*\[?\s*(?P<{}>\d{{1,2}})\s*\]?\s*[,;]?\s*"
NAMED_STAGE = re.compile(
    r"^\s*(?:(?P<current>current|residual|net)|(?P<target>target)|original|inherent|gross"
    r"|initial)(?:\s+(?:risk|score|rating))?\s*:?\s*"
    r"(?:likelihood|probability)" + _BOXED.format("likelihood")
    + r"(?:impact|consequences?|severity)" + _BOXED.format("impact")
    + r"(?:(?:=|(?:score|rating))" + _BOXED.format("score") + r")?$", re.I)
# A stage's line is short, and names the likelihood: other lines are not matched.
MAX_NAMED_STAGE_CHARS = 120
STAGE_WORDS = re.compile(r"likelihood|probability", re.I)


def named_stage(text: str) -> Stage | None:
    """A current or target stage's line naming its values; an inherent one's, or any other
    line, None."""
    m = _named(text)
    if m is None or not (m.group("current") or m.group("target")):
        return None
    return Stage("current" if m.group("current") else "target", m.group("likelihood"),
                 m.group("impact"), m.group("score") or "")


def names_stage(text: str) -> bool:
    """Whether a line names a stage's values (an inherent one's included)."""
    return _named(text) is not None


def _named(text: str) -> re.Match[str] | None:
    # (the spaces folded first: the pattern's optional marks between runs of spaces would try
    # every split of a long run before failing)
    if len(text) > MAX_NAMED_STAGE_CHARS or not STAGE_WORDS.search(text):
        return None
    return NAMED_STAGE.match(" ".join(text.split()))
