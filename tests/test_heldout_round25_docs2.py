"""Regression tests for round 25's document misses left by the first pass (councils abroad):
a report headed by its item's bare number and the title the agenda lists (an Australian
shire's PDF pack, a New Zealand Infocouncil text export), minutes headed "MINUTES OF <name>
COUNCIL" over the line saying where they were held, and an Infocouncil report's "File Number:"
over "Author:" head. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_kinds
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.load import load
from kcc_papers.segment import segment

# ---------------------------------- an Australian shire's pack: papers headed "7.1 TITLE"

SHIRE_PACK = """%% header Coolabah Shire Council - Ordinary Council Meeting Agenda - 17 March 2026
%% footer Page {page}
## COOLABAH SHIRE COUNCIL
** ORDINARY COUNCIL MEETING
NOTICE is hereby given that an Ordinary Meeting of Council will be held
in the Council Chambers, Coolabah, on Tuesday, 17 March 2026, at 9.30am.
** ORDER OF BUSINESS
| Item | Subject | Page |
| 1 | Opening of Meeting | 2 |
| 2 | Confirmation of Minutes | 2 |
| 3 | Engineering Services Reports | 4 |
| 3.1 | RFT 2026/02 Warrego Road Resealing Program - Contract Award | 4 |
| 3.2 | Coolabah Library Roof Replacement Project | 5 |
--- page ---
## MINUTES OF THE ORDINARY MEETING OF COOLABAH SHIRE COUNCIL
Held in the Council Chambers on Tuesday, 17 February 2026 commencing at 9.30am.
PRESENT: Cr J Whitby (Mayor), Cr P Ngo, Cr L Fairweather, Cr D Sattler
** 1 OPENING OF MEETING
The Mayor opened the meeting at 9.30am.
** 2 CONFIRMATION OF MINUTES
RESOLUTION 2026/11
Moved Cr Ngo, Seconded Cr Sattler
That the minutes of the Ordinary Meeting held on 20 January 2026 be confirmed.
CARRIED 4/0
The meeting closed at 10.42am.
--- page ---
## 3.1 RFT 2026/02 WARREGO ROAD RESEALING PROGRAM - CONTRACT AWARD
Responsible Officer	Director Engineering Services
** PURPOSE
To award the contract for the 2026 bitumen resealing program.
** OFFICER RECOMMENDATION
That Council accepts the tender of Mulga Bitumen Pty Ltd for $1,284,000 (GST exclusive).
--- page ---
## 3.2 COOLABAH LIBRARY ROOF REPLACEMENT PROJECT
Responsible Officer	Director Engineering Services
** PURPOSE
To update Council on the library roof replacement.
** OFFICER RECOMMENDATION
That Council notes the report.
"""


def test_papers_headed_by_the_agendas_numbers_and_titles_start_after_the_minutes(
        tmp_path: Path) -> None:
    # "3.1 RFT 2026/02 WARREGO ROAD ..." at a page's top is the paper the agenda lists as item
    # 3.1 (after its "Confirmation of Minutes" item); before, with no "Item" word or stamp, both
    # papers ran on as the minutes' later pages
    kinds = pack_kinds(SHIRE_PACK, tmp_path)
    assert [(k, first) for k, first, _ in kinds] == [
        ("agenda", 1), ("minutes", 2), ("report", 3), ("report", 4)]


# ------------------- a New Zealand Infocouncil text export: minutes and papers under rules

INFOCOUNCIL_TEXT = """Kahikatea District Council
Ordinary Council Meeting | Hui Kaunihera

AGENDA | RĀRANGI TAKE

Notice is hereby given that an Ordinary Meeting of Kahikatea District Council
will be held in the Council Chambers, 9 Kowhai Street, Rangiora Bay on:

    Thursday, 19 March 2026 at 9.30am

ORDER OF BUSINESS

1   Karakia Timatanga | Opening Karakia ............................... 3
2   Apologies | Ngā Whakapāha ......................................... 3
3   Confirmation of Minutes | Whakaū Meneti ........................... 4
4   Reports | Ngā Pūrongo
    4.1  Stormwater Network Renewals Programme ........................ 8
    4.2  Contract 2261 Rangiora Bay Wharf Piles Replacement
         - Award ...................................................... 11

