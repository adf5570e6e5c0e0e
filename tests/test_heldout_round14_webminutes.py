"""Regression tests for held-out round 14's misses in minutes and decisions of web pages and
text forms, and in minutes' numbering: each named after the bug, on small papers written here
in the layouts that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, documents_of, minutes_of, numbers, pdf_minutes, rendered
from kcc_papers.load.html_dom import is_chrome, parse
from kcc_papers.pipeline import process_file

# ------------- a web page's minutes titled "Minutes:" read as a decision notice of its breadcrumbs

WEB_MINUTES = """<!DOCTYPE html>
<html><head><title>Minutes - Licensing Committee, Monday 3 October 2022 | Eastmere Borough Council</title></head>
<body>
<header class="em-header"><a href="/">Eastmere Borough Council</a></header>
<div class="mgBreadCrumbs"><a href="/democracy">Your council and democracy</a> &gt; <a href="mgListCommittees.aspx">Committee structure</a> &gt;
<a href="mgCommitteeDetails.aspx?ID=7">Licensing Committee</a> &gt; <a href="ieListDocuments.aspx?MId=91">
Meeting of Licensing Committee on Monday 3 October 2022, 10.00 am</a> &gt; Minutes</div>
<h1 class="mgMainTitleTxt">Minutes:</h1>
<p class="mgSubTitleTxt">Licensing Committee, Monday 3 October 2022, 10.00 am</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>7.</p></td><td>
<p class="mgSubItemTitleTxt">Apologies for absence</p>
<p>Apologies were received from Councillor Ruth Amble.</p></td></tr>
<tr><td class="mgItemNumberCell"><p>8.</p></td><td>
<p class="mgSubItemTitleTxt"><a href="mgIssueHistoryHome.aspx?IId=5">Street Trading Policy Review</a></p>
<p><strong>Minutes:</strong></p>
<p>The Licensing Manager introduced the draft policy.</p>
<p><strong>Resolved:</strong></p>
<ol type="a"><li>That the draft Street Trading Policy be approved for consultation.</li>
<li>That a report on the responses come to the next meeting.</li></ol>
<p><strong>Resolved:</strong></p>
<p>That the fees for 2023/24 be frozen.</p></td></tr>
</table>
</body></html>
"""  # noqa: E501


def test_regression_web_minutes_titled_with_a_colon_read_as_a_decision(tmp_path: Path) -> None:
    # "Minutes:" in the page's title type was not taken for the page's own heading (only the
    # bare word was), and the camel-case breadcrumbs ("mgBreadCrumbs") were not chrome: the
    # page was read as one decision notice whose text was its breadcrumb trail
    path = tmp_path / "minutes.html"
    path.write_text(WEB_MINUTES)
    assert documents_of(path) == [("minutes", "2022-10-03", "Licensing Committee")]
    records = process_file(str(path)).records
    assert numbers(records) == [("7", "Apologies for absence"),
                                ("8", "Street Trading Policy Review")]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("8", "Resolved:\na. That the draft Street Trading Policy be approved for consultation.\n"
              "b. That a report on the responses come to the next meeting."),
        ("8", "Resolved: That the fees for 2023/24 be frozen."),
    ]


def _chrome(markup: str) -> bool:
    root, _ = parse(markup)
    (element,) = [c for c in root.children if not isinstance(c, str)]
    return is_chrome(element)


def test_regression_camel_case_breadcrumbs_not_read_as_chrome() -> None:
    # the class's words are parted by capitals as "omb-crumbs" parts them by a hyphen
    assert _chrome('<div class="mgBreadCrumbs">A &gt; B</div>')
    assert _chrome('<div id="siteFooter">Privacy</div>')
    # ... and a content class whose capitals part no chrome word is content
    assert not _chrome('<p class="mgSubItemTitleTxt">Apologies</p>')
    assert not _chrome('<p class="footNote">1. As amended</p>')


# ----------------------------------- "Decision:" alone over a list of what was decided not read

DECISION_LABEL_OVER_LIST = """SCHOOLS FORUM
Minutes of the meeting held on 14 January 2027
Present: Mrs L Barraclough (Chair), Mr D Fitton
12. Central Schools Services Block
Members discussed the options set out in the report.
Decision:
a. The Forum agreed the central budgets for 2027-28.
b. The Forum did not agree the de-delegation of the contingency.
13. Early years funding
Decision: The Forum agreed the base rate.
"""


def test_regression_decision_label_alone_over_a_list_not_read(tmp_path: Path) -> None:
    # the label's colon ended the line, over the list: only "Decision" alone, or "Decision:"
    # with its text after it, was read as a decision's label
    assert [(d.minute_number, d.decision_text)
            for d in decisions_in(minutes_of(DECISION_LABEL_OVER_LIST, tmp_path))] == [
        ("12", "a. The Forum agreed the central budgets for 2027-28.\n"
               "b. The Forum did not agree the de-delegation of the contingency."),
        ("13", "Decision: The Forum agreed the base rate."),
    ]


# ------------- a heading the layout wrapped at the right edge cut at twelve words of its title

WRAPPED_LONG_HEADING = """## WESTDALE COUNTY COUNCIL
** REGULATION COMMITTEE
MINUTES of a meeting of the Regulation Committee held at County Hall on Tuesday, 17 November 2026.
PRESENT: Mr R Aldous (Chairman), Mrs J Bewick (Vice-Chairman), Mr C Dunnage and Mr A Fakhoury.
** 14. Minutes - 22 September 2026
(1) RESOLVED that the Minutes of the meeting held on 22 September 2026 are correctly recorded and that they be signed by the Chairman.
** 15. Application to register the land at Church Meadow, Long Wendling as a new Town or Village Green
(1) The Head of Planning reported that the applicant had asked for the application to be held in abeyance while further evidence was collected.
(2) RESOLVED that consideration of the application be deferred to a future meeting of the Committee.
** 16. Planning enforcement update
(1) RESOLVED that the report be noted.
"""  # noqa: E501


def test_regression_heading_wrapped_at_the_right_edge_cut_at_twelve_words(
        tmp_path: Path) -> None:
    # the title wrapped onto a second line set as the heading, but its fifteen words were
    # more than a title was allowed unless in capitals or broken after "of", "and", a dash
    assert numbers(pdf_minutes(WRAPPED_LONG_HEADING, tmp_path)) == [
        ("14", "Minutes - 22 September 2026"),
        ("15", "Application to register the land at Church Meadow, Long Wendling as a new Town or "
               "Village Green"),
        ("16", "Planning enforcement update"),
    ]


# -------------------- a notice's decisions headed "DECISION 1", "DECISION 2": one of two read

HEADED_DECISIONS = """## Westdale County Council
^^ DECISION NOTICE
** Standards Hearing Sub-Committee
|- Hearing date | 9 March 2027 |
| Complaint reference | SC/2027/003 |
** 1. The complaint
1.1 The complaint was that the subject member failed to treat the clerk with respect.
** 2. Decision
^^ DECISION 1
2.1 The Sub-Committee finds that the subject member failed to comply with the Code of Conduct.
^^ DECISION 2
2.2 The Sub-Committee decided to impose the following sanctions:
(a) to publish its findings on the Council's website;
(b) to recommend that the subject member attend training.
** 3. Right of appeal
3.1 There is no right of appeal against this decision.
"""


def test_regression_decisions_headed_by_number_read_as_one(tmp_path: Path) -> None:
    # the notice's "Decision" section held two decisions under headings of their own: the
    # first was read with its heading, and the second was cut off as a heading of the record
    records = process_file(str(rendered(HEADED_DECISIONS, tmp_path))).records
    assert [d.decision_text for d in decisions_in(records)] == [
        "The Sub-Committee finds that the subject member failed to comply with the Code of "
        "Conduct.",
        "The Sub-Committee decided to impose the following sanctions:\n(a) to publish its "
        "findings on the Council's website;\n(b) to recommend that the subject member attend "
        "training.",
    ]
