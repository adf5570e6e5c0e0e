"""Held-out accuracy: run the pipeline on papers of councils and committees the extractors were
not built on (tests/heldout/papers) and score the records against the expected data
(tests/heldout/expected.json, and one file per later round in tests/heldout/expected/) per
class: precision, recall and F1.

    python benchmarks/heldout_accuracy.py [--json] [--files] [--only PAPER ...]

A `.pdfsrc` paper is rendered to a PDF first (fpdf2): "## " lines are large bold headings,
"** " lines bold headings, lines with tabs a two-column header table, runs of "| a | b |"
lines a ruled table (first row its header), "--- page ---" a page break, the rest body text.
Page furniture as real PDFs print it (`_FurnishedPDF`): "%% header TEXT" and "%% footer TEXT"
(anywhere, usually the first lines) print TEXT at the top and bottom of every page, "{page}" and
"{pages}" in it the page number and count; "--- page landscape ---" starts a landscape page
(an appendix's wide table), the pages after a plain "--- page ---" portrait again; "^^ " lines
are bold headings letter-spaced ("R E S O L V E D", the spaces in the text layer too); "<< "
lines are body text drawn at their place on the page but written last into the page's content
stream (text out of order, as many PDF writers leave it).
Table realism (`_table_marks`): a cell starting "{#rrggbb}" is filled with that colour, the
rest of the cell its text (nothing: a rating given by colour alone); a row "| --- page --- |"
inside a table breaks the page there and prints the header row again on top of the rest
("| --- page, header not repeated --- |": the rest without it); a table whose first line
starts "|# " prints its header row in white on a dark fill; one whose first line starts "|- "
is printed without any rules (a word processor's table with its borders off: only the cells'
text, the header row bold).
Classes: kind+date (each document of a file: kind and meeting date), minutes (number and
title), decisions (source, words of the decision, outcome where expected), agenda_items,
kpis (ref, value, RAG), risks (id, likelihood, impact, score), contracts (provider, value);
committee is printed too (where the expected data names one) but carries no floor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kcc_papers.models import AgendaItem, Contract, Decision, Kpi, Minute, Risk
from kcc_papers.pipeline import FileResult, process_file

if TYPE_CHECKING:
    from fpdf import FPDF

W = TypeVar("W")  # an expected row, as expected.json gives it
G = TypeVar("G")  # a row the pipeline read

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
PAPERS = HELDOUT / "papers"
EXPECTED = HELDOUT / "expected.json"
# Later rounds keep their expected data in a file each, so rounds written side by side merge.
EXPECTED_ROUNDS = HELDOUT / "expected"
CLASSES = ("kind+date", "committee", "minutes", "decisions", "agenda_items", "kpis", "risks",
           "contracts")

HEADING_SIZE = 15.0
BOLD_SIZE = 12.0
BODY_SIZE = 10.5
TABLE_SIZE = 9.0
LABEL_WIDTH_MM = 55.0
LINE_MM = 5.5
# A line of its own that starts a new page (a paper running over pages, its header repeated).
PAGE_BREAK = "--- page ---"
LANDSCAPE_PAGE_BREAK = "--- page landscape ---"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------------------- rendering


def render_pdf(src: Path, out: Path) -> Path:
    """A `.pdfsrc` paper as a PDF with real font sizes and weights (core fonts only)."""

    source = src.read_text().splitlines()
    pdf, deferred = _furnished_pdf(source)
    pdf.core_fonts_encoding = "cp1252"
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    rows: list[list[str]] = []
    mark = ""  # the table's first line's mark: "|# " shaded header, "|- " no rules
    for line in [*source, ""]:
        if line.startswith(FURNITURE):
            continue
        if line.startswith(("| ", TABLE_SHADED, TABLE_UNRULED)):
            body = line.removeprefix(TABLE_SHADED).removeprefix(TABLE_UNRULED).strip("| ")
            rows.append([c.strip() for c in body.split(" | ")])
            mark = mark if len(rows) > 1 else line[:3]
            continue
        if rows:
            _table_marks(pdf, rows, mark)
            rows, mark = [], ""
        if line in (PAGE_BREAK, LANDSCAPE_PAGE_BREAK):
            pdf.add_page(orientation="L" if line == LANDSCAPE_PAGE_BREAK else "P")
        elif line.startswith("## "):
            pdf.set_font("helvetica", "B", HEADING_SIZE)
            pdf.multi_cell(0, LINE_MM + 2, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("** "):
            pdf.ln(2)
            pdf.set_font("helvetica", "B", BOLD_SIZE)
            pdf.multi_cell(0, LINE_MM + 1, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith(("^^ ", "<< ")):
            _furnished_line(pdf, line, deferred)
        elif "\t" in line:
            label, value = line.split("\t", 1)
            pdf.set_font("helvetica", "B", BODY_SIZE)
            pdf.cell(LABEL_WIDTH_MM, LINE_MM, label)
            pdf.set_font("helvetica", "", BODY_SIZE)
            pdf.multi_cell(0, LINE_MM, value, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("helvetica", "", BODY_SIZE)
            pdf.multi_cell(0, LINE_MM, line, new_x="LMARGIN", new_y="NEXT")
    target = out / (src.stem + ".pdf")
    pdf.output(str(target))
    return target


# Page furniture markup (see the docstring): running header/footer lines, letter spacing.
FURNITURE = "%% "
LETTER_SPACING_PT = 1.0
FURNITURE_SIZE = 8.0
FURNITURE_TOP_MM = 8.0
FURNITURE_BOTTOM_MM = -12.0


# An out-of-order line: its page, where it is drawn (x, y in mm), its text.
Deferred = list[tuple[int, float, float, str]]


def _furnished_pdf(source: list[str]) -> tuple[FPDF, Deferred]:
    """The PDF a paper is drawn on: with its running header and footer where it has them."""
    from fpdf import FPDF

    class _FurnishedPDF(FPDF):
        """Prints the running header and footer on every page, and the page's out-of-order
        lines last, when fpdf2 closes the page."""

        def header(self) -> None:
            self._furniture("header", FURNITURE_TOP_MM)

        def footer(self) -> None:
            self._furniture("footer", FURNITURE_BOTTOM_MM)
            self.set_font("helvetica", "", BODY_SIZE)
            for _, x, y, text in [d for d in deferred if d[0] == self.page_no()]:
                self.set_xy(x, y)
                self.cell(0, LINE_MM, text)

        def _furniture(self, where: str, y: float) -> None:
            text = running.get(where)
            if text is None:
                return
            self.set_y(y)
            self.set_font("helvetica", "", FURNITURE_SIZE)
            printed = text.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
            self.cell(0, LINE_MM, printed, align="C")
            self.set_y(self.t_margin)

    running: dict[str, str] = {}
    deferred: Deferred = []
    for line in source:
        if line.startswith(FURNITURE):
            where, _, text = line.removeprefix(FURNITURE).partition(" ")
            running[where] = text
    return _FurnishedPDF(format="A4"), deferred


def _furnished_line(pdf: FPDF, line: str, deferred: Deferred) -> None:
    """A letter-spaced heading ("^^ "), or a body line written out of content order ("<< ")."""
    if line.startswith("^^ "):
        pdf.ln(2)
        pdf.set_font("helvetica", "B", BOLD_SIZE)
        pdf.set_char_spacing(LETTER_SPACING_PT)
        # a typist's spacing: a space between letters, three between words (PDFium reads
        # character spacing alone as one word, so the spaces are what real text layers hold)
        spaced = "   ".join(" ".join(word) for word in line[3:].split())
        pdf.multi_cell(0, LINE_MM + 1, spaced, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        return
    deferred.append((pdf.page_no(), pdf.get_x(), pdf.get_y(), line[3:]))
    pdf.ln(LINE_MM)


def _table(pdf: FPDF, rows: list[list[str]], ruled: bool = True) -> None:
    """A table, its first row the header in bold: ruled (pdfplumber reads its cells), or
    with no rules at all (only the text's places tell its columns)."""
    pdf.set_font("helvetica", "", TABLE_SIZE)
    with pdf.table(first_row_as_headings=True, line_height=LINE_MM,
                   borders_layout="ALL" if ruled else "NONE") as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(2)


# Table realism markup: a cell's fill colour, a page break inside a table, a shaded header.
TABLE_SHADED = "|# "
TABLE_UNRULED = "|- "
CELL_FILL = re.compile(r"^\{(#[0-9a-fA-F]{6})\}\s*")
TABLE_PAGE_BREAK = PAGE_BREAK  # as a table row's one cell: "| --- page --- |"
TABLE_PAGE_BREAK_BARE = "--- page, header not repeated ---"
HEADER_FILL = "#1f3864"  # the dark blue many councils print a table's header row on
HEADER_TEXT = "#ffffff"


def _table_marks(pdf: FPDF, rows: list[list[str]], mark: str) -> None:
    """A ruled table as real papers print it: cells filled with a colour (a RAG given by the
    fill alone), the table broken over pages with its header row printed again on each, the
    header row white on a dark fill. Without any of these it is `_table`'s table (with no
    rules when its first line is marked so)."""
    breaks = ([TABLE_PAGE_BREAK], [TABLE_PAGE_BREAK_BARE])
    shaded = mark == TABLE_SHADED
    marked = shaded or any(c in breaks or any(CELL_FILL.match(x) for x in c) for c in rows)
    if not marked:
        _table(pdf, rows, ruled=mark != TABLE_UNRULED)
        return
    from fpdf.fonts import FontFace

    header = rows[0]
    heading = FontFace(emphasis="BOLD", color=HEADER_TEXT if shaded else None,
                       fill_color=HEADER_FILL if shaded else None)
    parts: list[list[list[str]]] = [[header]]
    for cells in rows[1:]:
        if cells in breaks:
            parts.append([header] if cells == [TABLE_PAGE_BREAK] else [])
        else:
            parts[-1].append(cells)
    for n, part in enumerate(parts):
        if n:  # the table runs on over a page of the same shape (a landscape appendix's too)
            pdf.add_page(orientation=str(pdf.cur_orientation.value))
        pdf.set_font("helvetica", "", TABLE_SIZE)
        headed = part[:1] == [header]
        with pdf.table(first_row_as_headings=headed, line_height=LINE_MM,
                       headings_style=heading if headed else FontFace()) as table:
            for cells in part:
                row = table.row()
                for cell in cells:
                    fill = CELL_FILL.match(cell)
                    style = FontFace(fill_color=fill.group(1)) if fill else None
                    row.cell(cell[fill.end():] if fill else cell, style=style)
        pdf.ln(2)


def expected_data() -> dict[str, Any]:
    """Every paper's expected records: expected.json, then each round's file in expected/."""
    expected: dict[str, Any] = json.loads(EXPECTED.read_text())
    for part in sorted(EXPECTED_ROUNDS.glob("*.json")):
        round_papers: dict[str, Any] = json.loads(part.read_text())
        twice = set(round_papers) & set(expected)
        if twice:
            raise SystemExit(f"{part.name}: papers already expected elsewhere: {sorted(twice)}")
        expected.update(round_papers)
    return expected


def prepared(folder: Path) -> dict[str, Path]:
    """Each held-out paper by its file name, as a file the pipeline reads."""
    files = {}
    for src in sorted(PAPERS.iterdir()):
        files[src.name] = render_pdf(src, folder) if src.suffix == ".pdfsrc" else src
    return files


# ---------------------------------------------------------------------------- matching


def words(text: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).split())


