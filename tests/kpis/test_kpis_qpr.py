"""The 2025 Kent Quarterly Performance Report (Q3 2024/25): 38 KPI boxes with coloured RAG
cells, RAG-by-service summary tables, and its cover report. Rows hand-checked against the PDF."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi

QPR = "pdfs/kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf"
COVER = "pdfs/kent_cabinet_2025-03-04_QPR_Q3_cover_report.pdf"
G, A, R = "#00ff00", "#ffc000", "#c00000"
N = "number"

# page, description (start), latest as printed, RAG (initial), RAG cell colour, target, floor,
# previous, previous RAG (initial), unit
ROWS = [
    # Customer Services
    (9, 'Percentage of callers to Contact Poi', '97%', 'g', G, 97, 90, 97, 'g', '%'),
    (9, 'Percentage of phone calls to Contact', '94%', 'g', G, 90, 85, 89, 'a', '%'),
    (9, 'Percentage of complaints responded t', '71%', 'r', R, 85, 80, 71, 'r', '%'),
    # Governance, Law & Democracy
    (15, 'Freedom of Information (FOI) / Envir', '84%', 'r', R, 92, 90, 77, 'r', '%'),
    (16, 'Subject Access requests, made under ', '60%', 'r', R, 90, 85, 52, 'r', '%'),
    # Growth, Economic Development & Communities
    (21, 'Number of homes brought back to mark', '422', 'g', G, 400, 360, 493, 'g', N),
    (22, 'S106 developer contributions secured', '80.9%', 'r', R, 98, 85, 93.2, 'a', '%'),
    # Environment and Transport
    (32, 'Percentage of routine pothole repair', '94%', 'g', G, 90, 80, 97, 'g', '%'),
    (33, 'Percentage of routine highway repair', '89%', 'a', A, 90, 80, 91, 'g', '%'),
    (33, 'Emergency highway incidents attended', '96%', 'a', A, 98, 95, 97, 'a', '%'),
    (33, 'Percentage of public enquiries for H', '64%', 'g', G, 60, 55, 64, 'g', '%'),
    (33, 'Percentage of municipal waste recycl', '99.2%', 'g', G, 99, 95, 99.2, 'g', '%'),
    (34, 'Greenhouse Gas emissions from KCC’s ', '10,323', 'g', G, 10797, 11877, 10985, 'g', N),
    # Children, Young People and Education (Education and Skills)
    (39, 'Percentage of Education, Health, and', '34%', 'r', R, 60, 55, 26, 'r', '%'),
    (39, 'Percentage of annual EHCP reviews wa', '35%', 'g', G, 50, 60, 34, 'g', '%'),
    (40, 'Percentage of pupils (with EHCP’s) b', '10.5%', 'a', A, 9, 10.5, 10.3, 'a', '%'),
    (40, 'Percentage of pupils permanently exc', '0.04%', 'a', A, 0.02, 0.04, 0.04, 'a', '%'),
    (40, 'Rate of first-time entrants to youth', '175', 'g', G, 180, 240, 190, 'a', N),
    # Children, Young People and Education (Integrated Children’s Services)
    (47, 'Percentage of Early Help cases close', '14.9%', 'g', G, 15, 20, 15.2, 'a', '%'),
    (47, 'Percentage of case holding posts fil', '75.2%', 'a', A, 85, 75, 74.7, 'r', '%'),
    (47, 'Percentage of children’s social care', '22.2%', 'g', G, 25, 30, 23.4, 'g', '%'),
    (47, 'Percentage foster care placements wh', '73.2%', 'r', R, 85, 75, 72.7, 'r', '%'),
    (48, 'Number of foster households', '613', 'r', R, 700, 650, 612, 'r', N),
    (48, 'Percentage of care leavers in educat', '53.6%', 'r', R, 65, 55, 54.3, 'r', '%'),
    (48, 'Percentage of reviews completed with', '59.1%', 'a', A, 65, 55, 59.6, 'a', '%'),
    (48, 'Percentage of Learning Disability Yo', '98.6%', 'g', G, 95, 90, 98.1, 'g', '%'),
    # Adult Social Care
    (56, 'Percentage of people who have their ', '4%', 'g', G, 5, 9, 6, 'a', '%'),
    (56, 'Proportion of new Care Needs Assessm', '74%', 'r', R, 85, 75, 75, 'a', '%'),
    (57, 'Proportion of people receiving a lon', '26%', 'a', A, 30, 24, 26, 'a', '%'),
    (57, 'Proportion of older people (65+) who', '84%', 'a', A, 85, 80, 83, 'a', '%'),
    (57, 'Long Term support needs of older peo', '553', 'g', G, 588, 617, 562, 'g', N),
    (58, 'Percentage of KCC supported people i', '76%', 'a', A, 80, 75, 76, 'a', '%'),
    # Public Health
    (64, 'Number of eligible people receiving ', '33,550', 'g', G, 31000, 24800, 33194, 'g', N),
    (64, 'Number of mandated universal checks ', '67,008', 'a', A, 68000, 54400, 66746, 'a', N),
    (64, 'Percentage of all new first-time pat', '65%', 'a', A, 72, 58, 65, 'a', '%'),
    (65, 'Number of Adults accessing structure', '5,534', 'a', A, 5998, 5000, 5473, 'a', N),
    (65, 'Successful completion of drug and al', '27.4%', 'g', G, 25, 20, 28.2, 'g', '%'),
    (65, 'Percentage of Live Well clients who ', '99.2%', 'g', G, 98, 91, 99.6, 'g', '%'),
]

SECTIONS = {
    "Customer Services": ("Amanda Beer", "Dylan Jeffrey"),
    "Governance, Law & Democracy": ("Amanda Beer", "Dylan Jeffrey"),
    "Growth, Economic Development & Communities": ("Simon Jones", "Derek Murphy, Clair Bell"),
    "Environment and Transport": ("Simon Jones", "Neil Baker, Rob Thomas"),
    "Children, Young People and Education (Education and Skills)": (
        "Sarah Hammond", "Rory Love, Sue Chandler"),
    "Children, Young People and Education (Integrated Children’s Services)": (
        "Sarah Hammond", "Sue Chandler"),
    "Adult Social Care": ("Richard Smith", "Dan Watkins"),
    "Public Health": ("Anjan Ghosh", "Dan Watkins"),
}


@pytest.fixture(scope="module")
def qpr():
    [ctx] = contexts(corpus_file(QPR), "performance_report")
    records = kpis.extract(ctx)
    return [r for r in records if isinstance(r, Kpi)], ctx.findings


def test_all_38_kpi_boxes(qpr):
    rows, _ = qpr
    got = [
        (k.page, k.description[:36], k.latest_text, k.latest_rag[0], k.latest_rag_colour,
         k.target, k.floor_standard, k.previous_value, k.previous_rag[0], k.unit)
        for k in rows
    ]
    assert got == ROWS
    assert Counter(k.latest_rag for k in rows) == {"green": 17, "amber": 12, "red": 9}


def test_sections_people_and_period(qpr):
    rows, _ = qpr
    got = {k.service_area: (k.director, k.cabinet_member) for k in rows}
    assert got == SECTIONS
    assert {(k.period, k.period_date) for k in rows} == {
        ("Latest: Quarter 3 2024/25", dt.date(2024, 12, 31))
    }


def test_regression_heading_inside_a_table(qpr):
    """pdfplumber reads the "Public Health" heading as a garbled table; the text line wins."""
    rows, _ = qpr
    assert [k.service_area for k in rows[-6:]] == ["Public Health"] * 6


def test_only_the_moved_target_is_noted(qpr):
    """Every printed RAG, colour, total and summary table agrees with the rows; the one note is
    a previous-quarter RAG judged against this quarter's (lower) emissions target."""
    _, findings = qpr
    assert [(f.check, f.severity) for f in findings] == [("kpi_previous_rag_mismatch", "info")]
    assert findings[0].message.startswith("Greenhouse Gas emissions")


def test_cover_report_states_counts_but_has_no_rows():
    [ctx] = contexts(corpus_file(COVER), "performance_report")
    assert kpis.extract(ctx) == []
    assert ctx.findings == []
