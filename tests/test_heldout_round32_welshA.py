"""Regression tests for round 32's Welsh bilingual PDF packs (batch C, fixer welshA): minutes
whose "Presennol / Present:" label is printed in both languages under a "COFNODION / MINUTES"
heading on a page after the agenda; an agenda numbered within its sections from "1.1"; minutes
naming their committee, a comma and the date under the board's masthead; an authority named in
full only in the English half of its bilingual running head; a report whose bilingual
"Pwnc / Subject:" names a register. Each runs on small
papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    pack_documents,
    pack_kinds,
    pdf_agenda_items,
    text_agenda_items,
)

# An agenda page, then the last meeting's minutes on the next page under a bilingual
# masthead set side by side: the minutes' heading is the word in both languages, the
# meeting's sentence wraps, and who was present is labelled in both languages.
BILINGUAL_PRESENT_PACK = """%% header Cyngor Bwrdeistref Sirol Maesglas / Maesglas County Borough Council
%% footer Tudalen / Page {page}
<> ## CYNGOR BWRDEISTREF SIROL MAESGLAS || ## MAESGLAS COUNTY BOROUGH COUNCIL
<> Pwyllgor Trwyddedu || Licensing Committee
<> Dydd Mawrth, 4 Mawrth 2031, 2.00 yp || Tuesday, 4 March 2031, 2.00 pm
** RHAGLEN / AGENDA
|% 8 46 46
| Rhif / No. | Eitem | Item |
| 1 | Ymddiheuriadau | Apologies for Absence |
| 2 | Cofnodion y Cyfarfod a gynhaliwyd ar 3 Rhagfyr 2030 | Minutes of the Meeting held on 3 December 2030 |
| 3 | Polisi Trwyddedu Tacsis | Taxi Licensing Policy |
--- page ---
<> ## CYNGOR BWRDEISTREF SIROL MAESGLAS || ## MAESGLAS COUNTY BOROUGH COUNCIL
** COFNODION / MINUTES
Cofnodion cyfarfod y Pwyllgor Trwyddedu a gynhaliwyd ddydd Mercher, 3 Rhagfyr 2030 / Minutes of the meeting of the Licensing Committee held on Wednesday, 3 December 2030
Presennol / Present: Councillor Eirlys Bevan (Chair), Councillors D Amos, K Griffiths, P Lloyd, S Nash
** LIC/12/30 YMDDIHEURIADAU / APOLOGIES
Apologies were received from Councillor R Hopkins.
** LIC/13/30 POLISI TRWYDDEDU TACSIS / TAXI LICENSING POLICY
PENDERFYNWYD / RESOLVED that the draft Taxi Licensing Policy be approved for consultation.
"""  # noqa: E501


def test_bilingual_present_label_under_minutes_heading_starts_the_minutes(
        tmp_path: Path) -> None:
    # "Presennol / Present:" is who was present in either language: the page's "COFNODION /
    # MINUTES" heading starts the minutes; before, the label was not read (only "Present:" or
    # "Presennol:" alone), the minutes' page stayed with the agenda, and the pack was read
    # as one document of minutes dated by the agenda's meeting
    kinds = [(kind, first) for kind, first, _ in pack_kinds(BILINGUAL_PRESENT_PACK, tmp_path)]
    assert kinds == [("agenda", 1), ("minutes", 2)]


# A board committee's agenda numbered within its sections, in a two-column table.
SECTIONED_AGENDA = """## Bwrdd Iechyd Glannau Teifi / Teifi Shores Health Board
** Quality and Safety Committee
Date:	Tuesday, 14 October 2031
** Agenda
|% 10 90
| Item | Title |
| 1.1 | Welcome and Apologies |
| 1.2 | Declarations of Interest |
| 1.3 | Minutes of the previous meeting |
| 2.1 | Patient Safety Incidents Report |
| 3.1 | Any Other Business |
"""


def test_an_agenda_numbered_within_sections_starts_at_1_1(tmp_path: Path) -> None:
    # "1.1" over "1.2" starts the list as "1" does; before, "1.1" and "1.2" were dropped (a
    # first ref other than "1" starts a list only where the next one runs on by a whole
    # number), and the list began at "1.3", whose next ref "2.1" did
    assert [ref for ref, _ in pdf_agenda_items(SECTIONED_AGENDA, tmp_path)] == [
        "1.1", "1.2", "1.3", "2.1", "3.1"]


def test_report_paragraphs_1_1_are_no_agenda_start(tmp_path: Path) -> None:
    # a paragraph "1.1" over a sentence and not over "1.2" starts no list
    text = ("AGENDA\n1.1 Members are reminded that the meeting will be webcast.\n"
            "Further information is given in the notes.\n1 Apologies for absence\n"
            "2 Declarations of interest\n")
    assert [ref for ref, _ in text_agenda_items(text, tmp_path)] == ["1", "2"]


# A health board committee's minutes under the board's masthead (wrapped over two lines,
# so no copy of the running head above it): the title, then the committee, a comma and the
# meeting's date and place.
BOARD_COMMITTEE_MINUTES = """%% header Bwrdd Iechyd Prifysgol Glannau Teifi a Cheredigion / Teifi and Ceredigion Shores University Health Board
## Pwyllgor Pobl, Cynllunio a Pherfformiad
## People, Planning and Performance Committee
Dyddiad / Date:	Dydd Mawrth, 11 Tachwedd 2031 / Tuesday, 11 November 2031
** Rhaglen / Agenda
|% 10 90
| Eitem / Item | Teitl / Title |
| 1 | Croeso ac Ymddiheuriadau / Welcome and Apologies |
| 2 | Cofnodion / Minutes of the previous meeting |
| 3 | Adroddiad y Gweithlu / Workforce Report |
--- page ---
** Bwrdd Iechyd Prifysgol Glannau Teifi a Cheredigion / Teifi and Ceredigion Shores University Health Board
** Cofnodion heb eu cadarnhau / Unconfirmed Minutes
People, Planning and Performance Committee, Tuesday 9 September 2031, Boardroom, Ty Teifi
Present: Mr D Rowlands (Chair), Ms F Ashby, Dr H Preece (Independent Members)
** PPPC 31/40 Welcome and Apologies
Apologies were received from Mrs J Lyle.
** PPPC 31/41 Workforce Report
The Committee NOTED the workforce report for quarter 1.
"""  # noqa: E501


def test_committee_comma_date_under_the_boards_masthead_names_the_minutes(
        tmp_path: Path) -> None:
    # the line under the title names the committee, then its date after a comma; before,
    # only "Name - date" was read so, and the board on the masthead named the meeting
    docs = pack_documents(BOARD_COMMITTEE_MINUTES, tmp_path)
    assert ("minutes", "2031-09-09", "People, Planning and Performance Committee") in docs


# An authority's own meeting whose full name is printed only in its running head's English
# half and in a masthead wrapped in two columns; its papers say "Meeting of the Fire and
# Rescue Authority" and "REPORT TO THE FIRE AND RESCUE AUTHORITY".
AUTHORITY_RUNNING_HEAD_PACK = """%% header Awdurdod Tân ac Achub Bro Teifi / Teifi Valley Fire and Rescue Authority
%% footer Tudalen / Page {page}
<> ## AWDURDOD TÂN AC ACHUB BRO TEIFI || ## TEIFI VALLEY FIRE AND RESCUE AUTHORITY
<> Cyfarfod o'r Awdurdod Tân ac Achub || Meeting of the Fire and Rescue Authority
<> Dydd Gwener, 5 Rhagfyr 2031, 10.00 yb || Friday, 5 December 2031, 10.00 am
** RHAGLEN / AGENDA
|% 8 46 46
| Rhif / No. | Eitem | Item |
| 1 | Ymddiheuriadau | Apologies for Absence |
| 2 | Cynllun Gwella Blynyddol | Annual Improvement Plan |
--- page ---
Eitem 2 / Item 2
** ADRODDIAD I'R AWDURDOD TÂN AC ACHUB / REPORT TO THE FIRE AND RESCUE AUTHORITY
Dyddiad / Date: 5 December 2031
Pwnc / Subject: Annual Improvement Plan
Awdur / Author: Pennaeth Cynllunio / Head of Planning
** Argymhellion / Recommendations
That the Authority approves the Annual Improvement Plan 2032/33 for publication.
** Cefndir / Background
The plan sets the Service's improvement objectives for the year and how progress is measured.
"""  # noqa: E501


def test_authority_named_in_its_running_heads_english_half(tmp_path: Path) -> None:
    # the authority meeting as a whole is named as its running head's English half names it;
    # before, only a line naming the authority alone was read, so the agenda named no body and
    # the report "the Fire and Rescue Authority", its place left out
    docs = pack_documents(AUTHORITY_RUNNING_HEAD_PACK, tmp_path)
    assert [committee for _, _, committee in docs] == [
        "Teifi Valley Fire and Rescue Authority"] * 2


# A committee report whose subject, under a bilingual label below the head's first lines (its
# officer's label wraps), is the register it appends.
REGISTER_SUBJECT_PACK = """%% header Awdurdod Parc Cenedlaethol Bannau Teifi / Teifi Heights National Park Authority
** Pwyllgor Archwilio / Audit Committee
Dyddiad / Date:	3 March 2032
** AGENDA
| Eitem / Item | Teitl / Title |
| 1 | Ymddiheuriadau / Apologies |
| 2 | Cofrestr Risgiau / Strategic Risk Register |
--- page ---
** Eitem 2 / Item 2
## ADRODDIAD I'R PWYLLGOR / REPORT TO COMMITTEE
Pwyllgor / Committee:	Audit Committee
Dyddiad / Date:	3 March 2032
Swyddog / Officer:	Cyfarwyddwr Gwasanaethau Corfforaethol a Chyllid / Director of Corporate Services and Finance
Pwnc / Subject:	Strategic Risk Register
^^ ARGYMHELLION / RECOMMENDATIONS
That the Committee reviews the register at Appendix A.
** Cefndir / Background
Risks are scored for likelihood and impact on a scale of 1 to 5 each.
--- page rotated ---
** Atodiad A / Appendix A: Cofrestr Risgiau / Strategic Risk Register
|% 10 50 13 13 14
| Cyf / Ref | Risg / Risk | {up}Tebygolrwydd / Likelihood | {up}Effaith / Impact | {up}Sgôr / Score |
| SR01 | Storm damage to footpaths and car parks | 4 | 4 | 16 |
| SR02 | Loss of grant income | 3 | 4 | 12 |
"""  # noqa: E501


def test_bilingual_subject_label_names_the_register(tmp_path: Path) -> None:
    # "Pwnc / Subject: Strategic Risk Register" is the report's subject as "Subject:" alone
    # is: a report whose subject is a register is one; before, the bilingual label was not
    # read and the report with its register was a report
    kinds = [kind for kind, _, _ in pack_kinds(REGISTER_SUBJECT_PACK, tmp_path)]
    assert kinds == ["agenda", "risk_register"]
