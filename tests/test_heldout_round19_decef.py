"""Regression tests for held-out round 19's misses in decisions of batches E and F: a
community council's and a parish committee's decisions written into their prose beside those
printed as RESOLVED, a request closed by a bare "AGREED.", planning responses under an
unslashed reference or wrapped at the line's end, "The correspondence was noted.", "After
discussion it was agreed to defer ...", and a Scottish "continued to the next meeting". Each
on a small paper written here in the layout that showed it, with guards of the general rule
that fixed it."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import decisions_in, minutes_of, pdf_minutes
from kcc_papers.extract.minutes.inline import _INLINE
from kcc_papers.extract.minutes.resolution_anchors import _RESPONSE_WRAPS
from kcc_papers.extract.minutes.resolutions import _LOCAL_COUNCIL
from kcc_papers.normalise.outcomes import classify_outcome

# Each new pattern over a long run of one character, in well under this many seconds.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1


def _decisions(text: str, tmp_path: Path) -> list[tuple[str | None, str, str]]:
    return [(d.minute_number, d.decision_text, d.outcome)
            for d in decisions_in(minutes_of(text, tmp_path))]


# ------------- a community council's minutes: RESOLVED for some decisions, prose for others

COMMUNITY = """CYNGOR CYMUNED LLANFAIR
LLANFAIR COMMUNITY COUNCIL

MINUTES

Minutes of the monthly meeting of the Council held at the Memorial Hall on Wednesday 19th
May 2027 at 7.30pm.

Present: Cllr A Pugh (Chair), Cllr B Bowen, Cllr C Griffiths

Min. 27/043  MINUTES OF THE MEETING HELD ON 21ST APRIL 2027
    The minutes were proposed as a true record by Cllr Bowen, seconded
    by Cllr Griffiths, and signed by the Chair.

Min. 27/044  COUNTY COUNCILLOR'S REPORT
    County Cllr Rowlands reported on the resurfacing of the B4353.
    The report was noted.

Min. 27/045  FINANCE
    RESOLVED that the payments be approved.

Min. 27/046  CORRESPONDENCE
    (a) One Voice Wales - training programme. The correspondence
        was noted.
    (b) Request from the Show Committee for the use of the playing field
        on 14th August 2027. It was agreed that the Show Committee may use
        the field free of charge.

Min. 27/047  CHAIR'S ITEMS
    The Chair asked that the item on the twinning visit be deferred to
    the June meeting as the correspondent was unwell. AGREED.