def ref(text: str | None) -> str:
    """A minute or item number without its 'Min.' / 'Minute' / 'Item' prefix and stops."""
    text = re.sub(r"^(?:min(?:ute)?s?|item|no)\.?\s*", "", (text or "").strip(), flags=re.I)
    return text.strip(" .:)").lower()


def _match(expected: Sequence[W], predicted: Sequence[G], same: Callable[[W, G], bool]) -> Score:
    left = list(predicted)
    score = Score()
    for want in expected:
        hit = next((got for got in left if same(want, got)), None)
        if hit is None:
            score.fn += 1
        else:
            left.remove(hit)
            score.tp += 1
    score.fp = len(left)
    return score


def _titled(want: list[Any], num: str | None, title: str | None) -> bool:
    """The number, and the title as printed (case and punctuation aside), nothing more."""
    return ref(num) == ref(want[0]) and words(title) == words(want[1])


def _decided(want: list[Any], got: Decision) -> bool:
    source, snippet, outcome = want
    return (got.source == source and words(snippet) in words(got.decision_text)
            and (outcome is None or got.outcome == outcome))


def _kpi(want: list[Any], got: Kpi) -> bool:
    printed = words(f"{got.ref or ''} {got.description or ''}")
    return (words(want[0]) in printed and got.latest_value == want[1]
            and got.latest_rag == want[2])


