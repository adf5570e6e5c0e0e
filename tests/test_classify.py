"""Classification as a weighing of evidence, and the meeting every kind of paper names: the
generated samples of layouts nobody here built on, real papers, and the regressions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import ROOT, contexts, corpus_file, text_contexts
from heldout_support import heldout_accuracy
from kcc_papers.classify import (
    CLUES,
    HEADING_WEIGHT,
    KPI_TABLE_HEADER,
    MIN_MARGIN,
    MIN_SCORE,
    RISK_TABLE_HEADER,
    classify,
    kpi_headers,
    weigh,
)
from kcc_papers.extract import meetings
from kcc_papers.models import Meeting
from kcc_papers.normalise.dates import find_weekday_date
from kcc_papers.normalise.needles import lowered
from kcc_papers.pipeline import process_file

RAW = ROOT / "data" / "raw"
WEALDSHIRE = "Wealdshire County Council"


def _meeting(path: Path, kind: str) -> tuple[object, ...]:
    (ctx,) = contexts(path, kind)
    (m,) = meetings.extract(ctx)
    assert isinstance(m, Meeting)
    assert isinstance(m, Meeting)
    return (m.page, m.council, m.committee, m.meeting_date, m.meeting_time, m.venue)


# ------------------------------------------------------------------- papers that are not papers


def test_regression_statement_of_accounts_is_not_minutes() -> None:
    # Its approval page opens "Minutes of the Governance and Audit Committee ..." and quotes
    # what was RESOLVED; the notes "1. Accounting policies" ... once became minute items.
    result = process_file(str(RAW / "sample_statement_of_accounts.pdf"))
    assert [(d.kind, d.page_from, d.page_to, d.title) for d in result.documents] == [
        ("other", 1, 4, "Statement of Accounts 2023/24"),
    ]
    assert result.records == [] and result.findings == []


def test_strategy_consultation_report_is_other_and_yields_nothing() -> None:
    # Numbered sections, "RECOMMENDATIONS OF THE YOUTH PANEL", "we recommend", "it was agreed"
    # and "the Cabinet" in prose: once a report with an invented recommendation.
    result = process_file(str(RAW / "sample_strategy_consultation.txt"))
    assert [(d.kind, d.title) for d in result.documents] == [
        ("other", "Wealdshire Libraries Strategy 2025-2030"),
    ]
    assert result.records == [] and result.findings == []


def test_news_seed_is_other_and_yields_nothing() -> None:
    result = process_file(str(corpus_file("seeds/004_778a0aec62e25c92.txt")))
    assert [d.kind for d in result.documents] == ["other"]
    assert result.records == []


# ------------------------------------------------------------------- the weighing itself


def test_a_label_alone_is_too_little_evidence() -> None:
    text = "Recommendations:\nPlant more trees along the river.\n"
    assert weigh(text)["report"] < MIN_SCORE
    assert classify(text) == "other"


def test_counter_evidence_outweighs_a_minutes_heading() -> None:
    text = ("Minutes of the Audit Committee of the Council\nRESOLVED that the Statement of "
            "Accounts be approved.\nNotes to the Core Financial Statements\n1. Accounting "
            "policies\nThe accounts are prepared on an accruals basis.\n")
    scores = weigh(text, "minutes")
    assert scores["minutes"] - scores["other"] < MIN_MARGIN
    assert classify(text, "minutes") == "other"


def test_a_report_on_a_strategy_is_still_a_report() -> None:
    text = ("From: Jane Doe, Cabinet Member for Environment\nTo: Cabinet – 3 March 2025\n"
            "Subject: Draft Minerals Strategy\nRecommendation(s): Cabinet is asked to AGREE the "
            "draft strategy for consultation.\n")
    assert classify(text, "report", "Subject: Draft Minerals Strategy") == "report"


def test_a_summons_is_an_agenda_without_an_agenda_heading() -> None:
    text = ("You are summoned to a meeting of the Parish Council on Monday 2nd June 2025 at "
            "7.30pm to transact the business below.\n1. Apologies (Pages 1 - 4)\n")
    assert classify(text) == "agenda"


# ------------------------------------------------------------------- meeting identity


def test_regression_glued_dash_panel_heading_gives_committee_and_date() -> None:
    path = RAW / "sample_panel_report.pdf"
    assert _meeting(path, "report") == (
        1, WEALDSHIRE, "Corporate Parenting Panel", dt.date(2025, 11, 14), None, None,
    )
    (doc,) = process_file(str(path)).documents
    assert (doc.kind, doc.title, doc.council, doc.committee, doc.meeting_date) == (
        "report", "Virtual School Annual Report 2024/25", WEALDSHIRE,
        "Corporate Parenting Panel", dt.date(2025, 11, 14),
    )


def test_regression_glued_dash_heading_in_text() -> None:
    text = ("CORPORATE PARENTING PANEL– 29 October 2024\nFostering Service Annual Report\n"
            "Recommendation(s): The Panel is asked to NOTE the report.\n")
    (ctx,) = text_contexts(text)
    (m,) = meetings.extract(ctx)
    assert isinstance(m, Meeting)
    assert (ctx.document.kind, m.committee, m.meeting_date) == (
        "report", "Corporate Parenting Panel", dt.date(2024, 10, 29),
    )


def test_regression_above_council_is_the_council_of_the_heading() -> None:
    # "Minutes of a meeting of the above Council" under "TINTERN COMMUNITY COUNCIL"
    path = corpus_file("pdfs/tintern_community-council_2018-03-26_minutes.pdf")
    council = "Tintern Community Council"
    # "... at 7.00pm / in Tintern Village Hall.": the venue after the date is read too
    assert _meeting(path, "minutes") == (
        1, council, council, dt.date(2018, 3, 26), "7.00pm", "Tintern Village Hall",
    )
    agenda = corpus_file("pdfs/tintern_community-council_2019-04-29_agenda.pdf")
    assert _meeting(agenda, "agenda") == (
        1, council, council, dt.date(2019, 4, 29), "7.00pm", None,
    )


def test_regression_full_council_summons_cover_is_an_agenda() -> None:
    # Cover "Summons to and Agenda for an Extraordinary Meeting on Thursday, 9th January,
    # 2025"; then a letter dated 31 December 2024 and "A G E N D A".
    path = corpus_file("pdfs/kent_county_council_2025-01-09_agenda_frontsheet.pdf")
    assert _meeting(path, "agenda") == (
        1, None, "County Council", dt.date(2025, 1, 9), "10.00 am",
        "Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ",
    )


def test_no_year_in_the_heading_takes_the_year_whose_weekday_fits() -> None:
    # "held on Monday 25th June at 7.00pm"; the paper prints 2016 and 2018 elsewhere
    path = corpus_file("pdfs/tintern_community-council_2018-06-25_minutes.pdf")
    assert _meeting(path, "minutes")[3] == dt.date(2018, 6, 25)


@pytest.mark.parametrize(
    ("text", "years", "expected"),
    [
        ("held on Monday 25th June at 7pm", {2016, 2018}, dt.date(2018, 6, 25)),
        ("held on Monday 25th June at 7pm", {2016, 2017}, None),  # no year fits
        ("held on Monday 25th June at 7pm", {2018, 2029}, None),  # two fit: not guessed
        ("held on Monday 25th June 2018", {2018}, None),  # has its year: find_date's job
    ],
)
def test_find_weekday_date(text: str, years: set[int], expected: dt.date | None) -> None:
    assert find_weekday_date(text, years) == expected


def test_forward_plan_decision_due_names_the_deciding_meeting() -> None:
    assert _meeting(RAW / "sample_issue_details.html", "forward_plan")[2:4] == (
        "Cabinet", dt.date(2025, 2, 6),
    )


def test_a_letter_date_is_not_a_meeting_date() -> None:
    text = ("Date: 29 January 2025\nDear Member\nPlease find enclosed the papers.\n"
            "To: Mr A Smith, Cabinet Member for Roads\n")
    assert [meetings.extract(ctx) for ctx in text_contexts(text)] == [[]]


# ------------------------------------------------------------------- layout_unrecognised

HARBOUR_MINUTES = (
    "MINUTES of a meeting of the Harbour Board held at the Harbour Office on Tuesday, 6 May 2025\n"
    "Present: Mr A Fisher (Chairman), Mrs B Net, Mr C Quay\n"
    "The Board heard from the harbour master about the winter storms and the repairs to the "
    "north pier, which are to be finished by the summer.\n"
    "It was RESOLVED that the repairs go ahead as planned.\n"
)


def test_minutes_in_an_unknown_layout_give_a_finding_not_records(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR_MINUTES)
    result = process_file(str(path))
    (doc,) = result.documents
    assert (doc.kind, doc.committee, doc.meeting_date) == (
        "minutes", "Harbour Board", dt.date(2025, 5, 6),
    )
    assert [type(r).__name__ for r in result.records] == ["Meeting"]
    assert [(f.document_id, f.check, f.page) for f in result.findings] == [
        (doc.document_id, "layout_unrecognised", 1),
    ]


def test_regression_community_council_agenda_items_or_a_finding() -> None:
    # Tintern agendas number their items on from the minutes ("2448. Police Report"): either
    # the agenda reader reads them, or the paper says it gave nothing; never both, never neither.
    path = corpus_file("pdfs/tintern_community-council_2018-03-26_agenda.pdf")
    result = process_file(str(path))
    items = any(type(r).__name__ == "AgendaItem" for r in result.records)
    flagged = [(f.check, f.page) for f in result.findings] == [("layout_unrecognised", 1)]
    assert items != flagged


def test_recognised_papers_and_non_papers_get_no_layout_finding() -> None:
    for name in ("sample_agenda_pack.pdf", "sample_printed_minutes.pdf", "sample_news.txt",
                 "sample_statement_of_accounts.pdf", "sample_panel_report.pdf"):
        checks = [f.check for f in process_file(str(RAW / name)).findings]
        assert "layout_unrecognised" not in checks, name


def test_summons_cover_then_spaced_agenda_is_one_agenda_before_the_minutes() -> None:
    text = (
        "Summons to and\nAgenda for the Annual\nCouncil\nMeeting on\nMonday, 12th May, 2025\n\f"
        "To: All Members of the Town Council\nA meeting of the Town Council will be held at "
        "the Guildhall on Monday, 12th May, 2025 at 7.00 pm.\nA G E N D A\n1. Apologies\n"
        "2. Minutes of the meeting held on 7 April 2025 (Pages 1 - 4)\n\f"
        "MINUTES of a meeting of the Town Council held at the Guildhall on Monday, 7 April "
        "2025\nPresent: Cllr A Bell (Mayor), Cllr C Dean\n1. Apologies\nNone were received.\n"
        "2. Parking charges\nRESOLVED that the charges be frozen.\n"
    )
    ctxs = text_contexts(text)
    assert [(c.document.kind, c.segment.page_from) for c in ctxs] == [
        ("agenda", 1), ("minutes", 3),
    ]
    (m,) = meetings.extract(ctxs[0])
    assert isinstance(m, Meeting)
    assert (m.committee, m.meeting_date, m.meeting_time, m.venue) == (
        "Town Council", dt.date(2025, 5, 12), "7.00 pm", "Guildhall",
    )


# ------------------------------------------------------------------- house styles of other councils
# Invented papers in layouts common elsewhere: (text, kind, title, committee, date, time, venue)

STYLES = [
    ("CABINET\nMinutes of the meeting held on Tuesday, 10 September 2024 at 10.00 am in the "
     "Council Chamber, Town Hall\nPresent: Councillor A Smith (Chair), Councillor B Jones\n"
     "1. Apologies\nNone.\n2. Budget\nRESOLVED that the budget be noted.\n",
     "minutes", "Cabinet", dt.date(2024, 9, 10), "10.00 am"),
    ("MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD IN THE COUNCIL CHAMBER ON 3 OCTOBER "
     "2024 AT 7.00PM\nPRESENT: Councillors A, B and C\n1. APOLOGIES\nNone.\n2. 24/0001/FUL Land "
     "at Mill Lane\nRESOLVED: That permission be granted.\n",
     "minutes", "Planning Committee", dt.date(2024, 10, 3), "7.00pm"),
    ("Notice of Meeting\nPlanning Committee\nDate: Wednesday 2 October 2024\nTime: 7.00 pm\n"
     "Venue: Council Chamber, Civic Centre\nAgenda\n1. Apologies for absence\n2. Minutes (Pages "
     "1 - 6)\n3. Planning applications (Pages 7 - 40)\n",
     "agenda", "Planning Committee", dt.date(2024, 10, 2), "7.00 pm"),
    ("Meeting: Cabinet\nDate: 5 November 2024\nSubject: Leisure centre contract\nReport of: "
     "Director of Communities\nRecommendation(s): Cabinet is asked to approve the award of the "
     "contract.\n",
     "report", "Cabinet", dt.date(2024, 11, 5), None),
    ("NORTHBRIDGE DISTRICT COUNCIL\nMinutes of the Extraordinary Meeting of the Council held on "
     "Thursday, 5 December 2024 at 6.30 pm\nPresent: Councillor A (Chairman)\n1. Apologies\n"
     "None.\n2. Boundary review\nRESOLVED that the submission be approved.\n",
     "minutes", "Northbridge District Council", dt.date(2024, 12, 5), "6.30 pm"),
    ("Northbridge District Council\nCabinet\n5 November 2024\nLeisure Centre Contract\nReport of "
     "the Director of Communities\nRecommendations\nThat Cabinet approves the award.\n",
     "report", "Cabinet", dt.date(2024, 11, 5), None),
    ("Agenda item 6\nHIGHWAYS AND TRANSPORT COMMITTEE – 14 NOVEMBER 2024\nWinter Service Plan\n"
     "Report of the Director of Highways\nRecommendation: That the Committee approves the plan.\n",
     "report", "Highways and Transport Committee", dt.date(2024, 11, 14), None),
    ("Minutes of the Cabinet\nTuesday, 10 September 2024\nPresent: Councillor A (Chair)\n"
     "1. Apologies\nNone.\n2. Budget\nRESOLVED that the budget be noted.\n",
     "minutes", "Cabinet", dt.date(2024, 9, 10), None),
    ("MINUTES of the meeting of the LICENSING SUB-COMMITTEE held on 3rd October 2024\nPresent: "
     "Councillors A and B\n1. Application\nRESOLVED that the licence be granted.\n",
     "minutes", "Licensing Sub-Committee", dt.date(2024, 10, 3), None),
    ("Minutes of Meeting of the Audit and Scrutiny Committee of North Ayrshire Council held on "
     "Monday, 9 September 2024 at 10.00 a.m.\nPresent\nCouncillors A and B\n1. Declarations of "
     "Interest\nThere were no declarations.\n2. Internal audit\nThe Committee agreed to note "
     "the report.\n",
     "minutes", "Audit and Scrutiny Committee", dt.date(2024, 9, 9), "10.00 am"),
    ("Notice of Meeting and Agenda\nCabinet\nDate: Tuesday, 10 September 2024\nTime: 10.00 am\n"
     "Place: Council Chamber, Civic Offices\n1. Apologies for absence\n2. Declarations of "
     "interest\n3. Budget monitoring\n",
     "agenda", "Cabinet", dt.date(2024, 9, 10), "10.00 am"),
    ("Report to Cabinet\n10 September 2024\nBudget Monitoring Quarter 1\nReport of the Chief "
     "Finance Officer\nRecommendations\nThat Cabinet notes the forecast.\n",
     "report", "Cabinet", dt.date(2024, 9, 10), None),
    ("DECISION NOTICE\nCabinet - 10 September 2024\nBudget Monitoring Quarter 1\nDecision: "
     "Cabinet noted the forecast.\n",
     "decision", "Cabinet", dt.date(2024, 9, 10), None),
    # the date it was sent out comes first, and is not the meeting's
    ("AGENDA\nPublished: 2 September 2024\nCabinet\nDate: Tuesday, 10 September 2024\n"
     "Time: 10.00 am\n1. Apologies\n2. Budget (Pages 1 - 8)\n",
     "agenda", "Cabinet", dt.date(2024, 9, 10), "10.00 am"),
    ("CORPORATE PARENTING PANEL– 29 October 2024\nMINUTES\nPresent: Councillor A (Chair), "
     "Councillor B\n1. Apologies\nNone.\n2. Virtual School report\nRESOLVED that the report "
     "be noted.\n",
     "minutes", "Corporate Parenting Panel", dt.date(2024, 10, 29), None),
    ("Minutes of Full Council held on Thursday 27 February 2025 at 7.00 pm\nPresent: The Mayor "
     "(Chair), Councillors A and B\n1. Apologies\nNone.\n2. Budget\nRESOLVED that the budget "
     "be approved.\n",
     "minutes", "Full Council", dt.date(2025, 2, 27), "7.00 pm"),
]


@pytest.mark.parametrize(("text", "kind", "committee", "when", "time"), STYLES)
def test_house_styles_of_other_councils(
    text: str, kind: str, committee: str, when: dt.date, time: str | None
) -> None:
    (ctx,) = text_contexts(text)
    (m,) = meetings.extract(ctx)
    assert isinstance(m, Meeting)
    assert (ctx.document.kind, m.committee, m.meeting_date, m.meeting_time) == (
        kind, committee, when, time,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Annual Report 2023/24\nNorthbridge District Council\nWelcome from the Leader\nThis year "
        "the Council agreed a new plan. We recommend that residents visit our website.\n",
        "Northbridge District Council\nCorporate Strategy 2024-2028\nForeword\nThe Council "
        "agreed this strategy in March 2024.\n1. Our priorities\n1.1 Homes\n1.2 Jobs\n"
        "Recommendation: none\n",
    ],
)
def test_publications_that_are_not_papers_are_other(text: str) -> None:
    assert [c.document.kind for c in text_contexts(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Record of Executive Decision\nDecision taker: Cabinet Member for Highways\nDecision: "
         "To approve the speed limit order.\nDate of decision: 12 August 2024\n", "decision"),
        ("Corporate Performance Monitoring Report\nQuarter 2 2024/25\nIndicator Target Actual "
         "RAG\nCP01 Missed bins 80 75 Green\n", "performance_report"),
    ],
)
def test_titles_of_other_councils_papers(text: str, kind: str) -> None:
    assert [c.document.kind for c in text_contexts(text)] == [kind]
    # a Cabinet Member's decision and a stand-alone report name no meeting
    assert [meetings.extract(c) for c in text_contexts(text)] == [[]]


def test_a_heading_alone_is_not_enough() -> None:
    # A report page that happens to open with "Minutes of the ... Board": no one present,
    # nothing resolved, no chair: not minutes.
    text = ("Minutes of the Health and Wellbeing Board are attached at Appendix A.\n"
            "3.1 The Board discussed the joint strategy and the pharmacy assessment.\n")
    assert weigh(text, "minutes")["minutes"] == HEADING_WEIGHT
    assert classify(text, "minutes") == "other"


def test_a_report_carrying_the_accounts_as_its_appendix_is_a_report() -> None:
    accounts = "\n".join(f"Note {n}. Accounting policies and figures for note {n}." for n in
                         range(1, 60))
    text = ("From: Chief Finance Officer\nTo: Governance and Audit Committee – 24 September 2024\n"
            "Subject: Statement of Accounts 2023/24\nRecommendation(s): The Committee is asked to "
            "APPROVE the Statement of Accounts.\n1. Introduction\n1.1 The audited accounts are "
            "attached as Appendix A.\n" + "The audit found no material misstatement. " * 120 +
            "\nAppendix A\nStatement of Accounts 2023/24\nComprehensive Income and Expenditure "
            "Statement\nNotes to the Core Financial Statements\n" + accounts)
    assert classify(text, "report") == "report"


def test_another_councils_report_header_block_starts_a_document() -> None:
    text = (
        "AGENDA\nCABINET\nTuesday, 10 September 2024 at 10.00 am\n1. Apologies\n"
        "2. Leisure centre contract (Pages 3 - 6)\n3. Budget monitoring (Pages 7 - 10)\n\f"
        "Report to: Cabinet\nDate of meeting: 10 September 2024\nReport of: Director of "
        "Communities\nTitle: Leisure centre contract\n1. Recommendations\n1.1 That Cabinet "
        "approves the award of the contract.\n\f"
        "Report to: Cabinet\nDate of meeting: 10 September 2024\nReport of: Chief Finance "
        "Officer\nTitle: Budget monitoring\n1. Recommendations\n1.1 That Cabinet notes the "
        "forecast.\n"
    )
    ctxs = text_contexts(text)
    assert [(c.document.kind, c.segment.page_from, c.segment.title) for c in ctxs] == [
        ("agenda", 1, "AGENDA"),
        ("report", 2, "Leisure centre contract"),
        ("report", 3, "Budget monitoring"),
    ]
    heads = [meetings.extract(c)[0] for c in ctxs]
    assert [m.meeting_date for m in heads if isinstance(m, Meeting)] == [dt.date(2024, 9, 10)] * 3


def test_supplementary_pack_splits_off_its_equality_impact_assessment() -> None:
    # a covering letter, the report for item 7, and the EQIA form enclosed after it
    path = corpus_file("pdfs/kent_cabinet_2025-01-30_supplementary_pack_item7_24-00109.pdf")
    result = process_file(str(path))
    assert [(d.kind, d.page_from, d.page_to, d.committee, d.meeting_date)
            for d in result.documents] == [
        ("pack", 1, 22, "Cabinet", dt.date(2025, 1, 30)),
        ("other", 1, 1, "Cabinet", dt.date(2025, 1, 30)),
        ("report", 3, 11, "Cabinet", dt.date(2025, 1, 30)),
        ("other", 13, 21, "Cabinet", dt.date(2025, 1, 30)),
    ]
    assert [f.check for f in result.findings] == []


def test_regression_minutes_heading_deep_in_a_statement_of_accounts() -> None:
    # The cover says what the file is; a page far in that opens "Minutes of the Audit
    # Committee ..." above numbered notes must not make the rest of it minutes.
    notes = "\n".join(f"{n}. Note on the {w} balances\nThe balance is £{n}.{n}m." for n, w in
                      enumerate(["pension", "property", "debtor", "creditor", "loan"], start=1))
    narrative = "".join(f"Service {n} spent £{n}.0m against its budget.\n" for n in range(14))
    text = ("Wealdshire County Council\nStatement of Accounts 2023/24\n\fNarrative Report\n"
            + narrative + "\f"
            "Minutes of the Audit Committee of the County Council held on 24 September 2024\n"
            "RESOLVED that these accounts be approved.\n" + notes + "\n")
    ctxs = text_contexts(text)
    assert [c.document.kind for c in ctxs] == ["other", "other"]
    # the same minutes page in a file whose cover is a committee's is minutes
    committee = text.replace("Statement of Accounts 2023/24", "Audit Committee papers")
    assert [c.document.kind for c in text_contexts(committee)][-1] == "minutes"


CATALOGUE = """# Committee papers for the working group

