"""Round 10 fixes for stamps and watermarks in a PDF's text layer (``load.watermarks``,
``load.stamps``): small PDFs in several writers' forms (not copies of a held-out paper), each
with a guard for what the rule must leave alone."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from conftest import contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import meetings
from kcc_papers.load import load
from kcc_papers.models import Meeting
from kcc_papers.segment import title_lines

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import heldout_render

ROWS = [("CR01", "Temporary accommodation demand", "4", "5", "20"),
        ("CR02", "Balanced budget for 2027/28", "3", "5", "15"),
        ("CR03", "Cyber attack on the network", "2", "4", "8")]
HEADER = ("Ref", "Risk", "L", "I", "Score")
WIDTHS = (45.0, 220.0, 30.0, 30.0, 50.0)


def _register(pdf: FPDF, top: float = 60.0, widths: tuple[float, ...] = WIDTHS) -> None:
    """A ruled risk register: its header row and three rows."""
    pdf.set_xy(20, top)
    for row in [HEADER, *ROWS]:
        pdf.set_font("helvetica", "B" if row is HEADER else "", 10)
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, 14, text, border=1)
        pdf.ln(14)
        pdf.set_x(20)


def _pdf(tmp_path: Path, draw: Callable[[FPDF], None], name: str = "paper.pdf") -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    draw(pdf)
    path = tmp_path / name
    pdf.output(str(path))
    return path


def _watermark(text: str, angle: float, size: float, grey: int = 215,
               per_word: bool = False) -> Callable[[FPDF], None]:
    """A page whose watermark is written before its heading and register, across them."""
    def draw(pdf: FPDF) -> None:
        pdf.set_font("helvetica", "", size)
        pdf.set_text_color(grey)
        with pdf.rotation(angle, x=300, y=130):
            if per_word:  # a writer that sets each word apart (no space characters)
                x = 120.0
                for word in text.split():
                    pdf.text(x, 130, word)
                    x += pdf.get_string_width(word + " ")
            else:
                pdf.text(120, 130, text)
        pdf.set_text_color(0)
        pdf.set_font("helvetica", "B", 14)
        pdf.text(20, 40, "Corporate Risk Register")
        _register(pdf)
    return draw


WATERMARKS = {
    "diagonal DRAFT, light grey": _watermark("DRAFT", 45, 90),
    "steeper, mid grey, two words": _watermark("NOT APPROVED", 55, 60, grey=160),
    "shallow angle, black": _watermark("OFFICIAL", 20, 70, grey=0),
    "turned on its side": _watermark("CONFIDENTIAL", 90, 48),
    "word by word": _watermark("COMMITTEE COPY", 45, 64, per_word=True),
}


def _cells(path: Path, engine: str, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    monkeypatch.setenv("KCC_PAPERS_TABLES", engine)
    with load(path) as source:
        (table,) = source.pages[0].tables
        return table.texts()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("form", list(WATERMARKS))
def test_watermark_letters_stay_out_of_table_cells(form, engine, tmp_path, monkeypatch):
    path = _pdf(tmp_path, WATERMARKS[form])
    assert _cells(path, engine, monkeypatch) == [list(HEADER), *map(list, ROWS)]


@pytest.mark.parametrize("form", list(WATERMARKS))
def test_watermark_letters_stay_out_of_lines(form, tmp_path):
    path = _pdf(tmp_path, WATERMARKS[form])
    with load(path) as source:
        texts = [line.text for line in source.pages[0].lines]
    assert texts[0] == "Corporate Risk Register"
    assert texts[1] == "Ref Risk L I Score"
    assert all(max(len(w) for w in t.split()) > 1 or t.startswith("CR") for t in texts[2:])
    for word in ("DRAFT", "APPROVED", "OFFICIAL", "CONFIDENTIAL", "COMMITTEE"):
        assert not any(word in t for t in texts)


def test_small_turned_text_and_large_headings_are_kept(tmp_path):
    """Not a watermark: a column heading turned on its side in body type, a diagonal label of
    a chart in small type, and a cover's heading in very large upright type."""
    def draw(pdf: FPDF) -> None:
        pdf.set_font("helvetica", "B", 40)
        pdf.text(20, 60, "Annual Report")
        pdf.set_font("helvetica", "", 9)
        with pdf.rotation(90, x=300, y=300):
            pdf.text(300, 300, "Direction of travel")
        with pdf.rotation(45, x=100, y=400):
            pdf.text(100, 400, "Quarter 4")
    with load(_pdf(tmp_path, draw)) as source:
        text = source.pages[0].text
    assert "Annual Report" in text
    assert "Direction of travel" in text
    assert "Quarter 4" in text


