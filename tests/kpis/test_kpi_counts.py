"""The totals a report states about its own KPIs, in prose."""

from __future__ import annotations

from kcc_papers.extract.kpis.counts import report_totals, stated_counts


def test_seed_style_sentence_with_words():
    text = (
        "2.3. The Dashboard includes thirty (30) KPIs.\n"
        "2.6. Within the report, of the 30 KPIs included, current performance is Green for "
        "twenty-three indicators, Amber for six indicators and Red for one indicator.\n"
        "2.9. There are three indicators which are showing Red on a year to date basis, but all "
        "have shown improvement and are Green or Amber for current performance."
    )
    [found] = report_totals(text)
    assert (found.total, found.rags) == (30, {"green": 23, "amber": 6, "red": 1})


def test_regression_footnote_mark_after_total_and_asides():
    """The QPR prints a footnote mark after "38"; asides compare with the last quarter."""
    text = (
        "In Quarter 3, 2024/25, 17 of the 38 1 indicators are rated as Green, on or ahead of "
        "target (one more than last Quarter). 12 indicators reached or exceeded the floor "
        "standard and are rated Amber (three fewer than last Quarter), with nine indicators not "
        "achieving the floor standard and so RAG rated Red (one more than last Quarter). Ten "
        "indicators were showing an improving trend."
    )
    [found] = report_totals(text)
    assert (found.total, found.rags) == (38, {"green": 17, "amber": 12, "red": 9})


def test_colour_in_parentheses_and_bullets():
    text = (
        "Of the 38 KPIs included in the report, the latest RAG status are as follows:\n"
        "• 17 are rated Green (one more than the previous Quarter) - the target was achieved.\n"
        "• 12 are rated Amber (three fewer than the previous Quarter).\n"
        "• Nine are rated Red (one more than the previous Quarter)."
    )
    [found] = report_totals(text)
    assert found.rags == {"green": 17, "amber": 12, "red": 9}


def test_service_statement_is_not_the_report_total():
    text = (
        "Of the 38 KPIs, 17 are Green, 12 are Amber and 9 are Red. "
        "Integrated Children's Services – Two of the eight indicators met target. The two Amber "
        "and four Red KPIs continue to reflect the pressures."
    )
    assert [s.total for s in report_totals(text)] == [38]


def test_lone_colour_count_is_no_statement():
    assert stated_counts("Of the 30 KPIs, three are Red on a year to date basis.") == []


def test_blue_is_counted_with_green():
    """BRAG's blue ("exceeded") is rated green, so a paper's blue count adds to its green."""
    text = ("3.1 Of the 14 indicators, 3 exceeded target (blue), 5 are on track (green), 4 are "
            "amber and 2 are red.")
    [found] = report_totals(text)
    assert found.rags == {"green": 8, "amber": 4, "red": 2}
