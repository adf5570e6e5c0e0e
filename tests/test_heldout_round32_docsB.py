"""Held-out round 32, documents of batches A, E, F and G: the rules the round's misses showed
(an appendix stamped as its report's item's, a subject wrapped after its colon, a standard
keyed green where its target is met, a web page's lead saying it reproduces the report, a
masthead line naming the body then its meeting's weekday, date and time, a heading on an
agenda's notes page), each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, html_table, pack_documents, source_lines
from kcc_papers.classify import classify

# r32e: a housing committee's pack, its report labelled "Agenda item: 4" (no stamp on its first
# page), each appendix on a page of its own stamped "Item 4 - Appendix A" over its title set
# large: the report's own appendices, not five papers more.
APPENDICES_PACK = source_lines(
    "%% header Brackenridge Borough Council | Housing Committee | 15 March 2033",
    "## Brackenridge Borough Council",
    "** Housing Committee",
    "Date:\tTuesday 15 March 2033",
    "Time:\t7.00 pm",
    "** AGENDA",
    "1. Apologies for Absence",
    "2. Housing Compliance Report: Quarter 3 2032/33",
    "--- page ---",
    "## Brackenridge Borough Council",
    "** Housing Compliance Report: Quarter 3 2032/33",
    "Report to:\tHousing Committee",
    "Date of meeting:\t15 March 2033",
    "Report of:\tHead of Property Services",
    "Agenda item:\t2",
    "Appendices:\tA and B",
    "** 1. Recommendations",
    "1.1 That the Committee notes the compliance position set out in Appendices A and B.",
    "--- page ---",
    "Item 2 - Appendix A",
    "** Appendix A: Housing stock by type, 31 December 2032",
    "| Type | Homes |",
    "| General needs flats | 3,214 |",
    "| Sheltered flats | 612 |",
    "--- page ---",
    "Item 2 - Appendix B",
    "** Appendix B: Tenant feedback summary",
    "The Tenants' Panel reviewed this report's draft on 24 February 2033 and welcomed it.",
)


def test_an_appendix_stamped_as_its_reports_item_is_part_of_the_report(tmp_path: Path) -> None:
    assert pack_documents(APPENDICES_PACK, tmp_path) == [
        ("agenda", "2033-03-15", "Housing Committee"),
        ("report", "2033-03-15", "Housing Committee"),
    ]


def test_an_appendix_stamped_as_another_item_is_still_a_paper(tmp_path: Path) -> None:
    # (the stamp names item 3's appendix: no part of item 2's report)
    pack = APPENDICES_PACK.replace("Item 2 - Appendix A", "Item 3 - Appendix A")
    assert len(pack_documents(pack, tmp_path)) > 2


# r32a: a joint board's text pack, the report's "Subject:" wrapped after its title's colon
# ("... Wellbeing Strategy:" over "Outcomes Dashboard"): the dashboard is the report's subject.
WRAPPED_SUBJECT_REPORT = """From:           Director of Public Health, Kent County Council
To:             Kent and Medway Joint Health and Wellbeing Board
                10 December 2019
Subject:        Kent and Medway Joint Health and Wellbeing Strategy:
                Outcomes Dashboard
Classification: Unrestricted

Summary: This report presents the Board's dashboard of outcomes.

Recommendation(s): The Board is asked to NOTE the report.

1.  Introduction

