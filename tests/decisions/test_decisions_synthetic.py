"""Decision notices and report recommendations written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import contexts
from kcc_papers.classify import classify
from kcc_papers.extract import decisions
from kcc_papers.extract.registry import extractor

REPORT = """\
From: Jane Doe, Corporate Director of Growth
To: Cabinet – 5 May 2022
Subject: Library Opening Hours
Decision no: 22/00042
Key Decision: Yes - Expenditure of more than £1m
Classification: Unrestricted
Summary: This report proposes new opening hours.
Recommendation(s):
Cabinet is asked to:
a) APPROVE the new opening hours; and
b) DELEGATE authority to the Director of Growth to implement them.
1. Introduction
1.1 Libraries open six days a week.
4. Recommendation(s)
Cabinet is asked to:
a) APPROVE the new opening hours; and
b) DELEGATE authority to the Director of Growth to implement them.
5. Contact details
"""

FOR_INFORMATION = """\
From: Jane Doe, Corporate Director of Growth
To: Growth Cabinet Committee – 5 May 2022
Subject: Library Visitor Figures
Summary: Visitor numbers rose by 4% on last year.
1. Introduction
1.1 This report is for information.
"""

ISSUE = """\
Issue details
Library Opening Hours
Cabinet will be asked to agree new opening hours for libraries.
Decision type: Key
Reason Key: Expenditure or savings of more than £1m;
Decision status: Deferred
Decision due: 5 May 2022 by Cabinet
Lead officer: Jane Doe
Department: Growth, Environment & Transport
Contact: Joe Bloggs, Policy Officer Tel: 03000 000000
"""

RECORD = """\
KENT COUNTY COUNCIL – RECORD OF DECISION
DECISION TO BE TAKEN BY:
Cabinet
DECISION NUMBER:
22/00042
Key decision: YES
Subject Matter / Title of Decision: Library Opening Hours
Decision:
The Cabinet agree to:
a) approve the new opening hours
b) delegate authority to the Director of Growth to implement them
Reason(s) for decision:
Savings are needed.
Any alternatives considered and rejected:
None
12/05/2022
..........................................................
signed date
"""

AGENDA_ITEM_PAGE = """\
Agenda item
Library Opening Hours
(To consider a report on library opening hours)
Minutes:
The Board considered the report and discussed the proposals.
RESOLVED: That the Board endorse the new opening hours.
Supporting documents:
"""


def _decisions(tmp_path: Path, text: str):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    out, findings = [], []
    for ctx in contexts(path):
        if extractor("decisions").applies(ctx.document.kind):
            out += decisions.extract(ctx)
            findings += ctx.findings
    return out, findings


def test_report_recommendation_once_with_masthead_fields(tmp_path):
    (d,), findings = _decisions(tmp_path, REPORT)
    assert d.decision_text == (
        "Cabinet is asked to:\na) APPROVE the new opening hours; and\nb) DELEGATE authority to "
        "the Director of Growth to implement them."
    )
    assert (d.source, d.ref, d.outcome, d.decision_maker, d.decision_date) == (
        "report",
        "22/00042",
        "approved",
        "Cabinet",
        dt.date(2022, 5, 5),
    )
    assert (d.key_decision, d.key_reason, d.lead_officer) == (
        True,
        "Expenditure of more than £1m",
        "Jane Doe",
    )
    assert findings == []


def test_for_information_report_yields_nothing_silently(tmp_path):
    assert _decisions(tmp_path, FOR_INFORMATION) == ([], [])


def test_issue_details(tmp_path):
    (d,), _ = _decisions(tmp_path, ISSUE)
    assert (d.title, d.decision_text) == (
        "Library Opening Hours",
        "Cabinet will be asked to agree new opening hours for libraries.",
    )
    assert (d.outcome, d.status, d.decision_maker, d.decision_date) == (
        "deferred",
        "Deferred",
        "Cabinet",
        dt.date(2022, 5, 5),
    )
    assert (d.key_decision, d.key_reason, d.lead_officer, d.department) == (
        True,
        "Expenditure or savings of more than £1m",
        "Jane Doe",
        "Growth, Environment & Transport",
    )


def test_record_of_decision(tmp_path):
    (d,), _ = _decisions(tmp_path, RECORD)
    assert (d.ref, d.decision_maker, d.title, d.key_decision) == (
        "22/00042",
        "Cabinet",
        "Library Opening Hours",
        True,
    )
    assert d.decision_text == (
        "The Cabinet agree to:\na) approve the new opening hours\nb) delegate authority to the "
        "Director of Growth to implement them"
    )
    assert (d.status, d.decision_date, d.outcome) == ("signed", dt.date(2022, 5, 12), "agreed")


def test_agenda_item_page_is_a_decision_notice(tmp_path):
    assert classify(AGENDA_ITEM_PAGE) == "decision"
    (d,), _ = _decisions(tmp_path, AGENDA_ITEM_PAGE)
    assert d.decision_text == "RESOLVED: That the Board endorse the new opening hours."
    assert (d.source, d.title, d.outcome, d.decision_maker) == (
        "decision_notice",
        "Library Opening Hours",
        "endorsed",
        "Board",
    )


def test_news_article_is_other_and_yields_nothing(tmp_path):
    text = "Kent news\nThe council announced new library hours today, residents said.\n"
    assert classify(text) == "other"
    assert _decisions(tmp_path, text) == ([], [])


ISSUE_HTML = """<html><head><title>Issue</title></head><body>
<h1>Issue details</h1>
<h2>Library Opening Hours</h2>
<p>Cabinet will be asked to agree new opening hours for libraries.</p>
<p>Decision type: <span>Non-key</span></p>
<p>Decision status: <span>Recommendations Approved</span></p>
<p>Decision due: 5 May 2022 by Cabinet</p>
<p>Lead director: Jane Doe</p>
<p>Department: Growth</p>
</body></html>"""


def test_issue_details_as_html(tmp_path):
    path = tmp_path / "issue.html"
    path.write_text(ISSUE_HTML, encoding="utf-8")
    (ctx,) = contexts(path)
    assert ctx.document.kind == "forward_plan"
    (d,) = decisions.extract(ctx)
    assert (d.title, d.outcome, d.key_decision, d.decision_maker, d.lead_officer) == (
        "Library Opening Hours",
        "approved",
        False,
        "Cabinet",
        "Jane Doe",
    )


OFFICER_DECISION = """\
Officer Decision Record
Decision maker: Director of Highways
Date of decision: 3 March 2023
Title of decision: Temporary Road Closure, High Street
Decision: To close the High Street for resurfacing for two weeks.
Reasons for decision: Safety of the workforce.
"""


def test_decision_notice_in_an_unmet_format_is_read_from_its_labels(tmp_path):
    from kcc_papers.extract.decisions.notices import record_of_decision

    lines = [(1, t) for t in OFFICER_DECISION.splitlines()]
    (n,) = record_of_decision(lines)
    assert (n.title, n.text, n.decision_maker, n.decision_date) == (
        "Temporary Road Closure, High Street",
        "To close the High Street for resurfacing for two weeks.",
        "Director of Highways",
        dt.date(2023, 3, 3),
    )
