"""A meeting's record of its decisions ("Record of Decisions", "Decisions of the Cabinet",
"Schedule of Decisions") that prints each item's resolution as minutes do, "RESOLVED:" (or
"RESOLVED that ...", "RESOLVED -") under the item's number and title, in place of a
"Decision:" label: classed a decision record (or, under the last two titles, not at all) but
read as giving no decisions. Each item's resolution is one ``decision_notice`` decision, as
the set gives a record of decisions labelled "Decision:". Small papers in other councils'
words; the traps a record prints under its items (reasons, alternative options, the
recommendation beside the decision, the publication and call-in dates) are read as nothing."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

Row = tuple[str, str | None, str | None, str, str]


def _rows(path: Path) -> list[Row]:
    """Each decision's source, item number, item title, words and outcome."""
    return [(d.source, d.agenda_item_ref, d.title, d.decision_text, d.outcome)
            for d in process_file(str(path)).records if isinstance(d, Decision)]


def _items(label: str = "RESOLVED:") -> tuple[str, ...]:
    """A record's items, each resolution under ``label`` alone on its line, the traps under
    them."""
    return (
        "** 5. Car Parking Charges 2027/28",
        label,
        "That the car parking charges set out in Appendix 1 be approved from 1 April 2027.",
        "Reasons for the decision: To recover the cost of running the car parks.",
        "Alternative options considered: To freeze charges; rejected as unaffordable.",
        "** 6. Leisure Centre Refurbishment",
        # (run on after the label: "RESOLVED that ...", "Decision: That ...")
        ("RESOLVED that" if label == "RESOLVED:" else "Decision: That")
        + " the refurbishment of Millbrook Leisure Centre be deferred to the June meeting.",
        "** 7. Climate Action Plan Update",
        label,
        "That the progress on the Climate Action Plan be noted.",
        "Published on: 11 March 2027",
        "Call-in expires: 18 March 2027",
    )


_ROWS: list[Row] = [
    ("decision_notice", "5", "Car Parking Charges 2027/28",
     "That the car parking charges set out in Appendix 1 be approved from 1 April 2027.",
     "approved"),
    ("decision_notice", "6", "Leisure Centre Refurbishment",
     "that the refurbishment of Millbrook Leisure Centre be deferred to the June meeting.",
     "deferred"),
    ("decision_notice", "7", "Climate Action Plan Update",
     "That the progress on the Climate Action Plan be noted.", "noted"),
]


def test_record_of_decisions_reads_each_items_resolved(tmp_path: Path) -> None:
    """Before, a "Record of Decisions" whose items print "RESOLVED:" (alone over the words, or
    "RESOLVED that ..." run on) gave no decisions, its reader looking for "Decision:" alone.
    Where a record labels no decision so and each "RESOLVED" has an item's heading above it,
    each resolution is its item's decision; the reasons, alternatives, publication and call-in
    lines under it are none."""
    source = source_lines("## WESTBRIDGE DISTRICT COUNCIL", "## RECORD OF DECISIONS",
                          "** Cabinet - Tuesday 9 March 2027", *_items())
    path = rendered(source, tmp_path)
    assert documents_of(path) == [("decision", "2027-03-09", "Cabinet")]
    assert _rows(path) == _ROWS


def test_record_of_decisions_as_plain_text(tmp_path: Path) -> None:
    """The same record published as plain text, its items "5. Title" over "RESOLVED -"."""
    path = tmp_path / "decisions.txt"
    path.write_text("""KESTERFORD BOROUGH COUNCIL

RECORD OF DECISIONS

Executive - Thursday 14 January 2027

41. Housing Allocations Policy Review

RESOLVED -
That the revised Housing Allocations Policy be approved.

Reasons for the decision: To meet the Council's duties under the Housing Act 1996.

42. Garden Waste Subscription Charge

RESOLVED -
That the garden waste subscription charge be set at 52 pounds for 2027/28.

Date of publication: 18 January 2027
""")
    assert documents_of(path) == [("decision", "2027-01-14", "Executive")]
    assert _rows(path) == [
        ("decision_notice", "41", "Housing Allocations Policy Review",
         "That the revised Housing Allocations Policy be approved.", "approved"),
        ("decision_notice", "42", "Garden Waste Subscription Charge",
         "That the garden waste subscription charge be set at 52 pounds for 2027/28.", "other"),
    ]