# ------------------------------------------------------------------------------ stamps


def _stamped(line: str, stamp: str, stamp_first: bool, line_font: tuple[str, float],
             stamp_font: tuple[str, float] = ("B", 10.5)) -> Callable[[FPDF], None]:
    """A page whose first line carries a stamp at the right margin, on the same baseline,
    written before or after the line (a running header above both)."""
    def draw(pdf: FPDF) -> None:
        def put_stamp() -> None:
            pdf.set_font("helvetica", *stamp_font)
            pdf.text(pdf.w - 40 - pdf.get_string_width(stamp), 70, stamp)
        pdf.set_font("helvetica", "", 8)
        pdf.text(200, 30, "Audit Committee - 21 July 2026")
        if stamp_first:
            put_stamp()
        pdf.set_font("helvetica", *line_font)
        pdf.text(40, 70, line)
        if not stamp_first:
            put_stamp()
        pdf.set_font("helvetica", "", 10.5)
        pdf.text(40, 95, "The Chief Finance Officer presented the report on the budget.")
    return draw


STAMPS = {
    "protective marking after a masthead": (
        "Borsetshire County Council", "NOT PROTECTIVELY MARKED", False, ("B", 17)),
    "pack reference written before a minute's heading": (
        "18. Business plan and budget 2026/27", "TWP/JC/2026/02", True, ("B", 14)),
    "item stamp in lighter type over a bold heading": (
        "Quarterly Performance Report", "Agenda Item 7", True, ("B", 16)),
    "bold stamp beside a plain first line": (
        "Minutes of the meeting of the Cabinet", "OFFICIAL - 3", False, ("", 12)),
}


@pytest.mark.parametrize("form", list(STAMPS))
def test_stamp_is_a_line_of_its_own(form, tmp_path):
    line, stamp, first, font = STAMPS[form]
    with load(_pdf(tmp_path, _stamped(line, stamp, first, font))) as source:
        lines = source.pages[0].lines
    texts = [x.text for x in lines]
    assert line in texts
    assert [x.text for x in lines if x.stamp] == [stamp]
    # with the running header, where furniture and a publisher's item stamp are read
    assert texts.index(stamp) < texts.index(line)
    assert texts.index(stamp) < 3


def test_label_and_value_at_the_top_stay_one_line(tmp_path):
    """Not a stamp: a masthead's bold label and its value, set from a column left of the
    page's middle to the margin, nor a right-aligned date beside a heading in the same type."""
    def draw(pdf: FPDF) -> None:
        pdf.set_font("helvetica", "B", 11)
        pdf.text(40, 60, "By:")
        pdf.set_font("helvetica", "", 11)
        pdf.text(160, 60, "Mr P Langridge, Deputy Leader and Cabinet Member for Finance,")
        pdf.set_font("helvetica", "B", 11)
        pdf.text(40, 90, "Cabinet")
        pdf.text(pdf.w - 40 - pdf.get_string_width("14 May 2026"), 90, "14 May 2026")
    with load(_pdf(tmp_path, draw)) as source:
        lines = source.pages[0].lines
    assert [x.text for x in lines] == [
        "By: Mr P Langridge, Deputy Leader and Cabinet Member for Finance,",
        "Cabinet 14 May 2026"]
    assert not any(x.stamp for x in lines)


