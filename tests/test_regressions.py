"""A regression test per bug found on a paper (pdfplumber's test_issues.py style)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.models import Contract, Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file

RAW = ROOT / "data" / "raw"


def test_regression_kent_minutes_correctly_recorded_is_an_approval() -> None:
    text = ("RESOLVED that the minutes of the meeting held on 9 January 2025 are correctly "
            "recorded and that they be signed by the Chairman.")
    assert classify_outcome(text) == "approved"


def test_regression_recommendation_sentence_running_onto_recommendations_to() -> None:
    lines = [
        (1, "Recommendation(s):"),
        (1, "The Committee is asked to ENDORSE or make"),
        (1, "recommendations to the Cabinet Member for Finance on the proposed decision to:"),
        (1, "(a) EXTEND the contract for two years; and"),
        (1, "(b) DELEGATE authority to the Director of Infrastructure."),
        (1, "1. Introduction"),
    ]
    (block,) = find_recommendations(lines)
    assert block.text.startswith("The Committee is asked to ENDORSE or make recommendations to")
    assert "(b) DELEGATE" in block.text


def test_regression_sample_report_has_one_recommendation_decision() -> None:
    result = process_file(str(RAW / "sample_agenda_pack.pdf"))
    asks = [r for r in result.records if isinstance(r, Decision)
            and r.source == "report" and r.ref == "24/00123"]
    assert len(asks) == 1 and asks[0].outcome == "endorsed"


def test_regression_kent_recorded_vote_with_side_headings() -> None:
    from kcc_papers.extract.minutes.votes import recorded_votes

    lines = ["3. A recorded vote was requested.", "For (3)", "Mr A Abel, Mrs B Bell and Mr",
             "C Cole", "Against (1)", "Ms D Dunn", "Abstain (0)", "Carried",
             "4. RESOLVED that the report be noted."]
    (vote,) = recorded_votes(lines)
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (
        3, 1, 0, "carried")
    assert vote.names_for == ["Mr A Abel", "Mrs B Bell", "Mr C Cole"]
    assert vote.names_against == ["Ms D Dunn"] and vote.names_abstain == []


def test_regression_total_facilities_management_is_not_a_totals_row() -> None:
    from kcc_papers.extract.contracts.table_header import TOTAL

    assert not TOTAL.match("Total Facilities Management (Mid Kent)")
    assert TOTAL.match("Total") and TOTAL.match("Totals £426,429.60") and TOTAL.match("Total:")


def test_regression_sample_contract_table_with_period_column() -> None:
    result = process_file(str(RAW / "sample_agenda_pack.pdf"))
    rows = sorted(
        (r.provider, r.start_date, r.end_date, r.value_gbp)
        for r in result.records if isinstance(r, Contract)
    )
    assert rows == [
        ("Acme FM Ltd", "2021", "2027", 12_500_000.0),
        ("Brightwell Services Ltd", "2021", "2027", 9_800_000.0),
        ("Castleford Compliance Ltd", "2022", "2025", 1_600_000.0),
    ]


def test_regression_contract_page_test_reads_wrapped_header_cells() -> None:
    from kcc_papers.extract.contracts.contract_pages import contract_page

    # Kent 24/00093 prints "Contract" / "End Date" / "Contract value" / "per Annum" on 4 lines.
    lines = ["Centre Area Contract", "End Date", "Contract value", "per Annum",
             "Millmead Margate 31/03/2025 £222,127.44"]
    assert contract_page(lines)
    assert not contract_page(["The contract was discussed at length by the committee."])


def test_regression_damaged_budget_register_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    # Found by the fuzz test: one byte deleted mid-file leaves PDFium reading both pages but
    # pdfminer fewer, and the budget-register reader indexed past pdfminer's pages.
    data = bytearray((RAW / "sample_budget_risk_register.pdf").read_bytes())
    middle = (len(data) - 1) // 2
    del data[middle : middle + 1]
    path = tmp_path / "register.pdf"
    path.write_bytes(bytes(data))
    result = process_file(str(path))
    assert result.error is None
    assert [(f.check, f.page) for f in result.findings] == [("source_damaged", 2)]


def test_regression_decision_title_wrapping_after_a_dash() -> None:
    from conftest import corpus_file
    from kcc_papers.load import load
    from kcc_papers.segment import segment

    path = corpus_file("pdfs/kent_cabinet_2025-01-30_24-00108_proposed_record_of_decision.pdf")
    with load(path) as source:
        (seg,) = segment(source)
    assert seg.title == "Revenue and Capital Budget Monitoring Report – September 2024-2025"


def test_regression_database_of_an_earlier_version_gains_new_columns(tmp_path: Path) -> None:
    """A database made before a model gained a field must take the new records, not fail."""
    import duckdb

    from kcc_papers import store

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE contracts (document_id VARCHAR, provider VARCHAR)")
    con.close()
    with store.connect(db) as con:
        cols = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'contracts'").fetchall()}
    assert cols == set(store.table_models()["contracts"].model_fields)


def test_regression_subject_to_in_a_resolution_is_not_the_subject_label(tmp_path: Path) -> None:
    """A resolution line "subject to the following amendment: ..." once became the title."""
    from kcc_papers.load import load
    from kcc_papers.segment import segment

    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "MINUTES of a meeting of the Audit Committee held on 1 May 2025.\n\n"
        "5. Internal Audit Plan\n(Item 5)\n"
        "RESOLVED that the plan be approved,\n"
        "subject to the following amendment: one more review.\n"
    )
    with load(paper) as source:
        (doc,) = segment(source)
    assert doc.kind == "minutes"
    assert doc.title == "MINUTES of a meeting of the Audit Committee held on 1 May 2025."


def test_regression_attendance_page_is_not_an_unrecognised_layout() -> None:
    """A ModernGov "Meeting attendance" page gives attendance, not minute items: reading it
    is not a failure to recognise its layout."""
    result = process_file(str(ROOT / "data" / "raw" / "sample_moderngov_attendance.html"))
    assert any(type(r).__name__ == "Attendance" for r in result.records)
    assert [f.check for f in result.findings if f.check == "layout_unrecognised"] == []


def test_regression_recorded_vote_honours_are_not_voters_and_motion_lost_is_the_outcome(
        tmp_path: Path) -> None:
    """Kent's recorded votes: "Sir Paul Carter, CBE" is one voter, and "Motion lost." under
    the names is the vote's outcome (they were a voter "CBE" and an outcome 'recorded')."""
    from conftest import text_contexts
    from kcc_papers.extract import minutes

    text = (
        "MINUTES of a meeting of the County Council held on 1 May 2025.\n\n"
        "5. Motion on Buses\n(Item 5)\n"
        "The motion was put to the vote and the voting was as follows:\n"
        "For (3)\n"
        "Sir Paul Carter, CBE, Mr A Hill, OBE and Mrs B Love\n"
        "Against (2)\n"
        "Mr C Dean and Ms E Fox\n"
        "Motion lost.\n"
        "RESOLVED that the motion be not agreed.\n"
    )
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    from kcc_papers.models import Vote

    votes = [r for r in minutes.extract(ctx) if isinstance(r, Vote)]
    assert [(v.votes_for, v.names_for, v.votes_against, v.outcome) for v in votes] == [
        (3, ["Sir Paul Carter", "Mr A Hill", "Mrs B Love"], 2, "lost")]
    assert not [f for f in ctx.findings if f.check == "vote_names_count_mismatch"]