def _risk(want: list[Any], got: Risk) -> bool:
    rating = got.current_rating
    return (ref(got.risk_id) == ref(want[0]) and got.likelihood == want[1]
            and got.impact == want[2] and rating is not None and float(rating) == want[3])


def _contract(want: list[Any], got: Contract) -> bool:
    return words(want[0]) in words(got.provider) and got.value_gbp == want[1]


def _of(records: Iterable[object], cls: type[G]) -> list[G]:
    return [r for r in records if isinstance(r, cls)]


def score_file(expected: dict[str, Any], result: FileResult) -> dict[str, Score]:
    docs = result.documents[1:] if len(result.documents) > 1 else result.documents
    got_docs = [(d.kind, d.meeting_date.isoformat() if d.meeting_date else None, d.committee)
                for d in docs]
    want_docs = expected.get("documents", [])
    recs = result.records
    return {
        "kind+date": _match(want_docs, got_docs, lambda w, g: tuple(w[:2]) == g[:2]),
        # only where the expected data names the committee: a council's own meeting has none
        "committee": _match([w for w in want_docs if w[2]],
                            [g for g in got_docs if any(w[2] for w in want_docs)],
                            lambda w, g: words(w[2]) == words(g[2])),
        "minutes": _match(expected.get("minutes", []), _of(recs, Minute),
                          lambda w, g: _titled(w, g.minute_number or g.item_ref, g.title)),
        "decisions": _match(expected.get("decisions", []), _of(recs, Decision), _decided),
        "agenda_items": _match(expected.get("agenda_items", []), _of(recs, AgendaItem),
                               lambda w, g: _titled(w, g.item_ref, g.title)),
        "kpis": _match(expected.get("kpis", []), _of(recs, Kpi), _kpi),
        "risks": _match(expected.get("risks", []), _of(recs, Risk), _risk),
        "contracts": _match(expected.get("contracts", []), _of(recs, Contract), _contract),
    }


