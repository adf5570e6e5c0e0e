"""Labelled fields of decision papers ("DECISION NUMBER:", "Decision due: 21 Sep 2015 by
Cabinet", "Key Decision: Yes - It affects more than 2 Electoral Divisions") as values."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.extract.decisions.ask_patterns import HEADING
from kcc_papers.extract.decisions.tick_tables import boxes_only
from kcc_papers.load.model import Line, Page, Table
from kcc_papers.normalise.textclean import join_lines
from kcc_papers.segment import Segment

DECISION_NUMBER = re.compile(r"\b(\d{2}/\d{5})\b(?!/\w)")  # not "24/01234/FUL"
_NO = re.compile(r"^\s*(?:no|non[-\s]?key|not\s+a\s+key|n/?a)\b", re.I)
_YES = re.compile(r"^\s*(?:yes|key(?!\s+decision\s+criteria))\b", re.I)


def label_patterns(labels: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Each field's label pattern (``labels``: a field name to a regex for its label at the
    start of a line) made into one that takes the label's line apart. Made once, at import,
    by the modules that name the labels: each worker compiled them anew (35 patterns)."""
    return {
        k: re.compile(rf"^\s*(?:{rx})(?!\w)\s*(?::-|:|\?:|\?)?\s*(?P<rest>.*)$", re.I)
        for k, rx in labels.items()
    }


def labelled(lines: list[str], labels: dict[str, re.Pattern[str]]) -> dict[str, str]:
    """Values of labelled fields, each as one line of text."""
    return {k: join_lines(v).strip() for k, v in labelled_lines(lines, labels).items()}


def labelled_lines(lines: list[str],
                   labels: dict[str, re.Pattern[str]]) -> dict[str, list[str]]:
    """Values of labelled fields: the rest of the label's line and the lines up to the next
    label. ``labels``: ``label_patterns``'s."""
    out: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        hit = next(((k, m) for k, rx in labels.items() if (m := rx.match(line))), None)
        if hit:
            current = hit[0]
            # the first occurrence of a label is the field (unless it only heads a table of
            # tick boxes, its value worded under the label again: tick_tables)
            if current in out and any(v.strip() for v in out[current]) and not boxes_only(
                    out[current]):
                current = None
                continue
            # (a heading over its own label, "Decision" over "The Mayor has decided:", is one)
            out[current] = [hit[1].group("rest")]
        elif current:
            out[current].append(line)
    return out


def key_decision(value: str | None) -> tuple[bool | None, str | None]:
    """("Yes - It affects more than 2 Electoral Divisions") -> (True, "It affects ...")."""
    if value is None:
        return None, None
    text = value.strip()
    if not text:
        return None, None
    if _NO.match(text):
        return False, None
    reason = re.sub(r"^(?:yes|key(?:\s+decision)?)\b\s*[-–:,;]*\s*", "", text, flags=re.I)
    reason = re.sub(
        r"^(?:for\s+the\s+reasons?\s+that\s*:?|because\s*:?)\s*", "", reason, flags=re.I
    )
    why = reason.strip(" •-–;.…") or None
    if _YES.match(text) or re.match(r"^for\s+the\s+reason", text, re.I):
        return True, why
    return None, None


_ROLE_WORDS = re.compile(
    r"\b(?:Director|Leader|Cabinet|Member|Head|Officer|Executive|Chief|Council|Services?|"
    r"Manager|Corporate|Finance|Deputy|Interim|Strategy|Committee|Traded|Democratic)\b"
)
_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}"
)


def first_person(value: str | None) -> str | None:
    """The first person named in "Deputy Leader ..., Peter Oakford" or "Richard Hallett, Head
    of Business Intelligence Tel: ..." (a role comes before or after the name)."""
    if not value:
        return None
    value = re.split(r"\bTel\b|\bEmail\b|\d{4,}", value, maxsplit=1)[0]
    parts = [p.strip(" .") for p in re.split(r",|;|:|\s[–—-]\s|\n", value)]
    for part in parts:
        m = _NAME.match(part)
        if not m:
            continue
        # "Peter Oakford Interim Corporate Director": the name ends where the role begins.
        role = _ROLE_WORDS.search(m.group(0))
        name = m.group(0)[: role.start()].strip() if role else m.group(0)
        if len(name.split()) >= 2:
            return name
    return (parts[0] or None) if parts else None


