"""The PDFium-backed table path against pdfplumber's own parse: same tables (cell texts and
fills), same words for the geometry readers, same records from whole files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from char_strategies import chars
from conftest import ROOT, corpus_file
from kcc_papers.extract.kpis.layout import kpi_page
from kcc_papers.extract.risks.grid import read_grid
from kcc_papers.load import load
from kcc_papers.load.model import Table
from kcc_papers.load.pdf_fast import CharIndex, FastPage, _classify
from kcc_papers.load.pdf_layout import TABLES_ENV, LayoutPages, _table, table_engine
from kcc_papers.pipeline import process_file

SAMPLE = ROOT / "data" / "raw" / "sample_agenda_pack.pdf"
QPR = "pdfs/kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf"
BUDGET = "pdfs/kent_cabinet_2025-01-30_budget_risk_register_appendix_I.pdf"
PAINT = {"fill": True, "stroke": False}


def _tables(pages: LayoutPages, number: int) -> list[Table]:
    page = pages.page(number)
    return [_table(page, found, number) for found in page.find_tables()]


def _same_tables(path: Path, numbers: list[int]) -> int:
    """Asserts both engines give the same tables on these pages; returns how many."""
    found = 0
    with LayoutPages(path, "pdfplumber") as slow, LayoutPages(path, "pdfium") as fast:
        for number in numbers:
            assert isinstance(fast.page(number), FastPage)
            want, got = _tables(slow, number), _tables(fast, number)
            assert [t.rows for t in got] == [t.rows for t in want], f"page {number}"
            for a, b in zip(got, want, strict=True):
                # PDFium hands out single-precision points: the bbox agrees to a thousandth
                assert a.bbox == pytest.approx(b.bbox, abs=1e-3)
            found += len(want)
    return found


def _kpi_pages(path: Path) -> list[int]:
    with load(path) as source:
        return [p.number for p in source.pages if kpi_page([line.text for line in p.lines])]


def test_qpr_kpi_pages_give_the_same_tables():
    path = corpus_file(QPR)
    pages = _kpi_pages(path)
    assert len(pages) >= 20
    assert _same_tables(path, pages) >= 20


def test_budget_register_gives_the_same_tables_and_grid_words():
    path = corpus_file(BUDGET)
    assert _same_tables(path, list(range(1, 12))) >= 11
    with LayoutPages(path, "pdfplumber") as slow, LayoutPages(path, "pdfium") as fast:
        for number in (1, 6, 11):
            want, got = read_grid(slow.page(number), number), read_grid(fast.page(number), number)
            assert want is not None and got is not None
            strip = lambda g: [(b.cells, b.banners, b.overprinted) for b in g.bands]  # noqa: E731
            assert strip(got) == strip(want)
            assert [b.top for b in got.bands] == pytest.approx([b.top for b in want.bands])
            assert [w["text"] for w in got.above] == [w["text"] for w in want.above]


def test_sample_pack_gives_the_same_tables():
    assert _same_tables(SAMPLE, list(range(1, 17))) >= 3


@pytest.mark.parametrize("relative", [QPR, BUDGET, None])
def test_records_are_identical_either_way(relative, monkeypatch):
    path = corpus_file(relative) if relative else SAMPLE
    monkeypatch.setenv(TABLES_ENV, "pdfplumber")
    slow = process_file(str(path))
    monkeypatch.setenv(TABLES_ENV, "pdfium")
    fast = process_file(str(path))
    assert slow.error is None and fast.error is None
    assert len(fast.records) > 0
    dump = lambda r: [x.model_dump() for x in r.documents + r.records + r.findings]  # noqa: E731
    assert dump(fast) == dump(slow)


def test_engine_is_selected_by_environment(monkeypatch):
    monkeypatch.delenv(TABLES_ENV, raising=False)
    assert table_engine() == "pdfium"
    monkeypatch.setenv(TABLES_ENV, "pdfplumber")
    assert table_engine() == "pdfplumber"


def _drawn_table(path: Path) -> Path:
    """A ruled table with filled cells, a stroked rule drawn as a line, and a curve."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    fills = [(200, 30, 30), (30, 160, 60), None]
    for r, label in enumerate(["Measure", "Rate", "Count"]):
        for c in range(3):
            fill = fills[c] if r else None
            if fill:
                pdf.set_fill_color(*fill)
            pdf.rect(50 + 120 * c, 100 + 30 * r, 120, 30, style="DF" if fill else "D")
            pdf.text(55 + 120 * c, 120 + 30 * r, f"{label} {c}")
    pdf.line(50, 220, 410, 220)
    pdf.line(50, 250, 410, 250)
    pdf.ellipse(450, 100, 40, 40)
    pdf.output(str(path))
    return path


