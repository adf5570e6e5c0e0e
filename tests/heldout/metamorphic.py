"""Metamorphic tests of the table readers: change a held-out paper's layout in a way that must
not change its records (columns in another order, headers in other councils' words, the table
split over pages, page furniture, RAG as a fill, a PDF table as a text one, the caption in other
words) and score the records again against the paper's expected ones.

    python -m tests.heldout.metamorphic [--only PAPER ...] [--transform NAME ...] [--files]

Each transform is a small function over the held-out markup (`.pdfsrc`, `.txt`; see
benchmarks/heldout_accuracy.py) returning the changed paper, or None where it does not apply
(a paper without the thing it changes). Only papers whose KPI, risk and contract records are
all right unchanged are tried: a failure is then the transform's doing.
"""

from __future__ import annotations

import argparse
import colorsys
import random
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import heldout_accuracy as ha
import heldout_render as hr

from heldout.thesaurus import CAPTION_FAMILIES, HEADER_FAMILIES

TABLE_CLASSES = ("kpis", "risks", "contracts")
PIPE = "| "
SHADED = "|# "
PAGE_ROW = [hr.TABLE_PAGE_BREAK]
BARE_PAGE_ROW = [hr.TABLE_PAGE_BREAK_BARE]
FORM_FEED = "\f"
# A text table: tab-separated lines of at least this many cells, header and two rows.
MIN_COLUMNS = 3
MIN_LINES = 3
DASHED_RULE = re.compile(r"^(\s*)-{2,}(?:\s+-{2,})+\s*$")
SPACED_GAP = "   "
# Conventional Office fills for a rating (the colours councils' spreadsheets use).
RAG_FILL = {"red": "#ff0000", "amber": "#ffc000", "green": "#00b050", "blue": "#0070c0"}
RAG_WORDS = {"red": "red", "r": "red", "amber": "amber", "a": "amber", "green": "green",
             "g": "green", "blue": "blue", "b": "blue"}
# A heading-like line: short and not a sentence.
HEADING_MAX = 100


@dataclass
class Paper:
    name: str
    suffix: str  # ".pdfsrc" or ".txt"
    text: str
    expected: dict[str, Any] = field(default_factory=dict)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def with_lines(self, lines: list[str], suffix: str | None = None) -> Paper:
        return replace(self, text="\n".join(lines), suffix=suffix or self.suffix)


@dataclass
class Table:
    """A table of a paper's markup: where it is (lines start..end), its header row(s) and body
    rows as cells, its style ("pipe" for `.pdfsrc`, "tab" or "spaced" for `.txt`)."""

    style: str
    start: int
    end: int
    header: list[list[str]]
    rows: list[list[str]]
    shaded: bool = False
    indent: str = ""

    @property
    def width(self) -> int:
        return max(len(r) for r in [*self.header, *self.rows] if not _is_break(r))


def _is_break(row: list[str]) -> bool:
    return row in (PAGE_ROW, BARE_PAGE_ROW)


# ---------------------------------------------------------------------------- finding tables


def _pipe_cells(line: str) -> list[str]:
    body = line.removeprefix(SHADED).strip("| ")
    return [c.strip() for c in body.split(" | ")]


def pipe_tables(lines: list[str]) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith((PIPE, SHADED)):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].startswith((PIPE, SHADED)):
            j += 1
        rows = [_pipe_cells(x) for x in lines[i:j]]
        tables.append(Table("pipe", i, j, rows[:1], rows[1:], lines[i].startswith(SHADED)))
        i = j
    return tables


def tab_tables(lines: list[str]) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if "\t" not in lines[i] or lines[i].count("\t") + 1 < MIN_COLUMNS:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        if j - i >= MIN_LINES:
            rows = [x.split("\t") for x in lines[i:j]]
            # a second header row sits under a grouped first one ("Gross risk | | | Net ...")
            two = len(rows) > 2 and rows[1][0].strip() == "" and rows[0][0] != ""
            n = 2 if two and _grouped(rows[0], rows[1]) else 1
            tables.append(Table("tab", i, j, rows[:n], rows[n:]))
        i = j
    return tables


