"""Regression tests for the risk-register misses of held-out round 16's blind batches: a
register printing a "Consequence" column of prose (what follows if the risk happens) beside
its "L | I | L x I" scores. Small papers in other councils' words, each with a guard of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _rows(source: str, tmp_path: Path) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


# A service register on a landscape page: the consequence of each risk described in words
# in a column of its own, the factors under their letters "L" and "I", the score "L x I".
CONSEQUENCE_PROSE = source_lines(
    "!! Licensing Service Risk Register",
    "Report to:\tLicensing and Regulatory Committee",
    "Date of meeting:\t14 June 2028",
    "Risks are scored for likelihood (L) and impact (I), each 1 to 5; the score is L x I.",
    "--- page landscape ---",
    "** Appendix 1 - Licensing Service Risk Register",
    "|# Ref | Risk | Consequence | L | I | L x I | Owner | Mitigation |",
    "| LS1 | Licence applications not determined within the statutory period "
    "| Fees refunded to applicants; complaints to the Ombudsman | 3 | 4 | 12 "
    "| Licensing Manager | Weekly case review |",
    "| LS2 | Loss of the licensing case management system "
    "| Public register unavailable; hearings delayed | 2 | 3 | 6 "
    "| ICT Service Lead | Supplier support contract; nightly back-ups |",
    "| LS3 | Legal challenge to a sub-committee determination "
    "| Costs awarded against the Council at appeal | 2 | 5 | 10 "
    "| Monitoring Officer | Legal adviser at every hearing |",
)


def test_consequence_prose_read_as_impact(tmp_path: Path) -> None:
    assert _rows(CONSEQUENCE_PROSE, tmp_path) == [
        ("LS1", 3, 4, 12), ("LS2", 2, 3, 6), ("LS3", 2, 5, 10)]


# Guard: a health body's "Consequence" column printing the factor's number is the impact,
# beside a description column of prose.
CONSEQUENCE_SCORED = source_lines(
    "!! Board Assurance Risk Register",
    "Committee:\tQuality Committee",
    "Date:\t3 May 2028",
    "Risks are scored consequence multiplied by likelihood, each 1 to 5.",
    "|~ Risk ID | Risk description | Consequence | Likelihood | Score | Lead |",
    "| 2210 | Delays to discharge from acute wards into community beds | 4 | 4 | 16 "
    "| Chief Nurse |",
    "| 2231 | Shortfall of radiographers at the district hospital | 3 | 2 | 6 "
    "| Medical Director |",
)


def test_consequence_column_of_numbers_stays_impact(tmp_path: Path) -> None:
    assert _rows(CONSEQUENCE_SCORED, tmp_path) == [("2210", 4, 4, 16), ("2231", 2, 3, 6)]
