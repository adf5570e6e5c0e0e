"""Review of round 29's slides fixes (family S1): regression tests for the defects the review
mended, on small papers written here (not the held-out papers): a report's chart page with a
title and a date, and the minutes' last page titled as a later agenda item, read as decks;
a governance statement's signed certification page read as a deck; "Presentation of" in a
wrapped agenda title taken for its presenter."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# Body prose long enough that the report's first page is no title slide of its own.
_REPORT_BODY = "\n".join(
    f"{n}.{k} The forecast position for the directorate is set out in the table at "
    f"paragraph {n}.{k + 1} below." for n in (2, 3) for k in (1, 2, 3, 4))

CHART_PAGE_PACK = f"""## Brindle Vale District Council
!! Cabinet
Thursday 16 January 2031 at 6.30 pm
** Agenda
1. Apologies
2. Revenue Budget Monitoring Quarter 3 2030/31
--- page ---
Agenda Item 2
## Revenue Budget Monitoring Quarter 3 2030/31
Report of the Director of Finance
** 1. Recommendation
1.1 That Cabinet notes the forecast revenue outturn for 2030/31.
{_REPORT_BODY}
--- page ---
## Forecast outturn by directorate
Position at 31 December 2030
Adults  Children  Place  Corporate
+1.2m  +0.8m  -0.3m  -0.1m
"""


def test_regression_report_chart_page_with_a_date_is_no_deck(tmp_path: Path) -> None:
    # a report's last page, a chart titled in the report's title type and dated under its
    # title, is the report's: a deck's title slide names the meeting it is given to
    # ("Audit and Standards Committee, 23 January 2031"); before, the chart was a paper
    assert pack_documents(CHART_PAGE_PACK, tmp_path) == [
        ("agenda", "2031-01-16", "Cabinet"), ("report", "2031-01-16", "Cabinet")]


MINUTES_LAST_PAGE_PACK = f"""## Tamsford Borough Council
!! Place Scrutiny Committee
Wednesday 5 March 2031, 6.00 pm
** Agenda
1. Apologies
2. Minutes of the meeting held on 27 November 2030
3. Highways Maintenance Update
4. Work Programme 2030/31
--- page ---
** Tamsford Borough Council
Minutes of the Place Scrutiny Committee held on Wednesday 27 November 2030 at 6.00 pm
Present: Councillor Ann Fellowes (Chair), Councillor K Asante, Councillor I Bellamy
** Apologies
None.
** Street Lighting
The Committee noted the street lighting update.
RESOLVED: That the update be noted.
--- page ---
** Work Programme
The Committee noted its work programme.
The meeting closed at 8.15 pm.
Chair
--- page ---
Agenda Item 3
## Highways Maintenance Update
Report of the Head of Highways
** 1. Recommendation
1.1 That the Committee notes the update.
{_REPORT_BODY}
"""


def test_regression_minutes_last_page_titled_as_a_standing_item(tmp_path: Path) -> None:
    # the minutes' last page holds their last minute, a standing item the agenda lists again
    # ("Work Programme"), and the meeting's close: no byline naming a meeting and its date
    # under the heading, so no title slide; before, the page was a report of its own
    assert [kind for kind, _, _ in pack_documents(MINUTES_LAST_PAGE_PACK, tmp_path)] == [
        "agenda", "minutes", "report"]


KENT_LIKE_PACK = f"""## Brindle Vale District Council
!! Cabinet
Thursday 16 January 2031 at 6.30 pm
** Agenda
1. Apologies
2. Quarter 3 Finance Monitoring Report 2030/31
--- page ---
Agenda Item 2
## Quarter 3 Finance Monitoring Report 2030/31
Cabinet, 16 January 2031
Report of the Director of Finance
--- page ---
** 1. Recommendation
1.1 That Cabinet notes the forecast revenue outturn for 2030/31.
{_REPORT_BODY}
--- page ---
## Quarter 3 Finance Monitoring Report 2030/31
Cabinet, 16 January 2031
Contact: Asha Varma, Head of Finance
"""


def test_kent_like_report_whose_last_short_page_repeats_its_cover(tmp_path: Path) -> None:
    # the fixer's tightening, untested till now: a report opening on a short cover page (its
    # title, the meeting and its date) and closing on a short page in the same type with the
    # same byline (the corpus's Kent Q3 finance report) is one report, its last page no deck
    assert pack_documents(KENT_LIKE_PACK, tmp_path) == [
        ("agenda", "2031-01-16", "Cabinet"), ("report", "2031-01-16", "Cabinet")]


WRAPPED_PRESENTATION_AGENDA = """Brindleford Metropolitan Borough Council

Audit Committee

Date:      Monday, 3 February 2031
Time:      6.00 pm

AGENDA

1.    Apologies for Absence

2.    Minutes of the previous meeting  (Pages 1 - 4)

3.    Statement of Accounts 2030/31 and the External Auditor's
      Presentation of the Audited Accounts  (Pages 5 - 12)

4.    Work Programme 2030/31  (Pages 13 - 14)
"""


def test_regression_presentation_of_in_a_wrapped_title_goes_on(tmp_path: Path) -> None:
    # "Presentation by/from <presenter>" under a title says whose deck it is; "Presentation
    # of <what>" is a wrapped title's words: before, the title was cut at the line's end
    path = tmp_path / "agenda.txt"
    path.write_text(WRAPPED_PRESENTATION_AGENDA)
    titles = {a.item_ref: a.title for a in process_file(str(path)).records
              if isinstance(a, AgendaItem)}
    assert titles["3"] == ("Statement of Accounts 2030/31 and the External Auditor's "
                           "Presentation of the Audited Accounts")


CERTIFICATION_PAGE_PACK = f"""## Brindle Vale District Council
!! Audit and Standards Committee
Thursday 23 January 2031 at 6.30 pm
** Agenda
1. Apologies
2. Annual Governance Statement 2030/31
--- page ---
Agenda Item 2
## Annual Governance Statement 2030/31
Report of the Monitoring Officer
** 1. Recommendation
1.1 That the Committee approves the Annual Governance Statement.
{_REPORT_BODY}
--- page ---
## Certification
Signed: Councillor R Okafor, Chair, Audit and Standards Committee
Date: 23 January 2031
Signed: J Whitlock, Chief Executive
Date: 23 January 2031
"""


def test_regression_signature_block_page_is_no_deck(tmp_path: Path) -> None:
    # a governance statement's last page, its certification signed by the committee's chair
    # and dated, in the report's title type: a form's labelled fields ("Signed:", "Date:"),
    # no slide's byline; before, the page was a paper of its own
    assert pack_documents(CERTIFICATION_PAGE_PACK, tmp_path) == [
        ("agenda", "2031-01-23", "Audit and Standards Committee"),
        ("report", "2031-01-23", "Audit and Standards Committee")]
