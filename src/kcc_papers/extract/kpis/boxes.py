"""Reports that print each KPI as a box: the description with its RAG in a coloured cell, then
"Latest: 94% Target: 90%, Floor: 85% Previous: 89% (Amber)". Boxes are read from the PDF table
when pdfplumber finds one (clean cells and the RAG cell's colour), else from the text lines."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.cards import opens_card
from kcc_papers.extract.kpis.common import Extracted, Parsed, Section, quarter
from kcc_papers.extract.kpis.layout import Item, Row, Text, is_wordy
from kcc_papers.extract.kpis.rag import Rag, parse_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value, parse_value

LABEL = re.compile(
    r"\b(Latest|Actual|Target|Floor(?:\s+Standard)?|Previous)\b\s*:?\s*", re.I
)
HAS_LATEST = re.compile(r"^\s*(Latest\s*(:|\s*[-£\d.(])|Actual\s*:)")
LATEST_VALUE = HAS_LATEST
PREVIOUS_RAG = re.compile(r"\(\s*(green|amber|red)\s*\)", re.I)
# The text before the colour ends at no space inside a run of spaces: ending at the run's first
# would have been tried first and read the same, so a line's long run is read once, not from
# each of its spaces.
TRAILING_RAG = re.compile(r"^(.*?)(?:(?<!\s)|(?!\s))\s+(GREEN|AMBER|RED)\s*$")
KPI_HEADING = re.compile(r"^\s*(Key\s+)?Performance\s+Indicators\s*$|^\s*KPIs\s*$", re.I)
SUMMARY = re.compile(r"\bKPI\s+Summary\b|^\s*Summary\s*$", re.I)
MEMBER = re.compile(r"^\s*(Cabinet\s+Members?|Portfolio\s+Holders?)\s*:?\s+(\S.*)$", re.I)
DIRECTOR = re.compile(r"^\s*((?:Corporate\s+|Executive\s+)?Director)\s*:?\s+(\S.*)$", re.I)
FIELDS = {"latest": "latest_value", "target": "target", "floor": "floor_standard",
          "previous": "previous_value"}


def _heading(text: str) -> bool:
    """A service heading: words, no RAG labels, counts, people or sentences."""
    return (
        is_wordy(text)
        and not re.search(r"\b(GREEN|AMBER|RED|Summary|KPIs?)\b|\d|\.\s*$", text)
        and not MEMBER.match(text)
        and not DIRECTOR.match(text)
        and len(text) < 100
    )


def split_labels(text: str) -> tuple[dict[str, Value], Rag | None]:
    """ "Latest: 94% Target: 90%, Floor: 85% Previous: 89% (Amber)" -> values, previous RAG.
    The first occurrence of a label wins (text layers sometimes repeat a cell)."""
    parts = LABEL.split(text)
    values: dict[str, Value] = {}
    previous_rag = None
    for label, chunk in zip(parts[1::2], parts[2::2], strict=False):
        key = label.split()[0].lower()
        key = "latest" if key == "actual" else key
        if key in values:
            continue
        m = PREVIOUS_RAG.search(chunk)
        if key == "previous" and m:
            previous_rag = parse_rag(m.group(1))
        chunk = PREVIOUS_RAG.sub("", chunk).strip().rstrip(",;").strip()
        values[key] = parse_value(chunk)
    return values, previous_rag


class BoxReader:
    def __init__(self, items: list[Item]):
        self.items = items
        head = "\n".join(i.text for i in items[:80] if isinstance(i, Text))
        self.period = quarter(head)
        self.sections: list[Section] = [Section()]
        self.out = Extracted()

    def run(self) -> Extracted:
        starts = self._section_starts()
        tables: dict[int, list[Row]] = {}
        for item in self.items:
            if isinstance(item, Row):
                tables.setdefault(item.table, []).append(item)
        done: set[int] = set()
        used_text: set[int] = set()
        for n, item in enumerate(self.items):
            if starts and starts[0][0] == n:
                self.sections.append(Section(name=starts.pop(0)[1], page=item.page))
            if isinstance(item, Row):
                self._people(item.cells)
                if item.table not in done:
                    done.add(item.table)
                    self._table_box(tables[item.table])
            elif not item.in_table:
                self._people([item.text])
                if LATEST_VALUE.match(item.text) and n not in used_text:
                    self._text_box(item, n, used_text)
        return self.out

    # Sections ---------------------------------------------------------------------------
    def _section_starts(self) -> list[tuple[int, str | None]]:
        """A "KPI Summary" opens a service section, which starts at the heading above it."""
        starts: list[tuple[int, str | None]] = []
        for n, item in enumerate(self.items):
            if isinstance(item, Row) and not any(SUMMARY.search(c) for c in item.cells[:1]):
                continue
            if isinstance(item, Text) and (item.in_table or not SUMMARY.search(item.text)):
                continue
            if isinstance(item, Row) and _spanned_on(item, self.items[n - 1] if n else None):
                continue  # the summary's merged first cell, repeated on its next row
            start, name = n, None
            for back in range(n - 1, -1, -1):
                prev = self.items[back]
                if prev.page != item.page or (isinstance(prev, Text) and prev.header):
                    break
                if (starts and back <= starts[-1][0]) or back < n - 12:
                    break
                text = prev.cells[0] if isinstance(prev, Row) else prev.text
                if isinstance(prev, Text) and _heading(text):
                    start, name = back, " ".join(text.split())
                    break
            if not starts or start > starts[-1][0]:
                starts.append((start, name))
        return starts

    def _people(self, cells: list[str]) -> None:
        """ "Cabinet Member Dylan Jeffrey", "Corporate Director Amanda Beer" (text or cells)."""
        text = " ".join(c.strip() for c in cells if c.strip())
        section = self.sections[-1]
        if len(text) > 80:
            return
        m = MEMBER.match(text)
        if m and section.cabinet_member is None:
            section.cabinet_member = m.group(2).strip()
        m = DIRECTOR.match(text)
        if m and section.director is None:
            section.director = m.group(2).strip()

    # Boxes ------------------------------------------------------------------------------
    def _table_box(self, rows: list[Row]) -> None:
        label_rows = [r for r in rows if any(HAS_LATEST.match(c) for c in r.cells)]
        if not label_rows:
            return
        desc, rag, fill = None, None, None
        for row in rows:
            if row in label_rows:
                break
            for i, cell in enumerate(row.cells):
                if parse_rag(cell) and rag is None:
                    rag, fill = parse_rag(cell), row.fill(i)
                elif is_wordy(cell) and desc is None:
                    desc = cell
        text = " ".join(c for r in label_rows for c in r.cells)
        if desc:
            self._add(desc, rag, fill, text, rows[0].page)

    def _text_box(self, item: Text, at: int, used: set[int]) -> None:
        """A box from text lines: the "Latest:" line and its continuation lines hold the
        values; the lines above it, back to the previous box or heading, the description."""
        parts, n = [item.text], at + 1
        while "(" not in parts[-1] and n < len(self.items) and n - at <= 3:
            nxt = self.items[n]
            if not isinstance(nxt, Text) or nxt.page != item.page or nxt.in_table:
                break
            if not LABEL.search(nxt.text):
                break
            parts.append(nxt.text)
            used.add(n)
            n += 1
        desc_lines: list[str] = []
        rag = None
        for prev in reversed(self.items[max(0, at - 6) : at]):
            if not isinstance(prev, Text) or prev.page != item.page or prev.header:
                break
            if prev.in_table:
                break
            text = prev.text.strip()
            if opens_card(text) and _one_label_a_line(parts):
                return  # an indicator profile, a field a line: the card reader's
            if KPI_HEADING.match(text) or LABEL.search(text) or text.endswith("."):
                break
            if parse_rag(text) and rag is None and not desc_lines:
                rag = parse_rag(text)
                continue
            m = TRAILING_RAG.match(text)
            if m and rag is None and not desc_lines:
                rag, text = parse_rag(m.group(2)), m.group(1)
            desc_lines.insert(0, text)
        if desc_lines:
            self._add(" ".join(desc_lines), rag, None, " ".join(parts), item.page)

    def _add(self, desc: str, rag: Rag | None, fill: str | None, text: str, page: int) -> None:
        values, previous_rag = split_labels(text)
        if "latest" not in values:
            return
        section = self.sections[-1]
        kpi = Kpi(
            description=" ".join(desc.split()),
            service_area=section.name,
            director=section.director,
            cabinet_member=section.cabinet_member,
            latest_rag=rag,
            latest_rag_colour=fill,
            previous_rag=previous_rag,
            page=page,
        )
        if self.period:
            kpi.period, kpi.period_date = f"Latest: {self.period[0]}", self.period[1]
        notes = []
        for key, name in FIELDS.items():
            value = values.get(key)
            if value is not None:
                setattr(kpi, name, value.value)
                if value.placeholder:
                    notes.append(f"{key.title()}: {value.placeholder}")
        kpi.latest_text = values["latest"].text or None
        units = [v.unit for v in values.values() if v.unit]
        kpi.unit = units[0] if units else None
        kpi.note = "; ".join(notes) or None
        self.out.kpis.append(Parsed(kpi, values, len(self.sections) - 1))

    def finish(self) -> None:
        """People printed below a section's boxes ("Cabinet Member ..." at the page foot)
        belong to the whole section."""
        for parsed in self.out.kpis:
            section = self.sections[parsed.service_key or 0]
            parsed.kpi.director = parsed.kpi.director or section.director
            parsed.kpi.cabinet_member = parsed.kpi.cabinet_member or section.cabinet_member


def read_boxes(items: list[Item]) -> tuple[Extracted, list[Section]]:
    reader = BoxReader(items)
    out = reader.run()
    reader.finish()
    return out, reader.sections


def _one_label_a_line(lines: list[str]) -> bool:
    """Fields printed one a line ("Actual: 3.4" / "Target: 4.0"), as a card or a profile
    prints them, not a box's line of them ("Latest: 94% Target: 90% Floor: 85%")."""
    return all(len(LABEL.findall(line)) <= 1 for line in lines)


def _spanned_on(row: Row, prev: object) -> bool:
    """Whether the row's first cell is the one above it merged down (a rowspan gives each of
    its rows the cell's text): the row before, of the same table, starts with the same."""
    return (isinstance(prev, Row) and prev.table == row.table
            and prev.cells[:1] == row.cells[:1])
