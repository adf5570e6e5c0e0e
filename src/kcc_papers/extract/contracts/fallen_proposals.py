"""Proposals that fell (held-out round 24): a decision put to members in writing, or moved at a
meeting, names the contract it would let ("The proposal was to accept the quotation of X Ltd
of £7,260"), and the paragraph after says it was not carried. What was proposed and not agreed
lets no contract, so the paragraph putting it is no contract's reading."""

from __future__ import annotations

import re

# A paragraph that states what was proposed: "The proposal was to ...", "It was proposed that",
# "It was moved that", "The motion was that".
PROPOSAL = re.compile(r"\b(?:(?:the\s+)?(?:proposal|motion|recommendation)\s+was\s+(?:to|that)|"
                      r"it\s+was\s+(?:proposed|moved)\s+(?:and\s+seconded\s+)?that)\b", re.I)
# The paragraph after it says the proposal fell: "Outcome: not carried", "Result: lost",
# "The motion was lost", "the proposal was not carried" (said at its opening, as a record of
# the outcome is: a "carried" outcome, or one whose words merely mention a loss, keeps it).
# (an outcome's opening words: how far into the next paragraph its verdict may stand)
OUTCOME_CHARS = 80
# (the verdict is the whole statement: "Outcome: not carried", "The motion was lost by 5 votes
# to 7." - not "Decision: rejected the alternative of ...; the recommendation is approved",
# whose object is another option and whose proposal stands)
FELL = re.compile(r"(?:not\s+carried|lost|fell|defeated|rejected|not\s+agreed|not\s+approved)"
                  r"\s*(?:$|[.;(]|by\s)", re.I)
OUTCOME_LABEL = re.compile(r"(?:[\d.]+\s+)?(?:outcome|result|decision)\s*:\s*", re.I)
SAID_FELL = re.compile(r"(?:[\d.]+\s+)?(?:the\s+)?(?:proposal|motion|recommendation)\s+"
                       r"(?:was|were)\s+", re.I)


def _fell(paragraph: str) -> bool:
    """Whether a paragraph records, at its opening, that a proposal fell."""
    text = paragraph.lstrip()[:OUTCOME_CHARS]
    opening = OUTCOME_LABEL.match(text) or SAID_FELL.match(text)
    return opening is not None and FELL.match(text, opening.end()) is not None


def without_fallen_proposals(paragraphs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The paragraphs, less each that states a proposal the next one says fell."""
    return [(page, text) for i, (page, text) in enumerate(paragraphs)
            if not (PROPOSAL.search(text) and i + 1 < len(paragraphs)
                    and _fell(paragraphs[i + 1][1]))]