def evaluate(only: set[str] | None = None) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """Totals per class, and each file's scores (to see where the misses are); ``only``: the
    papers of one batch, to score a new batch on its own first run."""
    expected = expected_data()
    totals = {name: Score() for name in CLASSES}
    per_file: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = prepared(Path(tmp))
        missing = set(expected) ^ set(files)
        if missing:
            raise SystemExit(f"papers and expected data disagree: {sorted(missing)}")
        for name, path in files.items():
            if only is not None and name not in only:
                continue
            result = process_file(str(path))
            if result.error:
                raise SystemExit(f"{name}: {result.error.error_kind}: {result.error.message}")
            per_file[name] = score_file(expected[name], result)
            for cls, score in per_file[name].items():
                totals[cls].tp += score.tp
                totals[cls].fp += score.fp
                totals[cls].fn += score.fn
    return totals, per_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--files", action="store_true", help="also print each file's misses")
    parser.add_argument("--only", action="append", metavar="PAPER",
                        help="score only this paper (repeat for a batch)")
    args = parser.parse_args(argv)
    totals, per_file = evaluate(set(args.only) if args.only else None)
    if args.json:
        print(json.dumps({c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "f1": round(s.f1, 3)}
                          for c, s in totals.items()}, indent=2))
        return 0
    print(f"{'class':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>7}")
    for cls, s in totals.items():
        print(f"{cls:<14}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.2f}{s.recall:>8.2f}"
              f"{s.f1:>7.2f}")
    if args.files:
        for name, scores in per_file.items():
            bad = {c: (s.fp, s.fn) for c, s in scores.items() if s.fp or s.fn}
            if bad:
                print(f"{name}: " + ", ".join(f"{c} fp={fp} fn={fn}" for c, (fp, fn) in
                                               bad.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
