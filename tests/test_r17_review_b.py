"""Review of round 17's classification, segmentation and committee-name fixes (part B):
counter-examples to the round's rules on papers of other councils. A masthead's bracketed
words naming the paper ("Planning Committee (Supplementary Agenda)"), read as a kind of
meeting ("(Call-In)") and so into the body's name; a sentence wrapped before "that" ("...
Providers have told us" over "that they accept fewer placements") read as a report's first
ask, a decision, so a performance report holding its measures' table was a plain report; a
session's bracket looked for at every name's end by a pattern reading a run of spaces from each
of its spaces (quadratic); a board named by its kind alone taking the name of another board
whose minutes its pack encloses; "agreed that the meeting be adjourned" read as an item
deferred. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_kinds, rendered
from kcc_papers.extract.meetings.body_names import SESSION_BRACKET, is_masthead_name
from kcc_papers.extract.meetings.mastheads import masthead_pair
from kcc_papers.normalise.outcomes import classify_outcome
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------------- a masthead's bracket naming the paper, not the body

SUPPLEMENTARY = """## Harbourside District Council
** Planning Committee (Supplementary Agenda) - 12 March 2026
** Late representations
The following representations were received after the agenda was published.
Item 5: 24/0412/FUL Land at Mill Lane
Two further letters of objection were received about parking.
"""


def test_regression_masthead_bracket_naming_the_paper_is_no_part_of_the_name(
        tmp_path: Path) -> None:
    # "(Supplementary Agenda)" titles the paper: before, the bracket was read as the body's
    # kind of meeting, as "(Call-In)" is, and the committee was "Planning Committee
    # (Supplementary Agenda)". As at r17-measure, the masthead line names no committee.
    assert documents_of(rendered(SUPPLEMENTARY, tmp_path, "supp")) == [("other", None, None)]
    for paper_title in ("(Supplementary Agenda)", "(Late Items)", "(Update Report)",
                        "(Addendum)", "(Minutes)"):
        assert not is_masthead_name(f"Planning Committee {paper_title}")
        assert masthead_pair([f"Planning Committee {paper_title} - 12 March 2026"]) == {}
    # the guards: a kind of meeting or a seat in brackets still ends a name
    assert is_masthead_name("Overview and Scrutiny Committee (Call-In)")
    assert is_masthead_name("Regional Flood Joint Committee (Midlands and North)")


# ---------------------------------------- a sentence wrapped before "that": no report's ask

MEASURES_REPORT = """## Report to Cabinet
** 14 March 2028
** Care Market Update
Report of:	Director of Adult Social Care
** 1. Purpose of the report
1.1 To report the quarter's care market measures. Providers have told us
that they accept fewer placements at the Council's rates.
** 2. Recommendations
Cabinet is recommended to:
(a) note the performance of the care market;
** 3. Metrics
|~ Metric | Measure | 2028/29 ambition | Latest (Q3) | Rating |
| BC1 | Emergency admissions, 65+ (per 100,000) | 1,980 | 2,104 | Not on track |
| BC2 | Discharges to usual place of residence (%) | 92.5% | 91.8% | At risk |
"""


def test_regression_wrapped_that_is_no_ask_of_a_measures_report(tmp_path: Path) -> None:
    # "that they accept fewer placements" opens a line only because the sentence above
    # wrapped there; before, it was the report's first ask ("accept", a decision's verb) and
    # the report asking to note its measures was a plain report
    assert pack_kinds(MEASURES_REPORT, tmp_path) == [("performance_report", 1, 1)]
    # the guard: a capitalised "That" opening a line is a recommendation, a decision's ask
    decision = MEASURES_REPORT.replace(
        "Cabinet is recommended to:\n(a) note the performance of the care market;",
        "That Cabinet approves the Market Sustainability Plan 2028/29.").replace(
        "that they accept", "they accept")
    assert pack_kinds(decision, tmp_path) == [("report", 1, 1)]


# ------------------------------------------------- a masthead's name: linear in a run of spaces


def test_regression_masthead_name_is_linear_in_a_run_of_spaces() -> None:
    # round 17's is_masthead_name looks for a session's bracket ("(Public)") at every name's
    # end, and that pattern, opening with "\s*", read the rest of a run of spaces from each of
    # its spaces: a notice's masthead padded with 30,000 spaces took 11 s
    def name(spaces: int) -> object:
        return is_masthead_name("Licensing Sub-Committee" + " " * spaces + "x")

    assert _growth(name, 300) < MOST_GROWTH
    # the bracket and the sentence are still found and taken off a name
    assert SESSION_BRACKET.sub("", "Trust Board (Meeting in Public)") == "Trust Board"
    assert SESSION_BRACKET.sub("", "Board of Directors meeting held in private") == (
        "Board of Directors")
    assert SESSION_BRACKET.sub("", "Cabinet   (Part 2)") == "Cabinet"


# --------------------------- a board named by its kind alone, another board's minutes enclosed

PARTNERSHIP_MINUTES_PACK = """WESTMERE HOMES LIMITED

