"""Review of round 23's document fixes (kind, date, committee): regressions found in them,
each on a small paper of another council written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.agenda_front import _councils_own
from test_s25_limits_misc import MOST_GROWTH, _growth

# A report in a text file whose own section on corrections to its draft is boxed by rules:
# no correction sheet tabled after the agenda.
REPORT_WITH_BOXED_ERRATUM = """\
HOLLINSWORTH BOROUGH COUNCIL

Report to:     Resources Committee
Date:          23rd November 2027
Report of:     Chief Finance Officer
Subject:       STATEMENT OF ACCOUNTS 2026/27 - AUDIT FINDINGS

1.  RECOMMENDATION

1.1 That the Committee notes the audit findings.

2.  CORRECTIONS MADE TO THE DRAFT ACCOUNTS

--------------------------------------------------------------------------------
ERRATUM
--------------------------------------------------------------------------------

The draft accounts published in June showed the pension liability as £41.2m; the
audited figure is £42.1m. The auditor has agreed the correction.

3.  FINANCIAL IMPLICATIONS

3.1 None arising from this report.
"""


def test_regression_erratum_boxed_by_rules_inside_a_report_is_no_paper(tmp_path: Path) -> None:
    # "ERRATUM" between two rules is a heading the report sets off in its own text; only a
    # title under the rule a text pack draws between its papers starts a correction sheet.
    # Before: a second document, "other", from the box to the end of the report
    path = tmp_path / "report.txt"
    path.write_text(REPORT_WITH_BOXED_ERRATUM)
    assert documents_of(path) == [("report", "2027-11-23", "Resources Committee")]


# A community safety partnership named "Safer <place> Partnership" in its masthead, as most
# are (the law's "community safety partnership" is no part of their names).
SAFER_PARTNERSHIP_PACK = """%% header Safer Hollinsworth Partnership | 10/03/2028
%% footer Page {page}
## Safer Hollinsworth Partnership
!! Meeting of the Partnership
Date:	Friday 10/03/2028
Time:	10:00 - 12:00
Venue:	Conference Room, Hollinsworth Police Station
** Agenda
1. Welcome and apologies
2. Minutes of the meeting held on 09/12/2027
3. Strategic Assessment 2028
--- page ---
** SAFER HOLLINSWORTH PARTNERSHIP
** Minutes of the meeting held on 09/12/2027, Council Chamber, Hollinsworth Town Hall
Present: Cllr P Ormerod (Chair); Supt K Nwosu; Ms L Haddow (Probation Service)
** SHP 27/31 Welcome and apologies
Apologies were received from the Fire and Rescue Service.
** SHP 27/32 Anti-social Behaviour Action Plan
The Partnership AGREED the action plan.
--- page ---
** Item 3
!! Strategic Assessment 2028
Meeting:	Safer Hollinsworth Partnership, 10/03/2028
Presented by:	Community Safety Manager
** Purpose of the report
To present the strategic assessment of crime and disorder in the borough.
** Recommendations
The Partnership is asked to agree its priorities for 2028/29.
"""


def test_regression_safer_place_partnership_is_the_body(tmp_path: Path) -> None:
    # a community safety partnership named as most are, "Safer <place> Partnership" (the
    # set's own "Safer Kelmouth Partnership"), is the body as "... Community Safety
    # Partnership" is. Before: none of its papers named a body
    body = "Safer Hollinsworth Partnership"
    assert pack_documents(SAFER_PARTNERSHIP_PACK, tmp_path) == [
        ("agenda", "2028-03-10", body), ("minutes", "2027-12-09", body),
        ("report", "2028-03-10", body)]


def test_regression_councils_own_is_linear_in_a_run_of_council_words() -> None:
    # each "Council" of the line was read with the whole line before it and after it: 10,000
    # characters of "Council " took 2.5 s
    def line(words: int) -> object:
        return _councils_own("Council " * words)

    assert _growth(line, 20) < MOST_GROWTH


# A pack of the appendices to two items, each item's first appendix labelled "Appendix 1".
TWO_ITEMS_APPENDICES = """%% header Brindle Borough Council - Cabinet 14 March 2028 - Appendices
%% footer Appendices to items 6 and 7                                    Page {page}
## Appendix 1 - Prudential Indicators 2028/29
!! Treasury Management Strategy 2028/29 (Agenda Item 6)
The indicators below set the limits within which the Council will borrow and invest.
| Indicator | 2027/28 | 2028/29 | 2029/30 |
| Authorised limit (£m) | 210 | 220 | 230 |
| Operational boundary (£m) | 190 | 200 | 210 |
--- page ---
## Appendix 1 - Strategic Risk Register
!! Corporate Risk Management (Agenda Item 7)
Likelihood and impact are each scored 1 (low) to 5 (high).
| Risk ID | Risk | Owner | Likelihood | Impact | Score |
| SR1 | The medium term financial plan cannot be balanced | Director of Finance | 4 | 5 | 20 |
| SR2 | Cyber attack disrupts council services | Chief Digital Officer | 3 | 5 | 15 |
"""


def test_regression_same_appendix_label_with_another_title_is_another_appendix(
        tmp_path: Path) -> None:
    # "Appendix 1 - Strategic Risk Register" after "Appendix 1 - Prudential Indicators": the
    # same label over another title is the next item's appendix, not the first one's page
    # printed again. Before: one document, the indicators read into the risk register
    assert pack_documents(TWO_ITEMS_APPENDICES, tmp_path) == [
        ("report", "2028-03-14", "Cabinet"), ("risk_register", "2028-03-14", "Cabinet")]


# A text agenda's masthead of many lines, its date line written otherwise than "... at 10.00
# am": a 24-hour time after a comma, under a "Date:" label.
LONG_MASTHEAD_AGENDA = """\
FENWICK COUNTY COUNCIL

