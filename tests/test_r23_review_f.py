"""Review of round 23's document fixes (kind, date, committee): regressions found in them,
each on a small paper of another council written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents
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
