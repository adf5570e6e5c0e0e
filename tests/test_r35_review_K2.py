"""Review of round 35's fix K2 (a landscape colour-fill dashboard, metrics rated in words): the
cases the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, kpi_rows, rendered, source_lines
from kcc_papers.extract.kpis.grid_values import period_status
from kcc_papers.extract.meetings.kind_labels import body_kind_value


def _dir(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


# ------------------------------------------------ each period rated in a column of its own


def _scorecard(*table: str) -> str:
    return source_lines(
        "## Quarter 3 Performance Report 2027/28",
        "Committee:\tCommunities Overview and Scrutiny Committee",
        "Date of meeting:\t9 February 2028",
        "** Introduction",
        "This report presents the council's key performance indicators at quarter 3.",
        "** Scorecard",
        *table,
    )


def test_regression_status_columns_set_apart_rated_by_their_headings(tmp_path: Path) -> None:
    """The quarters' figures first, their statuses after them ("Q2 value | Q3 value | Q2 status
    | Q3 status"): the Q2 status stands right after the latest figure, and was read as its
    rating; its heading names the quarter it rates."""
    paper = _scorecard(
        "|# Ref | Measure | Target | Q2 value | Q3 value | Q2 status | Q3 status |",
        "| CO 1 | Fly-tipping cleared within 2 days | 90% | 86% | 93% | Amber | Green |",
        "| CO 2 | Household waste recycled | 50% | 49% | 41% | Green | Red |")
    assert kpi_rows(paper, tmp_path) == [("CO 1", 93.0, "green"), ("CO 2", 41.0, "red")]
    # (the quarter named with its year on one heading, alone on the other, either order)
    roles: list[str | None] = ["ref", "latest", "latest", "rag", "rag"]
    periods: list[str | None] = [None, "2027/28 Q2", "2027/28 Q3", None, None]
    labels = ["Ref", "2027/28 Q2", "2027/28 Q3", "Q2 RAG", "Q3 RAG"]
    assert period_status(roles, periods, 3, 2, labels) is False
    assert period_status(roles, periods, 4, 2, labels) is True


def test_regression_previous_and_current_status_pair(tmp_path: Path) -> None:
    """"Previous status | Current status" after the quarter's figure: the current one rates it
    (the previous, right after the figure, was taken), in words or in fills."""
    header = "|# Ref | Measure | Target | Q3 value | Previous status | Current status |"
    words = _scorecard(
        header,
        "| CO 1 | Fly-tipping cleared within 2 days | 90% | 93% | Amber | Green |",
        "| CO 2 | Household waste recycled | 50% | 41% | Green | Red |")
    fills = _scorecard(
        header,
        "| CO 1 | Fly-tipping cleared within 2 days | 90% | 93% | {#ffc000} | {#00b050} |",
        "| CO 2 | Household waste recycled | 50% | 41% | {#00b050} | {#ff0000} |")
    expected = [("CO 1", 93.0, "green"), ("CO 2", 41.0, "red")]
    assert kpi_rows(words, _dir(tmp_path, "words")) == expected
    assert kpi_rows(fills, _dir(tmp_path, "fills")) == expected


# ------------------------------------------------ a meeting labelled by its body's kind


def _licensing_report(*head: str) -> str:
    return source_lines(
        "!! MARLOW VALE DISTRICT COUNCIL",
        "## Street Trading Consent Fees 2027/28",
        *head,
        "Report author:\tLicensing Manager",
        "** Purpose",
        "To review the fees charged for street trading consents.",
        "** Recommendation",
        "That the Panel agrees the fees in Appendix A.",
    )


def test_regression_kind_label_body_named_with_its_session_or_date(tmp_path: Path) -> None:
    """A kind label's body named with its session after it ("(Public)"), its date after "on"
    or a weekday, or spelt "Sub Committee": the name still ends in the kind's word, and names
    the meeting (each named nothing)."""
    assert body_kind_value("Panel:\tLicensing Panel (Public)") == "Licensing Panel (Public)"
    assert body_kind_value("Panel:\tPolice and Crime Panel on 3 March 2027")
    assert body_kind_value("Panel:\tPolice and Crime Panel Wednesday 3 March 2027")
    assert body_kind_value("Sub Committee:\tLicensing Sub-Committee")
    assert body_kind_value("Sub-Committee:\tLicensing Sub Committee")
    # (still a list of members names nothing)
    assert body_kind_value("Panel:\tCllr A Shah, Cllr B Hughes, Cllr C Lowe") is None
    paper = _licensing_report("Panel:\tLicensing Panel (Public)", "Meeting:\t3 March 2027")
    (doc,) = documents_of(rendered(paper, tmp_path))
    assert doc[1:] == ("2027-03-03", "Licensing Panel")
