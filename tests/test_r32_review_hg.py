"""Review of held-out round 32's batches G and H fixes: what the new rules misread on papers
another council would publish, each on a small paper written as that council would."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, decisions_in, minutes_of, pack_kinds
from kcc_papers.load import load
from kcc_papers.segment import segment

# A housing committee's minutes whose own minutes resolve as usual; one notes another body's
# decision by its number ("decision 1 of the Cabinet"), and the last reports the Cabinet's
# decisions for information under a "Schedule of Decisions" heading, then resolves to note them.
MINUTES_CABINET_DECISIONS_FOR_INFORMATION = """Fellbridge Council

Housing Committee

Minutes of the meeting held on Monday, 16 January 2033 at 7.00 pm

Present: Councillors A Hoyle (Chair), B Kitching and C Lumb

HC.20 Apologies for absence

Apologies were received from Councillor Marsden.

HC.21 Tenancy Strategy

Members noted decision 1 of the Cabinet on 3 January 2033 (Minute CAB/30), which adopted the
Tenancy Strategy.

RESOLVED that the Tenancy Strategy action plan for 2033/34 be approved.

HC.22 Cabinet decisions for information

The Committee received the decisions of the Cabinet of 3 January 2033 for information.

Schedule of Decisions

1. That the Tenancy Strategy 2033 be adopted.

2. That the garage site at Tollgate be declared surplus and sold.

RESOLVED that the Cabinet decisions be noted.

The meeting ended at 8.10 pm.
"""


def test_regression_another_bodys_numbered_decisions_are_no_schedule_of_these_minutes(
        tmp_path: Path) -> None:
    records = minutes_of(MINUTES_CABINET_DECISIONS_FOR_INFORMATION, tmp_path)
    rows = [(d.minute_number, d.decision_text) for d in decisions_in(records)]
    assert rows == [
        ("HC.21", "RESOLVED that the Tenancy Strategy action plan for 2033/34 be approved."),
        ("HC.22", "RESOLVED that the Cabinet decisions be noted."),
    ]


# A scrutiny panel's quarterly report rating its measures by words alone (no figures yet: the
# survey's results come as words), a "Measure | Target | Status" table of a KPI header.
RATED_WITHOUT_FIGURES = """## Ashgrove Metropolitan Borough Council
** Communities Scrutiny Panel 7 March 2033 - Item 4
** Parks Service Update
Report of the Head of Parks
** 1. Recommendation
1.1 That the Panel notes the update on the parks service.
** 2. Parks measures
2.1 The parks measures are rated below:
| Measure | Target | Actual | Status |
| Parks graded A or B for litter | Improve | Improved | Green |
| Play areas inspected weekly | All | All | Green |
| Green Flag awards retained | All | Not yet known | Amber |
"""


def test_regression_a_kpi_table_rated_by_words_is_still_a_performance_report(
        tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(RATED_WITHOUT_FIGURES, tmp_path)]
    assert kinds[-1] == "performance_report"


# A cabinet report asking to award a contract whose winner is named in its exempt appendix;
# its background tells who won the last contract and at what price.
AWARD_WITH_LAST_WINNER_IN_BACKGROUND = """Dunholme District Council

Cabinet - 9 February 2033

Report title: Grounds Maintenance Contract 2033-2040

Recommendation

That Cabinet approves the award of the grounds maintenance contract for seven years from 1 July
2033, as set out in exempt Appendix 2.

Background

The current contract was let in 2026. The successful bidder was Greenway Services Ltd, at a
total value of £4,200,000 over seven years. It ends on 30 June 2033.
"""


def test_regression_the_last_contracts_winner_is_no_award(tmp_path: Path) -> None:
    assert ("Greenway Services Ltd", 4200000.0) not in contract_rows(
        AWARD_WITH_LAST_WINNER_IN_BACKGROUND, tmp_path)


# A text agenda whose minutes item names the last meeting's minutes ("Minutes of the meeting
# held on ...") over the matters arising from them, by their coded numbers running up.
TEXT_AGENDA_MATTERS_ARISING_REFERENCES = """Ravensholt District Council

Place Scrutiny Panel

Tuesday, 7 March 2033 at 6.00 pm

Agenda

1.   Apologies for absence

2.   Minutes

Minutes of the meeting held on 10 November 2032
To confirm the minutes and to receive updates on matters arising:
PSP 22 Allotments Review
PSP 23 Play Areas Programme

3.   Libraries Review (Pages 7 - 12)

4.   Work Programme (Pages 13 - 16)

Page 1
"""


def test_regression_an_agendas_references_to_coded_minutes_start_no_minutes(
        tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_text(TEXT_AGENDA_MATTERS_ARISING_REFERENCES)
    assert [s.kind for s in segment(load(path))] == ["agenda"]


# A joint committee's report asking to award the contract "to the highest scoring bidder" (no
# firm after "to"), the winner named in its procurement section after the bids' evaluation.
AWARD_TO_THE_HIGHEST_SCORING_BIDDER = """Dunholme Joint Waste Authority

Executive Committee - 9 February 2033

Report title: Household Waste Recycling Centres Operation 2033-2040

Recommendation

That the Executive Committee approves the award of the contract for the operation of the
household waste recycling centres to the highest scoring bidder, as set out in section 4.

4. Procurement implications

Three bids were received and evaluated on 60% quality and 40% price. The highest scoring
bidder was Wolds Resource Services Ltd, whose bid has a total value of £9,450,000 over seven
years. The other bidders were Ashby Waste Ltd and Carrick Environmental plc.
"""


def test_regression_an_award_to_the_highest_scoring_bidder_names_no_firm(
        tmp_path: Path) -> None:
    assert contract_rows(AWARD_TO_THE_HIGHEST_SCORING_BIDDER, tmp_path) == [
        ("Wolds Resource Services Ltd", 9450000.0)]
