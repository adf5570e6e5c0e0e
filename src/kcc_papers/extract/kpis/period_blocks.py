"""KPIs printed as blocks of labelled lines, their figures for each period of the year in a
small table of their own (borderless, or ruled: read by its rows): a heading naming the
measure (its code first, where it has one: "HX04 Repairs completed on first visit"), then a
line per field ("Target 2026/27: 92%"), a row of period labels ("Q1 | Q2 | Q3 | Q4") over a
row of figures ("90.1% | 91.7% | 93.0% | TBC"), a rating line ("Latest RAG (Q3): Green"),
and lines for reference (last year's outturn, next year's target) the block's figure is none
of.

A block is known by its labels, never by its order: a row whose every cell names a period,
the row under it printing as many cells, and a field labelled a target or a rating
(``columns.role_of``; a label naming a rating word is a rating's, "Current rating (Q3)", as
``role_of`` would read it a current figure's). Its latest figure is the one under the period
its rating line names ("RAG (Q3)"); where no rating line names one, the last period printing
a figure (a later period "TBC" is not reported yet), or, where its periods run newest first
by what they name ("Q3 2027/28 | Q2 2027/28", "Q3 | Q2 | Q1"), the newest printing one.
A figure the block labels on a line of
its own ("Outturn 2025/26: 9.1") is not read as its latest: the period row prints that. A
block with a risk's or a budget's field ("Target score: 6", "Budget: £1.2m") is a risk's or
a sum's, no measure's (``cards.sum_or_risk``; or a forecast in millions, a variance in
pounds); a block with no period row (a contract's, a decision's details) gives none.

(Review of round 37.) The period row may print the block's rating or target as cells beside
its periods ("Q1 | ... | Q4 | RAG"), or its months set too close to part but by their words;
the row under it must print a figure or a placeholder ("TBC") under each period (a
timetable's months, a project's stages are none); a rating may follow the latest figure in
brackets ("93.2% (G)"). A block whose target sets none and whose rating rates nothing
("Target: n/a", "RAG: Data only") is an activity indicator's. A heading may part its code
from the name by a colon ("PL1: ..."), or name the measure as a field ("Measure: ..."), and
its name may wrap onto a line begun in lower case. A page's running lines where the page
breaks do not end a block split there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kcc_papers.extract.kpis.cards import (
    BRACKETED_TAIL,
    LABEL_LINE,
    LABELLED,
    MAX_NAME_LINES,
    OPENS,
    sum_or_risk,
)
from kcc_papers.extract.kpis.columns import period_of, role_of
from kcc_papers.extract.kpis.common import Extracted, Parsed
from kcc_papers.extract.kpis.layout import Item, Row, Text
from kcc_papers.extract.kpis.periods import MONTH_STEMS, dated_periods
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.extract.kpis.tiles import CODE_LEAD
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value, parse_value

# A row of periods names two at least: one period label over one figure is a field's line.
MIN_PERIODS = 2
# The running lines a page's foot and the next page's head may print between a block's rows.
PAGE_EDGE_LINES = 3
# A table's row of a field: its label and its value.
FIELD_CELLS = 2
# A quarter or month as a label names it ("Q3", "Quarter 3", "Dec"): compared by its place in
# the year, as a rating line may name it otherwise than the period row does.
PERIOD_PLACE = re.compile(rf"\b(?:Q|Quarter\s*|Qtr\.?\s*)(?P<quarter>[1-4])\b|"
                          rf"\b(?P<month>{MONTH_STEMS})[a-z]*\b", re.I)
# A line of bare periods' words only ("Apr May Jun ... Mar", "Q1 Q2 Q3 Q4"): a row of periods
# set too close for its gaps to part it into cells.
_PERIOD_WORD = rf"(?:Q[1-4]|H[12]|P\d{{1,2}}|(?:{MONTH_STEMS})[a-z]*\.?)"
PERIOD_WORDS = re.compile(rf"^\s*(?:{_PERIOD_WORD}\s+)+{_PERIOD_WORD}\s*$", re.I)
# A rating's label, whatever else it names ("Latest RAG (Q3)", "Current rating (Qtr 3)": to
# ``columns.role_of`` a "current" or "latest" figure's, as a dashboard's column would be).
RATING_LABEL = re.compile(r"\b(?:B?RAG|rating|status)\b", re.I)
# The period a label names in brackets after its words ("Target (Q4)"), set aside to know its
# role by its words.
BRACKETED = re.compile(r"\([^()]*\)")
# A heading of a code and a name parted by a colon or a dash ("PL1: Fly-tipping cleared",
# "HX04 - Repairs completed"), a label line to ``LABEL_LINE``: its code is no field's label.
CODE_NAMED = re.compile(r"^\s*(?P<ref>[A-Z]{1,5}[-\s]?\d{1,3}[a-z]?)\s*[:–-]\s*"
                        r"(?P<desc>[A-Za-z(].{4,})$")
# A field of a budget monitor's block ("Forecast outturn: £41.2m", "Variance: £1.1m"): a sum
# spent against a sum planned, no measure's. (A measure of money may forecast its own figure,
# "Forecast year end: £460", sundry debt in £000: a budget's forecast is a sum in millions.)
VARIANCE_FIELD = re.compile(r"\bvariance\b", re.I)
FORECAST_FIELD = re.compile(r"\bforecast", re.I)
LARGE_SUM = re.compile(r"£\s*[\d,.]+\s*(?:m|bn|k|million|billion)\b|£\s*\d{1,3}(?:,\d{3}){2,}",
                       re.I)
# A field's line whose label is printed in two languages, a slash between them.
BILINGUAL_LABEL_LINE = re.compile(
    r"^\s*(?P<label>[A-Z][A-Za-z0-9 (),&.-]{1,30}?\s/\s[A-Za-z0-9 (),/&.-]{1,30}?)\s*:\s*"
    r"(?P<value>\S.*)$")
# The words ``cards.OPENS`` and ``cards.LABELLED`` open a measure's heading with.
MEASURE_WORDS = ("Measure", "Indicator", "KPI", "PI")
CODE_ONLY = re.compile(r"^[A-Z]{1,5}[-\s]?\d{1,3}[a-z]?$")
# A target that sets none ("n/a", "No target", "Data only"), or a rating that rates nothing:
# an activity indicator's block, its figures for information.
NO_TARGET = re.compile(r"^\s*(?:n/?a|none|nil|-+|no\s+target|not\s+(?:applicable|set|rated)|"
                       r"data\s+only|for\s+information)\b", re.I)


@dataclass
class _Block:
    page: int
    ref: str | None
    desc: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)  # role: (label, value)
    wraps: int = 0  # lines the name wrapped onto
    periods: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    not_a_measure: bool = False


def read_period_blocks(items: list[Item], key: dict[str, Rag],
                       judged: set[str] | None = None) -> Extracted:
    """The KPI of each block of the paper's lines that prints a period row and its figures;
    the measure of every block printing one, read as a KPI or not, added to ``judged``
    (``measure_key``): the cards reader, which sees no period row, must not read it again."""
    out = Extracted()
    # a ruled table's rows are read as its rows (its lines, read again as text, are left)
    texts = [i for i in items
             if isinstance(i, Row) or (not i.in_table and not i.header)]
    block: _Block | None = None
    n = 0
    while n < len(texts):
        item = texts[n]
        # (a labelled line's match, once: heading, name and field all ask it)
        line = _label_line(item.text) if isinstance(item, Text) else None
        periods = _period_row(item)
        if periods:
            at = _figure_row(texts, n, len(periods))
            cells = _row_cells(texts[at], len(periods)) if at < len(texts) else []
            figures = [f for p, f in zip(periods, cells, strict=False) if period_of(p)]
            if (block is not None and not block.periods and len(cells) == len(periods)
                    and all((v := _figure(f)).value is not None or v.placeholder
                            for f in figures)):
                for label, value in zip(periods, cells, strict=True):
                    if not period_of(label):  # a field printed beside the periods
                        _take(block, label, value)
                block.periods = [p for p in periods if period_of(p)]
                block.figures = figures
                if judged is not None:
                    judged.add(measure_key(block.ref, block.desc))
                n = at + 1
                continue
            _closed(block, key, out)  # periods over no figures: no block's
            block = None
        elif isinstance(item, Text) and block is not None and _wraps(block, item, line):
            block.desc += " " + item.text.strip()
            block.wraps += 1
        elif isinstance(item, Text) and (heading := _heading(item, line)) is not None:
            _closed(block, key, out)
            block = _Block(item.page, *heading)
        elif (labelled := _field(item, line)) is not None:
            if block is not None:
                _take(block, *labelled)
        elif block is not None and _page_edge(texts, n):
            pass  # a page's running line its header's reader did not know: the block runs on
        else:
            _closed(block, key, out)  # running prose ends a block
            block = None
        n += 1
    _closed(block, key, out)
    return out


def measure_key(ref: str | None, desc: str) -> str:
    """A measure as two readers reading its heading name it: its code, else its name."""
    return (ref or " ".join(desc.split())).casefold()


def _label_line(text: str) -> re.Match[str] | None:
    """A labelled line (``cards.LABEL_LINE``), or one whose label is printed in two languages,
    longer than one language's ("Statws RAG / RAG status (Ch3 / Q3): Gwyrdd / Green")."""
    m = LABEL_LINE.match(text)
    if m is None and " / " in text and ":" in text:
        m = BILINGUAL_LABEL_LINE.match(text)
    return m


