"""Held-out round 30, documents and KPIs (second pass): the rules the round's last misses of
the family showed, each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import documents_of, pack_documents, source_lines
from kcc_papers.extract import kpis
from kcc_papers.extract.meetings.subject_dates import subject_dated
from kcc_papers.models import Kpi

# A joint committee's pack (r30c floating bridge): each report's page under the committee's
# masthead, its stamp, then its title; one title dated by what it sets ("Tolls and Charges
# from 1 April 2031"), short enough to pass for the masthead's date line.
JOINT_PACK = source_lines(
    "<< Tamar Ferry Joint Committee",
    "** AGENDA",
    "for the meeting to be held on Thursday 6 March 2031 at 6.30 pm in the Guildhall",
    "1. Apologies",
    "2. Fees and Charges from 1 April 2031",
    "3. Ramp Replacement",
    "--- page ---",
    "<< Tamar Ferry Joint Committee",
    "** Agenda Item 2",
    "## Fees and Charges from 1 April 2031",
    "Report of the Treasurer",
    "** Recommendation",
    "That the Joint Committee approves the fees set out in the table.",
    "| Fee | Current | From 1 April 2031 |",
    "| Car, single crossing | £1.90 | £2.00 |",
    "| Motorcycle | £0.70 | £0.70 |",
    "--- page ---",
    "<< Tamar Ferry Joint Committee",
    "** Agenda Item 3",
    "## Ramp Replacement",
    "Report of the Ferry Manager",
    "** Recommendation",
    "That the Joint Committee approves the replacement of the Tamar side ramp.",
)


def test_a_title_dated_by_its_subject_under_the_masthead_is_no_meeting_date(
        tmp_path: Path) -> None:
    docs = pack_documents(JOINT_PACK, tmp_path)
    assert [(kind, date) for kind, date, _ in docs] == [
        ("agenda", "2031-03-06"), ("report", "2031-03-06"), ("report", "2031-03-06")]


def test_a_date_line_is_no_subject_dated_title() -> None:
    assert subject_dated("Tolls and Charges from 1 April 2031")
    assert subject_dated("Parking Charges with effect from 1st April 2029")
    assert not subject_dated("Thursday 6 March 2031 at 6.30 pm")
    assert not subject_dated("Council Chamber - 6 March 2031")
    assert not subject_dated("Meeting held on 6 March 2031")
    assert not subject_dated("6 March 2031 (adjourned from 27 February 2031)")


# A scrutiny panel's ModernGov text pack (r30d): the agenda, then the panel's own work
# programme as the last item's page, a table of the business it will take.
PANEL_PACK = "\f".join([
    """                 HOLMEBRIDGE METROPOLITAN BOROUGH COUNCIL

                         COMMUNITIES SCRUTINY PANEL

Date:     Thursday, 3 July 2031
Time:     6.00 pm

                                 AGENDA

1.    Apologies for Absence

2.    Declarations of Interest

3.    Work Programme 2031/32                                         3 - 4
""",
    """                                                          Agenda Item 3

                 HOLMEBRIDGE METROPOLITAN BOROUGH COUNCIL

                  COMMUNITIES SCRUTINY PANEL - WORK PROGRAMME 2031/32

     Meeting          Item                                        Lead
     ---------------  ------------------------------------------  -----------------
     18 September     Community Safety Partnership annual report   Community Safety
     13 November      Library service review consultation         Libraries
     22 January       VCS grants programme 2032/33                Communities
""",
])


def test_a_committees_own_work_programme_page_is_a_report(tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(PANEL_PACK)
    kinds = [kind for kind, _, _ in documents_of(path) if kind != "pack"]
    assert kinds == ["agenda", "report"]


# A contract's KPIs in a text export's table set out in spaces under a dashed rule: a figure
# wider than its column runs up to its RAG word with one space ("2,387,450 Amber").
SPACED_KPIS = """Report to:       Communities Scrutiny Panel

Subject:         Voluntary Sector Infrastructure Contract: Annual Performance Report

1.   The annual results against the contract targets are set out below.

     Table 1: Contract KPIs 2030/31

     KPI   Measure                               Target    2029/30   2030/31   RAG
     ----  ------------------------------------  --------  --------  --------  -----
     VI1   Groups receiving one-to-one support      350        318       362   Green
     VI2   Funding secured by supported groups   2,500,000  2,214,600  2,387,450 Amber
     VI3   Volunteers placed                        900        871       742   Red
"""


def test_a_wide_figure_run_on_to_its_rag_word_is_parted_from_it(tmp_path: Path) -> None:
    rows = [(k.ref, k.latest_value, k.latest_rag)
            for ctx in text_contexts(SPACED_KPIS, tmp=tmp_path)
            if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    assert rows == [("VI1", 362.0, "green"), ("VI2", 2387450.0, "amber"),
                    ("VI3", 742.0, "red")]
