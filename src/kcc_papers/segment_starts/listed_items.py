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

from kcc_papers.load.model import Line
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


def _order(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def listed_item_head(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                     listed: dict[str, str]) -> bool:
    """Whether line ``i`` heads an item's paper by the number and title the agenda lists
    (``listed``, see ``agenda_items``), where a paper starts: a PDF page's top, set as a
    heading; a text export's line just under its rule."""
    _, idx, line = flat[i]
    m = NUMBERED_TITLE.match(line.text)
    if m is None or m.group("number") not in listed:
        return False
    if paged and (idx >= ITEM_STAMP_TOP or not _set_as_heading(flat, i)):
        return False
    if not paged and not _under_rule(flat, i):
        return False
    head, agenda = _key(_wrapped_title(flat, i, m.group("title"))), listed[m.group("number")]
    shorter, longer = sorted((head, agenda), key=len)
    return len(shorter) >= SAME_TITLE_CHARS and longer.startswith(shorter)


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
