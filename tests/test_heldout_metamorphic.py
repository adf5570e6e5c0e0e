"""Metamorphic tests of the table readers (tests/heldout/metamorphic.py): a held-out paper whose
KPI, risk and contract records are right, changed in a way that must not change them (columns
in another order, headers in other councils' words, the table split over pages, page furniture
and a letter-spaced heading, RAG as a fill, a PDF table as a text one, the caption in other
words), still gives its expected records. A bounded selection of transform x paper pairs
(text papers and a few PDFs), then a regression test per bug the first full run showed, each
named after it, on the smallest input that shows it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kcc_papers import classify
from kcc_papers.extract.contracts.contract_pages import contract_page
from kcc_papers.extract.kpis import columns, grid, layout
from kcc_papers.extract.risks import reader as risk_reader
from kcc_papers.extract.risks import summary
from kcc_papers.extract.risks.header_roles import header_columns
from kcc_papers.extract.risks.rows import Row
from kcc_papers.load import load
from kcc_papers.load.text import split_pages
from kcc_papers.normalise import headings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import metamorphic as mm

# (paper, transform, variant): each a layout the first full run broke, or one it read and a
# rule must keep reading; mostly text papers, a few PDFs, all of them under a minute together.
PAIRS = [
    ("performance_scorecard.txt", "rename", 3),
    ("county_scorecard.txt", "permute", 1),
    ("county_scorecard.txt", "rename", 2),
    ("kpi_baseline_variance.txt", "rename", 1),
    ("kpi_baseline_variance.txt", "furniture", 1),
    ("kpi_direction_of_travel.txt", "caption", 2),
    ("r6r_kpi_grouped_quarter_header.txt", "rename", 1),
    ("r6r_kpi_grouped_quarter_header.txt", "permute", 2),
    ("r6e_combined_authority_scorecard.txt", "rename", 1),
    ("r6r_scottish_pentana_status.txt", "rename", 2),
    ("welsh_kpi_tolerance.txt", "format", 1),
    ("town_council_risk_assessment.txt", "permute", 1),
    ("register_letter_scores.txt", "permute", 2),
    ("register_letter_scores.txt", "caption", 2),
    ("risk_wrapped_rows.txt", "permute", 2),
    ("r6r_risk_current_target_rows.txt", "permute", 3),
    ("r6r_parish_risk_assessment_sections.txt", "permute", 2),
    ("combined_authority_risk_scores.txt", "permute", 1),
    ("corporate_risk_inherent_residual.txt", "rename", 2),
    ("risk_impact_first.txt", "split", 2),
    ("health_partnership_risk_register.txt", "furniture", 1),
    ("fire_authority_risk_register.txt", "caption", 2),
    ("procurement_plan_contracts.txt", "rename", 1),
    ("procurement_plan_contracts.txt", "split", 2),
    ("contracts_register.txt", "permute", 1),
    ("district_kpi_table.pdfsrc", "permute", 1),
    ("district_kpi_table.pdfsrc", "split", 2),
    ("kpi_on_track.pdfsrc", "furniture", 1),
    ("r6f_unitary_audit_pack.pdfsrc", "split", 2),
    ("r6e_police_force_risk_register.pdfsrc", "permute", 1),
    ("r6r_national_park_risk_colour.pdfsrc", "rag_fill", 2),
    ("r6r_contract_register_split.pdfsrc", "rename", 3),
    # round 8: dated months out of order, and the ambulance trust's columns with "Ref" last
    ("r7h_nhs_trust_ipr_months_fill.pdfsrc", "permute", 1),
    ("r8j_ambulance_trust_kpi_tolerance_words.pdfsrc", "permute", 1),
    ("r8k_valuation_joint_board_risk_blocks.txt", "caption", 2),
]


@pytest.mark.parametrize(("paper", "transform", "variant"), PAIRS)
def test_a_layout_change_keeps_the_papers_records(paper, transform, variant, tmp_path):
    (original,) = mm.table_papers({paper})
    changed = mm.TRANSFORMS[transform][0](original, variant)
    assert changed is not None and changed.text != original.text
    scores = mm.score(changed, tmp_path)
    assert {c: (s.fp, s.fn) for c, s in scores.items() if s.fp or s.fn} == {}


def test_every_transform_applies_to_some_paper_and_keeps_the_tables_cells():
    """The transforms themselves: each changes some paper, and permuting columns keeps every
    cell under its own header (the set of (header, cell) pairs is the same)."""
    papers = mm.table_papers({"performance_scorecard.txt", "district_kpi_table.pdfsrc",
                              "r6r_national_park_risk_colour.pdfsrc",
                              "r6r_county_gross_net_target.txt"})
    for name, (transform, variants) in mm.TRANSFORMS.items():
        assert any(transform(p, v) is not None for p in papers for v in variants), name
    (scorecard,) = [p for p in papers if p.name == "performance_scorecard.txt"]
    (before,) = mm.record_tables(scorecard)
    (after,) = mm.record_tables(mm.permute_columns(scorecard, 1) or scorecard)

    def pairs(table: mm.Table) -> set[tuple[str, str]]:
        return {(h, c) for r in table.rows for h, c in zip(table.header[0], r, strict=True)}

    assert pairs(before[0]) == pairs(after[0]) and before[0].header != after[0].header


def test_regression_transform_scrambled_period_columns():
    """The first run permuted "Q1 | Q2 | Q3 | Q4" into another order, which changes which
    period is the latest: a run of period columns moves as one block (a transform bug)."""
    table = mm.Table("pipe", 0, 0, [["Ref", "Measure", "Q1", "Q2", "Q3", "Target"]], [])
    assert [2, 3, 4] in mm._columns(table)


def test_regression_transform_renamed_header_lost_its_unit():
    """'Total value (£)' renamed 'Value' left bare figures without their pound sign: a renamed
    header keeps its unit (a transform bug)."""
    assert mm._with_unit("Contract value", "Total value (£)") == "Contract value (£)"
    assert mm._with_unit("Contract value (£)", "Total value (£)") == "Contract value (£)"


# ---------------------------------------------------------------------------- KPIs


def test_regression_kpi_ref_column_named_pi_code_was_unknown():
    names = ("PI Code", "KPI Ref", "Indicator No.", "Reference", "ID")
    assert [columns.role_of(h) for h in names] == ["ref"] * 5
    assert columns.role_of("Performance indicator") == "description"


def test_regression_kpi_aim_and_brag_columns_were_unknown():
    names = ("Aim", "Goal", "BRAG", "Achieved")
    assert [columns.role_of(h) for h in names] == ["target", "target", "rag", "latest"]


def test_regression_kpi_rag_printed_before_the_value_was_dropped():
    items: list[layout.Item] = [
        layout.Row(1, ["Target", "RAG", "Code", "Actual", "Indicator"], table=1),
        layout.Row(1, ["80%", "Green", "SA-1", "84%", "Planning applications in time"], table=1),
    ]
    (parsed,) = grid.read_grid(items).kpis
    assert (parsed.kpi.ref, parsed.kpi.latest_value, parsed.kpi.latest_rag) == (
        "SA-1", 84.0, "green")


def test_regression_kpi_page_gate_missed_aim_brag_headers():
    assert layout.kpi_page(["KPI Ref   Better is   Aim   Result   BRAG"])


def test_regression_kpi_page_gate_missed_a_header_wrapped_over_lines():
    assert layout.kpi_page(["Performance   Annual", "PI Ref   Nov   Dec   Jan   Rating",
                     "indicator   target"])


def test_regression_grouped_header_with_a_year_under_its_group_was_a_value_row():
    grouped = headings.grouped_headings(["Code", "Indicator", "Quarter 3 2025/26", "", ""],
                               ["", "", "Actual", "Target 2025/26", "RAG"])
    assert grouped is not None and grouped[3] == "Quarter 3 2025/26 Target 2025/26"
    # figures are still a row, not headings
    figures = headings.grouped_headings(["Code", "Indicator", "Q3", ""], ["", "", "6.4", "6.0"])
    assert figures is None


def test_regression_kpi_column_under_a_period_group_was_unknown():
    assert columns.role_of("Quarter 3 2025/26 Rating") == "rag"
    assert columns.role_of("Quarter 3 2025/26 Performance") == "latest"


def test_regression_kpi_table_without_its_header_on_the_next_page_lost_its_rows(tmp_path):
    (paper,) = mm.table_papers({"kpi_polarity_status.pdfsrc"})
    scores = mm.score(mm.split_table(paper, 2) or paper, tmp_path)
    assert (scores["kpis"].tp, scores["kpis"].fn) == (5, 0)


def test_regression_kpi_dashboard_read_as_a_risk_register():
    header = Row(1, ["No.", "Measure", "Annual target", "Q2 Outturn", "Rating"])
    sample = Row(1, ["3", "Council tax collected in year (%)", "96.5", "96.8", "Green"])
    assert header_columns(header, sample) is None
    register = Row(1, ["No.", "Risk", "Existing control measures", "Rating"])
    assert header_columns(register, Row(1, ["R1", "Loss of cash by theft", "Two signatories",
                                      "12"])) is not None


def test_regression_key_measures_report_was_not_a_performance_report():
    paper = ("HARTLEY BOROUGH COUNCIL\n\nCabinet - 4 March 2026\n\nKey Measures - Quarter 3"
             "\n\nRef\tMeasure\tAim\tQ3 result\tStatus\nH1\tHomes built\t900\t612\tOn track\n"
             "H2\tBins collected on time (%)\t99\t98\tClose to target\n")
    assert classify.classify(paper) == "performance_report"


# ---------------------------------------------------------------------------- registers


def test_regression_register_header_with_the_id_not_first_was_unrecognised():
    header = classify.RISK_TABLE_HEADER
    assert header.search("Likelihood (1-5)\tImpact (1-5)\tControls\tRef\tRisk score")
    assert header.search("Owner\tNo.\tCurrent Score\tRisk")
    assert not header.search("The likelihood and impact of each risk in the register are scored"
                             " from 1 to 5 and the No. is its ref")


def test_regression_register_gate_missed_the_id_column_mid_header():
    assert risk_reader._shows_register("Strategic risks\nOwner No. Current Score Risk\nR1 ...\n")
    assert risk_reader._shows_register("L Lead Target C ID Current Risk title\n")
    assert risk_reader._shows_register("Risk reference Risk identified Likelihood Impact L x I\n")


def test_regression_register_took_the_level_column_as_the_score():
    header = Row(1, ["Likelihood", "Rating", "Risk description", "Score", "Ref", "Impact"])
    sample = Row(1, ["4", "High", "Staff vacancies reduce capacity", "12", "FSR/01", "3"])
    roles = header_columns(header, sample)
    assert roles is not None and roles["current"] == 3
    product = Row(1, ["Owner", "Inherent L x I", "Score", "Ref", "Residual L x I", "Risk"])
    roles = header_columns(product, Row(1, ["Treasurer", "4 x 5", "15", "CRR-02", "3 x 5",
                                      "Funding settlement insufficient for pay awards"]))
    assert roles is not None and roles["current"] == 4


def test_regression_register_section_row_with_its_number_last_was_a_risk():
    assert summary._section_row(Row(1, ["", "", "FINANCE", "", "", "1"]))
    assert summary._section_row(Row(1, ["1", "FINANCE"]))


def test_regression_register_continuation_row_narrower_than_its_header_ended_the_table():
    roles = {"id": 0, "likelihood": 2, "current": 3, "impact": 4, "title": 5}
    assert summary._in_table(Row(1, ["", "Target", "4", "12", "3"]), 6, roles)


def test_regression_heading_broken_inside_a_word_by_a_narrow_column():
    assert headings.mend_broken_word("Consequenc e") == "Consequence"
    assert headings.mend_broken_word("Risk rating") == "Risk rating"
    assert headings.mend_broken_word("L x I") == "L x I"


def test_regression_register_running_footer_between_pages_ended_the_table(tmp_path):
    (paper,) = mm.table_papers({"r6f_unitary_audit_pack.pdfsrc"})
    scores = mm.score(mm.split_table(paper, 2) or paper, tmp_path)
    assert (scores["risks"].tp, scores["risks"].fn) == (6, 0)


# ---------------------------------------------------------------------------- shared


def test_regression_one_tab_row_opening_a_page_was_not_a_table_row():
    pages = split_pages("Ref\tRisk\tScore\nR1\tCyber\t12\nR2\tBudget\t9\n\fR3\tStaff\t6\nEnd.\n")
    assert [t.texts() for t in pages[1].tables] == [[["R3", "Staff", "6"]]]
    # a lone tab line on a page after no table is not one
    assert split_pages("Text\n\fA\tB\tC\n")[1].tables == []


def test_regression_contract_page_gate_missed_a_wrapped_award_header():
    assert contract_page([
        "Description  Successful  Commencement  Contract  Estimated",
        "bidder  date  end  value (£)", "Home to school transport  3,840,000"])


def test_regression_letter_spaced_heading_read_as_one_word_in_text():
    (page,) = split_pages("P E R F O R M A N C E   R E P O R T   -   Q 3\nBody text.\n")
    assert page.lines[0].text == "PERFORMANCE REPORT - Q3"
    # a line of one-letter cells set out in tabs is a row, not a word
    (row,) = split_pages("R\tA\tG\tG\n")
    assert row.lines[0].text == "R A G G"


def test_regression_letter_spaced_heading_read_as_one_word_in_a_pdf(tmp_path):
    src = tmp_path / "spaced.pdfsrc"
    src.write_text("## COUNCIL\n^^ Performance Report - Quarter 3\nBody.\n| R | A | G | G |\n"
                   "| 1 | 2 | 3 | 4 |\n")
    texts = [line.text for page in load(mm.ha.render_pdf(src, tmp_path)).pages
             for line in page.lines]
    assert "Performance Report - Quarter 3" in texts
    # one-letter cells far apart are a row's cells, not a spaced word
    assert "R A G G" in texts


def test_regression_spaced_table_carried_onto_the_next_page_lost_its_rows():
    from kcc_papers.load import aligned

    first, second = split_pages(
        "Ref    Risk                     L    I    Score\n"
        "----   ----------------------   --   --   -----\n"
        "R1     Cyber attack             4    5    20\n"
        "R2     Budget gap               3    4    12\n"
        "\fR3     Loss of key staff        2    3    6\n")
    (carried,) = aligned.page_tables(second, first)
    assert carried.texts() == [["R3", "Loss of key staff", "2", "3", "6"]]
    # a page printing the header again reads its own table, the rows once
    header = "Ref    Risk          L    I    Score\n"
    again = split_pages(header + "R1     Cyber         4    5    20\n"
                        "R2     Budget gap    3    4    12\n\f" + header +
                        "R3     Staff         2    3    6\nR4     Fleet         2    2    4\n")
    assert [t.texts()[0] for t in aligned.page_tables(again[1], again[0])] == [
        ["Ref", "Risk", "L", "I", "Score"]]