def test_drawn_table_matches_pdfplumber(tmp_path):
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    path = _drawn_table(tmp_path / "table.pdf")
    assert _same_tables(path, [1]) == 1
    with LayoutPages(path, "pdfplumber") as slow, LayoutPages(path, "pdfium") as fast:
        a, b = slow.page(1), fast.page(1)
        for kind in ("rects", "lines", "curves"):
            assert len(getattr(b, kind)) == len(getattr(a, kind)), kind
        key = lambda o: (round(o["x0"], 2), round(o["top"], 2), round(o["x1"], 2),  # noqa: E731
                         round(o["bottom"], 2), o["fill"], o["stroke"])
        assert sorted(map(key, b.rects)) == sorted(map(key, a.rects))
        table = _tables(fast, 1)[0]
        assert table.texts()[1] == ["Rate 0", "Rate 1", "Rate 2"]
        fills = [c.fill for c in table.rows[1]]
        assert fills == ["#c81e1e", "#1ea03c", None]


def _path(*ops: tuple[str, float, float]) -> list[tuple[str, tuple[float, float]]]:
    return [(op, (x, y)) for op, x, y in ops]


def test_classify_follows_pdfminer_shapes():
    rect = _path(("m", 0, 0), ("l", 10, 0), ("l", 10, 5), ("l", 0, 5), ("h", 0, 0))
    assert [k for k, _ in _classify(rect, PAINT)] == ["rect"]
    # a fifth point back at the start before the close is dropped, as pdfminer does
    closed = rect[:-1] + _path(("l", 0, 0), ("h", 0, 0))
    assert [k for k, _ in _classify(closed, PAINT)] == ["rect"]
    skew = _path(("m", 0, 0), ("l", 10, 1), ("l", 10, 5), ("l", 0, 5), ("h", 0, 0))
    assert [k for k, _ in _classify(skew, PAINT)] == ["curve"]
    line = _path(("m", 0, 0), ("l", 10, 0))
    two = line + _path(("m", 0, 5), ("l", 0, 9), ("l", 3, 9))
    assert [k for k, _ in _classify(two, PAINT)] == ["line", "curve"]
    [(_, item)] = _classify(line, PAINT)
    assert (item["x0"], item["x1"], item["y0"], item["y1"]) == (0, 10, 0, 0)


def test_table_texts_match_pdfplumber_extract():
    path = corpus_file(BUDGET)
    with LayoutPages(path, "pdfium") as fast:
        page = fast.page(2)
        for found in page.find_tables():
            assert CharIndex(page.chars).texts(found) == found.extract()


def test_regression_cmyk_fills_go_through_pdfplumber(tmp_path):
    """PDFium converts CMYK to RGB with Adobe's tables; the cell fill must stay the hex of the
    raw CMYK values, so such a page is read by pdfplumber."""
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    from fpdf import FPDF
    from fpdf.drawing import DeviceCMYK

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for r in range(2):
        for c in range(2):
            pdf.set_fill_color(DeviceCMYK(0, 1, 1, 0))
            pdf.rect(50 + 100 * c, 100 + 30 * r, 100, 30, style="DF")
            pdf.text(55 + 100 * c, 120 + 30 * r, f"cell {r}{c}")
    path = tmp_path / "cmyk.pdf"
    pdf.output(str(path))
    with LayoutPages(path, "pdfium") as pages:
        assert not isinstance(pages.page(1), FastPage)
        [table] = _tables(pages, 1)
    assert table.rows[0][0].fill == "#ff0000"
    assert table.texts() == [["cell 00", "cell 01"], ["cell 10", "cell 11"]]


