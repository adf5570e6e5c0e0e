"""Regression tests for held-out round 21's misses in two columns printed side by side: a
bilingual decision notice whose items each hold too few rows to count as columns; a two-column
summary beside a table whose many column gaps outvote the gutter; a justified, hyphenated
column starting at several indents. Each on a small paper written here in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, rendered
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.source, d.decision_text) for d in decisions_in(process_file(str(path)).records)]


# ------------------------------- a bilingual notice's items, each a short block of two columns

BILINGUAL_ITEMS = """%% header Cyngor Sir Glanafon | Glanafon County Council
%% footer Hysbysiad o Benderfyniadau / Notice of Decisions - Tudalen / Page {page}
## CYNGOR SIR GLANAFON / GLANAFON COUNTY COUNCIL
<> HYSBYSIAD O BENDERFYNIADAU'R CABINET || NOTICE OF CABINET DECISIONS
<> Cyfarfod: Cabinet || Meeting: Cabinet
<> Dyddiad: Dydd Mawrth, 9fed Mawrth 2027 || Date: Tuesday, 9th March 2027
<> Cyhoeddwyd: 11eg Mawrth 2027 || Published: 11th March 2027
<> Daw'r penderfyniadau i rym ar 19eg Mawrth 2027 oni bai eu bod yn cael eu galw i mewn gan y \
Pwyllgor Trosolwg a Chraffu. || The decisions take effect on 19th March 2027 unless called in \
by the Overview and Scrutiny Committee.
Yn bresennol / Present: Cynghorwyr / Councillors Aled Rhys (Arweinydd / Leader), Mair Huws
** Eitem 3 / Item 3: Cofnodion / Minutes
<> Penderfyniad: Cymeradwyo cofnodion cyfarfod y Cabinet a gynhaliwyd ar 9fed Chwefror 2027 \
fel cofnod cywir. || Decision: That the minutes of the Cabinet meeting held on 9th February \
2027 be approved as a correct record.
** Eitem 4 / Item 4: Polisi Teithio / Travel Policy
<> Penderfyniad: Cymeradwyo'r polisi teithio diwygiedig o fis Medi 2027 ymlaen. || Decision: \
That the revised Travel Policy be approved for implementation from September 2027.
<> Rhesymau: Ymateb i'r ymgynghoriad a gynhaliwyd yn ystod yr hydref. || Reasons: To respond \
to the consultation held in the autumn.
--- page ---
** Eitem 5 / Item 5: Ffioedd Mynwentydd / Cemetery Fees
<> Penderfyniad: Gohirio'r penderfyniad tan gyfarfod mis Ebrill. || Decision: That the \
decision on the proposed cemetery fees for 2027/28 be deferred to the meeting in April.
** Eitem 6 / Item 6: Adroddiad Perfformiad / Performance Report
<> Penderfyniad: Nodi'r adroddiad. || Decision: That the Quarter 3 performance report be \
noted.
** Eitem 7 / Item 7: Cais am Grant / Grant Application
<> Penderfyniad: Gwrthod y cais. || Decision: That the grant application from Clwb Pel-droed \
Glanafon be refused, as the business plan did not show the club could repay it.
<> Rhesymau: Nid oedd y cynllun busnes yn dangos y gellid ad-dalu'r grant o fewn y pum \
mlynedd nesaf. || Reasons: The business plan did not show that the grant could be repaid.
Llofnodwyd / Signed: Swyddog Monitro / Monitoring Officer
"""


def test_bilingual_items_short_blocks_read_as_columns(tmp_path: Path) -> None:
    # no item's block has three rows with text both sides of the gutter, so none counted as
    # columns and each English decision was read joined, row by row, to the Welsh beside it
    assert _decisions(rendered(BILINGUAL_ITEMS, tmp_path)) == [
        ("decision_notice", "That the minutes of the Cabinet meeting held on 9th February "
         "2027 be approved as a correct record."),
        ("decision_notice", "That the revised Travel Policy be approved for implementation "
         "from September 2027."),
        ("decision_notice", "That the decision on the proposed cemetery fees for 2027/28 be "
         "deferred to the meeting in April."),
        ("decision_notice", "That the Quarter 3 performance report be noted."),
        ("decision_notice", "That the grant application from Clwb Pel-droed Glanafon be "
         "refused, as the business plan did not show the club could repay it.")]


# --------------------- a two-column summary above a many-columned table on the same page

SUMMARY_OVER_TABLE = """%% shuffle
%% header Ashcombe District Council
%% footer Overview and Scrutiny Committee - 9th November 2026 - Page {page} of {pages}
## ASHCOMBE DISTRICT COUNCIL
** Report to the Overview and Scrutiny Committee
Date of meeting:	Monday 9th November 2026
Report title:	Quarterly Performance Report: July to September 2026
Report author:	Performance and Improvement Officer
<> ** Executive summary || ** Recommendation
<> This report sets out the Council's performance against its corporate performance \
indicators for the second quarter of 2026/27. Of the ten indicators with targets, seven are \
on target, two are within tolerance and one is below target, the processing of housing \
benefit changes of circumstances. || That the Committee considers the performance information \
for the second quarter of 2026/27 and identifies any indicators on which it requires further \
explanation from the portfolio holder.
** 1. Performance indicators
1.1 The table shows each indicator's target for the year and its outturn for each quarter.
|% 10 44 10 10 10 16
|~ Ref | Indicator | Target | Q1 | Q2 | Rating |
| ADC 1 | Council tax collected (% cumulative) | 57.2 | 29.6 | 57.5 | Green |
| ADC 2 | Business rates collected (% cumulative) | 58.0 | 30.1 | 56.4 | Amber |
| ADC 3 | Housing benefit changes: average days | 7 | 8.9 | 9.6 | Red |
| ADC 4 | Major planning applications in time (%) | 80 | 88.9 | 90.0 | Green |
| ADC 5 | Household waste recycled (%) | 52.0 | 55.8 | 54.1 | Green |
| ADC 6 | Missed bin collections per 100,000 | 40 | 37 | 42 | Amber |
| ADC 7 | Fly-tipping cleared within 48 hours (%) | 95 | 97.2 | 98.0 | Green |
| ADC 8 | Leisure centre visits | 96,000 | 101,482 | 104,937 | Green |
| ADC 9 | Staff sickness: days per FTE | 4.0 | 1.8 | 3.7 | Green |
| ADC 10 | Complaints answered in time (%) | 90 | 92.5 | 93.1 | Green |
** 2. Indicators below target
2.1 ADC 3: the average time to process changes of circumstances rose to 9.6 days while \
assessors were redeployed to test the new benefits system.
"""


def test_summary_columns_above_table_parted(tmp_path: Path) -> None:
    # the shuffled text layer keeps the table's cells apart: its rows, five gaps each,
    # outvoted the gutter's rows, so the gutter was never tried and the recommendation was
    # read joined to the summary beside it
    assert _decisions(rendered(SUMMARY_OVER_TABLE, tmp_path)) == [
        ("report", "That the Committee considers the performance information for the second "
         "quarter of 2026/27 and identifies any indicators on which it requires further "
         "explanation from the portfolio holder.")]


# --------------- a justified, hyphenated summary column starting at several indents

JUSTIFIED_SUMMARY = """%% justify
%% hyphenate
%% header Ashcombe District Council
%% footer Strategy and Resources Policy Committee  -  9th March 2027  -  {page}
## ASHCOMBE DISTRICT COUNCIL
** Agenda Item 4
## Corporate Plan 2027-2031
Report of:	Chief Executive
Lead Councillor:	Councillor Imogen Abbot, Leader of the Council
Wards affected:	All
<> ** Summary || ** Recommendations
<> The Corporate Plan sets out the Council's priorities for the next four years: sustainable \
communities, a thriving local economy, environmental responsibility and an efficient, \
accountable organisation. The draft was consulted on between October and December 2026 and \
received 612 responses, summarised in Appendix B. The plan has been revised in the light of \
the consultation and of the Council's financial position. || That the Committee recommends to \
Council the adoption of the Corporate Plan 2027-2031 set out in Appendix A, incorporating the \
amendments arising from the consultation.
** 1. Background
1.1 The current Corporate Plan expires in March 2027. The new plan was developed through \
member workshops held in the summer of 2026.
"""


def test_justified_summary_indented_lines_parted(tmp_path: Path) -> None:
    # the summary's justified lines start at several indents, under four in five flush with
    # its margin, so it was taken for a table's columns and the recommendation read joined
    # to the summary beside it
    assert _decisions(rendered(JUSTIFIED_SUMMARY, tmp_path)) == [
        ("report", "That the Committee recommends to Council the adoption of the Corporate "
         "Plan 2027-2031 set out in Appendix A, incorporating the amendments arising from "
         "the consultation.")]