def test_regression_recorded_vote_count_against_names_is_checked(tmp_path: Path) -> None:
    from conftest import text_contexts
    from kcc_papers.extract import minutes

    text = (
        "MINUTES of a meeting of the County Council held on 1 May 2025.\n\n"
        "5. Motion on Buses\n(Item 5)\n"
        "For (3)\n"
        "Mr A Hill and Mrs B Love\n"
        "Carried\n"
        "RESOLVED that the motion be agreed.\n"
    )
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    minutes.extract(ctx)
    assert [f.message for f in ctx.findings if f.check == "vote_names_count_mismatch"] == [
        "minute 5: 3 for but 2 names listed"]


def test_regression_tintern_body_initials_after_a_name_are_not_an_attendee() -> None:
    from kcc_papers.extract.minutes.attendance import parse_attendance

    people = parse_attendance(["Present: Chairman Cllr Mrs Shewell, Councillors Hayward,",
                               "Cobb, Mr David James, Katie Knill & Mr Ashey Eley, MHA",
                               "Apologies: Mr A King, MBE, Mr B Smith"])
    names = [p.name for p in people]
    assert "MHA" not in names
    eley = [(p.name, p.role) for p in people if p.name.endswith("Eley")]
    assert eley == [("Mr Ashey Eley", "MHA")]
    # Honours stay part of the name, as before.
    assert "Mr A King, MBE" in names and len(people) == 8
