"""Regression tests for two misreadings of decision papers round 38's review left: a notice with
one "DECISION" heading over numbered decisions "1." and "2.", then its own numbered sections
("3. Right of appeal"), ran its decision into the appeal; and a decisions page printing
"Decision status: ..." after each decision did not read that status for the outcome. Small
papers in other councils' words, each rule with its guards."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _rows(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _paper(source: str, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    return rendered(source, where)


_HEAD = ("## Brackenfold Borough Council", "^^ NOTICE OF DECISION", "** Licensing Sub-Committee",
         "Date of hearing:\t14 April 2027",
         "Premises:\tThe Anchor, 12 Quay Street, Brackenfold",
         "Application:\tVariation of a premises licence")
_GRANT = ("1. The Sub-Committee resolved to grant the application to vary the premises licence, "
          "subject to the conditions set out below.")
_HOURS = "2. The hours for the sale of alcohol on Fridays and Saturdays shall end at 00.30."
_APPEAL = ("Any party may appeal against this decision to the Magistrates' Court within 21 days "
           "of notification of it.")


def test_regression_numbered_decisions_end_at_the_notice_next_section(tmp_path: Path) -> None:
    """Before, "DECISION" over "1." and "2." then "3. Right of appeal" gave one decision whose
    text ran on into the appeal. The numbering run on into a section's title after a finished
    sentence is the notice's next section: the decision (one, its points under one heading)
    ends there, in bold or plain headings and under "DECISIONS"."""
    want = [(_GRANT + "\n" + _HOURS, "approved")]
    for n, heading in enumerate(("** DECISION", "DECISION", "** DECISIONS")):
        path = _paper(source_lines(*_HEAD, heading, _GRANT, _HOURS, "** 3. Right of appeal",
                                   _APPEAL, "** 4. Reasons for the decision",
                                   "The conditions will promote the licensing objectives."),
                      tmp_path / str(n))
        assert _rows(path) == want, heading


def test_regression_decision_section_ends_at_the_next_numbered_section(tmp_path: Path) -> None:
    """Before, a decision in the notice's section "2. Decision" ran into "3. Right of appeal";
    and a record's "Decision:" over "1." and "2." ran into "3. Right of appeal"."""
    section = _paper(source_lines(
        *_HEAD, "** 1. Background", "The applicant applied to vary the licence.",
        "** 2. Decision", "The Sub-Committee resolved to refuse the application.",
        "** 3. Right of appeal", _APPEAL), tmp_path / "section")
    assert _rows(section) == [("The Sub-Committee resolved to refuse the application.",
                               "rejected")]
    record = _paper(source_lines(
        "## Fernleigh District Council", "^^ RECORD OF DECISION",
        "Decision maker:\tCabinet Member for Assets", "Date of decision:\t3 May 2027",
        "Subject:\tDisposal of 4 Mill Lane", "Decision:",
        "1. To approve the disposal of the freehold of 4 Mill Lane to the tenant for £240,000.",
        "2. To delegate authority to the Head of Legal Services to complete the transfer.",
        "3. Right of appeal", "There is no right of appeal against this decision.",
        "4. Reasons for the decision", "The disposal secures best consideration."),
        tmp_path / "record")
    assert _rows(record) == [(
        "1. To approve the disposal of the freehold of 4 Mill Lane to the tenant for £240,000.\n"
        "2. To delegate authority to the Head of Legal Services to complete the transfer.",
        "approved")]


def test_regression_decision_own_numbered_headings_kept(tmp_path: Path) -> None:
    """The guard: a decision whose own numbered points are headings ("1. Hours" over its
    times, "2. Conditions" over its conditions) keeps them all: they are its parts."""
    path = _paper(source_lines(
        *_HEAD, "** DECISION",
        "The Sub-Committee resolved to grant the variation as follows:",
        "1. Hours", "Sale of alcohol Friday and Saturday until 00.30.",
        "2. Conditions", "CCTV shall be installed and maintained at the premises.",
        "** Right of appeal", _APPEAL), tmp_path)
    assert _rows(path) == [(
        "The Sub-Committee resolved to grant the variation as follows:\n"
        "1. Hours Sale of alcohol Friday and Saturday until 00.30.\n"
        "2. Conditions CCTV shall be installed and maintained at the premises.", "approved")]
