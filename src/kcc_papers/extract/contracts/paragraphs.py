"""Contract rows from a paper's paragraphs: each sentence that speaks of a contract read by
the sentence readers (``sentences``, ``award_parts``), and a value the next sentence gives to
the one contract an award let without one."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from functools import partial

from kcc_papers.extract.contracts.award_parts import (
    DIRECT_AWARD_LISTED,
    _award_parts,
    _direct_award,
    _direct_lists_whole,
)
from kcc_papers.extract.contracts.award_phrasings import AWARD_CUE, CALL_OFF_WORDS
from kcc_papers.extract.contracts.awarded_before import awarded_before
from kcc_papers.extract.contracts.back_values import (
    LOOK_BACK_SENTENCES,
    back_value,
    referred_contract,
)
from kcc_papers.extract.contracts.commissions import without_grant_commissions
from kcc_papers.extract.contracts.contract_cue import (
    CONTRACT_CUE,
    CONTRACT_WORD,
    CUE_WORDS,
    LOT_AWARD,
    without_charge_concessions,
)
from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.extensions_taken import extension_price
from kcc_papers.extract.contracts.fields import LABEL
from kcc_papers.extract.contracts.lone_lots import lone_lot_award
from kcc_papers.extract.contracts.provider_drafts import _provider_drafts
from kcc_papers.extract.contracts.running_holders import holder_named_before
from kcc_papers.extract.contracts.sentence_facts import _sentence_facts
from kcc_papers.extract.contracts.sentences import _listed_drafts, sentences
from kcc_papers.extract.contracts.shared_sums import named_together
from kcc_papers.extract.contracts.title_labels import title_lines, without_titles
from kcc_papers.extract.contracts.value_drafts import _value_drafts
from kcc_papers.extract.contracts.variations import (
    VARIATION_VALUED,
    variation_priced_back,
    varied_works,
)
from kcc_papers.normalise.needles import holds_any


def _one_sentence(sentence: str, page: int | None, service: str | None) -> list[Draft]:
    listed = _listed_drafts(sentence, page) or _award_parts(sentence, page)
    if listed:
        return listed
    providers, phrases = _provider_drafts(sentence, page)
    values = _value_drafts(sentence, page, service, alone=not providers)
    names = {d.provider for d in providers}
    # "awarded ... to X Ltd at a value of £97,300 ..., replacing Y Ltd, whose contract was
    # ended" (held-out round 36): the holder replaced is priced by nothing the sentence says
    # of the new contract, so one firm let the contract now takes the sentence's value.
    # (only a sum said before the holder replaced is named, or in the new firm's own clause:
    # "the current contract with X Ltd, worth £400,000, ends and ... awarded to Y Ltd" says
    # X's contract's worth, no price of Y's)
    let_now = [d for d in providers if d.status == "new"]
    replaced = all(d.status in ("new", "current") for d in providers)
    if let_now and replaced:
        # ("awarded to Y Ltd, replacing X Ltd, whose contract ended on 31 March at a total
        # value of £400,000": the sum of the holder's own clause is its old contract's, no
        # price of Y's; nor left loose for a later step to give the one firm let to)
        values = [v for v in values if v not in _holders_own_values(sentence, providers, values)]
    priced = _let_now_values(sentence, let_now, providers, values) if replaced else []
    if len(names) > 1 and len({d.provider for d in let_now}) == 1 and priced:
        priced = [v for v in priced if not _funded_through(sentence, let_now[0].provider, v)]
        for value in _firms_own_first(sentence, let_now[0].provider, priced):
            let_now[0].absorb(value)
        drafts = providers + [v for v in values if v not in priced]
    elif len(names) == 1:
        # One provider and its value in one sentence are one contract.
        values = [v for v in values if not _funded_through(sentence, providers[0].provider, v)]
        for value in _firms_own_first(sentence, providers[0].provider, values):
            providers[0].absorb(value)
        drafts = providers
    elif named_together(sentence, providers):
        drafts = providers  # a sum shared by firms let to together: neither's (``shared_sums``)
    else:
        drafts = providers + values
    # Terms and dates belong to the sentence's contract when it speaks of one, or of several
    # named together ("extend the contracts with Millmead and Seashells until ...").
    if len(names) <= 1 or phrases == 1:
        for draft in drafts:
            _sentence_facts(draft, sentence)
    return drafts


# A holder's own clause after its name: "X Ltd, whose contract ended on 31 March 2026 at a total
# value of £400,000" (to the clause's next comma or the sentence's end).
HOLDERS_CLAUSE = re.compile(r",\s+whose\b.*?(?=[,;]\s|\.(?:\s|$)|$)")


def _holders_own_values(sentence: str, providers: list[Draft],
                        values: list[Draft]) -> list[Draft]:
    """The values said in the clause of its own after a holder's name ("X Ltd, whose contract
    ... at a value of £400,000"): the holder's old contract's, none of a firm let now."""
    own: list[Draft] = []
    for holder in providers:
        if holder.status != "current" or not holder.provider:
            continue
        at = sentence.find(holder.provider)
        clause = HOLDERS_CLAUSE.match(sentence, at + len(holder.provider)) if at >= 0 else None
        if clause is not None:
            own += [v for v in values if v.value_text and v.value_text in clause.group()]
    return own


