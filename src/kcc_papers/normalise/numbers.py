"""Numbers as performance papers print them: "97%", "1,010", "£16.4m", "£314k", "99.9%",
"Snapshot data", "New Indicator", "N/a", and numbers written as words ("twenty-three",
"Nine", "thirty (30)"). Anything that is not clearly a number is reported as such, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_papers.models import Unit

# Placeholders printed where a value would be; they are notes, not numbers.
PLACEHOLDERS = {
    "snapshot": re.compile(r"^snap\s*sh?(ot)?\b.*|.*\bsnapshot\b.*", re.I),
    "new indicator": re.compile(r"^new\s+(indicator|kpi|measure)\b", re.I),
    "not available": re.compile(
        r"^(n\s*/\s*a|na|(?:data\s+)?not\s+(available|applicable)|no\s+data|tbc|to\s+follow|-+|–|—)$",
        re.I
    ),
}

# A figure's unit as a table's cells print it, in full or short ("12.6 days", "12 wks",
# "61 hrs", "3.5 hours"): a measure of time waited is its figure whichever way it is written.
# So is a measure of weight ("118 kg" of residual waste per household, "412 tonnes"), a count
# in its unit: its figure (unit "number", as a table's "(kg)" heading leaves it).
# A figure's thousands may be parted by commas ("1,236,870") or, as the SI and some councils
# print them, by single (thin or no-break) spaces ("1 236 870"): each group three digits.
# (Each space before an optional part is that part's own, so that no two runs of spaces meet:
# a cell of spaces is refused in one pass.)
# A figure may carry its sign when it is plus, as scores that run below zero print theirs (a
# Net Promoter Score "+38" beside a target of "+40"): the figure is its value.
_NUMBER = re.compile(
    r"""^(?:(?P<neg>[-−–(])|(?P<plus>\+))?\s*(?:(?P<cur>£)\s*)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?
        |\d{1,3}(?:\ \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
        (?:\s*(?P<mult>bn|m|k))?(?:\s*\))?(?:\s*(?P<unit>%|days?|weeks?|wks?|hours?|hrs?|pp|kgs?|tonnes?))?(?:\s*\))?\s*$""",
    re.I | re.X,
)
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "bn": 1e9}


@dataclass(frozen=True, slots=True)
class Value:
    """A printed value: ``value`` is None unless the text was a number."""

    text: str
    value: float | None = None
    unit: Unit | None = None
    placeholder: str | None = None  # "snapshot", "new indicator", "not available"
    decimals: int = 0  # digits printed after the point (how far the value was rounded)

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def unparseable(self) -> bool:
        return not self.empty and self.value is None and self.placeholder is None


# A footnote marker after a figure, as the loaders give it ("70.4¹", "£4.2m†"): no part of it.
FOOTNOTE_MARK = re.compile(r"\s?[⁰¹²³⁴⁵⁶⁷⁸⁹†‡]+$")


# A dashboard's mark after a figure saying how firm it is: "82%*", "571 (p)" (provisional),
# "(r)" revised, "(e)" estimated. The figure is the value; the paper's key says what it marks.
FIGURE_MARK = re.compile(r"\s?(?:\*{1,3}|\((?:p|r|e)\))$", re.I)
# A ratio of one to a figure, as staffing and caseload measures print it ("1:8", "1 : 19"):
# the figure is the measure's value, its unit a ratio (a measure of time prints minutes and
# seconds the same way, "1:45": the KPI readers know which by what the measure is).
ONE_TO = re.compile(r"^1\s?:\s?(\d{1,4}(?:\.\d+)?)$")
# A figure with its confidence interval in brackets, as public health indicators print a rate
# from a sample ("62.4 (58.1-66.7)", "1,861 (1,757-1,969)"): the figure is the value. Only an
# interval holding the figure is one; any other bracketed pair leaves the text unread.
_CI_BOUND = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
WITH_INTERVAL = re.compile(
    rf"^(?P<figure>[^(]+?)\s?\((?P<low>{_CI_BOUND})\s?(?:-|–|to)\s?(?P<high>{_CI_BOUND})\)$")


# A share with the counts it was worked from in brackets, as performance tables print a
# percentage ("91.5% (97/106)", "91.6% (1,102/1,203)"): the percentage is the value. Only a
# count out of a count at least as great is one (a share is never more than its whole), or
# counts working out to the percentage ("108% (52/48)"); the counts are not checked against
# the percentage to the decimal, as papers round either.
_COUNT_OF = r"\d{1,3}(?:,\d{3})+|\d+"
WITH_COUNTS = re.compile(
    rf"^(?P<figure>[^(]+?%)\s?\((?P<part>{_COUNT_OF})\s?/\s?(?P<whole>{_COUNT_OF})\)$")
# A rate per a round base, as rates of events print ("0.45 per 1,000", "15.2 per 100,000
# population"): the figure is the value, a number; the base a power of ten, its unit of a
# few words perhaps after it ("per 1,000 households", "per 100,000 population aged 65+",
# "per 10,000 0-17 year olds", "per 1,000 pop.").
PER_BASE = re.compile(r"^(?P<figure>-?\d[\d,]*(?:\.\d+)?)\s+per\s+1(?:0|,?000)*"
                      r"(?:\s+[a-z\d][\w+.-]*){0,4}$", re.I)


def parse_value(text: str | None) -> Value:
    """Parse one printed value; see :class:`Value`."""
    raw = " ".join((text or "").split())
    if not raw:
        return Value("")
    for name, pattern in PLACEHOLDERS.items():
        if pattern.match(raw):
            return Value(raw, placeholder=name)
    figure = FIGURE_MARK.sub("", FOOTNOTE_MARK.sub("", raw))
    interval = WITH_INTERVAL.match(figure)
    if interval:
        return _within(raw, interval)
    counts = WITH_COUNTS.match(figure)
    if counts:
        return _with_counts(raw, counts)
    rate = PER_BASE.match(figure)
    if rate:
        share = parse_value(rate.group("figure"))
        return Value(raw, share.value, "number", decimals=share.decimals)
    ratio = ONE_TO.match(figure)
    if ratio:
        digits = ratio.group(1)
        return Value(raw, float(digits), "ratio", decimals=_decimals(digits))
    m = _NUMBER.match(figure.replace(" ,", ","))
    if not m or _run_together(m):
        return Value(raw)
    digits = m.group("num").replace(",", "").replace(" ", "")
    value = float(digits)
    decimals = _decimals(digits)
    mult = (m.group("mult") or "").lower()
    if mult:
        value = round(value * _MULTIPLIERS[mult], 6)
    if m.group("neg"):
        value = -value
    return Value(raw, value, _unit(m), decimals=decimals)


# The units no figure grouped in thousands is printed in: a share or a change in points is
# never a thousand or more, so "95 100%" is two cells' figures run together (a target of 95
# beside 100%), not 95,100%.
UNGROUPED_UNITS = ("%", "pp")


def _run_together(m: re.Match[str]) -> bool:
    """Two figures side by side read as one parted by a space: a percentage "grouped"."""
    unit = (m.group("unit") or "").lower()
    return " " in m.group("num") and unit in UNGROUPED_UNITS


def _decimals(digits: str) -> int:
    """How many digits a figure prints after its point."""
    return len(digits.split(".")[1]) if "." in digits else 0


def _within(raw: str, interval: re.Match[str]) -> Value:
    """The figure before its confidence interval, if the interval holds it; else unread."""
    figure = parse_value(interval.group("figure"))
    low, high = (float(interval.group(b).replace(",", "")) for b in ("low", "high"))
    if figure.value is None or not low <= figure.value <= high:
        return Value(raw)
    return Value(raw, figure.value, figure.unit, decimals=figure.decimals)


def _with_counts(raw: str, counts: re.Match[str]) -> Value:
    """The percentage before the counts it was worked from, if they are a share; else unread."""
    figure = parse_value(counts.group("figure"))
    part, whole = (int(counts.group(c).replace(",", "")) for c in ("part", "whole"))
    # (a share of more than its whole, as of a plan or a target met over again, "108%
    # (52/48)", is one where the counts work out to the percentage, to within a point)
    worked = whole > 0 and figure.value is not None and abs(
        100 * part / whole - figure.value) <= 1
    if figure.value is None or figure.unit != "%" or not (part <= whole or worked):
        return Value(raw)
    return Value(raw, figure.value, "%", decimals=figure.decimals)


def _unit(m: re.Match[str]) -> Unit:
    if m.group("cur"):
        return "£"
    unit = (m.group("unit") or "").lower()
    if unit == "%":
        return "%"
    if unit.startswith("day"):
        return "days"
    if unit.startswith(("week", "wk")):
        return "weeks"
    if unit.startswith(("hour", "hr")):
        return "hours"
    return "number"


def parse_number(text: str | None) -> float | None:
    """A plain number, money or percentage as a float ("1,010" -> 1010.0, "£16.4m" -> 16.4e6)."""
    return parse_value(text).value


def parse_percentage(text: str | None) -> float | None:
    """A percentage as printed ("97%", "99.9 %") -> 97.0; None when the text is not one."""
    v = parse_value(text)
    return v.value if v.unit == "%" else None


# Numbers written as words, as reports do in prose ("Green for twenty-three indicators").
_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_UNITS = {w: i for i, w in enumerate(_UNIT_WORDS.split(" "))} | {"none": 0}
_TENS = {w: 10 * i for i, w in enumerate(_TEN_WORDS.split(" "), start=2)}
_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand"], key=len, reverse=True))
WORDS_RE = re.compile(rf"\b(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*\b", re.I)


def words_to_number(text: str) -> int | None:
    """ "twenty-three" -> 23, "one hundred and five" -> 105, "Nine" -> 9; None if not a number."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = current = 0
    for t in tokens:
        if t in _UNITS:
            current += _UNITS[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


_COUNT = re.compile(rf"(?<![\w.,/])(\d{{1,6}})(?![\w.,/%])|{WORDS_RE.pattern}", re.I)


def find_counts(text: str) -> list[tuple[int, int, int]]:
    """Every whole number in ``text`` written as digits or words: (value, start, end).
    Decimals, percentages, dates and years-with-slashes are not counts."""
    out = []
    for m in _COUNT.finditer(text):
        if m.group(1):
            out.append((int(m.group(1)), m.start(), m.end()))
            continue
        n = words_to_number(m.group(0))
        if n is not None:
            out.append((n, m.start(), m.end()))
    return out
