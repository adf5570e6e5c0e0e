"""The values of contracts a sentence gives (``_value_drafts``): the cues that
make a sum a contract's value ("a contract value of", "at a cost of", an accepted bid's sum, an
award's estimated value), those that make it none (a threshold, a rate per unit, what an option
would cost, a counted lot's total, a sum outside the contract), and the whole term's sum read
beside a rate. Apart from the providers' reading: a sentence's values are rows of their own
unless it names one provider (``paragraphs``)."""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.extract.contracts.contract_cue import OVER_THE_TERM, PRICE_IS, TERM_TOTAL
from kcc_papers.extract.contracts.contracts_held import told_as_held
from kcc_papers.extract.contracts.draft import Draft, set_value, whole_term
from kcc_papers.extract.contracts.extension_values import extension_value_cue
from kcc_papers.extract.contracts.names import _OUTSIDE_SPACES, SUM, _service
from kcc_papers.extract.contracts.variations import variation_value_cue
from kcc_papers.extract.contracts.worth_clauses import firm_worth, worth_after_clause
from kcc_papers.normalise.money import Money, find_money
from kcc_papers.normalise.needles import holds_any
from kcc_papers.normalise.ocr_words import legible

# A value's cue ("valued at", "worth") is within this many characters before the amount.
VALUE_CUE_CHARS = 80


