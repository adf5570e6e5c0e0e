"""Regression tests for the minutes and decisions misses of round 11's blind batches: minutes set
in two columns side by side (an "Action by" column of officers beside the minute; English and
Welsh on the same baselines). Each is named after the bug and runs on small papers in more than
one council's or board's form of the thing: PDFs rendered from ``<> LEFT || RIGHT`` marks and
text files with the columns set out in spaces."""

from __future__ import annotations

from heldout_support import decisions_in, minutes_of, numbers
from heldout_support import pdf_minutes as _pdf_minutes
from heldout_support import source_lines as _paper
from kcc_papers.models import Record


def _resolutions(records: list[Record]) -> list[str]:
    return [d.decision_text or "" for d in decisions_in(records)]


# ------------------------------------------------ an "Action by" column beside the minutes

AUDIT_ACTIONS = _paper(
    "!! AUDIT COMMITTEE",
    "Minutes of the meeting held on Tuesday 23 June 2026 at 7.00 pm",
    "Present: Councillors R Vane (Chair), B Hussain, T Ashworth",
    "<> Minute and resolution || Action by",
    "<> ** 11. Minutes || ",
    "<> RESOLVED: That the minutes of the meeting held on 24 March 2026 be confirmed as a "
    "correct record and signed by the Chair. || Democratic Services Manager",
    "<> ** 12. Annual Internal Audit Report || ",
    "<> The Audit Manager presented the annual report. Of the 19 audits completed, 14 gave "
    "substantial or reasonable assurance. || ",
    "<> RESOLVED: That the annual opinion of reasonable assurance be noted and that "
    "follow-up audits be reported by December 2026. || Audit Manager",
    "<> ** 13. Work Programme || ",
    "<> RESOLVED: That the work programme be agreed, with the addition of a report on "
    "procurement waivers. || J Sewell / Director of Finance and Resources",
)

IJB_ACTIONS = _paper(
    "!! Glenmorcan Integration Joint Board",
    "^^ MINUTE",
    "Minute of Meeting of the Glenmorcan Integration Joint Board held on Wednesday 25 "
    "November 2026",
    "<> **4. FINANCIAL MONITORING REPORT** || **Action**",
    "<> The Chief Finance Officer presented the report, which projected an overspend for the "
    "year. || ",
    "<> **Decision:** The Board noted the projected overspend and approved the recovery plan "
    "set out in Appendix 2 of the report. || Chief Finance Officer",
    "<> **5. DIRECTIONS POLICY** || ",
    "<> **Decision:** The Board approved the revised Directions Policy and agreed to issue "
    "the directions set out in Appendix 1. || Chief Officer",
    "<> **6. WORKFORCE PLAN** || ",
    "<> **Decision:** The Board noted the workforce plan and requested a briefing on unmet "
    "need in care at home. || Head of Strategic Planning",
)

# A text file sets the columns out in spaces, under a "Lead officer" heading.
PARISH_ACTIONS = """Minutes of the Finance Committee held on 3 March 2026

Present: Councillors D Hart (Chair), P Moss, K Lyle

Minute                                                           Lead officer

F7/26 Budget monitoring

RESOLVED that the forecast underspend of £12,400 be noted        Clerk
and reported to the full council in April.

F8/26 Fees and charges

RESOLVED that the fees and charges for 2026/27 be approved       Deputy Clerk
with effect from 1 April 2026 for all bookings.

F9/26 Grants

RESOLVED that a grant of £500 be made to the village hall        Clerk
committee towards the new boiler this year.
"""


def test_regression_action_column_was_read_into_the_resolutions(tmp_path):
    audit = _resolutions(_pdf_minutes(AUDIT_ACTIONS, tmp_path / "audit"))
    assert len(audit) == 3
    assert not any(name in text for text in audit for name in (
        "Democratic Services", "Audit Manager", "J Sewell"))
    assert "held on 24 March 2026 be confirmed as a correct record" in audit[0]
    ijb = _resolutions(_pdf_minutes(IJB_ACTIONS, tmp_path / "ijb"))
    assert len(ijb) == 3
    assert not any(name in text for text in ijb for name in (
        "Chief Finance Officer", "Chief Officer", "Strategic Planning"))
    assert "noted the projected overspend and approved the recovery plan" in ijb[0]
    parish = minutes_of(PARISH_ACTIONS, tmp_path)
    assert _resolutions(parish) == [
        "RESOLVED that the forecast underspend of £12,400 be noted and reported to the full "
        "council in April.",
        "RESOLVED that the fees and charges for 2026/27 be approved with effect from 1 April "
        "2026 for all bookings.",
        "RESOLVED that a grant of £500 be made to the village hall committee towards the new "
        "boiler this year."]


