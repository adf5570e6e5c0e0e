"""An appendix printed on under its report's own running line: the report's pages, however
large its title ("Appendix A - Corporate Key Performance Indicators" over a landscape KPI
table after a performance report).

A report's running header or footer ("Cabinet 22 January 2026 - Item 9 - Page 3", "Page 2 of
4") printed again at the appendix's page, its page number the next of one sequence, says the
appendix is that report's pages, where no page before the report's prints that line (a pack's
running line runs over all its papers, whose appendices may be papers of their own) and the
running line names the report's item or the report cites the appendix by its label ("as set
out in Appendix A"). An appendix printed as a paper of its own keeps its own title page: a
page of a title and few lines, with no table under the title and no prose, is such a paper's
cover and starts it (see ``appendices._appendix_title``); so does a label alone over another
paper's own title."""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.appendices import PROSE_WORDS
from kcc_papers.segment_starts.table_cells import table_row

# An appendix's label: "Appendix A", "Annex 2" (the words its report cites it by).
_LABEL = re.compile(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b", re.I)
# A page's number in a running line: "Page 3", "page 2 of 4", or a bare number ending it.
_PAGE_NUMBER = re.compile(r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b|\d{1,4}\s*$", re.I)
# A report's citing of appendices by their labels: "Appendix A", "Appendices A and B", "Annexes
# 1 to 3" (a label's letter a capital standing alone: "the appendix at the end" cites none).
_CITED_ID = re.compile(r"(?-i:\b[A-Z]\b)|\b\d{1,2}\b")
_CITED_SEP = re.compile(r"\s*(?:,|\band\b|&|\bto\b|-|\u2013)\s*", re.I)
_CITED = re.compile(r"\b(?:Appendix|Appendices|Annex(?:es)?)\s+((?:(?-i:[A-Z])|\d{1,2})\b"
                    r"(?:\s*(?:,|\band\b|&|\bto\b|-|\u2013)\s*(?:(?-i:[A-Z])|\d{1,2})\b)*)",
                    re.I)
# A risk register's column names: its risks' likelihood and impact (or probability).
_REGISTER_COLUMNS = re.compile(r"\b(?:Likelihood|Probability)\b.*\bImpact\b|\bImpact\b.*"
                               r"\b(?:Likelihood|Probability)\b", re.I)
# A running line naming the report's item: "Item 9", "Agenda Item 7".
_ITEM = re.compile(r"\bItem\s+\d", re.I)


def _running(text: str) -> str:
    """A running line with its page's number masked (what each of its pages prints alike)."""
    return " ".join(_PAGE_NUMBER.sub("#", text).lower().split())


def _page_edges(flat: list[tuple[int, int, Line]], at: int) -> tuple[int, int]:
    """The first and last line of the page line ``at`` is on (a page's lines are together)."""
    page, idx, _ = flat[at]
    end = at
    while end + 1 < len(flat) and flat[end + 1][0] == page:
        end += 1
    return at - idx, end


def _shared_running_line(flat: list[tuple[int, int, Line]], report: int, i: int) -> str | None:
    """The running line (header: a page's first line, footer: its last) the report's first
    page (line ``report`` on it) prints again on line ``i``'s page, numbered for its page."""
    first, last = _page_edges(flat, report)
    top, bottom = _page_edges(flat, i)
    for mine, theirs in ((first, top), (last, bottom)):
        text = flat[mine][2].text
        if (mine != report and theirs != i and "#" in _running(text)
                and _running(text) == _running(flat[theirs][2].text)
                and text != flat[theirs][2].text):
            return text
    return None


def _printed_before(flat: list[tuple[int, int, Line]], report: int, running: str) -> bool:
    """Whether a page before the report's first prints its running line (``running``, page
    number masked): the line is then a pack's, printed over every paper in it, not the
    report's own sequence."""
    top = report - flat[report][1]
    for n in range(top):
        edge = flat[n][1] == 0 or flat[n + 1][0] != flat[n][0]
        if edge and _running(flat[n][2].text) == running:
            return True
    return False


def _cited_labels(text: str) -> set[str]:
    """The appendices' labels a text cites, each as its letter or number ("A", "2"): "Appendix
    A", "Appendices A and B", "Annexes 1 to 3" (a range names each label in it)."""
    cited: set[str] = set()
    for cite in _CITED.finditer(text):
        ids = _CITED_ID.findall(cite.group(1))
        seps = _CITED_SEP.findall(cite.group(1))
        cited.update(ids)
        for (a, b), sep in zip(pairwise(ids), seps, strict=False):
            if sep.strip().lower() in ("to", "-", "\u2013") and a.isdigit() == b.isdigit():
                lo, hi = (int(a), int(b)) if a.isdigit() else (ord(a), ord(b))
                cited.update(str(n) if a.isdigit() else chr(n)
                             for n in range(lo, min(hi, lo + 26) + 1))
    return cited


def _cites(flat: list[tuple[int, int, Line]], report: int, i: int, label: str) -> bool:
    """Whether the report's text (its lines from ``report`` to the appendix's page) cites the
    appendix by its label (as a word: "the appendix at the end" cites no "Appendix A"; in a
    list: "Appendices A and B" cites "Appendix B")."""
    top = i - flat[i][1]
    text = " ".join(line.text for _, _, line in flat[report:top])
    return label.split()[-1].upper() in _cited_labels(text)


def _goes_on_under_title(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the appendix's page goes on under its title into a table or prose (no cover)."""
    _, bottom = _page_edges(flat, i)
    # (its page's last line is left out: the running footer, no text of the appendix's)
    for _, _, other in flat[i + 1 : bottom]:
        text = other.text.strip()
        if table_row(other) or (text.endswith(".") and len(text.split()) >= PROSE_WORDS):
            return True
    return False


def _register_columns(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the first table row under the appendix's title (on its page) names a risk
    register's columns: "Risk | Likelihood | Impact | Score"."""
    _, bottom = _page_edges(flat, i)
    for _, _, other in flat[i + 1 : bottom + 1]:
        if table_row(other):
            return bool(_REGISTER_COLUMNS.search(other.text))
    return False


def appendix_of_report(flat: list[tuple[int, int, Line]], report: int | None, i: int) -> bool:
    """Whether line ``i`` titles an appendix of the report starting at line ``report`` printed
    on as its pages: under the report's running line and no cover of its own, its item named
    by the running line or its label cited by the report."""
    if report is None:
        return False
    label = _LABEL.match(flat[i][2].text)
    # (a label alone over a title of its own, "Appendix A" over a panel's "Report on the
    # Members' Allowances Scheme", heads a paper printed whole as the appendix: see
    # appendices._title_size_under_label)
    # (a register, "Appendix 1: Register of Commissioned Services", is a paper of its own
    # however printed: the set's documents keep a register apart from the report citing it)
    # (so is a register titled otherwise, "Strategic Risks", "Risk Log": its table's head row
    # names a register's columns, the risks' likelihood and impact)
    if "register" in flat[i][2].text.lower() or _register_columns(flat, i):
        return False
    if label is None or not flat[i][2].text[label.end():].strip() or not _goes_on_under_title(
            flat, i):
        return False
    running = _shared_running_line(flat, report, i)
    if running is None or _printed_before(flat, report, _running(running)):
        return False
    return bool(_ITEM.search(running)) or _cites(flat, report, i, label.group())
