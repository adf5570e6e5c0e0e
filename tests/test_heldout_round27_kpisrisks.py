"""Regression tests for the KPI and risk misses of held-out round 27: a table of counts by
site and month, or of a population by locality, printed under a rated dashboard for
information (its first row names columns of its own, as many as the dashboard's or with an age
band among them). Small papers in other bodies' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, scored_risks, source_lines


def _performance_report(*body: str) -> str:
    return source_lines(
        "%% header Saltmarsh and Crewe Libraries Joint Committee",
        "!! Agenda Item 5",
        "## Joint Library Service Performance Report: Quarter 3 2027/28",
        "Report of the Head of Libraries",
        "** 1. Recommendation",
        "1.1 That the Joint Committee notes the performance of the library service.",
        "** 2. Performance",
        "2.1 Each measure is rated Green (on or above target), Amber (within 10% of target) or"
        " Red (more than 10% below target).",
        "| Code | Measure | Q3 target | Q3 actual | Rating |",
        "| LB1 | Visits to Saltmarsh Library | 40,000 | 42,310 | Green |",
        "| LB2 | Loans of e-books and e-audio | 18,000 | 15,120 | Red |",
        "| LB3 | Children joining the summer reading challenge | 1,500 | 1,440 | Amber |",
        *body,
        "** 4. Financial implications",
        "4.1 There are none arising from this report.",
    )


DASHBOARD = [("LB1", 42310.0, "green"), ("LB2", 15120.0, "red"), ("LB3", 1440.0, "amber")]


def test_counts_by_site_and_month_beside_a_dashboard_are_no_kpis(tmp_path: Path) -> None:
    """Before, a table of visits by site and month ("Site | October | November | December |
    Quarter 3"), as many columns as the dashboard above it, was read as more of the
    dashboard: each site a KPI, its months' figures its target and value."""
    paper = _performance_report(
        "** 3. Visits by site and month",
        "3.1 For information only.",
        "| Site | October | November | December | Quarter 3 |",
        "| Saltmarsh Library | 14,020 | 15,210 | 13,080 | 42,310 |",
        "| Crewe Green Library | 6,114 | 6,480 | 5,902 | 18,496 |",
    )
    assert kpi_rows(paper, tmp_path) == DASHBOARD


def test_dashboard_carried_over_a_page_without_its_header_is_read(tmp_path: Path) -> None:
    """Guard: a dashboard carried onto the next page without its header starts with a row of
    a code and figures, no row of names: its rows are still the dashboard's."""
    paper = _performance_report(
        "| --- page, header not repeated --- |",
        "| LB4 | Volunteer hours given | 2,000 | 2,260 | Green |",
        "** 3. Commentary",
        "3.1 Loans of e-books fell when the supplier's app was withdrawn for six weeks.",
    )
    assert kpi_rows(paper, tmp_path) == [*DASHBOARD, ("LB4", 2260.0, "green")]


def test_population_by_locality_with_an_age_band_is_no_kpis(tmp_path: Path) -> None:
    """Before, a table of population by locality whose last column is an age band ("Aged 65+
    (%)") read that band's heading as a figure, not a column's name, so the rows under it
    were read as more of the dashboard."""
    paper = _performance_report(
        "** 3. Context",
        "3.1 The figures below describe the population the service serves.",
        "| Locality | Population 2026 | Population 2027 | Aged 65+ (%) |",
        "| Saltmarsh | 21,400 | 21,380 | 26.1 |",
        "| Crewe Green | 9,860 | 9,905 | 31.4 |",
    )
    assert kpi_rows(paper, tmp_path) == DASHBOARD


# ------------------------------------- outcomes compared with England in a report's appendix

def _outcomes_report(last_heading: str, ratings: tuple[str, str]) -> str:
    return source_lines(
        "%% header Brackenmoor Borough Council | Health and Wellbeing Board",
        "## Report to the Health and Wellbeing Board",
        "Date of meeting:\t9 July 2028",
        "Report of:\tDirector of Public Health",
        "Title:\tPublic Health Outcomes: Annual Position",
        "** 1. Recommendation",
        "1.1 That the Board notes the borough's position against the outcome indicators.",
        "** 2. Position",
        "2.1 Each indicator is set against England's value at the 95% confidence level.",
        "|% 6 24 6 6 8 6 10",
        f"| Indicator | Description | Period | Brackenmoor | 95% CI | England | {last_heading} |",
        f"| C06 | Smoking status at time of delivery (%) | 2027/28 | 9.8 | 8.9 - 10.8 | 7.4 |"
        f" {{#c00000}}{ratings[0]} |",
        f"| E02 | Hip fractures in people aged 65 and over (per 100,000) | 2027/28 | 512 |"
        f" 470 - 557 | 547 | {{#ffd966}}{ratings[1]} |",
        "** 3. Financial implications",
        "3.1 There are none arising from this report.",
    )


def test_outcomes_compared_with_england_in_a_report_are_kpis(tmp_path: Path) -> None:
    """Before, a report's (not a performance report's) table of outcome indicators compared
    with England ("Indicator | ... | 95% CI | England | Compared with England": "Worse |
    Similar") was not read at all: its header named no rating column, so neither its page's
    tables nor its rows were read. The comparison rates each row as a rating does; by round
    21's convention the rows are KPIs with no rating of their own."""
    rows = kpi_rows(_outcomes_report("Compared with England", ("Worse", "Similar")), tmp_path)
    assert rows == [("C06", 9.8, None), ("E02", 512.0, None)]


def test_unrated_figures_beside_england_in_a_report_are_no_kpis(tmp_path: Path) -> None:
    """Guard: the same table with a column of notes in place of the comparison rates nothing:
    a report's table of figures is no dashboard."""
    rows = kpi_rows(_outcomes_report("Source", ("OHID", "OHID")), tmp_path)
    assert rows == []


# --------------------------------------- supply and demand beside a strategy's delivery risks

def _strategy_report(rows: tuple[str, ...]) -> str:
    return "\n".join((
        "Built Leisure Facilities Strategy 2028-2038",
        "Report to Cabinet, 14 March 2028",
        "3. Supply and demand",
        "3.1 The assessment of demand is summarised below (sessions a week at peak time).",
        *rows,
        "4. Delivery risks",
        "4.1 Each risk is scored for likelihood (L) and impact (I), each from 1 to 5.",
        "Ref\tRisk\tL\tI\tScore\tMitigation",
        "DR1\tCapital grant for the new pool not secured\t3\t4\t12\tEarly bid to the national"
        " body",
        "DR2\tContractor insolvency during construction\t2\t5\t10\tParent company guarantee",
        "",
    ))


REGISTER = [("DR1", 3, 4, 12), ("DR2", 2, 5, 10)]


def test_current_supply_and_demand_are_no_risk_scores(tmp_path: Path) -> None:
    """Before, a table of facilities' "Current supply | Current demand | Balance now |
    Balance 2038" beside a strategy's delivery risks was read as a register: "Current"
    headed the risks' score, each facility a risk."""
    rows = ("Facility type\tCurrent supply\tCurrent demand\tBalance now\tBalance 2038",
            "Adult football grass pitches\t38\t31.5\t+6.5\t+3.0",
            "Full-size 3G pitches\t3\t5.5\t-2.5\t-4.0",
            "Sports halls (badminton courts)\t36\t33\t+3\t-2")
    assert scored_risks(_strategy_report(rows), tmp_path) == REGISTER


def test_current_score_still_heads_a_register(tmp_path: Path) -> None:
    """Guard: "Current score" beside a risk's words heads its score as before."""
    rows = ("Ref\tRisk\tCurrent score\tOwner",
            "DR3\tLoss of the swimming club's lease of the teaching pool\t9\tHead of Leisure")
    assert ("DR3", None, None, 9) in scored_risks(_strategy_report(rows), tmp_path)


# ----------------------------------------------- statutory standards "Met?" by a coloured circle

def _statutory_report(last_heading: str) -> str:
    return source_lines(
        "%% header Drumcorran and Glenavy Borough Council",
        "## Report to the Audit and Risk Committee",
        "Date of meeting:\t14 September 2027",
        "Subject:\tPerformance Self-Assessment 2026/27",
        "** 1. Recommendation",
        "1.1 That the Committee notes the self-assessment.",
        "** 2. Statutory indicators",
        "2.1 A green circle shows the standard was met and a red circle that it was not met.",
        "--- page ---",
        "** Appendix: Statutory indicators and standards 2026/27",
        "|% 8 46 12 11 11 12",
        f"| Ref | Statutory indicator | Standard | 2025/26 | 2026/27 | {last_heading} |",
        "| ED1 | Jobs promoted through business start-up activity | 120 | 131 | 126 |"
        " {ding#00b050} |",
        "| P1 | Average processing time of major planning applications (weeks) | 30 | 51.2 |"
        " 47.9 | {ding#ff0000} |",
    )


def test_standards_met_by_coloured_circles_in_a_report_are_read(tmp_path: Path) -> None:
    """Before, a report's appendix of statutory indicators rated by a coloured circle under
    "Met?" was not read: the column's question named no rating, so its page's tables were
    not read (a report's dashboard is looked for only where a rated header is)."""
    rows = kpi_rows(_statutory_report("Met?"), tmp_path)
    assert rows == [("ED1", 126.0, "green"), ("P1", 47.9, "red")]


def test_circles_under_a_note_heading_are_no_rating_page(tmp_path: Path) -> None:
    """Guard: the same table under "Note" asks nothing: no rated header, no rows read."""
    assert kpi_rows(_statutory_report("Note"), tmp_path) == []


def _with_unrated_rows(*rows: str) -> str:
    """The statutory indicators' report, ``rows`` printed under its table."""
    return _statutory_report("Met?") + source_lines(*rows)


def test_unrated_measure_of_a_rated_table_in_a_report_is_kept(tmp_path: Path) -> None:
    """Before, a report kept only a table's rated rows: a statutory indicator with no standard
    to meet ("W3 | ... | - | 62,905 | 61,884 |", no circle), a row of the rated table, was
    dropped. A row of a table that rates its other rows is one of its measures."""
    paper = _with_unrated_rows(
        "| W3 | Local authority collected municipal waste arisings (tonnes) | - | 64,020 |"
        " 63,115 | |")
    assert kpi_rows(paper, tmp_path) == [
        ("ED1", 126.0, "green"), ("P1", 47.9, "red"), ("W3", 63115.0, None)]


def test_unrated_table_after_a_rated_one_in_a_report_is_not_read(tmp_path: Path) -> None:
    """Guard: a table of its own after the rated one ("Activity | 2025/26 | 2026/27"), rating
    none of its rows, is still no dashboard."""
    paper = _with_unrated_rows(
        "Service activity (not indicators)",
        "| Activity | 2025/26 | 2026/27 |",
        "| Planning applications received | 1,210 | 1,164 |",
        "| Freedom of information requests | 705 | 792 |")
    assert kpi_rows(paper, tmp_path) == [("ED1", 126.0, "green"), ("P1", 47.9, "red")]


# ------------------------------- a zebra dashboard split over pages, one shaded row on the next

def _zebra_dashboard(*carried: str) -> str:
    return source_lines(
        "%% header Kestrelford District Council - Neighbourhoods Committee",
        "!! Agenda Item 8",
        "## Neighbourhood Services Performance: Quarter 4 2028/29",
        "Report of:\tHead of Neighbourhood Services",
        "** 1. Recommendation",
        "1.1 That the Committee notes the performance of neighbourhood services for the year.",
        "** 2. Key performance indicators",
        "2.1 Ratings: Green - target met; Amber - within 5% of target; Red - missed by more.",
        "|~ Ref | Measure | Target | Q4 2028/29 | Rating |",
        "| NS 1 | Abandoned vehicles inspected within 2 days (%) | 95 | 97.2 | Green |",
        "| NS 2 | Noise complaints responded to within 5 days (%) | 90 | 84.0 | Red |",
        "| NS 3 | Graffiti removed within 5 days (%) | 95 | 93.1 | Amber |",
        "| NS 4 | Dog fouling reports cleared within 2 days (%) | 90 | 92.5 | Green |",
        "| --- page, header not repeated --- |",
        *carried,
        "2.2 NS 2 fell when the out-of-hours noise service was reduced in the winter.",
    )


FIRST_PAGE = [("NS 1", 97.2, "green"), ("NS 2", 84.0, "red"), ("NS 3", 93.1, "amber"),
              ("NS 4", 92.5, "green")]


def test_rows_below_a_carried_zebra_tables_one_shaded_row_are_read(tmp_path: Path) -> None:
    """Before, a zebra dashboard carried onto a page without its header, three rows there
    (unshaded, shaded, unshaded), lost its last: the one shaded row is a table of its own,
    and only the rows above it were read under the carried table's columns."""
    paper = _zebra_dashboard(
        "| NS 5 | Pest control visits within 3 days (%) | 90 | 95.0 | Green |",
        "| NS 6 | Public toilets inspected daily (%) | 100 | 91 | Red |",
        "| NS 7 | Licensing applications processed within 28 days (%) | 90 | 87.8 | Amber |")
    assert kpi_rows(paper, tmp_path) == [*FIRST_PAGE, ("NS 5", 95.0, "green"),
                                         ("NS 6", 91.0, "red"), ("NS 7", 87.8, "amber")]


def test_carried_zebra_table_of_two_rows_is_read_as_before(tmp_path: Path) -> None:
    """Guard: with two rows carried (unshaded, shaded) and none below, the page reads as
    before: the paragraph under the shaded row is no row."""
    paper = _zebra_dashboard(
        "| NS 5 | Pest control visits within 3 days (%) | 90 | 95.0 | Green |",
        "| NS 6 | Public toilets inspected daily (%) | 100 | 91 | Red |")
    assert kpi_rows(paper, tmp_path) == [*FIRST_PAGE, ("NS 5", 95.0, "green"),
                                         ("NS 6", 91.0, "red")]
