"""Regression tests for the bugs held-out round 6's minutes papers showed on their first run
(minutes, each document's kind and date, its committee): each named after the bug, on a small
paper in the layout that showed it, plus the guards of the general rules that fixed them (a
minute number is any token of the document's own shape, a label word before it or not, its
title on its line or the next; a text file's heading is a short line between paragraphs),
and the renderer's page furniture markup."""

from __future__ import annotations

import pypdfium2 as pdfium

from conftest import text_contexts
from heldout_support import (
    below_floor,
    decisions_in,
    heldout_accuracy,
    minutes_of,
    numbers,
    paper_contexts,
)
from kcc_papers.extract import meetings, minutes
from kcc_papers.extract.minutes.shapes import shaped_candidates
from kcc_papers.load import load
from kcc_papers.models import Meeting
from kcc_papers.normalise.textclean import clean_text
from kcc_papers.segment import segment

BATCH_A = {
    "r6m_welsh_cofnod_minutes.pdfsrc",
    "r6m_ijb_item_label_minutes.pdfsrc",
    "r6m_district_minute_year_runin.txt",
    "r6m_national_park_p_slash_minutes.pdfsrc",
    "r6m_parish_lettered_minutes.txt",
    "r6m_london_cab_spaced_minutes.pdfsrc",
    "r6m_ni_unnumbered_minutes.txt",
    "r6m_fire_unnumbered_bold_minutes.pdfsrc",
    "r6m_combined_authority_agenda.pdfsrc",
    "r6m_police_panel_report.txt",
}
BATCH_B = {
    "r6m_icb_number_alone_minutes.pdfsrc",
    "r6m_scottish_community_council_minutes.txt",
    "r6m_county_asterisk_minutes.pdfsrc",
    "r6m_joint_committee_label_column_minutes.pdfsrc",
    "r6m_town_council_year_range_minutes.txt",
    "r6m_ni_notice_of_meeting_agenda.txt",
    "r6m_scottish_report_caps_to_line.pdfsrc",
    "r6m_welsh_community_council_agenda.pdfsrc",
}
BATCH_C = {
    "r6m_partnership_table_minutes.pdfsrc",
    "r6m_scottish_licensing_caps_minutes.pdfsrc",
    "r6m_district_agenda_dotted_date.txt",
    "r6m_harbour_board_roman_lower_minutes.txt",
    "r6m_unitary_report_meeting_of.pdfsrc",
    "r6m_unitary_cabinet_running_minutes.pdfsrc",
}
# What batch A still misses (see the report): the London cabinet's contract "at an estimated
# value of £38.6 million" (the contracts reader takes an estimated value for an extension's).
KNOWN_SHORT = {"contracts"}
HEAD = ("NORTHDALE DISTRICT COUNCIL\n\nMinutes of the meeting of the Licensing Committee held on "
        "Tuesday 3 March 2026 at 10.00 am\n\nPresent: Councillors A. Hart (Chair), B. Ng\n\n")