def _let_now_values(sentence: str, let_now: list[Draft], providers: list[Draft],
                    values: list[Draft]) -> list[Draft]:
    """The values a sentence gives the one firm it lets a contract to now, beside the holders
    it replaces: those said before the first holder's name, or in the new firm's own clause
    (after its name, up to the clause's end)."""
    if not let_now or not values:
        return []
    holders = [sentence.find(d.provider) for d in providers
               if d.status == "current" and d.provider and d.provider in sentence]
    first_holder = min((at for at in holders if at >= 0), default=len(sentence))
    firm = let_now[0].provider or ""
    at = sentence.find(firm) if firm else -1
    stop = CLAUSE_END.search(sentence, at + len(firm)) if at >= 0 else None
    clause = sentence[at + len(firm) : stop.start() if stop else len(sentence)] if at >= 0 else ""
    return [v for v in values if v.value_text and (
        0 <= sentence.find(v.value_text) < first_holder or v.value_text in clause)]


# How a sum is paid for, said just after it: "at an estimated cost of £3.1m, funded by
# prudential borrowing", "£250,000, to be met from reserves".
# (never opening inside a run of spaces, as ``names._OUTSIDE_SPACES``: a search from each
# of a long run's spaces read the rest of it)
FUNDED_AFTER = re.compile(r"(?<!\s),?\s+(?:to\s+be\s+|being\s+)?"
                          r"(?:funded|financed|met|paid\s+for)\s+(?:by|from|through|out\s+of)\b",
                          re.I)


def _funded_through(sentence: str, provider: str | None, value: Draft) -> bool:
    """Whether a sum is the cost of what the sentence approves, and the firm's contract is
    named after it only as where the money comes from ("approved the refurbishment scheme at
    an estimated cost of £3.1m, funded by prudential borrowing repaid from the reduced
    management fee under the leisure management contract with X"): no price of that contract,
    nor of any other the sentence names (it names the firm's alone). Only when the clause of
    the funding runs on to the firm, naming its contract: a funding clause closed before it
    ("a contract worth £2.4m, funded by the Levelling Up Fund, be awarded to X") says how the
    contract's own price is paid."""
    at = sentence.find(value.value_text) if value.value_text else -1
    firm = sentence.find(provider) if provider else -1
    if at < 0 or firm < 0:
        return False
    funded = FUNDED_AFTER.match(sentence, at + len(value.value_text or ""))
    if not funded or funded.end() > firm:
        return False
    funding = sentence[funded.end():firm]
    return bool(CONTRACT_WORD.search(funding)) and not CLAUSE_END.search(funding)


# Where a clause ends: a comma or semicolon before a space (a sum's own commas have none).
CLAUSE_END = re.compile(r"[,;]\s")


def _firms_own_first(sentence: str, provider: str | None, values: list[Draft]) -> list[Draft]:
    """A sentence's values, the one its firm's own clause gives first ("to approve the
    demolition ... at a cost of up to £385,000, and to place a contract for the works with X
    Ltd at a price of £362,400": the contract's price follows its firm; the sum before is what
    the whole decision may spend). The first value is the one a row takes."""
    at = sentence.find(provider) if provider and len(values) > 1 else -1
    if at < 0:
        return values
    start = at + len(provider or "")
    stop = CLAUSE_END.search(sentence, start)
    clause = sentence[start : stop.start() if stop else len(sentence)]
    own = [v for v in values if v.value_text and v.value_text in clause]
    return own[:1] + [v for v in values if v is not own[0]] if own else values


