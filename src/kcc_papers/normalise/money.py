"""Money as councils print it: "£24.5m", "£1,031k per year", "£1million per year for 3 years",
"Approx. £9.5m/annum", "-£5.482m", "£200k - £250k", "£54-72 per week", and bare numbers in
tables whose header says "£000s" or "£m".

``find_money`` finds every amount in running text; ``parse_money`` reads a text that is
(essentially) one amount, such as a table cell. Both return :class:`Money`: the value in pounds,
the period it covers, whether the paper hedges it ("approximately", "c."), and the text as
printed. Nothing is guessed: a figure with no £ (or "GBP", and no £ header) is not money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kcc_papers.normalise.numbers import FOOTNOTE_MARK, WORDS_RE, words_to_number

Period = Literal["total", "annual", "monthly", "weekly"]

# Multipliers as printed after the figure. "m" must not swallow the start of a word ("£5 more").
_SCALE = r"(?P<{name}>bn|billion|mn|million|m|k|thousand)(?![a-z])"
# "£000s" and "£'000" are units in a header, not amounts: no figure starts "0" then a digit.
# Thousands may be grouped by commas, or by spaces as SI print has it ("£1 846 000", thin or
# no-break spaces, or plain ones where a PDF's text gives a thin space as a space): one space
# between groups of three, the last group whole ("£25 021 250 1": a footnote's mark after;
# "£1 8460" is no such figure).
_GROUP_SPACE = "[ \u2009\u202f\u00a0]"
# (A space-grouped figure starts at its run's first group, never after a digit and a space:
# each group of a long run of them, "123 456 789 ...", read on to the run's end from there
# was quadratic in the run where the figure needs no £ before it, as CODE_AFTER's.)
_NUMBER = (r"(?!0\d)(?P<{name}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
           rf"|(?<!\d{_GROUP_SPACE})\d{{{{1,3}}}}(?:{_GROUP_SPACE}\d{{{{3}}}})+(?!\d)(?:\.\d+)?"
           r"|\d+(?:\.\d+)?|\.\d+)")

# "£(5.4)m" is negative; "(£741k)" is only an aside, so brackets count inside the £ only.
_AMOUNT = (
    # A minus sign touches the £ ("-£5.482m"); "Totals – £426k" is a dash between words.
    r"(?:(?<![\w£])(?P<sign>[-−–]))?£\s?(?P<paren>\()?"
    + _NUMBER.format(name="low")
    + r"(?(paren)\))(?:\s?"
    + _SCALE.format(name="low_scale")
    + r")?"
)
# A second figure after a dash, "to" or "and": "£200k - £250k", "£12m-17m", "£56 to £124".
_HIGH = (
    r"(?P<joiner>\s?(?:-|–|—)\s?|\s+to\s+|\s+and\s+)£?\s?"
    + _NUMBER.format(name="high")
    + r"(?:\s?"
    + _SCALE.format(name="high_scale")
    + r")?"
)
AMOUNT = re.compile(_AMOUNT, re.I)
MONEY = re.compile(_AMOUNT + r"(?:" + _HIGH + r")?", re.I)
# The currency's code is a £ too, before the figure or after it: "GBP 1.2m", "1,250,000 GBP",
# "2.4m GBP" (registers and exports that print amounts as accounting systems do). Not inside a
# longer number or word. Searched apart from MONEY, whose "£" lets the search skip ahead fast.
CODE_BEFORE = re.compile(_AMOUNT.replace("£\\s?(?P<paren>", r"\bGBP\s?(?P<paren>") + r"(?:"
                         + _HIGH + r")?", re.I)
# Nor a price base: "at 2024 GBP prices", "in 2023/24 GBP terms" name the year the figures
# are priced at, not an amount (the stroke of a year's span stands before the figure there).
CODE_AFTER = re.compile(
    r"(?<![\w.,£/])" + _NUMBER.format(name="low") + r"(?:\s?" + _SCALE.format(name="low_scale")
    + r")?\s?GBP\b(?!\s+(?:prices?|terms|values)\b)", re.I)
# "from £5m to £6m" is a change and "£5m and £6m" two amounts; only "between" makes a range.
FROM_BEFORE = re.compile(
    r"\b(?:from|(?:increase|rise|decrease|reduction|change)[sd]?\s+of)\s+(?:\w+\s+){0,2}$", re.I
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:\w+\s+){0,2}$", re.I)
# "£10 million spend per annum": one noun may sit between the amount and its period.
_NOUN = (
    r"(?:(?:of\s+)?(?:spend|spending|expenditure|cost|costs|income|revenue|savings?|funding"
    r"|payments?)\s+)?"
)

_PERIODS: tuple[tuple[Period, str], ...] = (
    (
        "annual",
        r"(?:per|a|each|every|/)\s*(?:year|annum|yr|anum)\b|p\.?\s?a\.?(?![a-z])|annually|"
        r"per\s+financial\s+year|a\s+year",
    ),
    ("monthly", r"(?:per|a|each|every|/)\s*(?:month|calendar\s+month|mth)\b|monthly"),
    ("weekly", r"(?:per|a|each|every|/)\s*week\b|weekly"),
)
_PERIOD_GROUPS = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PERIODS)
PERIOD_AFTER = re.compile(r"^\s*" + _NOUN + r"(?:" + _PERIOD_GROUPS + r")", re.I)
# "... per year for 3 years": how long the periodic amount runs.
FOR_YEARS = re.compile(
    r"^\s+(?:for|over)\s+(?:a\s+period\s+of\s+)?(?P<n>\d+|" + WORDS_RE.pattern + r")\s+years?\b",
    re.I,
)
APPROX_BEFORE = re.compile(
    r"(?:\b(?:approx(?:imately|\.)?|around|about|circa|roughly|estimated|estimate\s+of|nearly|"
    r"almost|some|in\s+the\s+region\s+of|estimated\s+(?:to\s+be\s+|at\s+)|c\.?)|~)"
    r"\s*(?:an?\s+)?(?:(?:anticipated|estimated|"
    r"expected|additional|further|total\s+of)\s+)?\(?$",
    re.I,
)
APPROX_WORD = re.compile(r"^\s?\(?(?:approx\.?|approximately|estimated|est\.?)\)?", re.I)

SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
}


@dataclass(frozen=True, slots=True)
class Money:
    pounds: float  # the amount; for a range, its lower end
    text: str  # as printed, e.g. "approximately £1million per year"
    period: Period = "total"
    approximate: bool = False
    high: float | None = None  # upper end of a range ("£200k - £250k")
    years: float | None = None  # "... per year for 3 years"
    start: int = 0  # position of ``text`` in the string searched
    end: int = 0

    @property
    def is_range(self) -> bool:
        return self.high is not None


def _number(digits: str) -> float:
    return float(re.sub(_GROUP_SPACE + "|,", "", digits))


def _scale(word: str | None, default: float) -> float:
    return SCALES[word.lower()] if word else default


def _period(rest: str) -> tuple[Period, int]:
    m = PERIOD_AFTER.match(rest)
    if not m:
        return "total", 0
    for name, _ in _PERIODS:
        if m.group(name):
            return name, m.end()
    return "total", 0  # pragma: no cover - one group always matched


def _years(rest: str) -> tuple[float | None, int]:
    m = FOR_YEARS.match(rest)
    if not m:
        return None, 0
    n = m.group("n").lower()
    return float(n if n.isdigit() else words_to_number(n) or 0), m.end()


def _range_allowed(text: str, m: re.Match[str]) -> bool:
    if not m.group("high"):
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    joiner = m.group("joiner").strip().lower()
    if joiner == "and":
        return bool(BETWEEN_BEFORE.search(before))
    if joiner == "to":
        return not FROM_BEFORE.search(before)
    # "-£2.56m -£10m": a dash spaced before but not after, then "£", is the second's minus.
    raw = m.group("joiner")
    if raw[0].isspace() and not raw[-1].isspace() and text[m.end("joiner")] == "£":
        return False
    # "£24.5m - 2014" is an amount then a year, not "£24.5m to £2,014m".
    return not (
        m.group("low_scale")
        and not m.group("high_scale")
        and re.fullmatch(r"(19|20)\d\d", m.group("high"))
    )


def _from_match(text: str, m: re.Match[str], unit: float) -> Money:
    if m.groupdict().get("high") and not _range_allowed(text, m):
        m = AMOUNT.match(text, m.start())  # type: ignore[assignment]  # MONEY begins with AMOUNT: it matches here
    groups = m.groupdict()
    high_scale = groups.get("high_scale")
    low_scale = groups["low_scale"]
    # "£12m-17m" and "£5-10m": the printed scale applies to both ends.
    low_mult = _scale(low_scale or high_scale, unit)
    high_mult = _scale(high_scale or low_scale, unit)
    pounds = _number(groups["low"]) * low_mult
    high = _number(groups["high"]) * high_mult if groups.get("high") else None
    if groups.get("sign") or groups.get("paren"):
        pounds, high = -pounds, (-high if high is not None else None)
    end = m.end()
    period, used = _period(text[end:])
    end += used
    years, used = _years(text[end:]) if period != "total" else (None, 0)
    end += used
    start = m.start()
    before = text[max(0, start - 40) : start]
    approx = APPROX_BEFORE.search(before)
    after = APPROX_WORD.match(text[end:])
    if approx:
        start -= len(before) - approx.start()
    if after:
        end += after.end()
    return Money(
        pounds=pounds,
        text=text[start:end].strip(),
        period=period,
        approximate=bool(approx or after),
        high=high,
        years=years,
        start=start,
        end=end,
    )


# Whether a text prints the currency's code at all, in the case the code patterns accept.
CODE_NAMED = re.compile("gbp", re.I)


def find_money(text: str) -> list[Money]:
    """Every £ amount written in ``text``, in order."""
    found: list[Money] = []
    pos = 0
    coded = CODE_NAMED.search(text) is not None  # rare: most texts need no search for it
    while (m := _next_amount(text, pos, coded)) is not None:
        money = _from_match(text, m, 1.0)
        found.append(money)
        # Continue after what was used: a refused range leaves its second figure to read.
        pos = max(money.end, m.start() + 1)
    return found


def _next_amount(text: str, pos: int, coded: bool = True) -> re.Match[str] | None:
    """The first amount from ``pos``: by its £ (or "GBP") before it, or (when the text is
    ``coded``) by the code after it."""
    money = MONEY.search(text, pos)
    if not coded:
        return money
    found = [m for m in (money, CODE_BEFORE.search(text, pos), CODE_AFTER.search(text, pos)) if m]
    return min(found, key=lambda m: m.start(), default=None)


# A table cell or header value without a £ sign, in a table whose header gives the unit.
BARE = re.compile(
    r"^\s*(?P<sign>[-−–])?\s?(?P<paren>\()?\s?(?P<low>\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    # space-grouped, in millions only: a borderless table's cells of one row run together
    # with a space between ("120 450", two columns of £000s), which a million's two groups
    # of three are unlikely to be
    rf"\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}}){{2,}}(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s?\)?\s*$"
)


def parse_money(text: str | None, *, unit: float | None = None) -> Money | None:
    """The amount ``text`` is, if it is essentially one amount (a cell, a "Contract Value:").

    ``unit`` is the multiplier a table header gives (see :func:`header_unit`); with it, bare
    numbers are read as money too ("5.4" under "£m" is £5.4m).
    """
    if not text or not text.strip():
        return None
    found = find_money(text)
    if found:
        money = found[0]
        if (
            unit
            and unit != 1.0
            and not re.search(r"\d\s?(?:bn|billion|mn|million|m|k)\b", money.text, re.I)
        ):
            money = _from_match(text, _next_amount(text, 0), unit)  # type: ignore[arg-type]  # find_money found one: an amount matches
        return money
    if unit:
        # (a footnote's marker after the figure, "612,500²", is no digit of it)
        m = BARE.match(FOOTNOTE_MARK.sub("", text))
        if m:
            pounds = _number(m.group("low")) * unit
            if m.group("sign") or m.group("paren"):
                pounds = -pounds
            stripped = text.strip()
            return Money(
                pounds=pounds,
                text=stripped,
                start=text.find(stripped),
                end=text.find(stripped) + len(stripped),
            )
    return None


HEADER_UNIT = re.compile(
    r"£\s?(?:'?000'?s?|k)(?![\w,])|£\s?(?:m|mn|million)s?(?![\w])|£\s?(?:bn|billion)(?![\w])"
    # "(£)", a lone "£", or "£" printed as the header's last word ("Total value £")
    r"|£\s?s(?![\w])|\(£\)|(?<!\S)£\s*$",
    re.I,
)


# The currency's code as a header prints it, a £ (the space after it too: "GBP 000" is "£000").
CURRENCY_CODE = re.compile(r"\bGBP\b\s?")


def header_unit(header: str | None) -> float | None:
    """The multiplier a header or caption gives its figures: "£000s" 1000, "£m" 1e6, "£" 1."""
    if not header:
        return None
    # (the currency's code stands where a £ would: "Value (GBP)", "GBP 000", "Cost GBP m")
    m = HEADER_UNIT.search(CURRENCY_CODE.sub("£", header))
    if not m:
        return None
    unit = m.group(0).lower()
    if "000" in unit or re.search(r"£\s?k", unit):
        return 1e3
    if re.search(r"£\s?(bn|billion)", unit):
        return 1e9
    if re.search(r"£\s?m", unit):
        return 1e6
    return 1.0


def period_of(text: str | None) -> Period | None:
    """The period a header or label names: "Contract value per Annum" is annual."""
    if not text:
        return None
    for name, pattern in _PERIODS:
        if re.search(pattern, text, re.I):
            return name
    # In a header, the adjective alone says it: "Annual Value", "Monthly charge".
    for name, word in (("annual", "annual"), ("monthly", "monthly"), ("weekly", "weekly")):
        if re.search(rf"\b{word}\b", text, re.I):
            return name
    return None
