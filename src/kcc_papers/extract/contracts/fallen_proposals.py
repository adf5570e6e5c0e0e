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


# A proposal an addendum withdraws, under a label line saying so: "Original recommendation 2.1
# (withdrawn):" over the words withdrawn, up to the next label line ("Amended recommendation
# 2.1:", the one that replaces it) or the first line ending on a full stop (the recommendation
# closed, as "This item has been withdrawn." closes the note under "Item 7 (withdrawn):",
# the next item's award after it standing); where the label ends a paragraph (a text file's
# lines may each be one), the paragraphs after it to the same end. (A label is a line of its
# own, of at most LABEL_CHARS characters, closed by its colon.)
LABEL_CHARS = 80
_LABEL = rf"^[^\n:]{{1,{LABEL_CHARS}}}:[ \t]*$"
_WITHDRAWN_LABEL = (rf"^[^\n:]{{0,{LABEL_CHARS}}}\((?:withdrawn|superseded|deleted|replaced)\)"
                    r"\s*:[ \t]*")
_CLOSED = r"\.[ \t]*(?=\n|\Z)"  # a line ending on a full stop
WITHDRAWN = re.compile(rf"{_WITHDRAWN_LABEL}\n.*?(?:{_CLOSED}|(?=(?-s:{_LABEL}))|\Z)",
                       re.I | re.M | re.S)
WITHDRAWN_AT_END = re.compile(rf"{_WITHDRAWN_LABEL}\Z", re.I | re.M)
LABEL = re.compile(_LABEL, re.M)
CLOSED = re.compile(rf"{_CLOSED}", re.M)


def without_withdrawn(text: str) -> str:
    """A paragraph less the proposals its labels say are withdrawn (WITHDRAWN)."""
    return WITHDRAWN.sub("", text) if "(" in text else text


def without_fallen_proposals(paragraphs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The paragraphs, less each that states a proposal the next one says fell, and less the
    proposals a label says are withdrawn."""
    out: list[tuple[int, str]] = []
    withdrawn = False  # in the paragraphs after a withdrawn label, up to its words' end
    for i, (page, text) in enumerate(paragraphs):
        if withdrawn and not LABEL.match(text.lstrip()):
            withdrawn = CLOSED.search(text) is None  # the withdrawn words end on a full stop
            continue
        withdrawn = bool(WITHDRAWN_AT_END.search(text.rstrip()))
        if not (PROPOSAL.search(text) and i + 1 < len(paragraphs)
                and _fell(paragraphs[i + 1][1])):
            out.append((page, without_withdrawn(text)))
    return out