--------------------------------------------------------------------------

MINUTES OF KAHIKATEA DISTRICT COUNCIL
ORDINARY COUNCIL MEETING
HELD AT THE COUNCIL CHAMBERS, 9 KOWHAI STREET, RANGIORA BAY
ON THURSDAY, 19 FEBRUARY 2026 AT 9.30AM

PRESENT:       Mayor Aroha Wikitoria (Chairperson), Cr Dean Fulton, Cr Mere Paki

1   KARAKIA TIMATANGA | OPENING KARAKIA

Cr Paki opened the meeting with a karakia.

2   APOLOGIES | NGĀ WHAKAPĀHA

Nil.

3   CONFIRMATION OF MINUTES | WHAKAŪ MENETI

RESOLUTION CO/2026/21

Moved:     Cr Dean Fulton
Seconded:  Cr Mere Paki

That the minutes of the Ordinary Council Meeting held on 22 January 2026 be
confirmed as a true and correct record.
                                                                CARRIED

The meeting closed at 10.15am with a karakia by Cr Paki.

--------------------------------------------------------------------------

4.1   STORMWATER NETWORK RENEWALS PROGRAMME

File Number:       D26/10442
Author:            Hemi Clarke, Stormwater Engineer

DISCUSSION | KŌRERORERO

The renewals programme for 2026/27 replaces 2.4 kilometres of pipes.

--------------------------------------------------------------------------

4.2   CONTRACT 2261 RANGIORA BAY WHARF PILES REPLACEMENT - AWARD

File Number:       D26/10518
Author:            Lisa Pohatu, Project Manager

DISCUSSION | KŌRERORERO

Tenders closed on 27 February 2026. Two tenders were received.
"""


def _text_kinds(text: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [(s.kind, s.title) for s in segment(load(path))]


def test_minutes_headed_by_the_councils_name_over_where_they_were_held(tmp_path: Path) -> None:
    # "MINUTES OF KAHIKATEA DISTRICT COUNCIL" over the meeting's name and "HELD AT ..." heads
    # the minutes; before, with "held" lines below, the minutes ran on as the agenda's
    path = tmp_path / "pack.txt"
    path.write_text(INFOCOUNCIL_TEXT)
    second = segment(load(path))[1]
    assert second.kind == "minutes"
    assert second.lines[0][1].text == "MINUTES OF KAHIKATEA DISTRICT COUNCIL"


def test_text_export_papers_under_a_rule_by_the_agendas_numbers_and_titles(
        tmp_path: Path) -> None:
    # "4.1   STORMWATER NETWORK RENEWALS PROGRAMME" under the export's rule is the agenda's item
    # 4.1 (its title wrapped in the agenda, and in the head); and an Infocouncil report's
    # "File Number:" over "Author:" head says it is a report (it prints no recommendation)
    kinds = [kind for kind, _ in _text_kinds(INFOCOUNCIL_TEXT, tmp_path)]
    assert kinds == ["agenda", "minutes", "report", "report"]


def test_a_minutes_own_numbered_minute_is_no_paper(tmp_path: Path) -> None:
    # the minutes' "1   KARAKIA TIMATANGA | OPENING KARAKIA" is the agenda's item 1 too, but
    # it comes before the agenda's minutes item and stands under no rule: no paper starts
    kinds = _text_kinds(INFOCOUNCIL_TEXT, tmp_path)
    assert sum(kind == "minutes" for kind, _ in kinds) == 1
    assert len(kinds) == 4


TOP_RISKS_REPORT = """5.1   TOP RISKS REPORT - MARCH 2026

File Number:       D26/11873
Author:            Anna Kereama, Risk Advisor

PURPOSE | TE TAKE MŌ TE PŪRONGO

To provide Council with the current assessment of its top risks.

RECOMMENDATION | TŪTOHUTANGA