"""


def test_community_council_prose_decisions_beside_resolved_read(tmp_path: Path) -> None:
    # one RESOLVED made the minutes formal: the minutes' approval, the noted report, the
    # noted correspondence and "It was agreed that ..." were dropped as discussion
    assert _decisions(COMMUNITY, tmp_path) == [
        ("27/043", "The minutes were proposed as a true record by Cllr Bowen, seconded by Cllr "
                   "Griffiths, and signed by the Chair.", "approved"),
        ("27/044", "The report was noted.", "noted"),
        ("27/045", "RESOLVED that the payments be approved.", "approved"),
        ("27/046", "The correspondence was noted.", "noted"),
        ("27/046", "It was agreed that the Show Committee may use the field free of charge.",
         "agreed"),
        ("27/047", "The Chair asked that the item on the twinning visit be deferred to the June "
                   "meeting as the correspondent was unwell. AGREED.", "deferred"),
    ]


def test_bare_agreed_after_a_request_read_with_it(tmp_path: Path) -> None:
    # "AGREED." alone was the decision, what was agreed left behind
    decisions = _decisions(COMMUNITY, tmp_path)
    assert ("27/047", "AGREED.", "agreed") not in decisions


FORMAL_CABINET = """MINUTES of a meeting of the Cabinet held on Thursday, 6 March 2025
PRESENT: Mr A Adams (Chairman) and Mrs B Baker
10. Minutes of the previous meeting
RESOLVED that the minutes be approved.
11. Verbal Updates
1. It was agreed that officers would circulate the slides after the meeting.
2. The Leader asked that the slides be shared with all Members. AGREED.
"""


def test_formal_minutes_still_drop_prose_but_keep_an_agreed_request(tmp_path: Path) -> None:
    # guard: a cabinet's formal minutes (no local council named) keep "It was agreed" as
    # discussion; a request closed by "AGREED." is carried, as before (then "AGREED." alone)
    assert _decisions(FORMAL_CABINET, tmp_path) == [
        ("10", "RESOLVED that the minutes be approved.", "approved"),
        ("11", "The Leader asked that the slides be shared with all Members. AGREED.", "agreed"),
    ]


def test_local_council_named_by_its_head() -> None:
    assert _LOCAL_COUNCIL.search("LLANGYNFELYN AND CWM COMMUNITY COUNCIL")
    assert _LOCAL_COUNCIL.search("Cyngor Tref Llanfeiriog / Llanfeiriog Town Council")
    assert _LOCAL_COUNCIL.search("PARISH OF ST ERNOUL - ROADS COMMITTEE")
    assert not _LOCAL_COUNCIL.search("KENT COUNTY COUNCIL")
    assert not _LOCAL_COUNCIL.search("Minutes of the Parish Liaison Forum")


# ------------- a parish's roads committee: RESOLVED once, its other decisions in prose

PARISH_COMMITTEE = """## PARISH OF ST ERNOUL - ROADS COMMITTEE
** Minutes of the meeting held on Monday, 10th May 2027 at 6.00 pm in the Parish Hall
Present:\tThe Connétable (President); Roads Inspectors P de la Haye, T Amy
** RC 27/21  Parish vehicle replacement
The Committee RESOLVED to accept the quotation of Bichard Motors Limited in the sum of £41,280.
** RC 27/22  Parking on La Rue de la Croix
The Committee considered a petition from residents. It was agreed that the Connétable \
writes to the Minister for Infrastructure supporting a 30-minute limit.
** RC 27/23  Hedge cutting contract
Mr Amy proposed that the contract be retendered for 2028. After discussion it was agreed \
to defer consideration until the Visite du Branchage has taken place.
"""


def test_parish_committee_prose_decisions_and_after_discussion_read(tmp_path: Path) -> None:
    # "It was agreed that ..." and "After discussion it was agreed to defer ..." were dropped:
    # one RESOLVED made the parish committee's minutes formal
    assert [(d.minute_number, d.decision_text, d.outcome)
            for d in decisions_in(pdf_minutes(PARISH_COMMITTEE, tmp_path))] == [
        ("RC 27/21", "The Committee RESOLVED to accept the quotation of Bichard Motors Limited "
                     "in the sum of £41,280.", "other"),
        ("RC 27/22", "It was agreed that the Connétable writes to the Minister for "
                     "Infrastructure supporting a 30-minute limit.", "agreed"),
        ("RC 27/23", "It was agreed to defer consideration until the Visite du Branchage has "
                     "taken place.", "deferred"),
    ]


# ------------- planning responses: a reference with no stroke, a response wrapped

PLANNING = """LLANFAIR COMMUNITY COUNCIL

Minutes of the meeting of the Council held on Wednesday 19th May 2027 at 7.30pm.

Present: Cllr A Pugh (Chair), Cllr B Bowen

Min. 27/048  PLANNING APPLICATIONS
    A270412 - Bryn Awel, Llanfair - rear conservatory. No objection.
    A270433 - Land at Fferm Glanrhyd - two holiday lodges. The Council
    objects: access onto the single track lane is unsafe.
