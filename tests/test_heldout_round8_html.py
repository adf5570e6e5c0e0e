"""Regression tests for the web-page misses of held-out round 8's blind batch K (its .html papers,
tests/heldout/papers/r8k_*) on its first run: each named after the bug and run on small pages in
the layout that showed it, in more than one council's form, with guards of the general rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import text_contexts
from heldout_support import below_floor, heldout_accuracy
from kcc_papers.extract import minutes
from kcc_papers.models import AgendaItem, Decision, Meeting, Minute, Record
from kcc_papers.pipeline import FileResult, process_file

# Batch K's web pages whose kind, meeting, minutes, decisions and agenda this part fixed, and
# those it must keep right; their KPI, risk and contract rows are other parts' (see below).
HTML_PAPERS = {
    "r8k_combined_authority_decisions_register_table.html",
    "r8k_fire_authority_risk_two_tables_impact_first.html",
    "r8k_ijb_risk_register_lxi_cells_bgcolor.html",
    "r8k_jadu_unitary_risk_register_word_scales.html",
    "r8k_mg_ai_item_page_hwb_minute.html",
    "r8k_mg_fire_agenda_subitems_links.html",
    "r8k_mg_issue_history_homecare_lots.html",
    "r8k_nhs_trust_ipr_reverse_months_rowspan.html",
    "r8k_welsh_mg_decision_details_bilingual.html",
    "r8k_wordpress_parish_minutes_post.html",
    "r8k_mg_officer_decision_details_gritting.html",
    "r8k_mg_printed_minutes_cabinet_lettered.html",
    "r8k_cmis_district_scorecard_inline_colour.html",
    "r8k_localgov_drupal_contracts_register_mixed_money.html",
    "r8k_cmis_scottish_minute_decided_contracts.html",
    "r8k_police_crime_panel_about_page_nonpaper.html",
    "r8k_london_borough_kpi_row_classes_two_headers.html",
    "r7i_issue_history_page.html",
}
DOCUMENT_CLASSES = ("kind+date", "committee", "minutes", "decisions", "agenda_items")
# The mgAi item page's expected record reads it as minutes; the project reads an agenda-item
# page as a decision notice (tests/test_pipeline.py, the corpus seed 002): a judgement call
# left to the lead (see the report), not a miss of this part.
JUDGEMENT_CALLS = {"r8k_mg_ai_item_page_hwb_minute.html"}
# Pages of the batch whose every class scores above the floor once this part's fixes are in.
FLOOR_PAPERS = {
    "r8k_mg_fire_agenda_subitems_links.html",
    "r8k_mg_issue_history_homecare_lots.html",
    "r8k_ijb_risk_register_lxi_cells_bgcolor.html",
    "r8k_mg_printed_minutes_cabinet_lettered.html",
    "r8k_cmis_district_scorecard_inline_colour.html",
    "r8k_police_crime_panel_about_page_nonpaper.html",
    "r8k_london_borough_kpi_row_classes_two_headers.html",
    "r7i_issue_history_page.html",
}


def test_the_blind_batch_k_web_pages_read_their_documents_without_a_miss() -> None:
    _, per_file = heldout_accuracy.evaluate(HTML_PAPERS)
    misses = {(name, c): (s.fp, s.fn) for name, scores in per_file.items()
              for c, s in scores.items()
              if c in DOCUMENT_CLASSES and (s.fp or s.fn) and name not in JUDGEMENT_CALLS}
    assert set(per_file) == HTML_PAPERS and not misses, misses


def test_the_blind_batch_k_web_pages_score_above_the_floor() -> None:
    assert below_floor(FLOOR_PAPERS) == {}


def _read(tmp_path: Path, page: str, name: str = "page.html") -> FileResult:
    path = tmp_path / name
    path.write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    return process_file(str(path))


def _of(result: FileResult, cls: type[Record]) -> list[Record]:
    return [r for r in result.records if isinstance(r, cls)]


def _meeting(result: FileResult) -> tuple[str | None, dt.date | None]:
    found = [r for r in result.records if isinstance(r, Meeting)]
    return (found[0].committee, found[0].meeting_date) if found else (None, None)


# ----------------------------------------------------------------- a register of decisions taken

REGISTERS = [
    # a combined authority's register: a row per mayoral or officer decision
    ("<h1>Decisions register: Mayor and officer decisions, May 2026</h1>"
     "<p>Decisions taken by the Mayor and by officers under delegated powers.</p><table>"
     "<tr><th>Ref</th><th>Date</th><th>Decision maker</th><th>Title</th><th>Decision</th>"
     "<th>Key decision</th></tr>"
     "<tr><td>MD 2026/11</td><td>05/05/2026</td><td>Mayor</td><td>Ferry fares</td>"
     "<td>To freeze ferry fares until April 2027.</td><td>Yes</td></tr>"
     "<tr><td>OD 2026/40</td><td>12/05/2026</td><td>Director of Finance</td><td>Audit fee</td>"
     "<td>To accept the external audit fee for 2026/27.</td><td>No</td></tr></table>"),
    # a district's register of officer decisions, its columns named otherwise
    ("<h1>Register of Delegated Decisions</h1><p>Officer decisions taken under the scheme of "
     "delegation, published for the Council's Overview Committee.</p><table>"
     "<tr><th>Reference</th><th>Date of decision</th><th>Decision taker</th><th>Subject</th>"
     "<th>Decision</th></tr>"
     "<tr><td>DD/101</td><td>5 May 2026</td><td>Head of Housing</td><td>Ferry fares</td>"
     "<td>To freeze ferry fares until April 2027.</td></tr>"
     "<tr><td>DD/102</td><td>12 May 2026</td><td>Director of Finance</td><td>Audit fee</td>"
     "<td>To accept the external audit fee for 2026/27.</td></tr></table>"),
]


def test_regression_decisions_register_page_was_read_as_no_paper(tmp_path: Path) -> None:
    for n, page in enumerate(REGISTERS):
        result = _read(tmp_path, page, f"register{n}.html")
        assert [d.kind for d in result.documents] == ["decision"], page
        found = [(d.title, d.decision_date) for d in _of(result, Decision)
                 if isinstance(d, Decision)]
        assert found == [("Ferry fares", dt.date(2026, 5, 5)),
                         ("Audit fee", dt.date(2026, 5, 12))], page


FORTHCOMING = [
    "<h1>Register of Forthcoming Decisions</h1>",
    "<h1>Forthcoming Decisions Register: June to September 2026</h1>",
    "<h1>Forthcoming Key Decisions</h1>",
]


def test_regression_register_of_forthcoming_decisions_was_read_as_decisions_taken(
        tmp_path: Path) -> None:
    """A register of decisions to come is a forward plan, whatever the register clue says."""
    body = ("<p>Decisions the Cabinet expects to take in the coming months.</p><table>"
            "<tr><th>Ref</th><th>Decision</th><th>Decision maker</th><th>Expected date</th></tr>"
            "<tr><td>FP/12</td><td>Leisure contract extension</td><td>Cabinet</td>"
            "<td>July 2026</td></tr></table>")
    for n, heading in enumerate(FORTHCOMING):
        result = _read(tmp_path, heading + body, f"forthcoming{n}.html")
        assert [d.kind for d in result.documents] == ["forward_plan"], heading


def test_regression_register_rows_lost_their_own_date_maker_and_ref(tmp_path: Path) -> None:
    result = _read(tmp_path, REGISTERS[0])
    found = [(d.ref, d.agenda_item_ref, d.decision_maker, d.key_decision)
             for d in _of(result, Decision) if isinstance(d, Decision)]
    assert found == [("MD 2026/11", None, "Mayor", True),
                     ("OD 2026/40", None, "Director of Finance", False)]


def test_a_register_of_key_decisions_to_come_is_not_a_decision(tmp_path: Path) -> None:
    page = ("<h1>Register of Key Decisions</h1><p>Key decisions the Cabinet expects to take.</p>"
            "<p>Decision due: 21 July 2026 by Cabinet</p><p>Libraries review</p>")
    assert [d.kind for d in _read(tmp_path, page).documents] != ["decision"]


# ---------------------------------------------------- a ModernGov issue page with its decision

ISSUE_HEAD = ("<h1>Issue - items at meetings</h1><h2>Library Opening Hours</h2>"
              "<p>Meeting: Thursday, 26th March, 2026 10.00 am - Cabinet (Item 9.)</p>"
              "<h3>Issue details</h3><p>Decision type: Key</p>")
DECIDED = ("<p>Decision:</p><p>That Cabinet approves the new opening hours at 32 libraries "
           "from 1 July 2026.</p>")


def test_regression_issue_page_printing_its_decision_was_a_forward_plan(tmp_path: Path) -> None:
    for status in ("Recommendations Approved", "Decision Made"):
        page = f"{ISSUE_HEAD}<p>Decision status: {status}</p>{DECIDED}"
        result = _read(tmp_path, page)
        assert [(d.kind, d.meeting_date) for d in result.documents] == [
            ("decision", dt.date(2026, 3, 26))], status
        assert [d.outcome for d in _of(result, Decision) if isinstance(d, Decision)] == [
            "approved"]


def test_an_issue_page_without_the_decision_stays_a_forward_plan(tmp_path: Path) -> None:
    # (a forward plan's entry says when the decision is due)
    pending = (f"{ISSUE_HEAD}<p>Decision status: For Determination</p>"
               f"<p>Decision due: 26 Mar 2026 by Cabinet</p>{DECIDED}")
    to_come = (f"{ISSUE_HEAD}<p>Decision status: Recommendations Approved</p>"
               "<p>Decision due: 26 Mar 2026 by Cabinet</p>")
    for page in (pending, to_come):
        assert [d.kind for d in _read(tmp_path, page).documents] == ["forward_plan"]


def test_regression_issue_history_was_dated_by_the_scrutiny_meeting_before_it(
        tmp_path: Path) -> None:
    page = ("<h1>Issue - items at meetings - Home Care Contracts</h1><p>Issue details</p>"
            "<h2>Meeting: 10/12/2024 - Health Scrutiny Sub-Committee (Item 7)</h2>"
            "<p>7 Pre-decision scrutiny</p><p>Minutes:</p><p>Members asked about pay.</p>"
            "<h2>Meeting: 21/01/2025 - Cabinet (Item 9)</h2><p>9 Award of contracts</p>"
            "<p>Decision:</p><p>Cabinet:</p><p>1. Approved the award of home care contracts for "
            "the four lots.</p><p>Reasons for decision:</p><p>Best value.</p>")
    result = _read(tmp_path, page)
    assert [d.kind for d in result.documents] == ["decision"]
    assert _meeting(result) == ("Cabinet", dt.date(2025, 1, 21))


# ---------------------------------------------- a bilingual ModernGov page, either language first

WELSH_FIRST = (
    "<h1>Manylion y penderfyniad / Decision details</h1><h2>Ysgol Bro Tegid / Bro Tegid School</h2>"
    "<p>Gwneuthurwr y penderfyniad / Decision Maker: Cabinet</p>"
    "<p>Cyfarfod / Meeting: 11/02/2025 - Cabinet</p>"
    "<p>Penderfyniad / Decision:</p><p>PENDERFYNWYD dyfarnu'r contract.</p>"
    "<p>RESOLVED to award the design and build contract to Wynne Construction Ltd.</p>"
    "<p>Rhesymau dros y penderfyniad / Reasons for the decision:</p><p>Best value.</p>")
ENGLISH_FIRST = (
    "<h1>Decision details / Manylion y penderfyniad</h1><h2>Bro Tegid School / Ysgol Bro Tegid</h2>"
    "<p>Decision Maker / Gwneuthurwr y penderfyniad: Cabinet</p>"
    "<p>Meeting / Cyfarfod: 11/02/2025 - Cabinet</p>"
    "<p>Decision / Penderfyniad:</p>"
    "<p>RESOLVED to award the design and build contract to Wynne Construction Ltd.</p>"
    "<p>PENDERFYNWYD dyfarnu'r contract.</p>"
    "<p>Reasons for the decision / Rhesymau dros y penderfyniad:</p><p>Best value.</p>")


def test_regression_bilingual_decision_details_page_named_no_meeting(tmp_path: Path) -> None:
    for page in (WELSH_FIRST, ENGLISH_FIRST):
        result = _read(tmp_path, page)
        assert [d.kind for d in result.documents] == ["decision"]
        assert _meeting(result) == ("Cabinet", dt.date(2025, 2, 11))
        (decision,) = [d for d in _of(result, Decision) if isinstance(d, Decision)]
        assert "award the design and build contract" in decision.decision_text
        assert "Best value" not in decision.decision_text


# ------------------------------------------------------------- a web page's sidebar of links

def test_regression_sidebar_link_to_the_agenda_split_off_an_agenda(tmp_path: Path) -> None:
    body = ("<h1>Corporate Risk Register</h1><p>Audit Committee – 22 July 2025</p>"
            "<p>Recommendation: The Committee is asked to note the Corporate Risk Register.</p>"
            "<table><tr><th>Risk No.</th><th>Risk</th><th>Likelihood</th><th>Impact</th>"
            "<th>Score</th></tr><tr><td>CR1</td><td>Funding gap</td><td>4</td><td>5</td>"
            "<td>20</td></tr></table>")
    links = "<h2>Meeting documents</h2><ul><li><a href='#'>Agenda</a></li></ul>"
    for side in (f"<div class='col-side'>{links}</div>", f"<div class='sidebar'>{links}</div>",
                 f"<td class='sidenav'>{links}</td>"):
        page = (f"<table><tr><td>{body}</td>{side}</tr></table>" if side.startswith("<td")
                else f"<div class='main'>{body}</div>{side}")
        assert [d.kind for d in _read(tmp_path, page).documents] == ["risk_register"], side


# ---------------------------------------------------------------------- a report's masthead

def test_regression_label_cell_subject_over_its_value_left_a_register_a_report(
        tmp_path: Path) -> None:
    page = ("<h1>Integration Joint Board</h1><h2>Audit and Risk Committee</h2><table>"
            "<tr><td><b>Date of Meeting</b></td><td>16 September 2025</td></tr>"
            "<tr><td><b>Report by</b></td><td>Chief Finance Officer</td></tr>"
            "<tr><td><b>Subject</b></td><td>Strategic Risk Register</td></tr></table>"
            "<h3>1. RECOMMENDATIONS</h3><p>1.1 It is recommended that the Committee reviews "
            "the register.</p><h3>2. BACKGROUND</h3><p>The register is reviewed each quarter "
            "by the Chief Officer and the management team before it comes to the Committee, "
            "and the scores of each risk are agreed with its owner.</p>")
    assert [d.kind for d in _read(tmp_path, page).documents] == ["risk_register"]


def test_regression_weekday_after_the_committee_stayed_in_its_name(tmp_path: Path) -> None:
    for line in ("Report to the Audit Committee, Tuesday 15 October 2024 (agenda item 9).",
                 "Report to Licensing Committee Wednesday 4 March 2026"):
        page = (f"<h1>Strategic risk register: October 2024 update</h1><p>{line}</p>"
                "<h2>Recommendation</h2><p>The Committee is recommended to note the register."
                "</p>")
        committee, _ = _meeting(_read(tmp_path, page))
        assert committee in ("Audit Committee", "Licensing Committee"), line


def test_regression_strapline_parted_by_dots_named_no_meeting(tmp_path: Path) -> None:
    for strap, body in (
            ("Board of Directors meeting in public · Thursday 5 June 2025 · Agenda item 3.1",
             "Board of Directors"),
            ("Trust Board meeting held in private | Thursday 5 June 2025 | Item 7",
             "Trust Board"),
            ("Audit Committee • Thursday 5 June 2025", "Audit Committee")):
        page = (f"<p>NHS Mercia Vale Hospitals NHS Foundation Trust</p><p>{strap}</p>"
                "<h1>Integrated Performance Report – April 2025</h1><p>Recommendation</p>"
                "<p>The Board is asked to receive the report.</p>")
        assert _meeting(_read(tmp_path, page)) == (body, dt.date(2025, 6, 5)), strap


# ------------------------------------------------------------------------- agenda and minutes

def test_regression_link_size_after_an_agenda_title_was_part_of_it(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td><p>{n}.</p></td><td><p><a href='#'>{title}</a> <span>{size}</span></p>"
        f"<p>Report of the Treasurer.</p></td></tr>"
        for n, title, size in ((1, "Apologies for Absence", ""),
                               (2, "Treasury Management Strategy", "PDF 512 KB"),
                               (3, "Capital Programme", "(PDF, 288KB)"),
                               (4, "Pay Policy Statement", "Word 43 KB")))
    page = ("<h1>Agenda and minutes</h1><p>Resources Committee - Friday, 7th March, 2025 "
            f"10.30 am</p><table><tr><th>No.</th><th>Item</th></tr>{rows}</table>")
    items = [(i.item_ref, i.title) for i in _of(_read(tmp_path, page), AgendaItem)
             if isinstance(i, AgendaItem)]
    assert items == [("1", "Apologies for Absence"), ("2", "Treasury Management Strategy"),
                     ("3", "Capital Programme"), ("4", "Pay Policy Statement")]


def test_regression_lettered_part_under_a_short_heading_joined_its_title(
        tmp_path: Path) -> None:
    text = ("LITTLE HADLEIGH PARISH COUNCIL\nMINUTES of the meeting of the Parish Council held "
            "on Monday 9th September 2024\n"
            "2024/66 Village Hall\nIt was RESOLVED to accept the quotation.\n"
            "2024/67 Finance\na) The bank reconciliation was noted.\n"
            "b) It was RESOLVED to approve the payments.\n"
            "2024/68 Highways\n(i) the speed survey results were noted.\n"
            "The meeting closed at 8.52pm.\n")
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    found = [(m.minute_number, m.title) for m in minutes.extract(ctx) if isinstance(m, Minute)]
    assert found == [("2024/66", "Village Hall"), ("2024/67", "Finance"),
                     ("2024/68", "Highways")]


def test_a_lower_case_wrap_of_a_title_still_joins_it(tmp_path: Path) -> None:
    text = ("MINUTES of the meeting of the Parish Council held on Monday 9th September 2024\n"
            "2024/66 Review of fees\nand charges\nIt was RESOLVED to approve the fees.\n"
            "2024/67 Finance\nIt was RESOLVED to approve the payments.\n")
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    found = [(m.minute_number, m.title) for m in minutes.extract(ctx) if isinstance(m, Minute)]
    assert found == [("2024/66", "Review of fees and charges"), ("2024/67", "Finance")]
