"""Regression tests for the agenda item misses of round 17's blind batches. Each runs on a
small generated paper (or on the reader's parts)."""

from __future__ import annotations

import re
import time
from pathlib import Path

from heldout_support import pdf_agenda_items as _pdf_items
from heldout_support import text_agenda_items as _text_items
from kcc_papers.extract.agenda.patterns import CODE_IN_ITS_CELL, NOTE

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1


def _linear(pattern: re.Pattern[str]) -> None:
    for text in (" " * 10_000, "a" * 10_000, "A" * 10_000):
        start = time.process_time()
        pattern.search(text)
        assert time.process_time() - start < LINEAR_SECONDS


# ------------------ a borderless table: a coded ref ("TB 1") centred beside its wrapped title

TRUST_BOARD_BORDERLESS = """## TRUST BOARD - PART 1 (PUBLIC)
Tuesday 21 September 2027 at 9.30am, Boardroom, Kestrel Lane
** AGENDA
|- Item | Title | Presented by | Enclosure |
| TB 1 | Chair's welcome and apologies for absence | Chair | - |
| TB 2 | Declarations of interest | Chair | - |
| TB 3 | Minutes of the previous meeting held on 20 July 2027 | Chair | A |
| TB 4 | Freedom to Speak Up: annual report | Guardian | E |
"""


def test_a_coded_ref_centred_beside_its_wrapped_title_is_not_titled_by_its_lead(
        tmp_path: Path) -> None:
    # a row's title wraps in its cell, the ref and the lead ("Chair") centred beside it on a
    # line of their own: the title is the cell's lines above and below, not the lead
    assert _pdf_items(TRUST_BOARD_BORDERLESS, tmp_path) == [
        ("TB 1", "Chair's welcome and apologies for absence"),
        ("TB 2", "Declarations of interest"),
        ("TB 3", "Minutes of the previous meeting held on 20 July 2027"),
        ("TB 4", "Freedom to Speak Up: annual report"),
    ]


def test_the_coded_ref_pattern_is_linear_and_no_month() -> None:
    _linear(CODE_IN_ITS_CELL)
    assert CODE_IN_ITS_CELL.match("TB 1") and CODE_IN_ITS_CELL.match("BoD 26/030")
    assert not CODE_IN_ITS_CELL.match("May 2027")


# ------------------- a bilingual table: the title printed in a Welsh and an English column

CABINET_BILINGUAL_TABLE = """## CYNGOR BWRDEISTREF SIROL CWM ARIAN
## CWM ARIAN COUNTY BOROUGH COUNCIL
<> **Y CABINET** || **CABINET**
<> Dyddiad: Dydd Mawrth, 14 Medi 2027 || Date: Tuesday, 14 September 2027
** AGENDA / AGENDA
|% 8 46 46
| Eitem / Item | Busnes | Business |
| 1. | Ymddiheuriadau am absenoldeb | Apologies for absence |
| 2. | Cofnodion y cyfarfod a gynhaliwyd ar 20 Gorffennaf 2027 | Minutes of the meeting held on 20 July 2027 |
| 3. | Strategaeth Cymraeg mewn Addysg 2027-2032 | Welsh in Education Strategic Plan 2027-2032 |
| 4. | Eithrio'r Cyhoedd | Exclusion of the Public |
"""  # noqa: E501


def test_a_bilingual_tables_welsh_title_column_is_not_the_title(tmp_path: Path) -> None:
    # the ref's column is followed by the title in each language, Welsh first: the records
    # keep the English column's title, as the set's bilingual papers do
    assert _pdf_items(CABINET_BILINGUAL_TABLE, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 20 July 2027"),
        ("3", "Welsh in Education Strategic Plan 2027-2032"),
        ("4", "Exclusion of the Public"),
    ]


# ---------- a letter-spaced masthead over a plain numbered list is no table's column names

MONTHLY_MEETING_LETTER_SPACED = """%% ligatures
^^ KILCORAN COUNTY COUNCIL
!! Monthly Meeting of Kilcoran County Council
You are requested to attend the Monthly Meeting of Kilcoran County Council to be held in the Council Chamber, Kilcoran on Monday, 14th June 2027 at 11.00 a.m.
** CLÁR / AGENDA
1. Confirmation of Minutes of Monthly Meeting held on 10th May 2027
2. Chief Executive's Management Report for May 2027
3. Disposal of property at Unit 4, Rathmore Enterprise Park under Section 183 of the Local Government Act 2001
4. Correspondence
"""  # noqa: E501


