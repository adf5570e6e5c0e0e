"""Review C of round 20's fixes to the minutes and decisions readers: each test a defect found
in review, a small paper of another council than the round's own, read through the
pipeline."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.extract.decisions.recommendations import BODY_RECOMMENDS
from kcc_papers.extract.minutes.resolution_anchors import _RESPONSE
from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH, _growth


def _records(path: Path) -> list[object]:
    return list(process_file(str(path)).records)


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in _records(path) if isinstance(d, Decision)]


def _paper(tmp_path: Path, text: str) -> Path:
    paper = tmp_path / "paper.txt"
    paper.write_text(text)
    return paper


# ------------------------ a heading ending on its colon does not run on into its answer

ANSWERED_HEADINGS = """HARTWELL DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE LICENSING COMMITTEE
HELD ON TUESDAY 9TH NOVEMBER 2027 AT 10.00AM

Present: Cllr J Akers (Chair), Cllr M Dunn, Cllr S Patel

1. APOLOGIES FOR ABSENCE:
NONE

2. DECLARATIONS OF INTEREST:
NONE DECLARED.

3. HACKNEY CARRIAGE FARES

The Licensing Manager presented the fares review.

RESOLVED that the revised table of fares be published for consultation.
"""


def test_regression_colon_heading_does_not_take_its_answer(tmp_path: Path) -> None:
    # Round 20 ran a capitals heading ending on its colon on onto the capitals line under it
    # however short the heading ("CITY CENTRE RECOVERY PLAN:" over "PROGRESS" in a narrow
    # column): a text export's "APOLOGIES FOR ABSENCE:" took its answer "NONE" as its title.
    minutes = [(m.minute_number, m.title) for m in _records(_paper(tmp_path, ANSWERED_HEADINGS))
               if isinstance(m, Minute)]
    assert minutes == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "HACKNEY CARRIAGE FARES"),
    ]


# ------------- an application's "Objections:" label (what it drew) is no council's response

PLANNING_OBJECTIONS_LABEL = """HARTWELL DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE PLANNING COMMITTEE
HELD ON TUESDAY 9TH NOVEMBER 2027 AT 6.00PM

Present: Cllr J Akers (Chair), Cllr M Dunn, Cllr S Patel

1. PLANNING APPLICATIONS

27/00412/FUL Land at Mill Lane, erection of 12 dwellings. Objections: 14 letters from neighbours about traffic.

The Planning Officer presented the report. Members discussed the access.

RESOLVED that planning permission be granted subject to the conditions in the report.

2. CONSULTATIONS

27/00519/HH 4 Church Walk, rear extension. Object: the extension overlooks the garden of number 6.
"""  # noqa: E501


def test_regression_objections_label_is_no_response(tmp_path: Path) -> None:
    # Round 20 read a planning response with its reasons after a colon ("Object:
    # overdevelopment of the site"), "Objections:" among its words: a planning committee's
    # summary of an application, "Objections: 14 letters ...", was read as a decision. Only
    # the council's verb ("Object") or its "No objection" gives its reasons so.
    assert _decisions(_paper(tmp_path, PLANNING_OBJECTIONS_LABEL)) == [
        ("RESOLVED that planning permission be granted subject to the conditions in the "
         "report.", "approved"),
        ("Object: the extension overlooks the garden of number 6.", "other"),
    ]


# ----------------------- a body recommending by its whole name, its small words in it

BOARD_REPORT = """BRAMLEY COUNTY COUNCIL

REPORT OF THE HEALTH AND WELLBEING BOARD TO CABINET

Cabinet - 14 March 2028

PHARMACEUTICAL NEEDS ASSESSMENT 2028

1. The Board consulted on its draft pharmaceutical needs assessment from November 2027 to January 2028 and received 212 responses.

2. The Board is satisfied that the assessment meets the regulations.

3. Having considered the responses, the Health and Wellbeing Board recommends that Cabinet publishes the pharmaceutical needs assessment on 1 April 2028.

