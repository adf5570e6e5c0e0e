"""Risk ratings as registers print them: the levels, the rating legend ("Low = 1-6 Medium =
8-15 High = 16-25") and a rating cell ("12 (Medium)", "High (16)", "Red (16)").

Everything here is a pure function of the printed text; what cannot be read is None."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_papers.models import RiskLevel

LEVELS: tuple[RiskLevel, ...] = ("low", "medium", "high")
# "Low = 1-6 Medium = 8-15 High = 16-25" (hyphen or dash, "=" optional)
LEGEND_PART = re.compile(r"\b(Low|Medium|High)\s*=?\s*(\d{1,2})\s*[-–]\s*(\d{1,2})", re.I)
# The grade a paper prints beside a score: "Low", "Medium", "High", and the words other
# sectors grade with ("Moderate", "Extreme", "Very High", "Significant"); only the three
# levels the model knows are kept, the score is read whatever the word.
GRADE = r"[A-Za-z]+(?:\s[A-Za-z]+)?"
RATING = re.compile(rf"^\s*(\d{{1,2}})\s*(?:[-–:(]?\s*({GRADE})\s*\)?)?\s*$", re.I)
# "High (16)", "Medium - 9": the level first
RATING_LEVEL_FIRST = re.compile(rf"^\s*({GRADE})\s*[-–:(]?\s*(\d{{1,2}})\s*\)?\s*$", re.I)
RATING_COLOUR = re.compile(
    r"^\s*(?:(?:Red|Amber|Green)\s*[-–:(]?\s*(?P<a>\d{1,2})\s*\)?"
    r"|(?P<b>\d{1,2})\s*[-–:(]?\s*(?:Red|Amber|Green)\s*\)?)\s*$", re.I)


def risk_level(word: str) -> RiskLevel | None:
    """'Medium' -> 'medium'; a word that is not a level -> None."""
    return next((level for level in LEVELS if level == word.lower()), None)



@dataclass(frozen=True)
class Legend:
    """Rating bands of a paper: level -> (low, high) inclusive."""

    bands: dict[RiskLevel, tuple[int, int]]

    def level(self, rating: int | None) -> RiskLevel | None:
        if rating is None:
            return None
        for name, (lo, hi) in self.bands.items():
            if lo <= rating <= hi:
                return name
        return None


def parse_legend(text: str) -> Legend | None:
    """The legend if the text prints all three bands, else None."""
    bands = {level: (int(m.group(2)), int(m.group(3))) for m in LEGEND_PART.finditer(text)
             if (level := risk_level(m.group(1)))}
    return Legend(bands) if set(bands) == set(LEVELS) else None


@dataclass(frozen=True)
class Rating:
    value: int | None
    level: RiskLevel | None
    closed: bool = False
    # no score printed: the value is the product of the factors printed ("L4 / I5", "4 x 5"),
    # as the paper's key defines the score (said in a finding, never passed off as printed)
    derived: bool = False


def parse_rating(cell: str) -> Rating | None:
    """'12 (Medium)' -> Rating(12, 'medium'); '9' -> Rating(9, None); 'Risk closed'."""
    text = " ".join(cell.split())
    if not text:
        return None
    if re.search(r"\bclosed\b", text, re.I):
        return Rating(None, None, closed=True)
    m = RATING.match(text)
    colour = RATING_COLOUR.match(text)
    if m:
        value, level = int(m.group(1)), m.group(2)
    elif colour:
        # "Red (16)", "16 - Amber": the colour is the paper's own band, not a level
        value, level = int(colour.group("a") or colour.group("b")), None
    else:
        m = RATING_LEVEL_FIRST.match(text)
        if not m:
            return None
        value, level = int(m.group(2)), m.group(1)
    if not 1 <= value <= 25:
        return None
    return Rating(value, risk_level(level) if level else None)


