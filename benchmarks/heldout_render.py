"""The held-out `.pdfsrc` papers as PDFs (fpdf2), mangled the way real council PDFs mangle
their text layers. benchmarks/heldout_accuracy.py renders every `.pdfsrc` paper with
`render_pdf` before the pipeline reads it.

A `.pdfsrc` paper is rendered to a PDF: "## " lines are large bold headings, "** " lines bold
headings, lines with tabs a two-column header table, runs of "| a | b |" lines a ruled table
(first row its header), "--- page ---" a page break, the rest body text.
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

Round 10 (`Paper`): whole-paper directives, put at the top beside "%% header" / "%% footer":
- "%% justify": body paragraphs justified (uneven gaps between words, the last line of a
  paragraph left-aligned).
- "%% watermark TEXT": TEXT very large, light grey, rotated 45 degrees across the middle of
  every page, written into the content stream before the page's other text (its letters sit
  in the text layer among the lines it crosses).
- "%% shuffle": every page's lines (headings, body lines, table cells, furniture) drawn at
  their places but written into the content stream in a random order seeded by the file's
  name (the same every run).
- "%% overprint TEXT": TEXT in bold at the top right of every page, at the height of the
  page's first line of content (sharing its band); "{page}" in TEXT is the page number.
- "%% nospaces": every line drawn word by word, each word its own text object at its place,
  and no space characters in the text layer (word breaks only as gaps).
- "%% ligatures": set in DejaVu Sans (a Unicode TrueType font, Debian's fonts-dejavu-core)
  with "ffi", "ffl", "ff", "fi", "fl" printed as their ligature characters (U+FB03, U+FB04,
  U+FB00, U+FB01, U+FB02); DejaVu Serif with "%% font serif". (PDFium expands ligatures when
  it extracts text; pdfminer's characters keep them.)
- "%% font serif": set in Times instead of Helvetica.
Line marks:
- "-- TEXT": a bulleted body line, the bullet a ZapfDingbats glyph (a diamond of four, which
  PDFium extracts as "\u2756" and pdfminer as "v", not as a bullet character), TEXT indented
  after it.
- "!! TEXT": a heading in large type that is not bold.
- "**words**" inside a body line, a tabbed label line's value, a bullet line or a table cell:
  those words bold, the rest regular. A line starting "** " stays a bold heading.

Round 11 (layout; tables drawn by benchmarks/heldout_render_tables.py). Table marks, in a
ruled, "|# ", "|- " or "|~ " table:
- "^" as a cell's whole text: the cell is merged with the one above it (a rowspan): the
  span's first cell's text printed once, vertically centred across its rows, no rule between
  them in that column (never merged into the header row; a span is kept on one page, and
  after a "| --- page --- |" row a "^" prints the merged text again on the new page).
- "{dot#rrggbb}" at the start of a cell: a filled circle of that colour drawn as a shape (no
  character), the rest of the cell printed beside it ("{dot#00b050}On track").
- "{ding#rrggbb}" at the start of a cell: ZapfDingbats' "l" (a filled circle glyph) in that
  colour, the rest of the cell beside it: the rating is the colour alone.
- "{up}" at the start of a header cell: its text printed turned 90 degrees (bottom to top),
  the header row as tall as the longest such text.
- "|% w1 w2 ..." on the line right before a table: relative column widths (integers).
- "|~ " starting a table's first line: a zebra table, no rules, every other body row light
  grey, the header row bold white on a dark fill.
Page marks:
- "--- page rotated ---": a landscape page stored as a portrait page with /Rotate 90, its
  content drawn turned so a viewer shows it upright (pages after a plain "--- page ---" are
  portrait again; a table or text running over from it goes on to another such page).
- "<> LEFT || RIGHT": LEFT wrapped in the left half of the page and RIGHT in the right half,
  from the same baseline; consecutive "<> " lines go on below the longer of the two (a row
  that would not fit the page starts a new one).
Text marks:
- "%% hyphenate": body paragraphs, bullet lines and "<> " columns (not headings or tables)
  break long words (8+ letters, letters only) at the line end with a hyphen, 3+ letters
  either side (justified lines stay justified).
- "[^n]" (n one digit) anywhere in a line or cell: a small raised n right after the text
  before it; a line "[^n]: TEXT" prints TEXT as a small footnote (after its raised n) at the
  bottom of the page it comes on (a paper with footnotes keeps room for them on every page).
"""

from __future__ import annotations

import dataclasses
import math
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import heldout_render_tables as tables

if TYPE_CHECKING:
    from fpdf import FPDF

