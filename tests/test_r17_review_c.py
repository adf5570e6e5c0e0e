"""Review of round 17's minutes and decisions fixes (part C): counter-examples to the round's
rules on papers of other councils. A deferral sentence read as the minute's decision where it
tells the item's history ("deferred to this meeting from January", "had been deferred pending
a site visit"); a record of decision titled in sentence case ("Record of decision") no longer
named one once the name had to be in capitals; and a dash title's stop after an abbreviation
other than the few the round listed ("Notice of Motion - Cllrs. Byrne and Nolan") read as a
sentence's end. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import decisions_in, minutes_of, numbers
from kcc_papers.extract import decisions
from kcc_papers.extract.decisions.reader import _RECORD_NAMED
from kcc_papers.extract.minutes.title_splits import holds_sentence as _holds_sentence
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------------------ minutes: a deferral told as the item's history

DEFERRED_BEFORE = """ASHBY DISTRICT COUNCIL

Minutes of the meeting of the Planning Committee held on 20 February 2027

Present: Councillors A Lomas (Chair), B Quayle and C Holloway

5. LAND AT MILL LANE, ASHBY
This application was deferred to this meeting at the last meeting of the Committee.
Members visited the site on 14 February and discussed the access.

6. LAND AT CHURCH ROAD
The item was deferred to this meeting from January.
Members agreed to grant permission subject to conditions.

7. SCHOOL STREET CAR PARK
The application had been deferred pending a site visit, which took place on 3 February.
Members discussed the parking survey.

8. THE OLD FORGE
The report was deferred to the next meeting.

9. TREE PRESERVATION ORDER 4/2027
This item was deferred until later in the meeting.
Members confirmed the order without modification.

10. CLOSE
The meeting ended at 9.12 pm.
"""


def test_regression_deferral_to_this_meeting_is_no_decision(tmp_path: Path) -> None:
    # a minute's sentence deferring its item is its decision only when it puts the item off
    # now: "deferred to this meeting" and "had been deferred pending" tell why the item is
    # back (minute 5 got a decision it never took, minute 6 a second one beside its grant),
    # and "deferred until later in the meeting" only when it was taken (minute 9)
    records = minutes_of(DEFERRED_BEFORE, tmp_path)
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("6", "Members agreed to grant permission subject to conditions.", "agreed"),
        ("8", "The report was deferred to the next meeting.", "deferred"),
    ]


# ------------------------------------------- decisions: a record of decision in sentence case

SENTENCE_CASE_RECORD = """<html><body>
<h1>Record of decision</h1>
<p>Decision maker: Cabinet Member for Highways</p>
<p>Decision type: Key</p>
<p>Subject: Winter gritting routes 2027/28</p>
<p>Decision: To approve the revised winter gritting network for 2027/28.</p>
<p>Reasons for decision: The network was reviewed after the 2026 storms.</p>
<p>Date of decision: 3 March 2027</p>
</body></html>
"""


def test_regression_record_of_decision_in_sentence_case_named(tmp_path: Path) -> None:
    # the record's name had to be in capitals (so that an officers' register's preamble,
    # "publishes a written record of decisions", is none): a council titling it in sentence
    # case lost its reader, and its subject ("Record of decision" became the title)
    page = tmp_path / "rod.html"
    page.write_text(SENTENCE_CASE_RECORD)
    found = [d for ctx in contexts(page, "decision")
             for d in decisions_in(decisions.extract(ctx))]
    assert [(d.title, d.decision_text, str(d.decision_date)) for d in found] == [
        ("Winter gritting routes 2027/28",
         "To approve the revised winter gritting network for 2027/28.", "2027-03-03"),
    ]


def test_regression_record_named_only_as_a_title() -> None:
    # a title opens its line, its words before the name capitalised; prose wrapped to open a
    # line with "record of decisions" in lower case, or a sentence, names none
    assert _RECORD_NAMED.search("Officer record of decision")
    assert _RECORD_NAMED.search("Cabinet Member Record of decisions")
    assert not _RECORD_NAMED.search("the Council publishes a written record of decisions")
    assert not _RECORD_NAMED.search("Council publishes a written\nrecord of decisions taken")
    assert not _RECORD_NAMED.search("The Council Is Required To Publish A record of decisions")


def test_regression_record_name_is_linear_in_a_long_line() -> None:
    def named(size: int) -> object:
        return _RECORD_NAMED.search("Ab " * size + "x")

    assert _growth(named, 300) < MOST_GROWTH


# ----------------------------- minutes: an abbreviation's stop in a dash title is no sentence

MOTION_OF_TWO = """KILMORE COUNTY COUNCIL

MINUTES OF MONTHLY MEETING OF KILMORE COUNTY COUNCIL HELD ON MONDAY 7TH JUNE 2027

Members Present: Cllrs. M. Byrne, T. Nolan, A. Dolan

