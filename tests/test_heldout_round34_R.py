"""Held-out round 34, risk registers and risk-like tables: the misses fixed, each on a small
paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines

# A register's cover: the meeting it goes to given by a "Presented to:" label, its date after
# the committee's name.
PRESENTED_TO = source_lines(
    "## Corporate Risk Register - March 2028",
    "Presented to:\t{to}",
    "Owner:\tChief Executive",
    "| Ref | Risk | Likelihood | Impact | Score |",
    "| CR1 | Failure to deliver the savings programme | 4 | 4 | 16 |",
    "| CR2 | Loss of the main depot to flooding | 2 | 5 | 10 |",
)


def test_a_presented_to_label_names_the_meeting_and_its_date(tmp_path: Path) -> None:
    paper = rendered(PRESENTED_TO.format(to="Standards and Audit Committee, 14 March 2028"),
                     tmp_path)
    assert documents_of(paper) == [
        ("risk_register", "2028-03-14", "Standards and Audit Committee")]


def test_a_register_presented_to_a_person_names_no_meeting(tmp_path: Path) -> None:
    paper = rendered(PRESENTED_TO.format(to="Director of Resources, 14 March 2028"), tmp_path)
    assert documents_of(paper) == [("risk_register", None, None)]