HEADING_SIZE = 15.0
BOLD_SIZE = 12.0
BODY_SIZE = 10.5
TABLE_SIZE = 9.0
LABEL_WIDTH_MM = 55.0
LINE_MM = 5.5
# A line of its own that starts a new page (a paper running over pages, its header repeated).
PAGE_BREAK = "--- page ---"
LANDSCAPE_PAGE_BREAK = "--- page landscape ---"

# Round 10 line marks.
BULLET = "-- "
PLAIN_HEADING = "!! "
# ZapfDingbats' diamond of four (Word's Wingdings "v" bullet): PDFium reads it as U+2756,
# pdfminer as "v", neither a bullet character a reader knows
BULLET_GLYPH = "v"
BULLET_FONT = "zapfdingbats"
BULLET_SIZE = 7.0
BULLET_INDENT_MM = 6.0
# "**words**" inside a line: at least one character that is not a space or a star between them.
INLINE_BOLD = re.compile(r"\*\*[^*\s][^*]*\*\*")
# fpdf2's markdown escape, set to a character no paper holds, to print a stray "**" as text
MARKDOWN_ESCAPE = "\x00"

# Round 10 whole-paper directives.
WATERMARK_MAX_PT = 90.0
WATERMARK_SPAN = 0.65  # of the page's diagonal, so a long watermark still fits the page
WATERMARK_GREY = 215
WATERMARK_ANGLE = 45.0
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# the sans face, or its serif sibling when the paper is also set serif
DEJAVU_FILES = {False: {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"},
                True: {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf"}}
DEJAVU_PACKAGE = "fonts-dejavu-core"
# longest first, so "ffi" is one ligature and not "ff" + "i"
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
             ("fl", "\ufb02"))
SERIF = "serif"


@dataclass
class Paper:
    """A paper's whole-paper directives ("%% " lines)."""

    name: str
    running: dict[str, str] = field(default_factory=dict)  # "header" / "footer": its text
    justify: bool = False
    watermark: str | None = None
    shuffle: bool = False
    overprint: str | None = None
    nospaces: bool = False
    ligatures: bool = False
    serif: bool = False
    hyphenate: bool = False
    footnote_room: float = 0.0  # mm kept above the foot of every page for its footnotes
    # drawing state: between "--- page rotated ---" and the next page break, the pages
    # turned so far (numbers from 1), each page's footnote lines
    rotating: bool = False
    rotated: set[int] = field(default_factory=set)
    footnotes: dict[int, list[str]] = field(default_factory=dict)

    @property
    def family(self) -> str:
        """The face the paper is set in (a core font, or DejaVu Sans for ligatures)."""
        if self.ligatures:
            return "dejavu"
        return "times" if self.serif else "helvetica"


def _directives(source: list[str], name: str) -> Paper:
    paper = Paper(name)
    for line in source:
        if not line.startswith(FURNITURE):
            continue
        where, _, text = line.removeprefix(FURNITURE).partition(" ")
        if where in ("header", "footer"):
            paper.running[where] = text
        elif where == "watermark":
            paper.watermark = text
        elif where == "overprint":
            paper.overprint = text
        elif where == "font":
            paper.serif = text.strip() == SERIF
        elif where in ("justify", "shuffle", "nospaces", "ligatures", "hyphenate"):
            setattr(paper, where, True)
    notes = sum(1 for line in source if FOOTNOTE_LINE.match(line))
    if notes:
        paper.footnote_room = min(notes, FOOTNOTE_MAX_LINES) * FOOTNOTE_LINE_MM + FOOTNOTE_GAP_MM
    return paper


def render_pdf(src: Path, out: Path) -> Path:
    """A `.pdfsrc` paper as a PDF with real font sizes and weights."""

    source = src.read_text().splitlines()
    paper = _directives(source, src.name)
    pdf, deferred = _furnished_pdf(paper)
    pdf.core_fonts_encoding = "cp1252"
    pdf.set_margins(20, 18, 20)
    if paper.footnote_room:
        pdf.set_auto_page_break(True, AUTO_BREAK_MM + paper.footnote_room)
    pdf.add_page()
    rows: list[list[str]] = []
    mark = ""  # the table's first line's mark: "|# " shaded header, "|- " no rules
    widths: list[int] | None = None  # a "|% " line's column widths, for the table after it
    for line in [*source, ""]:
        if line.startswith(FURNITURE):
            continue
        if line.startswith(("| ", TABLE_SHADED, TABLE_UNRULED, TABLE_ZEBRA)):
            body = line[3:] if line[:3] in TABLE_MARKS else line
            rows.append([c.strip() for c in CELL_RULE.split(body.strip("| "))])
            mark = mark if len(rows) > 1 else line[:3]
            continue
        if rows:
            _any_table(pdf, rows, mark, widths)
            rows, mark = [], ""
        widths = tables.column_widths(line)
        if widths is None:
            _line(pdf, line, deferred, paper)
    target = out / (src.stem + ".pdf")
    target.write_bytes(_turned_pages(bytes(pdf.output()), paper.rotated))
    return target


def _any_table(pdf: FPDF, rows: list[list[str]], mark: str, widths: list[int] | None) -> None:
    """A table drawn by round 11's renderer when it uses any of its marks, else as before."""
    if tables.has_marks(rows, mark, widths):
        bold = _cells_bold(rows)
        tables.render_table(pdf, rows, mark, widths, bold, _stray_stars_escaped)
    else:
        _table_marks(pdf, rows, mark)


def _line(pdf: FPDF, line: str, deferred: Deferred, paper: Paper) -> None:
    """One line of the paper that is not part of a table."""
    if line in (PAGE_BREAK, LANDSCAPE_PAGE_BREAK, ROTATED_PAGE_BREAK):
        paper.rotating = line == ROTATED_PAGE_BREAK
        pdf.add_page(orientation="P" if line == PAGE_BREAK else "L")
    elif FOOTNOTE_LINE.match(line):
        paper.footnotes.setdefault(pdf.page_no(), []).append(line)
    elif line.startswith(TWO_COLUMNS):
        _two_columns(pdf, line.removeprefix(TWO_COLUMNS), paper.hyphenate)
    elif line.startswith("## "):
        pdf.set_font("helvetica", "B", HEADING_SIZE)
        pdf.multi_cell(0, LINE_MM + 2, line[3:], new_x="LMARGIN", new_y="NEXT")
    elif line.startswith(PLAIN_HEADING):
        pdf.set_font("helvetica", "", HEADING_SIZE)
        pdf.multi_cell(0, LINE_MM + 2, line[3:], new_x="LMARGIN", new_y="NEXT")
    elif line.startswith("** "):
        pdf.ln(2)
        pdf.set_font("helvetica", "B", BOLD_SIZE)
        pdf.multi_cell(0, LINE_MM + 1, line[3:], new_x="LMARGIN", new_y="NEXT")
    elif line.startswith(("^^ ", "<< ")):
        _furnished_line(pdf, line, deferred)
    elif line.startswith(BULLET):
        _bullet(pdf, line[3:], paper.justify, paper.hyphenate)
    elif "\t" in line:
        label, value = line.split("\t", 1)
        pdf.set_font("helvetica", "B", BODY_SIZE)
        pdf.cell(LABEL_WIDTH_MM, LINE_MM, label)
        pdf.set_font("helvetica", "", BODY_SIZE)
        printed, bold = _markup(value)
        pdf.multi_cell(0, LINE_MM, printed, new_x="LMARGIN", new_y="NEXT", markdown=bold)
    else:
        _body(pdf, line, paper.justify, paper.hyphenate)


def _inline_bold(text: str) -> bool:
    return INLINE_BOLD.search(text) is not None


def _stray_stars_escaped(text: str) -> str:
    """TEXT for fpdf2's markdown: its "**words**" kept, any other "**" escaped (printed)."""
    pieces, start = [], 0
    for match in INLINE_BOLD.finditer(text):
        pieces += [text[start:match.start()].replace("**", MARKDOWN_ESCAPE + "**"),
                   match.group()]
        start = match.end()
    return "".join([*pieces, text[start:].replace("**", MARKDOWN_ESCAPE + "**")])


def _markup(text: str) -> tuple[str, bool]:
    """TEXT as fpdf2 prints it, and whether it has inline bold (markdown on)."""
    return (_stray_stars_escaped(text), True) if _inline_bold(text) else (text, False)


def _body(pdf: FPDF, text: str, justified: bool, hyphenate: bool = False) -> None:
    """A body paragraph: justified when the paper says so, its long words hyphenated at line
    ends when it says so, its "**words**" bold."""
    pdf.set_font("helvetica", "", BODY_SIZE)
    if hyphenate:
        text = _hyphenated(text)
    printed, bold = _markup(text)
    pdf.multi_cell(0, LINE_MM, printed, new_x="LMARGIN", new_y="NEXT",
                   align="J" if justified else "L", markdown=bold)


def _bullet(pdf: FPDF, text: str, justified: bool, hyphenate: bool) -> None:
    """A bulleted line: a symbol font's bullet, then the text indented after it."""
    pdf.set_font(BULLET_FONT, "", BULLET_SIZE)
    pdf.cell(BULLET_INDENT_MM, LINE_MM, BULLET_GLYPH)
    _body(pdf, text, justified, hyphenate)


# Round 11 page and text marks.
ROTATED_PAGE_BREAK = "--- page rotated ---"
TWO_COLUMNS = "<> "
COLUMN_SPLIT = " || "
COLUMN_GAP_MM = 8.0
FOOTNOTE_LINE = re.compile(r"^\[\^(\d)\]: ")
FOOTNOTE_MARK = re.compile(r"\[\^(\d)\]")
# a footnote marker's digit in the text fpdf2 is given: a control character no paper holds
# before the digit, turned into a superscript fragment when fpdf2 splits the text into styles
SUPERSCRIPT = "\x01"
FOOTNOTE_SIZE = 7.5
FOOTNOTE_LINE_MM = 3.6
# the room kept above the foot of a paper's pages: a line for each of its footnotes (as if
# all were on one page, up to this many), and the gap for the rule above them
FOOTNOTE_MAX_LINES = 5
FOOTNOTE_GAP_MM = 3.0
AUTO_BREAK_MM = 20.0  # fpdf2's own bottom margin
FOOTNOTE_RULE_MM = 40.0
HYPHEN_MIN_WORD = 8  # letters: shorter words are never broken
HYPHEN_MIN_PART = 3  # letters left on either side of a break
# a word of letters only, with the quotes, brackets, stars (bold) and punctuation around it
HYPHENABLE = re.compile(rf"^([\"'(*]*)([^\W\d_]{{{HYPHEN_MIN_WORD},}})([.,;:!?)\"'*]*)$")
SOFT_HYPHEN = "\u00ad"


def _two_columns(pdf: FPDF, line: str, hyphenate: bool) -> None:
    """One row of side-by-side text: LEFT wrapped in the left half, RIGHT in the right,
    both from the same baseline (hyphenated as body text is); the next line below the
    longer of the two. A side may be a heading ("## ", "!! ", "** ", "^^ "), as bilingual
    papers set their English and Welsh headings side by side."""
    half = (pdf.epw - COLUMN_GAP_MM) / 2
    sides = [_column_side(text.strip(), hyphenate) for text in line.partition(COLUMN_SPLIT)[::2]]
    height = max(_side_height(pdf, half, side) for side in sides)
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page(orientation=str(pdf.cur_orientation.value))
    top = pdf.get_y()
    for n, side in enumerate(sides):
        pdf.set_xy(pdf.l_margin + n * (half + COLUMN_GAP_MM), top)
        _set_side_font(pdf, side)
        printed, bold = _markup(side.text) if side.style == "" else (side.text, False)
        pdf.multi_cell(half, side.line_mm, printed, markdown=bold, align="L",
                       new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_xy(pdf.l_margin, top + height)


@dataclass(frozen=True)
class ColumnSide:
    """One side of a "<> " row: its text and the type it is set in."""

    text: str
    style: str = ""  # "" body (inline bold allowed), "B" bold heading, "P" plain heading
    size: float = BODY_SIZE
    line_mm: float = LINE_MM
    spaced: bool = False  # letter-spaced ("^^ ")


def _column_side(text: str, hyphenate: bool) -> ColumnSide:
    if text.startswith("## "):
        return ColumnSide(text[3:], "B", HEADING_SIZE, LINE_MM + 2)
    if text.startswith(PLAIN_HEADING):
        return ColumnSide(text[3:], "P", HEADING_SIZE, LINE_MM + 2)
    if text.startswith("** "):
        return ColumnSide(text[3:], "B", BOLD_SIZE, LINE_MM + 1)
    if text.startswith("^^ "):
        spaced = "   ".join(" ".join(word) for word in text[3:].split())
        return ColumnSide(spaced, "B", BOLD_SIZE, LINE_MM + 1, spaced=True)
    return ColumnSide(_hyphenated(text) if hyphenate else text)


def _set_side_font(pdf: FPDF, side: ColumnSide) -> None:
    pdf.set_font("helvetica", "B" if side.style == "B" else "", side.size)
    pdf.set_char_spacing(LETTER_SPACING_PT if side.spaced else 0)


def _side_height(pdf: FPDF, width: float, side: ColumnSide) -> float:
    _set_side_font(pdf, side)
    height = _line_count(pdf, width, side.text, markup=side.style == "") * side.line_mm
    pdf.set_char_spacing(0)
    return height


def _line_count(pdf: FPDF, width: float, text: str, markup: bool = True) -> int:
    """How many lines TEXT wraps to in WIDTH (mm), in the current font."""
    printed, bold = _markup(text) if markup else (text, False)
    lines = pdf.multi_cell(width, LINE_MM, printed, markdown=bold, dry_run=True, output="LINES")
    assert isinstance(lines, list)
    return max(1, len(lines))


def _hyphenated(text: str) -> str:
    """TEXT with a soft hyphen at every place its long words may break (3+ letters either
    side): fpdf2 breaks a line at one when the word does not fit, printing a hyphen there,
    and prints nothing for the others (justified lines stay justified)."""
    return " ".join(_soft_hyphens(token) for token in text.split(" "))


def _soft_hyphens(token: str) -> str:
    word = HYPHENABLE.match(token)
    if word is None:
        return token
    letters = word.group(2)
    cuts = range(HYPHEN_MIN_PART, len(letters) - HYPHEN_MIN_PART + 1)
    pieces = [letters[a:b] for a, b in zip([0, *cuts], [*cuts, len(letters)], strict=True)]
    return word.group(1) + SOFT_HYPHEN.join(pieces) + word.group(3)


def _footnotes(pdf: FPDF, notes: list[str], room: float) -> None:
    """A page's footnotes, small (their "**words**" bold), under a short rule in the ROOM
    (mm) kept above its foot."""
    top = pdf.h - AUTO_BREAK_MM - room + 1
    pdf.line(pdf.l_margin, top, pdf.l_margin + FOOTNOTE_RULE_MM, top)
    pdf.set_xy(pdf.l_margin, top + 1)
    for note in notes:
        # again for each note: fpdf2 leaves the page's font at the raised digit's size
        pdf.current_font_is_set_on_page = False
        pdf.set_font("helvetica", "", FOOTNOTE_SIZE)
        number = FOOTNOTE_LINE.match(note)
        assert number is not None
        printed, bold = _markup(f"{SUPERSCRIPT}{number.group(1)} {note[number.end():]}")
        pdf.multi_cell(0, FOOTNOTE_LINE_MM, printed, markdown=bold, new_x="LMARGIN",
                       new_y="NEXT")


def _superscripted(fragments: Any) -> list[Any]:
    """fpdf2's styled fragments with every footnote digit (after SUPERSCRIPT) a raised,
    smaller fragment of its own."""
    from fpdf.enums import CharVPos

    out = []
    for frag in fragments:
        text = "".join(frag.characters)
        if SUPERSCRIPT not in text:
            out.append(frag)
            continue
        for n, piece in enumerate(re.split(f"{SUPERSCRIPT}(.)", text)):
            if not piece:
                continue
            part = frag.clone(piece, frag.link)
            if n % 2:
                part.graphics_state = dataclasses.replace(frag.graphics_state,
                                                          char_vpos=CharVPos.SUP)
            out.append(part)
    return out


def _turned_pages(pdf_bytes: bytes, rotated: set[int]) -> bytes:
    """The PDF with its rotated pages (1-based numbers) given /Rotate 90: their content,
    drawn turned, then shows upright in landscape."""
    if not rotated:
        return pdf_bytes
    import io

    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf_bytes)
    for number in sorted(rotated):
        doc[number - 1].set_rotation(ROTATE_DEGREES)
    buffer = io.BytesIO()
    doc.save(buffer)
    doc.close()
    return buffer.getvalue()


ROTATE_DEGREES = 90


# Page furniture markup (see the docstring): running header/footer lines, letter spacing.
FURNITURE = "%% "
LETTER_SPACING_PT = 1.0
FURNITURE_SIZE = 8.0
FURNITURE_TOP_MM = 8.0
FURNITURE_BOTTOM_MM = -12.0


# An out-of-order line: its page, where it is drawn (x, y in mm), its text.
Deferred = list[tuple[int, float, float, str]]


def _furnished_pdf(paper: Paper) -> tuple[FPDF, Deferred]:
    """The PDF a paper is drawn on: with its running header and footer where it has them,
    and the round 10 directives' marks."""
    from fpdf import FPDF

    class _FurnishedPDF(FPDF):
        """Prints the running header and footer on every page, and the page's out-of-order
        lines last, when fpdf2 closes the page; and the paper's round 10 directives: its face
        (`set_font`), ligatures (`normalize_text`), watermark and stamp (`header`), lines
        shuffled or drawn word by word (`_render_styled_text_line`, which every line of text
        goes through: body, headings, table cells, furniture)."""

        # only "**" is inline markup: a paper's "--", "__", "~~" or "[a](b)" are its text
        MARKDOWN_MARKERS = (FPDF.MARKDOWN_BOLD_MARKER,)  # type: ignore[assignment]
        MARKDOWN_LINK_REGEX = re.compile(r"(?!)")
        MARKDOWN_ESCAPE_CHARACTER = MARKDOWN_ESCAPE

        def __init__(self, paper: Paper) -> None:
            self.paper = paper
            super().__init__(format="A4")
            self.shuffled = _Shuffler(paper.name) if paper.shuffle else None
            if paper.ligatures:
                _add_dejavu(self, paper.serif)

        def set_font(self, family: str | None = None, style: Any = "",
                     size: float = 0) -> None:
            if family == "helvetica":
                family = self.paper.family
            super().set_font(family, style, size)

        def normalize_text(self, text: str) -> str:
            if self.paper.ligatures:
                for letters, ligature in LIGATURES:
                    text = text.replace(letters, ligature)
            return super().normalize_text(FOOTNOTE_MARK.sub(SUPERSCRIPT + r"\1", text))

        def _preload_font_styles(self, text: str | None, markdown: bool,
                                 *args: Any) -> Any:
            fragments = super()._preload_font_styles(text, markdown, *args)
            return _superscripted(fragments) if text and SUPERSCRIPT in text else fragments

        def header(self) -> None:
            if self.paper.rotating and self.cur_orientation.value == "L":
                self._turn_page()
            _watermark(self, self.paper.watermark, self.paper.nospaces)
            self._furniture("header", FURNITURE_TOP_MM)
            _overprint(self, self.paper.overprint)

        def footer(self) -> None:
            self._furniture("footer", FURNITURE_BOTTOM_MM)
            self.set_font("helvetica", "", BODY_SIZE)
            for _, x, y, text in [d for d in deferred if d[0] == self.page_no()]:
                self.set_xy(x, y)
                self.cell(0, LINE_MM, text)
            # before a shuffled page's lines are given back: its footnotes are lines of it
            if self.page_no() in self.paper.footnotes:
                _footnotes(self, self.paper.footnotes[self.page_no()],
                           self.paper.footnote_room)
            if self.shuffled is not None:
                for chunk in self.shuffled.page_done():
                    super()._out(chunk)
            if self.page_no() in self.paper.rotated:
                FPDF._out(self, "Q")

        def _turn_page(self) -> None:
            """This landscape page stored portrait: everything on it drawn turned a quarter
            (the content's landscape x along the portrait page's height), /Rotate 90 set
            once the PDF is written (`_turned_pages`)."""
            width_pt, height_pt = self.w_pt, self.h_pt
            self.pages[self.page].set_dimensions(height_pt, width_pt)
            self.paper.rotated.add(self.page_no())
            FPDF._out(self, f"q 0 1 -1 0 {height_pt:.2f} 0 cm")

        def _furniture(self, where: str, y: float) -> None:
            text = self.paper.running.get(where)
            if text is None:
                return
            self.set_y(y)
            self.set_font("helvetica", "", FURNITURE_SIZE)
            printed = text.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
            self.cell(0, LINE_MM, printed, align="C")
            self.set_y(self.t_margin)

        # -- shuffle and nospaces: every line of text passes through here
        def _render_styled_text_line(self, text_line: Any, h: float | None = None,
                                     *args: Any, **kwargs: Any) -> bool:
            # a line's words (nospaces) are one line to shuffle: lines move, not words
            with self._captured():
                if self.paper.nospaces and text_line.fragments:
                    return _word_by_word(self, text_line, h,
                                         super()._render_styled_text_line, *args, **kwargs)
                return super()._render_styled_text_line(text_line, h, *args, **kwargs)

        @contextmanager
        def _captured(self) -> Iterator[None]:
            if self.shuffled is None:
                yield
                return
            with self.shuffled.capturing(_graphics_state(self)):
                yield

        def _perform_page_break_if_need_be(self, h: float) -> bool:
            # the page's own furniture, drawn while it breaks, is captured line by line
            if self.shuffled is None:
                return super()._perform_page_break_if_need_be(h)
            with self.shuffled.paused():
                return super()._perform_page_break_if_need_be(h)

        def _out(self, s: str | bytes) -> None:
            if self.shuffled is None or not self.shuffled.take(s):
                super()._out(s)

    deferred: Deferred = []
    return _FurnishedPDF(paper), deferred


def _add_dejavu(pdf: FPDF, serif: bool) -> None:
    """DejaVu Sans (Serif), regular and bold, as the family "dejavu"; a clear error when
    the font is missing."""
    for style, file in DEJAVU_FILES[serif].items():
        path = DEJAVU / file
        if not path.is_file():
            raise FileNotFoundError(
                f"%% ligatures needs the DejaVu Sans font ({path}): install the Debian "
                f"package {DEJAVU_PACKAGE} (scripts/system-deps.sh does)")
        pdf.add_font("dejavu", style, str(path))


def _watermark(pdf: FPDF, text: str | None, nospaces: bool) -> None:
    """TEXT large, light grey, rotated across the page's middle, before its other text
    (word by word, without its spaces, in a paper with no spaces)."""
    if not text:
        return
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("helvetica", "", WATERMARK_MAX_PT)
    span = math.hypot(pdf.w, pdf.h) * WATERMARK_SPAN
    size = min(WATERMARK_MAX_PT, WATERMARK_MAX_PT * span / pdf.get_string_width(text))
    pdf.set_font_size(size)
    width = pdf.get_string_width(text)
    cx, cy = pdf.w / 2, pdf.h / 2
    pdf.set_text_color(WATERMARK_GREY)
    with pdf.rotation(WATERMARK_ANGLE, x=cx, y=cy):
        # the baseline a third of the letters' height below the middle centres them
        start, baseline = cx - width / 2, cy + pdf.font_size / 3
        if not nospaces:
            pdf.text(start, baseline, text)
        for word, offset in _word_offsets(pdf, text) if nospaces else ():
            pdf.text(start + offset, baseline, word)
    pdf.set_text_color(0)
    pdf.set_xy(x, y)


def _word_offsets(pdf: FPDF, text: str) -> list[tuple[str, float]]:
    """Each word of TEXT and how far along the text (mm) it starts, in the current font."""
    offsets = []
    for match in re.finditer(r"\S+", text):
        offsets.append((match.group(), pdf.get_string_width(text[:match.start()])))
    return offsets


def _overprint(pdf: FPDF, text: str | None) -> None:
    """A bold stamp at the top right, in the band of the page's first line of content."""
    if not text:
        return
    pdf.set_xy(pdf.l_margin, pdf.t_margin)
    pdf.set_font("helvetica", "B", BODY_SIZE)
    pdf.cell(0, LINE_MM, text.replace("{page}", str(pdf.page_no())), align="R")
    pdf.set_xy(pdf.l_margin, pdf.t_margin)


def _graphics_state(pdf: FPDF) -> str:
    """The state a line's drawing relies on (font, colours, rules, letter spacing), as
    operators, so the line draws the same wherever in the page's stream it is written."""
    ops = [f"{pdf.line_width * pdf.k:.2f} w"]
    if pdf.draw_color is not None:
        ops.append(pdf.draw_color.serialize().upper())
    if pdf.fill_color is not None:
        ops.append(pdf.fill_color.serialize().lower())
    if pdf.current_font is not None:
        ops.append(f"BT /F{pdf.current_font.i} {pdf.font_size_pt:.2f} Tf ET")
    if pdf.char_spacing:
        ops.append(f"BT {pdf.char_spacing:.2f} Tc ET")
    return " ".join(ops)


class _Shuffler:
    """Collects what each line of a page writes to the content stream, and gives the lines
    back in a random order (seeded by the paper's name) when the page closes."""

    def __init__(self, seed: str) -> None:
        self.random = random.Random(seed)
        self.lines: list[bytes] = []
        self.current: list[bytes] | None = None

    @contextmanager
    def capturing(self, state: str) -> Iterator[None]:
        outer, self.current = self.current, []
        try:
            yield
        finally:
            if self.current:
                body = b"\n".join(self.current)
                self.lines.append(b"q " + state.encode("latin-1") + b"\n" + body + b"\nQ")
            self.current = outer

    @contextmanager
    def paused(self) -> Iterator[None]:
        outer, self.current = self.current, None
        try:
            yield
        finally:
            self.current = outer

    def take(self, s: str | bytes) -> bool:
        """Keep what a line being captured writes; False when no line is."""
        if self.current is None:
            return False
        self.current.append(s if isinstance(s, bytes) else s.encode("latin-1"))
        return True

    def page_done(self) -> list[bytes]:
        lines, self.lines = self.lines, []
        self.random.shuffle(lines)
        return lines


def _word_by_word(pdf: FPDF, text_line: Any, h: float | None, render: Any, *args: Any,
                  **kwargs: Any) -> bool:
    """A line drawn as one text object per word at the word's place, its spaces left out:
    the cell (borders, fill, the move after it) drawn with no text, then each word."""
    from fpdf.enums import Align

    height = h if h is not None else max(f.font_size for f in text_line.fragments)
    # break first, so the words are placed where the cell lands
    broke = pdf._perform_page_break_if_need_be(height)
    x, y = pdf.get_x(), pdf.get_y()
    box = _box_width(pdf, text_line, x)
    empty = text_line._replace(fragments=(), text_width=text_line.text_width or 1,
                               max_width=box)
    render(empty, height, *args, **kwargs)
    after = pdf.get_x(), pdf.get_y()
    words = _words_placed(pdf, text_line, x, box)
    for word_x, fragments in words:
        line = text_line._replace(fragments=fragments, text_width=0, number_of_spaces=0,
                                  align=Align.L, max_width=None)
        pdf.set_xy(word_x - pdf.c_margin, y)
        render(line, height)
    # a word's font (bold) stays set in the PDF past the word, whatever fpdf2 takes its own
    # font to be after the line: the next text sets its font again, or it is drawn in this one
    pdf.current_font_is_set_on_page = False
    pdf.set_xy(*after)
    return broke


def _text_width(text_line: Any) -> float:
    width: float = text_line.text_width or sum(f.get_width() for f in text_line.fragments)
    return width


def _box_width(pdf: FPDF, text_line: Any, x: float) -> float:
    """The width of a line's cell (mm), as fpdf2 works it out."""
    box: float | None = text_line.max_width
    if box is None:
        return _text_width(text_line) + 2 * pdf.c_margin
    return pdf.w - pdf.r_margin - x if box == 0 else box


def _words_placed(pdf: FPDF, text_line: Any, x: float,
                  box: float) -> list[tuple[float, list[Any]]]:
    """Each word of a line: where it starts (mm) and its pieces (one per style it has)."""
    from fpdf.enums import Align
    from fpdf.line_break import Fragment, TotalPagesSubstitutionFragment

    fragments = text_line.get_ordered_fragments()
    width = _text_width(text_line)
    spacing = 0.0
    if text_line.align == Align.R:
        at = x + box - pdf.c_margin - width
    elif text_line.align in (Align.C, Align.X):
        at = x + (box - width) / 2
    else:
        at = x + pdf.c_margin
        if text_line.align == Align.J and text_line.number_of_spaces:
            spacing = (box - 2 * pdf.c_margin - width) / text_line.number_of_spaces
    words: list[tuple[float, list[Any]]] = []
    open_word = False
    for frag in fragments:
        if isinstance(frag, TotalPagesSubstitutionFragment):  # "{pages}": filled in at the end
            _join(words, open_word, at, frag)
            at, open_word = at + frag.get_width(), True
            continue
        for piece in re.split(r"( +)", "".join(frag.characters)):
            if not piece:
                continue
            part = Fragment(piece, frag.graphics_state, frag.k, frag.link)
            if piece.startswith(" "):
                at += part.get_width() + spacing * len(piece)
                open_word = False
                continue
            _join(words, open_word, at, part)
            at, open_word = at + part.get_width(), True
    return words


def _join(words: list[tuple[float, list[Any]]], open_word: bool, at: float, part: Any) -> None:
    """A piece of text onto the word it continues (no space before it), or as a new word."""
    if open_word:
        words[-1][1].append(part)
    else:
        words.append((at, [part]))


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
                   borders_layout="ALL" if ruled else "NONE",
                   markdown=_cells_bold(rows)) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(_stray_stars_escaped(cell) if _cells_bold(rows) else cell)
    pdf.ln(2)


def _cells_bold(rows: list[list[str]]) -> bool:
    return any(_inline_bold(cell) for cells in rows for cell in cells)


# Table realism markup: a cell's fill colour, a page break inside a table, a shaded header.
# the round 10 table marks, shared with the round 11 table renderer
TABLE_SHADED = tables.TABLE_SHADED
TABLE_UNRULED = tables.TABLE_UNRULED
TABLE_ZEBRA = tables.TABLE_ZEBRA
# The rule between two cells of a table line: " | ", each rule its own, so an empty cell
# ("| a | | b |") is a cell ("a | | b".split(" | ") made "| b" one cell, the rule printed).
CELL_RULE = re.compile(r" \|(?= )")
TABLE_MARKS = (TABLE_SHADED, TABLE_UNRULED, TABLE_ZEBRA)
CELL_FILL = tables.CELL_FILL
TABLE_PAGE_BREAK = tables.TABLE_PAGE_BREAK  # as a table row's one cell: "| --- page --- |"
TABLE_PAGE_BREAK_BARE = tables.TABLE_PAGE_BREAK_BARE
HEADER_FILL = tables.HEADER_FILL
HEADER_TEXT = tables.HEADER_TEXT


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
                       headings_style=heading if headed else FontFace(),
                       markdown=_cells_bold(part)) as table:
            for cells in part:
                row = table.row()
                for cell in cells:
                    fill = CELL_FILL.match(cell)
                    style = FontFace(fill_color=fill.group(1)) if fill else None
                    text = cell[fill.end():] if fill else cell
                    row.cell(_stray_stars_escaped(text) if _cells_bold(part) else text,
                             style=style)
        pdf.ln(2)
