"""Held-out round 29, batches C and H (informal, advisory and area bodies; schools): the misses
fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, numbers, pack_documents, pack_front, pdf_minutes

# An informal working group's pack: its last meeting's notes titled by the group's name before
# a colon, under the council's name set as a masthead (the title wrapped after "notes of the",
# so the words "meeting held on" open the next line).
TITLED_NOTES = """%% header Brackenhurst Council | Local Plan Member Working Group
%% footer {page}
%% ligatures
<< BRACKENHURST COUNCIL
## Local Plan Member Working Group
Wednesday 9 April 2031, 5.30 pm
Meeting Room 4, Brackenhurst House, Castle Street
** Agenda
| No. | Item | Paper |
| 1 | Apologies | - |
| 2 | Notes of the meeting held on 12 February 2031 | A |
--- page ---
<< BRACKENHURST COUNCIL
** Paper A
## Local Plan Member Working Group: notes of the meeting held on 12 February 2031
Present: Councillors Lucinda Harrowby (Chair), Kwame Asante and Dorothy Pilbeam
** LPWG 14 Apologies
Councillor Yusuf Patel.
** LPWG 15 Housing Site Selection Methodology
Members agreed to recommend to Cabinet that the housing site selection methodology be approved.
"""


def test_notes_titled_by_the_body_before_a_colon_name_that_body(tmp_path: Path) -> None:
    docs = pack_documents(TITLED_NOTES, tmp_path)
    assert ("minutes", "2031-02-12", "Local Plan Member Working Group") in docs


# A committee's agenda whose masthead sets its name letter-spaced under the council's name:
# extracted, the words' own spaces are lost and the name wraps inside a word; the running foot
# prints it plainly.
SPACED_MASTHEAD = """%% header Eskbridge Council
%% footer Children, Education and Families Committee - 17 September 2030 - Page {page}
## Eskbridge Council
^^ C H I L D R E N ,   E D U C A T I O N   A N D   F A M I L I E S   C O M M I T T E E
Date:	Tuesday 17 September 2030
Time:	6.00 pm
Place:	The Assembly Room, Eskbridge Guildhall
** AGENDA
| No. | Item | Page |
| 1. | Apologies for Absence | |
| 2. | Minutes of the Meeting held on 9 July 2030 | 2 |
--- page ---
## Eskbridge Council
** Minutes of the Children, Education and Families Committee held at the Eskbridge Guildhall on Tuesday 9 July 2030 at 6.00 pm
Present:	Councillors M. Corrigan (Chair), F. Adeyemi and T. Bellingham
** 18. Apologies for Absence
Apologies were received from Councillor Y. Tranter.
"""  # noqa: E501


def test_a_letter_spaced_masthead_name_is_the_running_foot_name_it_spells(
        tmp_path: Path) -> None:
    docs = pack_documents(SPACED_MASTHEAD, tmp_path)
    assert docs[0] == ("agenda", "2030-09-17", "Children, Education and Families Committee")


# An advisory group's notes under its name in large capitals, wrapped inside a word
# ("... CABINET A" over "DVISORY GROUP"), and a report to it whose title wraps after "Cabinet":
# the running foot names the group whole.
WRAPPED_MASTHEAD = """%% header Tollbridge District Council
%% footer Environment and Leisure Cabinet Advisory Group | {page}
^^ TOLLBRIDGE DISTRICT COUNCIL
## Environment and Leisure Cabinet Advisory Group
Date:	Tuesday, 14 January 2031
Time:	6.00 pm
** AGENDA
| Item | Subject | Pages |
| 1 | Apologies for absence | |
| 2 | Notes of the meeting held on 5 November 2030 | 2 |
--- page ---
^^ ENVIRONMENT AND LEISURE CABINET ADVISORY GROUP
** Notes of the meeting held on Wednesday, 5 November 2030 at 6.00 pm
Present: Councillors Harriet Okonedo (Chair), Bram Fettiplace and Sunita Varley
** ELCAG/19 Apologies
Apologies were received from Councillor Petra Lindqvist.
--- page ---
^^ TOLLBRIDGE DISTRICT COUNCIL
## Report to the Environment and Leisure Cabinet Advisory Group
Date of meeting:	14 January 2031
Report of:	Head of Environmental Services
Subject:	Parks and Open Spaces Byelaws Review
** 1. Recommendation
1.1 That the Cabinet Advisory Group recommends to Cabinet that the draft byelaws be approved for public consultation.
"""  # noqa: E501


def test_a_masthead_name_wrapped_inside_a_word_is_the_running_name_it_spells(
        tmp_path: Path) -> None:
    docs = pack_documents(WRAPPED_MASTHEAD, tmp_path)
    assert [d[2] for d in docs] == ["Environment and Leisure Cabinet Advisory Group"] * 3


# An advisory group's notes numbered by its code of five letters, a stroke and the running
# number, each heading in bold; an actions table after them whose references ("A/30/12") are
# no minutes.
LONG_CODES = """^^ ENVIRONMENT AND LEISURE CABINET ADVISORY GROUP
** Notes of the meeting held on Wednesday, 5 November 2030 at 6.00 pm
Present: Councillors Harriet Okonedo (Chair), Bram Fettiplace, Sunita Varley and Owain Rees
** ELCAG/19 Apologies
Apologies were received from Councillor Petra Lindqvist.
** ELCAG/20 Declarations of interest
There were no declarations of interest.
** ELCAG/21 Garden Waste Service: Charges 2031/32
The Head of Environmental Services said that 21,480 households subscribed to the garden waste service in 2030/31.
Councillor Varley proposed that the Brambley Road public conveniences be closed to fund a smaller increase.
The Group recommended to Cabinet that the garden waste subscription charge for 2031/32 be set at £52 a year.
The Group did not support the proposal to close the Brambley Road public conveniences.
** Actions
| Ref | Action | By | Due |
| A/30/11 | Circulate the garden waste direct debit take-up figures | Head of Environmental Services | December 2030 |
| A/30/12 | Send the draft allotments strategy to the Allotments Federation | Parks Manager | 20 November 2030 |
"""  # noqa: E501


def test_a_five_letter_code_and_running_number_set_as_a_heading_numbers_a_minute(
        tmp_path: Path) -> None:
    got = numbers(pdf_minutes(LONG_CODES, tmp_path))
    assert got == [("ELCAG/19", "Apologies"), ("ELCAG/20", "Declarations of interest"),
                   ("ELCAG/21", "Garden Waste Service: Charges 2031/32")]


# A group's minute closing on its recommendation to Cabinet, then a member's proposal it
# turned down: both are its decisions.
RECOMMENDED_THEN_TURNED_DOWN = """^^ ENVIRONMENT AND LEISURE CABINET ADVISORY GROUP
** Notes of the meeting held on Wednesday, 5 November 2030 at 6.00 pm
Present: Councillors Harriet Okonedo (Chair), Bram Fettiplace, Sunita Varley and Owain Rees
** 21. Apologies
Apologies were received from Councillor Petra Lindqvist.
** 22. Garden Waste Service: Charges 2031/32
The Head of Environmental Services said that 21,480 households subscribed to the garden waste service in 2030/31.
Councillor Varley proposed that the Brambley Road public conveniences be closed to fund a smaller increase.
The Group recommended to Cabinet that the garden waste subscription charge for 2031/32 be set at £52 a year.
The Group did not support the proposal to close the Brambley Road public conveniences.
"""  # noqa: E501


def test_a_recommendation_onward_before_a_proposal_turned_down_is_a_decision(
        tmp_path: Path) -> None:
    got = [(d.decision_text.split(" that ")[0], d.outcome)
           for d in decisions_in(pdf_minutes(RECOMMENDED_THEN_TURNED_DOWN, tmp_path))]
    assert [text for text, _ in got] == ["The Group recommended to Cabinet",
                                         "The Group did not support the proposal to close the "
                                         "Brambley Road public conveniences."]
    assert got[1][1] == "rejected"


# A scrutiny pack's outcomes report rating its measures against the national figure, not a
# target: the key says the table is of measures rated, a performance report.
RATED_AGAINST_NATIONAL = pack_front("Holmesdale County Council",
                                    "Children and Young People Scrutiny Committee") + """## Holmesdale County Council
** Report to the Children and Young People Scrutiny Committee
Date of meeting:	11 June 2026
Title:	Educational Outcomes 2030: Provisional Results
Report by:	Director of Education and Learning
** 1. Recommendation
1.1 That the Committee scrutinises the provisional educational outcomes for 2030 and identifies any areas for further examination in its work programme.
** 2. Summary
2.1 Results at the end of primary school improved for the second year.
2.2 The rating compares the county with the national figure for 2030: green where Holmesdale is at or above national, amber where it is within 2 percentage points of national, and red where the gap is larger. The rating is given by the colour of the final column.
| Ref | Indicator | Holmesdale 2030 | National 2030 | Rating |
| EO1 | Good level of development (%) | 68.4 | 68.0 | |
| EO2 | Phonics screening check (%) | 80.6 | 80.1 | |
"""  # noqa: E501


def test_measures_rated_against_the_national_figure_make_a_performance_report(
        tmp_path: Path) -> None:
    docs = pack_documents(RATED_AGAINST_NATIONAL, tmp_path)
    assert docs[-1][0] == "performance_report"
