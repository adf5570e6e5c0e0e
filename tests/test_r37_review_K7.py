"""Review of round 37's fix K7 (a motion on notice quoted and lost, decisions another took
received for information, contracts let to firms each with a bracketed part and sum): the
cases the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_html_rows, decisions_in, pdf_minutes, source_lines
from kcc_papers.extract.contracts.reader import read as read_contracts
from kcc_papers.models import Contract
from test_heldout_round37_K7 import _award_page, _page_decisions


def _rows(source: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(source, tmp_path))]


_COUNCIL = (
    "%% header Fellbridge District Council  |  Council 3.03.2027  |  Minutes C.40 - C.42",
    "## FELLBRIDGE DISTRICT COUNCIL",
    "** MINUTES of the meeting of the COUNCIL held at the Guildhall, Fellbridge on WEDNESDAY"
    " 3 MARCH 2027 at 7.00 pm",
    "PRESENT: Councillor Ruth Orme (Mayor); Councillors Abbas, Birtle, Crook, Daley and Eke.",
    "** C.40 MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
)
_CALENDAR = ("** C.42 CALENDAR OF MEETINGS",
             "RESOLVED that the calendar of meetings for 2027/28 be approved.")


# ------------------------------------------------------------ a motion on notice lost

def test_regression_side_labels_on_their_own_lines_are_no_words_of_the_motion(
        tmp_path: Path) -> None:
    # a minute printing its side labels "Motion" and "Vote" on lines of their own: the motion's
    # words and its vote, without the labels
    rows = _rows(source_lines(
        *_COUNCIL,
        "** C.41 NOTICE OF MOTION: STREET LIGHTING",
        "Motion",
        "The following motion was proposed by Councillor Birtle and seconded by Councillor"
        " Daley: \"That this Council restores all-night street lighting in residential roads.\"",
        "Vote",
        "On a vote being taken, there voted 14 in favour and 20 against. The motion was declared"
        " lost.",
        *_CALENDAR), tmp_path)
    assert rows[1] == (
        "The following motion was proposed by Councillor Birtle and seconded by Councillor"
        " Daley: \"That this Council restores all-night street lighting in residential roads.\""
        " On a vote being taken, there voted 14 in favour and 20 against. The motion was"
        " declared lost.", "rejected")


def _quoted_motion(*quoted: str) -> list[str]:
    return [*_COUNCIL, "** C.41 NOTICE OF MOTION: RURAL BUSES",
            "Councillor Birtle moved, and Councillor Daley seconded, the following motion:",
            *quoted, *_CALENDAR]


def test_regression_a_quoted_motion_of_several_sentences_lost(tmp_path: Path) -> None:
    # the quotation's sentences are one motion, no steps back from its defeat, and its words
    # ("services were lost in 2026") no result of another vote
    rows = _rows(source_lines(*_quoted_motion(
        "“That this Council notes that eleven rural bus services were lost in 2026. This"
        " Council believes that every village needs a daily bus. This Council asks the County"
        " Council to restore the services. This Council will fund a community minibus pilot.”",
        "Councillor Crook said that the pilot had no budget.",
        "The motion was put to the vote and was LOST.")), tmp_path)
    assert rows[1][1] == "rejected"
    assert rows[1][0].startswith("Councillor Birtle moved, and Councillor Daley seconded, the"
                                 " following motion: “That this Council notes that eleven")
    assert rows[1][0].endswith("minibus pilot.” Councillor Crook said that the pilot had no"
                               " budget. The motion was put to the vote and was LOST.")


def test_regression_a_quoted_motion_opening_on_this_council_lost(tmp_path: Path) -> None:
    # the motion announced ("the following motion:"), its quoted words open on any word
    rows = _rows(source_lines(*_quoted_motion(
        "“This Council asks the County Council to restore the rural bus services.”",
        "After debate the motion was put to the vote and was LOST.")), tmp_path)
    assert rows[1] == (
        "Councillor Birtle moved, and Councillor Daley seconded, the following motion: “This"
        " Council asks the County Council to restore the rural bus services.” After debate the"
        " motion was put to the vote and was LOST.", "rejected")


def test_a_motion_moved_after_a_quoted_motion_carried_still_read(tmp_path: Path) -> None:
    # the quoted motion's own result told before the next is moved: it is settled, no rival
    rows = _rows(source_lines(
        *_COUNCIL, "** C.41 NOTICE OF MOTION: RURAL BUSES",
        "Councillor Birtle moved, and Councillor Daley seconded, the following motion: “This"
        " Council asks the County Council to restore the rural bus services.”",
        "The motion was CARRIED.",
        "Councillor Crook moved that the Council also funds a minibus. On being put to the vote"
        " the motion was LOST.", *_CALENDAR), tmp_path)
    assert ("Councillor Crook moved that the Council also funds a minibus. On being put to the"
            " vote the motion was LOST.", "rejected") in rows


def test_regression_a_recorded_vote_table_under_a_quoted_motion_passed_over(
        tmp_path: Path) -> None:
    # the quotation's closing mark after the motion's stop: the line still ends a sentence, so
    # the vote's table of names under it is passed over, no words of the motion's record
    rows = _rows(source_lines(*_quoted_motion(
        "\"That this Council caps single bus fares on rural routes at £1.50 from April 2028.\"",
        "A recorded vote was requested and the voting was as follows:",
        "|- For (19) | Against (37) | Abstained (2) |",
        "| Councillors Abney, Bryce, Carne | Councillors Arlott, Barrow, Cheam | Councillors"
        " Quayle, Rook |",
        "The motion was accordingly lost.")), tmp_path)
    assert rows[1] == (
        "Councillor Birtle moved, and Councillor Daley seconded, the following motion: \"That"
        " this Council caps single bus fares on rural routes at £1.50 from April 2028.\" A"
        " recorded vote was requested and the voting was as follows: The motion was accordingly"
        " lost.", "rejected")


# --------------------------------------------------------- decisions given for information

def test_regression_a_report_or_concern_about_decisions_is_no_list_of_them(
        tmp_path: Path) -> None:
    # what is noted is a report, or a concern, about decisions: read as noted as before
    assert _page_decisions(
        "<p>The Committee noted the internal audit report on the review of decisions made under"
        " delegated powers.</p>", tmp_path)[-1] == (
        "The Committee noted the internal audit report on the review of decisions made under"
        " delegated powers.")
    assert _page_decisions(
        "<p>The Committee noted the concerns of parents about decisions taken by the Executive"
        " Member on school transport and asked the Chair to write to the Leader.</p>",
        tmp_path)[-1] == (
        "The Committee noted the concerns of parents about decisions taken by the Executive"
        " Member on school transport and asked the Chair to write to the Leader.")


def test_regression_decisions_received_and_an_officer_asked_to_report(tmp_path: Path) -> None:
    # the committee asks an officer to act on one of them: its own decision
    assert _page_decisions(
        "<p>The Committee received the list of decisions taken by the Executive Member and asked"
        " the Director to report on the fees decision in June.</p>", tmp_path)[-1] == (
        "The Committee received the list of decisions taken by the Executive Member and asked"
        " the Director to report on the fees decision in June.")


def test_decisions_received_for_information_without_commas_are_none(tmp_path: Path) -> None:
    # (the aside without its commas: still another's decisions, none of the committee's)
    assert _page_decisions(
        "<p>The Committee received for information the decisions taken by the Executive Member"
        " under delegated powers.</p>", tmp_path)[2:] == []


# ------------------------------------------------- contracts let in brackets after each firm

def test_regression_bracketed_parts_each_let_with_to_again(tmp_path: Path) -> None:
    # "... to X Ltd (...) and to Y Ltd (...)": the second firm's "to" repeated, a part as well
    assert contract_html_rows(_award_page(
        "<strong>RESOLVED</strong> that contracts for the rural gritting routes be awarded to"
        " Harlow Plant Hire Ltd (routes A to F, total value &pound;218,000) and to Stonecross"
        " Agricultural Services Ltd (routes G to J, total value &pound;97,400)."), tmp_path) == [
        ("Harlow Plant Hire Ltd", 218000.0), ("Stonecross Agricultural Services Ltd", 97400.0)]


def test_regression_bracketed_sums_said_excluding_vat(tmp_path: Path) -> None:
    assert contract_html_rows(_award_page(
        "<strong>RESOLVED</strong> that contracts be awarded to Harlow Plant Hire Ltd (routes A"
        " to F, &pound;218,000 excluding VAT) and Stonecross Agricultural Services Ltd (routes G"
        " to J, &pound;97,400 excluding VAT)."), tmp_path) == [
        ("Harlow Plant Hire Ltd", 218000.0), ("Stonecross Agricultural Services Ltd", 97400.0)]


def test_regression_a_bracket_pointing_to_an_appendix_is_no_service(tmp_path: Path) -> None:
    # "(see Appendix A, £218,000)": the firm and its sum, what it covers told elsewhere
    path = tmp_path / "page.html"
    path.write_text(_award_page(
        "<strong>RESOLVED</strong> that contracts be awarded to Harlow Plant Hire Ltd (see"
        " Appendix A, &pound;218,000) and Stonecross Agricultural Services Ltd (routes G to J,"
        " &pound;97,400)."), encoding="utf-8")
    rows = [(c.provider, c.service, c.value_gbp) for ctx in contexts(path)
            for c in read_contracts(ctx) if isinstance(c, Contract)]
    assert [(provider, value) for provider, _, value in rows] == [
        ("Harlow Plant Hire Ltd", 218000.0), ("Stonecross Agricultural Services Ltd", 97400.0)]
    assert rows[0][1] is None
