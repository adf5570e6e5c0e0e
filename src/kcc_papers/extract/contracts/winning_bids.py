"""The contract a paper awards without naming the firm where it asks for the award ("approves
the award of the vehicle supply contract as set out in section 6"), the winner named in another
section ("Procurement implications"): "The highest scoring bid was from X Ltd at a total
contract value of £3,978,000", "The highest scoring bidder was X Ltd, whose bid has a total
value of £24,600,000". The winner's sentence names it the winner by the award's criterion
(highest scoring, most economically advantageous, preferred, successful): the other bidders
it names after ("The other bidders were ...") are no contract."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.extract.contracts.names import NAME_PATTERN, name_of, organisation
from kcc_papers.extract.contracts.sentences import sentences
from kcc_papers.normalise.money import find_money

# The winner named: "The highest scoring bid was from X", "the preferred bidder is X".
_WINNER = re.compile(
    r"\b(?i:highest[\s-]+scoring|most\s+economically\s+advantageous|preferred|successful|"
    r"winning)\s+(?i:bid|bidder|tender|tenderer|supplier|operator|contractor)\s+(?i:was|is)\s+"
    rf"(?:(?i:from|submitted\s+by)\s+)?(?P<name>{NAME_PATTERN})")
# The paper's own competition told of in the winner's sentence or just before it ("Four bids
# were received and evaluated", "A mini-competition was run ... Three suppliers bid"): a winner
# named with no such words is another contract's (the current one's, let years ago).
_COMPETED = re.compile(
    r"\b(?:bids?|tenders?|quotations?|submissions?)\s+(?:were|was)\s+(?:received|evaluated|"
    r"submitted|assessed|scored)\b|\b(?:suppliers|bidders|tenderers|firms)\s+bid\b|"
    r"\bevaluat(?:ed|ion)\b|\b(?:mini-)?competition\s+was\s+run\b", re.I)
# How many sentences before the winner's may tell of the competition.
COMPETED_WITHIN = 2
# An award asked for without a firm: "approves the award of the vehicle supply contract as set
# out in section 6" (the firm named would stand after "to", capitalised: "to the highest
# scoring bidder" names none, so the capital is matched with the case kept).
_UNNAMED_AWARD = re.compile(
    r"\baward\s+of\s+the\s+(?:[\w-]+\s+){0,8}?contract\b(?![^.]{0,120}?\bto\s+(?-i:[A-Z]))",
    re.I)


def winner_drafts(text: str, page: int | None) -> list[Draft]:
    """The winning bid a paper asking for an unnamed award names (_WINNER), priced in its
    sentence, its competition told of (_COMPETED): the contract it asks to award."""
    if not _UNNAMED_AWARD.search(text):
        return []
    out: list[Draft] = []
    said = sentences(" ".join(text.split()))
    for k, sentence in enumerate(said):
        m = _WINNER.search(sentence)
        money = find_money(sentence[m.end():]) if m else []
        name = name_of(m.group("name")) if m else None
        if not (m and money and name and organisation(name)) or not any(
                _COMPETED.search(s) for s in said[max(0, k - COMPETED_WITHIN) : k + 1]):
            continue
        draft = Draft(page=page, provider=name, text=sentence, status="new")
        set_value(draft, money[0].text)
        out.append(draft)
    return out


def with_winner(drafts: list[Draft], winners: list[Draft]) -> list[Draft]:
    """The drafts with the one winner the paper names standing for its unnamed award: a draft
    of no firm priced as the winner's bid takes the winner's name; where no firm is named at
    all, the winner is the award. (Two winners, or a firm already named, are left as read.)"""
    if len(winners) != 1 or any(d.provider for d in drafts):
        return drafts
    winner = winners[0]
    unnamed = [d for d in drafts if d.value_gbp == winner.value_gbp]
    if unnamed:
        unnamed[0].provider = winner.provider
        return drafts
    return [*drafts, winner]