def test_regression_action_heading_joined_the_first_minute_title(tmp_path):
    records = _pdf_minutes(IJB_ACTIONS, tmp_path)
    assert numbers(records) == [("4", "FINANCIAL MONITORING REPORT"),
                                ("5", "DIRECTIONS POLICY"), ("6", "WORKFORCE PLAN")]


# ------------------------------------------------ English and Welsh side by side

TOWN_COUNCIL = _paper(
    "%% header Cyngor Tref Llanfair / Llanfair Town Council",
    "^^ MINUTES ^^ COFNODION",
    "<> Minutes of the Ordinary Meeting of Llanfair Town Council held at the Town Hall on "
    "Monday 9 March 2026 at 7.00 pm. || Cofnodion Cyfarfod Cyffredin Cyngor Tref Llanfair a "
    "gynhaliwyd yn Neuadd y Dref nos Lun 9 Mawrth 2026 am 7.00 yr hwyr.",
    "<> ** 2026/33 Minutes of the previous meeting || ** 2026/33 Cofnodion y cyfarfod "
    "blaenorol",
    "<> RESOLVED: that the minutes of the Ordinary Meeting held on 9 February 2026 be "
    "approved and signed by the Mayor as a true record. || PENDERFYNWYD: cymeradwyo "
    "cofnodion y Cyfarfod Cyffredin a gynhaliwyd ar 9 Chwefror 2026 a'u llofnodi gan y Maer "
    "fel cofnod cywir.",
    "<> ** 2026/34 Financial matters || ** 2026/34 Materion ariannol",
    "<> The Clerk presented the schedule of payments for February 2026 and the bank "
    "reconciliation. || Cyflwynodd y Clerc y rhestr o daliadau ar gyfer Chwefror 2026 a "
    "chysoniad y banc.",
    "<> RESOLVED: that the payments listed in the schedule be approved. || PENDERFYNWYD: "
    "cymeradwyo'r taliadau a restrwyd yn yr atodlen.",
    "<> ** 2026/35 Date of next meeting || ** 2026/35 Dyddiad y cyfarfod nesaf",
    "<> Monday 13 April 2026 at 7.00 pm at the Town Hall. || Nos Lun 13 Ebrill 2026 am 7.00 "
    "yr hwyr yn Neuadd y Dref.",
)

# Welsh first: a county council that sets Welsh in the left column and English in the right.
COUNTY_WELSH_FIRST = _paper(
    "!! CYNGOR SIR UCHAF / UPPER COUNTY COUNCIL",
    "^^ COFNODION / MINUTES",
    "<> Cofnodion cyfarfod y Cabinet a gynhaliwyd yn Siambr y Cyngor ddydd Mawrth, 16 "
    "Mehefin 2026 am 10.00 y bore. || Minutes of the meeting of the Cabinet held in the "
    "Council Chamber on Tuesday, 16 June 2026 at 10.00 am.",
    "<> **24. ALLDRO REFENIW** || **24. REVENUE OUTTURN**",
    "<> Ystyriodd y Cabinet adroddiad y Cyfarwyddwr Cyllid ar yr alldro refeniw terfynol ar "
    "gyfer y flwyddyn. || The Cabinet considered the report of the Director of Finance on "
    "the final revenue outturn for the year.",
    "<> PENDERFYNWYD nodi'r alldro refeniw ar gyfer 2025/26 a throsglwyddo £900,000 i'r "
    "Gronfa Buddsoddi i Arbed. || RESOLVED that the revenue outturn for 2025/26 be noted and "
    "that £900,000 be transferred to the Invest to Save Reserve.",
    "<> **25. FFIOEDD PARCIO** || **25. CAR PARK CHARGES**",
    "<> PENDERFYNWYD gohirio ystyried y ffioedd diwygiedig tan y cyfarfod ar 14 Gorffennaf "
    "2026. || RESOLVED that consideration of the revised charges be deferred to the meeting "
    "on 14 July 2026.",
)


def test_regression_welsh_twin_was_read_into_the_english_resolution(tmp_path):
    town = _pdf_minutes(TOWN_COUNCIL, tmp_path / "town")
    assert _resolutions(town) == [
        "RESOLVED: that the minutes of the Ordinary Meeting held on 9 February 2026 be approved "
        "and signed by the Mayor as a true record.",
        "RESOLVED: that the payments listed in the schedule be approved."]
    county = _resolutions(_pdf_minutes(COUNTY_WELSH_FIRST, tmp_path / "county"))
    assert len(county) == 2
    assert county[0].startswith("RESOLVED that the revenue outturn for 2025/26 be noted")
    assert not any("PENDERFYNWYD" in text for text in county)