# How many words may name a mandate a manager is appointed to manage ("the Fund's multi-asset
# credit mandate", "the Fund's passive low carbon global equities mandate").
MANDATE_WORDS = 8
# How long an aside after "the contract sum," may be, closed by its comma before the verb.
ASIDE_CHARS = 60
# How long the part a contract sum includes may be named ("a contingency", "a provisional
# sum for ground works") before its own price.
PART_CHARS = 40
# The words of a contract in place, or one before it: "the value of the existing contract" is
# not the value of the one the sentence lets.
IN_PLACE_WORDS = r"(?:current|existing|incumbent|previous|former|present|original)\b"
VALUE_CUE = re.compile(
    r"(?:commits?\s+the\s+(?:Council|Authority|County\s+Council)\s+to\s+(?:spend|spending)|"
    # ("the Fund's multi-asset credit mandate, valued at £450 million": what a fund manager is
    # appointed to manage is its mandate's worth, an aside after it between commas)
    # (only a mandate a manager is appointed "to manage": the worth of one a manager holds, or
    # of a fund's mandate none is appointed to, is the money it invests, no contract's price)
    r"(?:contract|agreement)s?,?\s+(?:is\s+|are\s+|was\s+|will\s+be\s+)?(?:worth|valued\s+at)|"
    rf"\bto\s+manage\s+(?:[\w'’-]+\s+){{0,{MANDATE_WORDS}}}?mandates?,?\s+(?:is\s+)?"
    r"(?:worth|valued\s+at)|"
    # (or an aside between commas: "confirmed the contract value, £2.96m over five years, had
    # been published")
    # ("with an estimated concession value of £9,600,000": a concession let is valued as a
    # contract is, at what it is worth over its term)
    r"(?:contract|concession|total|annual)\s+value(?:\s+(?:of|is|was|will\s+be)\b)?|"
    # ("The contract price is £780,000 per annum": the price let, as its value)
    # (not across a list's next item, a noun of its own after a comma: "covers the contract
    # sum, a contingency of £130,000 and fees of £87,385" prices the contingency; an aside
    # naming the sum, "the contract value, a total of £3.9m", still reads; so does an aside
    # closed by its own comma before the verb, "the contract sum, the lowest of the three
    # tenders, is £845,000": a list's next item runs on to its own sum, no comma between)
    # ("the estimated value of the concession over its 15-year term is": a concession let, as
    # the cue of its sentence reads one, CONTRACT_CUE)
    # ("the estimated value of the concession contract being £6,240,000": the contract named
    # by its kind, a word or two; not one in place, "the value of the existing contract")
    r"(?:contract\s+(?:value|price|sum)|value\s+of\s+the\s+"
    rf"(?:(?!{IN_PLACE_WORDS})[\w-]+\s+){{0,2}}?(?:contract|concession))\b"
    rf"(?:,\s*(?:a|an|the)\s+[^,.;£]{{1,{ASIDE_CHARS}}},|"
    # ("The contract sum includes a contingency of £128,000": the sum's part, a noun of its
    # own priced by "of" just before the figure, no price of the sum; "the contract sum
    # includes all fees and is £2,146,900", "... includes a contingency of £128,000 and is
    # £2,146,900": the sum's own price still reads)
    r"(?!,\s*(?:a|an|the)\s+(?!(?:total|overall|estimated|maximum|whole)\b))"
    r"(?!\s+(?:includes|contains|comprises|allows\s+for)\s+(?:a|an)\s+"
    rf"[^.;£]{{0,{PART_CHARS}}}?\bof\s*\W{{0,2}}$)[^.;£]){{0,60}}?"
    r"\b(?:is|was|of|at|be|being)\s+|"
    # "at a cost of", "at a tender sum of", "at a contract price of"
    # "at a tendered sum of"
    # ("at an estimated total cost of": a hedge and a scope together)
    # ("at a premium of £612,000": an insurance contract's price is its premium)
    # (a scanned paper's text layer may read its "m" as "rn": "at an estirnated cost of")
    # ("at an annual charge of £212,000": what a service agreement charges, its price)
    # ("at a fixed fee of £146,250": a price fixed is the one let)
    # ("at a combined cost of £1,380,500": an extension and a variation let together)
    # ("at a target cost of £1,184,300": an NEC target-cost contract's price, the sum let)
    r"at\s+an?\s+(?:(?:total|annual|esti(?:m|rn)ated|fixed|combined|target)\s+){0,2}"
    r"(?:(?:tender(?:ed)?|contract)\s+)?"
    r"(?:cost|sum|price|premium|charge|fee)\s+of|"
    # an NEC award "under ... Option C (target contract with activity schedule), with a target
    # cost of £8,945,300": the target cost is the sum let, however the clause joins it
    r"with\s+an?\s+(?:total\s+)?target\s+(?:cost|price)\s+of|"
    # "appoints X ... for a contract sum of £4,218,566": the sum let, named as such
    # ("... be appointed to run the executive search ... for a fixed fee of £27,500": a fee
    # fixed for the work is its price, as "at a fixed fee of" is)
    # ("appointment of X Ltd as Clerk of Works ... for a fee of £41,850": the firm's fee)
    r"for\s+an?\s+(?:total\s+)?(?:(?:tender(?:ed)?|contract)\s+(?:sum|price)|(?:fixed\s+)?fee)"
    r"\s+of|"
    # "awards ... at a value of £450,000", "at a maximum value of £4,260,000" (a ceiling, as
    # "up to" is read), "at a whole-life value of £2,184,000" (the term's with its extensions);
    # an extension's "estimated value" is not the contract's own
    r"at\s+a\s+(?:(?:total|annual|maximum|whole[\s-]life)\s+){0,2}value\s+of|"
    # a preferred bidder's contract "with an estimated value of £4.2 million" ("under a
    # development agreement with an estimated value of": an agreement let as a contract is)
    r"(?:contract|agreement|bidder)\b[^.;£]{0,60}?\bwith\s+an?\s+(?:total\s+|estimated\s+)?value\s+of|"
    # a fee let as a share of what is managed, then priced: "at an annual management fee of
    # 0.34% of assets, estimated at £2,050,000 a year" (the hedge is the amount's own text)
    r"\bfees?\s+of\s+\d[\d.]*\s?%\s+of\s+[^.;£,]{1,40},|"
    # "the total fees over the seven-year term are estimated at"
    rf"{TERM_TOTAL}\s+(?:is|are|will\s+be)\s+(?:estimated\s+at|expected\s+to\s+be)?)"
    r"\s*(?:up\s+to\s+)?\W{0,2}$",
    re.I,
)
# "To appoint X Ltd as manager of the Fund's passive global equities mandate of £320 million",
# "that X Ltd be appointed as manager of ...": the mandate's size said as the manager's, as "to
# manage" says it. Only where the sentence appoints the manager: the size of a mandate a firm
# holds ("the contract with X Ltd, manager of the Fund's ... mandate of £280 million, ends",
# "X Ltd, appointed in 2020 as manager of ...") is the money it invests, no contract's price.
# (the appointee's name and role come between the verb and "as", APPOINTEE_CHARS at most; the
# whole, verb to amount, is looked for within APPOINTED_MANAGER_CHARS before the amount, so a
# long sentence of many sums is not read from its start for each)
APPOINTEE_CHARS = 120
APPOINTED_MANAGER_CHARS = 320
APPOINTED_MANAGER_MANDATE = re.compile(
    rf"(?:\bappoint(?:s|ing|ment\s+of)?\s+[^.;£]{{1,{APPOINTEE_CHARS}}}?\s|"
    r"\b(?:be|been|is|was|are|were)\s+appointed\s+)as\s+(?:the\s+)?manager\s+(?:of|for)\s+"
    rf"(?:[\w'’-]+\s+){{0,{MANDATE_WORDS}}}?mandates?\s+of\s*\W{{0,2}}$", re.I)


