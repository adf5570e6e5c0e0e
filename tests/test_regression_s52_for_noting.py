"""A list laid before a meeting for its information (round 37's limits): "The Committee
received the following updates, for noting:" over a list, "The Board received the following
reports for information: ..." in minutes that never print RESOLVED, a list of other bodies'
decisions whose entries open on a body's name. By the set's conventions what others did or
sent, given for information, is no decision of this meeting; the body noting a report, a
resolution noting the list, or the body's own sentence after the list still decide. Small
minutes in other councils' words, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows

# Minutes that mark their decisions "RESOLVED".
_MARKED = """MINUTES of the meeting of the Audit and Standards Committee held on Tuesday
6 April 2027
at 10.00 am

Present: Councillors Abbot (Chair), Bell and Cross

1. MINUTES OF THE LAST MEETING
RESOLVED that the minutes of the meeting held on 2 February 2027 be approved.

2. {title}
{body}

3. INTERNAL AUDIT PLAN
RESOLVED that the Internal Audit Plan 2027/28 be approved.
"""
_MARKED_OWN = [
    ("RESOLVED that the minutes of the meeting held on 2 February 2027 be approved.",
     "approved"),
    ("RESOLVED that the Internal Audit Plan 2027/28 be approved.", "approved"),
]

# Minutes that never print RESOLVED: the body's own sentences decide.
_PLAIN = """MINUTES of the meeting of the Health and Wellbeing Board held on Tuesday 6 April 2027
at 2.00 pm

Present: Councillor Hale (Chair), Dr Iqbal, Ms Jones

1. MINUTES OF THE LAST MEETING
The minutes of the meeting held on 2 February 2027 were agreed as a correct record.

2. {title}
{body}

3. BETTER CARE FUND PLAN
The Board approved the Better Care Fund Plan 2027/28.
"""
_PLAIN_OWN = [
    ("The minutes of the meeting held on 2 February 2027 were agreed as a correct record.",
     "agreed"),
    ("The Board approved the Better Care Fund Plan 2027/28.", "approved"),
]


def _marked(title: str, body: str, tmp_path: Path) -> list[tuple[str, str]]:
    return decision_rows(_MARKED.format(title=title, body=body), tmp_path)


def _plain(title: str, body: str, tmp_path: Path) -> list[tuple[str, str]]:
    return decision_rows(_PLAIN.format(title=title, body=body), tmp_path)


def test_regression_updates_received_for_noting_in_marked_minutes(tmp_path: Path) -> None:
    """"The Committee received the following updates, for noting:" over its list was read as a
    noted decision beside the minutes' RESOLVEDs: "for noting" says what "for information"
    says, the list is laid before the body, no resolution of its."""
    body = ("The Committee received the following updates, for noting:\n"
            "- The external auditor's fee letter for 2027/28.\n"
            "- The National Fraud Initiative timetable.")
    assert _marked("UPDATES", body, tmp_path) == _MARKED_OWN


def test_regression_correspondence_for_noting_in_plain_minutes(tmp_path: Path) -> None:
    """In minutes that never print RESOLVED, "The Board received the following
    correspondence, for noting:" over two letters was read as the Board's noted decision."""
    body = ("The Board received the following correspondence, for noting:\n"
            "- A letter from the Minister for Health dated 2 March 2027.\n"
            "- A reply from the Chair dated 9 March 2027.")
    assert _plain("CORRESPONDENCE", body, tmp_path) == _PLAIN_OWN


def test_regression_reports_received_for_information_in_plain_minutes(tmp_path: Path) -> None:
    """"The Board received the following reports for information:" was read as noted in
    minutes without RESOLVED, the list under it or run on after its colon, and its head
    wrapped over two lines too."""
    for body in ("The Board received the following reports for information:\n"
                 "(a) Annual Report of the Director of Public Health.\n"
                 "(b) Healthwatch Quarterly Update.",
                 "The Board received the following reports for information: Annual Report of "
                 "the Director of Public Health; Healthwatch Quarterly Update.",
                 "The Board received the following reports for\ninformation:\n"
                 "(a) Annual Report of the Director of Public Health.\n"
                 "(b) Healthwatch Quarterly Update."):
        assert _plain("REPORTS FOR INFORMATION", body, tmp_path) == _PLAIN_OWN, body


