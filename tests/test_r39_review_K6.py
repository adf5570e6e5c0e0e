"""Review of held-out round 39's K6 fix (contracts another body lets): the council letting
while a company or trust is named only inside its phrase, a body letting on the council's
behalf, the joint letting of the council and its company, and the passive "has been awarded by
the trust to X Ltd". Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, documents_of


def _update(paragraph: str) -> str:
    return f"""Ellerby District Council
Report to: Shareholder Committee
Date: 15 September 2027
Title: Ellerby Leisure and Homes - Half-Year Update

1. Recommendation
1.1 That the Committee notes the update.

2. Update
2.1 {paragraph}
"""


def test_regression_council_as_shareholder_of_company_lets(tmp_path: Path) -> None:
    """"The Council, as shareholder of the company, has awarded ... to X LLP": the company is
    named inside the council's phrase; the council lets, the row stays."""
    text = _update("The Council, as sole shareholder of the company, has awarded the contract "
                   "for a review\nof the company's governance to Harwood Audit LLP at a fixed "
                   "fee of £31,000.")
    assert contract_rows(text, tmp_path) == [("Harwood Audit LLP", 31000.0)]


def test_regression_council_acting_for_trust_lets(tmp_path: Path) -> None:
    """"The Council, acting for the trust, has awarded": the trust follows a preposition, not
    the subject."""
    text = _update("The Council, acting for the trust, has awarded the contract for roof "
                   "repairs at the\nLido to Coldridge Roofing Ltd at £76,500.")
    assert contract_rows(text, tmp_path) == [("Coldridge Roofing Ltd", 76500.0)]


def test_regression_council_and_its_company_let_jointly(tmp_path: Path) -> None:
    """"The Council and its housing company have appointed": the council is one of the
    bodies that let."""
    text = _update("The Council and its housing company have appointed Harwood Audit LLP to "
                   "review\ntheir shared services at a fixed fee of £31,000.")
    assert contract_rows(text, tmp_path) == [("Harwood Audit LLP", 31000.0)]


def test_regression_trust_lets_on_behalf_of_council(tmp_path: Path) -> None:
    """"The Trust has awarded ... on behalf of the Council": the trust is the council's agent
    and the contract the council's."""
    text = _update("The Trust has awarded the contract for pool plant servicing on behalf of "
                   "the Council\nto Brookmere Plant Ltd at £58,000 over three years.")
    assert contract_rows(text, tmp_path) == [("Brookmere Plant Ltd", 58000.0)]


def test_regression_passive_awarded_by_trust(tmp_path: Path) -> None:
    """"The contract ... has been awarded by the trust to X Ltd": the trust lets it, in the
    passive; no row (the active form gave none already)."""
    text = _update("The contract for the new changing rooms has been awarded by the leisure "
                   "trust to\nStanford Build Ltd at £1.4 million.")
    assert contract_rows(text, tmp_path) == []
    guard = _update("The contract for the new changing rooms has been awarded to\nStanford "
                    "Build Ltd at £1.4 million.")
    assert contract_rows(guard, tmp_path) == [("Stanford Build Ltd", 1400000.0)]


_PREVIOUS_MINUTES = """Ellerby District Council
Planning Committee - 7 July 2027 - Agenda Item 2, Appendix A


       Minutes of the meeting held on Wednesday 9 June 2027 at 7.00 pm
                   in the Council Chamber, Ellerby

Present:  Councillors R Tolley (Chair), S Varma and P Quinn

1.   APOLOGIES

     There were no apologies.

2.   27/0388/FUL LAND AT STATION ROAD

     RESOLVED: That planning permission be granted subject to conditions.
"""


def test_regression_own_previous_minutes_filed_as_appendix(tmp_path: Path) -> None:
    """A committee's previous minutes filed in its next pack under "Planning Committee - 7 July
    2027 - Agenda Item 2, Appendix A", with no masthead naming another body, are that
    committee's: the cover line is passed over only when a masthead names the body."""
    path = tmp_path / "minutes.txt"
    path.write_text(_PREVIOUS_MINUTES)
    assert documents_of(path) == [("minutes", "2027-06-09", "Planning Committee")]