def _grouped(top: list[str], below: list[str]) -> bool:
    """A group header row: some of its cells stand over empty ones the row below names."""
    return any(c.strip() == "" for c in top[1:]) and sum(1 for c in below if c.strip()) >= 2


def spaced_tables(lines: list[str]) -> list[Table]:
    """Tables set out in spaces under a dashed rule: the rule's dashes mark the columns."""
    tables: list[Table] = []
    for k, line in enumerate(lines):
        rule = DASHED_RULE.match(line)
        if not rule or k == 0 or not lines[k - 1].strip():
            continue
        spans = [m.start() for m in re.finditer(r"-+", line)]
        top = k - 1
        while top > 0 and lines[top - 1].strip() and top > k - 2:
            top -= 1
        end = k + 1
        while end < len(lines) and lines[end].strip():
            end += 1

        def cut(text: str, spans: list[int] = spans) -> list[str]:
            edges = [*spans[1:], max(len(text), spans[-1]) + 1]
            return [text[a:b].strip() for a, b in zip([0, *spans[1:]], edges, strict=False)]

        header = [cut(x) for x in lines[top:k]]
        rows = [cut(x) for x in lines[k + 1:end]]
        if rows:
            tables.append(Table("spaced", top, end, header, rows, indent=rule.group(1)))
    return tables


def tables_of(paper: Paper) -> list[Table]:
    if paper.suffix == ".pdfsrc":
        return pipe_tables(paper.lines)
    return tab_tables(paper.lines) + spaced_tables(paper.lines)


def _keys(paper: Paper) -> list[tuple[str, str]]:
    """What names each expected table record: a KPI's words, a risk's id, a provider."""
    keys = []
    for cls in TABLE_CLASSES:
        keys += [(cls, ha.words(str(want[0]))) for want in paper.expected.get(cls, [])]
    return keys


def record_tables(paper: Paper) -> list[tuple[Table, str]]:
    """The paper's tables that carry expected records, each with the records' class."""
    found = []
    for table in tables_of(paper):
        if table.width < MIN_COLUMNS:
            continue
        text = " ".join(ha.words(" ".join(r)) for r in table.rows)
        cells = {ha.words(c) for r in table.rows for c in r}
        for cls, key in _keys(paper):
            if key and (f" {key} " in f" {text} " or key in cells):
                found.append((table, cls))
                break
    return found


# ---------------------------------------------------------------------------- writing tables


def _pad(row: list[str], width: int) -> list[str]:
    return row if _is_break(row) else row + [""] * (width - len(row))


def write_table(table: Table) -> list[str]:
    width = table.width
    if table.style == "pipe":
        out = []
        for n, row in enumerate([*table.header, *table.rows]):
            lead = SHADED if n == 0 and table.shaded else PIPE
            out.append(lead + " | ".join(_pad(row, width)) + " |")
        return out
    if table.style == "tab":
        # header rows keep their full width (a grouped header's empty cells), rows their own
        return ["\t".join(_pad(r, width)) for r in table.header] + [
            "\t".join(_trim(_pad(r, width))) for r in table.rows]
    rows = [_pad(r, width) for r in [*table.header, *table.rows] if not _is_break(r)]
    widths = [max(len(r[c]) for r in rows) for c in range(width)]
    widths = [max(w, 3) for w in widths]

    def line(cells: list[str]) -> str:
        cells = [c.ljust(w) for c, w in zip(cells, widths, strict=False)]
        return (table.indent + SPACED_GAP.join(cells)).rstrip()

    out = [line(r) for r in table.header]
    out.append(table.indent + SPACED_GAP.join("-" * w for w in widths))
    return out + [line(r) for r in table.rows if not _is_break(r)]


def _trim(row: list[str]) -> list[str]:
    while row and row[-1] == "":
        row = row[:-1]
    return row


def replaced(paper: Paper, changes: Iterable[tuple[Table, list[str]]]) -> Paper:
    """The paper with each table's lines replaced (tables given in any order)."""
    lines = paper.lines
    for table, new in sorted(changes, key=lambda c: -c[0].start):
        lines[table.start:table.end] = new
    return paper.with_lines(lines)