1.1 The Board agreed the strategy in 2018 and reviews it each year.
"""


def test_a_subject_wrapped_after_its_colon_names_the_dashboard() -> None:
    assert classify(WRAPPED_SUBJECT_REPORT, "report") == "performance_report"


# r32a: a pension fund committee's administration report, its table headed "Service standard
# | Target | Jan-Mar 2021 | Status" and keyed "A standard is Green where the target is met":
# a performance report, though no KPI's word heads its table.
STANDARDS_REPORT = """KENT COUNTY COUNCIL
By:	Corporate Director of Finance
To:	Pension Fund Committee - 25 June 2021
Subject:	PENSIONS ADMINISTRATION
Classification:	Unrestricted
Summary: To report the work of the Pensions Section in the quarter.
Recommendation: The Committee is asked to note the report.
1. Service standards
1.1 A standard is Green where the target is met, Amber within 5% of it and Red below that.
Service standard | Target | Jan-Mar 2021 | Status
Retirement quotes issued within 10 working days | 90% | 93% | Green
Death grants paid within 10 working days | 90% | 97% | Green
"""


def test_a_standard_keyed_green_where_its_target_is_met_makes_a_performance_report() -> None:
    assert classify(STANDARDS_REPORT, "report") == "performance_report"


def test_savings_keyed_so_make_no_performance_report() -> None:
    budget = STANDARDS_REPORT.replace("A standard is", "A savings measure is")
    assert classify(budget, "report") == "report"


# r32f: a combined authority's web page reproducing a board's report: the site's name, the
# page's title and its lead ("This page reproduces the ... report considered by ...", one long
# line) over the report's labels: one paper, the page's lead its introduction.
WEB_REPORT = html_page(
    '<header><a href="/">Calderbrook Mayoral Combined Authority</a>',
    '<form action="/search"><label for="q">Search</label><input id="q" name="q"></form>'
    "</header>",
    "<h1>Performance Framework: Quarter 2 2032/33</h1>",
    '<p class="lead">This page reproduces the performance framework report considered by the '
    "Combined Authority Board at its meeting on 19 November 2032. The report and its "
    "appendices are also available as a PDF from the meeting page.</p>",
    "<dl><dt>Meeting</dt><dd>Combined Authority Board</dd><dt>Date</dt>"
    "<dd>19 November 2032</dd><dt>Report of</dt><dd>Head of Policy and Performance</dd>"
    "<dt>Portfolio</dt><dd>Mayor (Strategy and Performance)</dd></dl>",
    "<h2>Recommendation</h2>",
    "<p>That the Board notes performance against the Mayoral Outcomes Framework.</p>",
    html_table(["Ref", "Indicator", "Target", "Latest", "Status"],
               [["MO1.1", "Employment rate (%)", "75.0", "73.6", "On track"],
                ["MO1.2", "Median weekly pay (£)", "720.00", "668.20", "Slipping"]]),
)


def test_a_web_pages_lead_reproducing_the_report_is_no_paper_of_its_own(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(WEB_REPORT)
    assert documents_of(page) == [
        ("performance_report", "2032-11-19", "Combined Authority Board")]


# r32g: a county cabinet's pack, its agenda headed by the meeting on one line ("Cabinet -
# Thursday 25 September 2031, 10.00 am, Shire Hall, Ludcastle") over a table of items that
# never says "Agenda", and a page of notes for the public under it.
NAMED_DATE_PACK = source_lines(
    "%% header Wrekinshire County Council - Cabinet - 25 September 2031",
    "## Wrekinshire County Council",
    "** Cabinet - Thursday 25 September 2031, 10.00 am, Shire Hall, Ludcastle",
    "|~ Item | Business |",
    "| 1 | Apologies |",
    "| 2 | Minutes of the Meeting held on 24 July 2031 |",
    "| 3 | Corporate Risk Register |",
    "--- page ---",
    "** Notes",
    "Cabinet members are asked to declare any disclosable pecuniary interests or other "
    "registrable interests in any item on the agenda. The public may attend the meeting, which "
    "is also webcast live on the Council's website and archived for six months.",
    "Call-in: decisions taken at this meeting may be called in by any five non-executive "
    "councillors within five working days of the publication of the decision notice.",
    "--- page ---",
    "** Minutes of the Cabinet held on 24 July 2031",
    "Present:\tCouncillors A Bramhall (Chair), C Dunmore, E Kettleby",
    "** 41/31 Apologies",
    "Apologies were received from Councillor Pochin.",
    "** 42/31 Minutes",
    "Agreed: that the minutes of the meeting held on 19 June 2031 be confirmed.",
)


def test_a_masthead_naming_the_body_then_its_weekday_date_and_time_heads_an_agenda(
        tmp_path: Path) -> None:
    assert pack_documents(NAMED_DATE_PACK, tmp_path)[0] == ("agenda", "2031-09-25", "Cabinet")


# r32g: a metropolitan borough's cabinet pack, the agenda's second page of notes for the public
# ("Information for members of the public", then "Forward plan" over a sentence saying where
# the plan is published), each heading in the one type: the agenda's notes, no forward plan.
NOTES_PACK = source_lines(
    "%% header Ravensclough Metropolitan Borough Council - Cabinet - 15 July 2031",
    "## Ravensclough Metropolitan Borough Council",
    "** Cabinet",
    "Date:\tTuesday 15 July 2031 at 6.00 pm",
    "Venue:\tCouncil Chamber, Ravensclough Town Hall",
    "** Agenda",
    "1. Apologies for Absence",
    "2. Minutes of the Previous Meeting",
    "--- page ---",
    "** Information for members of the public",
    "This meeting is open to the public except where exempt information is being considered. "
    "Anyone wishing to speak on an item must register with Democratic Services.",
    "** Forward plan",
    "Key decisions due at the next meetings of the Cabinet are published in the Forward Plan "
    "at least 28 clear days before they are taken.",
    "--- page ---",
    "## Ravensclough Metropolitan Borough Council",
    "** Minutes of the meeting of the Cabinet held on Tuesday 17 June 2031",
    "Present:\tCllr B Ollerenshaw (in the Chair), Cllr I Sadiq",
    "** CAB.14 Apologies for Absence",
    "An apology was received from Councillor Tattersall.",
)


def test_a_heading_on_the_agendas_notes_page_is_a_section_of_the_agenda(
        tmp_path: Path) -> None:
    assert [kind for kind, _, _ in pack_documents(NOTES_PACK, tmp_path)] == [
        "agenda", "minutes"]
