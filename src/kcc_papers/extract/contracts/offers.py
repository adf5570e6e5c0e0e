"""Offers from sentences: a bidder and the price it offered ("the most economically
advantageous tender was from Antrim Coast Foodservice Ltd at an estimated £5.6m", "Quotations
had been received from Brightstar Displays (£61,900), Festive Lighting Ltd (£56,250) ...").
An offer is no contract: the reader keeps these drafts (``Draft.bid``) aside, and an award to
the same bidder elsewhere in the paper takes its price from them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.extract.contracts.fields import LABEL
from kcc_papers.extract.contracts.names import NAME_PATTERN, name_of, organisation
from kcc_papers.extract.contracts.sentences import sentences
from kcc_papers.normalise.money import find_money

# What may stand between the bidder and its price: "an estimated", "approximately".
_HEDGE = (r"(?P<hedge>(?i:an?\s++)?(?i:estimated|approximately|approx\.?|around|about|circa|c\.)?"
          r"\s*)(?=£)")
# The price named before its sum: "at a total price of", "with a tendered sum of", "for a
# five-year cost of".
_PRICE_NAMED = (r"(?:at|with|for)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:price|cost|sum|value)"
                r"\s+of")
# A bidder and the price it offered: "the most economically advantageous [tender] was from
# Antrim Coast Foodservice Ltd at an estimated £5.6m", "the lowest quotation, from Bure Ltd, of
# £4,200", "Quotations had been received from Brightstar Displays (£61,900)". The price follows
# the name at once: after a word joining them ("at", "of", "for", "in the sum of") or in brackets.
# (the spaces after the name, its comma, the joining word and "an" each read once, all of them:
# what follows each is a word, a bracket or the pound sign. "\s*,?\s*" then a hedge's "\s*"
# tried every split of a run three ways: "... from Bure Ltd" and 1,000 spaces took 7 s.)
BID = re.compile(
    r"\b(?i:tenders?|quotations?|quotes?|bids?|offers?|submissions?|advantageous|lowest|cheapest)"
    rf"\b[^.£]{{0,80}}?\b(?i:from|by)\s+(?P<name>{NAME_PATTERN})\s*+,?\s*+"
    r"(?:(?i:at|of|for|in\s+the\s+sum\s+of|priced\s+at|" + _PRICE_NAMED + r")\s++|\()?" + _HEDGE)
# The bids listed after the first: "... from Brightstar Displays (£61,900), Festive Lighting
# Ltd (£56,250) and from Glow Ltd (£58,000)".
# (the spaces before the comma or "and" read once: "\s*" then "\s+and" tried each split of a
# run, and a bid's end before 4,000 line breaks took a second)
BID_MORE = re.compile(r"\)?(?:\s*+,\s*(?:and\s+)?|\s++and\s+)(?:(?i:from)\s+)?"
                      rf"(?P<name>{NAME_PATTERN})\s*+(?:\(|(?i:at|of|for)\s++)" + _HEDGE)


def _bid(sentence: str, m: re.Match[str], page: int | None) -> tuple[Draft | None, int]:
    """The offer ``m`` names, and where its price ends (0 when it has none)."""
    money = find_money(sentence[m.start("hedge"):])
    if not money:
        return None, 0
    end = m.start("hedge") + money[0].end
    name = name_of(m.group("name"))
    if not name or not organisation(name):
        return None, end
    draft = Draft(page=page, provider=name, text=sentence, bid=True)
    set_value(draft, money[0].text)
    return draft, end


def _bid_drafts(sentence: str, page: int | None) -> list[Draft]:
    """Offers a sentence prices (see ``BID``): kept aside to price an award to the same bidder."""
    out = []
    pos = 0
    while (first := BID.search(sentence, pos)) is not None:
        m: re.Match[str] | None = first
        pos = first.end()
        while m is not None:
            draft, end = _bid(sentence, m, page)
            out += [draft] if draft else []
            pos = max(pos, end)
            m = BID_MORE.match(sentence, end) if end else None
    return out


def offer_drafts(paragraphs: Sequence[tuple[int, str]]) -> list[Draft]:
    """The priced offers of the paragraphs' sentences. Offers name their own cue ("Quotations
    had been received from ..."): no contract word is needed."""
    # an offer prints its price: a paragraph without a "£" is not split into sentences at all
    return [draft for page, paragraph in paragraphs if "£" in paragraph
            for sentence in sentences(paragraph)
            if "£" in sentence and not LABEL.search(sentence)
            for draft in _bid_drafts(sentence, page)]