def test_regression_welsh_twin_heading_joined_the_english_title(tmp_path):
    town = _pdf_minutes(TOWN_COUNCIL, tmp_path / "town")
    assert [title.strip("* ") for _, title in numbers(town)] == [
        "Minutes of the previous meeting", "Financial matters", "Date of next meeting"]
    county = _pdf_minutes(COUNTY_WELSH_FIRST, tmp_path / "county")
    assert numbers(county) == [("24", "REVENUE OUTTURN"), ("25", "CAR PARK CHARGES")]


# ------------------------------------------------ two columns that are both the minute

# Headings in a left column beside their minute text (an ALMO board), and an English-only
# paper whose "Present:" list hangs under its label: both columns are read as before.
BOARD_HEADINGS_LEFT = _paper(
    "!! Minutes of the meeting of the Board of Oakfield Homes Ltd held on Thursday 19 March "
    "2026",
    "Present:\tGareth Lomax (Chair), Patience Odum, Cllr Linda Sherwood, Cllr Ravi Bhatt, "
    "Megan Tulley, Kofi Amankwah, Isobel Crane",
    "<> **B/26/14 Apologies** || Apologies were received from Jonathan Rudd (independent). "
    "The meeting was quorate.",
    "<> **B/26/15 Declarations of interest** || Megan Tulley declared an interest in B/26/18 "
    "as a tenant of one of the blocks concerned.",
    "<> **B/26/16 Minutes** || The minutes of 22 January 2026 were approved as a correct "
    "record.",
)


def test_columns_that_are_both_the_minute_are_both_kept(tmp_path):
    records = _pdf_minutes(BOARD_HEADINGS_LEFT, tmp_path)
    text = " ".join(m.body or "" for m in records if hasattr(m, "body"))
    text += " ".join(_resolutions(records))
    assert "The meeting was quorate" in text
    assert "Megan Tulley declared an interest" in text


# ------------------------------------------------ a heading wrapped in its narrow column

SCRUTINY_ACTIONS = _paper(
    "!! OVERVIEW AND SCRUTINY MANAGEMENT BOARD",
    "^^ MINUTES",
    "Minutes of the meeting held on Tuesday 13 October 2026 at 10.00 am",
    "<> **Minute** || **Action**",
    "<> **OSMB 26/21 Minutes of the Previous Meeting** || ",
    "<> RESOLVED: That the minutes of the meeting held on 8 September 2026 be agreed as a "
    "correct record. || Scrutiny Manager",
    "<> **OSMB 26/22 Revenue Budget Monitoring for Quarter 1** || ",
    "<> RESOLVED: That the forecast overspend of £2.1m be noted. || Director of Resources",
    "<> **OSMB 26/23 Work Programme** || ",
    "<> RESOLVED: That the work programme be approved. || Scrutiny Manager",
)

BILINGUAL_WRAPPED = _paper(
    "^^ MINUTES ^^ COFNODION",
    "<> Minutes of the meeting of the Cabinet held on Tuesday, 16 June 2026 at 10.00 am. || "
    "Cofnodion cyfarfod y Cabinet a gynhaliwyd ddydd Mawrth, 16 Mehefin 2026 am 10.00 y bore.",
    "<> **24. Coastal Path Car Parks: Charging Review** || "
    "**24. Meysydd Parcio Llwybr yr Arfordir: Adolygu Ffioedd**",
    "<> RESOLVED that consideration of the revised charges be deferred to the meeting on 14 "
    "July 2026. || PENDERFYNWYD gohirio ystyried y ffioedd diwygiedig tan y cyfarfod ar 14 "
    "Gorffennaf 2026.",
    "<> **25. School Organisation: Ysgol Brynhafod Proposal** || "
    "**25. Trefniadaeth Ysgolion: Cynnig Ysgol Brynhafod**",
    "<> RESOLVED that the statutory proposal be approved. || PENDERFYNWYD cymeradwyo'r cynnig "
    "statudol a gyflwynwyd i'r Cabinet gan y Cyfarwyddwr.",
)