def test_stamp_over_a_table_row_is_in_no_cell(tmp_path):
    """A table across the page, its first row in the stamp's band (its score cells wide)."""
    def draw(pdf: FPDF) -> None:
        _register(pdf, top=56, widths=(45.0, 200.0, 40.0, 40.0, 230.0))
        pdf.set_font("helvetica", "B", 12)
        pdf.text(pdf.w - 42 - pdf.get_string_width("Board Members Only"), 66,
                 "Board Members Only")
    with load(_pdf(tmp_path, draw)) as source:
        (table,) = source.pages[0].tables
        assert table.texts() == [list(HEADER), *map(list, ROWS)]


MINUTES = """%% header Borsetshire County Council
%% overprint {stamp}
## Borsetshire County Council
** Audit Committee - Minutes
Tuesday 28 April 2026, 7.00 pm, Committee Room 2, County Hall
** 1. Apologies
Apologies were received from Councillor Archer.
** 2. Internal audit plan
RESOLVED: That the plan be approved.
"""


@pytest.mark.parametrize("stamp", ["PUBLIC PACK - A&S 21/07/26", "Audit Committee - 21 July 2026"])
def test_dated_stamp_does_not_date_the_minutes(stamp, tmp_path):
    """A stamp naming the pack's meeting (a later one) is not the minutes' own heading."""
    src = tmp_path / "minutes.pdfsrc"
    src.write_text(MINUTES.format(stamp=stamp))
    pdf = heldout_render.render_pdf(src, tmp_path)
    (ctx,) = contexts(pdf, "minutes")
    (meeting,) = [m for m in meetings.extract(ctx) if isinstance(m, Meeting)]
    assert str(meeting.meeting_date) == "2026-04-28"


STAMP_PAPERS = {"r10q_county_pension_fund_committee_pack.pdfsrc",
                "r10r_fire_rescue_authority_fleet_pack.pdfsrc",
                "r10s_police_crime_panel_risk_performance_pack.pdfsrc",
                "r10t_county_cabinet_lots_pack.pdfsrc",
                "r10t_london_audit_standards_fraud_pack.pdfsrc"}


def test_round10_stamped_papers_keep_their_minutes_and_meetings():
    _, per_file = heldout_accuracy.evaluate(STAMP_PAPERS)
    assert per_file["r10q_county_pension_fund_committee_pack.pdfsrc"]["minutes"].fn == 0
    assert per_file["r10r_fire_rescue_authority_fleet_pack.pdfsrc"]["minutes"].fn == 0
    assert per_file["r10t_county_cabinet_lots_pack.pdfsrc"]["minutes"].fn == 0
    police = per_file["r10s_police_crime_panel_risk_performance_pack.pdfsrc"]["committee"]
    assert (police.fp, police.fn) == (0, 0)
    audit = per_file["r10t_london_audit_standards_fraud_pack.pdfsrc"]["kind+date"]
    assert (audit.fp, audit.fn) == (0, 0)


def test_stamp_written_among_a_masthead_words(tmp_path):
    """A writer that sets each word apart, in no order: the stamp's words land between the
    masthead's in one run; the masthead reads whole and the stamp is no document's title."""
    def draw(pdf: FPDF) -> None:
        stamp_x = pdf.w - 40 - _width(pdf, "Board Members Only", "B", 10.5)
        words = [(40.0, "Kestrelford", ("", 17.0)), (140.0, "Homes", ("", 17.0)),
                 (stamp_x, "Board", ("B", 10.5)),
                 (stamp_x + _width(pdf, "Board ", "B", 10.5), "Members", ("B", 10.5)),
                 (stamp_x + _width(pdf, "Board Members ", "B", 10.5), "Only", ("B", 10.5)),
                 (200.0, "Limited", ("", 17.0))]
        for x, word, font in words:
            pdf.set_font("helvetica", *font)
            pdf.text(x, 70, word)
        pdf.set_font("helvetica", "", 10.5)
        pdf.text(40, 100, "Quarterly report on the repairs service to the Board.")
    path = _pdf(tmp_path, draw)
    with load(path) as source:
        lines = source.pages[0].lines
    assert [x.text for x in lines] == ["Board Members Only", "Kestrelford Homes Limited",
                                       "Quarterly report on the repairs service to the Board."]
    assert [x.stamp for x in lines] == [True, False, False]
    (ctx,) = contexts(path)
    assert ctx.document.title == "Kestrelford Homes Limited"


