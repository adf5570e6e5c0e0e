"""Review of held-out round 20's fixes, part D: the text agenda's prose measure (a title line
ending well short of it was ended by its writer) read from lines that end together, and the
CLI's main-only script. Each regression test fails with its fix reverted."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# A title hand-wrapped at the agenda's measure (some 75 characters), its line ending on a word
# that leaves no open end ("Provision" over "Policy and ...").
WRAPPED_TITLE = """\
3.   Treasury Management Strategy Statement, Minimum Revenue Provision
     Policy and Annual Investment Strategy 2027/28
"""

EXPECTED = [
    ("1", "Apologies for Absence"), ("2", "Minutes of the Previous Meeting"),
    ("3", "Treasury Management Strategy Statement, Minimum Revenue Provision Policy and "
          "Annual Investment Strategy 2027/28"),
    ("4", "Internal Audit Progress Report")]


def _paper(tail: str) -> str:
    return f"""HOLLOWAY VALE BOROUGH COUNCIL

AUDIT AND GOVERNANCE COMMITTEE

Wednesday 17th February 2027 at 6.30 pm, Committee Room 1, Town Hall, Holloway

AGENDA

1.   Apologies for Absence

2.   Minutes of the Previous Meeting

{WRAPPED_TITLE}
4.   Internal Audit Progress Report

{tail}"""


def test_regression_text_measure_not_one_unwrapped_line(tmp_path: Path) -> None:
    # one contact sentence left unwrapped (some 160 characters) is no measure the agenda was
    # wrapped to: the title's first line ends near the agenda's own and goes on below
    paper = tmp_path / "agenda.txt"
    paper.write_text(_paper(
        "For further information about this agenda please contact Democratic Services on "
        "01632 960123 or email committees@hollowayvale.example.gov.uk quoting the date.\n"))
    assert _agenda(paper) == EXPECTED


def test_regression_text_measure_not_a_markdown_tables_rows(tmp_path: Path) -> None:
    # a Markdown table's rows written unpadded end close together, wider than the agenda's
    # lines, but they are no prose its writer wrapped
    paper = tmp_path / "agenda.md"
    paper.write_text(_paper(
        "| Member of the committee | Role on the committee | Attendance at meetings this year |\n"
        "|---|---|---|\n"
        "| Councillor A. Brightwell-Hay | Chair of the Audit and Governance Committee | "
        "Five of six |\n"
        "| Councillor P. Osei-Mensah | Vice-Chair of the Audit and Governance Committee | "
        "Six of six |\n"
        "| Mr K. Lindgren (co-opted) | Independent member of the Audit Committee | "
        "Four of six |\n"))
    assert _agenda(paper) == EXPECTED


def test_hand_wrapped_prose_still_sets_the_measure(tmp_path: Path) -> None:
    # the round's own case kept: prose wrapped to its measure (three lines ending together),
    # a title line ending far short of it, and a description under it
    paper = tmp_path / "agenda.txt"
    paper.write_text("""HOLLOWAY VALE BOROUGH COUNCIL

LICENSING COMMITTEE

AGENDA

1.   Apologies for Absence

2.   Review of the Street Trading Policy
     Verbal update of the Licensing Manager.

3.   Date of Next Meeting

Members of the public may attend this meeting in person, or may watch it live on
the Council's website, where a recording will remain available for six months
after the meeting; please contact Democratic Services if you need assistance.
""")
    assert _agenda(paper) == [
        ("1", "Apologies for Absence"), ("2", "Review of the Street Trading Policy"),
        ("3", "Date of Next Meeting")]
