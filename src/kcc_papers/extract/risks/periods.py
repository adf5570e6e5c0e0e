"""A table scoring each risk at several reviews side by side ("BAF ref | Q1 score | Q2 score |
Reason", "Sep 2025 | Dec 2025"): the latest period's column is the risk as it stands, the
earlier ones are previous scores, as a "Previous score" heading would say. The latest is known
by the periods the headings name, whichever side a paper prints it ("Q2 score | Q1 score").
A dated score beside a score headed as the risk as it stands ("Score Sep 2026 | Current L |
Current I | Current score", "Rating Q1 | Rating Q2 | Current rating") is an earlier review's:
the current one says it is, where it prints a score or the factors beside it do (a "Current
rating" of "High" alone, no factors beside it, is the dated score's level)."""

from __future__ import annotations

import itertools
import re

# A heading naming the review period its score is of: a quarter ("Q1 score", "Quarter 2"), a
# month ("Sep score", "December 2025") or a year ("2024/25 score").
_MONTHS = ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?",
           "july?", "aug(?:ust)?", "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?",
           "dec(?:ember)?")
_MONTH = "|".join(_MONTHS)
PERIOD = re.compile(rf"^(?:q(?P<q>[1-4])|quarter\s+(?P<quarter>[1-4])"
                    rf"|(?P<month>{_MONTH})(?:\s+(?P<month_year>\d{{2,4}}))?"
                    r"|(?P<year>\d{4})(?:[-/]\d{2,4})?)\b", re.I)
MONTH_NAMES = [re.compile(rf"^(?:{m})$", re.I) for m in _MONTHS]
# The score word the period's heading must carry, or be alone: "Q1 score", "Q2 rating", "Q3".
SCORE_WORD = re.compile(r"^(?:(?:risk\s+)?(?:score|rating))?$", re.I)
# ... or carry before it: "Score Sep 2026", "Rating Q2" (held-out round 35), "Score at Sep
# 2026", "Score as at Q1", "Score - Q1", "Score (Sep 2026)" (a short word may reach here joined
# on, "Scoreat Sep 2026", as normalise.headings mends a narrow column's broken word).
SCORE_FIRST = re.compile(r"^(?:risk\s+)?(?:score|rating)(?:\s*(?:as\s+)?at\s+|\s*[-–:]\s*|\s+"
                         r"|\s*(?=\())", re.I)
# A score headed as the risk as it stands ("Current score", "Residual rating", "Net risk
# score"): beside it a single dated score is an earlier review's.
STANDING_SCORE = re.compile(r"^(?:current|residual|net)\s+(?:risk\s+)?(?:score|rating)\b", re.I)
# ... and its factors under the same word ("Current L", "Residual likelihood"): a "Current
# rating" printing a level ("High") is the current score's where they score it.
STANDING_FACTOR = re.compile(r"^(?:current|residual|net)\s+(?:risk\s+)?(?:likelihood|probability"
                             r"|impact|consequences?|severity|[LIPC]\b)", re.I)
# Two periods at least make a history; one dated column is the score as it stands.
MIN_PERIODS = 2
# The word that marks an earlier review's column (summary.INHERENT reads it as no role).
EARLIER = "Previous"
# A year printed in two figures ("Sep 25") is of this century.
CENTURY = 2000
# The steps of a period named without its year: quarters of a year, months of a year.
QUARTERS, MONTHS = 4, 12

# A period's place in time: its count and the cycle it repeats in (0: it names its year).
Place = tuple[int, int]


def mark_earlier_periods(parts: list[list[str]], filled: set[int] | None = None,
                         scores: set[int] | None = None) -> list[list[str]]:
    """The headings with each period's score but the latest named as a previous one. The
    latest is the latest the register has scored (the columns ``filled`` under the header, if
    given, of any): a year's table of "Q1 | Q2 | Q3 | Q4" scores is left blank ahead. Beside
    a score headed as the risk as it stands, every period's is a previous one (``scores``:
    the columns whose cell under the header is a score, if known)."""
    found = [(i, place) for i, ps in enumerate(parts) if (place := _heading_period(ps))]
    dated = {i for i, _ in found}
    if dated and _scored_as_it_stands(parts, dated, filled, scores):
        return [[f"{EARLIER} {p}" for p in ps] if i in dated else ps
                for i, ps in enumerate(parts)]
    if len(found) < MIN_PERIODS:
        return parts
    places = [place for _, place in found]
    in_time = [i for i, _ in (reversed(found) if _latest_first(places) else found)]
    scored = [i for i in in_time if filled is None or i in filled] or in_time
    latest = scored[-1]
    earlier = {i for i, _ in found} - {latest}
    return [[f"{EARLIER} {p}" for p in ps] if i in earlier else ps
            for i, ps in enumerate(parts)]


def _scored_as_it_stands(parts: list[list[str]], dated: set[int], filled: set[int] | None,
                         scores: set[int] | None) -> bool:
    """Whether another column than the dated ones, filled under the header (if that is
    known), heads the score as the risk stands (STANDING_SCORE) and prints a score there, or
    its factors under the same word do: "Score Sep 2026 | ... | Current score" prints the
    earlier review beside the current."""
    def heads(rx: re.Pattern[str], i: int) -> bool:
        return i not in dated and (filled is None or i in filled) and any(
            rx.match(p) for p in parts[i])
    standing = [i for i in range(len(parts)) if heads(STANDING_SCORE, i)]
    factors = [i for i in range(len(parts)) if heads(STANDING_FACTOR, i)]
    return any(scores is None or i in scores for i in standing) or bool(standing and factors)


def _heading_period(parts: list[str]) -> Place | None:
    """The period the first of a column's heading parts naming one names."""
    return next((place for p in parts if (place := _period_score(p))), None)


def _period_score(heading: str) -> Place | None:
    """The period a score's heading names, or None where it names none."""
    text = heading.strip()
    first = SCORE_FIRST.match(text)
    if first:
        text = text[first.end():]  # (the score word said before the period, none after it)
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()  # (the period in brackets: "Score (Sep 2026)")
    m = PERIOD.match(text)
    rest = text[m.end():].strip() if m else ""
    if m is None or SCORE_WORD.match(rest) is None or (first and rest):
        return None
    quarter = m["q"] or m["quarter"]
    if quarter:
        return int(quarter), QUARTERS
    if m["year"]:
        return int(m["year"]), 0
    month = next(n for n, rx in enumerate(MONTH_NAMES, 1) if rx.match(m["month"]))
    if m["month_year"]:
        year = int(m["month_year"])
        return (year + CENTURY if year < CENTURY else year) * MONTHS + month, 0
    return month, MONTHS


def _latest_first(places: list[Place]) -> bool:
    """Whether every step from one period's column to the next goes back in time (a history
    printed latest first); else it reads as printed, oldest first."""
    steps = [_step(a, b) for a, b in itertools.pairwise(places)]
    return bool(steps) and all(s < 0 for s in steps)


def _step(a: Place, b: Place) -> int:
    """+1 where period b comes after a, -1 before, 0 where the headings cannot say. A period
    with no year comes after the one nearer behind it round the year ("Q4 | Q1": a new year
    starts; "Q2 | Q1": the latest first)."""
    (x, cycle), (y, other) = a, b
    if cycle != other:
        return 0
    if cycle == 0:
        return (y > x) - (y < x)
    ahead = (y - x) % cycle
    return 0 if ahead * 2 == cycle or ahead == 0 else (1 if ahead * 2 < cycle else -1)