def _width(pdf: FPDF, text: str, style: str, size: float) -> float:
    pdf.set_font("helvetica", style, size)
    return float(pdf.get_string_width(text))


# A meeting's masthead of five heading lines (titles and bold labels) over its "Agenda", the
# sixth heading line and the last a document's title lines hold; its items say little more
# (no "Time:" label, no "Item ... Pages" header): the heading is what says it is an agenda.
STAMPED_AGENDAS = {
    "company board, label table": """%% overprint {stamp}
!! Kestrelford Homes Limited
!! Board Meeting
Date:\tTuesday 24 November 2026, 5.30 pm
Venue:\tBoard Room, 2 Foundry Yard, Kestrelford
Company Secretary:\tYasmin Clegg, 01632 960 771
** Agenda
|- No. | Item | Lead | Purpose
|- 1 | Apologies and declarations of interest | Chair | -
|- 2 | Chief Executive's update | Chief Executive | Note
|- 3 | Responsive repairs contract - extension | Director of Property | Decision
""",
    "council committee, numbered lines": """%% overprint {stamp}
## Borsetshire County Council
## Environment and Transport Committee
Date:\tWednesday 9 December 2026, 10.00 am
Venue:\tCouncil Chamber, County Hall
Contact:\tDemocratic Services, 01632 960 204
## AGENDA
1. Apologies for absence
2. Highways maintenance programme 2027/28
3. Bus service improvement plan
""",
    "joint committee under a running header": """%% header Calderbrook Joint Waste Committee
%% overprint {stamp}
** Calderbrook Joint Waste Committee
** Ordinary meeting
Date:\tFriday 4 December 2026
Place:\tRoom 3, Civic Centre, Calderbrook
Clerk:\tDemocratic Services, 01632 960 118
** Agenda
1. Waste haulage contract award
2. Recycling performance
3. Date of next meeting
""",
}
AGENDA_STAMPS = ["Board Members Only", "NOT PROTECTIVELY MARKED", "OFFICIAL - Page {page}"]


@pytest.mark.parametrize("stamp", AGENDA_STAMPS)
@pytest.mark.parametrize("form", list(STAMPED_AGENDAS))
def test_stamp_takes_no_heading_lines_place(form, stamp, tmp_path):
    """A stamp over a masthead's first line is one more bold line at the top: it must not
    push the masthead's last heading ("Agenda") out of the lines that say what the paper is."""
    src = tmp_path / "agenda.pdfsrc"
    src.write_text(STAMPED_AGENDAS[form].format(stamp=stamp, page="{page}"))
    kinds = [ctx.segment.kind for ctx in contexts(heldout_render.render_pdf(src, tmp_path))]
    assert kinds == ["agenda"]


def test_stamp_words_stay_among_the_title_lines(tmp_path):
    """The stamp is kept where it is printed: its words may say what a paper is ("Appendix
    B", "Agenda Item 5"), only it is not counted as one of the document's heading lines."""
    src = tmp_path / "agenda.pdfsrc"
    src.write_text(STAMPED_AGENDAS["company board, label table"].format(stamp="Appendix B"))
    (ctx,) = contexts(heldout_render.render_pdf(src, tmp_path))
    assert title_lines(ctx.segment).splitlines() == [
        "Appendix B", "Kestrelford Homes Limited", "Board Meeting",
        "Date: Tuesday 24 November 2026, 5.30 pm",
        "Venue: Board Room, 2 Foundry Yard, Kestrelford",
        "Company Secretary: Yasmin Clegg, 01632 960 771", "Agenda"]
