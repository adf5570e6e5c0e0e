"""Plain text and Markdown: form feeds or "===== PAGE n =====" markers split pages; runs of
tab-separated lines become tables (ModernGov text exports keep table cells tab-separated); a
line set in columns (tabs or runs of spaces) keeps them as its spans."""

from __future__ import annotations

import re
from pathlib import Path

from kcc_papers.load.ascii_frames import open_frames
from kcc_papers.load.glyphs import clean, letter_spaced, spaced_words
from kcc_papers.load.markdown import plain_text
from kcc_papers.load.model import Cell, Line, Page, Source, Table

PAGE_MARKER = re.compile(r"^\s*=+\s*PAGE\s+\d+\s*=+\s*$", re.IGNORECASE)


def load_text(path: Path, sha256: str, text: str) -> Source:
    # a form's ASCII frames are opened first: their walls are no text (ascii_frames)
    return Source(str(path), sha256, "text", split_pages(plain_text(open_frames(text))))


def split_pages(text: str) -> list[Page]:
    chunks: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = raw.split("\f")
        for i, part in enumerate(parts):
            if i:
                chunks.append([])
            if PAGE_MARKER.match(part):
                if chunks[-1]:
                    chunks.append([])
                continue
            chunks[-1].append(part)
    pages: list[Page] = []
    width = 0  # cells of the last tab table so far: a row on the next page may carry it on
    for chunk in chunks:
        kept = [s for s in chunk if s.strip()]
        if not kept and pages:
            continue
        number = len(pages) + 1
        lines = [Line(_words(s), x0=indent(s), spans=columns(s), raw=s) for s in kept]
        tables = tab_tables(kept, number, width)
        width = max(len(r) for r in tables[-1].rows) if tables else 0
        pages.append(Page(number, lines, _tables=tables))
    return pages


def _words(raw: str) -> str:
    """A line's text: single spaces, a letter-spaced heading read as its words."""
    if "\t" not in raw and letter_spaced(raw) and "  " in raw.strip():
        return clean(spaced_words(raw))
    return clean(raw.replace("\t", " "))


# A tab, or a run of this many spaces, between two words of a line is a gap between columns
# (a text agenda's "1.   Apologies   Chair   None"); one space is a word gap.
COLUMN_GAP_CHARS = 3
COLUMN_GAP = re.compile(rf"\t+| {{{COLUMN_GAP_CHARS},}}")
# Points a character of a text line stands for, so text columns have positions like a PDF's.
CHAR_POINTS = 6.0
# Characters a tab stands for in a text line's positions (its indent, where it ends).
TAB_CHARS = 4


def columns(raw: str) -> list[tuple[float, str]]:
    """The columns of a text line as (position, text) runs; none when it has a single one."""
    out, start = [], 0
    for m in [*COLUMN_GAP.finditer(raw), None]:
        end = m.start() if m else len(raw)
        part = raw[start:end].strip()
        if part:
            out.append((start * CHAR_POINTS, clean(part)))
        start = m.end() if m else end
    return out if len(out) > 1 else []


def indent(raw: str) -> float:
    """Where a text line starts, in the points a character stands for: a title wrapped onto an
    indented line keeps its place under the item as a PDF's would."""
    expanded = raw.expandtabs(TAB_CHARS)
    return (len(expanded) - len(expanded.lstrip(" "))) * CHAR_POINTS


def tab_tables(lines: list[str], number: int, carried: int = 0) -> list[Table]:
    """Runs of two or more tab-separated lines; ``first_line`` indexes the page's lines. The
    page's first run may be one line when it is as wide as the table the page before ended
    with (``carried`` cells): the last row of a table broken over the page."""
    tables: list[Table] = []
    run: list[list[Cell]] = []
    start = 0
    for i, s in enumerate([*lines, ""]):
        cells = [clean(c) for c in s.split("\t")]
        if len(cells) >= 2 and s.strip():
            if not run:
                start = i
            run.append([Cell(c) for c in cells])
            continue
        continues = not tables and carried > 2 and len(run) == 1 and len(run[0]) == carried
        if len(run) >= 2 or continues:
            tables.append(Table(run, number, first_line=start))
        run = []
    return tables