def test_plain_fills_reads_the_content_operators():
    from kcc_papers.load.pdf_colours import _cmyk_fill as cmyk

    assert cmyk(b"q 0 1 1 0 k 10 10 50 50 re f Q")
    assert not cmyk(b"q 0 1 0 rg 10 10 50 50 re f (k) Tj 0.5 0.5 0.5 K Q")


def test_regression_space_set_as_its_own_run_still_splits_words(tmp_path):
    """Word writes a space as a text object of its own; PDFium's text page skips such
    zero-width objects, so "Revenue Budget" (a narrow gap) read as "RevenueBudget"."""
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for r in range(2):
        for c in range(2):
            pdf.rect(50 + 150 * c, 100 + 30 * r, 150, 30)
    x = 55.0
    for word in ("Revenue", " ", "Budget"):
        pdf.text(x, 120, word)
        x += pdf.get_string_width(word)
    pdf.text(205, 120, "Q1")
    path = tmp_path / "runs.pdf"
    pdf.output(str(path))
    with LayoutPages(path, "pdfium") as pages:
        assert isinstance(pages.page(1), FastPage)
        assert _tables(pages, 1)[0].texts()[0] == ["Revenue Budget", "Q1"]
    assert _same_tables(path, [1]) == 1


def test_weca_pages_match_or_go_through_pdfplumber():
    """Glyphs scaled unevenly (this report's table headings, page 2) have pdfminer's boxes,
    their bottoms the font's descent below the baseline: those pages are read by PDFium and
    match. Its chart pages (3 and 4), filled with patterns, go to pdfplumber for the layout
    readers."""
    path = corpus_file("pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf")
    with LayoutPages(path, "pdfium") as pages:
        kinds = [isinstance(pages.page(n), FastPage) for n in range(1, 18)]
    assert kinds[1] and not kinds[2] and not kinds[3]
    assert _same_tables(path, [n for n, fast in enumerate(kinds, 1) if fast]) >= 5


def test_regression_pattern_filled_table_pages_are_read_by_pdfium(monkeypatch):
    """The outturn report's pages 19-20 fill cells with shading patterns (pdfplumber: the
    pattern's name, no colour) and scale a pasted table unevenly: they went through pdfminer's
    whole parse (about half the file's reading). Now read by PDFium, with pdfplumber's tables."""
    from kcc_papers.load import pdf_layout as pdf_module
    from kcc_papers.load.pdf_layout import _LazyTables

    path = corpus_file("pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf")
    fast, slow = _LazyTables(path, "pdfium"), _LazyTables(path, "pdfplumber")
    want = {n: [t.rows for t in slow.read(n)] for n in (19, 20)}

    def refused(self: object, number: int) -> None:
        raise AssertionError(f"page {number} went through pdfplumber")

    monkeypatch.setattr(pdf_module.LayoutPages, "_plumber_page", refused)
    got = {n: [t.rows for t in fast.read(n)] for n in (19, 20)}
    assert got == want and all(want.values())
    assert not fast._plain_fills(19) and fast._pattern_fills(19)


def test_a_failing_fast_reader_falls_back_to_pdfplumber(monkeypatch):
    import kcc_papers.load.pdf_fast as pdf_fast

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("unexpected page")

    with LayoutPages(SAMPLE, "pdfplumber") as slow:
        want = [t.rows for n in range(1, 17) for t in _tables(slow, n)]
    monkeypatch.setattr(pdf_fast, "fast_page", broken)
    with LayoutPages(SAMPLE, "pdfium") as fast:
        assert not isinstance(fast.page(1), FastPage)
        got = [t.rows for n in range(1, 17) for t in _tables(fast, n)]
    assert got == want and want


