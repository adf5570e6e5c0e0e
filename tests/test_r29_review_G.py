"""Review of round 29's batch G fixes (long packs): regressions the review found in the new
rules, each on a small paper another council might publish."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from kcc_papers.segment_starts.exempt_sentences import withheld_sentence_page
from test_heldout_round29_G import NUMBERED_CONTENTS_PACK, RUNNING_HEAD

# A short report's page whose appendix alone is withheld, the sentence saying so wrapped so
# that its line breaks before "not for publication": the paper is still a paper.
WRAPPED_APPENDIX_NOTE = """Agenda Item 6
Acquisition of Land at Priory Wharf
Purpose: To seek approval to acquire the freehold of land at Priory Wharf for the
regeneration scheme, as set out in Appendix 2. Appendix 2 is
not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the
Local Government Act 1972.
Decision sought: that the acquisition be approved."""


def test_regression_wrapped_appendix_note_is_no_stand_in() -> None:
    """A line opening "not for publication" in lower case carries on a sentence about an
    appendix from the line above: it was read as the paper's own stand-in and dropped."""
    assert not withheld_sentence_page(WRAPPED_APPENDIX_NOTE)


def test_regression_capitalised_stand_in_sentence_still_read() -> None:
    """Guard for the mend: the stand-in's own sentence, capitalised, opening its line."""
    text = WRAPPED_APPENDIX_NOTE.split("\nPurpose")[0] + (
        "\nThis report is exempt from publication under paragraphs 1 and 7 of Part 1 of"
        "\nSchedule 12A to the Local Government Act 1972.")
    assert withheld_sentence_page(text)
    assert withheld_sentence_page(text.replace("This report is exempt from publication",
                                               "NOT FOR PUBLICATION"))


# The fire authority's pack of round 29's tests without its running head: the cover's masthead
# alone names the meeting ("AUDIT AND GOVERNANCE COMMITTEE", "Date: Tuesday 26 June 2029").
UNHEADED_CONTENTS_PACK = NUMBERED_CONTENTS_PACK.replace(RUNNING_HEAD, "")


def test_regression_numbered_contents_cover_keeps_its_masthead(tmp_path: Path) -> None:
    """A cover listing the agenda's items with their pages was dropped whole, masthead and
    all: where no running head names the meeting again, the agenda and the pack's report lost
    their date and committee. Joined to the agenda, the masthead names them; the items are
    still read once."""
    docs = pack_documents(UNHEADED_CONTENTS_PACK, tmp_path)
    assert docs == [("agenda", "2029-06-26", "Audit and Governance Committee"),
                    ("minutes", "2029-03-20", "Audit and Governance Committee"),
                    ("report", "2029-06-26", "Audit and Governance Committee")]
    pdf = rendered(UNHEADED_CONTENTS_PACK, tmp_path, "again")
    refs = [r.item_ref for r in process_file(str(pdf)).records if isinstance(r, AgendaItem)]
    assert refs == ["1", "2", "3", "4", "5", "6", "7"]


# An exempt paper short enough to be taken for a stand-in, printed in full under the sentence
# withholding it from the public: its body is no numbered paragraphs and says no "recommend".
SHORT_EXEMPT_PAPER = """Agenda Item 9
Housing Company Business Plan 2030/31
This report is exempt from publication under paragraph 3 of Part 1 of Schedule 12A to the
Local Government Act 1972.
Purpose
To set out the housing company's business plan for 2030/31 and its borrowing from the Council.
Decision required
That Cabinet approves the business plan and a loan facility of £12m to the company."""


def test_regression_short_exempt_paper_printed_in_full_is_no_stand_in() -> None:
    """A short exempt paper printed under its sentence was read as the stand-in for it and
    dropped: a stand-in says at most a short remark after the sentence."""
    assert not withheld_sentence_page(SHORT_EXEMPT_PAPER)


def test_regression_stand_in_with_its_short_remark_still_read() -> None:
    """Guard for the mend: a stand-in's remark after the sentence, and a footer's page."""
    text = SHORT_EXEMPT_PAPER.split("\nPurpose")[0] + (
        "\nThe report has been circulated to members of the Committee only.\n44")
    assert withheld_sentence_page(text)