def _heading(item: Text, labelled: re.Match[str] | None) -> tuple[str | None, str] | None:
    """The code and name a block's heading prints: a code then a name ("HX04  Repairs
    completed on first visit", "HX04: Repairs ..."), the measure as a field ("Indicator: HX04
    Repairs ..."), or a bold line no field's."""
    if labelled and not CODE_ONLY.match(labelled.group("label")) \
            and role_of(labelled.group("label")) != "description":
        return None  # a field's line ("KS2 results: 65%"), not a code's or a measure's
    # (the measure's word looked for first: most lines name none, and the patterns are slow)
    measure = any(word in item.text for word in MEASURE_WORDS)
    for rx in (CODE_LEAD, CODE_NAMED, *((OPENS, LABELLED) if measure else ())):
        m = rx.match(item.text)
        # (not a period, "Q3: Green"; nor a code's figures run on, "KPI 3.2 Rent collected")
        if m and not (m.group("ref") and period_of(m.group("ref"))) \
                and not m.group("desc")[:1].isdigit():
            return m.group("ref"), m.group("desc").strip(" -–")
    if item.bold and labelled is None:
        return None, item.text.strip()
    return None


def _wraps(block: _Block, item: Text, labelled: re.Match[str] | None) -> bool:
    """Whether the line carries on the block's name ("... within two working" / "days"): a
    line begun in lower case, or the name's bracket still open, before any of its fields (a
    labelled line is a field's)."""
    unfinished = item.text[:1].islower() or block.desc.count("(") > block.desc.count(")")
    return (unfinished and item.page == block.page and labelled is None
            and block.wraps < MAX_NAME_LINES
            and not block.fields and not block.periods)