def _meeting(text: str, kind: str) -> Meeting:
    (ctx,) = text_contexts(text, kind)
    (found,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    return found


def test_round_six_minutes_batch_a_meets_the_floor():
    assert set(below_floor(BATCH_A)) <= KNOWN_SHORT


def test_round_six_minutes_batch_b_meets_the_floor():
    assert below_floor(BATCH_B) == {}


def test_round_six_minutes_batch_c_meets_the_floor():
    assert below_floor(BATCH_C) == {}


def test_regression_label_word_before_the_number_and_a_dash_gave_no_minutes(tmp_path):
    text = HEAD + ("Cofnod 41 - Ymddiheuriadau / Apologies\nNone were received.\n"
                   "Cofnod 42 - Datgan Buddiant / Declarations of Interest\nNone were made.\n"
                   "Cofnod 43 - Cofnodion / Minutes\nRESOLVED: That the minutes be approved.\n")
    assert numbers(minutes_of(text, tmp_path)) == [
        ("41", "Ymddiheuriadau / Apologies"), ("42", "Datgan Buddiant / Declarations of Interest"),
        ("43", "Cofnodion / Minutes")]


def test_regression_capitals_code_spaced_from_its_number_was_read_into_the_title(tmp_path):
    text = HEAD + ("CAB 121 Apologies for Absence\nNone.\nCAB 122 Declarations of Interest\n"
                   "None.\nCAB 123 Minutes of the Previous Meeting\nRESOLVED that it be agreed.\n")
    found = [n for n, _ in numbers(minutes_of(text, tmp_path))]
    assert found == ["CAB 121", "CAB 122", "CAB 123"]


def test_regression_item_label_alone_over_its_title_gave_no_minutes(tmp_path):
    text = HEAD + ("Item 1\nWelcome and Apologies\nThe Chair welcomed members.\n"
                   "Item 2\nDeclarations of Interest\nThere were none.\n"
                   "Item 3\nChief Officer's Report\nThe Board noted the report.\n")
    assert numbers(minutes_of(text, tmp_path)) == [
        ("1", "Welcome and Apologies"), ("2", "Declarations of Interest"),
        ("3", "Chief Officer's Report")]


def test_regression_run_in_title_ran_into_the_minute_text(tmp_path):
    text = HEAD + (
        "Minute 25/045 - Apologies for Absence. Apologies were received from Councillor\n"
        "T. Barnes.\nMinute 25/046 - Declarations of Interest. None were made.\n"
        "Minute 25/047 - Appeal Decisions. The Committee noted the report on appeals.\n")
    records = minutes_of(text, tmp_path)
    assert numbers(records) == [("25/045", "Apologies for Absence"),
                                ("25/046", "Declarations of Interest"),
                                ("25/047", "Appeal Decisions")]
    # the text run in after the title is the minute's own: its decision is read
    assert "report on appeals" in decisions_in(records)[0].decision_text


def test_regression_bracketed_letter_minutes_were_not_found(tmp_path):
    text = HEAD + ("(a) Apologies for absence\nCllr Ward.\n(b) Matters arising\n"
                   "(i) The drain has been reported.\n(ii) The noticeboard is installed.\n"
                   "(c) Precept 2026/27\nRESOLVED to set a precept of £18,450.\n"
                   "(d) Planning\n(i) 25/04412/HH, Orchard House. No objection.\n")
    assert numbers(minutes_of(text, tmp_path)) == [
        ("a", "Apologies for absence"), ("b", "Matters arising"), ("c", "Precept 2026/27"),
        ("d", "Planning")]


def test_regression_sentence_like_title_between_two_shaped_headings_was_dropped():
    texts = ["P/26/12 Apologies for absence", "None.", "P/26/13 Members' declarations of interest",
             "None.", "P/26/14 Minutes of the previous meeting", "P/26/15 Public participation"]
    assert [c.label for c in shaped_candidates(texts)] == ["P/26/12", "P/26/13", "P/26/14",
                                                           "P/26/15"]


def test_shape_chain_passes_over_tokens_that_do_not_fit_but_needs_three_headings():
    # a list's "(i)" under "(b)" is passed over; two headings are still no numbering
    texts = ["(a) Apologies", "(b) Planning", "(i) One application", "(c) Finance"]
    assert [c.label for c in shaped_candidates(texts)] == ["a", "b", "c"]
    assert shaped_candidates(["(a) Apologies", "(b) Planning"]) == []
    assert shaped_candidates(["(a) Apologies", "(e) Planning", "(k) Finance"]) == []


NI_MINUTES = """MOURNE VALLEY DISTRICT COUNCIL

Minutes of the Environment Committee held on Monday 9 February 2026 at 6.30 pm

In the Chair:    Councillor C. McAleer
Officers:        Director of Environment, Head of Waste Services, Committee
                 Services Officer

Apologies
Apologies were received from Councillor F. Mulgrew.

Recycling Centre Opening Hours
The Head of Waste Services presented proposals to extend summer opening hours at the two
recycling centres to 8.00 pm.
Agreed: to extend summer opening hours at both centres from 1 April 2026.

Community Grants
It was proposed by Alderman Adair, seconded by Councillor Devlin and agreed that grants
totalling £46,200 be awarded.

The meeting terminated at 7.48 pm.
"""


def test_regression_minutes_ending_the_meeting_terminated_were_classed_other(tmp_path):
    path = tmp_path / "ni.txt"
    path.write_text(NI_MINUTES)
    assert [s.kind for s in segment(load(path))] == ["minutes"]


def test_regression_unnumbered_title_case_text_headings_gave_no_minutes(tmp_path):
    records = minutes_of(NI_MINUTES, tmp_path)
    assert [t for _, t in numbers(records)] == ["Apologies", "Recycling Centre Opening Hours",
                                               "Community Grants"]


def test_regression_agreed_label_and_seconded_and_agreed_were_no_decisions(tmp_path):
    found = [d.decision_text for d in decisions_in(minutes_of(NI_MINUTES, tmp_path))]
    assert any(t.startswith("Agreed: to extend summer opening hours") for t in found)
    assert any("grants totalling £46,200 be awarded" in t for t in found)


def test_text_heading_rule_needs_a_paragraph_under_a_short_line(tmp_path):
    # the short lines of an attendance list run on from a label: no heading among them
    text = NI_MINUTES.replace("Apologies\nApologies were", "Apologies: none\nApologies were")
    assert "Services Officer" not in [t for _, t in numbers(minutes_of(text, tmp_path))]


def test_regression_bilingual_committee_line_with_a_stroke_named_the_council():
    text = ("CYNGOR SIR GLANYRAFON\nGLANYRAFON COUNTY COUNCIL\n"
            "PWYLLGOR CRAFFU ADDYSG / EDUCATION SCRUTINY COMMITTEE\n"
            "Minutes of the meeting held in the Council Chamber on Tuesday, 3 March 2026\n"
            "Present: Councillor E. Rhys (Chair)\n"
            "Cofnod 41 - Apologies\nNone.\nCofnod 42 - Minutes\nRESOLVED: That they be approved.\n"
            "Cofnod 43 - Work Programme\nRESOLVED: That it be noted.\n")
    assert _meeting(text, "minutes").committee == "Education Scrutiny Committee"


def test_regression_meeting_of_the_committee_masthead_kept_its_meeting_of():
    text = ("WEST TYNE COMBINED AUTHORITY\nMeeting of the Transport Committee\n"
            "Date:\tTuesday 3rd March 2026\nTime:\t2.00 pm\nVenue:\tQuayside House\nAGENDA\n"
            "1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes\n")
    found = _meeting(text, "agenda")
    assert (found.committee, str(found.meeting_date)) == ("Transport Committee", "2026-03-03")


def test_regression_band_d_was_glued_to_the_word_after_it():
    assert clean_text("a precept for a Band D property") == "a precept for a Band D property"
    assert clean_text("C orporate Parenting Panel") == "Corporate Parenting Panel"


def test_renderer_prints_running_header_and_footer_on_every_page(tmp_path):
    src = tmp_path / "paged.pdfsrc"
    src.write_text("%% header Eastwick Council - Cabinet\n%% footer Page {page} of {pages}\n"
                   "## CABINET\n^^ RESOLVED\n<< Drawn last.\nBody.\n--- page ---\nMore.\n")
    pdf = heldout_accuracy.render_pdf(src, tmp_path)
    pages = [[line.text for line in page.lines] for page in load(pdf).pages]
    assert [p[0] for p in pages] == ["Eastwick Council - Cabinet"] * 2
    assert [p[-1] for p in pages] == ["Page 1 of 2", "Page 2 of 2"]
    # the text layer holds the letters one space apart; the loader reads them as the word
    # (load/pdf._unspaced, by the glyphs' places)
    assert "RESOLVED" in pages[0]
    # the out-of-order line is in its place on the page, but last in the content stream
    assert pages[0].index("Drawn last.") < pages[0].index("Body.")
    doc = pdfium.PdfDocument(str(pdf))
    assert "R E S O L V E D" in doc[0].get_textpage().get_text_range()
    assert doc[0].get_textpage().get_text_range().rstrip().endswith("Drawn last.")


# ---------------------------------------------------------------------------- batch B


def test_regression_dash_run_in_title_ran_into_the_minute_text(tmp_path):
    text = HEAD + ("1. Welcome and Apologies - The Chair welcomed everyone. Apologies were\n"
                   "received from Ewan Mackay.\n"
                   "2. Police Report - PC Logan reported two thefts and urged\n"
                   "residents to report suspicious activity.\n3. AOCB - None.\n"
                   "4. Revenue Budget - Period 9\nRESOLVED that the position be noted.\n")
    assert numbers(minutes_of(text, tmp_path)) == [
        ("1", "Welcome and Apologies"), ("2", "Police Report"), ("3", "AOCB"),
        ("4", "Revenue Budget - Period 9")]  # a title with a dash and no prose after it


def test_regression_number_and_municipal_year_range_was_no_minute_number(tmp_path):
    text = HEAD + ("118/25-26 APOLOGIES FOR ABSENCE\nNone.\n119/25-26 DECLARATIONS OF INTEREST\n"
                   "None.\n120/25-26 MINUTES\nRESOLVED that the minutes be approved.\n"
                   "The auditor would visit on 21 April\n2026.\n")
    assert numbers(minutes_of(text, tmp_path)) == [
        ("118/25-26", "APOLOGIES FOR ABSENCE"), ("119/25-26", "DECLARATIONS OF INTEREST"),
        ("120/25-26", "MINUTES")]


def test_shape_rule_still_takes_no_date_for_a_number():
    texts = ["14.01.26 Site visit", "15.01.26 Hearing", "16.01.26 Decision"]
    assert shaped_candidates(texts) == []


NOTICE = """ARDGLASS AND MOURNE BOROUGH COUNCIL

Dear Councillor,

You are requested to attend the meeting of the Planning Committee of Ardglass and Mourne
Borough Council to be held in the Council Chamber, Downshire Road, Ardglass on Thursday 5th
March 2026 at 10.00 am.

AGENDA

(1)  Apologies and Chairperson's Remarks
(2)  Declarations of Interest
(3)  Planning Appeals and Decisions
"""


def test_regression_requested_to_attend_notice_was_classed_other():
    # the batch's paper itself: its letter puts the "AGENDA" line well below the title
    path = heldout_accuracy.PAPERS / "r6m_ni_notice_of_meeting_agenda.txt"
    assert [s.kind for s in segment(load(path))] == ["agenda"]


def test_regression_committee_of_the_council_to_be_held_named_no_meeting():
    found = _meeting(NOTICE, "agenda")
    assert (found.committee, str(found.meeting_date)) == ("Planning Committee", "2026-03-05")


def test_bracketed_agenda_numbers_are_items():
    # a guard of the agenda's shape rule with "(1)" refs (the batch's paper needed only its
    # kind fixed, see above)
    from kcc_papers.extract import agenda
    from kcc_papers.models import AgendaItem

    (ctx,) = text_contexts(NOTICE, "agenda")
    items = [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]
    assert items == [("1", "Apologies and Chairperson's Remarks"),
                     ("2", "Declarations of Interest"), ("3", "Planning Appeals and Decisions")]


def test_regression_report_heading_wrapped_before_its_year_lost_the_date():
    text = ("ABERLOCH COUNCIL\nREPORT TO EDUCATION AND CHILDREN'S SERVICES COMMITTEE - 5 MARCH\n"
            "2026\nADMISSIONS POLICY REVIEW\nReport by: Director of Education\n"
            "1 Recommendations\n1.1 The Committee is recommended to approve the policy.\n")
    found = _meeting(text, "report")
    assert (found.committee, str(found.meeting_date)) == (
        "Education and Children's Services Committee", "2026-03-05")


def test_regression_minute_approval_put_otherwise_was_no_decision(tmp_path):
    text = HEAD + ("1. Minutes\nThe minute was approved as an accurate record.\n"
                   "2. Minutes of the Special Meeting\nThe minutes were taken as read and signed.\n"
                   "3. Chief Officer's Report\nThe Board received the report.\n")
    found = [d.decision_text for d in decisions_in(minutes_of(text, tmp_path))]
    assert found == ["The minute was approved as an accurate record.",
                     "The minutes were taken as read and signed.",
                     "The Board received the report."]


# ---------------------------------------------------------------------------- batch C


def test_regression_minutes_table_split_over_pages_lost_its_second_page(tmp_path):
    # the header row is repeated on page 2: both tables are the one table of minutes
    (ctx,) = paper_contexts("r6m_partnership_table_minutes.pdfsrc", tmp_path, "minutes")
    assert [n for n, _ in numbers(minutes.extract(ctx))] == ["1", "2", "3", "4", "5", "6"]


def test_regression_notes_of_the_last_meeting_title_was_read_as_a_sentence(tmp_path):
    text = HEAD + ("1. Welcome\nThe Chair opened the meeting.\n2. Notes of the last meeting\n"
                   "The notes were agreed as accurate.\n3. Strategy\nThe Board noted it.\n")
    records = minutes_of(text, tmp_path)
    assert numbers(records) == [("1", "Welcome"), ("2", "Notes of the last meeting"),
                                ("3", "Strategy")]
    # "The notes ... were agreed" approves the last meeting's notes, as minutes are approved
    assert decisions_in(records)[0].decision_text == "The notes were agreed as accurate."


def test_regression_bold_title_wrapped_onto_a_second_line_was_cut(tmp_path):
    src = tmp_path / "wrapped.pdfsrc"
    src.write_text(
        "## LOCHEND LICENSING BOARD\nMINUTE of MEETING of the LOCHEND LICENSING BOARD held on "
        "5 March 2026\nPresent:\tCouncillor R Meikle (Convener), Councillor A Dunbar\n"
        "** 1  DECLARATIONS OF INTEREST\nNone.\n"
        "** 2  APPLICATION FOR PREMISES LICENCE - THE HARBOUR BAR, 2 SHORE STREET, PORTMORE\n"
        "Decision\nThe Board GRANTED the licence.\n** 3  ANY OTHER BUSINESS\n"
        "Decision\nThe Board noted there was none.\n")
    (ctx,) = paper_contexts(str(src), tmp_path, "minutes")
    assert [t for _, t in numbers(minutes.extract(ctx))] == [
        "DECLARATIONS OF INTEREST",
        "APPLICATION FOR PREMISES LICENCE - THE HARBOUR BAR, 2 SHORE STREET, PORTMORE",
        "ANY OTHER BUSINESS"]


def test_regression_body_word_alone_under_the_council_name_gave_the_council():
    text = ("HOLMFIRTH VALE COUNCIL\nCABINET\nMinutes of the meeting held on Tuesday 3 March "
            "2026 at 6.00 pm\nPresent: Councillor B Hussain (Chair)\n87. Apologies\nNone.\n"
            "88. Minutes\nRESOLVED - That the minutes be approved.\n89. Budget\n"
            "RESOLVED - That the budget be noted.\n")
    assert _meeting(text, "minutes").committee == "Cabinet"


def test_regression_meeting_of_label_gave_the_council_for_the_committee():
    text = ("NORTH SEVERN COUNCIL\nMeeting of:        Cabinet\nDate of meeting:   Tuesday 3rd "
            "March 2026\nReport title:      School Transport Policy\nReport of:         "
            "Executive Director\n1. Recommendation(s)\nThat Cabinet approves the policy.\n")
    found = _meeting(text, "report")
    assert (found.committee, str(found.meeting_date)) == ("Cabinet", "2026-03-03")