# ---------------------------------------------------------------------------- transforms


Transform = Callable[[Paper, int], "Paper | None"]


# A column of one period in a run of them ("Q1 | Q2 | Q3", "Apr-Jun | Jul-Sep", "Nov | Dec"):
# their order is what says which is the latest, so the run moves as one.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
PERIOD = re.compile(rf"^(?:Q[1-4]|{_MONTH}(?:\s*[-–]\s*{_MONTH})?)(?:\s+\d{{2,4}}(?:/\d{{2}})?)?$",
                    re.I)


def _columns(table: Table) -> list[list[int]]:
    """The table's columns in the groups that must move together: a two-row header's group
    and the columns under it, and a run of period columns."""
    width = table.width
    top = _pad(table.header[0], width)
    groups: list[list[int]] = []
    for c in range(width):
        grouped = len(table.header) > 1 and not top[c].strip()
        periods = groups and PERIOD.match(top[c].strip()) and PERIOD.match(
            top[groups[-1][-1]].strip())
        if groups and (grouped or periods):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def permute_columns(paper: Paper, seed: int) -> Paper | None:
    """(a) The columns in another order, each cell kept under its header."""
    changes = []
    for table, _ in record_tables(paper):
        groups = _columns(table)
        order = list(groups)
        random.Random(seed).shuffle(order)
        if order == groups:
            order = order[1:] + order[:1]
        flat = [c for g in order for c in g]
        width = table.width

        def move(row: list[str], flat: list[int] = flat, width: int = width) -> list[str]:
            return row if _is_break(row) else [_pad(row, width)[c] for c in flat]

        new = replace(table, header=[move(r) for r in table.header],
                      rows=[move(r) for r in table.rows])
        changes.append((table, write_table(new)))
    return replaced(paper, changes) if changes else None


def _family(cell: str, cls: str) -> list[str] | None:
    norm = ha.words(cell)
    for family in [*HEADER_FAMILIES.get(cls, []), *HEADER_FAMILIES["any"]]:
        if norm and any(ha.words(w) == norm for w in family):
            return family
    return None


# The unit a header gives its cells ("Total value (£)", "Value £m", "(%)"): part of its
# meaning, kept on the new word.
UNIT = re.compile(r"\s*\(?\s*[£$%][^)\s]*\s*\)?\s*$")


def _with_unit(word: str, cell: str) -> str:
    unit = UNIT.search(cell)
    return word if not unit or UNIT.search(word) else word + unit.group(0).rstrip()


def rename_headers(paper: Paper, variant: int) -> Paper | None:
    """(b) Each header cell a family knows, printed as another word of its family (the same
    word for the same header under each group of a two-row header)."""
    changes = []
    for table, cls in record_tables(paper):
        header = [list(r) for r in table.header]
        taken = {ha.words(c) for r in header for c in r}
        words: dict[str, str] = {}
        for c, cell in enumerate(header[-1]):
            family = _family(cell, cls)
            if family is None:
                continue
            if ha.words(cell) not in words:
                others = [w for w in family if ha.words(w) not in taken]
                if not others:
                    continue
                words[ha.words(cell)] = others[(variant - 1) % len(others)]
                taken.add(ha.words(words[ha.words(cell)]))
            header[-1][c] = _with_unit(words[ha.words(cell)], cell)
        if words:
            changes.append((table, write_table(replace(table, header=header))))
    return replaced(paper, changes) if changes else None