def _page_edge(texts: list[Item], n: int) -> bool:
    """Whether the line is the last of its page or the first of the next (a running footer
    or header the header reader did not know): a block split there runs on past it."""
    page = texts[n].page
    return ((n + 1 < len(texts) and texts[n + 1].page > page)
            or (n > 0 and texts[n - 1].page < page))


def _figure_row(texts: list[Item], n: int, width: int) -> int:
    """Where the row of figures under the period row at ``n`` is: the next line, or the
    next page's first where the page breaks between them (its running lines passed over)."""
    at = n + 1
    while (at < len(texts) and at - n <= PAGE_EDGE_LINES
           and len(_row_cells(texts[at], width)) != width
           and isinstance(texts[at], Text) and _page_edge(texts, at)):
        at += 1
    return at


def _figure(text: str) -> Value:
    """A period's figure, a note in brackets after it ("93% (G)") set aside."""
    value = parse_value(text)
    if value.value is None and value.placeholder is None and BRACKETED_TAIL.search(text):
        return parse_value(BRACKETED_TAIL.sub("", text))
    return value


def _cells(item: Item) -> list[str]:
    """The cells a table's row prints, or a borderless row's, drawn as one text object
    (``Text.cells``) or parted by wide gaps (``Text.parts``, a text file's ``Text.columns``)."""
    if isinstance(item, Row):
        return [" ".join(cell.split()) for cell in item.cells]
    if item.cells:
        return [text.strip() for _, text in item.cells]
    if item.parts:
        return [text.strip() for _, text in item.parts]
    return [text.strip() for text in item.columns or []]


def _row_cells(item: Item, width: int) -> list[str]:
    """The cells of a row of figures under a period row of ``width`` cells: as it is parted
    (``_cells``), or by its words where they are as many (a row of months' figures, set too
    close for their gaps to part: "88% 89% 90% ...")."""
    cells = _cells(item)
    if len(cells) != width and isinstance(item, Text) and len(item.text.split()) == width:
        return item.text.split()
    return cells


