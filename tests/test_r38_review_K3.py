"""Review of round 38's fix K3 (risks told as bulleted paragraphs; a notice heading each
decision by its bare number): the cases the review found read wrong, each on a small paper a
council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str | None, str | None, str]]:
    return [(d.agenda_item_ref, d.title, d.decision_text)
            for d in process_file(str(path)).records if isinstance(d, Decision)]


def test_regression_items_deciding_before_the_masthead_fallback(tmp_path: Path) -> None:
    """A cabinet's notice of its decisions, each item's decision a sentence of the body
    deciding, no "Decision:" label: the issue page's fallback read its masthead as its one
    decision ("BRANSCOMBE BOROUGH COUNCIL" / "Cabinet Decisions taken ..."), before the reader
    of such items was tried."""
    source = source_lines(
        "## BRANSCOMBE BOROUGH COUNCIL",
        "** Cabinet",
        "!! Decisions taken at the meeting on 3 March 2027",
        "These decisions will come into force after the call-in period ends on 10 March 2027.",
        "** Item 6: Budget Monitoring",
        "The Cabinet noted the forecast revenue overspend of £1.2m for the year.",
        "Reasons: to keep the budget under review.",
        "** Item 7: Fees and Charges 2027/28",
        "The Cabinet approved the fees and charges set out in Appendix A.",
        "Reasons: to set the fees for the coming year.",
    )
    assert _decisions(rendered(source, tmp_path)) == [
        ("6", "Budget Monitoring",
         "The Cabinet noted the forecast revenue overspend of £1.2m for the year."),
        ("7", "Fees and Charges 2027/28",
         "The Cabinet approved the fees and charges set out in Appendix A."),
    ]


def test_regression_item_ends_at_a_bare_decision_heading(tmp_path: Path) -> None:
    """A hearing's notice whose "DECISION n" headings count no sequence from one: the
    sentences under them are the notice's findings, not decisions of the numbered section
    above them ("2. Views of the Independent Person"), nor is its masthead one."""
    source = source_lines(
        "## BRANSCOMBE BOROUGH COUNCIL",
        "** Standards Panel",
        "!! Decision Notice: Complaint ST/27/003",
        "Subject member:\tCouncillor Ada Fenwick",
        "** 1. The investigation",
        "1.1 The investigator found that Councillor Fenwick had failed to declare an interest.",
        "** 2. Views of the Independent Person",
        "2.1 The Independent Person considered that the failure was an oversight.",
        "^^ DECISION 4",
        "The Panel found that Councillor Fenwick failed to comply with paragraph 5 of the Code "
        "of Conduct.",
        "^^ DECISION 9",
        "The Panel decided that Councillor Fenwick be asked to apologise in writing.",
        "** 3. Right of appeal",
        "3.1 There is no right of appeal against the Panel's decision.",
    )
    assert _decisions(rendered(source, tmp_path)) == [
        (None, None, "The Panel found that Councillor Fenwick failed to comply with paragraph "
                     "5 of the Code of Conduct."),
        (None, None, "The Panel decided that Councillor Fenwick be asked to apologise in "
                     "writing."),
    ]