AUDIT AND GOVERNANCE COMMITTEE

Date: Thursday 18 November 2027, 14:00
Council Chamber, Shire Hall, Fenwick FN1 1SH

Committee members:
  Councillor Harriet Oduya (Chair), Councillor Piers Langdon (Vice-Chair),
  Councillor Mabel Ferreira, Councillor Tobias Quayle, Councillor Wendy Ashcroft
  Independent members: Mr Rupert Halloran CPFA,
    Ms Delphine Okonjo FCA

Contact: Simone Kearsley, Democratic Services Officer, 01904 552 310

The Committee provides independent assurance on the adequacy of the Council's risk
management framework, its internal control environment and its financial reporting,
and oversees the Council's arrangements for countering fraud and corruption.

                                 AGENDA

  1.   Apologies and substitutions
  2.   Declarations of interest
  3.   Internal Audit Progress Report                                (Pages 5 - 16)
"""


def test_regression_long_agenda_masthead_dated_with_24_hour_time(tmp_path: Path) -> None:
    # the masthead's date line with its time ("Date: Thursday 18 November 2027, 14:00") over
    # members and contact is the agenda's cover as "Wednesday 20th October 2027 at 10.00 am"
    # is. Before: the masthead was a document of its own ("other")
    path = tmp_path / "agenda.txt"
    path.write_text(LONG_MASTHEAD_AGENDA)
    assert documents_of(path) == [("agenda", "2027-11-18", "Audit and Governance Committee")]


PENSION_FUND_PERFORMANCE = """Agenda Item 6
Pension Fund Performance Report - Quarter ended 31 December 2027
Report to: Pensions Committee
Date: 8 March 2028
Report of: Director of Pensions
1. Recommendation
1.1 The Committee is recommended to note the returns of the Fund and its managers.
2. Returns by manager
Manager Quarter Benchmark 1 year Benchmark
UK equities 2.1 1.8 9.4 8.8
Diversified growth 0.9 1.2 4.1 5.0
"""


def test_regression_pension_fund_performance_report_is_a_report() -> None:
    # a fund's returns against benchmarks titled "Pension Fund Performance Report" is the
    # fund's money as "Investment Performance Report" is. Before: a performance report
    assert classify(PENSION_FUND_PERFORMANCE, "report") == "report"


def test_pension_fund_performance_with_rated_measures_stays_performance() -> None:
    # the same title over a table of measures against targets, rated, reports performance
    rated = PENSION_FUND_PERFORMANCE.replace(
        "Manager Quarter Benchmark 1 year Benchmark\nUK equities 2.1 1.8 9.4 8.8\n"
        "Diversified growth 0.9 1.2 4.1 5.0\n",
        "Measure Target Actual Status\nRetirement quotes issued in 10 days (%) 95 97 GREEN\n"
        "Transfers completed in 2 months (%) 90 81 AMBER\n")
    assert classify(rated, "report") == "performance_report"
