"""Session 37 (integration of held-out round 22): a procurement forward plan's cover report,
headed the way some London boroughs head every report ("Decision type: Non Key Decision"),
asks Cabinet to approve the plan in its "Recommendations" section. The header label is a
ModernGov issue page's, so the notice parser was chosen, found no decision, and the cover
report's recommendation was lost."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

_REPORT = """## London Borough of Ashvale
Report for: Cabinet, 24 January 2028
Item number: 6
Title: Procurement Forward Plan 2028/29
Report authorised by: Jo Marsh, Director of Finance
Ward(s) affected: All
Decision type: {label}
1. Describe the issue under consideration
1.1 Contract Standing Orders require Cabinet to approve each year a forward plan of the
procurements of £500,000 or more that the Council expects to start in the year.
2. Recommendations
2.1 That Cabinet approves the Procurement Forward Plan 2028/29 at Appendix 1.
3. Reasons for decision
3.1 Publishing the plan gives suppliers early sight of the Council's requirements.
--- page ---
** Appendix 1: Procurement Forward Plan 2028/29
| Ref | Procurement | Estimated value | Start |
| PFP01 | Housing repairs and maintenance | £48.0m | April 2028 |
| PFP02 | School catering | £12.5m | June 2028 |
"""


def _decisions(label: str, tmp_path: Path) -> list[str]:
    pdf = rendered(_REPORT.format(label=label), tmp_path, "plan")
    return [r.decision_text for r in process_file(str(pdf)).records if isinstance(r, Decision)]


def test_regression_forward_plan_cover_report_with_a_decision_type_label(tmp_path: Path) -> None:
    assert _decisions("Non Key Decision", tmp_path) == [
        "That Cabinet approves the Procurement Forward Plan 2028/29 at Appendix 1."]