def _value_of_award(award: list[Draft], drafts: list[Draft], sentence: str) -> bool:
    """Whether a sentence's only reading is the value of the one contract the sentence before
    let without one: a recommendation's next item ("1. ... direct award of a contract for the
    library management system to Cirrus Ltd for three years." / "2. That the contract value of
    £148,500 is noted."). The value sentence names no provider of its own and says "contract".
    Only after an award (or an extension, an appointment): a sentence that merely names the
    contract in place ("spends £3.5m per annum on this contract with Veolia") is followed as
    often by a word on another ("The total contract value over the 7 year term is ...")."""
    # (two patterns may read the one award: its readings name one provider)
    if len({d.provider for d in award}) != 1 or len(drafts) != 1:
        return False
    priced = drafts[0]
    return (all(d.provider and d.value_gbp is None and not d.bid and d.status == "new"
                for d in award)
            and priced.provider is None and priced.value_gbp is not None
            and bool(CONTRACT_WORD.search(sentence)))


# A sentence opening on the value of "the contract", naming no other: "The contract value in
# 2026/27 was £4.62m.", "Its annual contract value is £852,000."
THE_CONTRACTS_VALUE = re.compile(r"^\W{0,3}(?:the|this|its)\s+"
                                 r"(?:(?:annual|total|estimated|current)\s+){0,2}"
                                 r"contract\s+(?:value|price|sum)\b", re.I)
# ... or one that extends "the contract" at a sum ("Using the delegation agreed by Cabinet,
# the Director of Place extended the contract by one year to 31 March 2031 at a cost of
# £684,000"): the extension let is that contract's, and its sum the value it is let on at.
# (said as done, "extended" or "extends": "whether to extend the contract at a cost of £684,000",
# "could extend", "did not extend" weigh an extension not let, whose cost prices nothing)
EXTENDS_THE_CONTRACT = re.compile(r"\bextend(?:s|ed)\s+(?:the|this|its)\s+contract\b", re.I)


def _value_of_named(named: list[Draft], drafts: list[Draft], sentence: str) -> bool:
    """Whether a sentence gives the value of the one contract the sentence before it, in the
    same paragraph, named with its firm and no value, whether let now or in place ("2.1 ...
    provided under a contract with X which began on 1 April 2024 for eight years. The contract
    value in 2026/27 was £4.62m."): "the contract" of the paragraph is the one it names. (In
    the next paragraph "the contract value" may be another's: ``_value_of_award``.)"""
    if len({d.provider for d in named}) != 1 or len(drafts) != 1:
        return False
    priced = drafts[0]
    return (all(d.provider and d.value_gbp is None and not d.bid for d in named)
            and priced.provider is None and priced.value_gbp is not None
            and bool(THE_CONTRACTS_VALUE.match(sentence)
                     or EXTENDS_THE_CONTRACT.search(sentence)))


# A framework of policy or governance lets nothing: "appointed Councillor Reyes as the member
# champion under the Council's policy framework" names no contract (CONTRACT_CUE reads any
# other framework as one a firm is engaged under, and looks at no words around its own).
POLICY_FRAMEWORK = re.compile(
    r"\b(?:policy|governance|performance|assurance|risk|budget(?:ary)?|planning|outcomes?|"
    r"strategic|constitutional|competency|delivery)\s+framework", re.I)


def _without_policy_frameworks(sentence: str) -> str:
    return POLICY_FRAMEWORK.sub(" ", sentence) if "ramework" in sentence else sentence


# An agreement named by the statute's section it is made under ("a new section 75 partnership
# agreement with NHS Severn and Malvern Integrated Care Board", "the Section 106 agreement")
# is a partnership of public bodies or a planning obligation, no contract let (as the provider
# patterns read it): a sentence that speaks of no other contract is read for none, and the
# pooled budgets or contributions it gives are no contract's value. (Only words naming the
# agreement's kind between: "under section 4 of the agreement with X Ltd" is a clause of a
# contract, which is read.)
_CLAUSE_WORD = r"(?:of|the|this|that|its|to|in|under|and|or|with)\b"
STATUTORY_AGREEMENT = re.compile(r"\b(?:section|s\.?)\s?\d{1,3}[A-Z]?\s+"
                                 rf"(?:(?!{_CLAUSE_WORD})[\w-]+\s+){{0,3}}?agreements?\b",
                                 re.I)


