"""Regression tests for the table readers' known limits listed at session 24's close, each on
small papers in several councils' forms, with guards for what the rules must leave alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import contexts
from heldout_support import KEYED_SCORES, keyed_register_risks
from kcc_papers.extract import kpis, risks
from kcc_papers.extract.risks.key_tables import key_table_scales
from kcc_papers.extract.risks.rows import Row
from kcc_papers.load.unruled import read_words
from kcc_papers.models import Kpi, Risk

# ------------------------------------- limit 4: a key whose axis heading names the number column

LIKELIHOOD_WORDS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
IMPACT_WORDS = ["Minimal", "Minor", "Serious", "Major", "Catastrophic"]
# the impact words are none of the usual ladder's: only the paper's key gives their numbers
KEYS = {
    "a district's 'Impact score | Rating' keys, one an axis": (
        "Likelihood score\tRating\n"
        + "".join(f"{n}\t{w}\n" for n, w in enumerate(LIKELIHOOD_WORDS, 1))
        + "The impact of a risk is scored as follows.\n"
        + "Impact score\tRating\n"
        + "".join(f"{n}\t{w}\n" for n, w in enumerate(IMPACT_WORDS, 1)).rstrip()),
    "a police body's axis heading over the numbers, its words in a descriptor column": (
        "Likelihood\tDescriptor\tImpact\tDescriptor\n"
        + "".join(f"{n}\t{lw}\t{n}\t{iw}\n" for n, (lw, iw)
                  in enumerate(zip(LIKELIHOOD_WORDS, IMPACT_WORDS, strict=True), 1)).rstrip()),
    "a fire authority's 'Likelihood | Descriptor | Description', numbers under the axis": (
        "Likelihood\tDescriptor\tDescription\n"
        + "".join(f"{n}\t{w}\tHappens {n} in 5 years\n" for n, w in enumerate(LIKELIHOOD_WORDS, 1))
        + "The impact of a risk is scored as follows.\n"
        + "Impact (I)\tDescriptor\n"
        + "".join(f"{n}\t{w}\n" for n, w in enumerate(IMPACT_WORDS, 1)).rstrip()),
}


@pytest.mark.parametrize("key", list(KEYS.values()), ids=list(KEYS))
def test_regression_key_whose_axis_heading_names_the_number_column(key: str,
                                                                   tmp_path: Path) -> None:
    assert keyed_register_risks("Corporate Risk Register", key, tmp_path) == KEYED_SCORES


def test_a_number_column_named_by_its_axis_gives_the_words_beside_it() -> None:
    rows = [Row(1, ["Impact score", "Rating", "Description"]),
            *(Row(1, [str(n), w, f"Harm of degree {n}"]) for n, w in enumerate(IMPACT_WORDS, 1))]
    assert key_table_scales(rows) == {"impact": dict(zip(IMPACT_WORDS, range(1, 6), strict=True))}


def test_a_register_with_numbers_under_its_axes_is_no_key() -> None:
    """A register's header with an owner column, numbers under its axes: no key, however its
    other columns hold short words."""
    rows = [Row(1, ["Risk", "Owner", "Likelihood", "Impact", "Score"]),
            *(Row(1, [f"Risk {n}", "Director", str(n), "2", str(2 * n)]) for n in (1, 2, 3))]
    assert key_table_scales(rows) == {}


# ------------------------------------------- tables printed without rules, drawn cell by cell

def _drawn(tmp_path: Path, lines: list[str], header: list[str], rows: list[list[str]], *,
           bold_header: bool = True, bold_first: bool = False,
           fills: dict[str, str] | None = None) -> Path:
    """A paper whose table a word processor printed with its borders off: ``lines`` above it
    (the first a bold heading), the header row bold or not, each row's first cell bold or not,
    and cells whose text is a key of ``fills`` printed empty on that fill colour."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10.5)
    for line in lines[1:]:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 9)
    plain, bold = FontFace(emphasis=""), FontFace(emphasis="BOLD")
    with pdf.table(borders_layout="NONE", first_row_as_headings=False, line_height=5.5,
                   text_align="LEFT") as table:
        for n, cells in enumerate([header, *rows]):
            row = table.row()
            for k, text in enumerate(cells):
                heavy = (bold_header if n == 0 else bold_first and k == 0)
                fill = (fills or {}).get(text) if n else None
                style = FontFace(emphasis="BOLD" if heavy else "", fill_color=fill)
                row.cell("" if fill else text, style=style if fill else (bold if heavy else plain))
    target = tmp_path / "drawn.pdf"
    pdf.output(str(target))
    return target


