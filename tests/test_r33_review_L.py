"""Review of round 33's correction notices (fix33L): the rule starting the reissued paper on
the page after a pack's opening correction notice, on papers it must leave alone."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_kinds
from test_heldout_round33_L import SUPPLEMENTARY_TEXT_PACK

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


# A supplementary agenda's text pack: an item's replacement page stamped with its item's
# number over a label in another council's words ("Replacement pages 3 to 4", "AMENDED PAGE 3",
# "Page 3 (revised)") is the report's page reissued, a paper of its own, as "REPLACEMENT PAGE 3".
SUPPLEMENTARY_PACK = SUPPLEMENTARY_TEXT_PACK.replace("REPLACEMENT PAGE 3", "{label}")


def test_regression_replacement_pages_labelled_in_other_words(tmp_path: Path) -> None:
    for n, label in enumerate(("Replacement pages 3 to 4", "AMENDED PAGE 3", "Page 3 (revised)",
                               "Replacement page 3 of 12", "Replacement Pages 3, 4 and 5")):
        path = tmp_path / f"pack{n}.txt"
        path.write_text(SUPPLEMENTARY_PACK.replace("{label}", label))
        assert [kind for kind, _, _ in documents_of(path)] == [
            "pack", "agenda", "report", "report"], label


# A report's own appendix page, under the report's item stamp repeated, labelled as a revised
# page of it ("Agenda Item 5" over "APPENDIX A" over "REVISED PAGE 3"): it is the report's
# (the same item's paper goes on), not a reissued page of another paper.
SAME_ITEM_PACK = """HALDEN BOROUGH COUNCIL

PLANNING POLICY PANEL

AGENDA

Monday, 8th March, 2027 at 7.00 pm

Item   Title

4.     Local Plan Timetable  (Pages 1 - 2)

5.     Open Space Standards 2027/28  (Pages 3 - 8)


Agenda Item 4

HALDEN BOROUGH COUNCIL

Report to:       Planning Policy Panel
Date:            8 March 2027
Title:           Local Plan Timetable

1.   RECOMMENDATION

1.1  That the Panel notes the revised timetable for the Local Plan.


Agenda Item 5

HALDEN BOROUGH COUNCIL

Report to:       Planning Policy Panel
Date:            8 March 2027
Title:           Open Space Standards 2027/28

1.   RECOMMENDATION

1.1  That the Panel agrees the open space standards in Table 2.


Agenda Item 5

APPENDIX A

REVISED PAGE 3

Table 2 - open space standards per 1,000 residents

Parks and gardens     1.2 ha
Amenity green space   0.6 ha
"""


def test_regression_a_revised_page_under_its_own_reports_stamp_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(SAME_ITEM_PACK)
    assert [kind for kind, _, _ in documents_of(path)] == ["pack", "agenda", "report", "report"]
