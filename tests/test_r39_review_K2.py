"""Review of round 39's fix K2 (a performance report's appendix printed on under the report's
running line is the report's pages): the report's citing of its appendix is read as a label
("the appendix at the end" cites no "Appendix A"; "Appendices A and B" cites "Appendix B"), and
a risk register titled without the word ("Strategic Risks", "Risk Log") is still a paper of its
own, read by its columns."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from test_heldout_round39_K2 import _APPENDIX, _REPORT

_FOOTER = "Mossford Borough Council - 3 March 2027 - page {page}"
_MEETING = ("2027-03-03", "Audit and Governance Committee")


def _paper(cite: str, *appendices: tuple[str, ...]) -> str:
    head = ("%% header MOSSFORD BOROUGH COUNCIL", f"%% footer {_FOOTER}")
    body = tuple(line.replace("{cite}", cite) for line in _REPORT)
    return source_lines(*head, *body, *(line for app in appendices for line in app))


def _labelled(label: str) -> tuple[str, ...]:
    return tuple(line.replace("Appendix B", label) for line in _APPENDIX)


def test_regression_appendix_word_is_no_label_cited(tmp_path: Path) -> None:
    """"the appendix at the end of this report" cites no "Appendix A": under a running line
    naming no item, the uncited appendix stays a paper of its own (the text once matched
    "appendix a" inside "appendix at")."""
    paper = _paper("the appendix at the end of this report", _labelled("Appendix A"))
    assert len(documents_of(rendered(paper, tmp_path))) == 3


def test_regression_appendices_cited_in_a_list(tmp_path: Path) -> None:
    """A report citing its appendices in a list, "Appendices A and B", cites each: both
    appendices printed on under its running line are its pages."""
    paper = _paper("Appendices A and B", _labelled("Appendix A"), _APPENDIX)
    assert documents_of(rendered(paper, tmp_path)) == [("performance_report", *_MEETING)]


def test_regression_risk_register_untitled_register_stays_own(tmp_path: Path) -> None:
    """A risk register titled "Risk Log", its columns a register's (Likelihood, Impact), cited
    by the report under its running line, is still a paper of its own, as one titled
    "register" is."""
    log = ("--- page landscape ---", "## Appendix B - Risk Log",
           "|% 10 40 12 12 12", "|# Ref | Risk | Likelihood | Impact | Score |",
           "| SR1 | Failure to balance the budget | 4 | 5 | 20 |",
           "| SR2 | Cyber attack disrupts services | 3 | 5 | 15 |")
    kinds = [kind for kind, _, _ in documents_of(rendered(_paper("Appendix B", log), tmp_path))]
    assert kinds[-2:] == ["performance_report", "risk_register"]


def test_regression_member_and_contact_labels_name_no_strategy(tmp_path: Path) -> None:
    """A dashboard's head naming its contact officer or its member by another label than
    "Report of:" ("Contact Officer: ..., Strategy and Performance Manager", "Portfolio Holder:
    ..., Strategy and Resources", "Cabinet Member: ... for Strategy") names a post, not the
    paper's title: the dashboard is still read, not taken for a strategy ("other")."""
    from test_heldout_round39_K2 import _DASHBOARD

    for label in ("Contact Officer:\tJane Smith, Strategy and Performance Manager",
                  "Portfolio Holder:\tCllr A Jones, Strategy and Resources",
                  "Cabinet Member:\tCllr A Jones, Cabinet Member for Strategy"):
        source = tuple(label if line.startswith("Report of:") else line for line in _DASHBOARD)
        assert documents_of(rendered(source_lines(*source), tmp_path)) == [
            ("performance_report", "2027-04-09", "Overview Committee")], label


def test_strategy_with_member_label_still_other(tmp_path: Path) -> None:
    """Guard: a strategy titled as one is still no paper where its head names its member."""
    source = source_lines(
        "## Mossford Borough Council Housing Strategy 2027-2032",
        "Cabinet Member:\tCllr A Jones, Cabinet Member for Housing",
        "Our vision is that every resident has a safe, warm and affordable home.",
        "This strategy sets out our priorities for the next five years.")
    assert documents_of(rendered(source, tmp_path)) == [("other", None, None)]