SERVICE_IN_SENTENCE = re.compile(
    r"\b(?:renew|renewal\s+of|award|extend|extension\s+of|procure|let|re-?procure)\s+(?:the\s+)?"
    r"(?P<service>(?:[A-Z][\w&'-]*\s+){0,5}(?:Contract|Agreement|Framework))s?\b"
)
NEW_CUE = re.compile(r"\b(?:renew|renewal|new|award|re-?procure|extend)", re.I)


# A bid's sum ("the tender ... in the sum of £48,300") is a contract's value only in a sentence
# that accepts the bid.
BID_VALUE_CUE = re.compile(
    r"\b(?:in|for)\s+the\s+(?:sum|amount)\s+of\s*\W{0,2}$"
    # "the quotation from Festive Lighting Ltd of £6,800 be accepted": the sum after the bidder
    # ("the quotation of Safeplay Ltd for £1,240"), or before it ("the quotation of £640 from")
    # ("the quotation of Lea Valley Electrical Ltd, £7,850 plus VAT, be accepted": the sum
    # between commas after the bidder)
    r"|\b(?:quotation|quote|tender|bid)\s+(?:of|from)\s+[A-Z][^.;£]{1,60}?(?:\s+(?:of|for|at)|,)"
    r"\s*\W{0,2}$|\b(?:quotation|quote|tender|bid)\s+of\s*\W{0,2}$"
    # "award the contract for ... to Wynne Construction Ltd for £14.7m", "to Zurich Municipal
    # for an annual premium of £186k": the sum the award names after the one it awards to
    # ("to Scheldemond Dredging NV for a total of £2,946,000": the total it awards, unnamed)
    # ("The call-off was made with X Ltd on 22 October 2025 for £88,500": the firm a call-off
    # is made with, as the one an award is to; held-out round 36, ACCEPTED's call-off)
    r"|\b(?:to|with)\s+[A-Z][^.;£]{1,80}?\s+(?:for|at)\s+(?:an?\s+(?:total\s+|annual\s+|estimated\s+)?"
    r"(?:cost|sum|price|premium|fee|value)\s+of\s+|an?\s+total\s+of\s+)?\W{0,2}$"
    # ("be awarded to Hedgerow Amenity Services Ltd for four years from 1 October 2027 for a
    # total of £436,800": the award's total, its firm further back than the cue's reach; in
    # the award's own clause, no comma or relative clause between: "to X Ltd, funded from the
    # capital programme, which provides for a total of £2m" is the budget's sum)
    r"|^(?:(?!\b(?:which|that|budget|allocation)\b)[^,])*\bfor\s+an?\s+total\s+of\s*\W{0,2}$",
    re.I)
# How far an award's verb may be from the firm it lets to ("awarded the contract for ... to X"):
# a clause, not a whole paragraph printed without stops (each verb's search reads no further,
# so a long line of them is not read again from each).
AWARD_TO_CHARS = 200
ACCEPTED = re.compile(r"\b(?:be|is|was|been)\s+(?:accepted|approved)\b"
                      r"|\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:lowest\s+)?(?:quotation|quote|tender|bid)"
                      # "award the contract to X in the sum of £2.1m": the sum of what it awards
                      rf"|\b(?:award(?:s|ed|ing)?|let)\b[^.;£]{{0,{AWARD_TO_CHARS}}}?\bto\s+[A-Z]"
                      # "The call-off was made with X Ltd ... for £88,500": a call-off made
                      # with a firm is let to it (``made_with.CALL_OFF_MADE_WITH``)
                      r"|\bcall[\s-]+offs?\s+(?:(?:contract|order)s?\s+)?(?:was|were|is|are|"
                      r"has\s+been|have\s+been)\s+(?:made|placed|agreed)\s+with\s+[A-Z]",
                      re.I)