def test_table_pages_are_loaded_once_by_pdfium(monkeypatch):
    """The text pass keeps the pages that hold paths loaded for their tables: reading the
    tables loads no page again, and a page with no path is known to hold no table."""
    import pypdfium2 as pdfium

    loads: list[int] = []
    get_page = pdfium.PdfDocument.__getitem__

    def counted(doc: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
        loads.append(index)
        return get_page(doc, index)

    monkeypatch.setattr(pdfium.PdfDocument, "__getitem__", counted)
    with load(SAMPLE) as source:
        assert sorted(loads) == list(range(len(source.pages)))
        loads.clear()
        tables = [t for page in source.pages for t in page.tables]
        assert tables and loads == []
        ruleless = [p for p in source.pages if p._reader is None]
        assert ruleless and all(p.tables == [] for p in ruleless)
    monkeypatch.setenv(TABLES_ENV, "pdfplumber")
    with load(SAMPLE) as source:
        assert [t.rows for p in source.pages for t in p.tables] == [t.rows for t in tables]


def test_regression_cmyk_filled_cells_read_through_the_page_tables(tmp_path):
    """The table reader checks the content stream's colours only where a cell is filled:
    a CMYK-filled table must still come out with pdfplumber's fill."""
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    from fpdf import FPDF
    from fpdf.drawing import DeviceCMYK

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for r in range(2):
        for c in range(2):
            pdf.set_fill_color(DeviceCMYK(0, 1, 1, 0))
            pdf.rect(50 + 100 * c, 100 + 30 * r, 100, 30, style="DF")
            pdf.text(55 + 100 * c, 120 + 30 * r, f"cell {r}{c}")
    path = tmp_path / "cmyk.pdf"
    pdf.output(str(path))
    with load(path) as source:
        [table] = source.pages[0].tables
    assert table.rows[0][0].fill == "#ff0000"
    assert table.texts() == [["cell 00", "cell 01"], ["cell 10", "cell 11"]]


def test_has_paths_sees_rules_in_forms_and_nothing_on_text_pages(tmp_path):
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    import pypdfium2 as pdfium
    from fpdf import FPDF

    from kcc_papers.load.pdfium_calls import has_paths

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.text(50, 50, "only text")
    pdf.add_page()
    pdf.text(50, 50, "a rule")
    pdf.line(50, 60, 300, 60)
    path = tmp_path / "rules.pdf"
    pdf.output(str(path))
    doc = pdfium.PdfDocument(str(path))
    try:
        pages = [doc[0], doc[1]]  # held: a handle outlives no page
        assert [has_paths(page.raw) for page in pages] == [False, True]
        # the same rule inside a form XObject, on a page of its own
        xobject = doc.page_as_xobject(1, doc)
        page = doc.new_page(200, 200)
        page.insert_obj(xobject.as_pageobject())
        assert has_paths(page.raw)
        text_only = doc.page_as_xobject(0, doc)
        page2 = doc.new_page(200, 200)
        page2.insert_obj(text_only.as_pageobject())
        assert not has_paths(page2.raw)
    finally:
        doc.close()


def test_cell_text_is_pdfplumbers_extract_text_on_the_registers_and_qpr_cells():
    from pdfplumber.utils.text import extract_text

    from kcc_papers.load.pdf_fast import cell_text

    checked = 0
    for relative, numbers in ((QPR, range(1, 72)), (BUDGET, range(1, 12))):
        with LayoutPages(corpus_file(relative), "pdfium") as pages:
            for number in numbers:
                page = pages.page(number)
                index = CharIndex(page.chars)
                for found in page.find_tables():
                    for row in found.rows:
                        for cell in row.cells:
                            if cell is None:
                                continue
                            mine = [c for c in page.chars if _centre_in(c, cell)]
                            assert cell_text(mine) == (extract_text(mine) if mine else "")
                            checked += 1
                    assert index.texts(found) == found.extract()
    assert checked > 1000


def _centre_in(char: dict[str, float], bbox: tuple[float, float, float, float]) -> bool:
    h, v = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return bbox[0] <= h < bbox[2] and bbox[1] <= v < bbox[3]


@given(chars(max_count=14, sizes=[8.0], upright=[True, True, True, False]))
@settings(max_examples=400, deadline=None)
def test_cell_text_matches_pdfplumber_on_any_chars(glyphs):
    from pdfplumber.utils.text import extract_text

    from kcc_papers.load.pdf_fast import cell_text

    assert cell_text(glyphs) == (extract_text(glyphs) if glyphs else "")


@pytest.mark.parametrize("relative", [QPR, BUDGET, None])
def test_fast_table_finder_finds_pdfplumbers_crossings_cells_and_tables(relative):
    from pdfplumber import table as plumber_table

    from kcc_papers.load import table_finder

    path = corpus_file(relative) if relative else SAMPLE
    with load(path) as source:
        count = len(source.pages)
    checked = 0
    with LayoutPages(path, "pdfplumber") as pages:  # pdfminer's edges, as they come
        for number in range(1, count + 1):
            page = pages.page(number)
            want = plumber_table.TableFinder(page)
            tol = want.settings.intersection_x_tolerance, want.settings.intersection_y_tolerance
            got = table_finder.intersections(want.edges, *tol)
            assert list(got.items()) == list(want.intersections.items())
            assert table_finder.cells(want.intersections) == want.cells
            fast = table_finder.FastTableFinder(page)
            assert [t.cells for t in fast.tables] == [t.cells for t in want.tables]
            checked += len(want.cells)
    assert checked > 0


def test_doctop_is_the_height_of_the_pages_above(tmp_path: Path) -> None:
    """A page's doctop, made once a document, is the sum of the heights of the pages above
    it (pages of different sizes: A4, 150 x 200 mm, letter)."""
    fpdf = pytest.importorskip("fpdf")
    import pypdfium2 as pdfium

    from kcc_papers.load.pdf_fast import _doctop

    pdf = fpdf.FPDF()
    for orientation, size in (("P", "A4"), ("P", (150, 200)), ("P", "Letter"), ("P", "A4")):
        pdf.add_page(orientation=orientation, format=size)
    pdf.output(str(tmp_path / "sizes.pdf"))
    doc = pdfium.PdfDocument(str(tmp_path / "sizes.pdf"))
    heights = [doc.get_page_size(i)[1] for i in range(len(doc))]
    assert len(set(heights)) == 3
    for index in range(len(doc)):
        assert _doctop(doc, index) == sum(heights[:index])
    doc.close()


def test_regression_pattern_page_colours_scanned_once(monkeypatch):
    """A page filled with patterns was scanned twice, once for plain fills and again for
    patterns; one walk of its streams now answers both."""
    from kcc_papers.load import pdf_colours
    from kcc_papers.load.pdf_layout import _LazyTables

    scans: list[object] = []
    real = pdf_colours.page_fills
    monkeypatch.setattr(pdf_colours, "page_fills", lambda page: scans.append(page) or real(page))
    path = corpus_file("pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf")
    fast = _LazyTables(path, "pdfium")
    assert not fast._plain_fills(19) and fast._pattern_fills(19)
    assert len(scans) == 1


def test_page_fills_tells_plain_pattern_and_other_spaces_apart():
    from kcc_papers.load.pdf_colours import PageFills, _cmyk_fill, _stand_in_fill

    assert PageFills().plain and PageFills().pattern_ok
    patterned = PageFills(pattern=True, streams=[b"/Pattern cs /P0 scn 0 0 9 9 re f"])
    assert not patterned.plain and patterned.pattern_ok
    # a plain fill in PDFium's grey stand-in for a pattern would be taken for one
    stand_in = PageFills(pattern=True, streams=[b"0.75 g 0 0 9 9 re f"])
    assert _stand_in_fill(stand_in.streams[0]) and not stand_in.pattern_ok
    assert not PageFills(other=True).pattern_ok and not PageFills(cmyk=True).pattern_ok
    assert _cmyk_fill(b"0 1 1 0 k") and not _cmyk_fill(b"0.5 0.5 0.5 K")
