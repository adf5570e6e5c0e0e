"""Regression tests for round 26's document misses, batches E-H (each document's committee): a
company's board named by the company over it, an authority named by its masthead and short in
its minutes. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# --------------------------------------------- a company's board: the company is the body

COMPANY_BOARD_PACK = """%% header Hollowmere Market Square BID Limited
%% footer Board of Directors | 9 April 2027 | Page {page} of {pages}
## Hollowmere Market Square BID Limited
Company number 12345678 (a company limited by guarantee)
** Meeting of the Board of Directors
Date:	Friday 9 April 2027
Time:	8.30 am
Venue:	The Guildhall, Hollowmere
** Agenda
1. Welcome and Apologies
2. Declarations of Interest
3. Minutes of the Board meeting held on 5 February 2027
4. Events Programme 2027
--- page ---
## Minutes of the Board of Directors
Minutes of a meeting of the Board of Directors of Hollowmere Market Square BID Limited held at the Guildhall, Hollowmere on Friday 5 February 2027 at 8.30 am.
Present: Anna Brook (Chair), Leo Marsh, Ravi Patel
** HB/27/01 Welcome and Apologies
There were no apologies.
** HB/27/02 Events Programme
The Directors resolved that the events budget of £12,000 be approved.
--- page ---
## Hollowmere Market Square BID Limited
** Board of Directors - 9 April 2027
!! Events Programme 2027
** 1. Recommendation
1.1 The Board is asked to approve the events programme for 2027.
"""  # noqa: E501


def test_a_companys_board_is_named_by_the_company(tmp_path: Path) -> None:
    # "Meeting of the Board of Directors" under "Hollowmere Market Square BID Limited": the
    # board is the company's meeting; before, every document read "Board of Directors"
    docs = pack_documents(COMPANY_BOARD_PACK, tmp_path)
    assert [d[0] for d in docs][:2] == ["agenda", "minutes"]
    assert {d[2] for d in docs} == {"Hollowmere Market Square BID Limited"}


# ------------------------------------------ an authority: its masthead's name, short in minutes

AUTHORITY_PACK = """%% header Wyrebrook and Dunmoor Fire and Rescue Authority
%% footer Fire and Rescue Authority - 16 June 2027 - Page {page} of {pages}
## WYREBROOK AND DUNMOOR FIRE AND RESCUE AUTHORITY
** Meeting of the Fire and Rescue Authority
Date:	Wednesday 16 June 2027
Time:	10.30 am
Place:	Service Headquarters, Dunmoor
** AGENDA
| Item No | Title | Paper |
| 1 | Apologies for absence | Verbal |
| 2 | Minutes of the meeting held on 3 March 2027 | A |
| 3 | Fleet Replacement Programme | B |
--- page ---
## WYREBROOK AND DUNMOOR FIRE AND RESCUE AUTHORITY
** Paper A
** MINUTES of the meeting of the Fire and Rescue Authority held at Service Headquarters, Dunmoor on Wednesday 3 March 2027 at 10.30 am
Present: Mr Alan Reed (Chair), Mrs Jo Hart, Cllr Sam Nye
** FRA/27/01 Apologies for absence
There were no apologies.
** FRA/27/02 Budget 2027/28
The Authority RESOLVED that the budget for 2027/28 be approved.
"""  # noqa: E501


def test_an_authority_is_named_by_its_masthead(tmp_path: Path) -> None:
    # the masthead's "WYREBROOK AND DUNMOOR FIRE AND RESCUE AUTHORITY" is the body meeting (no
    # committee word in it: before, the agenda had no committee) and the minutes' "the Fire and
    # Rescue Authority" is that name short (before, read as printed)
    docs = pack_documents(AUTHORITY_PACK, tmp_path)
    assert [d[2] for d in docs] == ["Wyrebrook and Dunmoor Fire and Rescue Authority"] * 2


# ------------------------------ a bilingual running head names a report's short committee in full

BILINGUAL_PACK = """%% header Cyd-bwyllgor Corfforedig Dyffryn Arian / Silver Vale Corporate Joint Committee
%% footer Tudalen / Page {page}
## Cyd-bwyllgor Corfforedig Dyffryn Arian
## Silver Vale Corporate Joint Committee
Dyddiad / Date:	Dydd Iau / Thursday 12 November 2026
Amser / Time:	10.00 am
^^ A G E N D A / A G E N D A
Eitem / Item 1	Ymddiheuriadau / Apologies for Absence
Eitem / Item 2	Cyllideb / Budget Monitoring
--- page ---
Eitem / Item 2
## Cyd-bwyllgor Corfforedig Dyffryn Arian
** Adroddiad / Report to the Corporate Joint Committee - 12 November 2026
** Cyllideb / Budget Monitoring 2026/27
Adroddiad gan / Report of: Treasurer
** 1. Diben / Purpose
1.1 To report the forecast outturn for 2026/27.
** 2. Argymhelliad / Recommendation
2.1 That the Corporate Joint Committee notes the forecast outturn for 2026/27.
"""  # noqa: E501


def test_a_bilingual_running_head_names_the_report_committee_in_full(tmp_path: Path) -> None:
    # "Report to the Corporate Joint Committee" under the head "Cyd-bwyllgor ... / Silver Vale
    # Corporate Joint Committee": the head's English half is the name in full; before, the
    # whole bilingual head was no one name and the report kept the short one
    docs = pack_documents(BILINGUAL_PACK, tmp_path)
    assert ("report", "2026-11-12", "Silver Vale Corporate Joint Committee") in docs


# ---------------------------- a board of commissioners: the commissioners' body its head names

COMMISSIONERS_PACK = """%% header Trevose Bay Harbour Commissioners
%% footer Board Meeting 11 May 2028 | {page}
## TREVOSE BAY HARBOUR COMMISSIONERS
** Notice of Board Meeting
Notice is hereby given that a meeting of the Board of Commissioners will be held in the Harbour Office, Trevose on Thursday 11 May 2028 at 2.00 pm.
** AGENDA
1. Apologies
2. Minutes of the meeting held on 9 February 2028
3. Harbour Dues 2028/29
--- page ---
## MINUTES
Minutes of the meeting of the Board of Commissioners held at the Harbour Office on Wednesday 9 February 2028 at 2.00 pm.
Present: Commissioners A. Polglase (Chair), B. Hocking, C. Rowe
** HB 28/01 Apologies
There were no apologies.
** HB 28/02 Harbour Dues
It was resolved that the harbour dues for 2028/29 be increased by 3%.
"""  # noqa: E501


def test_a_board_of_commissioners_is_the_commissioners_body(tmp_path: Path) -> None:
    # the minutes' "Board of Commissioners" under the head "Trevose Bay Harbour Commissioners"
    # is that body meeting; before, the minutes read "Board of Commissioners"
    docs = pack_documents(COMMISSIONERS_PACK, tmp_path)
    assert ("minutes", "2028-02-09", "Trevose Bay Harbour Commissioners") in docs


# ------------------------------------------- a letter-spaced title names a risk register

SPACED_TITLE_PACK = """%% font serif
%% header Trevose Bay Harbour Commissioners
%% footer Board Meeting 11 May 2028 | {page}
^^ TREVOSE BAY HARBOUR COMMISSIONERS
** Notice of Board Meeting
Notice is hereby given that a meeting of the Board of Commissioners will be held in the Harbour Office, Trevose on Thursday 11 May 2028 at 2.00 pm.
^^ A G E N D A
1. Apologies
2. Port Risk Register
3. Harbour Dues 2028/29
--- page ---
^^ M I N U T E S
Minutes of the meeting of the Board of Commissioners held at the Harbour Office on Wednesday 9 February 2028 at 2.00 pm.
Present: Commissioners A. Polglase (Chair), B. Hocking, C. Rowe
** HB 01/28 Apologies
There were no apologies.
** HB 02/28 Budget 2028/29
It was resolved that the budget for 2028/29 be adopted.
--- page ---
^^ I T E M   2 :   P O R T   R I S K   R E G I S T E R
Report of the Chief Executive and Harbour Master
** Recommendation
That the Board notes the new risk on the South Pier wave wall.
** Scoring
Each risk is scored for likelihood and impact on a scale of 1 to 5; the score is L x I.
--- page ---
^^ I T E M   3 :   H A R B O U R   D U E S
Report of the Chief Executive and Harbour Master
** Recommendation
That the Board approves the schedule of harbour dues for 2028/29.
"""  # noqa: E501


def test_a_letter_spaced_title_names_a_risk_register(tmp_path: Path) -> None:
    # "I T E M 2 : P O R T R I S K R E G I S T E R" is extracted one space between letters,
    # the words' own spaces lost: its letters run together name the register; before, the
    # paper was a report
    kinds = [d[0] for d in pack_documents(SPACED_TITLE_PACK, tmp_path)]
    assert kinds == ["agenda", "minutes", "risk_register", "report"]
