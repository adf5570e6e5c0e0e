"""Split a file into its documents and classify each one.

An agenda pack is an agenda, the minutes of the last meeting and a report per item (with its
appendices). Documents are found by what they say about themselves: an "AGENDA" heading, a
"MINUTES of a meeting" line, a report's "From:/To:/Subject:" block, a "RECORD OF DECISION".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kcc_papers.load.model import Line, Page, Source, Table
from kcc_papers.normalise import moderngov

# A document heading counts only near the top of a PDF page; text exports lose page breaks.
TOP_OF_PAGE = 12
BLANK_PAGE = re.compile(r"this page is intentionally left blank", re.I)

# Full Council front sheets letter-space it: "A G E N D A".
AGENDA = re.compile(
    r"^\s*(AGENDA|Agenda|A\s+G\s+E\s+N\s+D\s+A)\s*$|^\s*AGENDA\b(?!\s+item)", re.M
)
# A council's summons is its agenda: "Summons to and Agenda for a Meeting on ...", "You are
# summoned to a meeting of the above Council".
SUMMONS = re.compile(
    r"\bSummons\s+to\s+and\s+Agenda\b|\bYou\s+are\s+(?:hereby\s+)?summoned\s+to\b", re.I
)
MINUTES = re.compile(r"^\s*MINUTES\s+of\s+(a|the)\s+(?!(previous\s+)?meeting\s+held\s+on)\S", re.I)
# "From:" can end a line when a text export glued two pages together.
REPORT_FROM = re.compile(r"^\s*(From|By)\s*:?\s+\S|\sFrom:\s+[A-Z]")
REPORT_TO = re.compile(r"^\s*To\s*:?\s+\S|^\s*REPORT\s+TO\s*:", re.I)
SUBJECT = re.compile(r"^\s*(Subject|TITLE|Report\s+title)\s*:?\s*(.*)$", re.I)
COMMITTEE_REPORT = re.compile(r"^\s*(Committee\s+Report|REPORT\s+TO\s*:)", re.I)
RECORD_OF_DECISION = re.compile(
    r"^[\w\s–-]*\b(PROPOSED\s+)?RECORD\s+OF\s+DECISION\s*$|^\s*Decision\s+Recording\s+Form\s*$",
    re.I,
)
ISSUE_DETAILS = re.compile(r"^\s*(Issue\s+details|Decision\s+details)\s*$", re.I)


@dataclass(slots=True)
class Segment:
    """A document inside a file: a span of lines, with the pages it covers."""

    source: Source
    kind: str
    start: int  # index into the flat line list of the source
    end: int  # exclusive
    flat: list[tuple[int, int, Line]] = field(repr=False)
    title: str | None = None

    @property
    def lines(self) -> list[tuple[int, Line]]:
        return [(p, line) for p, _, line in self.flat[self.start : self.end]]

    @property
    def text(self) -> str:
        return "\n".join(line.text for _, _, line in self.flat[self.start : self.end])

    @property
    def stream_lines(self) -> list[str]:
        """Lines in content-stream order (PDF pages of the segment); same as lines otherwise."""
        if self.source.format != "pdf":
            return [line.text for _, line in self.lines]
        return [s for page in self.pages for s in page.stream_lines]

    @property
    def page_from(self) -> int:
        return self.flat[self.start][0] if self.end > self.start else 1

    @property
    def page_to(self) -> int:
        return self.flat[self.end - 1][0] if self.end > self.start else 1

    @property
    def pages(self) -> list[Page]:
        return [p for p in self.source.pages if self.page_from <= p.number <= self.page_to]

    def tables(self) -> Iterator[Table]:
        """Tables inside the segment (text tables by line, PDF tables by page)."""
        for page in self.pages:
            yield from self.tables_on(page)

    def tables_on(self, page: Page) -> list[Table]:
        """The tables of one of the segment's pages that lie inside the segment: on its first
        and last page, a table above its first line or below its last belongs to a neighbour."""
        first_line = self.flat[self.start][1] if self.end > self.start else 0
        last_line = self.flat[self.end - 1][1] if self.end > self.start else 0
        out = []
        for table in page.tables:
            at = _table_line(page, table)
            if page.number == self.page_from and at is not None and at < first_line:
                continue
            if page.number == self.page_to and at is not None and at > last_line:
                continue
            out.append(table)
        return out


def _table_line(page: Page, table: Table) -> int | None:
    if table.bbox is None:
        return table.first_line
    top = table.bbox[1]
    for i, line in enumerate(page.lines):
        if line.top is not None and line.top >= top - 1:
            return i
    return len(page.lines)


def flatten(source: Source) -> list[tuple[int, int, Line]]:
    return [(page.number, i, line) for page in source.pages for i, line in enumerate(page.lines)]


def segment(source: Source) -> list[Segment]:
    """Split a source into documents. One segment means the file is a single document."""
    flat = flatten(source)
    paged = source.format == "pdf" or len(source.pages) > 1
    starts = _find_starts(flat, paged)
    blanks = {i for i, (_, _, line) in enumerate(flat) if BLANK_PAGE.search(line.text)}
    if not starts or starts[0][0] > 0:
        # Front matter before the first heading belongs to the first document (or is the file).
        first_kind = starts[0][1] if starts and _front_matter_only(flat, starts[0][0]) else None
        if first_kind:
            starts[0] = (0, first_kind)
        else:
            starts.insert(0, (0, ""))
    segments = []
    for n, (begin, kind) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(flat)
        while end > begin and (end - 1) in blanks:
            end -= 1
        seg = Segment(source, kind, begin, end, flat)
        seg.kind = classify(seg.text, kind)
        seg.title = title_of(seg)
        segments.append(seg)
    return [s for s in segments if s.end > s.start] or segments[:1]


def _front_matter_only(flat: list[tuple[int, int, Line]], first: int) -> bool:
    """A few short lines (committee, date, venue) before the first heading are its masthead."""
    before = flat[:first]
    return len(before) <= 12 and all(len(line.text) < 120 for _, _, line in before)


def _find_starts(flat: list[tuple[int, int, Line]], paged: bool) -> list[tuple[int, str]]:
    starts: list[tuple[int, str]] = []
    last_kind = None
    for i, (_, idx, line) in enumerate(flat):
        if paged and idx >= TOP_OF_PAGE:
            continue
        page = moderngov.PAGE_HEADING.match(line.text)
        if page and i < moderngov.HEADING_WITHIN and not starts:
            # A ModernGov web page is one document whatever headings its text repeats
            # ("Minutes of the Previous Meeting" on an agenda-item page).
            return [(0, moderngov.PAGE_KINDS[page.lastgroup or ""])]
        kind = _heading_kind(flat, i)
        if not kind:
            continue
        if kind == "appendix_like" or (starts and i - starts[-1][0] < 8 and kind == last_kind):
            continue
        starts.append((_masthead_start(flat, i, paged), kind))
        last_kind = kind
    return starts


def _masthead_start(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> int:
    """Where a document whose heading is line ``i`` really starts. In a PDF documents start on
    a new page, so the lines above the heading ("KENT COUNTY COUNCIL", "CABINET") are its
    masthead; in text, up to three short capitalised lines just above it are."""
    if paged:
        return i - flat[i][1]
    start = i
    while start > 0 and i - start < 3:
        above = flat[start - 1][2].text.strip()
        if not (above and above.upper() == above and len(above) < 80 and re.search("[A-Z]", above)):
            break
        start -= 1
    return start


def _heading_kind(flat: list[tuple[int, int, Line]], i: int) -> str | None:
    text = flat[i][2].text
    window = [line.text for _, _, line in flat[i : i + 14]]
    if RECORD_OF_DECISION.search(text) and len(text) < 80:
        return "decision"
    if ISSUE_DETAILS.match(text):
        return "forward_plan"
    if MINUTES.match(text):
        return "minutes"
    if AGENDA.match(text) and len(text) < 60:
        return "agenda"
    if COMMITTEE_REPORT.match(text):
        return "report"
    has_to = any(REPORT_TO.match(w) for w in window[1:10])
    if REPORT_FROM.search(text) and has_to and any(SUBJECT.match(w) for w in window[1:14]):
        return "report"
    return None


PERFORMANCE = re.compile(
    r"performance\s+(dashboard|report)|Key\s+Performance\s+Indicators|\bKPIs?\b.*\bRAG\b", re.I
)
RISK_REGISTER = re.compile(r"risk\s+register|risk\s+profile|Budget\s+Risks", re.I)
# A risk card prints its id and its owner; two cards make a register even without a heading.
RISK_CARD = re.compile(r"\bRisk\s*(?:ID|Ref(?:erence)?|No\.?)\b[\s\S]{0,400}?\bRisk\s+Owner", re.I)
RESOLVED = re.compile(r"\bRESOLVED\b|\bResolved\s+that\b", re.I)
AGENDA_ITEM_MINUTES = re.compile(r"^\s*Minutes\s*:", re.M)
RECOMMEND = re.compile(r"Recommendations?(\(s\))?\s*:|\bRECOMMENDATIONS?\b|Cabinet\s+is\s+asked")


def classify(text: str, hint: str = "") -> str:
    """Kind of a document from its heading (hint) and its own words."""
    head = text[:3000]
    if hint in ("agenda", "minutes", "decision", "forward_plan"):
        return hint
    if hint == "report":
        subject = next((m.group(2) for m in map(SUBJECT.match, head.splitlines()) if m), "")
        if PERFORMANCE.search(subject) or re.search(r"dashboard", subject, re.I):
            return "performance_report"
        if RISK_REGISTER.search(subject):
            return "risk_register"
        return "report"
    # No heading: judge the whole text.
    if SUMMONS.search(head):
        return "agenda"
    if RECORD_OF_DECISION.search(head) or re.search(r"Decision\s+type\s*:", head):
        return "forward_plan" if re.search(r"Decision\s+due\s*:", head) else "decision"
    if RISK_REGISTER.search(head[:600]) or len(RISK_CARD.findall(text)) >= 2:
        return "risk_register"
    if PERFORMANCE.search(head[:1500]) or re.search(r"Quarterly\s+Performance\s+Report", head):
        return "performance_report"
    if MINUTES.search(head) and RESOLVED.search(text):
        return "minutes"
    # A ModernGov agenda-item page: the item, then "Minutes:" and what was resolved on it.
    if AGENDA_ITEM_MINUTES.search(head) and RESOLVED.search(text):
        return "decision"
    if RECOMMEND.search(text) and re.search(r"\b(Committee|Cabinet|Council)\b", head):
        return "report"
    return "other"


COUNCIL_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+\s+){1,4}(?:County|City|Borough|District)\s+Council\s*$", re.I
)


def title_of(seg: Segment) -> str | None:
    lines = [line.text for _, line in seg.lines[:40]]
    at = moderngov.heading_index(lines)
    if at is not None and at + 1 < len(lines):
        return lines[at + 1].strip()[:200]  # a ModernGov page's title follows its heading
    for n, s in enumerate(lines):
        if re.match(r"^\s*Subject\s+Matter\s*/\s*Title\s+of\s+Decision", s, re.I):
            rest = s.split(":", 1)[1].strip() if ":" in s else ""
            following = lines[n + 1].strip() if n + 1 < len(lines) else ""
            if rest.endswith(("–", "-", ",", "and", "of")):  # the title wraps onto the next line
                return f"{rest} {following}"
            return rest or following or None
        m = SUBJECT.match(s)
        if m:
            value = m.group(2).strip()
            if not value and n + 1 < len(lines):
                value = lines[n + 1].strip()
            if value:
                return value
    if seg.kind == "minutes":
        heading = next((s for s in lines if MINUTES.match(s)), None)
        if heading:
            return heading.strip()[:200]
    for s in lines:
        if COUNCIL_LINE.match(s):
            continue  # "Kent County Council" above "Quarterly Performance Report" is not a title
        if s.strip() and not re.match(r"^\s*(Page\s+\d+|\d+)\s*$", s):
            return s.strip()[:200]
    return None
