"""One person's record of decisions titled by his post: an officer's ("Decisions of the Director
of Adult Social Care", "Officer Decisions of the Head of Planning", "Decision of the Corporate
Director, Growth and Environment", "Decisions of the Chief Executive") or an executive member's
under the council's name ("Rushford Council" over "Decisions of the Executive Member for
Housing" over its date). Before, the officer's record was classed ``other`` (its decisions and
award lost) or took "Chief Executive" for a body meeting that day, and the member's record took
the council's name for its committee and the day of decision for a meeting's date. One person's
record is a decision notice with no committee and no meeting date; bodies' decisions ("Decisions
of the Executive", "... of the Directors' Board", "... of the Chief Officers Group"), a report
to a cabinet member, a report by a director and a body's page authorising a director keep their
reading. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.models import Contract, Decision, Document
from kcc_papers.pipeline import process_file

Rows = tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str]],
             list[tuple[str | None, float | None]]]


def _text_paper(council: str, title: str, date_line: str) -> str:
    return f"""{council}

{title}

{date_line}
Date of publication: 16 March 2028

1. Reablement Service Charges

Decision:
To approve the revised charging policy for the reablement service from 1 April 2028.

Reasons for the decision:
The policy brings charges into line with the cost of providing the service.

2. Day Centre Transport Contract

Decision:
To award the contract for day centre transport to Lowbridge Community Transport Ltd for a
period of four years at a total value of £612,000.