Min. 110/27 Notice of Motion - Cllrs. Byrne and Nolan
Cllr. Byrne moved the motion, seconded by Cllr. Nolan: "That the Council calls on the Minister to fund a library."
The Cathaoirleach declared the motion carried and it was agreed that the Council write to the Minister.

Min. 111/27 Notice of Motion - Prof. Hale's petition
The Council noted the petition.
"""  # noqa: E501


def test_regression_abbreviation_in_a_dash_title_no_sentence_end(tmp_path: Path) -> None:
    # the round kept "Cllr." in a title by a list of five titles' stops; "Cllrs." and "Prof."
    # still ended a sentence there, and the title lost its names to the minute's text. The
    # abbreviations the run-in title reader knows are the same
    assert numbers(minutes_of(MOTION_OF_TWO, tmp_path)) == [
        ("110/27", "Notice of Motion - Cllrs. Byrne and Nolan"),
        ("111/27", "Notice of Motion - Prof. Hale's petition"),
    ]


def test_regression_sentence_inside_is_linear() -> None:
    def held(size: int) -> object:
        return _holds_sentence("Cllr. A " * size)

    assert _growth(held, 300) < MOST_GROWTH
    assert _holds_sentence("PC Logan reported two thefts. The Chair thanked him")
    assert not _holds_sentence("Cllrs. Byrne and Nolan")


# ---------------------------------- minutes: "65A – ..." added after "65 – ...", dash-marked

DASHED_ADDED_MINUTE = """ELMBRIDGE BOROUGH COUNCIL

MINUTES OF THE EXECUTIVE held on Tuesday, 12th October 2027

Present: Councillor F Radcliffe (Leader, in the Chair); Councillors J Amankwah and H Gilchrist

64 – Revenue Budget Monitoring
RESOLVED that the forecast revenue outturn for 2027/28 be noted.

65 – Home to School Transport Policy
RESOLVED that the draft policy be approved for consultation.

65A – Exclusion of the Press and Public
RESOLVED that the press and public be excluded from the meeting for the following item.

66 – Disposal of the Former Westgate Library
RESOLVED that the recommendations set out in the exempt report be approved.
"""


def test_regression_added_minute_after_a_dash_read_as_its_own(tmp_path: Path) -> None:
    # a number with a capital glued is a minute added after the one above when printed as its
    # heading is: the heading's mark was read only as a colon or a stop, so a dash after
    # "65" never equalled the dash after "65A" and the exclusion ran on inside minute 65
    records = minutes_of(DASHED_ADDED_MINUTE, tmp_path)
    assert numbers(records) == [
        ("64", "Revenue Budget Monitoring"),
        ("65", "Home to School Transport Policy"),
        ("65A", "Exclusion of the Press and Public"),
        ("66", "Disposal of the Former Westgate Library"),
    ]
    assert [d.minute_number for d in decisions_in(records)] == ["64", "65", "65A", "66"]
    # guard: a mark unlike the heading's is still no added minute
    colon = DASHED_ADDED_MINUTE.replace("65A –", "65A:")
    assert [n for n, _ in numbers(minutes_of(colon, tmp_path))] == ["64", "65", "66"]


# ------------------- minutes: a Welsh restatement labelled with a dash or no mark at all

BILINGUAL_TOWN = """CYNGOR TREF ABERDYFI / ABERDYFI TOWN COUNCIL

Minutes of the meeting of Aberdyfi Town Council held on Monday 13th December 2027

Present:   Cllr Gwen Parry (Chair), Cllrs Huw Jones, Siân Roberts

4.  MINUTES / COFNODION
RESOLVED that the minutes of the meeting held on 8th November 2027 be approved.
PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 8 Tachwedd 2027.

5.  FINANCE / CYLLID
Resolved - to pay the accounts listed.
Penderfynwyd - talu'r cyfrifon.

6.  GRANTS / GRANTIAU
Agreed: to give £200 to the Aberdyfi Regatta.
Cytunwyd: rhoi £200 i Regata Aberdyfi.

7.  CLOSE / CAU
Penderfynwyd - cynnal y cyfarfod nesaf ar 10 Ionawr 2028.
"""


def test_regression_welsh_restatement_read_once_whatever_its_mark(tmp_path: Path) -> None:
    # the round read a Welsh restatement once only under a colon ("Penderfynwyd:"): with a
    # dash it was a second decision (minute 5), and with no mark, or as "Cytunwyd:" (no
    # anchor of its own), it ran on into the English decision's text (minutes 4 and 6). A
    # Welsh decision with no English beside it is still one (minute 7)
    records = minutes_of(BILINGUAL_TOWN, tmp_path)
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("4", "RESOLVED that the minutes of the meeting held on 8th November 2027 be approved."),
        ("5", "Resolved - to pay the accounts listed."),
        ("6", "Agreed: to give £200 to the Aberdyfi Regatta."),
        ("7", "Penderfynwyd - cynnal y cyfarfod nesaf ar 10 Ionawr 2028."),
    ]