# "contracts with a value of £250,000 or more need ...": a threshold, not a contract's value.
THRESHOLD_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:more|above|over|greater|less|below|under)\b",
                             re.I)
# "the contract price is £448,000 below this allocation": a sum compared with another (a
# budget, an estimate) is the difference between them, no contract's value.
COMPARED_AFTER = re.compile(r"^\s*(?:below|above|less\s+than|more\s+than|lower\s+than|"
                            r"higher\s+than|short\s+of|in\s+excess\s+of)\s+"
                            r"(?:the|this|that|these|its|our|their)\b", re.I)
# "operator of the seafront kiosk under a licence for three years for a fee of £6,500 a year
# payable to the Council": a fee the firm pays the council is its income, no price of what it
# buys (a concession's value is not the fee it pays either). The payer named within
# INCOME_CHARS characters after the sum; "payable to the Council's contractor" is a price.
INCOME_CHARS = 30
INCOME_AFTER = re.compile(rf"^[^.;£]{{0,{INCOME_CHARS}}}?\b(?:payable|paid)\s+to\s+the\s+"
                          r"(?:council|authority|board|trust|commissioner|corporation)\b(?!['’])",
                          re.I)
# "The contract sum is within the construction budget of £17,420,000": a sum the words just
# before it name a budget's (an allocation's) is what the contract is measured against, not
# its value, though a value's cue opens the clause.
BUDGET_OF = re.compile(r"\b(?:budget|allocation)\s+of\s*\W{0,2}$", re.I)
# An award's "estimated value" is the value of what it lets; an extension's is not the
# contract's own (see VALUE_CUE), so only a sentence that awards and extends nothing uses it.
# ("at a total estimated value of", "at an estimated total value of": the whole term's; "of up
# to £38.5m": a ceiling, as VALUE_CUE reads one)
# ("at an estimated whole-life value of": the term's with its extensions, as VALUE_CUE's is)
ESTIMATED_VALUE_CUE = re.compile(r"\bat\s+an?\s+(?:total\s+)?estimated\s+"
                                 r"(?:total\s+|whole[\s-]life\s+)?"
                                 r"value\s+of\s*(?:up\s+to\s+)?\W{0,2}$", re.I)
# (a call-off lets a contract under a framework as an award does: "approve a call-off contract
# ... with X Ltd for the supply of electricity for four years, at an estimated value of
# £22,760,000", held-out r28f)
AWARDS = re.compile(r"\baward(?:s|ed|ing)?\b|\bcall[\s-]offs?\b", re.I)
EXTENDS = re.compile(r"\bexten(?:d|ds|ded|ding|sion)\b", re.I)


# ... unless the extension names whom the contract it extends is with ("approves the extension
# of the repairs contract with Brightwell Ltd for a further 12 months ... at an estimated value
# of £5.6m"): the row is that provider's, at the value of what is let to it again.
EXTENDED_WITH = re.compile(r"\bexten(?:ds?|ded|ding|sion\s+of)\b[^.;£]{0,120}?\b(?:contract|"
                           r"agreement)\s+with\s+(?-i:[A-Z])", re.I)


# "extend the contract with Ridgeline Ltd for 12 months ... at an additional cost of £14.6m",
# "a variation to the contract with X ... at an additional cost of £86,500": what the
# extension or variation lets to the firm it names, the value of that row. Without a firm
# named, an additional cost is the price of some change, not a contract of its own.
ADDITIONAL_COST_CUE = re.compile(r"\bat\s+an?\s+(?:estimated\s+)?additional\s+(?:estimated\s+)?"
                                 r"(?:cost|value|sum|price)\s+of\s*\W{0,2}$", re.I)
