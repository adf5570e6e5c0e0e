"""Regression tests for the misses of held-out round 41's family K3 (packs: documents, kinds,
dates and committees): a pack's reports headed only by a line naming the meeting ("Employment
Committee - 1 February 2028 - Item 4", or the council's and committee's names and the date
wrapped over two lines) over two labels, "Title:" and "Report of:"; and a register "Reported to
the <body>, <date>". Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

_AGENDA = (
    "## Ashmoor Borough Council",
    "!! Licensing Committee",
    "Date:\tWednesday 8 March 2028, 6.00 pm",
    "Place:\tCommittee Room 1, Civic Centre",
    "** Agenda",
    "1. Apologies for absence",
    "2. Declarations of interest",
    "3. Street Trading Policy 2028-2033",
    "4. Sex Establishment Licensing Fees",
)


def _report(heading: str, title: str, author_label: str, recommendation: str) -> tuple[str, ...]:
    return (
        "--- page ---",
        f"** {heading}",
        f"{title}",
        f"{author_label}\tHead of Regulatory Services",
        "** 1. Purpose",
        "1.1 To seek the Committee's approval of the matter set out in the title of this "
        "report, following the public consultation held in the autumn.",
        "** 2. Recommendation",
        f"2.1 {recommendation}",
        "** 3. Background",
        "3.1 The current arrangements were last reviewed in 2023 and have been operated by the "
        "licensing team since then without significant change.",
    )


def _pack(first_heading: str, second_heading: str, author_label: str = "Report of:") -> str:
    return source_lines(
        *_AGENDA,
        *_report(first_heading, "Title:\tStreet Trading Policy 2028-2033", author_label,
                 "That the Committee approves the Street Trading Policy 2028-2033."),
        *_report(second_heading, "Report title:\tSex Establishment Licensing Fees", author_label,
                 "That the Committee approves the fees set out in Appendix 1 from 1 April "
                 "2028."),
    )


_WANT = [
    ("agenda", "2028-03-08", "Licensing Committee"),
    ("report", "2028-03-08", "Licensing Committee"),
    ("report", "2028-03-08", "Licensing Committee"),
]


def _documents_and_asks(path: Path) -> tuple[list[tuple[str, str | None, str | None]],
                                              list[str]]:
    docs = [d for d in documents_of(path) if d[0] != "pack"]
    asks = [" ".join(d.decision_text.split()) for d in process_file(str(path)).records
            if isinstance(d, Decision)]
    return docs, asks


def test_title_and_author_labels_under_a_meeting_heading_start_a_report(
        tmp_path: Path) -> None:
    """Before, a report headed only by a line naming its meeting and item ("Licensing
    Committee - 8 March 2028 - Item 3") over "Title:" and "Report of:" started no paper: two
    labels are fewer than a header block's three, and the pack was one agenda holding both
    reports. The heading has said which meeting the paper goes to, as a "Report to:" label
    would: the title and its author under it are a report's head."""
    path = rendered(_pack("Licensing Committee - 8 March 2028 - Item 3",
                          "Licensing Committee - 8 March 2028 - Item 4"), tmp_path)
    docs, asks = _documents_and_asks(path)
    assert docs == _WANT
    assert asks == ["That the Committee approves the Street Trading Policy 2028-2033.",
                    "That the Committee approves the fees set out in Appendix 1 from 1 April "
                    "2028."]


def test_meeting_heading_wrapped_over_two_lines(tmp_path: Path) -> None:
    """The heading in capitals naming the council, the committee and the date, wrapped so its
    year stands alone on the next line, is read joined; "Report by:" is an author's label as
    "Report of:" is."""
    # (set as a heading, the line wraps before "MARCH 2028")
    heading = "ASHMOOR BOROUGH COUNCIL - LICENSING COMMITTEE - WEDNESDAY 8 MARCH 2028"
    path = rendered(_pack(heading, heading, author_label="Report by:"), tmp_path)
    assert _documents_and_asks(path)[0] == _WANT


def test_title_label_under_a_heading_naming_no_meeting_starts_nothing(tmp_path: Path) -> None:
    """A heading naming no meeting and its date ("Briefing note") over "Title:" and "Report
    of:" is not read as a report's head by this rule: the reports stay in the agenda."""
    path = rendered(_pack("Briefing note for members", "Briefing note for members"), tmp_path)
    assert [d[0] for d in documents_of(path)] == ["agenda"]


_REGISTER = (
    "%% header Ashwell City Council - Programme Risk Register",
    "## ASHWELL CITY COUNCIL",
    "## HOUSING DELIVERY PROGRAMME RISK REGISTER",
    "** {line}",
    "Each risk is scored for Likelihood and Impact on a scale of 1 to 5.",
    "|# Risk ID | Risk | Likelihood | Impact | Score | Owner |",
    "| HD1 | Contractor insolvency delays the programme | 3 | 4 | 12 | Director of Housing |",
    "| HD2 | Grant funding is withdrawn | 2 | 5 | 10 | Head of Finance |",
)


def test_register_reported_to_its_body_on_its_date(tmp_path: Path) -> None:
    """Before, a register whose only address was "Reported to the <body>, <date>" under its
    title got no meeting and no committee; the line says what "Presented to the <body>,
    <date>" does."""
    paper = source_lines(*(s.format(line="Reported to the Audit and Governance Committee, "
                                         "20 January 2028") for s in _REGISTER))
    assert documents_of(rendered(paper, tmp_path)) == [
        ("risk_register", "2028-01-20", "Audit and Governance Committee")]


def test_reported_to_in_a_sentence_names_no_meeting(tmp_path: Path) -> None:
    """A sentence that opens "Reported to the ..." and runs on past the date is no address."""
    paper = source_lines(*(s.format(line="Reported to the Audit and Governance Committee on "
                                         "20 January 2028, the register was then revised.")
                           for s in _REGISTER))
    assert [committee for _, _, committee in documents_of(rendered(paper, tmp_path))] == [None]
