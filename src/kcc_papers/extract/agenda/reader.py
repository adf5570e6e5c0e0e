"""Agenda items: ref ("A4", "5"), title, "(Pages 7 - 14)", section, exempt, decision number.

Items start with their ref at the beginning of a line ("A4 Minutes of ...", "5. 24/00108 -
Revenue ..."). A title may run over several lines when the page range closes it a line or two
later; lines after a closed title are the item's description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kcc_papers.extract import Context
from kcc_papers.models import AgendaItem, Record

KINDS = {"agenda"}

ITEM = re.compile(
    r"^(?:[-•]\s*)?(?:Item\s+)?(?P<ref>[A-Z]\d{1,2}|\d{1,2}[a-z]?)(?:\.|\)|:|\s)\s*(?P<title>\S.*)$"
)
PAGES = re.compile(r"\(\s*Pages?\s+(\d{1,4})(?:\s*(?:-|–|to)?\s*(\d{1,4}))?\s*\)", re.I)
OPEN_PAGES = re.compile(r"\(\s*Pages?\s*$", re.I)
SECTION = re.compile(r"^(?P<letter>[A-Z])\s*[-–]\s+(?P<name>[A-Z].{3,})$")
EXEMPT = re.compile(r"^\s*(EXEMPT\s+ITEMS?|PART\s+(2|II)\b|EXEMPT\s+INFORMATION)", re.I)
UNRESTRICTED = re.compile(r"^\s*(UNRESTRICTED\s+ITEMS?|PART\s+(1|I)\b|OPEN\s+ITEMS?)", re.I)
DECISION_NO = re.compile(r"\b(\d{2}/\d{5})\b")
# Lines of the masthead or the footer that merely look like items ("10.00 am", phone numbers).
NOT_A_TITLE = re.compile(r"^(\d{1,2}[.:]\d{2}|am\b|pm\b|[.:(])|^[\d\W]*$", re.I)


@dataclass
class _Item:
    ref: str
    title_lines: list[str]
    page: int
    section: str | None
    exempt: bool
    closed: bool = False  # the title is complete
    ended: bool = False  # a heading followed: later lines are not its description
    description: list[str] = field(default_factory=list)


def extract(ctx: Context) -> list[Record]:
    items: list[_Item] = []
    section: str | None = None
    exempt = False
    started = False
    lines = ctx.segment.lines
    for n, (page, line) in enumerate(lines):
        text = line.text.strip()
        if EXEMPT.match(text) or UNRESTRICTED.match(text):
            exempt, started = bool(EXEMPT.match(text)), True
            _close_last(items)
            continue
        if SECTION.match(text) and not ITEM.match(text):
            section, started = text, True
            _close_last(items)
            continue
        item = _new_item(text, page, section, exempt, started, items)
        if item:
            started = True
            items.append(item)
            item.closed = _closes(item, text)
            continue
        if not items:
            continue
        current = items[-1]
        if current.ended:
            continue
        if not current.closed and _continues(current, text, [s.text for _, s in lines[n : n + 3]]):
            current.title_lines.append(text)
            current.closed = _closes(current, text)
        else:
            current.closed = True
            current.description.append(text)
    return [_record(item) for item in items]


def _close_last(items: list[_Item]) -> None:
    if items:
        items[-1].closed = items[-1].ended = True


def _new_item(
    text: str, page: int, section: str | None, exempt: bool, started: bool, items: list[_Item]
) -> _Item | None:
    m = ITEM.match(text)
    if not m or NOT_A_TITLE.match(m.group("title")):
        return None
    ref = m.group("ref")
    # Before the first section marker only a first item ("1", "A1") can start the list.
    if not started and not items and ref not in ("1", "A1", "1a"):
        return None
    if items and not _follows(items[-1].ref, ref):
        return None
    return _Item(ref, [m.group("title")], page, section, exempt)


def _follows(prev: str, ref: str) -> bool:
    """Refs increase: 4 -> 5, A6 -> B1, 3 -> 3a. Guards against numbered description lines."""
    def key(r: str) -> tuple[str, int, str]:
        m = re.match(r"([A-Z]?)(\d+)([a-z]?)", r)
        assert m
        return m.group(1), int(m.group(2)), m.group(3)

    (pl, pn, ps), (rl, rn, rs) = key(prev), key(ref)
    if pl != rl:
        return rl > pl and (not pl or rn == 1)
    return (rn, rs) > (pn, ps) and rn - pn <= 3


def _closes(item: _Item, text: str) -> bool:
    return bool(PAGES.search(text)) or (not OPEN_PAGES.search(text) and len(item.title_lines) > 3)


def _continues(item: _Item, text: str, ahead: list[str]) -> bool:
    """A line continues the title when it holds, or the next line holds, the page range that
    closes the title. ``ahead[0]`` is ``text``."""
    if OPEN_PAGES.search(item.title_lines[-1]) or PAGES.search(text):
        return True
    following = ahead[1] if len(ahead) > 1 else ""
    return bool(PAGES.search(following)) and not ITEM.match(following)


def _record(item: _Item) -> AgendaItem:
    title = " ".join(item.title_lines)
    pages = PAGES.search(title)
    page_from = int(pages.group(1)) if pages else None
    page_to = int(pages.group(2)) if pages and pages.group(2) else page_from
    title = PAGES.sub("", title).strip(" -–")
    decision = DECISION_NO.search(title)
    if decision and title.startswith(decision.group(1)):
        title = title[len(decision.group(1)) :].strip(" -–")
    return AgendaItem(
        item_ref=item.ref,
        title=" ".join(title.split()),
        page_from=page_from,
        page_to=page_to,
        section=item.section,
        exempt=item.exempt,
        decision_number=decision.group(1) if decision else None,
        description=" ".join(item.description) or None,
        page=item.page,
    )
