"""Whether a report whose head holds a KPI table opens on it or on a report of another subject.

A performance report opens on its rated table or dashboard, or is titled as one (a
performance report, a scorecard, "Quarter 2 performance"). A report that opens on its own
summary, recommendations and prose sections, on another subject (a service's update, a
building's compliance, a strategy's progress, a fund's return), and holds a KPI table in one
of its sections is a report: the table is evidence of what it reports, not what it is (round
33's "Planning Service Update", "Corporate Property Compliance Report"). What the report says
of itself before its table decides:

- its asks (its recommendations) stand before the table, with prose of its own besides them
  (a summary, a background): a report asking only that its table be noted ("That the
  Committee notes the report.") over the table opens on the table (r17f, r24f);
- nothing it says there names performance or measures of it. Where it names them ("notes
  the performance of the service", "3. Key performance indicators", "The collection KPIs
  agreed with the Council are below"), it reports performance, whatever its title (rounds
  13, 16, 26).

A KPI table reached only under an appendix's heading, after the report's asks, is the
appendix's, another paper bound under the report (a trust's report to its own board, r33g's
leisure trust): the report opened on its prose, and is one whatever its asks name, unless the
appendix's own heading names the performance it sets out ("Appendix 1: Performance
Improvement Plan measures - Quarter 3", r14c)."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.header_labels import REPORT_LABEL

# What a report reporting performance says of itself before its table: performance, or the
# measures it is read by ("indicators", "KPIs", "measures", "a scorecard", "a dashboard"), or
# the standards its service is held to ("notes the service standards achieved", r31c).
# (a rating key's "target met" is said of the table's ratings, by any rated table: not here)
PERFORMANCE_SPOKEN = re.compile(
    r"\b(?:performance|indicators?|KPIs?|PIs|measures?|standards|scorecards?|dashboards?)\b",
    re.I)
# ... or the targets its measures are read against, or its progress against them or a plan
# ("notes progress against the Council Plan targets at quarter 2", "Table 1 compares each
# result with its target", r21's review), said in its own prose:
# not in a rating key's line ("Green - targets met"), said of the table's ratings.
TARGETS_SPOKEN = re.compile(r"\btargets?\b|\bprogress\s+(?:against|towards)\b", re.I)
RATING_KEY_WORDS = re.compile(r"\b(?:green|amber|red|RAG|on\s+track)\b", re.I)
# A paper bound as the appendix, another body's or officer's report, opens on its own
# header: "Report to the Board of Trustees, 16 February 2027", "Report of: Chief Executive".
BOUND_REPORT_LINE = re.compile(
    r"^[^\S\n]*(?:[#*]+[^\S\n]*)?(?:Report|Prepared)[^\S\n]+(?:to|of|by|for|from)\b",
    re.I | re.M)
# An appendix's heading, alone on its line or with its title after a dash or colon:
# "Appendix 1", "APPENDIX B - Trust Board report", "Annex 2: ..." (not a sentence's end
# wrapped onto a line of its own, "... set out in section 4 and" over "Appendix A.").
APPENDIX_HEADING = re.compile(
    r"^[^\S\n]*(?:Appendix|Annex)[^\S\n]+(?:[A-Z]|\d{1,2})\b[^\S\n]*"
    r"(?:[–—:-][^\n]*)?$", re.I | re.M)
# A line of prose has this many words, at least half of them in lower case (a title's, a
# council's name, a header's are capitalised); a report's own prose besides its asks is at
# least one such line (a summary's sentence, a background's).
PROSE_LINE_WORDS = 8
PROSE_LOWER_SHARE = 0.5
PROSE_LINES_MIN = 1
# A word, as a line of prose has them: figures, dates and a stroke between a title's languages
# are none ("Report to the Monthly Meeting, 14th June 2027" has six).
_WORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")
# Where an ask's sentence ends: a stop before a space or the line's end.
_SENTENCE_END = re.compile(r"[.](?:[^\S\n]|$)", re.M)


def opens_on_other_subject(head: str, table_at: int, ask: re.Match[str] | None) -> bool:
    """Whether the report whose ``head`` holds a KPI table's header at ``table_at`` opens on
    its asks and prose of another subject than performance (see the module's note); ``ask``:
    its first ask's lead (report_kinds'), found before the table."""
    if ask is None:
        return False  # it opens on its table (or on prose asking nothing before it)
    opening = head[:table_at] + _lead_in(head, table_at)
    asked = _SENTENCE_END.search(opening, ask.end())
    asked_end = asked.end() if asked else len(opening)
    own_prose = opening[: opening.rfind("\n", 0, ask.start()) + 1] + opening[asked_end:]
    if _prose_lines(own_prose) < PROSE_LINES_MIN:
        return False  # it asks its table be noted, and opens on the table
    appendix = _last_appendix(opening, ask.end())
    if appendix is not None:
        if PERFORMANCE_SPOKEN.search(appendix.group(0)):
            return False
        if _bound_paper(opening[appendix.end() :]):
            return True
        # (an appendix of the report's own, its table under a heading of no subject, "Appendix
        # A - Council Plan Quarter 2 2027/28": the report's own words before it decide)
    return not (PERFORMANCE_SPOKEN.search(opening) or _targets_spoken(opening))


def _lead_in(head: str, table_at: int) -> str:
    """The line at ``table_at`` where it is a sentence leading into the table's header below
    it ("The collection KPIs agreed with the Council are below; the rating is the Council's."),
    not the header itself (a header's cells are capitalised words, no line of prose)."""
    end = head.find("\n", table_at)
    line = head[table_at : end if end >= 0 else len(head)]
    return line if _prose_lines(line) else ""


def _prose_lines(text: str) -> int:
    """How many lines of ``text`` are prose: PROSE_LINE_WORDS words or more, mostly in lower
    case, no header's label ("Report to: ...")."""
    count = 0
    for line in text.splitlines():
        words = _WORD.findall(line)
        if len(words) >= PROSE_LINE_WORDS and not REPORT_LABEL.match(line):
            lower = sum(1 for w in words if w[0].islower())
            count += lower >= PROSE_LOWER_SHARE * len(words)
    return count


def _last_appendix(opening: str, after: int) -> re.Match[str] | None:
    """The last appendix heading in ``opening`` after ``after`` (the report's first ask)."""
    return max(APPENDIX_HEADING.finditer(opening, after), key=lambda m: m.start(), default=None)


def _targets_spoken(opening: str) -> bool:
    """Whether a line of ``opening`` other than a rating key's speaks of targets or of
    progress against them (see TARGETS_SPOKEN)."""
    return any(TARGETS_SPOKEN.search(line) and not RATING_KEY_WORDS.search(line)
               for line in opening.splitlines())


def _bound_paper(appendix: str) -> bool:
    """Whether the ``appendix`` (its text after its heading, up to the table) is another
    paper bound under the report: a report's own header opens it (see BOUND_REPORT_LINE)."""
    return bool(BOUND_REPORT_LINE.search(appendix)) or any(
        REPORT_LABEL.match(line) for line in appendix.splitlines())
