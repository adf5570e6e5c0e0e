"""Regression tests for the misses of held-out round 19's carry-over batch H (adult social
care, public health, safeguarding): small papers in other councils' words, each named after
the defect, with a guard of the rule that mended it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import kpi_rows, pack_documents, pdf_agenda_items, source_lines
from kcc_papers.extract import decisions
from kcc_papers.extract.meetings.body_names import is_masthead_name
from kcc_papers.models import Decision
from kcc_papers.normalise.numbers import parse_value

# ------------ a rate printed with its 95% confidence interval: "62.4 (58.1-66.7)"


def _indicators(latest: str) -> str:
    return source_lines(
        "Report to:\tHealth and Wellbeing Board",
        "Date of meeting:\t14th March 2028",
        "Report of:\tDirector of Public Health",
        "## PUBLIC HEALTH OUTCOMES: QUARTER 3 2027/28",
        "** 1. Recommendation",
        "1.1 That the Board notes the public health outcomes for Quarter 3.",
        "|% 10 40 14 18 18",
        "|# Ref | Indicator | Q2 | Q3 (latest) | RAG |",
        "| PHO1 | Breastfeeding at 6 to 8 weeks (%) | 49.0 (46.2-51.8) | "
        f"{latest} | Green |",
        "| PHO2 | Under-18 conceptions per 1,000 | 14.1 (12.0-16.5) | 13.2 (11.1-15.6) "
        "| Amber |",
        "| PHO3 | Smoking at time of delivery (%) | 9.8 | 9.1 | Red |",
    )


def test_value_with_confidence_interval_read_as_no_value(tmp_path: Path) -> None:
    """Before, "51.3 (48.6-54.0)" read as no number: the KPI had no latest value."""
    assert kpi_rows(_indicators("51.3 (48.6-54.0)"), tmp_path) == [
        ("PHO1", 51.3, "green"), ("PHO2", 13.2, "amber"), ("PHO3", 9.1, "red")]


def test_thousands_with_confidence_interval() -> None:
    value = parse_value("1,861 (1,757-1,969)")
    assert (value.value, value.unit, value.decimals) == (1861.0, "number", 0)
    assert parse_value("47.1% (44.9 to 49.3)").value == 47.1


def test_bracketed_pair_not_holding_the_figure_is_no_interval() -> None:
    # a pair in brackets that does not hold the figure is something else: left unread
    assert parse_value("12 (20-30)").value is None
    assert parse_value("2,205").value == 2205.0


# ------------ the agenda's last item runs on into the officer's line under it


SESSION_ITEM = ("Sexual Health Services: Re-procurement and Extension of the Current "
                "Integrated Contract")


def _session_agenda(under: str) -> str:
    return source_lines(
        "## Decision Session - Executive Member for Public Health",
        "To:\tCouncillor Ann Example (Executive Member)",
        "Date:\tThursday, 9 March 2028",
        "Time:\t2.00 pm",
        "** AGENDA",
        "1. Declarations of Interest",
        "2. Public Participation",
        f"3. {SESSION_ITEM}",
        under,
    )


def test_last_item_took_in_the_officer_line_below(tmp_path: Path) -> None:
    """Before, "Democratic Services Officer: ..." read as the last title's second line."""
    assert pdf_agenda_items(_session_agenda(
        "Democratic Services Officer: Ruth Hale, 01632 960 114"), tmp_path) == [
        ("1", "Declarations of Interest"), ("2", "Public Participation"),
        ("3", SESSION_ITEM)]


def test_a_title_the_margin_wraps_goes_on(tmp_path: Path) -> None:
    # a long title wrapped by the page's margin, no label on its second line, is one title
    title = ("Sexual Health Services: Extension of the Integrated Service Contract for Young "
             "People and Adults and the Re-procurement of the Service from April 2029 in Lots")
    source = _session_agenda("Democracy Officer: Ruth Hale").replace(
        f"3. {SESSION_ITEM}", f"3. {title}")
    assert pdf_agenda_items(source, tmp_path)[-1] == ("3", title)


# ------------ "Decision:" alone on its line over "Resolved: That ...": no decision read

RECORD = """Westfold District Council
Record of Decision
Decision maker: Executive Member for Housing
Date of decision: 14/03/2028
Subject: Temporary Accommodation Framework
Decision:
{opening}That the Executive Member approves the award of places on the temporary
accommodation framework to the four providers named in the report.
Reason for decision:
To secure enough temporary accommodation for homeless households.
"""


def _decided(opening: str) -> list[str]:
    return [d.decision_text for ctx in text_contexts(RECORD.format(opening=opening), "decision")
            for d in decisions.extract(ctx) if isinstance(d, Decision)]


DECIDED = ("That the Executive Member approves the award of places on the temporary "
           "accommodation framework to the four providers named in the report.")


def test_resolved_under_a_bare_decision_label_read_as_the_next_field() -> None:
    """Before, "Resolved:" read as another field's label: the decision was empty."""
    assert _decided("Resolved: ") == [f"Resolved: {DECIDED}"]


def test_decision_under_a_bare_label_without_resolved() -> None:
    assert _decided("") == [DECIDED]


# ------------ an executive member's decision session: its name has no body's word

SESSION = "Decision Session - Executive Member for Housing"


def _session_pack(name: str) -> str:
    return source_lines(
        "%% header Westfold District Council",
        f"%% footer {name} - 14/03/2028 - page {{page}}",
        f"## {name}",
        "To:\tCouncillor Ann Example (Executive Member)",
        "Date:\tTuesday, 14 March 2028",
        "Time:\t10.00 am",
        "** AGENDA",
        "1. Declarations of Interest",
        "2. Temporary Accommodation Framework",
        "--- page ---",
        f"** Meeting: {name}",
        "** Meeting date: 14 March 2028",
        "** Report of: Director of Housing",
        "## Decision Report: Temporary Accommodation Framework",
        "** Recommendations and Reasons",
        "1. The Executive Member is asked to approve the award of places on the framework.",
        "Reason: to secure enough temporary accommodation for homeless households.",
        "** Background",
        "2. The current framework ends on 31 March 2028.",
    )


def test_decision_session_read_as_no_committee(tmp_path: Path) -> None:
    """Before, "Decision Session - Executive Member for ..." was no body's name (no
    "Committee", "Board" in it, its dash read as the name's end): no committee."""
    assert pack_documents(_session_pack(SESSION), tmp_path) == [
        ("agenda", "2028-03-14", SESSION), ("report", "2028-03-14", SESSION)]


def test_a_member_for_a_portfolio_alone_is_no_session() -> None:
    assert is_masthead_name("Executive Member Decision Session")
    assert not is_masthead_name("Executive Member for Housing and Communities")
    assert not is_masthead_name("Decision Session")
