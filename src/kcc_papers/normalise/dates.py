"""Dates as councils print them: "Wednesday, 22nd April, 2015", "9 January 2025",
"31 st March 2016", "12/09/2024". What cannot be a date is returned as None, never guessed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
# Welsh councils print their dates in Welsh too ("16 Mawrth 2026"), often in Welsh first.
WELSH_MONTHS = {
    name: i for i, name in enumerate(
        ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi",
         "hydref", "tachwedd", "rhagfyr"), start=1)
}
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
          r"ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|"
          r"rhagfyr)")
# A bilingual date names its month in each language: "19 Ionawr / January 2028", "Medi /
# September 2027", or English first, "19 January / Ionawr 2028". The other language's name and
# its stroke are passed over and the English month read, only where the two name one month
# (the Welsh months are a closed list, so an English "May / June" is not taken for a
# translation, nor a Welsh "Mai / Mehefin", nor a slip "Mai / June").
_MONTH_PAIRS = (("ionawr", ("jan", "january")), ("chwefror", ("feb", "february")),
                ("mawrth", ("mar", "march")), ("ebrill", ("apr", "april")), ("mai", ("may",)),
                ("mehefin", ("jun", "june")), ("gorffennaf", ("jul", "july")),
                ("awst", ("aug", "august")), ("medi", ("sep", "sept", "september")),
                ("hydref", ("oct", "october")), ("tachwedd", ("nov", "november")),
                ("rhagfyr", ("dec", "december")))
_WELSH_MONTH_THEN = "(?:" + "|".join(
    rf"{welsh}\s*/\s*(?=(?:{'|'.join(english)})\b)" for welsh, english in _MONTH_PAIRS) + ")?"
_THEN_WELSH_MONTH = "(?:" + "|".join(
    "(?:" + "|".join(f"(?<={e})" for e in english) + rf")\s*/\s*{welsh}\b"
    for welsh, english in _MONTH_PAIRS) + ")?"
# A Welsh paper's day carries its Welsh ordinal's ending, glued to the number: "1af", "2il" or
# "2ail", "3ydd", "4ydd", "5ed", "6ed", "7fed" ... "11eg", "20fed", "21ain", "31ain" (a closed
# list). It is read only where a month's name follows, as every date form here has it: "2il
# gyfarfod" (the second meeting) is no date.
WELSH_ORDINAL = r"(?:af|ail|il|ydd|edd|ed|eg|fed|ain)"
# A day's ordinal ending in either language (glued, as a pattern's "\d{1,2}" is followed).
DAY_ORDINAL = rf"(?:st|nd|rd|th|{WELSH_ORDINAL})"
# (English's may be set apart by the text layer, "13 th"; Welsh's are read glued only)
_SUFFIX = rf"\s*(?:st|nd|rd|th|(?<=\d){WELSH_ORDINAL})?"
# (a formal notice's "the 16th day of APRIL 2026" too)
DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}}){_SUFFIX}\s*(?:(?:day\s+)?of\s+)?,?\s*{_WELSH_MONTH_THEN}{_MONTH}"
    rf"{_THEN_WELSH_MONTH}\.?,?\s+(\d{{4}})\b",
    re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A meeting held over days of one month prints them before the month it shares: "Tuesday 3rd
# and Wednesday 4th June 2025", "3 & 4 June 2025". Its date is its first day's, so the first
# day read just before a day-month-year stands for that date (a later day only: "Monday 2nd"
# before a different sentence's "4th June" is not a span).
_WEEKDAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
# (a sitting spans a few days in one week: "3 and 14 March" are two dates, not a span)
_SPAN_DAYS = 6
# (how far before the day-month-year the first day may stand: "30th September and Wednesday ")
_SPAN_REACH = 40
# (the first day perhaps in the month before, its own month named: "Tuesday 30th June and
# Wednesday 1st July 2025")
FIRST_OF_DAYS = re.compile(
    rf"\b(\d{{1,2}}){_SUFFIX}(?:\s+{_MONTH}\.?,?)?\s+(?:and|&)\s+"
    rf"(?:{_WEEKDAY_NAME}\s+)?$", re.I)
# A day listed before the first, "1, 8 and 10 June 2025": the days of several meetings, no one
# sitting's span.
_LISTED_DAY = re.compile(rf"\d{_SUFFIX}\s*,\s*$", re.I)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return WELSH_MONTHS.get(name.lower()) or MONTHS[name.lower()[:3]]


def _span_start(last: dt.date, day: int, month: str | None) -> dt.date | None:
    """The first day of a sitting ending on ``last``: in its month, or in the month ``month``
    names (the year before, where that month is later: "31 December and 1 January 2026")."""
    if month is None:
        return _make(last.year, last.month, day)
    number = _month(month)
    return _make(last.year - (number > last.month), number, day)


def find_date(text: str) -> dt.date | None:
    """The first date written anywhere in ``text``."""
    found: list[tuple[int, dt.date | None]] = []
    m = DAY_MONTH_YEAR.search(text)
    if m:
        start, date = m.start(), _make(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        first = FIRST_OF_DAYS.search(text, max(0, start - _SPAN_REACH), start)
        if date and first and not _LISTED_DAY.search(text, 0, first.start()):
            begin = _span_start(date, int(first.group(1)), first.group(2))
            if begin and 0 < (date - begin).days <= _SPAN_DAYS:
                start, date = first.start(), begin
        found.append((start, date))
    m = MONTH_DAY_YEAR.search(text)
    if m:
        found.append((m.start(), _make(int(m.group(3)), _month(m.group(1)), int(m.group(2)))))
    for m in ISO.finditer(text):
        found.append((m.start(), _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
        break
    for m in NUMERIC.finditer(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        found.append((m.start(), _make(year, int(m.group(2)), int(m.group(1)))))
        break
    if _DAY_OF.search(text) and (m := DAY_IN_WORDS.search(text)):
        # (looked for only where "day of" is printed, however spaced or wrapped: "the third
        # day  of February" in a justified text pack; most texts have none)
        found.append((m.start(), _make(int(m.group(3)), _month(m.group(2)),
                                       _ORDINAL_DAYS[re.sub(r"[-\s]+", "-", m[1].lower())])))
    found = [(pos, d) for pos, d in found if d is not None]
    return min(found, key=lambda f: f[0])[1] if found else None


# A formal notice's or a town council's minutes' day in words: "the third day of February
# 2026", "the twenty-fourth day of February, 2026".
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_ORDINAL_DAYS = {
    **{w: i for i, w in enumerate(_ORDINAL_UNITS, start=1)},
    **{w: i for i, w in enumerate(_ORDINAL_TEENS, start=10)},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_UNITS, start=1)},
}
_DAY_OF = re.compile(r"day\s+of\s", re.I)
# (a compound day's hyphen printed as a space or wrapped: "twenty first", "twenty-\nfirst")
_ORDINAL_DAY_WORDS = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)).replace("-", r"[-\s]+")
DAY_IN_WORDS = re.compile(
    rf"\b({_ORDINAL_DAY_WORDS})"
    rf"\s+day\s+of\s+{_MONTH}\.?,?\s+(\d{{4}})\b", re.I)


def parse_date(text: str | None) -> dt.date | None:
    """A date if ``text`` is (essentially) one date, else None."""
    if not text:
        return None
    return find_date(text)


# --- partial dates and ranges: "2014-2020", "April-May 2015", "1 April 2021 to 31 March 2022" ---


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date printed to the precision the paper gives: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """ISO 8601 at the printed precision: "2015", "2015-04", "2015-04-01"."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return _make(self.year, self.month, self.day)

    def key(self) -> tuple[int, int, int]:
        """For ordering: a month or year counts as its first day."""
        return (self.year, self.month or 1, self.day or 1)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: PartialDate | None
    end: PartialDate | None
    text: str


