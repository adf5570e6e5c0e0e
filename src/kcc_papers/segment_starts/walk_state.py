"""What the walk down a file's lines (``_find_starts``) knows so far, and how a document
starts on it: the state every step of the walk reads and moves on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kcc_papers.load.model import Line, Table


@dataclass
class _Walk:
    """What the walk down a file's lines knows so far: the starts found, the kind of the
    current document and the line that started it, and the item number last stamped at a
    page's top (a stamp repeated over an item's later pages starts nothing)."""

    flat: list[tuple[int, int, Line]]
    paged: bool
    # the heading line that named each start's kind, by start
    headings: dict[int, int]
    starts: list[tuple[int, str]] = field(default_factory=list)
    last_kind: str | None = None
    heading: int | None = None  # the line that started the current document
    stamp: str | None = None  # the item number last stamped at a page's top
    # the tables of the file's page of a number, read only when asked (an agenda's items
    # listed in a table: listed_items)
    tables: Callable[[int], list[Table]] = lambda _: []
    # the agenda's listed items by the lines it spans, read once (listed_items.agenda_listing)
    listed: dict[tuple[int, int], dict[str, str]] = field(default_factory=dict)
    # whether the file's item stamps number its pages (page_stamps): then they start nothing
    page_stamps: bool = False

    def begin(self, at: int, kind: str, heading: int, last_kind: str | None = None) -> None:
        """A document of ``kind`` starts at line ``at``, named by line ``heading``; the walk
        goes on as in a document of ``last_kind`` (a tabled paper read as a report)."""
        self.starts.append((at, kind))
        self.last_kind, self.heading = last_kind or kind, heading

    def agenda(self) -> int | None:
        """The line that started the current document, while that is an agenda."""
        return self.heading if self.last_kind == "agenda" else None
