"""Property tests for the text parsers: dates (normalise/dates.py), agenda refs, page ranges
and decision numbers (extract/agenda.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kcc_papers.extract.agenda.items import _Item, _record
from kcc_papers.extract.agenda.patterns import DECISION_NO, ITEM, PAGES
from kcc_papers.extract.agenda.refs import _follows
from kcc_papers.normalise.dates import find_date, parse_date

DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
# Words that hold no digits and no month names, to surround a date with.
FILLER = st.text(alphabet="xyzqwkXYZQ ,;:-()", max_size=30)


def ordinal(day: int) -> str:
    return f"{day}{ORDINAL.get(day, 'th')}"


def renderings(d: dt.date) -> list[str]:
    """How councils print one date."""
    return [
        f"{d.day} {d:%B} {d.year}",
        f"{d:%A}, {ordinal(d.day)} {d:%B}, {d.year}",
        f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
        f"{ordinal(d.day)} {d:%B} {d.year}",
        f"{d.day} {d:%b} {d.year}",
        f"{d.day} {d:%b}. {d.year}",
        f"{d.day} {d:%B}, {d.year}",
        f"{d.day} st {d:%B} {d.year}" if d.day == 1 else f"{d.day} {d:%B} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}" if d.year >= 2000 else d.isoformat(),
        d.isoformat(),
        f"{d:%B} {d.day}, {d.year}",
        f"{d:%B} {ordinal(d.day)}, {d.year}",
        f"{d.day} {d:%B} {d.year}".upper(),
    ]


@given(DATES, st.data())
def test_every_printed_form_reads_back(d: dt.date, data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(renderings(d)))
    assert find_date(text) == d, text
    assert parse_date(text) == d


@given(DATES, FILLER, FILLER, st.data())
def test_a_date_is_found_inside_a_sentence(d: dt.date, before: str, after: str,
                                          data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(renderings(d)))
    assert find_date(f"Meeting held on{before} {text} {after}") == d


@given(DATES, DATES, st.data())
def test_the_first_of_two_dates_wins(first: dt.date, second: dt.date, data: st.DataObject) -> None:
    a = data.draw(st.sampled_from(renderings(first)))
    b = data.draw(st.sampled_from(renderings(second)))
    assert find_date(f"{a} (deferred to {b})") == first


@given(st.integers(1990, 2099), st.sampled_from([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31),
                                                  (11, 31)]))
def test_impossible_dates_are_none_not_guessed(year: int, month_day: tuple[int, int]) -> None:
    month, day = month_day
    name = dt.date(2000, month, 1).strftime("%B")
    for text in (f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}",
                 f"{year}-{month:02d}-{day:02d}", f"{name} {day}, {year}"):
        assert find_date(text) is None, text


@given(st.integers(1990, 2099), st.integers(13, 99), st.integers(1, 28))
def test_a_thirteenth_month_is_not_a_date(year: int, month: int, day: int) -> None:
    assert find_date(f"{day:02d}/{month:02d}/{year}") is None


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    found = find_date(text)
    assert found is None or isinstance(found, dt.date)
    assert parse_date(text) == found
    assert parse_date(None) is None and parse_date("") is None


# ---------------------------------------------------------------------------- agenda ids


@given(st.integers(0, 99), st.integers(0, 99999), FILLER, FILLER)
def test_decision_numbers_are_found_anywhere(year: int, number: int, before: str,
                                             after: str) -> None:
    ref = f"{year:02d}/{number:05d}"
    m = DECISION_NO.search(f"Decision{before} {ref} {after}")
    assert m and m.group(1) == ref


@given(st.integers(0, 99), st.integers(0, 9999))
def test_short_or_long_numbers_are_not_decision_numbers(year: int, number: int) -> None:
    assert DECISION_NO.search(f"{year:02d}/{number:04d}") is None
    assert DECISION_NO.search(f"{year:02d}/{number:04d}123") is None  # six digits or more


@given(st.integers(1, 999), st.integers(0, 500), st.sampled_from(["-", "–", "to", " - "]),
       st.booleans())
def test_page_ranges(first: int, extra: int, dash: str, plural: bool) -> None:
    last = first + extra
    text = f"(Pages {first} {dash} {last})" if plural else f"(Page {first})"
    m = PAGES.search(f"Budget monitoring {text}")
    assert m
    assert int(m.group(1)) == first
    assert (int(m.group(2)) if m.group(2) else first) == (last if plural else first)


REFS = st.one_of(
    st.integers(1, 99).map(str),
    st.tuples(st.sampled_from("ABCDEFGH"), st.integers(1, 99)).map(lambda t: f"{t[0]}{t[1]}"),
    st.tuples(st.integers(1, 99), st.sampled_from("abc")).map(lambda t: f"{t[0]}{t[1]}"),
)
TITLES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", min_size=3,
                 max_size=40).filter(lambda s: s[0].isalpha())


@given(REFS, st.sampled_from([". ", " ", ") ", ": ", ".\t"]), TITLES)
def test_item_lines_give_ref_and_title(ref: str, sep: str, title: str) -> None:
    m = ITEM.match(f"{ref}{sep}{title}")
    assert m and m.group("ref") == ref
    assert m.group("title") == title.lstrip()


@given(st.integers(1, 97), st.integers(1, 3))
def test_numbered_refs_follow_in_order(n: int, step: int) -> None:
    assert _follows(str(n), str(n + step))
    assert not _follows(str(n + step), str(n))
    assert not _follows(str(n), str(n + 4))  # a jump that far is a numbered description line
    assert _follows(str(n), f"{n}a") and _follows(f"{n}a", f"{n}b")


@given(st.sampled_from("ABCDEFG"), st.integers(1, 30))
def test_lettered_sections_restart_at_one(letter: str, n: int) -> None:
    following = chr(ord(letter) + 1)
    assert _follows(f"{letter}{n}", f"{following}1")
    assert not _follows(f"{letter}{n}", f"{following}2")
    assert not _follows(f"{following}1", f"{letter}{n + 1}")


@given(st.integers(0, 99), st.integers(0, 99999), TITLES, st.integers(1, 400),
       st.integers(0, 40))
def test_item_title_gives_decision_number_and_pages(year: int, number: int, title: str,
                                                    first: int, extra: int) -> None:
    assume(title.strip())
    ref = f"{year:02d}/{number:05d}"
    item = _Item("5", [f"{ref} - {title} (Pages {first} - {first + extra})"], 3, None, False)
    record = _record(item)
    assert record.decision_number == ref
    assert record.title == " ".join(title.split())
    assert (record.page_from, record.page_to) == (first, first + extra)
