"""Review of round 33's correction notices (fix33L): the rule starting the reissued paper on
the page after a pack's opening correction notice, on papers it must leave alone."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# A two-page Equality Impact Assessment opening a file is one form (kind other): its second
# page is no paper a correction notice reissues, whatever kind its first page was given.
EQIA_FORM = """## Equality Impact Assessment
** Service: Waste Collection Review
Section 1 - details of the proposal
The proposal changes the collection round from weekly to fortnightly for garden waste.
--- page ---
** Section 2 - impact on protected characteristics
Age: older residents may need assisted collections.
Disability: assisted collections continue.
"""


def test_regression_a_form_opening_a_file_runs_on_over_its_pages(tmp_path: Path) -> None:
    assert pack_kinds(EQIA_FORM, tmp_path) == [("other", 1, 2)]


# A correction notice whose list of corrections runs on onto a second page, in its body type,
# then the agenda it reissues, headed in title type: the notice is pages 1-2, the agenda 3.
LONG_NOTICE = """## CORRECTION NOTICE
** Licensing Committee - Tuesday 4 May 2027
The following corrections are made to the papers sent out on 22 April 2027:
-- Item 4's report was dated wrongly. Its date is now 4 May 2027.
-- Item 5's appendix B table 3 row 2 should read 40 not 400.
--- page ---
-- Item 6's report paragraph 3.2 should read 2027/28 not 2026/27.
-- Item 7's recommendation (b) is withdrawn.
Committee Services, 26 April 2027
--- page ---
## Licensing Committee
** Agenda - Tuesday 4 May 2027
1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 2 March 2027
4. Taxi Licensing Policy review
"""


def test_regression_a_notice_running_onto_a_second_page_is_one_notice(tmp_path: Path) -> None:
    assert pack_kinds(LONG_NOTICE, tmp_path) == [("other", 1, 2), ("agenda", 3, 3)]