def _split_at(table: Table) -> int | None:
    """Where a page may break the table's body: a row that starts a record, mid-table."""
    starts = [i for i, r in enumerate(table.rows)
              if i and not _is_break(r) and r[0].strip() and not _is_break(table.rows[i - 1])]
    return starts[len(starts) // 2] if starts else None


def split_table(paper: Paper, variant: int) -> Paper | None:
    """(c) The table broken over a page: variant 1 prints its header again, 2 does not."""
    repeat = variant == 1
    changes = []
    for table, _ in record_tables(paper):
        at = _split_at(table)
        if at is None:
            continue
        if table.style == "pipe":
            rows = [*table.rows[:at], PAGE_ROW if repeat else BARE_PAGE_ROW, *table.rows[at:]]
            changes.append((table, write_table(replace(table, rows=rows))))
            continue
        # a text table's own lines, as printed: the header (and a spaced table's rule) first
        lines = paper.lines[table.start:table.end]
        head = len(lines) - len(table.rows)
        tail = [*(lines[:head] if repeat else []), *lines[head + at:]]
        tail[0] = FORM_FEED + tail[0]
        changes.append((table, [*lines[:head + at], *tail]))
    return replaced(paper, changes) if changes else None


def _letter_spaced(text: str) -> str:
    return "   ".join(" ".join(word) for word in text.upper().split())


def _caption_line(paper: Paper, table: Table) -> int | None:
    """The heading nearest above the table."""
    lines = paper.lines
    for k in range(table.start - 1, max(table.start - 8, -1), -1):
        line = lines[k].strip()
        if paper.suffix == ".pdfsrc" and lines[k].startswith(("## ", "** ")):
            return k
        if paper.suffix == ".txt" and line and len(line) < HEADING_MAX \
                and not line.endswith(".") and "\t" not in line:
            return k
    return None


def furnish(paper: Paper, variant: int) -> Paper | None:
    """(d) A running header and footer on every page and the table's heading letter-spaced;
    variant 2 also breaks the table over a page (header repeated), the furniture between."""
    found = record_tables(paper)
    if not found:
        return None
    base = split_table(paper, 1) if variant == 2 else paper
    if base is None:
        return None
    lines = base.lines
    table = record_tables(base)[0][0]
    at = _caption_line(base, table)
    if base.suffix == ".pdfsrc":
        if at is not None:
            lines[at] = "^^ " + lines[at][3:]
        header = "OFFICIAL" if variant == 1 else "Agenda Item 7 - Appendix A"
        return base.with_lines([f"%% header {header}", "%% footer Page {page} of {pages}",
                                *lines])
    if at is not None:
        lines[at] = _letter_spaced(lines[at])
    pages = "\n".join(lines).split(FORM_FEED)
    total = len(pages)
    head = "OFFICIAL" if variant == 1 else "Agenda Item 7 - Appendix A"
    out = [f"{head}\n\n{page.rstrip()}\n\nPage {n} of {total}\n"
           for n, page in enumerate(pages, 1)]
    return replace(base, text=FORM_FEED.join(out))


def _rag(cell: str) -> str | None:
    return RAG_WORDS.get(ha.words(cell))


def _hue_word(hex_colour: str) -> str | None:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    if sat < 0.25 or light > 0.9:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 330:
        return "Red"
    if degrees < 70:
        return "Amber"
    if degrees < 170:
        return "Green"
    return "Blue" if degrees < 260 else None


def rag_as_fill(paper: Paper, variant: int) -> Paper | None:
    """(e) Variant 1: a RAG printed as a word given by the cell's fill alone (a text paper is
    made a PDF first); variant 2, the converse: a fill-only RAG printed as its word."""
    if variant == 2:
        return _fill_as_word(paper)
    base = paper if paper.suffix == ".pdfsrc" else to_other_format(paper, 1)
    if base is None:
        return None
    changes = []
    for table, _ in record_tables(base):
        width = table.width
        body = [_pad(r, width) for r in table.rows if not _is_break(r)]
        rag_cols = [c for c in range(width)
                    if body and all(_rag(r[c]) for r in body if r[0].strip())]
        if not rag_cols:
            continue

        def fill(row: list[str], cols: list[int] = rag_cols, width: int = width) -> list[str]:
            if _is_break(row):
                return row
            row = _pad(row, width)
            return [f"{{{RAG_FILL[_rag(x) or '']}}}" if c in cols and _rag(x) else x
                    for c, x in enumerate(row)]

        changes.append((table, write_table(replace(table, rows=[fill(r) for r in table.rows]))))
    return replaced(base, changes) if changes else None


def _fill_as_word(paper: Paper) -> Paper | None:
    if paper.suffix != ".pdfsrc" or "{#" not in paper.text:
        return None
    changes = []
    for table, _ in record_tables(paper):
        def word(cell: str) -> str:
            fill = hr.CELL_FILL.match(cell)
            if not fill:
                return cell
            rest = cell[fill.end():]
            return rest or (_hue_word(fill.group(1)) or "")

        rows = [r if _is_break(r) else [word(c) for c in r] for r in table.rows]
        if rows != table.rows:
            changes.append((table, write_table(replace(table, rows=rows))))
    return replaced(paper, changes) if changes else None


def _is_txt_heading(lines: list[str], k: int) -> bool:
    line = lines[k].strip()
    after = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return (0 < len(line) < HEADING_MAX and not line.endswith((".", ",", ";", ":"))
            and ": " not in line and not after.startswith(("-", "="))
            and (not after or line.isupper()))


def to_other_format(paper: Paper, variant: int) -> Paper | None:
    """(f) A `.pdfsrc` paper as a text paper (its tables tab tables), a text paper's tables as
    a PDF's ruled tables."""
    del variant
    if not record_tables(paper):
        return None
    if paper.suffix == ".pdfsrc":
        return _pdfsrc_to_txt(paper)
    return _txt_to_pdfsrc(paper)


def _pdfsrc_to_txt(paper: Paper) -> Paper:
    out: list[str] = []
    tables = {t.start: t for t in pipe_tables(paper.lines)}
    lines = paper.lines
    k = 0
    while k < len(lines):
        if k in tables:
            table = tables[k]
            out.append("")
            out += _tab_lines(table)
            out.append("")
            k = table.end
            continue
        line = lines[k]
        k += 1
        if line.startswith(hr.FURNITURE):
            continue
        if line == hr.PAGE_BREAK:
            out.append(FORM_FEED)
        elif line.startswith(("## ", "** ", "^^ ", "<< ")):
            out += [line[3:], ""]
        else:
            out += [line, ""]
    return paper.with_lines(out, ".txt")


def _tab_lines(table: Table) -> list[str]:
    header = ["\t".join(r) for r in table.header]
    out = list(header)
    for row in table.rows:
        if _is_break(row):
            out.append(FORM_FEED + (header[0] if row == PAGE_ROW else ""))
            if row == PAGE_ROW:
                out += header[1:]
            continue
        cells = [_fill_text(c) for c in row]
        out.append("\t".join(cells))
    return [x for x in out if x != FORM_FEED] + ([] if out[-1] != FORM_FEED else [""])


def _fill_text(cell: str) -> str:
    fill = hr.CELL_FILL.match(cell)
    if not fill:
        return cell
    return cell[fill.end():] or (_hue_word(fill.group(1)) or "")


def _merged(table: Table) -> list[list[str]]:
    """A text table's rows with wrapped lines (no first cell, words only) joined to the row
    above; a line with no first cell but figures of its own ("Target | 4 | 3 | 12" under a
    risk's "Current" line) is a row of its own."""
    rows: list[list[str]] = []
    width = table.width
    for row in table.rows:
        row = _pad([c.strip() for c in row], width)
        if rows and not row[0] and not any(re.fullmatch(r"[\d.,%£]+", c) for c in row):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=False)]
        else:
            rows.append(row)
    return rows


