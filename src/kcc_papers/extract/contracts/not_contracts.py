"""What reads like a contract and is none (held-out round 29):

* "The Data Protection Officer role is provided by the Head of Governance at a neighbouring
  authority under a shared service agreement, for 0.2 of a full-time post at an annual charge
  of £14,800": a share of a post's time charged by another body is staff time recharged, not a
  contract let to a provider; a sum of no named party in such a sentence is no row;
* "Supplier | Service | Quality (70) | Price (30) | Total (100) | Three-year price (£)": a
  header weighing both quality and price is a tender's evaluation, each row a bid, though a
  column names each bid's product ("Service");
* "Total value of routes awarded | £2,046,030": a totals row labelled by what it sums;
* "Two contract inspectors from the Food Standards Agency's approved list will work 40 days
  each ... at a cost of £18,400 met from the Joint Committee's earmarked reserve" (held-out
  round 42): people hired on contract ("contract inspectors", "contract staff") are staff
  time bought as a share of a post is, "contract" the word for their terms of hire, no
  contract let; a sum of no named party in a sentence saying no other contract is no row.
"""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.names import LEGAL_FORMS

# "0.2 of a full-time post", "0.5 FTE", "0.4 full-time equivalent": a fraction of a post.
POST_SHARE = re.compile(r"\b0?\.\d+\s+(?:of\s+an?\s+)?(?:full[- ]time\s+(?:post|role|"
                        r"equivalent)|FTE)\b", re.I)


# ... but a share of a post bought from a firm ("0.5 FTE seconded from Harcourt Planning Ltd",
# its name unread as the provider) or let as a contract ("the award of a contract for interim
# support, 0.5 FTE") is a contract's price: staff time is recharged by another public body.
FIRM_NAMED = re.compile(r"\b(?:" + "|".join(re.escape(form) for form in LEGAL_FORMS) + r")(?!\w)")
LETS_A_CONTRACT = re.compile(r"\b(?:award(?:s|ed|ing)?|call[\s-]offs?|procure(?:d|ment)?|"
                             r"tender(?:s|ed)?|contract)\b", re.I)


# "contract inspectors", "contract staff", "contract social workers": "contract" before the
# people hired on it, in small letters ("Sparkle Contract Cleaners Ltd" is a firm's name, and
# contract cleaners are as often a firm let to as people hired), or capitalised where it opens
# a sentence, a line or a cell ("Contract staff will be engaged ...": after no word);
# and "employed on fixed-term contracts", the same hire said of the people's terms.
HIRED_ON_CONTRACT = re.compile(
    r"(?:\bcontract|(?<![A-Za-z,]\s)\bContract)\s+(?:social\s+)?(?:inspectors?|staff|"
    r"workers?|officers?|employees?|personnel|surveyors?|planners?|teachers?|nurses?|"
    r"auditors?|wardens?|vets|veterinarians?|veterinary\s+surgeons?)\b"
    r"|\b(?:employed|engaged|appointed|recruited|hired)\s+on\s+(?:an?\s+)?"
    r"(?:fixed[\s-]term|temporary|short[\s-]term|sessional|zero[\s-]hours?)\s+contracts?\b")


# ... but people hired on contract from a named party ("Two contract vets will be supplied by
# Eville and Jones at a cost of £80,000", a firm by no legal form) are a supplier's price.
SUPPLIED_BY = re.compile(r"\b(?:supplied|provided)\s+(?:by|through)\s+(?:the\s+)?[A-Z]")


def _staff_time(text: str) -> bool:
    """Whether a sentence prices a share of a post, or people hired on contract, and names
    neither a firm nor another contract."""
    if POST_SHARE.search(text):
        return not (FIRM_NAMED.search(text) or LETS_A_CONTRACT.search(text))
    if HIRED_ON_CONTRACT.search(text):
        rest = HIRED_ON_CONTRACT.sub(" ", text)
        return not (FIRM_NAMED.search(rest) or LETS_A_CONTRACT.search(rest)
                    or SUPPLIED_BY.search(rest))
    return False


def without_staff_time(drafts: list[Draft]) -> list[Draft]:
    """The readings but a sum of no named party in a sentence pricing a share of a post."""
    return [d for d in drafts if d.provider or d.value_gbp is None or not _staff_time(d.text or "")]


# A criterion's column with its weight in brackets: "Quality (70)", "Price (30%)".
_WEIGHT = r"\s*\(\s*\d{1,3}\s*%?\s*\)\s*$"
WEIGHTED_QUALITY = re.compile(rf"^\s*quality(?:\s+score)?{_WEIGHT}", re.I)
WEIGHTED_PRICE_SCORE = re.compile(rf"^\s*(?:price|cost)(?:\s+score)?{_WEIGHT}", re.I)


def weighs_criteria(header: list[str]) -> bool:
    """Whether a header weighs both quality and price ("Quality (70) | Price (30)")."""
    return (any(WEIGHTED_QUALITY.match(c) for c in header)
            and any(WEIGHTED_PRICE_SCORE.match(c) for c in header))


# "Total value of routes awarded", "Total cost of contracts let": a label naming what it sums.
TOTAL_OF = re.compile(r"^\s*(?:grand\s+)?total\s+(?:annual\s+|contract\s+)?(?:value|cost|spend)"
                      r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:routes|contracts|lots|awards|"
                      r"services)(?:\s+(?:awarded|let|committed|contracted))?"
                      # closed as "Total" is ("Total:", "Total (3 years)"), or the cell ends
                      r"\s*(?:$|[:(])", re.I)