Cllr Dana Whitby, Chair, Bramley Health and Wellbeing Board
"""  # noqa: E501


def test_regression_body_recommends_by_its_whole_name(tmp_path: Path) -> None:
    # Round 20 read a body's own report recommending in the present as its recommendation,
    # but only a name of capitalised words ("the Panel", "the Audit Committee"): "the Police
    # and Crime Panel", "the Health and Wellbeing Board" were no body, their report no ask.
    assert _decisions(_paper(tmp_path, BOARD_REPORT)) == [
        ("3. Having considered the responses, the Health and Wellbeing Board recommends that "
         "Cabinet publishes the pharmaceutical needs assessment on 1 April 2028.", "other"),
    ]


def test_regression_round_20_patterns_are_linear() -> None:
    # each new pattern over long runs of what its parts repeat (the small words of a body's
    # name, the words after a response's colon, an answer's letters)
    from kcc_papers.extract.minutes.candidates import _ANSWER
    from kcc_papers.extract.minutes.two_up import _HEADING_NUMBER

    def body(words: int) -> object:
        return BODY_RECOMMENDS.match("The " + "and " * words + "Board recommends that")

    def response(spaces: int) -> object:
        return _RESPONSE.search("Object:" + " " * spaces + "x")

    def answer(letters: int) -> object:
        return _ANSWER.match("NONE " + "N" * letters)

    def heading_number(parts: int) -> object:
        return _HEADING_NUMBER.match("1." * parts + "x")

    for run in (body, response, answer, heading_number):
        assert _growth(run, 200) < MOST_GROWTH


# ------------- an ask numbered next under a numbered heading is the ask, not the next section

RUN_NUMBERED_REPORT = """HALFORD BOROUGH COUNCIL

REPORT TO CABINET

Date of meeting: 14 March 2028

CAPITAL PROGRAMME 2028/29

Report of: Director of Finance

4. Purpose of the report

The report sets out the capital programme for 2028/29.

5. Recommendation

6. That Cabinet approves the capital programme

7. Background

The programme was reviewed by the Capital Board in February 2028.
"""


def test_regression_ask_numbered_after_its_heading_is_no_next_section(tmp_path: Path) -> None:
    # Round 20 ended an empty numbered Recommendations heading at the section numbered next
    # ("3. Recommendations of the Group" over "4. Financial implications"): a report
    # numbering every paragraph in one run numbers its ask next too, so the ask was cut off
    # and read again by the last-resort reader, running on into the next section.
    assert _decisions(_paper(tmp_path, RUN_NUMBERED_REPORT)) == [
        ("6. That Cabinet approves the capital programme", "approved"),
    ]


# -------- a two-column table of questions and answers is no pair of newspaper columns

QUESTIONS_TABLE = """** WESTLEIGH BOROUGH COUNCIL
** CABINET
Minutes of the meeting held on Tuesday 9th November 2027 at 6.00 p.m.
Present: Councillor R. Hale (Leader); Councillors P. Moss, T. Vane and D. Lyle.
** 31. PUBLIC QUESTIONS
The following questions were put and answered.
|% 50 50
|- Question | Answer |
| Mr Dale asked when the footpath between Mill Lane and the station would be resurfaced, as it had been closed for three months and residents had to walk along the road. | The Cabinet Member for Highways replied that the resurfacing contract had been let and the work would start in January 2028 and take four weeks. |
| Mrs Orme asked why the garden waste collection had been suspended in August and whether subscribers would be refunded for the missed collections. | The Cabinet Member for Environment replied that a shortage of drivers had caused the suspension and every subscriber would receive a refund of six pounds. |
** 32. BUDGET MONITORING
RESOLVED that the report be noted.
"""  # noqa: E501


def test_regression_questions_table_is_no_newspaper_columns(tmp_path: Path) -> None:
    # Round 20 read an upright page's run of lines each in one half as newspaper columns,
    # left column then right, when each side held six lines and the right filled its half:
    # a borderless table of questions and answers is so too, and the short lines under it
    # (the next minute's heading, its RESOLVED) keep to the left half, so the answers were
    # read after them, into the next minute's decision. Newspaper columns of minutes run
    # one numbering on from the left column into the right.
    assert _decisions(rendered(QUESTIONS_TABLE, tmp_path)) == [
        ("RESOLVED that the report be noted.", "noted"),
    ]
