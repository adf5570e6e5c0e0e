"""Review of round 38's fix K3 (risks told as bulleted paragraphs; a notice heading each
decision by its bare number): the cases the review found read wrong, each on a small paper a
council could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import rendered, source_lines
from kcc_papers.models import Decision, Risk
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str | None, str | None, str]]:
    return [(d.agenda_item_ref, d.title, d.decision_text)
            for d in process_file(str(path)).records if isinstance(d, Decision)]


def _risks(path: Path) -> list[tuple[str | None, int | None, int | None, float | None]]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


def test_regression_worded_factors_impact_first(tmp_path: Path) -> None:
    """A bulleted register naming the impact before the likelihood ("Current rating: Impact 4,
    Likelihood 3, score 12"): no risk was read."""
    source = source_lines(
        "## Hartwell District Council",
        "!! Corporate Risk Register",
        "• CR1 Loss of business rates income. Owner: Chief Finance Officer. Current rating: "
        "Impact 4, Likelihood 3, score 12. Target rating: Impact 4, Likelihood 2, score 8.",
        "• CR2 Capital programme cost inflation. Owner: Head of Assets. Current rating: "
        "Impact 3, Likelihood 4, score 12.",
    )
    assert _risks(rendered(source, tmp_path)) == [("CR1", 3, 4, 12), ("CR2", 4, 3, 12)]


def test_regression_numbered_list_of_risk_paragraphs(tmp_path: Path) -> None:
    """The register told as a numbered list, "1. CR1 ...": the list's number, like a bullet,
    comes before the id; no risk was read. (Like a bullet, the next number ends the item: a
    risk with only its target rating takes no rating of the list's next, unnamed item.)"""
    source = source_lines(
        "## Hartwell District Council",
        "!! Corporate Risk Register",
        "1. CR1 Loss of business rates income. Owner: Chief Finance Officer. Current rating: "
        "Likelihood 3, Impact 4, score 12.",
        "2. CR2 Capital programme cost inflation. Owner: Head of Assets. Current rating: "
        "Likelihood 4, Impact 3, score 12.",
        "3. CR3 Failure of the leisure operator. Owner: Head of Culture. Target rating: "
        "Likelihood 1, Impact 5, score 5.",
        "4. Emerging: the new planning fee regime. Current rating: Likelihood 2, Impact 3, "
        "score 6.",
    )
    assert _risks(rendered(source, tmp_path)) == [("CR1", 3, 4, 12), ("CR2", 4, 3, 12)]


@pytest.mark.parametrize("numbered", [(), ("Decision No. 14", "Decision No. 15")])
def test_regression_items_deciding_before_the_masthead_fallback(
        numbered: tuple[str, ...], tmp_path: Path) -> None:
    """A cabinet's notice of its decisions, each item's decision a sentence of the body
    deciding, no "Decision:" label: the issue page's fallback read its masthead as its one
    decision ("BRANSCOMBE BOROUGH COUNCIL" / "Cabinet Decisions taken ..."), before the reader
    of such items was tried. (The item's own decision number right under its heading is its
    field, no heading ending it.)"""
    first, second = numbered or ("", "")
    source = source_lines(
        "## BRANSCOMBE BOROUGH COUNCIL",
        "** Cabinet",
        "!! Decisions taken at the meeting on 3 March 2027",
        "These decisions will come into force after the call-in period ends on 10 March 2027.",
        "** Item 6: Budget Monitoring",
        *([first] if first else []),
        "The Cabinet noted the forecast revenue overspend of £1.2m for the year.",
        "Reasons: to keep the budget under review.",
        "** Item 7: Fees and Charges 2027/28",
        *([second] if second else []),
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