# A label cell of a two-column table: a few words, capitalised, not a sentence, perhaps with
# the colon a label prints ("Decision:" beside the decision in a ruled table).
# (a word abbreviated with its full stop is a label's too: "Item No.")
_LABEL_CELL = re.compile(r"^[A-Z][\w/&'’()-]*\.?(?:\s+[\w/&'’()-]+\.?){0,5}:?$")


def label_table_lines(segment: Segment) -> list[tuple[int, str]] | None:
    """A PDF paper's lines with each row of its two-column label tables ("Decision taken |
    To approve ...") as one "label: value" line, the colon the table's ruling stands for;
    None when the paper has no such table."""
    return _lines_with_tables(
        segment, lambda page: [t for t in segment.tables_on(page) if _label_table(t)],
        _label_rows)


def _label_rows(table: Table) -> list[str]:
    """Each row of a two-column label table as one "label: value" line (one colon, whether
    the label cell prints its own or the ruling stands for it)."""
    return [_label_row(a, b) for a, b in table.texts()]


def ask_label_table_lines(segment: Segment) -> list[tuple[int, str]] | None:
    """A PDF report's lines with its summary box read by rows: a two-column table of labels
    whose label column names the ask ("Decision sought | The Committee is requested to ...",
    "Recommendations | ..."), each row one "label: value" line (the text layer interleaves
    the wrapped value with the labels); None when the report prints no such box."""
    def asks(table: Table) -> bool:
        rows = _under_title(table.texts())
        return (table.bbox is not None and _label_rows_only(rows) and any(
            (m := HEADING.match(" ".join(r[0].split()))) and not m.group("rest")
            for r in rows))

    def tables_of(page: Page) -> list[Table]:
        # reading a PDF page's tables is slow: only where a label stands alone on its line,
        # or with its colon beside a line of the wrapped value it labels ("Recommendation(s):
        # Plan measures at the end of ...", the label cell centred beside the value's lines)
        if not any((m := HEADING.match(line.text)) and (
                not m.group("rest") or _ASK_LABEL_COLON.match(line.text))
                for line in page.lines):
            return []
        return [t for t in segment.tables_on(page) if asks(t)]

    def read(table: Table) -> list[str]:
        rows = table.texts()
        body = _under_title(rows)
        titles = [" ".join(r[0].split()) for r in rows[: len(rows) - len(body)]]
        return titles + [_label_row(a, b) for a, b in body]

    return _lines_with_tables(segment, tables_of, read)


# A recommendation's label printed with its colon, unnumbered: a label cell's text.
_ASK_LABEL_COLON = re.compile(r"^Recommendations?(?:\s*\(s\))?:\s")