BOARD MEETING

Thursday 22nd June 2028 at 10.00am
Council Chamber, Harrowden Town Hall

                                  AGENDA

  1.  Apologies and declarations of interest
  2.  Minutes of the Board meeting held on 20th April 2028
  3.  Minutes of the Harrowden Place Partnership Board held on 4th May 2028

                       Board Meeting - 22 June 2028 - Page 1
\fMINUTES OF THE BOARD MEETING HELD ON THURSDAY 20TH APRIL 2028

Present:  Ann Reed (Chair), Bob Shaw, Cal Tait

B28/11  APOLOGIES AND DECLARATIONS OF INTEREST
        Apologies were received from Dee Urwin.

B28/12  WINTER PLAN
        RESOLVED that the winter plan be approved.

                       Board Meeting - 22 June 2028 - Page 2
\fMINUTES OF THE HARROWDEN PLACE PARTNERSHIP BOARD MEETING HELD ON THURSDAY 4TH MAY 2028

Present:  Fay Gill (Chair), Gus Hart, Ivy Jones

P28/05  APOLOGIES
        Apologies were received from Jo King.

P28/06  DISCHARGE TO ASSESS
        RESOLVED that the discharge to assess pilot be extended.

                       Board Meeting - 22 June 2028 - Page 3
"""


def test_regression_bare_board_takes_no_name_from_another_boards_minutes(tmp_path: Path) -> None:
    # A company's board, named by its kind alone ("BOARD MEETING", "the Board meeting"), notes
    # a partnership board's minutes. Before, the one full name ending in "Board" anywhere in
    # the pack, the partnership board's, was taken for the company's board's agenda and
    # minutes. A full name is taken only from a paper for the same meeting as a bare one.
    path = tmp_path / "pack.txt"
    path.write_text(PARTNERSHIP_MINUTES_PACK)
    assert documents_of(path) == [
        ("pack", "2028-06-22", "Board Meeting"),
        ("agenda", "2028-06-22", "Board Meeting"),
        ("minutes", "2028-04-20", "Board"),
        ("minutes", "2028-05-04", "Harrowden Place Partnership Board"),
    ]


# ---------------------------------------------- "agreed that the meeting be adjourned": no deferral


def test_regression_meeting_adjourned_by_agreement_is_no_deferral() -> None:
    # round 17 read "adjourned" as "deferred" after "agreed that": the meeting's own
    # adjournment (a break, or to another hour) was an item deferred. Its guard tried only
    # "RESOLVED that"; "AGREED that" took the other path.
    assert classify_outcome("It was agreed that the meeting be adjourned for ten minutes.") == (
        "agreed")
    assert classify_outcome("AGREED that the meeting be adjourned until 2.00 pm.") == "agreed"
    # the rule itself, and a deferral after the meeting's adjournment in the same clause
    assert classify_outcome("It was agreed that consideration of the report be adjourned to a "
                            "Special Meeting.") == "deferred"
    assert classify_outcome("AGREED that the meeting be adjourned and the item be deferred.") == (
        "deferred")


# The most CPU a decision's outcome may take over a line of many spaces (linear: milliseconds).
OUTCOME_CPU_SECONDS = 0.1


def test_regression_agreed_deferral_is_quick_over_a_run_of_spaces() -> None:
    # "agreed that" + 10,000 spaces: the spaces after "that" were given back one by one and
    # the clause (160 characters) began again from each (0.23 s at r17-int, 0.5 s with the
    # meeting's adjournment told apart); now taken whole
    import time

    start = time.process_time()
    assert classify_outcome("The Committee agreed that " + " " * 10_000 + "x") == "agreed"
    assert time.process_time() - start < OUTCOME_CPU_SECONDS
    assert classify_outcome("The Committee agreed that  consideration of the item be "
                            "deferred.") == "deferred"