def _without_statutory_agreements(sentence: str) -> str:
    return STATUTORY_AGREEMENT.sub(" ", sentence) if "greement" in sentence else sentence


# The words a sentence worth reading holds one of: the contract cue's, and a call-off's
# (AWARD_CUE's CALL_OFF_FROM, which may say none of the cue's).
_READ_WORDS = CUE_WORDS + CALL_OFF_WORDS
# "One waiver request was refused: a request from Regeneration to extend the town centre events
# contract with Bellwether Events Ltd (£58,000) without competition": what a refused request
# asked for was not let. (The refusal said of the request within the clause that names it.)
# ("A request to award twelve months of office cleaning to X Ltd at £138,000 without
# competition was refused": a sentence opening on the request, what it asked said whole before
# the refusal, in one clause of at most REQUEST_CHARS characters: no clause's break, a comma
# and a space, between them, and the request's own verb, singular. "The request for quotations
# was sent to five firms, two of the returns were rejected, and the contract was awarded to
# X Ltd" refuses no request.)
REQUEST_CHARS = 240
_REFUSAL = r"\s+(?:refused|rejected|declined|not\s+(?:approved|granted))\b"
_REFUSED = rf"(?:was|were|has\s+been|have\s+been|had\s+been|is|are){_REFUSAL}"
_ONE_REFUSED = rf"(?:was|has\s+been|had\s+been|is){_REFUSAL}"
REFUSED_REQUEST = re.compile(
    rf"\b(?:requests?|waivers?|exemptions?|applications?)\s+(?:\w+\s+){{0,3}}?{_REFUSED}"
    rf"|^(?:[\d.]+\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:request|application)\s+(?:to|for)\s"
    rf"(?:[^;:,]|,(?!\s)){{1,{REQUEST_CHARS}}}?\s{_ONE_REFUSED}",
    re.I)


def _cued_drafts(sentence: str, page: int, service: str | None, titles: list[str] | None = None
                 ) -> list[Draft] | None:
    """The readings of a sentence that speaks of a contract (None for one that does not): all
    of them where it says so in words (CONTRACT_CUE), the parts of an award of lots else."""
    # (a title line run into the sentence holds no label: ``title_labels``)
    if not holds_any(sentence, _READ_WORDS) or LABEL.search(without_titles(sentence, titles or [])):
        return None
    refused = REFUSED_REQUEST.search(sentence)
    if refused:
        # what follows the refusal is what the request asked for; a contract the sentence
        # let before it ("awarded the contract to X at £120,000 after the exemption request
        # was refused") is read still
        sentence = sentence[:refused.start()]
    if awarded_before(sentence):
        return []  # a contract let before, told as running out: in force (awarded_before)
    if CONTRACT_CUE.search(without_charge_concessions(_without_statutory_agreements(
            _without_policy_frameworks(without_grant_commissions(sentence))))) or (
            AWARD_CUE.search(sentence)):
        return _one_sentence(sentence, page, service)
    if LOT_AWARD.search(sentence):
        return _award_parts(sentence, page) or lone_lot_award(sentence, page) or None
    return _direct_award(sentence, page) or None


def _priced_back(sentence: str, page: int, earlier: list[str], out: list[Draft]) -> bool:
    """Whether a sentence opening on a reference back to a contract ("Its price is £X", "The
    total value of the award ... is £X") gave its value to the contract of the firm a sentence
    before it names (``back_values``)."""
    value = back_value(sentence, page)
    if value is None:
        return False
    referred = referred_contract(earlier, out, sentence)
    for named in referred:
        named.absorb(value)
    return bool(referred)