"""


def test_unslashed_reference_and_wrapped_response_read(tmp_path: Path) -> None:
    # "A270412" was no application's reference, and "The Council" / "objects: ..." wrapped at
    # the line's end was no response: neither was read
    assert _decisions(PLANNING, tmp_path) == [
        ("27/048", "No objection.", "other"),
        ("27/048", "A270433 - Land at Fferm Glanrhyd - two holiday lodges. The Council objects: "
                   "access onto the single track lane is unsafe.", "other"),
    ]


# ------------- a Scottish committee continues an item to its next meeting


def test_continued_to_the_next_meeting_read_as_deferred() -> None:
    assert classify_outcome(
        "Decided: that consideration of the report be continued to the next meeting to allow "
        "the costs of the alarm replacement programme to be confirmed.") == "deferred"


def test_scheme_continued_for_a_year_still_not_deferred() -> None:
    # guard: a scheme kept going is no item put off
    assert classify_outcome("Decided: that the warm spaces scheme be continued for a further "
                            "year.") == "other"


def test_new_patterns_linear() -> None:
    for pattern in (_INLINE, _LOCAL_COUNCIL, _RESPONSE_WRAPS):
        for text in (" " * 10_000, "a" * 10_000, "After" + " " * 10_000 + "x",
                     "Following a " * 1_000, ". The" + " " * 10_000):
            start = time.process_time()
            pattern.search(text)
            assert time.process_time() - start < LINEAR_SECONDS, (pattern.pattern[:40], text[:12])


# ------------- a town council named only in its running header (dropped as page furniture)

TOWN_HEADER = """%% header Cyngor Tref Llanfeiriog / Llanfeiriog Town Council
%% footer Tudalen / Page {page}
** COFNODION / MINUTES
Minutes of the meeting held on Monday 12 July 2027 at 7.00pm at the Town Hall.
Present: Cllr Gwenllian Rhys (Mayor), Cllr Aled Bowen
** 43. Minutes
RESOLVED that the minutes of the meeting held on 14 June 2027 be approved as a correct record.
** 44. Financial matters
RESOLVED that the payments be approved.
--- page ---
** 45. Correspondence
The correspondence was noted.
** 46. Play area
It was agreed that the Clerk obtains three quotations for new swings.
"""


def test_town_council_named_in_running_header_reads_prose_decisions(tmp_path: Path) -> None:
    # the body's name is in the running header alone, which the minutes drop as furniture:
    # the minutes read as formal, "The correspondence was noted." and the agreement lost
    assert [(d.minute_number, d.decision_text)
            for d in decisions_in(pdf_minutes(TOWN_HEADER, tmp_path))] == [
        ("43", "RESOLVED that the minutes of the meeting held on 14 June 2027 be approved as a "
               "correct record."),
        ("44", "RESOLVED that the payments be approved."),
        ("45", "The correspondence was noted."),
        ("46", "It was agreed that the Clerk obtains three quotations for new swings."),
    ]


# ------------- a resolution under a lettered entry ends at the entry's next sibling

LETTERED = """LLANFAIR COMMUNITY COUNCIL

Minutes of the meeting of the Council held on Wednesday 19th May 2027 at 7.30pm.

Present: Cllr A Pugh (Chair), Cllr B Bowen

Min. 27/046  FINANCE
    (a) Payments for approval:
        HMRC - PAYE                                      £78.40
        RESOLVED that the payments be approved.
    (b) Grant application - Llanfair Sports Association, £1,000
        towards new changing room showers.
        RESOLVED to award a grant of £750.
    (c) Internal audit: the internal auditor's report found no
        issues. RESOLVED that the accounts be approved.

Min. 27/047  PLAY AREA
    (a) The Clerk reported on the annual inspection.
    RESOLVED that:
    (a) the swing seat be replaced;
    (b) the Clerk obtains quotations for a new climbing frame.
"""


def test_resolution_under_lettered_entry_ends_at_next_entry(tmp_path: Path) -> None:
    # "RESOLVED that the payments be approved." ran on into "(b) Grant application ...", and
    # the grant into "(c) Internal audit ..."; a resolution's own list (27/047) stays whole
    assert [text for _, text, _ in _decisions(LETTERED, tmp_path)] == [
        "RESOLVED that the payments be approved.",
        "RESOLVED to award a grant of £750.",
        "RESOLVED that the accounts be approved.",
        "RESOLVED that:\n(a) the swing seat be replaced;\n(b) the Clerk obtains quotations for "
        "a new climbing frame.",
    ]


NUMBERED_ON = """MINUTES of a meeting of the Transport Committee held on 12 September 2024
Present: Councillors A, B and C
10. Workplace Parking Levy
The Committee noted:
1. the consultation responses;
2. the equality impact assessment.
It was APPROVED;
That the Committee
3. Approved the progression to Stage One Development at a cost of up to £1m.
4. Authorised the Executive Director to award the contracts.
"""


def test_resolution_whose_own_list_numbers_on_kept_whole(tmp_path: Path) -> None:
    # guard: "It was APPROVED; That the Committee" runs on into its own list, numbered on from
    # the list above it: "3." is no next entry ending it
    assert [text for _, text, _ in _decisions(NUMBERED_ON, tmp_path)] == [
        "It was APPROVED; That the Committee\n3. Approved the progression to Stage One "
        "Development at a cost of up to £1m.\n4. Authorised the Executive Director to award "
        "the contracts.",
    ]
