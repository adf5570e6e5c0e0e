"""Kind and meeting identity of every corpus file, read by hand from each paper.

Each row is what the paper itself says: its kind, the council it names (None where it names
none, e.g. a paper that says only "the County Council"), the committee or body that meets
(a community council's own meeting is the council itself), and the meeting date. A paper
that names no meeting (a Cabinet Member decision, a stand-alone appendix) has None for both.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import corpus_file
from kcc_papers.models import Decision, Kpi, Minute, Risk
from kcc_papers.pipeline import process_file

KCC = "Kent County Council"
TINTERN = "Tintern Community Council"
WECA = "West of England Mayoral Combined Authority"

# file -> (kind, council, committee, meeting date)
EXPECTED: dict[str, tuple[str, str | None, str | None, date | None]] = {
    "pdfs/bristol_tcpc_2024-09-12_committee_report_WPL_key_decision.pdf":
        ("report", "Bristol City Council", "Transport and Connectivity Committee",
         date(2024, 9, 12)),
    # names no council: only a bristol.gov.uk address
    "pdfs/bristol_tcpc_2024-09-12_decision_notice.pdf":
        ("decision", None, "Transport and Connectivity Policy Committee", date(2024, 9, 12)),
    "pdfs/bristol_tcpc_2024-09-12_printed_minutes.pdf":
        ("minutes", "Bristol City Council", "Transport and Connectivity Policy Committee",
         date(2024, 9, 12)),
    # a Cabinet Member's decision: no meeting
    "pdfs/kent_24-00093_decision_report_family_hubs.pdf": ("report", KCC, None, None),
    "pdfs/kent_24-00093_record_of_decision_family_hubs.pdf": ("decision", KCC, None, None),
    "pdfs/kent_cabinet_2025-01-09_minutes.pdf":
        ("minutes", KCC, "Cabinet", date(2025, 1, 9)),
    "pdfs/kent_cabinet_2025-01-30_24-00108_budget_monitoring_cover_report.pdf":
        ("report", None, "Cabinet", date(2025, 1, 30)),
    # "To Cabinet – 30 January 2025" on the cover, without a colon
    "pdfs/kent_cabinet_2025-01-30_24-00108_finance_monitoring_report_Q3.pdf":
        ("report", None, "Cabinet", date(2025, 1, 30)),
    # "DECISION TO BE TAKEN BY: Cabinet" ... "A report will be presented to Cabinet on 30 January"
    "pdfs/kent_cabinet_2025-01-30_24-00108_proposed_record_of_decision.pdf":
        ("decision", KCC, "Cabinet", date(2025, 1, 30)),
    "pdfs/kent_cabinet_2025-01-30_agenda_frontsheet.pdf":
        ("agenda", None, "Cabinet", date(2025, 1, 30)),
    "pdfs/kent_cabinet_2025-01-30_budget_risk_register_appendix_I.pdf":
        ("risk_register", None, None, None),
    "pdfs/kent_cabinet_2025-01-30_printed_minutes.pdf":
        ("minutes", KCC, "Cabinet", date(2025, 1, 30)),
    "pdfs/kent_cabinet_2025-01-30_supplementary_pack_item7_24-00109.pdf":
        ("pack", KCC, "Cabinet", date(2025, 1, 30)),
    "pdfs/kent_cabinet_2025-03-04_QPR_Q3_cover_report.pdf":
        ("performance_report", None, "Cabinet", date(2025, 3, 4)),
    "pdfs/kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf":
        ("performance_report", KCC, None, None),
    "pdfs/kent_county_council_2024-12-19_minutes.pdf":
        ("minutes", KCC, "County Council", date(2024, 12, 19)),
    # "Summons to and Agenda for ..." cover; says "the County Council" and "Maidstone, Kent"
    "pdfs/kent_county_council_2025-01-09_agenda_frontsheet.pdf":
        ("agenda", None, "County Council", date(2025, 1, 9)),
    "pdfs/kent_county_council_2025-01-09_printed_minutes.pdf":
        ("minutes", KCC, "County Council", date(2025, 1, 9)),
    "pdfs/kent_county_council_2025-02-13_agenda_frontsheet.pdf":
        ("agenda", None, "County Council", date(2025, 2, 13)),
    "pdfs/kent_county_council_2025-02-13_printed_minutes.pdf":
        ("minutes", KCC, "County Council", date(2025, 2, 13)),
    "pdfs/tintern_community-council_2018-03-26_agenda.pdf":
        ("agenda", TINTERN, TINTERN, date(2018, 3, 26)),
    "pdfs/tintern_community-council_2019-01-28_agenda.pdf":
        ("agenda", TINTERN, TINTERN, date(2019, 1, 28)),
    "pdfs/tintern_community-council_2019-04-29_agenda.pdf":
        ("agenda", TINTERN, TINTERN, date(2019, 4, 29)),
    "pdfs/tintern_community-council_2018-03-26_minutes.pdf":
        ("minutes", TINTERN, TINTERN, date(2018, 3, 26)),
    # "held on Monday 25th June": the year is the one in which 25 June was a Monday
    "pdfs/tintern_community-council_2018-06-25_minutes.pdf":
        ("minutes", TINTERN, TINTERN, date(2018, 6, 25)),
    "pdfs/tintern_community-council_2019-01-28_minutes.pdf":
        ("minutes", TINTERN, TINTERN, date(2019, 1, 28)),
    "pdfs/tintern_community-council_2019-04-29_minutes.pdf":
        ("minutes", TINTERN, TINTERN, date(2019, 4, 29)),
    "pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf":
        ("report", WECA, f"{WECA} Committee", date(2026, 6, 5)),
    # "Decision due: 21 Sep 2015 by Cabinet"; names "KCC" only
    "seeds/000_f17d052ced71427a.txt": ("forward_plan", None, "Cabinet", date(2015, 9, 21)),
    "seeds/001_795b63a76636e3eb.txt":
        ("pack", KCC, "Policy and Resources Cabinet Committee", date(2015, 4, 22)),
    # an agenda-item page of an unnamed "Board" of an unnamed council
    "seeds/002_a97a93aeaf2f3152.txt": ("decision", None, None, None),
    "seeds/003_89dda5a8cac8233d.txt":
        ("report", "Maidstone Borough Council", "Cabinet", date(2012, 4, 16)),
    "seeds/004_778a0aec62e25c92.txt": ("other", None, None, None),
}


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_corpus_file_kind_and_meeting(relative: str) -> None:
    result = process_file(str(corpus_file(relative)))
    assert result.error is None
    (top,) = [d for d in result.documents if d.parent_id is None]
    got = (top.kind, top.council, top.committee, top.meeting_date)
    assert got == EXPECTED[relative]
    # a document that is no committee paper yields no minutes, decisions, KPIs or risks
    others = {d.document_id for d in result.documents if d.kind == "other"}
    assert [r for r in result.records if r.document_id in others
            and isinstance(r, (Minute, Decision, Kpi, Risk))] == []