def sentence_drafts(paragraphs: Sequence[tuple[int, str]], service: str | None) -> list[Draft]:
    out: list[Draft] = []
    # The readings of the last sentence with a cue, and its paragraph's index: a value the next
    # such sentence gives (in that paragraph or the next) may be that contract's.
    before: tuple[int, list[Draft]] | None = None
    # The paragraphs before, split into sentences only when a value refers back past its own.
    recent: deque[str] = deque(maxlen=LOOK_BACK_SENTENCES)
    for index, (page, paragraph) in enumerate(paragraphs):
        previous = list(recent)
        recent.append(paragraph)
        # The cue's spaces are all ``\s+`` and it looks at nothing around it: a paragraph
        # without it anywhere has no sentence with it (most paragraphs of most papers).
        if not holds_any(paragraph, _READ_WORDS) or not (
                CONTRACT_CUE.search(paragraph) or AWARD_CUE.search(paragraph)
                or LOT_AWARD.search(paragraph)
                or DIRECT_AWARD_LISTED.search(paragraph)):
            out.extend(varied_works(paragraph, page))  # a contract said only by its variation
            if "£" in paragraph and out:
                # a value said of the contract a sentence before named ("X Ltd scored highest.
                # Its price is £1.2m."), in a paragraph naming no contract's word
                own = sentences(paragraph)
                for at, sentence in enumerate(own):
                    _priced_back(sentence, page, _earlier(previous, own[:at]), out)
            continue
        titles = title_lines(paragraph)
        own = _direct_lists_whole(sentences(paragraph))
        for at, sentence in enumerate(own):
            # (the same quick look: most sentences of a paragraph with a cue hold none)
            drafts = _cued_drafts(sentence, page, service, titles)
            if not drafts and out and _priced_back(sentence, page, _earlier(previous, own[:at]),
                                                   out):
                before = None
                continue
            if not drafts and VARIATION_VALUED.match(sentence) and (varied := variation_priced_back(
                    sentence, page, _sentences_before(previous, own[:at]))):
                out.append(varied)  # "The variation is valued at £X", its firm named before
                before = None
                continue
            if drafts is None:
                # an extension taken up at a sum, after the sentence naming the contract
                taken = before is not None and before[0] == index and extension_price(
                    sentence, before[1], partial(_one_sentence, page=page, service=service))
                if taken and before is not None:
                    for named in before[1]:
                        named.absorb(taken)
                    before = None
                continue
            if at and not any(d.provider for d in drafts):
                # "... have been run by X Ltd since 2016. That contract expires on ...": the
                # firm the sentence before names holds the contract said to end
                drafts = drafts + holder_named_before(own[at - 1], sentence, page)
            if before is not None and (
                    (before[0] >= index - 1 and _value_of_award(before[1], drafts, sentence))
                    or (before[0] == index and _value_of_named(before[1], drafts, sentence))):
                for named in before[1]:
                    named.absorb(drafts[0])
                before = None  # one value to an award: a third sentence's is its own
                continue
            out.extend(drafts)
            before = (index, drafts)
    return out


# A paragraph that ends on no stop is a heading (or a page's furniture): a value said after it
# opens a section of its own, and refers back to no firm named before it. (A page number alone
# is passed over: a page may break between the firm and its value.)
ENDS_SENTENCE = (".", ";", ":", ")", "?", "!")


def _earlier(recent: Sequence[str], own: list[str]) -> list[str]:
    """The sentences before a value sentence, nearest last: its own paragraph's, after those
    of the paragraphs before it up to a heading (each split only when the look back runs past
    the nearer ones: a paragraph wrapped as printed may hold one sentence)."""
    out = own
    for paragraph in reversed(recent):
        if len(out) >= LOOK_BACK_SENTENCES:
            break
        text = paragraph.rstrip()
        if text.isdigit():
            continue
        if not text.endswith(ENDS_SENTENCE):
            break
        out = sentences(paragraph) + out
    return out


def _sentences_before(recent: Sequence[str], own: list[str]) -> list[str]:
    """The sentences before one, nearest last, past any heading between (a variation's value
    opens a section named for it, and the contract varied is named in the section before):
    split only when a sentence asks for them (``variation_priced_back``, rarely)."""
    out = own
    for paragraph in reversed(recent):
        if len(out) >= LOOK_BACK_SENTENCES:
            break
        if paragraph.rstrip().endswith(ENDS_SENTENCE):
            out = sentences(paragraph) + out
    return out
