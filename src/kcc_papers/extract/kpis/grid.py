"""Dashboards that print KPIs as table rows under a header row ("Ref | Indicator description |
Latest Month | Month RAG | DoT | Year to Date | YTD RAG | Target | Floor Standard | Previous
Year"), and activity indicators the same way ("Year to date | In expected range | Expected
Upper | Lower | Prev. yr YTD"). Columns are found by their names, rows by their ref or
description, so stray margin text and missing cells do not shift the values."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.activity import activity_indicator
from kcc_papers.extract.kpis.bracketed import bracketed_key
from kcc_papers.extract.kpis.columns import FREQUENCY, period_of
from kcc_papers.extract.kpis.common import (
    Extracted,
    Parsed,
    Section,
    dot_legend,
    read_dot,
    ref_notes,
    results_to,
    year_end,
)
from kcc_papers.extract.kpis.compared import compared_rag, comparison_key
from kcc_papers.extract.kpis.grid_headers import (
    _continues_header,
    _merge,
    _other_header,
    _reads_below,
    _spanned_headings,
    _swatch_key,
)
from kcc_papers.extract.kpis.grid_rows import _align, _offset
from kcc_papers.extract.kpis.grid_values import _set_values, period_status, rated_column
from kcc_papers.extract.kpis.header import (
    Header,
    codes_as_ref,
    read_header,
    split_rating,
    status_column,
    subject_names_each_row,
    subject_ref,
)
from kcc_papers.extract.kpis.keys import key_columns, key_tables
from kcc_papers.extract.kpis.layout import Item, Row, Text
from kcc_papers.extract.kpis.limits import states_limits
from kcc_papers.extract.kpis.numbered import numbered_key
from kcc_papers.extract.kpis.pending_key import (
    is_pending_mark,
    not_in_yet,
    other_marks,
    own_ratings,
    pending_marks,
)
from kcc_papers.extract.kpis.periods import after, closes_periods, dated_periods, later
from kcc_papers.extract.kpis.rag import Rag, colour_rag, parse_rag
from kcc_papers.extract.kpis.sides import sides_apart
from kcc_papers.extract.kpis.status import status_key, status_rag
from kcc_papers.extract.kpis.table_walk import last_in_table, row_below, table_rows
from kcc_papers.extract.kpis.totals import closing_total
from kcc_papers.extract.kpis.unnamed import rating_heading
from kcc_papers.extract.kpis.worded import worded_rating
from kcc_papers.models import Kpi
from kcc_papers.normalise.headings import grouped_headings
from kcc_papers.normalise.numbers import Value, parse_value

SERVICE = re.compile(r"^(service(\s+area)?|division|directorate|department)$", re.I)
DIRECTOR = re.compile(r"^(corporate\s+|executive\s+)?director$", re.I)
CABINET = re.compile(r"^cabinet\s+members?$|^portfolio\s+holders?$", re.I)
SECTION_DATE = re.compile(r"^\s*(results|data|performance)\s+(up\s+)?to\b.{0,40}$", re.I)


# A period's figure said to be missing, not yet in: "Data not available", "tbc", "To follow",
# "Awaiting data", "Figures not yet reported", "Due in Q4". ("n/a" is no such word: a measure
# taken once a year prints it under every quarter, its latest figure the year's outturn.)
PENDING = re.compile(
    r"^(?:(?:(?:data|figures?|information|results?)\s+)?not\s+(?:yet\s+)?"
    r"(?:available|reported|received|published|due)(?:\s+yet)?"
    r"|awaiting(?:\s+(?:data|figures?|information|results?))?"
    r"|(?:(?:data|figures?)\s+)?due\s+(?:in|by)\s+\S+(?:\s+\d{4})?"
    r"|no\s+data|tbc|to\s+be\s+confirmed|to\s+follow)$", re.I)


class GridReader:
    """Walks the stream, keeping the current header and service section."""

    def __init__(self, items: list[Item]):
        self.items = items
        self.legend = dot_legend(items)
        texts = [i.text for i in items if isinstance(i, Text)]
        self.texts = texts
        self.compared: dict[str, Rag] | None = None  # (``comparison_key``, read once asked)
        self.default = next((r for t in texts for r in [results_to(t)] if r), None)
        text = "\n".join(i.text for i in items[:200] if isinstance(i, Text))
        self.year = year_end(text)
        # (a key's lines say more than the marks of a two-column key's rows, read alone)
        self.key = {**key_columns(items), **numbered_key(items), **bracketed_key(texts),
                    **status_key([*texts, *(" ".join(i.cells) for i in items
                                            if isinstance(i, Row)), *key_tables(items)])}
        # the marks the paper's key says stand for a figure not yet in ("n/a = not yet
        # available"): said so, they are PENDING's words in this paper (``pending_key``)
        self.pending = pending_marks(texts)
        self.others = other_marks(texts)  # ("n/a = not applicable": no figure to come)
        self.section = Section()
        self.sections: list[Section] = []
        self.when = self.default
        self.out = Extracted()

    def run(self) -> Extracted:
        header: Header | None = None
        header_row: Row | None = None  # the row the header was read from
        prev: Row | None = None
        service_cols: list[str] | None = None
        for n, item in enumerate(self.items):
            if isinstance(item, Text):
                if item.in_table:
                    continue
                # A heading line moves the section's date; prose ("PI02 - Data is up to
                # December 2014") speaks of one indicator only.
                found = results_to(item.text) if SECTION_DATE.match(item.text) else None
                if found and self.default is not None:
                    self.when = found
                continue
            cells = item.cells
            if header is not None and prev is not None and prev is header_row and (
                _continues_header(item, prev)
            ):
                merged = read_header(_merge(header.labels, cells))
                header = merged or header
                prev = item
                continue
            if header is not None and prev is not None and prev is header_row and (
                    grouped := _spanned_headings(prev, item)) is not None:
                # "Target" and "Actual" each over "Q1 | Q2 | Q3 | Q4": the row below names
                # the columns the groups span
                header = read_header(grouped) or header
                prev = item
                continue
            if service_cols is not None:
                self._service(service_cols, cells)
                service_cols = None
                prev = item
                continue
            if any(SERVICE.match(c.strip()) for c in cells) and any(
                DIRECTOR.match(c.strip()) or CABINET.match(c.strip()) for c in cells
            ):
                service_cols, header = cells, None
                prev = item
                continue
            # (a last column rated by fill under an empty heading is named as rated)
            named = rating_heading(self.items, n)
            # (and a column whose every cell is a rating's words, under a word of its own)
            named = worded_rating(self.items, n, named)
            new = read_header(named, row_below(self.items, n, item, always=_reads_below(named)))
            if new is None and prev is not None and prev is not header_row and (
                    prev.table == item.table):
                # "Quarter 3 2025/26" over "Actual | Target | RAG": a header over two rows
                grouped = grouped_headings(prev.cells, cells)
                new = read_header(grouped) if grouped else None
            if new is not None and states_limits(table_rows(self.items, n, item)):
                # a table of limits kept ("Status: Within limit"), whatever its header names
                header, prev = None, item
                continue
            if new is not None:
                if subject_ref(new) is not None:  # (its table's rows read only then)
                    new = subject_names_each_row(new, table_rows(self.items, n, item))
                header, header_row = new, item
            elif header is not None and _other_header(item, prev, header):
                header = None  # a table of another kind (notes on the indicators' sources)
            elif header is not None and _swatch_key(item):
                pass  # the key to the ratings' colours printed under the dashboard
            elif header is not None:
                header = status_column(codes_as_ref(header, cells), item, self.key)
                offset = _offset(cells, header)
                if offset is not None and not self._total(header, n, item, offset):
                    self._data(header, _align(cells, header, offset), item, offset)
            prev = item
        self._notes()
        return self.out

    def _total(self, header: Header, n: int, row: Row, offset: int) -> bool:
        """Whether the row is the table's closing total (``closing_total``)."""
        rag_at = header.index("rag")
        filled = rag_at is not None and colour_rag(row.fill(rag_at + offset), blue=False)
        return closing_total(header.roles, _align(row.cells, header, offset), bool(filled),
                             last_in_table(self.items, n, row))

    def _service(self, labels: list[str], values: list[str]) -> None:
        section = Section()
        for printed_label, printed in zip(labels, values, strict=False):
            label, value = printed_label.strip(), printed.strip() or None
            if SERVICE.match(label):
                section.name = value
            elif DIRECTOR.match(label):
                section.director = value
            elif CABINET.match(label):
                section.cabinet_member = value
        self.section = section
        self.sections.append(section)
        self.when = self.default

    def _cells(self, header: Header, aligned: list[str]) -> dict[str, list[str]]:
        by_role: dict[str, list[str]] = {}
        for role, cell in zip(header.roles, aligned, strict=True):
            if role:
                by_role.setdefault(role, []).append(cell.strip())
        return by_role

    def _data(self, header: Header, aligned: list[str], row: Row, offset: int) -> None:
        if header.kind == "kpi":
            self._kpi(header, aligned, row, offset)
        else:
            self._activity(header, aligned, row)

    def _kpi(self, header: Header, aligned: list[str], row: Row, offset: int) -> None:
        raw: dict[str, Value] = {}
        rags: dict[str, str] = {}
        printed_rags: dict[str, str] = {}
        fill = None
        last_value = None
        dot_text = None
        own_period: str | None = None  # the row's own period, where a column gives it
        period_label: str | None = None
        latest_at: int | None = None  # the latest value's column, for its cell's fill
        period_targets: dict[str, Value] = {}  # a target per period, by the period's name
        period_read = False  # whether the latest value was read from a period's column
        # a period's placeholder ("n/a") after a year's outturn, and its period's heading
        unfilled: tuple[Value, str] | None = None
        # a period saying its figure is not yet in, its heading and column: the row's latest
        # where it is a later period than the last with a figure (``periods.after``)
        pending: tuple[Value, str, int] | None = None
        # the period each value or target column names ("Q3", "Actual Q3"), read once
        periods = [period_of(label) if role in ("latest", "target") else None
                   for role, label in zip(header.roles, header.labels, strict=True)]
        dated = dated_periods({j: period for j, (role, period) in enumerate(
            zip(header.roles, periods, strict=True)) if role == "latest" and period is not None})
        for j, (role, label, cell, period) in enumerate(
            zip(header.roles, header.labels, aligned, periods, strict=True)
        ):
            cell = cell.strip()
            if role in ("latest", "ytd"):
                # "84.1 (A)": the value with its rating in one cell
                cell, rated = split_rating(cell)
                if rated:
                    printed_rags[role] = rated
            if role == "latest" and period is not None and "latest" in raw:
                # "Q1 | Q2 | Q3 | Q4": the last period with a figure is the latest; where the
                # headings name their years ("Apr-25 | Mar-25"), the latest dated one
                if raw["latest"].value is not None and not later(dated, j, latest_at):
                    continue
                value = parse_value(cell)
                # (a period saying its figure is missing, "Data not available", before any
                # period has one: the latest is missing, not a year's outturn before them)
                if (not value.empty and value.value is not None) or (
                        not period_read and PENDING.match(value.text)):
                    raw["latest"] = value
                    period_label = " ".join(label.split())
                    latest_at = j
                    period_read = True
                elif value.placeholder and not period_read and unfilled is None:
                    unfilled = value, " ".join(label.split())
                elif pending is None and (self._pending(value.text) or value.placeholder):
                    # ("n/a", "-" after a figure: pending only as ``not_in_yet`` says, below)
                    pending = value, " ".join(label.split()), j
                continue
            if role == "target" and period is not None:
                # "Target Q1 | Target Q2": each period's target, the latest's read at the end
                period_targets[period.lower()] = parse_value(cell)
            if role == "latest" and period_read and closes_periods(label, periods[:j]) and (
                    (closing := parse_value(cell)).value is not None):
                # "Q4 | Year end": the year's figure, after its quarters, is the latest
                raw["latest"], latest_at = closing, j
                period_label = " ".join(label.split())
                continue
            if role in ("latest", "ytd", "target", "floor", "previous_year", "previous"):
                if (role == "latest" and period is not None and "latest" not in raw
                        and (self._pending(cell) or parse_value(cell).placeholder)
                        and pending is None):
                    # (the first period's, newest first: "Dec-27 | Sep-27")
                    pending = parse_value(cell), " ".join(label.split()), j
                raw.setdefault(role, parse_value(cell))
                if role in ("latest", "ytd"):
                    last_value = role
                    if role == "latest":
                        period_label = " ".join(label.split())
                        latest_at = j if latest_at is None else latest_at
                        period_read = period_read or period is not None
            elif role == "rag":
                rated_by = rated_column(header.roles, header.labels, j, last_value)
                mine = period_status(header.roles, periods, j, latest_at,  # (grid_values)
                                     header.labels)
                if rated_by and (mine or (mine is None and rated_by not in rags)):
                    rags[rated_by] = cell
                if rated_by == "latest" and (mine or (mine is None and fill is None)):
                    fill = row.fill(j + offset)
            elif role == "dot":
                dot_text = cell or None
            elif role == "period" and not FREQUENCY.match(cell):
                own_period = " ".join(cell.split()) or None
        latest_period = period_of(period_label or "")
        if latest_period is not None and latest_period.lower() in period_targets:
            raw["target"] = period_targets[latest_period.lower()]
        for role, rated in printed_rags.items():
            rags.setdefault(role, rated)
        latest = raw.get("latest", Value(""))
        if "rag" not in header.roles and latest_at is not None:
            # no RAG column: the latest figure's own cell may be filled with its rating (a
            # blue there is a shade picking out the column, Word's accent colour)
            own = row.fill(latest_at + offset)
            if colour_rag(own, blue=False):
                fill = own
                rags.setdefault("latest", "")
        latest_rag = (status_rag(rags["latest"], self.key, fill) if "latest" in rags else None)
        at = header.index("comparison")
        if latest_rag is None and at is not None and "rag" not in header.roles:
            # a comparison with a comparator rates the row where the paper's key says so
            if self.compared is None:
                self.compared = comparison_key(self.texts)
            latest_rag = compared_rag(aligned[at], self.compared)
        if (unfilled is not None and not period_read and not latest_rag
                and not any(map(parse_rag, rags.values()))):
            # "n/a" under the quarters after a year's outturn: a rated row is rated on that
            # outturn (a measure taken once a year), but an unrated one has no figure for
            # this year, and the year before is a comparison, not its value
            latest, period_label = unfilled
            raw["latest"] = latest
        elif (pending is not None and self._pending(pending[0].text) and not latest_rag
              and not any(map(parse_rag, rags.values()))
              and after(dated, pending[2], latest_at)):
            # "71% | Data not yet available": the latest period's figure is not in, and a row
            # left unrated has no figure for it (the period before is a comparison); a rated
            # row is rated on the last figure it prints ("148.6 | tbc | Green"). (A period
            # missing its figure before a later one that has it is no latest: "71% | tbc | 74%")
            latest, period_label, _ = pending
            raw["latest"] = latest
        elif (pending is not None and after(dated, pending[2], latest_at)
              and (by_period := own_ratings(header.roles, periods, header.labels, pending[2]))
              and not_in_yet(pending[0].text, self._pending(pending[0].text), bool(
                  rated_at := [j for j in by_period if parse_rag(aligned[j].strip())
                            or colour_rag(row.fill(j + offset), blue=False)]), self.others)):
            # a figure not yet in under the latest period rated in a column of its own
            # (``pending_key.not_in_yet``): the period before's figure and rating are last
            # time's; that column rates the row, where it does. (One rating column for the
            # row rates it on the last figure it prints: "148.6 | tbc | Green", in arrears.)
            (latest, period_label, _), latest_rag, fill = pending, None, None
            for j in rated_at:
                fill = row.fill(j + offset)
                latest_rag = status_rag(aligned[j].strip(), self.key, fill)
            raw["latest"] = latest
        if latest.empty and not any(parse_rag(r) for r in rags.values()) and not latest_rag:
            return
        cells = self._cells(header, aligned)
        ref, desc = cells.get("ref", [""])[0], cells["description"][0]
        kpi = Kpi(
            ref=ref or None,
            description=" ".join(desc.split()),
            service_area=self.section.name,
            director=self.section.director,
            cabinet_member=self.section.cabinet_member,
            page=row.page,
            dot=read_dot(dot_text or "", self.legend),
            dot_text=dot_text,
            latest_rag=latest_rag,
            latest_rag_colour=fill,
            ytd_rag=status_rag(rags["ytd"], self.key, None) if "ytd" in rags else None,
        )
        self._period(kpi, period_label)
        if own_period:
            # the row says which period its figure is for: the paper's date is no other row's
            kpi.period, kpi.period_date = own_period, None
        _set_values(kpi, raw)
        compared = at is not None and bool(aligned[at].strip())
        self.out.kpis.append(Parsed(kpi, raw, len(self.sections), compared, row.table))

    def _pending(self, text: str) -> bool:
        return bool(PENDING.match(text)) or is_pending_mark(text, self.pending)

    def _period(self, kpi: Kpi, label: str | None) -> None:
        if label and re.search(r"year\s+end", label, re.I) and self.year:
            kpi.period, kpi.period_date = f"{label}: {self.year[0]}", self.year[1]
        elif self.when:
            kpi.period = f"{label}: {self.when[0]}" if label else self.when[0]
            kpi.period_date = self.when[1]
        else:
            kpi.period = label

    def _activity(self, header: Header, aligned: list[str], row: Row) -> None:
        cells = self._cells(header, aligned)
        found = activity_indicator({k: v[0] for k, v in cells.items()}, self.section.name,
                                   self.when, row.page)
        if found is not None:
            self.out.activity.append(found)

    def _notes(self) -> None:
        refs = {p.kpi.ref for p in self.out.kpis if p.kpi.ref}
        notes = ref_notes(self.items, refs)
        for parsed in self.out.kpis:
            note = notes.get(parsed.kpi.ref or "")
            if note:
                parsed.kpi.note = "; ".join(filter(None, [parsed.kpi.note, note]))


def read_grid(items: list[Item]) -> Extracted:
    return GridReader(sides_apart(items)).run()