That Kahikatea District Council receives the Top Risks Report - March 2026.
"""


def test_a_councils_top_risks_report_is_its_risk_register() -> None:
    # "Top Risks Report" is what a New Zealand or Australian council calls its strategic risk
    # register; before, with no "risk register" words, it was read as a report
    assert classify(TOP_RISKS_REPORT, "report") == "risk_register"


US_ACTION_MINUTES = """City of Paloma Verde
CITY COUNCIL REGULAR MEETING
ACTION MINUTES
Tuesday, March 10, 2026 - 6:30 PM
CALL TO ORDER
Mayor Ruiz called the meeting to order at 6:32 p.m.
ROLL CALL
Present: Councilmembers Abadi, Lind, Mayor Ruiz
CONSENT CALENDAR
ACTION: Motion by Councilmember Lind, seconded by Councilmember Abadi, to approve the
Consent Calendar. Ayes: 3 Noes: 0 Absent: 0
ADJOURNMENT
The meeting adjourned at 8:05 p.m.
"""


def test_an_american_councils_action_minutes_over_their_date(tmp_path: Path) -> None:
    # "ACTION MINUTES" over the meeting's date names the minutes, as an American city or
    # county heads them; before, with no "Minutes of", the page was read as "other"
    path = tmp_path / "minutes.txt"
    path.write_text(US_ACTION_MINUTES)
    assert [s.kind for s in segment(load(path))] == ["minutes"]


# the agenda's items printed on a page of their own after its order of business
AGENDA_ITEMS_PAGE = """--- page ---
## 1 OPENING OF MEETING
** 2 CONFIRMATION OF MINUTES
Minutes of the Ordinary Meeting of Council held on Tuesday, 17 February 2026.
--- page ---
## MINUTES OF THE ORDINARY MEETING OF COOLABAH SHIRE COUNCIL"""


def test_the_sentence_naming_the_minutes_to_confirm_is_the_agendas(tmp_path: Path) -> None:
    # "Minutes of the Ordinary Meeting of Council held on ..." under the agenda's "2
    # CONFIRMATION OF MINUTES" names the minutes the item confirms; before, it started a
    # document of its own, read as "other"
    pack = SHIRE_PACK.replace(
        "--- page ---\n## MINUTES OF THE ORDINARY MEETING OF COOLABAH SHIRE COUNCIL",
        AGENDA_ITEMS_PAGE, 1)
    kinds = pack_kinds(pack, tmp_path)
    assert [(k, first) for k, first, _ in kinds] == [
        ("agenda", 1), ("minutes", 3), ("report", 4), ("report", 5)]


def test_a_minutes_body_name_ends_with_the_line_its_body_word_ends() -> None:
    # "Minutes of the Infrastructure and Performance" over "Committee" over the heading in te
    # reo Maori over "Held in ...": the committee is the English name; before, the name read
    # on through the te reo line to "Held"
    heading = minutes_heading([
        "Minutes of the Infrastructure and Performance",
        "Committee",
        "Ngā Meneti o te Komiti Hanganga me te Whakatutukitanga",
        "Held in the Council Chamber on Wednesday, 24 September 2025 at 10.00am",
        "Present:\tCr M Tapsell (Chairperson), Cr G Ashby",
    ])
    assert heading.committee == "Infrastructure and Performance Committee"


PERFORMANCE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council Plan performance: Quarter 1 2027/28 | Ashcombe Council</title></head>
<body><main>
<h1>Council Plan performance: Quarter 1 2027/28</h1>
<p>How the council performed against the headline measures of the Council Plan from April to
June 2027. These results were reported to Cabinet on Tuesday 14 September 2027.</p>
<table>
<tr><th>Quarter</th><th>HS01 Homes built</th><th>WA02 Waste recycled</th></tr>
<tr><td>Q4 2026/27</td><td>212</td><td>41%</td></tr>
<tr><td>Q1 2027/28</td><td>198</td><td>43%</td></tr>
<tr><td>Target</td><td>200</td><td>45%</td></tr>
</table>
</main></body></html>
"""


def test_a_plans_performance_in_a_quarter_is_a_performance_report(tmp_path: Path) -> None:
    # "Council Plan performance: Quarter 1 2027/28" titles the results the page says were
    # reported to Cabinet: a performance report to that meeting; before, read as "other"
    path = tmp_path / "performance.html"
    path.write_text(PERFORMANCE_PAGE)
    assert documents_of(path) == [("performance_report", "2027-09-14", "Cabinet")]