# ("varied ... to add cleaning of the new Registry Office, at an extra £38,500 a year": "extra"
# says it as "additional" does, and may stand before the sum with no noun; so bare, it is
# everyday budget prose too ("will employ two client officers to manage it at an extra
# £96,000 a year"), so only in a sentence that varies or extends the contract)
EXTRA_COST_CUE = re.compile(r"\bat\s+an?\s+extra(?:\s+(?:cost|value|sum|price)\s+of)?"
                            r"\s*\W{0,2}$", re.I)
VARIED = re.compile(r"\bvar(?:y|ies|ied|ying|iations?)\b", re.I)


# "entering into a fifteen-year power purchase agreement with X for the supply of ... from 1
# April 2028, with an estimated value of £31.4 million over its term": the value of what a
# sentence naming its firm lets, said in a clause of its own after it (too far from the
# agreement for VALUE_CUE's reach).
# ... or "at a management fee payable by the Council of £4,150,000 over the term" (what the fee
# is for, and who pays it, between): the fee of an award to a firm the sentence names. Alone,
# "a leisure management contract ... at an estimated annual management fee of up to
# £1,400,000" is a procurement strategy's estimate, nothing let yet.
# (held-out r35e: "awards the contract ... to X Ltd for a term of ten years ..., with a
# management fee payable by the Council of £8,400,000 over the term": the fee the award comes
# "with", its price as "at" says it)
# (or a concession's total fee over its term, "awarded to X Ltd for three years ... at a total
# concession fee payable to the Council of £96,000": what the concession let to the firm is
# worth, where no value of it is printed; its yearly fee, "a concession fee of £58,000 a
# year", is the council's income from it, no total)
FEE_CUE = re.compile(r"\b(?:at|with)\s+an?\s+(?:(?:(?:total|annual|estimated)\s+){0,2}"
                     r"(?:management|service)|total\s+concession)\s+fee\s+(?:payable\s+(?:by|to)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?of\s*"
                     r"\W{0,2}$", re.I)
# ... not the fee another firm ran the service for, in the clause the fee closes ("noting that
# Freshwell Leisure Trust operated the centres with a management fee of £300,000 a year", "the
# current operator having run them at a management fee of"): a contract in place, not the award
# the sentence makes.
RAN_WITH_FEE = re.compile(r"\b(?:(?:has|have|had|having)\s+(?:been\s+)?(?:run|operated|managed|"
                          r"provided|delivered)|operated|operates|ran|runs|managed|manages|"
                          r"provided|provides|delivered|delivers)\s[^,;]*$", re.I)


def _fee_of_award(before: str) -> bool:
    """Whether a sum is the fee an award the sentence makes comes at or with (FEE_CUE), not
    the fee of a firm said to have run the service (RAN_WITH_FEE)."""
    fee = FEE_CUE.search(before)
    return fee is not None and not RAN_WITH_FEE.search(before, 0, fee.start())
# (held-out r34d: "a development agreement with X Ltd for the scheme, with a total development
# value of £48.5 million": a development agreement's value, as "under a development agreement
# with an estimated value of" is read, r19g)
WITH_VALUE_CUE = re.compile(r",\s+with\s+an?\s+(?:total\s+|estimated\s+|development\s+){0,2}"
                            r"value\s+of\s*\W{0,2}$", re.I)
# "awards ... at an estimated value of £186,400,000, with an option to extend for up to three
# further years": the option is the award's own term, not an extension of a contract in place.
EXTENSION_OPTION = re.compile(r"\boptions?\s+to\s+(?:further\s+)?extend\b|"
                              r"\bextension\s+options?\b|\boptions?\s+(?:of|for)\s+(?:an?\s+)?"
                              r"(?:further\s+)?extension", re.I)


def _award_estimate(sentence: str, before: str) -> bool:
    if not ESTIMATED_VALUE_CUE.search(before):
        return False
    extends = EXTENDS.search(EXTENSION_OPTION.sub(" ", sentence))
    return bool((AWARDS.search(sentence) and not extends) or EXTENDED_WITH.search(sentence))


# "at £68.40 per tonne, a maximum contract value of £444,600": a price per unit (a period the
# amount's own text holds already: "£49,500 per annum") is a rate, not what the contract is worth.
PER_UNIT_AFTER = re.compile(r"^\s*(?:per|/)\s*[a-z]", re.I)


