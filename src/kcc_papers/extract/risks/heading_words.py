"""The printed words of a register's column headings made readable: a stage bracketed after
its heading ("Consequence (current)") and a heading word a narrow column broke or hyphenated
("Likeli" / "hood", "Likeli-hood")."""

from __future__ import annotations

import re

# A heading naming its stage after the factor, in brackets: "Consequence (current)",
# "Likelihood (target)", "Score (inherent)".
# The head ends at no space inside a run of spaces but the second of a heading's leading run (a
# head is a character at least): ending at the run's first would have been tried first and read
# the same, so a long run is read once, not from each of its spaces.
STAGE_AFTER = re.compile(r"^(?P<head>[^()]+?)(?:(?<!\s)|(?!\s)|(?<=^\s))"
                         r"\s*\(\s*(?P<stage>current|residual|net|target"
                         r"|inherent|gross)\s*\)$", re.I)


def stage_first(heading: str) -> str:
    """The heading with a bracketed stage after it read as the stage's word before it
    ("Consequence (current)" is "current Consequence"), as the roles' headings say it."""
    if "(" not in heading:
        return heading
    m = STAGE_AFTER.match(heading)
    return f"{m['stage']} {m['head']}" if m else heading


# The words of a register's headings, which a narrow column may break anywhere ("Likeli" /
# "hood", "Proba" / "bility"): two pieces that make one of them are that word.
HEADING_WORDS = frozenset((
    "likelihood", "probability", "impact", "consequence", "consequences", "severity",
    "current", "residual", "inherent", "target", "score", "rating", "owner", "controls",
    "mitigation", "mitigations", "description"))


def mend_split_heading(cell: str) -> str:
    """The heading with a register's word a narrow column broke in two made whole, and one
    the paper hyphenated to fit its column ("Likeli-hood", "Conse-quence"; the text layer
    may break it again at the column's edge: "Likeli-h" / "ood") printed whole."""
    words = cell.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = _unhyphenated(words[i] + words[i + 1]) if i + 1 < len(words) else ""
        if pair.lower() in HEADING_WORDS and _unhyphenated(words[i]).lower() not in HEADING_WORDS:
            out.append(pair)
            i += 2
            continue
        out.append(_unhyphenated(words[i]))
        i += 1
    return " ".join(out)


def _unhyphenated(word: str) -> str:
    """A register's heading word hyphenated inside ("Likeli-hood") as the word; any other word
    ("Post-mitigation", "Risk-ID") as printed."""
    whole = word.replace("-", "")
    return whole if "-" in word and whole.lower() in HEADING_WORDS else word