Papers of the Cabinet and the Policy and Resources Committee: agenda, minutes, KPIs with RAG,
the Quarterly Performance Report and the risk register.

| file | what it is |
|---|---|
| cabinet_agenda.pdf | Cabinet agenda, 30 January 2025 |
| cabinet_minutes.pdf | Cabinet minutes: RESOLVED texts |
| quarterly_performance_report.pdf | KPIs with RAG, target and floor |
| risk_register.pdf | corporate risk register |
| decision_notice.txt | record of decision |
"""


def test_regression_corpus_readme_was_a_performance_report() -> None:
    """A folder's README listing its papers (the corpus's own) was read as a performance
    report and given a layout_unrecognised finding: a catalogue of files is no paper."""
    assert classify(CATALOGUE) == "other"


def test_a_report_citing_two_background_files_is_still_a_report() -> None:
    report = ("Report to the Cabinet\n\nRecommendation(s): Cabinet is asked to NOTE the report."
              "\n\nBackground documents: budget_2025.pdf, consultation_results.xlsx\n")
    assert classify(report) != "other"


# ------------------------------------------------ review finding 1: an agenda's items as titles

def _kinds(path: Path) -> list[str]:
    """The kinds of a file's documents (a pack's own row left out)."""
    return [d.kind for d in process_file(str(path)).documents if d.kind != "pack"]


AGENDA_ITEMS_AS_HEADINGS = (
    "<html><body><h1>Planning Committee</h1><p>Tuesday 10 March 2026 at 7.00 pm</p>"
    "<p>Council Chamber, Town Hall</p><h2>Agenda</h2>"
    "<h3>1. Apologies for absence</h3><p>To receive apologies.</p>"
    "<p>Substitutes to be notified.</p>"
    "<h3>Minutes</h3><p>To approve the minutes of the meeting held on 10 February 2026.</p>"
    "<p>(Pages 1 - 6)</p><h3>Urgent decisions</h3>"
    "<p>To note any decisions taken under urgency since the last meeting.</p><p>(Pages 7 - 8)</p>"
    "<h3>4. Planning applications</h3><p>To consider the applications listed.</p>"
    "<p>(Pages 9 - 40)</p></body></html>")


def test_regression_html_agenda_items_set_as_headings_split_into_minutes_and_decisions(
        tmp_path: Path) -> None:
    # "Minutes" and "Urgent decisions" in <h3>, 1.4x the body, once each started a document
    path = tmp_path / "agenda.html"
    path.write_text(AGENDA_ITEMS_AS_HEADINGS, encoding="utf-8")
    assert _kinds(path) == ["agenda"]


def test_regression_pdf_agenda_items_set_large_split_into_minutes_and_decisions(
        tmp_path: Path) -> None:
    src = tmp_path / "agenda.pdfsrc"
    src.write_text("** NORTHSHIRE COUNCIL\n** PLANNING COMMITTEE\nTuesday 10 March 2026 at 7.00 pm"
                   "\nCouncil Chamber, County Hall\n** AGENDA\n## 1. Apologies for absence\n"
                   "To receive apologies.\n## Minutes\nTo approve the minutes of the meeting held "
                   "on 10 February 2026.\n(Pages 1 - 6)\n## Urgent decisions\nTo note any decisions"
                   " taken under urgency.\n(Pages 7 - 8)\n## 4. Planning applications\n"
                   "To consider the applications listed.\n(Pages 9 - 40)\n")
    pdf = heldout_accuracy.render_pdf(src, tmp_path)
    assert _kinds(pdf) == ["agenda"]


def test_minutes_titled_large_on_the_page_after_an_agenda_still_start_a_document(
        tmp_path: Path) -> None:
    # the other side of the rule: a pack's minutes, titled larger than its agenda, on a page
    # of their own
    src = tmp_path / "pack.pdfsrc"
    src.write_text("## STRATHMORRAN INTEGRATION JOINT BOARD\n** AGENDA\nWednesday 18 March 2026 at"
                   " 2.00 pm\n1. Welcome and apologies (Pages 1 - 2)\n2. Minute of Meeting of 21 "
                   "January 2026 (Pages 3 - 6)\n--- page ---\n## STRATHMORRAN INTEGRATION JOINT "
                   "BOARD\n## MINUTE OF MEETING\nMinute of the meeting of the Strathmorran "
                   "Integration Joint Board held on Wednesday 21 January 2026 at 2.00 pm.\n"
                   "Present: Councillor A Gillies (Chair), Ms F Munro.\n"
                   "** 1. WELCOME AND APOLOGIES\nThe "
                   "Chair welcomed everyone to the meeting.\n** 2. DIRECTIONS POLICY\nThe Board "
                   "approved the revised Directions Policy.\n")
    pdf = heldout_accuracy.render_pdf(src, tmp_path)
    assert _kinds(pdf) == ["agenda", "minutes"]


# ----------------------------------------- review finding 2: a report's labels as a KPI header

STANDARDS_REPORT = """Report to Standards Committee - 12 March 2026
Code of Conduct complaints
Status: For information
Period covered: 1 Jan 2026 to 31 Mar 2026
Report of the Monitoring Officer
1. Recommendation
That the Committee notes the complaints received in the period.
"""
LICENSING_REPORT = """Report to Licensing Committee - 12 March 2026
Reference No. 14/2026
Target date: 31 Mar 2026
Review of the hackney carriage fares
Report of the Head of Licensing
1. Recommendation
That the Committee approves the consultation on the revised fares.
"""


@pytest.mark.parametrize("text", [STANDARDS_REPORT, LICENSING_REPORT])
def test_regression_labelled_report_head_read_as_a_kpi_table_header(text: str) -> None:
    # "Code" / "Reference", then "Status:" or "Target date:" and a month within three lines
    # once made a performance report of a report on complaints or fares
    assert not KPI_TABLE_HEADER.search(text)
    assert classify(text) == "report"


@pytest.mark.parametrize("header", [
    "Ref\tMeasure\tTarget\tQ3 2025/26\tRAG",
    "Code Indicator Year end 2024/25 Quarter 3 2025/26\nActual Target RAG Trend",
    "Frequency Good is Target 2025/26 Q2 2025/26 RAG Status\nIndicator",
    "Measure Description Change Plan aim Assessment\nDec 2024 Dec 2025",
])
def test_kpi_table_headers_over_lines_are_still_read(header: str) -> None:
    assert KPI_TABLE_HEADER.search(header)


# --------------------------------------- review finding 12: the word "no" as a register's id

@pytest.mark.parametrize("line", [
    "No risk rating available for this project",
    "Risk score no change since Q2",
])
def test_regression_the_word_no_was_read_as_a_risk_registers_id_column(line: str) -> None:
    report = (f"Report to Cabinet - 12 March 2026\nCapital programme update\n{line}\n"
              "1. Recommendation\nThat the Cabinet notes the programme.\n")
    assert not RISK_TABLE_HEADER.search(line)
    assert weigh(report)["risk_register"] == 0


@pytest.mark.parametrize("header", [
    "No.\tRisk\tLikelihood\tImpact\tScore", "No\tRisk\tLikelihood\tImpact\tScore",
    "No | Risk | Current Score | Owner",
    "Risk No. Risk Title Likelihood Impact Current Risk Rating",
])
def test_a_registers_no_column_is_still_its_id(header: str) -> None:
    assert RISK_TABLE_HEADER.search(header)


# ------------------- review finding 14b: a ModernGov page is the one _find_starts recognised

def test_regression_a_page_heading_below_another_heading_kept_a_heading_alone(
        tmp_path: Path) -> None:
    # "Agenda item" as a line of a statement of accounts was taken for a ModernGov page's
    # heading after the segmenter had started a document at "Minutes of ...", so the heading's
    # kind overrode the evidence against it being a paper at all
    path = tmp_path / "accounts.txt"
    path.write_text("Minutes of the Audit Committee held on 3 March 2026\nAgenda item\n"
                    "Statement of Accounts 2024/25\nNotes to the Core Financial Statements\n"
                    "1. Accounting Policies\nComprehensive Income and Expenditure Statement\n"
                    "The Council's gross expenditure on services was £412.6m.\n")
    assert _kinds(path) == ["other"]


def _clue_texts() -> list[str]:
    """Papers of many councils' layouts (the held-out sources and the samples), and lines
    written to hit every clue that has words it needs."""
    papers = sorted((ROOT / "tests" / "heldout" / "papers").iterdir()) + sorted(RAW.glob("*.txt"))
    written = [
        "Members are hereby requested to attend\nthe meeting", "SUMMONS TO ATTEND",
        "will be held at County Hall for the purpose of", "NOTICE IS HEREBY GIVEN that a "
        "meeting of the Council will be held", "RESOLVED that", "Recommendation(s):",
        "Cabinet is asked", "PROPOSED RECORD OF DECISION", "Decision Recording Form",
        "Performance Dashboard", "KPI ... RAG", "Corporate RISK  REGISTER",
        "Board Assurance Framework", "Risk ID 1 ... Risk Owner: A", "Statement of the Accounts",
        "Notes to the Core Financial Statements", "Note 1. Accounting Policies",
        "Movement in Reserves Statement", "Independent auditor's report",
        "Consultation Findings", "have your  say", "You said, we did", "minutes.PDF agenda.docx",
        # letters re.IGNORECASE matches to ASCII ones (a Kelvin sign, a long s, a dotless i)
        "Performance \u212aPI and RAG", "\u017ftatement of Accounts", "\u0130T WAS RESOLVED",
    ]
    return [p.read_text(errors="replace") for p in papers if p.is_file()] + written


def test_clue_needs_are_in_every_match() -> None:
    """A clue's ``needs`` skip its scan of a document without those words: every match of
    its pattern must hold one, in whatever case (or its pattern may miss a paper)."""
    texts = _clue_texts()
    checked = 0
    for clue in CLUES:
        for text in texts:
            for m in clue.pattern.finditer(text):
                assert any(w in lowered(m.group()) for w in clue.needs or ("",)), (
                    clue.pattern.pattern[:60], m.group())
                checked += bool(clue.needs)
    assert checked > 100


def test_kpi_header_is_tried_only_where_its_words_are() -> None:
    """``kpi_headers`` tries KPI_TABLE_HEADER at the line starts holding the words it needs
    alone: the same places as a scan of every line, on whole papers and on their heads (and
    on lines where only a folded letter or the next line gives the word)."""
    written = ["Ref\tMeasure\tTarget\tActual", "\u212aPI  Target  Q3", "Key\nRef Indicator "
               "Target Latest", "Meaſure | Aim | Q2", "\u0130ndicator  Target  Latest  RAG"]
    checked = 0
    for text in [*_clue_texts(), *written]:
        for where in (text, text[:3000]):
            found = [m.start() for m in KPI_TABLE_HEADER.finditer(where)]
            assert kpi_headers(where) == found, where[:80]
            checked += len(found)
    assert checked > 50


def test_lowered_reads_the_letters_ignorecase_folds_to_ascii() -> None:
    assert lowered("\u017ftatement \u0130tem \u0131d \u212aPI") == "statement item id kpi"