def _kpis_of(pdf: Path) -> list[tuple[str | None, float | None, str | None]]:
    return [(k.ref, k.latest_value, k.latest_rag)
            for ctx in contexts(pdf, "performance_report")
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _risks_of(pdf: Path) -> list[tuple[str | None, int | None, int | None, float | None]]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(pdf, "risk_register")
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def _line(top: float, *cells: tuple[float, str], size: float = 9.0) -> list[dict[str, Any]]:
    """A line's words, each cell's starting at its x, a space (a quarter size) apart."""
    out = []
    for x, text in cells:
        for word in text.split():
            width = len(word) * size * 0.5
            out.append({"text": word, "x0": x, "x1": x + width, "top": top,
                        "bottom": top + size, "size": size})
            x += width + size / 2
    return out


# ------------------------------------------------- limit 1: rows starting with a bold cell

SCORECARD_LINES = ["Performance Report - Quarter 2 2026/27", "Report by: Head of Performance",
                   "The scorecard shows the council's measures against their targets."]
SCORECARD = (["Code", "Indicator", "Target", "Q1", "Q2", "RAG"],
             [["PI 01", "Household waste recycled (%)", "55.0", "53.1", "56.2", "Green"],
              ["PI 02", "Days to process a benefit claim", "20", "24", "27", "Red"],
              ["PI 03", "Calls answered within 20 seconds (%)", "90", "88", "87", "Amber"]])
SCORECARD_READ = [("PI 01", 56.2, "green"), ("PI 02", 27.0, "red"), ("PI 03", 87.0, "amber")]
REGISTER_LINES = ["Strategic Risk Register - Quarter 2 2026/27", "Report to: Audit Committee",
                  "Risks are scored for likelihood and impact from 1 to 5."]
RISK_TABLE = (["Risk ID", "Risk", "Owner", "Likelihood", "Impact", "Score"],
              [["SR01", "Failure to set a balanced budget", "Chief Finance Officer", "4", "4",
                "16"],
               ["SR02", "Loss of IT services", "Head of ICT", "2", "5", "10"],
               ["SR03", "Planning officers not retained", "Head of Planning", "3", "3", "9"]])
RISKS_READ = [("SR01", 4, 4, 16.0), ("SR02", 2, 5, 10.0), ("SR03", 3, 3, 9.0)]


def test_regression_unruled_scorecard_with_bold_codes_read(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path, SCORECARD_LINES, *SCORECARD, bold_first=True)
    assert _kpis_of(pdf) == SCORECARD_READ


def test_regression_unruled_risk_register_with_bold_ids_read(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path, REGISTER_LINES, *RISK_TABLE, bold_first=True)
    assert _risks_of(pdf) == RISKS_READ


def test_unruled_tables_with_plain_first_cells_still_read(tmp_path: Path) -> None:
    assert _kpis_of(_drawn(tmp_path, SCORECARD_LINES, *SCORECARD)) == SCORECARD_READ
    assert _risks_of(_drawn(tmp_path, REGISTER_LINES, *RISK_TABLE)) == RISKS_READ


# ------------------------------------------------------ limit 2: a header row not bold

def test_regression_unruled_scorecard_whose_header_is_not_bold(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path, SCORECARD_LINES, *SCORECARD, bold_header=False)
    assert _kpis_of(pdf) == SCORECARD_READ


def test_regression_unruled_register_whose_header_is_not_bold(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path, REGISTER_LINES, *RISK_TABLE, bold_header=False, bold_first=True)
    assert _risks_of(pdf) == RISKS_READ


def test_a_plain_header_is_names_set_apart_over_rows() -> None:
    """A plain line heads a table where its names are set apart (not a sentence's words a
    space apart) at columns the lines below start at, and hold no figures (a row of values
    is no header)."""
    rows = [*_line(115, (60, "K1"), (110, "Visits"), (300, "900"), (350, "950"), (400, "Green")),
            *_line(130, (60, "K2"), (110, "Deaths"), (300, "2"), (350, "0"), (400, "Red")),
            *_line(145, (60, "K3"), (110, "Calls"), (300, "95"), (350, "93"), (400, "Amber"))]
    header = _line(100, (60, "Ref"), (110, "Measure"), (300, "Target"), (350, "Actual"),
                   (400, "RAG"))
    (table,) = read_words(header + rows, [], 1)
    assert table.texts()[:2] == [["Ref", "Measure", "Target", "Actual", "RAG"],
                                 ["K1", "Visits", "900", "950", "Green"]]
    assert read_words(rows, [], 1) == []  # the first row is no header of the others
    prose = _line(100, (60, "Ref Measure and the other columns are described in Annex B"))
    assert read_words(prose + rows, [], 1) == []


# -------------------------------------------- limit 3: a RAG given by a cell's fill alone

RAG_FILLS = {"Green": "#00b050", "Red": "#ff0000", "Amber": "#ffc000"}


def test_regression_unruled_scorecard_whose_rag_is_a_fill_alone(tmp_path: Path) -> None:
    """The filled cells, without text, were boxed by their fills' edges as a ruled table of
    empty cells, so the page was never read for a table without rules."""
    pdf = _drawn(tmp_path, SCORECARD_LINES, *SCORECARD, fills=RAG_FILLS)
    assert _kpis_of(pdf) == SCORECARD_READ


TRUST_LINES = ["Integrated Performance Report - Month 7", "Report of: Chief Operating Officer",
               "Each measure's status against its standard is shown by colour."]
TRUST = (["Ref", "Measure", "Standard", "Sep", "Oct", "Status"],
         [["UEC1", "Patients seen within 4 hours in the emergency department (%)", "78.0",
           "74.2", "76.9", "Amber"],
          ["CAN1", "Cancer patients treated within 62 days of an urgent referral (%)", "85.0",
           "71.0", "69.4", "Red"],
          ["SAF1", "Inpatient falls with harm per 1,000 occupied bed days", "0.50", "0.31",
           "0.28", "Green"]])


def test_regression_unruled_trust_dashboard_rag_by_fill(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path, TRUST_LINES, *TRUST, fills=RAG_FILLS)
    assert _kpis_of(pdf) == [("UEC1", 76.9, "amber"), ("CAN1", 69.4, "red"),
                             ("SAF1", 0.28, "green")]


def test_a_fill_column_needs_its_fill_to_start_a_cell() -> None:
    """A band filled across a row starts no column at each heading word it lies under; a
    fill whose left edge lies between two headings starts one."""
    words = [
        *_line(100, (60, "Ref"), (110, "Measure"), (250, "Target 2025/26"), (350, "RAG")),
        *_line(115, (60, "K1"), (110, "Visits"), (250, "900")),
        *_line(130, (60, "K2"), (110, "Deaths"), (250, "2")),
    ]
    band = [((55.0, 112.0, 400.0, 126.0), "#eeeeee"), ((55.0, 127.0, 400.0, 141.0), "#eeeeee")]
    (table,) = read_words(words, [100], 1, None, band)
    assert table.texts()[0] == ["Ref", "Measure", "Target 2025/26 RAG"]
    rag = [((346.0, 112.0, 400.0, 126.0), "#00b050"), ((346.0, 127.0, 400.0, 141.0), "#ff0000")]
    (table,) = read_words(words, [100], 1, None, band + rag)
    assert table.texts() == [["Ref", "Measure", "Target 2025/26", "RAG"],
                             ["K1", "Visits", "900", ""], ["K2", "Deaths", "2", ""]]
    assert [row[3].fill for row in table.rows[1:]] == ["#00b050", "#ff0000"]
    assert {row[1].fill for row in table.rows[1:]} == {"#eeeeee"}
