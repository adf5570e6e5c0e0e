"""Regression tests for the KPI, risk and contract misses of held-out round 6's blind batch (F)
on its first run: each named after the bug, on a small paper in the layout that showed it, with
guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from kcc_papers.extract import kpis, risks
from kcc_papers.models import Kpi, Risk


def _kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    (ctx,) = text_contexts(text, "performance_report", tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


Scored = tuple[str | None, int | None, int | None, int | None]


def _risks(text: str, tmp_path: Path) -> list[Scored]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


# ------------------------------------------------------- figures flush right under a dashed rule

FLUSH_RIGHT_SCORECARD = """EASTMERE COUNTY COUNCIL

Scrutiny Committee - 4th March 2026

PERFORMANCE SCORECARD: QUARTER 3

   Ref    Measure                        Target    Q2      Q3      Status
                                         2025/26
   -----  -----------------------------  -------  ------  ------  ---------
   EM 1   Potholes repaired on time         90.0    91.2    93.0   On Track
   EM 2   Days to process a benefit           21      24      30   Off Track
          claim

Commentary follows.
"""


def test_regression_figures_set_flush_right_under_a_dashed_rule_gave_no_kpis(tmp_path):
    # The figures end under their column's rule, not start under its name, and the header's
    # second line names a year ("2025/26"): the table was not read at all.
    assert _kpis(FLUSH_RIGHT_SCORECARD, tmp_path) == [("EM 1", 93.0, "green"),
                                                      ("EM 2", 30.0, "red")]


def test_a_rule_segment_takes_only_cells_within_it(tmp_path):
    from kcc_papers.load import load
    from kcc_papers.load.aligned import aligned_tables

    # a prose line under the table runs across the columns' rule segments: not a row
    text = FLUSH_RIGHT_SCORECARD.replace(
        "Commentary follows.", "   The Committee noted  that repairs  improved  on Q2.")
    path = tmp_path / "paper.txt"
    path.write_text(text)
    (table,) = aligned_tables(load(path).pages[0])
    assert [r[0].text for r in table.rows] == ["Ref", "EM 1", "EM 2"]


# ------------------------------------------------------------------- columns named by months

MONTH_COLUMNS = """NORTHVALE COMBINED AUTHORITY

Transport Committee - 20 February 2026

Network Performance Dashboard: January 2026

Status key: Met - target met or exceeded; Near - within 5% of target; Not met - more than
5% short of target.

Code\tMeasure\tNov\tDec\tJan\tTarget\tStatus
TC01\tBus services departing on time (%)\t82.1\t80.4\t83.0\t85.0\tNear
TC02\tPark and ride occupancy (%)\t64\t58\t61\t70\tNot met
TC03\tTram services operated (%)\t98.9\t99.1\t\t99.0\tMet
"""


def test_regression_columns_named_by_a_month_alone_gave_no_kpis(tmp_path):
    # "Nov | Dec | Jan" were no value columns, so the header was not a KPI table's; the last
    # month with a figure is the latest
    assert _kpis(MONTH_COLUMNS, tmp_path) == [("TC01", 83.0, "amber"), ("TC02", 61.0, "red"),
                                              ("TC03", 99.1, "green")]


def test_a_word_that_starts_like_a_month_names_no_value_column():
    from kcc_papers.extract.kpis.grid import role_of

    assert [role_of(c) for c in ("Nov", "January", "Sept", "Decision", "Mayor", "Marks")] == [
        "latest", "latest", "latest", None, None, None]


# ------------------------------------------------------------ factor letters under "Current"

CURRENT_LETTERS = """GLENMORVERN INTEGRATION JOINT BOARD

Audit and Risk Committee - 18 February 2026

Strategic Risk Register

Ref\tRisk\tLead\tInherent L\tInherent C\tCurrent L\tCurrent C\tCurrent Score\tTarget Score
IJB-R01\tFinancial sustainability of the board\tCFO\t5\t5\t4\t5\t20\t12
IJB-R02\tWorkforce capacity is insufficient\tChief Officer\t5\t4\t3\t4\t12\t9
"""


def test_regression_current_l_and_c_columns_were_read_as_the_score(tmp_path):
    # "Current L" was taken as the current score (4, not 20) and the factors were lost
    assert _risks(CURRENT_LETTERS, tmp_path) == [("IJB-R01", 4, 5, 20), ("IJB-R02", 3, 4, 12)]


# -------------------------------------------- a register in spaces with its scores centred

CENTRED_REGISTER = """EASTMERE JOINT WASTE DISPOSAL AUTHORITY

Meeting of the Authority: Monday 16 March 2026

RISK MANAGEMENT: AUTHORITY RISK REGISTER

No.   Risk                                    Likelihood  Impact  Score  Previous  Owner
----  --------------------------------------  ----------  ------  -----  --------  ---------
WDA1  Energy from waste plant unplanned            3          4      12      16     Clerk
      outage over two weeks
WDA4  Major fire at a transfer station             2          4       8       8     Clerk
"""


def test_regression_scores_centred_under_a_dashed_rule_gave_no_risks(tmp_path):
    assert _risks(CENTRED_REGISTER, tmp_path) == [("WDA1", 3, 4, 12), ("WDA4", 2, 4, 8)]


def test_regression_meeting_of_the_authority_with_its_date_gave_no_meeting_date(tmp_path):
    from kcc_papers.pipeline import process_file

    path = tmp_path / "register.txt"
    path.write_text(CENTRED_REGISTER)
    (doc,) = process_file(str(path)).documents
    assert (doc.meeting_date.isoformat() if doc.meeting_date else None) == "2026-03-16"
    assert doc.committee == "Eastmere Joint Waste Disposal Authority"
