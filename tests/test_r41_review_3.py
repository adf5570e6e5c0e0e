"""Review of round 41's K3 rules: a report's title and author labels under a heading naming
its meeting (segment_starts/meeting_headed_labels.py). Probes in other councils' ways: the
author's label first, and a running head naming the meeting over an appendix's own labelled
form, which is no new report."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from test_heldout_round41_k3 import _AGENDA, _REGISTER

_BODY = (
    "** 1. Purpose",
    "1.1 To seek the Committee's approval of the matter set out in the title of this report, "
    "following the public consultation held in the autumn.",
    "** 2. Recommendation",
    "2.1 That the Committee approves the policy.",
    "** 3. Background",
    "3.1 The current arrangements were last reviewed in 2023 and have been operated by the "
    "licensing team since then without significant change.",
)
_REPORT = ("report", "2028-03-08", "Licensing Committee")
_AGENDA_ROW = ("agenda", "2028-03-08", "Licensing Committee")


def _documents(tmp_path: Path, *pages: tuple[str, ...]) -> list[tuple[str, str | None,
                                                                       str | None]]:
    lines = [line for page in pages for line in ("--- page ---", *page)]
    path = rendered(source_lines(*_AGENDA, *lines), tmp_path)
    return [d for d in documents_of(path) if d[0] != "pack"]


def test_regression_author_label_over_title_label_under_a_meeting_heading(
        tmp_path: Path) -> None:
    """Another council prints "Report of:" first and "Title:" under it: the same head."""
    assert _documents(
        tmp_path,
        ("** Licensing Committee - 8 March 2028 - Item 3", "Report of:\tHead of Regulatory",
         "Title:\tStreet Trading Policy 2028-2033", *_BODY),
        ("** Licensing Committee - 8 March 2028 - Item 4", "Report by:\tHead of Regulatory",
         "Report title:\tSex Establishment Licensing Fees", *_BODY),
    ) == [_AGENDA_ROW, _REPORT, _REPORT]


def test_regression_running_head_over_an_appendix_form_starts_no_report(
        tmp_path: Path) -> None:
    """A running head naming the meeting stands on every page; an appendix's form under it
    ("Subject: Equality impact assessment", "Lead officer:") is part of the report, not a
    second one: on the agenda's page and the report's second the head has no labels under
    it."""
    assert _documents(
        tmp_path,
        ("%% header Licensing Committee - 8 March 2028",
         "** Report to the Licensing Committee - 8 March 2028",
         "Title:\tStreet Trading Policy 2028-2033", "Report of:\tHead of Regulatory", *_BODY),
        _BODY[2:],
        ("Appendix A", "Subject:\tEquality impact assessment",
         "Lead officer:\tLicensing Manager", "The assessment found no adverse impact."),
    ) == [_AGENDA_ROW, _REPORT]


def test_the_same_meeting_heading_over_each_report_of_a_pack_starts_each(
        tmp_path: Path) -> None:
    """A pack heading each report with the same line naming the council, committee and date
    (no item) is no running head: under it each time stand the title and author labels."""
    heading = "** ASHMOOR BOROUGH COUNCIL - LICENSING COMMITTEE - 8 MARCH 2028"
    assert _documents(
        tmp_path,
        (heading, "Report title:\tStreet Trading Policy 2028-2033",
         "Report by:\tHead of Regulatory", *_BODY[:4]),
        (heading, "Report title:\tSex Establishment Licensing Fees",
         "Report by:\tHead of Regulatory", *_BODY[:4]),
    ) == [_AGENDA_ROW, _REPORT, _REPORT]


def _register(line: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    tmp_path.mkdir(exist_ok=True)
    return documents_of(rendered(source_lines(*(s.format(line=line) for s in _REGISTER)),
                                 tmp_path))


def test_regression_reported_to_a_body_on_a_weekday_and_date(tmp_path: Path) -> None:
    """"Reported to the <body> on Thursday 20th January 2028." names the body without its
    "on": the name ends where "on" and a weekday start the date."""
    assert _register("Reported to the Audit and Governance Committee on Thursday 20th January "
                     "2028.", tmp_path) == [
        ("risk_register", "2028-01-20", "Audit and Governance Committee")]


def test_regression_reported_to_a_bodys_chair_names_no_committee(tmp_path: Path) -> None:
    """A paper reported to a body's chair went to a person, not to the body's meeting."""
    assert _register("Reported to the Chair of the Audit and Governance Committee, 20 January "
                     "2028", tmp_path) == [("risk_register", None, None)]


def test_reported_to_in_capitals_and_with_a_dash(tmp_path: Path) -> None:
    """The line in capitals, or the date after a dash, addresses the register the same."""
    want = [("risk_register", "2028-01-20", "Audit and Governance Committee")]
    assert _register("REPORTED TO THE AUDIT AND GOVERNANCE COMMITTEE, 20 JANUARY 2028",
                     tmp_path / "caps") == want
    assert _register("Reported to Audit and Governance Committee – 20 January 2028",
                     tmp_path / "dash") == want


def test_regression_reported_to_a_body_then_its_date_without_a_comma(tmp_path: Path) -> None:
    """"Reported to the <body> 20 January 2028", no comma between: the line is still the body
    and its date alone; a sentence running on past the date is still none."""
    assert _register("Reported to the Audit and Governance Committee 20 January 2028",
                     tmp_path / "bare") == [
        ("risk_register", "2028-01-20", "Audit and Governance Committee")]
    assert _register("Reported to the Audit and Governance Committee 20 January 2028 and "
                     "revised since", tmp_path / "sentence") == [("risk_register", None, None)]
