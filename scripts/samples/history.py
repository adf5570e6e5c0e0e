"""Papers that continue the pack's, so that history has real series: the next quarter's
dashboard, a later issue of the budget risks register, and the minutes of the meeting that took
the pack's decision 24/00123 (amending the recommendation), completing report -> minutes ->
record of decision."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF
from .budget import OTHER, SIGNIFICANT, TITLE, Risk, write_budget_risks
from .pack_dashboard import KPIS, Kpi, write_dashboard_appendix

# Quarter 4: the same KPIs a quarter on (CS03 recovers to amber, CS02 slips to red).
Q4_RESULTS = {"CS01": 97, "CS02": 84, "CS03": 81, "GL01": 90, "GL02": 86, "HR01": 98,
              "FN01": 13, "IT01": 74}


def q4_kpis() -> list[Kpi]:
    return [k._replace(latest=Q4_RESULTS[k.ref]) for k in KPIS]


def write_q4_dashboard(path: Path) -> None:
    pdf = PaperPDF("Performance Dashboard, Quarter 4 2024/25")
    write_dashboard_appendix(pdf, q4_kpis(), "Quarter 4 2024/25", "March 2025")
    pdf.output(str(path))


# The June issue: two exposures move, the capital risk is closed, a new one appears.
def _moved(risk: Risk, annual: float, lifetime: float) -> Risk:
    return (*risk[:6], annual, lifetime)


LATER_SIGNIFICANT: list[Risk] = [
    _moved(SIGNIFICANT[0], 71.5, 131.0),  # High Needs Spending grows
    _moved(SIGNIFICANT[1], 30.0, 30.0),  # Non-delivery of Savings shrinks
    *SIGNIFICANT[2:4],
    (
        "ASCH",
        "Care Market Insolvency",
        "Several home care providers report cash-flow difficulties after the rise in employer "
        "contributions.",
        "A large provider fails and its clients must be placed with other providers at short "
        "notice.",
        "Emergency placements at higher cost and a pressure on the care budget.",
        2,
        10.5,
        10.5,
    ),
]
LATER_TITLE = TITLE.replace("Appendix J", "Appendix K") + " (June update)"


def write_later_register(path: Path) -> None:
    write_budget_risks(path, LATER_SIGNIFICANT, OTHER, LATER_TITLE,
                       addressed_to="Cabinet – 26 June 2025")


MINUTES = """MINUTES of a meeting of the Policy and Resources Cabinet Committee held in the
Council Chamber, Sessions House, Maidstone on Wednesday, 15 January 2025.

PRESENT: Mr R Ashdown (Chairman), Mrs L Baird, Mr D Chalk, Ms F Okafor, Mr J Pemberton.

IN ATTENDANCE: Mr P Langridge (Deputy Leader and Cabinet Member for Finance, Corporate and
Traded Services).

UNRESTRICTED ITEMS

41. Apologies and Substitutes
(Item A1)
Apologies were received from Mr K Wells.

42. 24/00123 - Total Facilities Management Contracts: Extension
(Item B1)
1. Mr Langridge introduced the report, which proposed extending the facilities management
contracts for two years.
2. Members asked that the extension be limited while the service is retendered.
RESOLVED that the proposed decision to extend the facilities management contracts be endorsed,
subject to the following amendment: the extension be for one year rather than two, with a
report on the retender to the next meeting.

43. Performance Dashboard
(Item C1)
RESOLVED that the performance dashboard be noted.
"""


def write_history(out: Path) -> None:
    write_q4_dashboard(out / "sample_dashboard_q4.pdf")
    write_later_register(out / "sample_budget_risk_register_june.pdf")
    (out / "sample_minutes_2025-01-15.txt").write_text(MINUTES)
