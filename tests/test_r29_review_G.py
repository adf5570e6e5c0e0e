"""Review of round 29's batch G fixes (long packs): regressions the review found in the new
rules, each on a small paper another council might publish."""

from __future__ import annotations

from kcc_papers.segment_starts.exempt_sentences import withheld_sentence_page

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