def _pipe_header(table: Table) -> list[str]:
    """One header row: a grouped header's group before each of its columns."""
    if len(table.header) < 2:
        return [c.strip() for c in table.header[0]]
    width = table.width
    top, below = _pad(table.header[0], width), _pad(table.header[1], width)
    names, group = [], ""
    for a, b in zip(top, below, strict=False):
        group = a.strip() or group
        names.append(f"{group} {b.strip()}".strip() if b.strip() else a.strip())
    return names


def _txt_to_pdfsrc(paper: Paper) -> Paper:
    lines = paper.lines
    tables = {t.start: t for t in tab_tables(lines) + spaced_tables(lines)
              if t.width >= MIN_COLUMNS}
    out: list[str] = []
    first = True
    k = 0
    while k < len(lines):
        if k in tables:
            table = tables[k]
            rows = [_pipe_header(table), *_merged(table)]
            out += [PIPE + " | ".join(r) + " |" for r in rows]
            k = table.end
            continue
        raw = lines[k]
        for n, part in enumerate(raw.split(FORM_FEED)):
            if n:
                out.append(hr.PAGE_BREAK)
            line = part.strip()
            if not line:
                continue
            if first:
                out.append("## " + line)
                first = False
            elif _is_txt_heading([*lines[:k], part, *lines[k + 1:]], k):
                out.append("** " + line)
            elif "\t" in line:
                out.append(line)
            else:
                out.append(line)
        k += 1
    return paper.with_lines([_printable(x) for x in out], ".pdfsrc")


