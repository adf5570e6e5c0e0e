"""Round 10's renderer marks (benchmarks/heldout_render.py): how real council PDFs mangle their
text layers (watermarks, lines out of order, no spaces, ligatures, symbol-font bullets, stamps
over the first line, inline bold, headings by size alone, serif faces, justified text). Each
test renders a small paper with and without its mark and checks the text layer."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest

from heldout_support import heldout_accuracy

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import heldout_render

BODY = "The officer gave a brief update on the staff budget and the key points raised."
LONG = ("The finance officer gave a brief update on the staff budget, the efficient office "
        "and the flow of official papers through the different offices of the council, which "
        "affects the final figures for the year.")
TABLE = ["| Ref | Risk | Score |", "| CR01 | {#ff0000}Cyber attack | 16 |",
         "| CR02 | Staff shortages | 12 |"]
# every mark at once, as a blind writer may combine them (not a held-out paper: not scored)
DEMO = """%% header Kent County Council - Audit Committee
%% footer Page {page} of {pages}
%% watermark DRAFT - NOT YET APPROVED
%% overprint Agenda Item {page}
%% justify
%% shuffle
%% nospaces
%% ligatures
%% font serif
!! Audit Committee Minutes
** 1. Financial Monitoring
Meeting date\tMonday 3 March 2025
""" + LONG + """
**RESOLVED:** That the report be noted.
-- A bullet about the **office** budget
| Ref | Risk | Score |
| **CR01** | {#ff0000}Cyber attack | 16 |
--- page ---
Second page of the minutes.
"""


def _render(tmp_path: Path, lines: list[str], name: str = "paper") -> Path:
    paper = tmp_path / f"{name}.pdfsrc"
    paper.write_text("\n".join(lines) + "\n")
    out = tmp_path / name
    out.mkdir(exist_ok=True)
    return heldout_accuracy.render_pdf(paper, out)


def _chars(pdf_path: Path, page: int = 0) -> list[dict[str, Any]]:
    with pdfplumber.open(pdf_path) as pdf:
        return list(pdf.pages[page].chars)


def _words(pdf_path: Path, page: int = 0) -> list[dict[str, Any]]:
    with pdfplumber.open(pdf_path) as pdf:
        return list(pdf.pages[page].extract_words(extra_attrs=["fontname", "size"]))


def _pdfium_text(pdf_path: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _content(pdf_path: Path) -> bytes:
    """The first page's content stream, as written."""
    from pdfminer.pdftypes import resolve1

    with pdfplumber.open(pdf_path) as pdf:
        return b"".join(resolve1(s).get_data() for s in pdf.pages[0].page_obj.contents)


def _word(words: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(w for w in words if w["text"] == text)


# ---------------------------------------------------------------------------- directives


def test_watermark_letters_are_written_first_large_and_grey(tmp_path):
    plain = _chars(_render(tmp_path, [BODY], "plain"))
    chars = _chars(_render(tmp_path, ["%% watermark DRAFT", BODY], "marked"))
    large = [c for c in chars if c["size"] > 2 * heldout_render.HEADING_SIZE]
    assert "".join(c["text"] for c in large) == "DRAFT"
    assert chars[:5] == large  # before the page's other text in the content stream
    # turned (the text matrix's shear) and lighter than the black text
    assert all(c["matrix"][1] > 0 and c["non_stroking_color"][0] > 0.5 for c in large)
    assert not [c for c in plain if c["size"] > 2 * heldout_render.HEADING_SIZE]


def test_nospaces_keeps_the_page_count_of_a_footer(tmp_path):
    pdf_path = _render(tmp_path, ["%% footer Page {page} of {pages}", "%% nospaces", BODY,
                                  "--- page ---", BODY])
    assert "Page 2 of 2" in _pdfium_text(pdf_path)


def test_watermark_crosses_the_middle_of_every_page(tmp_path):
    pdf_path = _render(tmp_path, ["%% watermark CONFIDENTIAL", BODY, "--- page ---", BODY])
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            large = [c for c in page.chars if c["size"] > 2 * heldout_render.HEADING_SIZE]
            xs = [c["x0"] for c in large]
            assert "".join(c["text"] for c in large) == "CONFIDENTIAL"
            assert min(xs) < page.width / 2 < max(xs)


# fpdf2 writes its operands to a hundredth of a point: a word placed on its own lands within
# a few hundredths of where the whole line put it
PLACE_TOLERANCE_PT = 0.1


def _places(chars: list[dict[str, Any]]) -> list[tuple[str, float, float]]:
    """Each character with its place, line by line, left to right."""
    return sorted(((c["text"], c["x0"], c["top"]) for c in chars),
                  key=lambda t: (round(t[2]), t[1]))


def _same_places(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> bool:
    pairs = list(zip(_places(got), _places(want), strict=True))
    return all(g[0] == w[0] and abs(g[1] - w[1]) < PLACE_TOLERANCE_PT
               and abs(g[2] - w[2]) < PLACE_TOLERANCE_PT for g, w in pairs)


def _heights(chars: list[dict[str, Any]]) -> list[float]:
    """The characters' heights on the page, in content-stream order."""
    return [round(c["top"], 1) for c in chars]


def test_shuffle_writes_lines_out_of_order_at_their_places(tmp_path):
    lines = ["## Audit Committee", "Meeting date\tMonday 3 March 2025", BODY, *TABLE,
             "-- A bullet line"]
    plain = _chars(_render(tmp_path, lines, "plain"))
    marked = _chars(_render(tmp_path, ["%% shuffle", *lines], "marked"))
    assert _same_places(marked, plain)
    assert sorted(_heights(marked)) == sorted(_heights(plain))
    assert _heights(marked) != _heights(plain)


def test_shuffle_is_seeded_by_the_file_name_and_keeps_tables(tmp_path):
    lines = ["%% shuffle", "## Audit Committee", BODY, *TABLE]
    first = _render(tmp_path, lines, "same")
    first_chars = [c["text"] for c in _chars(first)]
    again = _render(tmp_path, lines, "same")
    assert [c["text"] for c in _chars(again)] == first_chars
    other = _render(tmp_path, lines, "other")
    assert [c["text"] for c in _chars(other)] != first_chars
    plain = _render(tmp_path, lines[1:], "plain")
    with pdfplumber.open(again) as pdf, pdfplumber.open(plain) as ref:
        assert pdf.pages[0].extract_tables() == ref.pages[0].extract_tables()
        fills = [r["non_stroking_color"] for r in pdf.pages[0].rects if r["fill"]]
        assert fills == [r["non_stroking_color"] for r in ref.pages[0].rects if r["fill"]]


def test_overprint_shares_the_first_lines_band_on_every_page(tmp_path):
    lines = ["%% overprint Agenda Item {page}", "## Audit Committee", BODY, "--- page ---",
             *TABLE]
    pdf_path = _render(tmp_path, lines)
    for page, first in ((0, "Audit"), (1, "Ref")):
        words = _words(pdf_path, page)
        stamp = [w for w in words if w["text"] in ("Agenda", "Item", str(page + 1))
                 and w["x0"] > 300]
        assert [w["text"] for w in stamp] == ["Agenda", "Item", str(page + 1)]
        assert all("Bold" in w["fontname"] for w in stamp)
        line = _word(words, first)
        assert stamp[0]["top"] < line["bottom"] and line["top"] < stamp[0]["bottom"]
    assert "Agenda" not in {w["text"] for w in _words(_render(tmp_path, lines[1:], "plain"))}


def test_nospaces_draws_words_at_their_places_with_no_space_characters(tmp_path):
    lines = ["Meeting date\tMonday 3 March 2025", BODY, *TABLE, "-- A bullet line"]
    plain = _render(tmp_path, lines, "plain")
    marked = _render(tmp_path, ["%% nospaces", *lines], "marked")
    assert " " in {c["text"] for c in _chars(plain)}
    assert " " not in {c["text"] for c in _chars(marked)}
    assert _same_places(_chars(marked), [c for c in _chars(plain) if c["text"] != " "])
    assert _content(marked).count(b"BT") >= len(BODY.split()) + 9  # a text object per word


def test_nospaces_with_justify_keeps_the_justified_places(tmp_path):
    plain = _render(tmp_path, ["%% justify", LONG], "plain")
    marked = _render(tmp_path, ["%% justify", "%% nospaces", LONG], "marked")
    assert _same_places(_chars(marked), [c for c in _chars(plain) if c["text"] != " "])


def test_ligatures_are_printed_as_their_code_points_in_dejavu(tmp_path):
    text = "The financial officer's staff affects the fleet."
    chars = _chars(_render(tmp_path, ["%% ligatures", text], "marked"))
    printed = "".join(c["text"] for c in chars)
    assert printed == ("The \ufb01nancial o\ufb03cer's sta\ufb00 a\ufb00ects the "
                       "\ufb02eet.")
    assert all("DejaVu" in c["fontname"] for c in chars)
    plain = "".join(c["text"] for c in _chars(_render(tmp_path, [text], "plain")))
    assert not re.search("[\ufb00-\ufb04]", plain)


def test_ligatures_name_the_font_and_package_when_the_font_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(heldout_render, "DEJAVU", tmp_path / "no-fonts")
    with pytest.raises(FileNotFoundError, match="fonts-dejavu-core"):
        _render(tmp_path, ["%% ligatures", BODY])


def test_font_serif_sets_the_paper_in_times(tmp_path):
    lines = ["## Audit Committee", BODY]
    fonts = {c["fontname"] for c in _chars(_render(tmp_path, ["%% font serif", *lines], "s"))}
    assert fonts == {"Times-Bold", "Times-Roman"}
    plain = {c["fontname"] for c in _chars(_render(tmp_path, lines, "plain"))}
    assert not any("Times" in f for f in plain)


def _gaps(words: list[dict[str, Any]]) -> list[float]:
    return [b["x0"] - a["x1"] for a, b in itertools.pairwise(words)]


def test_justify_widens_the_gaps_but_not_on_a_paragraphs_last_line(tmp_path):
    def lines(pdf_path: Path) -> list[list[dict[str, Any]]]:
        words = _words(pdf_path)
        tops = sorted({round(w["top"]) for w in words})
        return [[w for w in words if round(w["top"]) == t] for t in tops]

    plain = lines(_render(tmp_path, [LONG], "plain"))
    justified = lines(_render(tmp_path, ["%% justify", LONG], "marked"))
    assert len(justified) == len(plain) > 1
    assert min(_gaps(justified[0])) > max(_gaps(plain[0])) + 0.5
    assert justified[0][-1]["x1"] > plain[0][-1]["x1"]
    assert max(_gaps(justified[-1])) == pytest.approx(max(_gaps(plain[-1])), abs=0.05)


# ---------------------------------------------------------------------------- line marks


def test_bullet_is_a_symbol_fonts_glyph_not_a_bullet_character(tmp_path):
    pdf_path = _render(tmp_path, ["-- A bullet about the budget", BODY])
    chars = _chars(pdf_path)
    assert chars[0]["fontname"] == "ZapfDingbats"
    assert chars[0]["text"] not in "•●▪◦·-*"
    text = _pdfium_text(pdf_path)
    first = text.splitlines()[0]
    assert first.endswith("A bullet about the budget") and not re.search("[•●▪◦·-]", first)
    words = _words(pdf_path)
    assert _word(words, "A")["x0"] > _word(words, "The")["x0"]  # the text indented


def test_plain_heading_is_large_and_not_bold(tmp_path):
    words = _words(_render(tmp_path, ["!! Audit Committee", BODY]))
    heading = _word(words, "Audit")
    assert heading["size"] == pytest.approx(heldout_render.HEADING_SIZE)
    assert "Bold" not in heading["fontname"]
    assert heading["size"] > _word(words, "officer")["size"]


def test_inline_bold_words_only_in_every_kind_of_line(tmp_path):
    lines = ["**RESOLVED:** That the report be noted.", "Decision\t**Approved** as printed",
             "-- A bullet about the **office** budget", "| Ref | Risk |",
             "| **CR01** | Cyber attack |", "** Whole heading bold"]
    pdf_path = _render(tmp_path, lines)
    words = _words(pdf_path)
    bold = {w["text"] for w in words if "Bold" in w["fontname"]}
    assert {"RESOLVED:", "Approved", "office", "CR01", "Decision"} <= bold
    assert not {"That", "report", "as", "printed", "bullet", "budget", "Cyber"} & bold
    assert {"Whole", "heading"} <= bold  # a "** " line is still a bold heading
    assert "*" not in "".join(c["text"] for c in _chars(pdf_path))


def test_only_stars_are_inline_markup(tmp_path):
    text = "**Note:** score 4 -- under __review__ ~~ see [link](x) and 4 ** 2"
    printed = "".join(c["text"] for c in _chars(_render(tmp_path, [text])))
    assert printed == text.replace("**Note:**", "Note:")
    cells = _chars(_render(tmp_path, ["| Ref | Note |", "| **R1** | 4 ** 2 |"], "table"))
    assert "".join(c["text"] for c in cells) == "RefNoteR14 ** 2"


def test_all_marks_together(tmp_path):
    paper = tmp_path / "r10_demo.pdfsrc"
    paper.write_text(DEMO)
    pdf_path = heldout_render.render_pdf(paper, tmp_path)
    text = _pdfium_text(pdf_path)
    chars = _chars(pdf_path)
    assert " " not in {c["text"] for c in chars}
    assert "\ufb01" in "".join(c["text"] for c in chars)
    assert "finance" in text and "officer" in text  # ligatures read as their letters
    # lines shuffled, not words: each line's words stay together in the stream
    assert "2025" in text.split("Monday", 1)[1].split("\n", 1)[0]
    assert "Agenda" in text and "Item" in text
    assert "•" not in text and "*" not in text
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == 2
        assert "".join(c["text"] for c in pdf.pages[1].chars
                       if c["size"] > 2 * heldout_render.HEADING_SIZE) == "DRAFT-NOTYETAPPROVED"