def _period_row(item: Item) -> list[str]:
    """The row's cells where each names a period ("Q1 | Q2 | Q3 | Q4"), or a field of the
    block a row of its figures prints beside them ("Target | Q1 | ... | Q4 | RAG"), two
    periods at least; else none."""
    cells = _cells(item)
    words = item.text.split() if isinstance(item, Text) and PERIOD_WORDS.match(item.text) \
        else []
    if len(words) > len(cells) and all(period_of(w) for w in words):
        cells = words  # a row of months too close set for their gaps to part ("Apr May ...")
    periods = [c for c in cells if period_of(c)]
    if len(periods) < MIN_PERIODS or not all(period_of(c) or _role(c) in ("target", "rag")
                                             for c in cells):
        return []
    return cells


def _role(label: str) -> str | None:
    """The role of a field's label: a label naming a rating word is a rating's ("Current
    rating (Q3)"), else as ``role_of`` reads it, a period in brackets set aside."""
    return "rag" if RATING_LABEL.search(label) else role_of(BRACKETED.sub(" ", label).strip())


def _field(item: Item, m: re.Match[str] | None) -> tuple[str, str] | None:
    """A labelled line's label and value ("Target 2026/27: 8 days"), or a table's row of a
    label and its value."""
    if isinstance(item, Row):
        cells = _cells(item)
        return (cells[0].rstrip(": "), cells[1]) if len(cells) == FIELD_CELLS else None
    return (m.group("label"), m.group("value").strip()) if m else None


def _take(block: _Block, label: str, value: str) -> None:
    """The block's field of that label, the first of its role (this year's target before
    next year's)."""
    if sum_or_risk(label) or (VARIANCE_FIELD.search(label) and "£" in value) \
            or (FORECAST_FIELD.search(label) and LARGE_SUM.search(value)):
        block.not_a_measure = True
    role = _role(label)
    if role in ("target", "rag") and role not in block.fields:
        block.fields[role] = (label, value)


def _closed(block: _Block | None, key: dict[str, Rag], out: Extracted) -> None:
    """The block's KPI, where it prints a period row and a target or a rating."""
    if block is None or block.not_a_measure or not block.periods:
        return
    # a target setting none and a rating rating nothing ("Target: n/a", "RAG: Data only"):
    # an activity indicator's figures, measured against nothing
    target = block.fields.get("target", ("", ""))[1]
    rag = status_rag(block.fields["rag"][1], key, None) if "rag" in block.fields else None
    at = _latest(block)
    if "rag" not in block.fields and at is not None:
        # or its rating in brackets after the latest figure ("93.2% (G)")
        tail = BRACKETED_TAIL.search(block.figures[at])
        rag = status_rag(tail.group(0).strip(" ()"), key, None) if tail else None
    if rag is None and (not target or NO_TARGET.match(target)):
        return
    raw: dict[str, Value] = {"latest": _figure(block.figures[at]) if at is not None
                             else Value("")}
    if "target" in block.fields:
        raw["target"] = parse_value(target)
    kpi = Kpi(ref=block.ref, description=" ".join(block.desc.split()), latest_rag=rag,
              page=block.page, latest_value=raw["latest"].value,
              latest_text=raw["latest"].text or None,
              target=raw["target"].value if "target" in raw else None,
              period=block.periods[at] if at is not None else None)
    kpi.unit = next((v.unit for v in raw.values() if v.unit), None)
    out.kpis.append(Parsed(kpi, raw))


def _latest(block: _Block) -> int | None:
    """The column of the block's latest figure: the period its rating line names, else the
    last printing a figure."""
    if "rag" in block.fields:
        named = _place(block.fields["rag"][0])
        at = next((i for i, p in enumerate(block.periods) if _place(p) == named), None)
        if named is not None and at is not None:
            return at
        # (a period the row does not print, "RAG (Q3)" over months: the last printed)
    printed = [i for i, f in enumerate(block.figures) if _figure(f).value is not None]
    # periods printed newest first ("Q3 2027/28 | Q2 2027/28", "Q3 | Q2 | Q1"): the newest
    # printing a figure by what its heading names, wherever it stands (``periods``)
    dated = dated_periods(dict(enumerate(block.periods)))
    if printed and len(dated) == len(block.periods):
        return max(printed, key=lambda i: dated[i])
    return printed[-1] if printed else None


def _place(label: str) -> str | None:
    """The quarter or month a label names, as "q3" or "dec"."""
    m = PERIOD_PLACE.search(label)
    if m is None:
        return None
    return f"q{m.group('quarter')}" if m.group("quarter") else m.group("month").lower()[:3]
