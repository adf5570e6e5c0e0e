"""A paper headed by its item's bare number and the title the pack's agenda lists for it.

Councils abroad (an Australian shire's or city's pack, a New Zealand district's Infocouncil
pack, in PDF or as a text export) head each report after the minutes with the item's number
and title alone, no "Item" word, no stamp: "4 STRATEGIC RISK REGISTER - QUARTERLY REVIEW",
"7.1 RFT 2025/14 KOORINGAL ROAD RECONSTRUCTION - STAGE 2", "6.1   TOP RISKS REPORT - NOVEMBER
2025". Such a line is the paper's head when its number and title are the agenda's listing of
an item after the one confirming the minutes, at a page's top (a PDF) or under the rule a text
export draws between its papers: the minutes' own numbered minutes (the last meeting's
"1 KARAKIA TIMATANGA") come before that item, or stand where no paper starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.load.model import Line, Table
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, TEXT_RULE, _set_as_heading

# An agenda's entry or a paper's head: the item's number ("4", "7.1") and its title (a table
# row's cells joined, a contents line's dot leader and page number after it dropped).
NUMBERED_TITLE = re.compile(
    r"^[\s|]*(?P<number>\d{1,2}(?:\.\d{1,2})?)\.?[\s|]+(?P<title>[^\W\d_].*?)"
    r"(?:\s*\.{3,}\s*\d+)?[\s|]*$")
# The agenda's item confirming the last meeting's minutes: the papers follow it.
MINUTES_ITEM = re.compile(r"\bminutes?\b|\bmeneti\b", re.I)
# A title agrees with the agenda's when the shorter (letters and digits only, in lower case) is
# the start of the longer and at least this long (an agenda wraps a long title, a head may
# add a word): "apologies" alone is too short to say which paper it heads.
SAME_TITLE_CHARS = 12
# In a text export the head is this many lines below its rule at most (blank lines between).
TEXT_RULE_ABOVE = 3


def _key(title: str) -> str:
    return re.sub(r"[^\w]|_", "", title.lower())


def agenda_items(lines: list[str]) -> dict[str, str]:
    """The agenda's items after the one confirming the minutes, by number: each title's key
    (a title wrapped onto the next line joined to it). None listed there (the agenda numbers
    no minutes item), and every numbered item counts."""
    items: dict[str, str] = {}
    last: str | None = None
    for text in lines:
        m = NUMBERED_TITLE.match(text)
        if m:
            last = m.group("number")
            items[last] = m.group("title")
        elif last is not None and text.strip() and text[:1].isspace() and len(items[last]) < 80:
            items[last] += " " + re.sub(r"\s*\.{3,}\s*\d+\s*$", "", text.strip())
            continue
        else:
            last = None
    # (in the agenda's running order: a table's rows are read after the page's lines)
    numbers = sorted(items, key=_order)
    minutes_at = next((n for n, number in enumerate(numbers)
                       if MINUTES_ITEM.search(items[number])), -1)
    return {number: _key(items[number]) for number in numbers[minutes_at + 1 :]}


def agenda_listing(flat: list[tuple[int, int, Line]], starts: list[tuple[int, str]], i: int,
                   tables: Callable[[int], list[Table]],
                   read: dict[tuple[int, int], dict[str, str]]) -> dict[str, str]:
    """The items the pack's agenda (its first start of that kind, up to the next start or line
    ``i``; else the front matter before the first start) lists, with the tables of its pages
    (``tables``): ``agenda_items``, kept in ``read`` by the lines the agenda spans, so read
    once (a long pack asks at every numbered head)."""
    agenda = next((n for n, (_, kind) in enumerate(starts) if kind == "agenda"), None)
    if agenda is not None:
        begin = starts[agenda][0]
        end = starts[agenda + 1][0] if agenda + 1 < len(starts) else i
    else:
        begin, end = 0, starts[0][0]
    if (begin, end) not in read:
        pages = sorted({page for page, _, _ in flat[begin:end]})
        # (a table's rows as the lines they list: a PDF wraps a cell's title round its number)
        rows = [" | ".join(row) for page in pages for table in tables(page)
                for row in table.texts()]
        read[(begin, end)] = agenda_items([line.text for _, _, line in flat[begin:end]] + rows)
    return read[(begin, end)]


def _order(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def listed_item_head(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                     listed: dict[str, str]) -> bool:
    """Whether line ``i`` heads an item's paper by the number and title the agenda lists
    (``listed``, see ``agenda_items``), where a paper starts: a PDF page's top, set as a
    heading; a text export's line just under its rule."""
    m = NUMBERED_TITLE.match(flat[i][2].text)
    if m is None or m.group("number") not in listed or not at_paper_head(flat, i, paged):
        return False
    head, agenda = _key(_wrapped_title(flat, i, m.group("title"))), listed[m.group("number")]
    shorter, longer = sorted((head, agenda), key=len)
    return len(shorter) >= SAME_TITLE_CHARS and longer.startswith(shorter)


def earlier_item_after(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                       listed: dict[str, str]) -> bool:
    """Whether a listed head of an earlier item than line ``i``'s stands after it: then line
    ``i`` is the minutes' own minute of a recurring item ("3.2 LIBRARY ROOF PROJECT" on the
    last meeting's minutes' page) and the papers start later, in the agenda's order (asked
    only after the minutes, so once or twice a pack)."""
    m = NUMBERED_TITLE.match(flat[i][2].text)
    if m is None:
        return False
    number = _order(m.group("number"))
    for j in range(i + 1, len(flat)):
        later = NUMBERED_TITLE.match(flat[j][2].text)
        if (later is not None and _order(later.group("number")) < number
                and listed_item_head(flat, j, paged, listed)):
            return True
    return False


def at_paper_head(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> bool:
    """Whether line ``i`` stands where a pack's paper starts: a PDF page's top, set as a
    heading; a text export's line just under its rule (checked before the agenda is read:
    most numbered lines stand elsewhere)."""
    idx = flat[i][1]
    if paged:
        return idx < ITEM_STAMP_TOP and _set_as_heading(flat, i)
    return _under_rule(flat, i)


def listed_after(flat: list[tuple[int, int, Line]], i: int, current: int | None,
                 listed: dict[str, str]) -> bool:
    """Whether line ``i``'s item comes after the item whose listed head (line ``current``)
    started the paper it stands in: a paper's own head repeated over its continued pages or
    attachments, or an earlier item's named at a page's top as a cross-reference, starts no
    paper (the agenda's papers come in its order)."""
    if current is None:
        return True
    now = NUMBERED_TITLE.match(flat[current][2].text)
    new = NUMBERED_TITLE.match(flat[i][2].text)
    if now is None or new is None or now.group("number") not in listed:
        return True
    return _order(new.group("number")) > _order(now.group("number"))


def _under_rule(flat: list[tuple[int, int, Line]], i: int) -> bool:
    for n in range(i - 1, max(-1, i - 1 - TEXT_RULE_ABOVE), -1):
        text = flat[n][2].text
        if TEXT_RULE.match(text):
            return True
        if text.strip():
            return False
    return False


def _wrapped_title(flat: list[tuple[int, int, Line]], i: int, title: str) -> str:
    """The head's title with its indented next line, where it wraps ("REFURBISHMENT -" over
    "      AWARD")."""
    if i + 1 < len(flat) and flat[i + 1][2].text[:1].isspace() and flat[i + 1][2].text.strip():
        nxt = flat[i + 1][2].text.strip()
        if ":" not in nxt:
            return f"{title} {nxt}"
    return title