# "A competitive tender now would require a new provider to replace the software at an
# estimated cost of £280,000": the cost of what an option would take, not a contract's value.
WOULD_TAKE = re.compile(r"\b(?:would|could|might)\s+(?:(?:also|only|still|then|now)\s+)?"
                        r"(?:require|need|mean|involve|entail|have\s+to|cost)\b", re.I)


# A clause's end within a sentence: what an option would take is said in the amount's clause.
# (a comma followed by a space: "£146,250" holds one of its own)
CLAUSE_BREAK = re.compile(r"[;:]|,\s")


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause that runs up to ``end`` begins (just after the last break before it)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, end)]
    return breaks[-1] if breaks else 0


# "noted the eleven single tender waivers approved in quarter 2, with a total value of
# £418,300": the sum of a counted lot of awards or waivers, each its own contract, is no
# contract's value. (The count in figures or words; "two-year contracts" counts none.)
_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
          r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)")
COUNTED_TOTAL = re.compile(
    rf"\b{_COUNT}\s+(?![\w-]*year)(?:[\w-]+\s+){{0,3}}?(?:contracts|waivers|exemptions|awards|"
    r"orders|purchases|procurements|agreements|variations|extensions)\b[^£;]{0,120}?"
    r"\b(?:total|combined|aggregate)\b", re.I)
TOTAL_WORDS = ("total", "combined", "aggregate")


def _counted_total(sentence: str, end: int) -> bool:
    """Whether the sum ending the text up to ``end`` is the total of a counted lot of them."""
    return holds_any(sentence[:end], TOTAL_WORDS) and bool(COUNTED_TOTAL.search(sentence, 0, end))


# "accepted ... at a cost of £612,000, paid from the capital programme and not part of this
# contract": the sentence says the sum is none of the contract's.
NOT_OF_CONTRACT = re.compile(r"\b(?:not\s+(?:part\s+of|included\s+in|within)|outside|excluded\s+"
                             r"from)\s+(?:this|the)\s+contract\b", re.I)


# An aside between commas just before the verb that gives the sum: "The estimated value of
# the concession contract, being the concessionaire's forecast heat sales over the 40-year
# term, is £212,400,000". It says what the value counts, not whose it is: the cue is read as
# if it were not there (an aside of at most VERB_ASIDE_CHARS characters, no sum or stop in it).
VERB_ASIDE_CHARS = 100
VERB_ASIDE = re.compile(rf",\s[^,.;£]{{1,{VERB_ASIDE_CHARS}}},\s*"
                        r"(?=(?:is|was|are|were|will\s+be)\s+(?:up\s+to\s+)?\W{0,2}$)", re.I)


def _without_verb_aside(before: str) -> str:
    """The last VALUE_CUE_CHARS of the text before a sum, an aside closed just before its
    verb (``VERB_ASIDE``) left out, unless the words as printed name the sum already: an
    aside may be the cue itself ("The price tendered, the lowest contract sum received, is
    £845,000")."""
    printed = before[-VALUE_CUE_CHARS:]
    if VALUE_CUE.search(printed):
        return printed
    return VERB_ASIDE.sub(" ", before)[-VALUE_CUE_CHARS:]


def _varied(sentence: str) -> bool:
    """Whether a sentence varies or extends a contract (an extra sum is then its price)."""
    return bool(VARIED.search(sentence) or EXTENDS.search(sentence))


