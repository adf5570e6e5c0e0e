"""Regression tests for held-out round 35's misses of family K2 (a landscape dashboard rated by
colour fill, and metrics rated in words): a report's head labelling its meeting by the kind of
body it goes to ("Panel: ...") and dating it by "Meeting: <date>"; a dashboard rating each
quarter in a status column of its own, an earlier quarter's status before the latest's; and
two zebra tables a caption apart, the second's header band cut at other columns. Small papers
in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.extract.meetings.kind_labels import body_kind_value

# ------------------------------------------------ a meeting labelled by its body's kind


def _labelled_report(body_label: str, meeting_label: str) -> str:
    return source_lines(
        "!! ASHWORTH BOROUGH COUNCIL",
        "## Annual Review of Licensing Fees 2027/28",
        body_label,
        meeting_label,
        "Report author:\tHead of Licensing",
        "** Purpose",
        "To set the licensing fees for 2027/28.",
        "** Recommendation",
        "That the Forum recommends the fees in Appendix 1 for approval.",
        "** Background",
        "Fees are set each year to recover the cost of the licensing service.",
    )


def test_body_kind_label_names_the_meeting(tmp_path: Path) -> None:
    """Before, "Forum: ..." was no label the report's head was read for (only "To:",
    "Committee:", "Meeting:"), and "Meeting:" over a date alone dated nothing: the document
    had no committee and no date."""
    src = _labelled_report("Forum:\tLicensing Trade Forum", "Meeting:\tWednesday 3 March 2027")
    (doc,) = documents_of(rendered(src, tmp_path))
    assert doc[1:] == ("2027-03-03", "Licensing Trade Forum")


def test_body_kind_label_listing_members_names_no_meeting() -> None:
    """Guard: "Board:" over the board's members (a name ending in another word) or the kind's
    word alone names no body."""
    assert body_kind_value("Board:\tCllr Ruth Amberley (Chair, Hollins County Council)") is None
    assert body_kind_value("Panel:\tPanel") is None
    assert body_kind_value("Panel:\tPlaces Scrutiny Panel, 9 May 2027") == (
        "Places Scrutiny Panel, 9 May 2027")
