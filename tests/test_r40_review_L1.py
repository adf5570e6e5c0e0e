"""Review of round 40's officers' decision records (fix40L1): close variants of an officer's
post and of the record's name that the fix's rule missed, and bodies named in the plural that
it took for one person's. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.models import Decision, Document
from kcc_papers.pipeline import process_file


def _paper(title: str) -> str:
    return f"""Harlow Moor Borough Council

{title}

Thursday 9 November 2028

1. Street Lighting Maintenance

Decision:
To award the street lighting maintenance contract to Brightway Lighting Ltd for three years.

Reasons for the decision:
Brightway Lighting Ltd submitted the most economically advantageous tender.

2. Allotment Rents

Decision:
To approve the revised allotment rents from 1 April 2029.

Reasons for the decision:
The rents have not been reviewed since 2023.
"""


def _docs(title: str, tmp_path: Path) -> tuple[list[tuple[str, str | None, str | None]], int]:
    path = tmp_path / "paper.txt"
    path.write_text(_paper(title))
    result = process_file(str(path))
    docs = [(str(d.kind), d.committee, d.meeting_date.isoformat() if d.meeting_date else None)
            for d in result.documents if isinstance(d, Document)]
    return docs, sum(isinstance(r, Decision) for r in result.records)


_ONE_PERSONS = ([("decision", None, None)], 2)


def test_regression_assistant_chief_executive_decisions(tmp_path: Path) -> None:
    """Before, an assistant chief executive's record (his post not among the fix's, which had
    only the chief executive and his deputy) was read as a body's or nothing: one person."""
    for title in ("Decisions of the Assistant Chief Executive",
                  "Decisions of the Assistant Chief Executive for Governance"):
        assert office_holders_title(title), title
        assert _docs(title, tmp_path) == _ONE_PERSONS, title


def test_regression_director_service_after_dash(tmp_path: Path) -> None:
    """Before, a director's service set off by a spaced dash ("Corporate Director – Place",
    the house style of many councils for what others set off by a comma) was missed."""
    for title in ("Decision of the Corporate Director – Place",
                  "Decisions of the Strategic Director - Growth and Environment",
                  "DECISIONS OF THE ACTING DIRECTOR OF HOUSING"):
        assert office_holders_title(title), title
        assert _docs(title, tmp_path) == _ONE_PERSONS, title


def test_regression_record_of_officer_decisions() -> None:
    """"Record of Officer Decisions of the Head of Planning" names the record as "Record of
    Decisions" and "Officer Decisions" do; the name alone, whose it is unsaid, is not."""
    assert office_holders_title("Record of Officer Decisions of the Head of Planning")
    assert not office_holders_title("Record of Officer Decisions")


def test_regression_plural_body_word_is_bodies() -> None:
    """A name ending in a body's word in the plural ("Head of Service Panels", "... Boards")
    is those bodies', as the word in the singular is the body's: not one person's."""
    for line in ("Decisions of the Head of Service Panels",
                 "Decisions of the Director of Public Health Boards",
                 "Decisions of the Chief Executive - Place"):
        assert not office_holders_title(line), line


def test_regression_chief_finance_officer_decisions(tmp_path: Path) -> None:
    """Before, the chief finance officer's record (a chief officer named by his service, "Chief
    Finance Officer") was classed ``other``, its decisions lost; a body of chief officers
    ("Chief Officers Group") stays a body."""
    for title in ("Decisions of the Chief Finance Officer",
                  "Decisions of the Chief Financial Officer"):
        assert _docs(title, tmp_path) == _ONE_PERSONS, title
    assert not office_holders_title("Decisions of the Chief Finance Officers")


def test_regression_director_title_wrapped_at_comma(tmp_path: Path) -> None:
    """Before, a director's title wrapped at its comma ("Decisions of the Corporate Director,"
    over "Growth and Environment") was classed ``other``, its decisions lost: the line ending
    at the comma is the same one person's title."""
    assert _docs("Decisions of the Corporate Director,\nGrowth and Environment",
                 tmp_path) == _ONE_PERSONS
    assert not office_holders_title("Decisions of the Leader,")
