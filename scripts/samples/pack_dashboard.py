"""C1 Performance Dashboard: a cover report and a landscape appendix with RAG-filled KPI cells."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from .base import RAG_FILL, PaperPDF, heading, numbered, para, ruled_table
from .pack_reports import FINANCE_MEMBER, report_header


class Kpi(NamedTuple):
    ref: str
    description: str
    latest: float
    dot: str
    ytd: float
    target: float
    floor: float
    previous: float
    unit: str = "%"

    @property
    def higher_is_better(self) -> bool:
        # A floor standard below the target means bigger results are better.
        return self.floor < self.target


KPIS = [
    Kpi(
        "CS01",
        "Percentage of callers who rate the advisors in Contact Point as good",
        96,
        "Improving",
        95,
        95,
        90,
        94,
    ),
    Kpi("CS02", "Percentage of calls to Contact Point answered", 88, "Improving", 86, 90, 85, 91),
    Kpi(
        "CS03",
        "Percentage of complaints responded to within timescale",
        71,
        "Worsening",
        74,
        85,
        80,
        78,
    ),
    Kpi(
        "GL01",
        "Percentage of Freedom of Information requests completed within 20 working days",
        92,
        "Stable",
        91,
        90,
        85,
        89,
    ),
    Kpi(
        "GL02",
        "Percentage of Subject Access requests completed within statutory timescales",
        84,
        "Improving",
        81,
        90,
        80,
        79,
    ),
    Kpi("HR01", "Percentage of staff appraisals completed", 97, "Stable", 97, 95, 90, 96),
    Kpi(
        "FN01",
        "Average number of days to pay supplier invoices",
        14,
        "Improving",
        16,
        15,
        20,
        17,
        unit="",
    ),
    Kpi(
        "IT01",
        "Percentage of ICT incidents resolved at first contact",
        78,
        "Improving",
        76,
        75,
        70,
        72,
    ),
]

# (ref, indicator, year to date, expected upper, expected lower, previous year)
ACTIVITY = [
    ("CS04", "Number of calls handled by Contact Point (000s)", 512, 560, 480, 538),
    ("CS05", "Number of visits to the council website (000s)", 3905, 4600, 4100, 4310),
    ("GL03", "Number of Freedom of Information requests received", 1874, 1800, 1500, 1622),
]

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 8: "eight"}


def rag(kpi: Kpi, value: float) -> str:
    """GREEN: target met; AMBER: floor standard met but not the target; RED: below the floor."""
    sign = 1 if kpi.higher_is_better else -1
    if sign * value >= sign * kpi.target:
        return "GREEN"
    if sign * value >= sign * kpi.floor:
        return "AMBER"
    return "RED"


def in_range(value: float, upper: float, lower: float) -> str:
    return "High" if value > upper else "Low" if value < lower else "Yes"


def fmt(value: float, unit: str = "") -> str:
    return f"{value:,.0f}{unit}"


def counts(which: str) -> Counter[str]:
    return Counter(rag(k, k.latest if which == "latest" else k.ytd) for k in KPIS)


def write_dashboard(pdf: PaperPDF) -> None:
    latest, ytd = counts("latest"), counts("ytd")
    report_header(
        pdf,
        [FINANCE_MEMBER, "Mr T Bramley, Head of Performance and Analytics"],
        "Performance Dashboard",
        "The Performance Dashboard shows progress made against targets set for Key Performance "
        "Indicators for the third quarter of 2024/25.",
        ["The Policy and Resources Cabinet Committee is asked to NOTE the report."],
    )
    heading(pdf, "1. Introduction", size=11)
    numbered(
        pdf,
        "1.1",
        "Part of the role of Cabinet Committees is to review the performance "
        "of the services within their remit. The Performance Dashboard is attached at "
        "Appendix 1 and includes results up to the end of December 2024.",
    )
    heading(pdf, "2. Performance", size=11)
    numbered(
        pdf,
        "2.1",
        f"The Dashboard includes {WORDS[len(KPIS)]} ({len(KPIS)}) KPIs and "
        f"{WORDS[len(ACTIVITY)]} activity indicators. KPIs are given RAG (Red/Amber/Green) "
        "ratings against the targets and floor standards set at the start of the year.",
    )
    numbered(
        pdf,
        "2.2",
        f"Of the {len(KPIS)} KPIs included, {latest['GREEN']} are Green, "
        f"{latest['AMBER']} Amber and {latest['RED']} Red for the latest quarter. On a "
        f"year to date basis, {ytd['GREEN']} are Green, {ytd['AMBER']} Amber and "
        f"{ytd['RED']} Red.",
    )
    numbered(
        pdf,
        "2.3",
        "The percentage of complaints responded to within timescale remains "
        "below its floor standard; an improvement plan is being put in place by the "
        "Customer Services team.",
    )
    heading(pdf, "3. Recommendation(s)", size=11)
    para(
        pdf,
        "Recommendation(s): The Policy and Resources Cabinet Committee is asked to NOTE "
        "the report.",
    )
    write_dashboard_appendix(pdf)


def write_dashboard_appendix(
    pdf: PaperPDF,
    kpis: list[Kpi] = KPIS,
    quarter: str = "Quarter 3 2024/25",
    results_to: str = "December 2024",
) -> None:
    pdf.add_page(orientation="L")
    heading(pdf, f"Appendix 1 - Performance Dashboard, {quarter}", size=12, gap=0.5)
    para(
        pdf, f"Results up to {results_to}. Produced by Performance and Analytics.", size=9, gap=1.5
    )
    ruled_table(
        pdf,
        ["RAG", "Meaning"],
        [
            (("GREEN", RAG_FILL["GREEN"]), "Target has been achieved or exceeded"),
            (("AMBER", RAG_FILL["AMBER"]), "Floor Standard achieved but Target has not been met"),
            (("RED", RAG_FILL["RED"]), "Floor Standard has not been achieved"),
        ],
        [20, 90],
        size=7.5,
    )
    heading(pdf, "Key Performance Indicators", size=10, gap=1)
    rows = []
    for k in kpis:
        rows.append(
            (
                k.ref,
                k.description,
                fmt(k.latest, k.unit),
                (rag(k, k.latest), RAG_FILL[rag(k, k.latest)]),
                k.dot,
                fmt(k.ytd, k.unit),
                (rag(k, k.ytd), RAG_FILL[rag(k, k.ytd)]),
                fmt(k.target, k.unit),
                fmt(k.floor, k.unit),
                fmt(k.previous, k.unit),
            )
        )
    ruled_table(
        pdf,
        [
            "Ref",
            "Indicator Description",
            "Latest Quarter",
            "RAG",
            "DoT",
            "Year to Date",
            "YTD RAG",
            "Target",
            "Floor Standard",
            "Previous Year",
        ],
        rows,
        [14, 105, 17, 17, 18, 17, 17, 15, 17, 18],
        size=7.5,
    )
    para(pdf, "FN01 is measured in days, so lower results are better.", size=8, gap=1)
    heading(pdf, "Activity Indicators", size=10, gap=1)
    ruled_table(
        pdf,
        [
            "Ref",
            "Indicator",
            "Year to Date",
            "In expected range",
            "Expected Upper",
            "Expected Lower",
            "Previous Year",
        ],
        [
            (ref, name, fmt(v), in_range(v, up, low), fmt(up), fmt(low), fmt(prev))
            for ref, name, v, up, low, prev in ACTIVITY
        ],
        [14, 105, 22, 24, 22, 22, 22],
        size=7.5,
    )
