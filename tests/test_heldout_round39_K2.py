"""Regression tests for the misses of held-out round 39's family K2 (performance reports whose
KPI table is an appendix, and dashboards): a performance report's KPI table on a landscape
page headed "Appendix B - ..." in the report's title type, under the report's own running
footer, was read as a second paper; and a dashboard whose head names its officer's post
("Report of: Head of Strategy and Policy") was read as no paper ("other"). Small papers in
other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, kpi_rows, rendered, source_lines

_REPORT = (
    "## Audit and Governance Committee",
    "Date of meeting:\t3 March 2027",
    "Report title:\tQuarter 3 2026/27 Service Performance Report",
    "Report by:\tHead of Finance",
    "** 1. Purpose",
    "1.1 This report sets out the Council's performance against its key performance "
    "indicators at the end of quarter 3 of 2026/27. The indicators and results are at {cite}.",
    "** 2. Recommendations",
    "2.1 The Committee is recommended to note the performance of the Council against its "
    "key performance indicators at the end of quarter 3 2026/27.",
    "** 3. Financial implications",
    "3.1 None directly arising from this report.",
)
_APPENDIX = (
    "--- page landscape ---",
    "## Appendix B - Key Performance Indicators, Quarter 3 2026/27",
    "RAG status: G - on target; A - within 5% of target; R - more than 5% from target.",
    "|% 10 50 14 13 13",
    "|# Ref | Indicator | Target 2026/27 | Q3 2026/27 | RAG |",
    "| FN1 | Invoices paid within 30 days | 95% | 96.2% | {#00b050}G |",
    "| FN2 | Council tax collected in year | 84% | 81.0% | {#ff0000}R |",
    "| FN3 | Calls answered within 2 minutes | 80% | 78.5% | {#ffc000}A |",
)


def _paper(footer: str, cite: str) -> str:
    head = ("%% header MOSSFORD BOROUGH COUNCIL", f"%% footer {footer}")
    body = tuple(line.replace("{cite}", cite) for line in _REPORT)
    return source_lines(*head, *body, *_APPENDIX)


def test_appendix_under_item_footer_is_its_report(tmp_path: Path) -> None:
    """Before, the landscape KPI appendix, titled in the report's title type at its page's
    top, started a second performance report. Its page prints the report's running footer
    naming the report's item, numbered on ("Item 6 - Page 3"): the report's own pages."""
    paper = _paper("Audit and Governance Committee 3 March 2027 - Item 6 - Page {page}",
                   "the end of this report")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("performance_report", "2027-03-03", "Audit and Governance Committee")]


def test_appendix_cited_under_running_footer_is_its_report(tmp_path: Path) -> None:
    """A running footer naming no item ("... - page 2") keeps the appendix with its report
    where the report cites it by its label ("... are at Appendix B")."""
    paper = _paper("Mossford Borough Council - 3 March 2027 - page {page}", "Appendix B")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("performance_report", "2027-03-03", "Audit and Governance Committee")]


def test_appendix_neither_cited_nor_item_footed_stays_own(tmp_path: Path) -> None:
    """Guard: under a pack's running footer naming no item, an appendix the report does not
    cite is still read as a paper of its own, as before."""
    paper = _paper("Mossford Borough Council - 3 March 2027 - page {page}",
                   "the end of this report")
    assert len(documents_of(rendered(paper, tmp_path))) == 3


def test_appendix_own_cover_page_stays_own(tmp_path: Path) -> None:
    """Guard: an appendix printed with a title page of its own (its title alone on its page)
    is its own paper, even under the report's item footer."""
    cover = ("--- page ---", "## Appendix C - Strategic Risk Register", "March 2027")
    paper = _paper("Audit and Governance Committee 3 March 2027 - Item 6 - Page {page}",
                   "Appendix C").rstrip("\n").split("\n")
    at = paper.index("--- page landscape ---")
    source = source_lines(*paper[:at], *cover, *paper[at:])
    assert len(documents_of(rendered(source, tmp_path))) >= 3


_DASHBOARD = (
    "%% header Mossford Borough Council",
    "%% footer Overview Committee | 9 April 2027 | {page}",
    "## Corporate Plan Dashboard: Quarter 4 2026/27",
    "Meeting:\tOverview Committee",
    "Date:\t9 April 2027",
    "Report of:\tHead of Strategy and Policy",
    "** Purpose",
    "This paper reports progress at the end of March 2027 against the measures in the "
    "Corporate Plan. Two measures are on target and one is off target.",
    "** Recommendation",
    "The Committee is recommended to note the Corporate Plan dashboard for quarter 4.",
    "** Key",
    "-- Status: a green dot means on target; an amber dot means close to target; a red dot "
    "means off target.",
    "|% 40 12 12 18 12",
    "|~ Measure | Target | Q4 2026/27 | Direction of travel | Status |",
    "| Planning applications decided in time | 90% | 93.0% | Improving | {dot#00b050} |",
    "| Empty homes brought back into use | 40 | 31 | Declining | {dot#e00000} |",
    "| Missed bin collections per 100,000 | 60 | 52 | No change | {dot#00b050} |",
)


def test_dashboard_author_post_names_no_strategy(tmp_path: Path) -> None:
    """Before, the dashboard was read as no paper ("other"): the officer's post on its head,
    "Report of: Head of Strategy and Policy", was read as a strategy's title. A head's line
    labelled with whose paper it is names a post, not the paper."""
    path = rendered(source_lines(*_DASHBOARD), tmp_path)
    assert documents_of(path) == [("performance_report", "2027-04-09", "Overview Committee")]
    assert kpi_rows(source_lines(*_DASHBOARD), tmp_path) == [
        ("Planning applications decided in time", 93.0, "green"),
        ("Empty homes brought back into use", 31.0, "red"),
        ("Missed bin collections per 100,000", 52.0, "green")]


def test_strategy_titled_paper_still_other(tmp_path: Path) -> None:
    """Guard: a strategy titled as one (its title line, no label) is still no paper."""
    source = source_lines(
        "## Mossford Borough Council Housing Strategy 2027-2032",
        "Our vision is that every resident has a safe, warm and affordable home.",
        "This strategy sets out our priorities for the next five years.")
    assert documents_of(rendered(source, tmp_path)) == [("other", None, None)]


def test_pack_running_line_keeps_cited_appendix_own(tmp_path: Path) -> None:
    """Guard: where a page before the report prints the same running footer (a pack's, over
    every paper in it), the appendix the report cites stays a paper of its own, as before."""
    paper = _paper("Mossford Borough Council - 3 March 2027 - page {page}", "Appendix B")
    lines = paper.rstrip("\n").split("\n")
    agenda = ("## AGENDA", "Audit and Governance Committee", "Wednesday 3 March 2027 at 10.00 am",
              "1. Apologies for absence", "2. Minutes of the previous meeting",
              "3. Service Performance Report", "--- page ---")
    source = source_lines(*lines[:2], *agenda, *lines[2:])
    meeting = ("2027-03-03", "Audit and Governance Committee")
    assert documents_of(rendered(source, tmp_path)) == [
        ("pack", *meeting), ("agenda", *meeting), ("performance_report", *meeting),
        ("performance_report", *meeting)]