def test_a_letter_spaced_masthead_does_not_cut_the_items_into_columns(tmp_path: Path) -> None:
    # (set in a TrueType font, whose text layer keeps the letter-spaced words as cells)
    # the masthead's letter-spaced words read apart like a table's column names, but no line
    # under it prints a cell where they start: the items are whole lines, not cut at the
    # masthead's word gaps
    assert _pdf_items(MONTHLY_MEETING_LETTER_SPACED, tmp_path) == [
        ("1", "Confirmation of Minutes of Monthly Meeting held on 10th May 2027"),
        ("2", "Chief Executive's Management Report for May 2027"),
        ("3", "Disposal of property at Unit 4, Rathmore Enterprise Park under Section 183 of "
              "the Local Government Act 2001"),
        ("4", "Correspondence"),
    ]


# ------------- a planning application's year-numbered ref under an item is no item of its own

COMMUNITY_COUNCIL_TEXT = """LLANFAIR DYFFRYN ELWY COMMUNITY COUNCIL

Notice is hereby given that a meeting of the Community Council will be held on
Wednesday 12th January 2028 at 7.00pm in the Memorial Hall, Llanfair Dyffryn Elwy.

                           AGENDA / RHAGLEN

1.   Apologies for absence / Ymddiheuriadau
2.   Precept 2028/29
3.   Planning consultations
       28/0012 - Bryn Teg, Ffordd y Llan - two storey side extension
4.   Finance: accounts for payment
5.   Correspondence / Gohebiaeth
"""


def test_a_year_numbered_application_under_an_item_does_not_end_the_list(
        tmp_path: Path) -> None:
    # the agenda numbers its items plainly: "28/0012" (a year and a running number) under
    # item 3 is the application the item considers, and items 4 and 5 still follow 3
    assert _text_items(COMMUNITY_COUNCIL_TEXT, tmp_path) == [
        ("1", "Apologies for absence / Ymddiheuriadau"),
        ("2", "Precept 2028/29"),
        ("3", "Planning consultations"),
        ("4", "Finance: accounts for payment"),
        ("5", "Correspondence / Gohebiaeth"),
    ]


# -------------------------- a note that the item is exempt, its paragraph after a comma

SUBCOMMITTEE_EXEMPT_NOTE = """## KESTREL VALE BOROUGH COUNCIL
** HOUSING AND HOMELESSNESS SUB-COMMITTEE
Thursday 11th November 2027 at 6.30 pm
** AGENDA
|- Item | | Page |
| 1 | Apologies for absence and substitute members | |
| 2 | Minutes of the meeting held on 7th October 2027 | 1 - 4 |
| 3 | Exclusion of the press and public | |
| 4 | Temporary Accommodation Leasing Scheme: Landlord Incentives (exempt, paragraph 3) | 15 - 20 |
"""


def test_an_exempt_note_with_its_paragraph_after_a_comma_is_no_part_of_the_title(
        tmp_path: Path) -> None:
    # "(exempt, paragraph 3)" says how the meeting takes the item, as "(exempt: paragraph 3)"
    # does: the note is not the title's
    assert _pdf_items(SUBCOMMITTEE_EXEMPT_NOTE, tmp_path) == [
        ("1", "Apologies for absence and substitute members"),
        ("2", "Minutes of the meeting held on 7th October 2027"),
        ("3", "Exclusion of the press and public"),
        ("4", "Temporary Accommodation Leasing Scheme: Landlord Incentives"),
    ]


def test_the_note_pattern_stays_linear() -> None:
    _linear(NOTE)
    for text in ("(exempt," + " " * 10_000, "x (exempt," + " ," * 5_000):
        start = time.process_time()
        NOTE.search(text)
        assert time.process_time() - start < LINEAR_SECONDS


# ------------------- "Item 7: ..." under a table's row "7" is a note on it, not item 7 again

ORDER_OF_BUSINESS_NOTED = """## GLENMORVAN COUNCIL
** COMMUNITIES AND HOUSING COMMITTEE
Tuesday 9 March 2027 at 10.00 am
** ORDER OF BUSINESS
|% 10 72 18
|- Item | Business | Pages |
| 1 | Apologies for Absence and Substitutions | |
| 2 | Rapid Rehousing Transition Plan - Annual Update | To Follow |
| 3 | Exclusion of the Press and Public | |
Item 3: The Committee is recommended to exclude the press and public for the consideration of any item containing exempt information under paragraphs 6 and 8 of Part 1 of Schedule 7A to the Local Government (Scotland) Act 1973.
"""  # noqa: E501


def test_a_note_naming_the_last_item_is_not_the_item_again(tmp_path: Path) -> None:
    # the table prints its refs bare ("3"); the note under it names the item otherwise
    # ("Item 3:"), so it is a note on the item, not its number printed again over a part
    assert _pdf_items(ORDER_OF_BUSINESS_NOTED, tmp_path) == [
        ("1", "Apologies for Absence and Substitutions"),
        ("2", "Rapid Rehousing Transition Plan - Annual Update"),
        ("3", "Exclusion of the Press and Public"),
    ]