def test_recommendation_beside_the_resolution_is_not_read(tmp_path: Path) -> None:
    """Before, an item printing the report's "Recommendation:" over its "RESOLVED:" was read
    as one decision of both (the recommendation's words first), the other items none. The
    resolution is the decision; the recommendation beside it, and Title Case reasons and
    alternatives under it, are not; a resolution of numbered parts is one decision."""
    source = source_lines(
        "## KESTERFORD BOROUGH COUNCIL", "## RECORD OF DECISIONS",
        "** Executive - Thursday 14 January 2027",
        "** 41. Housing Allocations Policy Review",
        "Recommendation: That the Executive approves the revised Housing Allocations Policy.",
        "RESOLVED: That the revised Housing Allocations Policy be approved, subject to the "
        "removal of paragraph 4.2.",
        "Reasons for the Decision: To meet the Council's duties under the Housing Act 1996.",
        "Alternative Options Considered: To retain the existing policy, which is out of date.",
        "** 42. Waste Collection Vehicles",
        "RESOLVED -",
        "(1) That the contract for the supply of twelve refuse collection vehicles be awarded to "
        "Dennis Fleet Ltd.",
        "(2) That the Director of Environment be authorised to sign the contract.",
        "Reasons for the Decision: The tender was the most economically advantageous.",
        "Date of publication: 18 January 2027",
    )
    assert _rows(rendered(source, tmp_path)) == [
        ("decision_notice", "41", "Housing Allocations Policy Review",
         "That the revised Housing Allocations Policy be approved, subject to the removal of "
         "paragraph 4.2.", "approved"),
        ("decision_notice", "42", "Waste Collection Vehicles",
         "(1) That the contract for the supply of twelve refuse collection vehicles be awarded "
         "to Dennis Fleet Ltd.\n(2) That the Director of Environment be authorised to sign the "
         "contract.", "approved"),
    ]


def test_decisions_of_the_body_titled_record_with_resolved(tmp_path: Path) -> None:
    """Before, a record titled "DECISIONS OF THE CABINET" whose items print "RESOLVED:" was
    classed other (the title counted only over items labelled "Decision:"). An item's
    "RESOLVED" in capitals opening its line is such a record's label too."""
    source = source_lines("## WESTBRIDGE DISTRICT COUNCIL", "## DECISIONS OF THE CABINET",
                          "** Tuesday 9 March 2027", *_items())
    path = rendered(source, tmp_path)
    assert documents_of(path) == [("decision", "2027-03-09", "Cabinet")]
    assert _rows(path) == _ROWS


def test_schedule_of_decisions_is_a_decision_record(tmp_path: Path) -> None:
    """Before, a "SCHEDULE OF DECISIONS" was classed other whatever its items printed. Titled
    so over items that print their "Decision:" or "RESOLVED:", it is a record of decisions."""
    for label in ("RESOLVED:", "Decision:"):
        source = source_lines("## WESTBRIDGE DISTRICT COUNCIL", "## SCHEDULE OF DECISIONS",
                              "** Cabinet - Tuesday 9 March 2027", *_items(label))
        path = rendered(source, tmp_path, label[:-1])
        assert documents_of(path) == [("decision", "2027-03-09", "Cabinet")], label
        assert [row[1] for row in _rows(path)] == ["5", "6", "7"], label


def test_minutes_resolutions_stay_minutes(tmp_path: Path) -> None:
    """Guard: minutes whose items print "RESOLVED:" are minutes still, their resolutions
    ``minutes`` decisions (the record's rule reads a paper the classifier calls a decision)."""
    path = tmp_path / "minutes.txt"
    path.write_text("""WESTBRIDGE DISTRICT COUNCIL

MINUTES of the meeting of the CABINET held on Tuesday 9 March 2027

Present: Councillor A. Lowe (Chair), Councillors B. Marsh and C. Penn.

5. CAR PARKING CHARGES 2027/28

The Cabinet considered the report of the Director of Place.

RESOLVED: That the car parking charges set out in Appendix 1 be approved.

6. LEISURE CENTRE REFURBISHMENT

RESOLVED: That the refurbishment of Millbrook Leisure Centre be deferred.

The meeting closed at 7.45 pm.
""")
    assert documents_of(path)[0][0] == "minutes"
    assert {row[0] for row in _rows(path)} == {"minutes"}


def test_resolution_quoted_without_an_items_heading_is_no_label(tmp_path: Path) -> None:
    """Guard: an officer's record of one decision whose background quotes a committee's
    resolution on a line of its own ("RESOLVED that ..."), no item's heading above it, reads
    its own decision, not the quoted one."""
    path = tmp_path / "officer.txt"
    path.write_text("""ASHWORTH COUNTY COUNCIL

OFFICER RECORD OF DECISION

Decision taker: Director of Highways
Date of decision: 2 February 2027
Subject: Winter Maintenance Salt Supply

Background: On 12 January 2027 the Highways Committee
RESOLVED that the Director be authorised to secure the salt supply.

Decision: To buy 4,000 tonnes of rock salt from the regional framework.

Reasons for the decision: To keep the strategic stock above its minimum.
""")
    assert [row[3] for row in _rows(path)] == [
        "To buy 4,000 tonnes of rock salt from the regional framework."]