_YEAR = r"((?:19|20)\d\d)"
_ORD = rf"(\d{{1,2}}){_SUFFIX}"
# One side of a range, with its year optional so "April-May 2015" can lend it.
_SIDE = (rf"(?:{_ORD}\s+(?:of\s+)?)?{_WELSH_MONTH_THEN}{_MONTH}{_THEN_WELSH_MONTH}\.?,?"
         rf"(?:\s+{_YEAR})?|{_YEAR}")
SIDE = re.compile(rf"^\s*(?:{_SIDE})\s*$", re.I)
_JOIN = r"\s*(?:-|–|—|to|until|till)\s*|\s+and\s+"
YEAR_SPAN = re.compile(rf"^\s*{_YEAR}\s*(?:-|–|—|to)\s*(\d{{4}}|\d\d)\s*$")
_FILLER = re.compile(r"^\s*(?:on|from|between|the|w/?c|dated)\s+|[\s.,;:)]+$|^\s*\(", re.I)


def _side(text: str) -> tuple[PartialDate | None, bool]:
    """A PartialDate (year possibly missing, as 0) and whether ``text`` was one at all."""
    m = SIDE.match(text)
    if not m:
        return None, False
    day, month, year, bare_year = m.groups()
    if bare_year:
        return PartialDate(int(bare_year)), True
    return PartialDate(int(year) if year else 0, _month(month), int(day) if day else None), True


