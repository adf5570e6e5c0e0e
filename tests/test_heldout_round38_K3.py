"""Held-out round 38, family K3: a strategic risk register printed as a bulleted list, a
paragraph per risk opening with its id and stating "Current rating: Likelihood 4, Impact 3,
score 12" beside its target rating; and a hearings sub-committee's decision notice heading each
decision "DECISION 1", "DECISION 2" (letter-spaced) with no title, the decision's sentence under
it. Each rule on a small paper written in the layout that showed the miss, with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.models import Decision, Risk
from kcc_papers.pipeline import process_file


def _risks(path: Path) -> list[tuple[str | None, int | None, int | None, float | None]]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


def _decisions(path: Path) -> list[str]:
    return [d.decision_text for d in process_file(str(path)).records if isinstance(d, Decision)]


# ------------------------------------------------ a register told as bulleted paragraphs

_BULLETED_REGISTER = source_lines(
    "## Hartwell District Council",
    "!! Corporate Risk Register",
    "** Governance Committee, 14 April 2027",
    "The register below sets out the Council's corporate risks as at the end of March.",
    "** Finance",
    "-- **CR1 Loss of business rates income.** Owner: Chief Finance Officer. Appeals against "
    "the valuation of the power station remain unresolved. Current rating: Likelihood 3, "
    "Impact 4, score 12. Target rating: Likelihood 2, Impact 4, score 8.",
    "-- **CR2 Capital programme cost inflation.** Owner: Head of Assets. Current rating: "
    "Likelihood 4, Impact 3, score 12. Target rating: Likelihood 3, Impact 3, score 9.",
    "** Services",
    "-- **CR3 Failure of the leisure operator.** Owner: Head of Culture. The operator's "
    "accounts for 2026 show a small surplus. Current rating: Likelihood 2, Impact 5, score 10. "
    "Target rating: Likelihood 1, Impact 5, score 5.",
    "** Emerging risks",
    "Officers are watching the risk that the new planning fee regime does not cover the "
    "service's costs; it has not yet been scored.",
)


def test_bulleted_paragraphs_give_current_worded_factors(tmp_path: Path) -> None:
    """Before, no risk was read: the paragraphs open with a bullet before the id, and state
    the factors by their words ("Likelihood 3, Impact 4"), not their letters ("L3 I4"). Each
    is now a risk at its current rating, not its target; the emerging risk (no id, no
    rating) is none."""
    path = rendered(_BULLETED_REGISTER, tmp_path)
    assert _risks(path) == [("CR1", 3, 4, 12), ("CR2", 4, 3, 12), ("CR3", 2, 5, 10)]


def test_target_rating_alone_is_no_current_rating(tmp_path: Path) -> None:
    """Guard: a bulleted paragraph that gives only a target rating states no risk as it
    stands, and is no risk; nor is a bulleted line that names no id."""
    source = source_lines(
        "## Hartwell District Council",
        "!! Corporate Risk Register",
        "-- **CR1 Loss of business rates income.** Owner: Chief Finance Officer. Current "
        "rating: Likelihood 3, Impact 4, score 12. Target rating: Likelihood 2, Impact 4, "
        "score 8.",
        "-- **CR2 Capital programme cost inflation.** Owner: Head of Assets. Target rating: "
        "Likelihood 3, Impact 3, score 9.",
        "-- Owners review their risks monthly. Current rating: Likelihood 3, Impact 3, "
        "score 9.",
    )
    assert _risks(rendered(source, tmp_path)) == [("CR1", 3, 4, 12)]


# ------------------------------------------------ a notice's decisions under "DECISION n"

def _hearing_notice(headings: tuple[str, str]) -> str:
    first, second = headings
    return source_lines(
        "%% font serif",
        "## BRANSCOMBE BOROUGH COUNCIL",
        "** Standards Panel",
        "!! Decision Notice: Complaint ST/27/003",
        "Subject member:\tCouncillor Ada Fenwick",
        "Date of hearing:\t3 March 2027",
        "** 1. The investigation",
        "1.1 The investigator found that Councillor Fenwick had failed to declare an interest.",
        "** 2. Views of the Independent Person",
        "2.1 The Independent Person considered that the failure was an oversight.",
        f"^^ {first}",
        "The Panel found that Councillor Fenwick failed to comply with paragraph 5 of the Code "
        "of Conduct (declaring interests).",
        "Reasons: the interest was known to her at the meeting.",
        f"^^ {second}",
        "The Panel decided that Councillor Fenwick be asked to apologise in writing.",
        "** 3. Right of appeal",
        "3.1 There is no right of appeal against the Panel's decision.",
        "Signed: Councillor Ruth Ames, Chair",
    )


def test_letter_spaced_numbered_decision_headings(tmp_path: Path) -> None:
    """Before, the notice's masthead was read as its one decision: its headings "DECISION 1",
    "DECISION 2" carry no title. Each heading of the sequence now gives its decision, up to
    its reasons or the notice's next numbered section; the investigator's finding and the
    Independent Person's view are none."""
    path = rendered(_hearing_notice(("DECISION 1", "DECISION 2")), tmp_path)
    assert _decisions(path) == [
        "The Panel found that Councillor Fenwick failed to comply with paragraph 5 of the Code "
        "of Conduct (declaring interests).",
        "The Panel decided that Councillor Fenwick be asked to apologise in writing.",
    ]


def test_bare_decision_numbers_out_of_sequence_are_no_headings(tmp_path: Path) -> None:
    """Guard: "Decision 4" and "Decision 9" count no sequence from one (a notice citing other
    notices' decisions): they head none of this notice's decisions."""
    path = rendered(_hearing_notice(("DECISION 4", "DECISION 9")), tmp_path)
    headed = [d.agenda_item_ref for d in process_file(str(path)).records
              if isinstance(d, Decision) and d.agenda_item_ref]
    assert headed == []