Reasons for the decision:
Lowbridge Community Transport Ltd submitted the most economically advantageous tender.
"""


def _rows_of(path: Path) -> Rows:
    result = process_file(str(path))
    docs = [(str(d.kind), d.committee, d.meeting_date.isoformat() if d.meeting_date else None)
            for d in result.documents if isinstance(d, Document)]
    decisions = [(str(r.source), (r.decision_text or "")[:24]) for r in result.records
                 if isinstance(r, Decision)]
    contracts = [(r.provider, r.value_gbp) for r in result.records if isinstance(r, Contract)]
    return docs, decisions, contracts


def _rows(council: str, title: str, date_line: str, tmp_path: Path) -> Rows:
    path = tmp_path / "paper.txt"
    path.write_text(_text_paper(council, title, date_line))
    return _rows_of(path)


_DECISIONS = [("decision_notice", "To approve the revised c"),
              ("decision_notice", "To award the contract fo")]
_CONTRACTS: list[tuple[str | None, float | None]] = [("Lowbridge Community Transport Ltd",
                                                       612000.0)]
_ONE_PERSONS = ([("decision", None, None)], _DECISIONS, _CONTRACTS)
_DATE_LINES = ("Date of decision: 14 March 2028", "Thursday 14 March 2028")


def test_regression_officer_decisions_title(tmp_path: Path) -> None:
    """Before, "Decisions of the Director of Adult Social Care" and "Decision of the Corporate
    Director, Growth and Environment" were classed ``other``, nothing read. An officer's post
    (a director, a head of service, the chief executive) names one person's record of
    decisions: a decision notice with no committee and no date, its decisions and award read."""
    for title in ("Decisions of the Director of Adult Social Care",
                  "Decision of the Corporate Director, Growth and Environment",
                  "DECISIONS OF THE STRATEGIC DIRECTOR FOR PLACE"):
        for date_line in _DATE_LINES:
            assert _rows("Pennock Vale District Council", title, date_line,
                         tmp_path) == _ONE_PERSONS, (title, date_line)


def test_regression_chief_executive_decisions_name_no_body(tmp_path: Path) -> None:
    """Before, "Decisions of the Chief Executive" over "Thursday 14 March 2028" was read as the
    decisions of a body "Chief Executive" meeting that day (his post's last word a body's).
    The chief executive decides alone: no committee, no meeting date."""
    for date_line in _DATE_LINES:
        assert _rows("Pennock Vale District Council", "Decisions of the Chief Executive",
                     date_line, tmp_path) == _ONE_PERSONS, date_line


def test_regression_member_decisions_under_council_name(tmp_path: Path) -> None:
    """Before, the council's name over "Decisions of the Executive Member for Housing" (or an
    officer's title) over the day of decision was read as a masthead: the council the
    committee, the day of decision its meeting's date. The title between them is one person's:
    the date is the day he decided, at no meeting of the council."""
    for title in ("Decisions of the Executive Member for Housing",
                  "Officer Decisions of the Head of Planning",
                  "Decisions of the Director of Adult Social Care"):
        for date_line in _DATE_LINES:
            assert _rows("Rushford Council", title, date_line,
                         tmp_path) == _ONE_PERSONS, (title, date_line)


def test_regression_typeset_officer_decisions_under_council_name(tmp_path: Path) -> None:
    """The same typeset: the council's name in heading type over the officer's title and a
    bold date label. Before, the council was read as the committee and the date as its
    meeting's (the director's record classed ``other``); now no body, no date."""
    source = source_lines(
        "## Rushford Council",
        "## Decisions of the Director of Environment and Highways",
        "** Date of decision: 2 March 2028",
        "** 1. Gully Cleansing",
        "** Decision:",
        "To award the contract for gully cleansing to Tarnside Drainage Services Ltd at a total "
        "cost of £240,000.",
        "** Reasons for the decision:",
        "The tender from Tarnside Drainage Services Ltd offered the best value.",
        "** 2. Winter Service Plan",
        "** Decision:",
        "To approve the winter service plan for 2028/29 as set out in the report.",
        "** Reasons for the decision:",
        "The plan must be in place before the winter season.",
    )
    assert _rows_of(rendered(source, tmp_path)) == (
        [("decision", None, None)],
        [("decision_notice", "To award the contract fo"),
         ("decision_notice", "To approve the winter se")],
        [("Tarnside Drainage Services Ltd", 240000.0)])


def test_regression_bodies_and_reports_are_not_one_persons() -> None:
    """A body of officers or members ("the Directors' Board", "the Chief Officers Group", "the
    Executive", "the Leader and Cabinet"), a report to a cabinet member, a report by a director
    and a sentence authorising a director are no one person's record of decisions."""
    for line in ("Decisions of the Cabinet", "Decisions of the Executive",
                 "Decisions of the Leader and Cabinet", "Decisions of the Directors' Board",
                 "Decisions of the Chief Officers Group", "DECISIONS OF THE DIRECTORATE",
                 "Decisions of the Head of", "Decisions of the Head of Service Panel",
                 "Decisions of the Leader, Cabinet and Committees",
                 "Report to the Cabinet Member for Housing",
                 "Report of the Director of Finance",
                 "That the Director of Finance be authorised to agree the final terms",
                 "Urgent Decisions taken by the Chief Executive"):
        assert not office_holders_title(line), line


def test_regression_bodies_decisions_keep_their_meeting(tmp_path: Path) -> None:
    """A body's decisions under the council's name keep their reading: the body and its
    meeting's date ("Decisions of the Directors' Board" over "Thursday 14 March 2028"; "...
    of the Executive" likewise), as before."""
    assert _rows("Pennock Vale District Council", "Decisions of the Directors' Board",
                 "Thursday 14 March 2028", tmp_path) == (
        [("decision", "Directors' Board", "2028-03-14")], _DECISIONS, _CONTRACTS)
    assert _rows("Pennock Vale District Council", "Decisions of the Executive",
                 "Thursday 14 March 2028", tmp_path) == (
        [("decision", "Executive", "2028-03-14")], _DECISIONS, _CONTRACTS)


def test_regression_committee_report_by_director_keeps_its_meeting(tmp_path: Path) -> None:
    """A committee's report whose author line names a director, recommending that a director
    be authorised, is still a report to its committee's meeting."""
    path = tmp_path / "report.txt"
    path.write_text("""Rushford Council

Audit and Governance Committee
Thursday 14 March 2028

Treasury Management Mid-Year Review

Report of: Director of Finance

1. Recommendations

1.1 That the Committee notes the treasury management activity for the first half of the year.

1.2 That the Director of Finance be authorised to agree the final terms of the new lending
arrangements.
""")
    docs = _rows_of(path)[0]
    assert docs == [("report", "Audit and Governance Committee", "2028-03-14")]