def _strip(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _FILLER.sub("", text)
    return text


def _valid(d: PartialDate) -> PartialDate | None:
    if d.year == 0:
        return None
    if d.day is not None and d.date() is None:
        return None
    return d


def parse_partial_date(text: str | None) -> PartialDate | None:
    """``text`` as a date to its printed precision ("2015", "April 2015", "1st July 2015",
    "31/03/2025"), or None when it is not (essentially) one date."""
    if not text:
        return None
    text = _strip(text)
    for pattern in (NUMERIC, ISO):
        m = pattern.fullmatch(text)
        if m:
            d = parse_date(text)
            return PartialDate(d.year, d.month, d.day) if d else None
    side, ok = _side(text)
    return _valid(side) if ok and side else None


def parse_date_range(text: str | None) -> DateRange | None:
    """A period as printed ("2014-2020", "2015-16", "April-May 2015", "1 April 2021 to 31 March
    2022"). A side that cannot be read is None; a start after its end is no range at all."""
    if not text:
        return None
    cleaned = _strip(text)
    m = YEAR_SPAN.match(cleaned)
    if m:
        start, end = int(m.group(1)), m.group(2)
        end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if end_year < start:
            return None
        return DateRange(PartialDate(start), PartialDate(end_year), text.strip())
    for joiner in re.finditer(_JOIN, cleaned, re.I):
        left, ok_left = _side(cleaned[: joiner.start()])
        right, ok_right = _side(cleaned[joiner.end() :])
        if not (ok_left and ok_right and left and right and right.year):
            continue
        if left.year == 0:  # "April-May 2015": the year is printed once, on the right
            left = PartialDate(right.year, left.month, left.day)
        left_v, right_v = _valid(left), _valid(right)
        if left_v and right_v and left_v.key() > right_v.key():
            return None
        return DateRange(left_v, right_v, text.strip())
    return None


# --- a date printed without its year: "Monday 25th June" ---

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_DAY_MONTH = re.compile(
    rf"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(\d{{1,2}}){_SUFFIX}\s+"
    rf"(?:of\s+)?{_WELSH_MONTH_THEN}{_MONTH}{_THEN_WELSH_MONTH}\b"
    rf"(?!\.?,?\s+\d{{4}})",
    re.I,
)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def years_in(text: str) -> set[int]:
    """The years a text prints (in dates, references like DC/2018/00554, spans)."""
    return {int(y) for y in YEAR.findall(text)}


def find_weekday_date(text: str, years: set[int]) -> dt.date | None:
    """The first "Monday 25th June" in ``text``, dated to the one year among ``years`` in
    which that day was that weekday; None when none or several fit (never guessed)."""
    m = WEEKDAY_DAY_MONTH.search(text)
    if not m:
        return None
    weekday = WEEKDAYS.index(m.group(1).lower()[:3])
    fits = {
        d for y in years
        if (d := _make(y, _month(m.group(3)), int(m.group(2)))) and d.weekday() == weekday
    }
    return fits.pop() if len(fits) == 1 else None