def test_regression_others_decisions_listed_for_noting_are_none(tmp_path: Path) -> None:
    """Under "The Board was informed of the following decisions of partner bodies, for
    noting:", the entry "(a) The Joint Scrutiny Board agreed its work programme ..." was read
    as a decision of this meeting (a body's name and "agreed"), in marked and plain minutes:
    the entries of a list given for information are others' acts. So are those reported in
    the passive ("The following decisions of the Cabinet were reported for information:")."""
    body = ("The Committee was informed of the following decisions of partner bodies, "
            "for noting:\n"
            "(a) The Joint Scrutiny Board agreed its work programme on 1 March 2027.\n"
            "(b) Ravensholme Council's Cabinet approved the Carers Strategy on 10 March 2027.")
    assert _marked("PARTNER UPDATES", body, tmp_path) == _MARKED_OWN
    assert _plain("PARTNER UPDATES", body.replace("Committee", "Board"), tmp_path) == _PLAIN_OWN
    passive = ("The following decisions of the Cabinet were reported for information:\n"
               "(a) The Joint Scrutiny Board agreed its work programme on 1 March 2027.\n"
               "(b) The Carers Strategy was adopted on 18 March 2027.")
    assert _plain("DECISIONS OF OTHER BODIES", passive, tmp_path) == _PLAIN_OWN


def test_guard_resolved_and_agreed_to_note_a_list_still_decide(tmp_path: Path) -> None:
    """A resolution noting the list ("RESOLVED that the following be noted: (a) ...") and
    "AGREED to note the updates listed below:" are the body's own decisions, as before."""
    resolved = ("RESOLVED that the following be noted:\n"
                "(a) the Cabinet's decision of 11 March 2027 on the Treasury Management "
                "Strategy;\n"
                "(b) the revised fees and charges.")
    assert _marked("DECISIONS OF OTHER BODIES", resolved, tmp_path) == [
        _MARKED_OWN[0],
        ("RESOLVED that the following be noted:\n(a) the Cabinet's decision of 11 March 2027 "
         "on the Treasury Management Strategy;\n(b) the revised fees and charges.", "noted"),
        _MARKED_OWN[1]]
    agreed = ("AGREED to note the updates listed below:\n- The external auditor's fee letter.\n"
              "- The NFI timetable.")
    assert _plain("UPDATES", agreed, tmp_path) == [
        _PLAIN_OWN[0],
        ("AGREED to note the updates listed below: The external auditor's fee letter. The NFI "
         "timetable.", "agreed"),
        _PLAIN_OWN[1]]


def test_guard_report_noted_and_own_sentence_after_the_list_decide(tmp_path: Path) -> None:
    """"The Board noted the report." is the Board's decision; a received list followed by
    "The Board agreed to ..." keeps that sentence as the decision (and a RESOLVED after it,
    in marked minutes); the Board noting the reports it received for information notes them
    itself, as it notes a report."""
    assert _plain("HEALTHWATCH UPDATE", "The Board noted the report.", tmp_path) == [
        _PLAIN_OWN[0], ("The Board noted the report.", "noted"), _PLAIN_OWN[1]]
    then = ("The Board received the following reports for information:\n"
            "(a) Annual Report of the Director of Public Health.\n"
            "(b) Healthwatch Quarterly Update.\n"
            "The Board agreed to hold a development session on the Annual Report in June.")
    assert _plain("REPORTS FOR INFORMATION", then, tmp_path) == [
        _PLAIN_OWN[0],
        ("The Board agreed to hold a development session on the Annual Report in June.",
         "agreed"),
        _PLAIN_OWN[1]]
    marked_then = then.replace("Board", "Committee").replace(
        "The Committee agreed to hold", "RESOLVED that the Committee hold")
    assert _marked("REPORTS FOR INFORMATION", marked_then, tmp_path) == [
        _MARKED_OWN[0],
        ("RESOLVED that the Committee hold a development session on the Annual Report in June.",
         "other"),
        _MARKED_OWN[1]]
    noted = ("The Board noted the following reports received for information:\n"
             "(a) Annual Report of the Director of Public Health.\n"
             "(b) Healthwatch Quarterly Update.")
    assert _plain("REPORTS FOR INFORMATION", noted, tmp_path) == [
        _PLAIN_OWN[0],
        ("The Board noted the following reports received for information:\n(a) Annual Report "
         "of the Director of Public Health.", "noted"),
        _PLAIN_OWN[1]]