# Characters a text paper may hold that the PDF's core fonts cannot print, as a typist would.
CORE_FONT_SUBSTITUTES = {"≥": ">=", "≤": "<=", "−": "-", "→": "->", "✓": "Yes"}


def _printable(line: str) -> str:
    for char, text in CORE_FONT_SUBSTITUTES.items():
        line = line.replace(char, text)
    return line.encode("cp1252", "replace").decode("cp1252")


def _case_like(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like.istitle():
        return word.title()
    return word


def _is_heading(paper: Paper, lines: list[str], k: int) -> bool:
    """A heading of the paper: a marked one in a `.pdfsrc`, a short line standing alone (blank
    or the page's edge around it) in a text paper."""
    if paper.suffix == ".pdfsrc":
        return lines[k].startswith(("## ", "** ", "^^ "))
    line = lines[k].strip()
    before = lines[k - 1].strip() if k else ""
    after = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return (0 < len(line) < HEADING_MAX and not line.endswith(".") and "\t" not in line
            and not before and (not after or line.isupper()))


def reword_caption(paper: Paper, variant: int) -> Paper | None:
    """(g) The table's caption and the paper's headings naming it in other words of the same
    family ("Corporate Risk Register" -> "Strategic risks")."""
    classes = [c for c in TABLE_CLASSES if paper.expected.get(c)]
    lines = paper.lines
    changed = False
    for cls in classes:
        for family in CAPTION_FAMILIES[cls]:
            pattern = re.compile(r"\b(" + "|".join(re.escape(p) for p in
                                                   sorted(family, key=len, reverse=True))
                                 + r")\b", re.I)
            for k, line in enumerate(lines):
                if not _is_heading(paper, lines, k):
                    continue
                text = line[3:] if paper.suffix == ".pdfsrc" else line
                match = pattern.search(text)
                if not match:
                    continue
                others = [p for p in family if p.lower() != match.group(1).lower()]
                word = _case_like(others[(variant - 1) % len(others)], match.group(1))
                lines[k] = line[:len(line) - len(text)] + pattern.sub(word, text, count=1)
                changed = True
    return paper.with_lines(lines) if changed else None


TRANSFORMS: dict[str, tuple[Transform, tuple[int, ...]]] = {
    "permute": (permute_columns, (1, 2, 3)),
    "rename": (rename_headers, (1, 2, 3)),
    "split": (split_table, (1, 2)),
    "furniture": (furnish, (1, 2)),
    "rag_fill": (rag_as_fill, (1, 2)),
    "format": (to_other_format, (1,)),
    "caption": (reword_caption, (1, 2)),
}


# ---------------------------------------------------------------------------- running


def table_papers(only: set[str] | None = None) -> list[Paper]:
    papers = []
    for name, expected in ha.expected_data().items():
        if only and name not in only:
            continue
        if any(expected.get(c) for c in TABLE_CLASSES):
            path = ha.PAPERS / name
            papers.append(Paper(name, path.suffix, path.read_text(), expected))
    return papers


def score(paper: Paper, folder: Path) -> dict[str, ha.Score]:
    """The paper's table records scored against its expected ones."""
    from kcc_papers.pipeline import process_file

    folder.mkdir(parents=True, exist_ok=True)
    src = folder / (Path(paper.name).stem + paper.suffix)
    src.write_text(paper.text)
    path = ha.render_pdf(src, folder) if paper.suffix == ".pdfsrc" else src
    result = process_file(str(path))
    if result.error:
        return {c: ha.Score(fn=len(paper.expected.get(c, []))) for c in TABLE_CLASSES}
    scores = ha.score_file(paper.expected, result)
    return {c: scores[c] for c in TABLE_CLASSES}


def right(scores: dict[str, ha.Score]) -> bool:
    return all(s.fp == 0 and s.fn == 0 for s in scores.values())


@dataclass
class Outcome:
    transform: str
    variant: int
    paper: str
    scores: dict[str, ha.Score]
    expects: tuple[str, ...]


def run(papers: list[Paper], names: Iterable[str]) -> tuple[list[str], list[Outcome]]:
    """Papers wrong before any change (left out), and each transform's outcome per paper."""
    wrong: list[str] = []
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for paper in papers:
            if not right(score(paper, folder / "base")):
                wrong.append(paper.name)
                continue
            for name in names:
                transform, variants = TRANSFORMS[name]
                for variant in variants:
                    changed = transform(paper, variant)
                    if changed is None or changed.text == paper.text:
                        continue
                    scores = score(changed, folder / f"{name}{variant}")
                    expects = tuple(c for c in TABLE_CLASSES if paper.expected.get(c))
                    outcomes.append(Outcome(name, variant, paper.name, scores, expects))
    return wrong, outcomes


def summary(wrong: list[str], outcomes: list[Outcome], files: bool = True) -> str:
    out = []
    if wrong:
        out.append(f"left out (wrong before any change): {', '.join(wrong)}")
    # runs: paper x variant pairs; papers: distinct papers; right: runs with the class right
    out.append(f"{'transform':<14}{'class':<10}{'papers':>7}{'runs':>6}{'right':>7}{'tp':>6}"
               f"{'fp':>5}{'fn':>5}{'F1':>7}")
    grand = {c: ha.Score() for c in TABLE_CLASSES}
    for name in dict.fromkeys(o.transform for o in outcomes):
        for cls in TABLE_CLASSES:
            mine = [o for o in outcomes if o.transform == name and cls in o.expects]
            if not mine:
                continue
            total = ha.Score()
            for o in mine:
                s = o.scores[cls]
                total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
                g = grand[cls]
                g.tp, g.fp, g.fn = g.tp + s.tp, g.fp + s.fp, g.fn + s.fn
            ok = sum(1 for o in mine if o.scores[cls].fp == 0 and o.scores[cls].fn == 0)
            papers = len({o.paper for o in mine})
            out.append(f"{name:<14}{cls:<10}{papers:>7}{len(mine):>6}{ok:>7}{total.tp:>6}"
                       f"{total.fp:>5}{total.fn:>5}{total.f1:>7.2f}")
    for cls, g in grand.items():
        out.append(f"{'all':<14}{cls:<10}{'':>20}{g.tp:>6}{g.fp:>5}{g.fn:>5}{g.f1:>7.2f}")
    if files:
        out.append("failures:")
        for o in outcomes:
            if not right(o.scores):
                bad = ", ".join(f"{c} fp={s.fp} fn={s.fn}" for c, s in o.scores.items()
                                if s.fp or s.fn)
                out.append(f"  {o.transform}{o.variant} {o.paper}: {bad}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="PAPER")
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS))
    parser.add_argument("--show", metavar="TRANSFORM:VARIANT",
                        help="print the changed markup of the --only papers and stop")
    parser.add_argument("--no-files", action="store_true", help="no list of failures")
    args = parser.parse_args(argv)
    papers = table_papers(set(args.only) if args.only else None)
    if args.show:
        name, _, variant = args.show.partition(":")
        for paper in papers:
            changed = TRANSFORMS[name][0](paper, int(variant or 1))
            print(f"=== {paper.name} -> {changed.suffix if changed else 'n/a'}")
            print(changed.text if changed else "")
        return 0
    wrong, outcomes = run(papers, args.transform or list(TRANSFORMS))
    print(summary(wrong, outcomes, not args.no_files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
