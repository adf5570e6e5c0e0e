"""Odd layouts never raise: random registers made of the words real ones use."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import contexts
from kcc_papers.extract import risks
from kcc_papers.extract.risks.items import date_like, owner_like, parse_items
from kcc_papers.extract.risks.rows import Row

WORDS = ["Risk No.*", "Risk Title", "Current Risk Rating", "Target Risk Rating", "CRR 1",
         "STCS 03", "10(a)", "12 (Medium)", "Risk closed", "New risk", "⇔", "Risk ID",
         "Title", "Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner",
         "Current Likelihood Possible (3)", "Target Residual Impact Serious (4)", "Control Title",
         "Control Owner", "Action Title", "Action Owner", "Planned Completion Date",
         "Geoff Wild, Director", "April 2015", "31st March 2016", "", "Low = 1-6 Medium = 8-15 "
         "High = 16-25", "Likelihood", "Impact", "Minor (1)", "TOTAL £m", "4", "165.0",
         "Significant Risks (over £10m)", "Estimated Annual Financial Exposure", "APPENDIX 1"]

rows_st = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=7), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows_st)
def test_extract_never_raises_on_random_registers(rows):
    text = "RISK REGISTER\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "register.txt"
        path.write_text(text, encoding="utf-8")
        for ctx in contexts(path):
            if ctx.segment.kind in risks.KINDS:
                for record in risks.extract(ctx):
                    assert record.model_dump()  # valid records only


@given(rows_st)
def test_items_never_raise_and_keep_text(rows):
    items = parse_items([Row(1, cells) for cells in rows], kind="action")
    assert all(isinstance(i.text, str) for i in items)


def test_owner_and_date_shapes():
    assert owner_like("Geoff Wild, Director Governance & Law")
    assert owner_like("Jackie Turner-Robinson, Interim Head of Business Services Centre")
    assert owner_like("Councillor Hotson")
    assert owner_like("STCS Directorate Management Team")
    assert owner_like("Corporate Management Team")
    assert not owner_like("Corporate Director Social Care Health & Wellbeing is KCC Caldicott "
                          "Guardian, protecting confidentiality of service user information")
    assert not owner_like("Robust budgeting and financial planning in place")
    assert date_like("31 st March 2016") and date_like("April 2015 (review)")
    assert date_like("Ongoing") and not date_like("Paul Day, Interim Head of Profession")
