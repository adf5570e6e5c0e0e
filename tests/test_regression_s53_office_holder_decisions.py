"""One office holder's record of decisions titled by whose they are: "Decisions of the Cabinet
Member for Housing and Regeneration", "DECISIONS OF THE LEADER OF THE COUNCIL". Before, the
cabinet member's record was classed ``other`` (its decisions and the contract it awarded lost)
and the leader's took its title as a body's name, dated by the day of decision. One person's
record is a decision notice with no committee and no meeting date; a body's decisions ("Decisions
of the Cabinet") and a report about a member's decision are not read so. Small papers in other
councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.models import Contract, Decision, Document
from kcc_papers.pipeline import process_file


def _paper(title: str) -> str:
    return f"""Ashcombe Vale District Council

{title}

Date of decision: 14 October 2027
Date of publication: 16 October 2027
Call-in expiry: 23 October 2027 at 5pm

1. Tenancy Support Grant Scheme

Decision:
To approve the revised Tenancy Support Grant Scheme for 2027/28 as set out in the report.

Reasons for the decision:
The revised scheme will help more tenants to sustain their tenancies.

2. Void Property Repairs Contract

Decision:
To award the contract for void property repairs to Harnwell Building Services Ltd for a
period of three years at a total value of £1,450,000.

Reasons for the decision:
Harnwell Building Services Ltd submitted the most economically advantageous tender.
"""


Rows = tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str]],
             list[tuple[str | None, float | None]]]


def _rows(title: str, tmp_path: Path) -> Rows:
    path = tmp_path / "paper.txt"
    path.write_text(_paper(title))
    result = process_file(str(path))
    docs = [(str(d.kind), d.committee, d.meeting_date.isoformat() if d.meeting_date else None)
            for d in result.documents if isinstance(d, Document)]
    decisions = [(str(r.source), (r.decision_text or "")[:24]) for r in result.records
                 if isinstance(r, Decision)]
    contracts = [(r.provider, r.value_gbp) for r in result.records if isinstance(r, Contract)]
    return docs, decisions, contracts


_DECISIONS = [("decision_notice", "To approve the revised T"),
              ("decision_notice", "To award the contract fo")]
_CONTRACTS: list[tuple[str | None, float | None]] = [("Harnwell Building Services Ltd",
                                                       1450000.0)]


def test_regression_cabinet_member_decisions_title(tmp_path: Path) -> None:
    """Before, "Decisions of the Cabinet Member for ..." (in capitals or not) was classed
    ``other`` and nothing was read. The title names one office holder's decisions: a
    decision notice with no committee and no date, its decisions and award read."""
    for title in ("DECISIONS OF THE CABINET MEMBER FOR HOUSING AND REGENERATION",
                  "Decisions of the Cabinet Member for Housing",
                  "Decisions taken by the Portfolio Holder for Planning and Growth",
                  "Decisions made by the Executive Member for Adults, Health & Wellbeing"):
        assert _rows(title, tmp_path) == ([("decision", None, None)], _DECISIONS,
                                          _CONTRACTS), title


def test_regression_leader_decisions_title_names_no_body(tmp_path: Path) -> None:
    """Before, "DECISIONS OF THE LEADER OF THE COUNCIL" over "Date of decision: ..." was read
    as a masthead, the title the committee's name and the day of decision its meeting's date.
    The leader decides alone: no committee, no meeting date."""
    for title in ("DECISIONS OF THE LEADER OF THE COUNCIL", "Decisions of the Elected Mayor"):
        assert _rows(title, tmp_path) == ([("decision", None, None)], _DECISIONS,
                                          _CONTRACTS), title


def test_regression_body_decisions_are_not_one_persons() -> None:
    """A body's decisions ("Decisions of the Cabinet", "... of the Planning Committee", "...
    of the Mayor and Cabinet") and a report about a member's decision are no office holder's
    record; the office holder's forms are."""
    for body in ("Decisions of the Cabinet", "DECISIONS OF THE PLANNING COMMITTEE",
                 "Decisions of the Mayor and Cabinet", "Decisions of the Leader and Cabinet",
                 "Report on the decision of the Cabinet Member for Housing",
                 "Call-in of the decisions of the Cabinet Member for Housing 2027"):
        assert not office_holders_title(body), body
    for person in ("Decisions of the Lead Member for Children's Services",
                   "Decision of the Deputy Leader", "DECISIONS MADE BY THE CABINET MEMBER"):
        assert office_holders_title(person), person


def test_regression_body_decisions_keep_their_reading(tmp_path: Path) -> None:
    """The cabinet's record keeps its reading as before (classed a decision record)."""
    docs, decisions, contracts = _rows("Decisions of the Cabinet", tmp_path)
    assert [d[0] for d in docs] == ["decision"]
    assert decisions == _DECISIONS and contracts == _CONTRACTS


def test_regression_report_about_member_decision_is_not_a_record(tmp_path: Path) -> None:
    """A report whose paper says it is a report on a cabinet member's decision, with no title
    of a record of decisions, is not classed by this rule: its title is no office holder's
    record's."""
    path = tmp_path / "report.txt"
    path.write_text("""Ashcombe Vale District Council

Report to: Overview and Scrutiny Committee
Date of meeting: 3 November 2027

Report on the Decisions of the Cabinet Member for Housing called in

1. Purpose of the report

1.1 This report sets out the reasons given by members for calling in the decision of the
Cabinet Member for Housing to revise the Tenancy Support Grant Scheme.

2. Recommendations

2.1 That the Committee considers the call-in and decides whether to refer the decision back.
""")
    kinds = [d.kind for d in process_file(str(path)).documents]
    assert kinds == ["report"]


def test_regression_typeset_member_decisions_title(tmp_path: Path) -> None:
    """The same record typeset, its title in heading type over bold labels: before, classed
    ``other`` with nothing read; now the cabinet member's decision notice, no body, no date."""
    source = source_lines(
        "%% header KELSHAM BOROUGH COUNCIL",
        "## Decisions of the Cabinet Member for Environment and Streetscene",
        "** Date of decision: 2 March 2028",
        "** Call-in expiry: 10 March 2028",
        "** 1. Street Cleansing Vehicles",
        "** Decision:",
        "To award the contract for the supply of six street cleansing vehicles to Dunmore "
        "Municipal Vehicles Ltd at a total cost of £780,000.",
        "** Reasons for the decision:",
        "The tender from Dunmore Municipal Vehicles Ltd offered the best value.",
        "** 2. Litter Enforcement Pilot",
        "** Decision:",
        "To extend the litter enforcement pilot in the town centre for a further six months.",
        "** Reasons for the decision:",
        "The pilot has reduced littering in the town centre.",
    )
    path = rendered(source, tmp_path)
    assert documents_of(path) == [("decision", None, None)]
    result = process_file(str(path))
    assert [(str(r.source), (r.decision_text or "")[:24]) for r in result.records
            if isinstance(r, Decision)] == [("decision_notice", "To award the contract fo"),
                                            ("decision_notice", "To extend the litter enf")]
    assert [(r.provider, r.value_gbp) for r in result.records if isinstance(r, Contract)] == [
        ("Dunmore Municipal Vehicles Ltd", 780000.0)]