def _under_title(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows under its title: a front sheet's box may head its labels with a row of
    one cell across the table ("Report to Cabinet" over "Meeting date | ...")."""
    k = 0
    while k < len(rows) - 1 and len(rows[k]) == 1:
        k += 1
    return rows[k:]


def _label_rows_only(rows: list[list[str]]) -> bool:
    """Whether rows are a two-column table's labels and values (at least two of them)."""
    return len(rows) >= 2 and all(
        len(r) == 2 and _LABEL_CELL.match(" ".join(r[0].split())) for r in rows)


def _label_row(label: str, value: str) -> str:
    return f"{' '.join(label.split()).rstrip(':')}: {' '.join(value.split())}"


def _lines_with_tables(segment: Segment, tables_of: Callable[[Page], list[Table]],
                       read: Callable[[Table], list[str]]) -> list[tuple[int, str]] | None:
    """A paper's lines, with the lines inside each of a page's chosen tables replaced by what
    ``read`` makes of the table; None when no page has such a table."""
    chosen = [(page, tables_of(page)) for page in segment.pages]
    if not any(tables for _, tables in chosen):  # most papers: no line to replace
        return None
    # (the segment's own lines: a paper starting or ending mid-page shares its page with a
    # neighbour, whose lines are no part of it, as its tables are not)
    own: dict[int, list[Line]] = {}
    for number, line in segment.lines:
        own.setdefault(number, []).append(line)
    out: list[tuple[int, str]] = []
    found = False
    for page, tables in chosen:
        if not tables:
            out += [(page.number, line.text) for line in own.get(page.number, [])]
            continue
        done: set[int] = set()
        for line in own.get(page.number, []):
            table = next((t for t in tables if _inside(line.top, t)), None)
            if table is None:
                out.append((page.number, line.text))
                continue
            found = True
            if id(table) not in done:
                done.add(id(table))
                out += [(page.number, text) for text in read(table)]
    return out if found else None


def _label_table(table: Table) -> bool:
    return table.bbox is not None and _label_rows_only(table.texts())


def _inside(top: float | None, table: Table) -> bool:
    return (top is not None and table.bbox is not None
            and table.bbox[1] - 1 <= top <= table.bbox[3] + 1)


# A ruled table of recommendations: "No. | Recommendation | Reason", its header one short line
# with "Recommendation" after another column's heading.
_HEADER_LINE = re.compile(r"^\s*\S[^.]{0,30}?\.?\s+Recommendations?(?:\s*\(s\))?(?:\s+\S.{0,40})?$")
_RECOMMENDATION_HEAD = re.compile(r"^\s*Recommendations?(?:\s*\(s\))?\s*$", re.I)
# ... or its column name broken in a cell too narrow for it, a table set directly above a
# wider one sharing its rules ("Recommendatio" over "n", "Recomme" over "ndation": wherever the
# risk register's columns below break it), the line its start alone, of at least so many
# letters. (Not the whole word alone: that is the report's heading over its block, on most
# reports' pages.)
_COLUMN_NAME = "Recommendations"
_MIN_BROKEN_HEAD = len("Recomm")


def _broken_head(text: str) -> bool:
    """Whether a line is the start of the column's name broken off in its cell."""
    word = text.strip().rstrip("-")
    return (_MIN_BROKEN_HEAD <= len(word) < len("Recommendation")
            and _COLUMN_NAME.startswith(word))


def recommendation_table_lines(segment: Segment) -> list[tuple[int, str]] | None:
    """A PDF report's lines with each ruled table of recommendations read by its rows (the
    text layer interleaves the wrapped cells of its columns): a "Recommendations" line, then
    each row's number and recommendation; None when the report prints no such table."""
    def tables_of(page: Page) -> list[Table]:
        # reading a PDF page's tables is slow: only where a line reads like the table's header
        if not any(("Recommendation" in line.text and _HEADER_LINE.search(line.text))
                   or _broken_head(line.text) for line in page.lines):
            return []
        return [t for t in segment.tables_on(page) if _recommendation_column(t) is not None]

    return _lines_with_tables(segment, tables_of, _recommendation_rows)


def _recommendation_rows(table: Table) -> list[str]:
    column = _recommendation_column(table)
    assert column is not None  # tables_of kept only tables with the column
    rows = table.texts()
    if any(_ADDRESSEE_HEAD.match(cell) for cell in rows[0]):
        # "No. | Recommendation | To": each addressed to the one who is to act on it, a
        # review's recommendations to others, which the report's own block asks the meeting
        # to endorse and pass on: no ask of its own
        return []
    out = [" ".join(rows[0][column].split())]
    for n, row in enumerate(rows[1:], 1):
        if len(row) > len(rows[0]):
            # a row of more cells than the header's is another table's, set directly under
            # this one and read with it ("Ref | Risk | L | I | Rating | Action")
            break
        number = row[0].strip() if column else str(n)
        out.append(f"{number}. {' '.join(row[column].split())}")
    return out


def _recommendation_column(table: Table) -> int | None:
    rows = table.texts()
    if table.bbox is None or len(rows) < 2:
        return None
    column = next((i for i, c in enumerate(rows[0]) if _RECOMMENDATION_HEAD.match(c)), None)
    # "Audit | Days | Assurance | Recommendations" over "3", "6": a column counting an
    # audit's recommendations, not one printing them
    if column is None or all(_COUNT_CELL.match(row[column]) for row in rows[1:]
                             if column < len(row)):
        return None
    # "Ref | Recommendation | Response | Status": a tracker of recommendations made before,
    # each with what became of it, not what the report asks the meeting to decide
    if any(_PROGRESS_HEAD.search(cell) for cell in rows[0]):
        return None
    return column


# A column telling what became of each recommendation: its status, progress, the response.
_PROGRESS_HEAD = re.compile(r"\b(?:Status|Progress|Responses?|Update)\b", re.I)
# A column naming whom each recommendation is made to (a heading of its own, not "To note").
_ADDRESSEE_HEAD = re.compile(
    r"^\s*(?:To|(?:Addressed|Directed|Made|Recommended)\s+to)\s*:?\s*$", re.I)
# A cell that counts, not says: "3", "12", "-", "n/a", empty; or counts of each kind, an
# auditor's "1 key, 2 improvement" (a word or two after each number).
_COUNT = r"\d{1,4}(?:\s+[a-z]+){0,2}"
_COUNT_CELL = re.compile(rf"^\s*+(?:{_COUNT}(?:\s*,\s*{_COUNT})*|[-–]|n/?a|nil|none)?\s*$",
                         re.I)


# A line sharing more than this share of its height with the line beside it is set in the same
# row: two cells of a table whose texts wrap to different depths.
ROW_OVERLAP_SHARE = 0.25


def without_column_names(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """``lines`` (page, line) but each "Recommendations" line set in one row with the line
    before or after it (overlapping it, as no heading and the text under it do), that row's
    other cells on both sides of it: a table's column name wrapped onto a line of its own
    ("Task group | Members | Recommendation" / "s" | "Accepted"), no heading of the report's
    recommendations. (A heading's number or a side note in the margin beside it, "Key
    decision: No", stands on one side only.)"""
    return [(page, line) for k, (page, line) in enumerate(lines)
            if not (_RECOMMENDATION_HEAD.match(line.text) and (_between_cells(
                line, [lines[j][1] for j in (k - 1, k + 1)
                       if 0 <= j < len(lines) and lines[j][0] == page])
                or _over_wrapped_cell(line, [lines[j][1] for j in range(
                    max(0, k - NEAR_LINES), min(len(lines), k + NEAR_LINES + 1))
                    if j != k and lines[j][0] == page])))]


# How many lines either side of a "Recommendations" line its cell's wrapped rest and the row's
# other cells are looked for among (the text layer orders a row's cells by their tops).
NEAR_LINES = 2


def _over_wrapped_cell(line: Line, near: list[Line]) -> bool:
    """Whether ``line`` is the first line of a header cell wrapped onto the line under it (the
    column "Recommendations" over "(high/medium/low)", the last column of "Audit | Assurance |
    Recommendations (high/medium/low)") beside a cell of one line set in the row's middle, to
    its left, that reaches into both of its lines: the row's cells centred on their height, as
    no heading is beside the paragraph under it (a heading's number in the margin is level
    with the heading alone)."""
    if line.top is None or line.bottom is None or line.x0 is None or line.x1 is None:
        return False
    top, bottom, x0, x1 = line.top, line.bottom, line.x0, line.x1
    under = next((u for u in near if u.top is not None and u.bottom is not None
                  and u.x0 is not None and u.x1 is not None and bottom - ROW_OVERLAP_SHARE
                  * (bottom - top) <= u.top <= bottom + (bottom - top)
                  and u.x0 < x1 and u.x1 > x0), None)
    if under is None or under.top is None:
        return False
    below = under.top
    return any(b is not under and b.x1 is not None and b.x1 <= x0 and b.top is not None
               and b.bottom is not None and b.top < bottom and b.bottom > below
               and b.top > top for b in near)


def _between_cells(line: Line, beside: list[Line]) -> bool:
    if line.x0 is None or line.x1 is None:
        return False
    row = [b for b in beside if _one_row(line, b)]
    return (any(b.x0 is not None and b.x0 < line.x0 for b in row)
            and any(b.x1 is not None and b.x1 > line.x1 for b in row))


def _one_row(a: Line, b: Line) -> bool:
    if a.top is None or a.bottom is None or b.top is None or b.bottom is None:
        return False
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared > ROW_OVERLAP_SHARE * min(a.bottom - a.top, b.bottom - b.top)