def _value_drafts(sentence: str, page: int | None, service: str | None,
                  alone: bool = True) -> list[Draft]:
    """Rows for the contract values a sentence gives; ``alone``: the sentence names no
    provider (a value it gives is a row of its own)."""
    out: list[Draft] = []
    for money in find_money(sentence):
        if PER_UNIT_AFTER.match(sentence[money.end:]):
            continue
        if alone and WOULD_TAKE.search(sentence, _clause_start(sentence, money.start),
                                       money.start):
            continue
        if alone and told_as_held(sentence, _clause_start(sentence, money.start), money.start):
            continue
        # (the words that name the sum read through a scanned text layer's misreadings)
        before = _without_verb_aside(legible(sentence[
            max(0, money.start - VALUE_CUE_CHARS - VERB_ASIDE_CHARS) : money.start]))
        bid = BID_VALUE_CUE.search(before) and ACCEPTED.search(sentence)
        over_term = PRICE_IS.search(before) and OVER_THE_TERM.match(sentence, money.end)
        if not (VALUE_CUE.search(before) or worth_after_clause(before) or bid or over_term
                or _award_estimate(sentence, before)
                or APPOINTED_MANAGER_MANDATE.search(
                    sentence, max(0, money.start - APPOINTED_MANAGER_CHARS), money.start)
                or (not alone and (ADDITIONAL_COST_CUE.search(before)
                                   or (EXTRA_COST_CUE.search(before) and _varied(sentence))
                                   or variation_value_cue(sentence, before, len(out))
                                   or WITH_VALUE_CUE.search(before)
                                   or firm_worth(before, sentence[money.end:])
                                   or _fee_of_award(before)
                                   or extension_value_cue(sentence, before)))):
            continue
        after = sentence[money.end:]
        if (BUDGET_OF.search(before) or THRESHOLD_AFTER.match(after) or COMPARED_AFTER.match(after)
                or INCOME_AFTER.match(after) or NOT_OF_CONTRACT.search(sentence, money.end)):
            continue
        if alone and _counted_total(sentence, money.start):
            continue
        m = SERVICE_IN_SENTENCE.search(sentence)
        named = _service(m.group("service")) if m else None
        draft = Draft(page=page, service=named or service, text=sentence)
        annual = bool(ANNUAL_CUE.search(before))
        value, whole = _with_whole_term(sentence, money, annual)
        set_value(draft, value, period="annual" if annual and not whole else None)
        draft.status = "new" if NEW_CUE.search(sentence[: money.start]) else None
        out.append(draft)
    return out


# A sum in brackets just after an amount: "£412,600 per annum (£1,237,800 over the initial
# three-year term)". Its characters are few: a bracket that runs on is an aside, not a sum.
# (Never opening inside a run of spaces, as NAME_SPLIT: an amount never ends on a space.)
# ("GBP 11,940 a year (GBP 35,820 over the three years)": the currency's code a £ too)
BRACKETED_SUM = re.compile(_OUTSIDE_SPACES + r"\s*\((?=[^()]{0,80}(?:£|GBP\b))[^()]{1,80}\)")


# ... or after a comma, as the rate's total: "£780,000 per annum, a total of £3,900,000 over the
# five year term"; or joined by "and", the total named as the contract's ("at an annual value
# of £4,630,000 and a total contract value of £32,410,000 over the full seven years").
# (never opening inside a run of spaces, as BRACKETED_SUM: a search from each of its spaces
# read the rest of the run)
TOTAL_AFTER = re.compile(rf"{_OUTSIDE_SPACES}(?:,|\s+and)\s+(?:a|an|giving\s+a|making\s+a)\s+"
                         rf"(?:total|overall)\s+(?:contract\s+)?(?:value\s+|cost\s+)?of\s+{SUM}",
                         re.I)


def _with_whole_term(sentence: str, money: Money, annual: bool = False) -> tuple[str, bool]:
    """The amount as printed, with the whole term's sum bracketed after a rate ("£412,600 per
    annum (£1,237,800 over the initial three-year term)") or given after it as its total: read
    together, the value is the whole term's, as a label block's and a table's are
    (``draft.whole_term``). A sum that is no whole number of the rate's periods is something
    else, and left out. An amount the words before it call a year's ("at an annual premium of
    £1,386,000, a total of £6,930,000 over the term") is that rate though it prints no period:
    then the total alone is the value. Whether the whole term's sum was taken is returned too."""
    m = BRACKETED_SUM.match(sentence, money.end) or TOTAL_AFTER.match(sentence, money.end)
    if m is None:
        return money.text, False
    pair = money.text + m.group(0)
    found = find_money(pair)
    if annual and len(found) == 2 and found[0].period == "total":
        total = whole_term([replace(found[0], period="annual"), found[1]])
        return (total.text, True) if total is not None else (money.text, False)
    return (pair, True) if whole_term(found) is not None else (money.text, False)


# "for an annual premium of £186k", "at an annual cost of £40,000": a year's worth, though the
# amount prints no period of its own.
ANNUAL_CUE = re.compile(r"\ban\s+annual\s+(?:[\w-]+\s+){0,2}?(?:premium|cost|value|fee|sum|price|"
                        r"charge)\s+of\s*\W{0,2}$", re.I)