def test_regression_heading_wrapped_in_its_column_lost_its_last_words(tmp_path):
    scrutiny = _pdf_minutes(SCRUTINY_ACTIONS, tmp_path / "scrutiny")
    assert numbers(scrutiny) == [
        ("OSMB 26/21", "Minutes of the Previous Meeting"),
        ("OSMB 26/22", "Revenue Budget Monitoring for Quarter 1"),
        ("OSMB 26/23", "Work Programme")]
    bilingual = _pdf_minutes(BILINGUAL_WRAPPED, tmp_path / "bilingual")
    assert numbers(bilingual) == [
        ("24", "Coastal Path Car Parks: Charging Review"),
        ("25", "School Organisation: Ysgol Brynhafod Proposal")]


# ------------------------------------------------ a plain heading wrapped onto a short line

NI_COLUMN_HEADINGS = _paper(
    "!! ARDNAGEE DISTRICT COUNCIL",
    "^^ MINUTES",
    "Minutes of the Environment Committee held on Tuesday 10 September 2026 at 7.00 pm",
    "<> Minute || Action",
    "<> EO 114/26 Minutes of Meeting held on 13 August 2026 || ",
    "<> AGREED - that the Minutes of the Meeting held on 13 August 2026 be taken as read and "
    "signed as correct. || Committee Clerk",
    "<> EO 115/26 Street Cleansing Service Review || ",
    "<> AGREED - that the revised street cleansing schedule be adopted from 1 October 2026. || "
    "Head of Waste Services",
    "<> EO 116/26 Allotment Provision at Glebe Road || ",
    "<> AGREED - that officers bring a costed proposal to the November meeting. || "
    "Head of Parks",
)

IJB_PLAIN_HEADINGS = _paper(
    "!! Glenmorcan Integration Joint Board",
    "^^ MINUTE",
    "Minute of Meeting of the Glenmorcan Integration Joint Board held on 25 November 2026",
    "<> 3. MINUTE OF PREVIOUS MEETING AND ACTION LOG || Action",
    "<> The minute of the meeting held on 23 September 2026 was approved as a correct record. "
    "|| Committee Services",
    "<> 4. FINANCIAL MONITORING REPORT FOR MONTH SIX || ",
    "<> Decision: The Board noted the projected overspend and approved the recovery plan. || "
    "Chief Finance Officer",
    "<> 5. DIRECTIONS POLICY AND ISSUE OF DIRECTIONS || ",
    "<> Decision: The Board approved the revised Directions Policy. || Chief Officer",
)


def test_regression_plain_heading_wrapped_onto_a_short_line_lost_it(tmp_path):
    ni = _pdf_minutes(NI_COLUMN_HEADINGS, tmp_path / "ni")
    assert numbers(ni) == [
        ("EO 114/26", "Minutes of Meeting held on 13 August 2026"),
        ("EO 115/26", "Street Cleansing Service Review"),
        ("EO 116/26", "Allotment Provision at Glebe Road")]
    ijb = _pdf_minutes(IJB_PLAIN_HEADINGS, tmp_path / "ijb")
    assert numbers(ijb) == [
        ("3", "MINUTE OF PREVIOUS MEETING AND ACTION LOG"),
        ("4", "FINANCIAL MONITORING REPORT FOR MONTH SIX"),
        ("5", "DIRECTIONS POLICY AND ISSUE OF DIRECTIONS")]


# ------------------------------------------------ the last minutes' approval wrapped

JOINT_AUDIT = """Minutes of the Joint Audit Committee held on 24 June 2026

Present: Ms R Achebe (Chair), Dr K Osei, Mr P Lund

JAC/26/14 Apologies

There were no apologies.

JAC/26/15 Minutes of the previous meeting

The minutes of the meeting held on 18 March 2026
were agreed as a correct record.

JAC/26/16 Internal Audit Plan

RESOLVED: That the plan be approved.
"""

IJB_MINUTE = """Minute of Meeting of the Integration Joint Board held on 25 November 2026

Present: Councillor M Dunlop (Chair), Dr L Abernethy

3. MINUTE OF PREVIOUS MEETING

The minute of the meeting held on 23 September
2026 was approved as a correct record.

4. ANY OTHER BUSINESS

There was no other business.
"""


def test_regression_minutes_approval_wrapped_onto_its_next_line_was_no_decision(tmp_path):
    joint = _resolutions(minutes_of(JOINT_AUDIT, tmp_path))
    assert joint[0] == ("The minutes of the meeting held on 18 March 2026 were agreed as a "
                        "correct record.")
    ijb = _resolutions(minutes_of(IJB_MINUTE, tmp_path))
    assert ijb == ["The minute of the meeting held on 23 September 2026 was approved as a "
                   "correct record."]
