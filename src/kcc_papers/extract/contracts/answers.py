"""Sums said in answer to a question (held-out round 24): a table of members' questions and
the answers given ("No. | Asked by / to | Question | Answer") may answer "What is the cost of
the Town Hall roof repairs?" with "The contract sum is £318,000". The answer reports a sum; it
lets nothing, and names no firm. A row read from such a table with a provider is kept (an
answer that says who a contract was let to names it); one with only a sum is not a contract."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# A questions table's header line: its "Question" column, then its "Answer" (or "Response")
# column, on one short line of column words.
MAX_HEADER_CHARS = 80
QA_HEADER = re.compile(r"^[^\n]{0,40}\bQuestions?\b[^\n]{0,20}\b(?:Answers?|Responses?|Reply)\s*$",
                       re.M)


def _answer_paragraphs(paragraphs: list[tuple[int, str]]) -> list[str]:
    """The paragraphs that hold a questions table's header line, their spaces made one (as a
    sentence read from them has its line ends made spaces)."""
    return [" ".join(text.split()) for _, text in paragraphs
            if any(len(m.group(0)) <= MAX_HEADER_CHARS for m in QA_HEADER.finditer(text))]


def without_unnamed_answers(drafts: list[Draft], paragraphs: list[tuple[int, str]]
                            ) -> list[Draft]:
    """The drafts, less each with a sum and no provider read from a questions table."""
    answers = _answer_paragraphs(paragraphs)
    if not answers:
        return drafts
    return [d for d in drafts
            if d.provider or not (d.text and any(" ".join(d.text.split()) in text
                                                 for text in answers))]
