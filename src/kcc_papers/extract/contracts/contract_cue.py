"""The cue of a sentence worth reading for a contract (CONTRACT_CUE: it says
"contract", lets a tender or a framework, takes a lease, appoints a firm for a term or a price
...), the words every match of it holds, and the cue of an award of lots. Apart from the
readers of a sentence: a paragraph is searched for the cue before any of its sentences is read
(``paragraphs``), and the phrases the cue shares with the readers (what a term costs, an
incumbent's role, a purchase) are written here in the cue's form (no lookaround, each space
"\\s+" or "\\s*")."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.charge_concessions import CHARGE_WORDS
from kcc_papers.extract.contracts.contract_ends import ENDS_VERB
from kcc_papers.extract.contracts.held_roles import (
    ARRANGEMENT_HOLDER_WORDS,
    ARRANGEMENT_WITH_CUE,
    HELD_BY_CUE,
    HELD_ROLE_CUE,
)
from kcc_papers.extract.contracts.names import FIRM_WORDS
from kcc_papers.extract.contracts.services_ending import SERVICE_ENDING_CUE

CONTRACT_WORD = re.compile(r"\b(?:contract|agreement)s?\b", re.I)
# A word of an engagement's term ("the seven-year term", "the five year term"): the medium,
# long or short term is a council's planning horizon (its medium term financial strategy),
# no engagement's.
_TERM_WORD = r"(?:(?!(?i:medium|long|short)\b)[\w-]+\s+)"
# Any word before "term" (CONTRACT_CUE's form: no lookaround, see CUE_TERM_COSTS).
_ANY_TERM_WORD = r"(?:[\w-]+\s+)"


def _term_total(word: str) -> str:
    """The whole of what a term of engagement costs: "the total fees over the seven-year
    term", "the total management fee payable over the initial ten-year term" (what the fee
    is for named before it), the term's words each ``word``."""
    return (r"\btotal\s+(?:[\w-]+\s+){0,2}?(?:fees?|costs?|value|charges?)\s+(?:payable\s+)?"
            rf"over\s+the\s+{word}{{0,2}}?term\b")


def _term_price(word: str) -> str:
    """... or the price of the engagement over its term ("Its price is £1,085,000 over the
    five year term"): the price, and after its sum the term it runs. (The cue's form, as
    CONTRACT_CUE's spaces must be: each "\\s+" or "\\s*".)"""
    return (r"\b(?:price|cost|fees?|charges?)\s+(?:is|are|was|were|will\s+be|would\s+be)\s+"
            rf"£\d[\d,.]*(?:[mk]\b|\s+million\b)?\s+over\s+the\s+{word}{{0,3}}?term\b")


TERM_TOTAL = _term_total(_TERM_WORD)
TERM_PRICE = _term_price(_TERM_WORD)
# CONTRACT_CUE looks at nothing around what it reads (a paragraph is searched for it as its
# sentences are): it takes a cost over any term, the readers of its sentences only over an
# engagement's.
CUE_TERM_COSTS = f"{_term_total(_ANY_TERM_WORD)}|{_term_price(_ANY_TERM_WORD)}"
# The price's words before its sum, and the term after it (as TERM_PRICE reads them).
PRICE_IS = re.compile(r"\b(?:price|cost|fees?|charges?)\s+(?:is|are|was|were|will\s+be|"
                      r"would\s+be)\s{0,3}$", re.I)
# (the spaces before "over" counted: a run of them read from each of its characters took
# seconds)
OVER_THE_TERM = re.compile(rf"\s{{1,3}}over\s+the\s+{_TERM_WORD}{{0,3}}?term\b", re.I)
# How far after "appoint" the term it is made for may be said (the firm, its role, its start).
APPOINTED_CHARS = 160
# The firm holding a contract in place, named by its role: "the incumbent Lot 3 provider",
# "the incumbent equity manager". A manager of anything else is a post and its holder a
# person ("The incumbent Service Manager, Sarah Collins, will transfer under TUPE").
# ("The Fund's current custodian, Ravenglass Trust Bank, was not among the bidders": a fund's
# custodian is a bank it contracts with, so "current" or "existing" says it as "incumbent"
# does; "the current operator, Ardnish Car Hire," may hold its service by any arrangement)
# (only a fund's custodian: "the archive's existing custodian, X Trust Ltd," keeps records it
# holds by no contract of the council's)
INCUMBENT_ROLE = (r"\b(?:incumbent\s+(?:[\w-]+\s+){0,3}?(?:provider|supplier|contractor|operator|"
                  r"custodian|(?:fund|investment|asset|portfolio|equity|bond|property)\s+manager)|"
                  r"(?i:fund)['’]s\s+(?:current|existing)\s+(?:[\w-]+\s+){0,2}?custodian|"
                  r"(?:current|existing)\s+(?:[\w-]+\s+){0,2}?(?:global|investment|fund)\s+"
                  r"custodian)\b")
# "The present consultant, Ambrose Kettering Associates Ltd, was appointed for the development
# phase": a consultant in place, named in apposition, a firm with a legal form (a person may
# be a consultant by any arrangement), is engaged under a contract as an incumbent provider is.
# (the name at most NAMED_CHARS characters; ``consultants_in_place`` reads it)
NAMED_CHARS = 80
# When an arrangement in place was let, an aside between its firm and its end ("The current
# arrangement with Pennine Economics Ltd, let in 2028, ends on 30 September 2032": held-out
# round 32): a verb of letting, then a clause of at most LET_ASIDE_CHARS. (Each space "\s+",
# CONTRACT_CUE's form; shared with ``provider_patterns``.)
LET_ASIDE_CHARS = 40
LET_ASIDE = (r",\s+(?:let|awarded|procured|signed|agreed|entered\s+into)\b"
             rf"[^.;,]{{0,{LET_ASIDE_CHARS}}},")
# (and any firm in a role a contract is let for, "The current broker, Hartigan Pike Insurance
# Brokers Ltd, had not bid", "The current provider, X Ltd, continues to 31 January 2031":
# held-out round 28; a name with a legal form, as a consultant's)
CONSULTANT_IN_PLACE = (r"\b(?:present|current|existing|outgoing)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:consultants?|providers?|suppliers?|contractors?|brokers?|insurers?),"
                       r"\s+")
# How many words may stand between "insurance" and its placing with an insurer ("the
# Council's insurance programme from 1 October 2028 be placed with"): what is insured, and
# from when.
INSURED_WORDS = 8
# What a council keeps to meet its own insurance claims ("the balance of the insurance fund has
# been placed with Lloyds Bank plc"): money lent when placed, never cover bought.
SELF_INSURED = r"(?i:funds?|reserves?|provisions?|balances?)\b"
# How many words may name what a concession awarded is for ("the Abbey Mews street food market
# concession": a place and its trade).
CONCESSION_NAME_WORDS = 6
# How long what a purchase buys, and the firm it is bought from, may be.
PURCHASED_CHARS = 120
# "agrees to extend the arrangement with X Ltd", "an extension of the existing arrangements
# with ...": the arrangement itself, the service the paper is about, extended is its contract
# let again; one qualified ("the partnership arrangements with", "the joint working
# arrangement", "the governance arrangements") is as often working together as a service
# bought, and is not read. Written once for CONTRACT_CUE and
# ``commissions.EXTENDED_ARRANGEMENT``, which read the same phrase (the cue's form).
EXTENDED_ARRANGEMENT_WITH = (
    r"\b(?i:extend|extension\s+(?:of|to))\s+(?i:the\s+|its\s+)?(?i:existing\s+|current\s+)?"
    r"(?i:arrangements?)\s+(?i:with)\s+")
# The verb or noun of a purchase: "the purchase of", "to buy", "to block-book".
# (CONTRACT_CUE's form: no lookaround, each space "\s+" or "\s*")
BOUGHT = r"(?:purchase\s+of|to\s+(?:purchase|buy|block(?:-|\s+)?book))"
# A price said just after the firm that does a piece of work: "at a cost of", "at a fee of".
PRICED_AT = r"at\s+an?\s+(?:[\w-]+\s+){0,2}?(?:cost|fee|sum)\s+of\b"
# What makes such priced work a decision to let it, not a recital of past work or of a bid:
# the sentence approves it, "That Cabinet approves ..." before or "... be approved" after.
APPROVES = r"(?:approves?|agrees?|authori[sz]es?|ratif(?:y|ies)|endorses?)"
TO_BE_APPROVED = r"(?:be|is)\s+(?:approved|agreed|authori[sz]ed|ratified|endorsed)"

# The legal forms as CONTRACT_CUE reads them (whole words: LEGAL_FORMS, below, as the
# provider patterns read a name's end).
LEGAL_WORDS = ("Ltd", "Limited", "LLP", "plc", "PLC", "CIC", "Cyf", "Inc", "LLC")
# A firm's legal form as a word of its name, in CONTRACT_CUE's form.
_LEGAL_WORD = rf"\b(?-i:{'|'.join(LEGAL_WORDS)})\b"
# ... or a firm's own word an arrangement's holder may end in (``held_roles``).
_HOLDER_WORD = rf"\b(?-i:{'|'.join(ARRANGEMENT_HOLDER_WORDS)})\b"

# A role firms hold under contract, a firm appointed to it ("appointed as the Council's
# internal auditor", "as the Fund's actuary"). (CONTRACT_CUE's form: each space "\s+")
_HIRED_ROLE = (r"(?:(?i:the)\s+)?(?:[\w'’]+\s+)?(?i:internal\s+|external\s+)?"
               r"(?i:auditors?|actuar(?:y|ies)|custodians?)\b")
# How many words may name a framework a firm is engaged under: "the National LGPS Frameworks
# private markets investment management framework" (its owner, its kind and its lot).
FRAMEWORK_NAME_WORDS = 8
# What a fund's mandate invests in, or how: "UK equity", "global bond", "the Fund's property".
_INVESTMENT = (r"\b(?i:equit(?:y|ies)|bonds?|credit|debt|property|infrastructure|investment|"
               r"fund(?:['’]s|s)?|gilts?|income|assets?|passive|active|markets)")

# A concession of a charge ("a 12-month rent concession", ``charge_concessions``), by its words.
CHARGE_CONCESSION = re.compile(rf"\b(?:{'|'.join(CHARGE_WORDS)})\s+concessions?\b", re.I)


def without_charge_concessions(sentence: str) -> str:
    """The sentence with its concessions of a charge left out, for CONTRACT_CUE to look at (it
    looks at nothing around its match, so cannot tell them itself)."""
    return CHARGE_CONCESSION.sub(" ", sentence) if "oncession" in sentence else sentence

# The words every match of CONTRACT_CUE holds one of.
CUE_WORDS = ("contract", "agreement", "tender", "procure", "commission", "award", "quot", "bid",
             "framework", "appoint", "total", "purchas", "buy", "book", "term", "mandate",
             "incumbent", "current", "existing", "lease", "insur", "licen", "dyfynbris",
             "concession", "call",
             # a consultant in place (CONSULTANT_IN_PLACE): its noun, not "present" or
             # "outgoing", which most minutes say ("Present:", "presented the report")
             "consultant",
             # an arrangement with a firm extended (held-out round 28)
             "arrangement",
             # a firm's work priced ("by X Ltd at a cost of £48,750", ``PRICED_AT``)
             "cost of", "fee of", "sum of",
             # a firm selected for a provider's role (award_phrasings' SELECTED_AS_PARTNER)
             "selection of")
# A sentence worth reading: it says "contract", or awards a tender ("following a tender the
# service was awarded to ..."); "grants were awarded to ..." says neither.
CONTRACT_CUE = re.compile(
    CONTRACT_WORD.pattern + r"|\b(?:tender(?:ed|s)?|procure(?:d|ment))\b|"
    r"\bcommission(?:s|ed)?\s+(?:\w+\s+){0,2}providers?\b|"
    # "award Lot 2 ... of the Home to School Transport Dynamic Purchasing System to ...": a
    # place on a dynamic purchasing system is let as a framework's is
    r"\bdynamic\s+purchasing\s+system\b|"
    # "Extending the present concession with Bellbrook Catering Ltd ... was rejected": a
    # concession to run a service is let as a contract is (the council's own "concessions",
    # fares and fees it waives, are never held "with" a party)
    r"\b(?:existing|current|present)\s+(?:[\w-]+\s+){0,3}?concessions?\s+with\s+[A-Z]|"
    # ... and "Extending the existing framework call-off with Northvolt Depot Services Ltd:
    # rejected because ...": a call-off held now is the contract its framework lets (a
    # bulleted option is a sentence of its own, no contract word in it)
    r"\b(?:existing|current|present)\s+(?:[\w-]+\s+){0,3}?call(?:-|\s+)offs?\s+with\s+[A-Z]|"
    # ... and "The current arrangement with Greenway Verge Services Ltd ends on 31 March": a
    # firm (by its legal form) serving under an arrangement in place that ends, as a term
    # does, holds a contract ("... for training continues" says no term: perhaps none)
    # (or by a firm's own word, "The present arrangement with Hadleigh Lane Veterinary
    # Practice ends on 30 April 2028", held-out round 42: ARRANGEMENT_HOLDER_WORDS)
    # ("with the Hadleigh Lane Veterinary Practice": a practice by its article)
    rf"\b(?:existing|current|present)\s+arrangements?\s+with\s+(?:the\s+)?[A-Z]"
    rf"[^.;]{{0,{NAMED_CHARS}}}?"
    rf"(?:{_LEGAL_WORD}|{_HOLDER_WORD})(?:{LET_ASIDE})?,?\s+(?:(?:will|would|is\s+due\s+to)\s+)?"
    rf"{ENDS_VERB}\b|"
    # "terminate the active global equity mandate held by Northgate Asset Management": a fund's
    # mandate is the investment management agreement its manager holds
    r"\bmandates?\s+(?:currently\s+)?held\s+by\b|"
    # ... and "X has managed the multi-asset credit mandate since 2020", its holder
    r"\b(?:has|have|had)\s+(?:managed|held|run)\s+(?:the|its|a)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{_INVESTMENT}\s+mandate\b|"
    # "The incumbent Lot 3 provider, Pathway Care Training Ltd, did not bid": the firm holding
    # the contract a tender replaces
    rf"{INCUMBENT_ROLE}|"
    # ... or "The current contractor, Harbourside Grounds, ...": a contractor, provider or
    # supplier holding it now or last, named in apposition (``held_roles``)
    rf"{HELD_ROLE_CUE}|"
    # ... or "the current block arrangement for ..., held by X Ltd," (``held_roles``)
    rf"{HELD_BY_CUE}|"
    # ... or "The current block arrangement with X Services ends on ..." (``held_roles``)
    rf"{ARRANGEMENT_WITH_CUE}|"
    # ... or "the current service, provided by X NHS Trust, ends on ..." (``services_ending``)
    rf"{SERVICE_ENDING_CUE}|"
    rf"{CONSULTANT_IN_PLACE}[A-Z][^.;,]{{0,{NAMED_CHARS}}}?{_LEGAL_WORD}|"
    # "approve the award of the minibus framework to ...": a framework awarded is let like a
    # contract ("the policy framework" alone is not one)
    r"\baward(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?frameworks?\b|"
    # ... as a concession awarded is ("approves the award of a 15-year concession for ... to
    # X Ltd": let under the Concession Contracts Regulations; "concessions" the council grants
    # its residents are never "awarded") (what it is for named in up to CONCESSION_NAME_WORDS
    # words: "the award of the Abbey Mews street food market concession")
    rf"\baward(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,{CONCESSION_NAME_WORDS}}}?"
    r"concessions?\b|"
    # ... and one a firm runs a service under, said to end ("run since 2022 by X Ltd under a
    # five-year concession which ends on ...": ``outgoing_holders``)
    # (or its "concession agreement", "concession contract")
    r"\bunder\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?concessions?\s+"
    r"(?:(?:agreement|contract)s?\s+)?(?:that|which)\s+"
    rf"(?:will\s+)?{ENDS_VERB}\b|"
    # ... and one let for a term ("the value of the concession over its 15-year term"): a
    # concession of fares or fees runs for no term, and a school's or a season's term ("the
    # junior swim concession for the summer term") is no contract's: a term said by its length
    # or as the whole one
    r"\bconcessions?\s+(?:over|for)\s+(?:its|the|a)\s+(?:(?:full|whole|initial|contract|"
    r"concession|\w+-years?|\d+\s+years?)\s+)?term\b|"
    # "appoints X as actuary ... under the National LGPS Frameworks actuarial services
    # framework", "called off from the YPO framework": a firm engaged through a framework
    # holds a call-off contract ("under the council's fire door framework": a possessive too)
    r"\b(?:under|through|from|via|using)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:[\w'’-]+\s+){{0,{FRAMEWORK_NAME_WORDS}}}?framework\b|"
    # "approves a call-off from the Crown Commercial Service Project Management and Full Design
    # Team Services framework (RM6165) with X LLP": a call-off is a contract made under a
    # framework, however long the framework's name
    # (a space read as a run, "\s+", as everywhere in this pattern: a bare "\s" fails
    # test_contract_cue_skips_a_paragraph_only_when_no_sentence_has_it)
    r"\bcall(?:\s+|-)offs?\s+(?:contract\s+)?(?:from|under)\b|"
    # ... and "was done by Castellan Economics Ltd under a call-off let by the County Council"
    # (held-out round 32): a firm by its legal form working under a call-off holds it
    rf"{_LEGAL_WORD}\s+under\s+(?:an?\s+|the\s+|its\s+)?call(?:\s+|-)offs?\b|"
    # "the Board enters the Association of Drainage Authorities' framework for electricity
    # supply with ...": a body entering a framework contracts under it
    r"\benter(?:s|ed|ing)?\s+(?:into\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,6}?framework\b|"
    # "appoints Kestrel Loch LLP as the Fund's private credit manager ... for an initial term
    # of seven years", "appoint Castlegate Custody Services plc as global custodian ... for
    # five years": a firm appointed for a term is engaged under a contract. Only where a name
    # with a legal form comes between the verb and the term: "appointed two social workers
    # for a period of two years" engages staff, no firm
    # (the reach after the verb's spaces opens on a word: a reach that may open on spaces
    # was tried from each space of a run)
    # ... or awarded something so: "the supply of eleven refuse collection vehicles be awarded
    # to Northcote Municipal Vehicles Ltd at a cost of £2,398,000" (what is let named by what
    # it buys, not "contract")
    rf"\b(?:appoint(?:s|ed|ing|ment\s+of)?|awarded\s+to)\s+\S[^.;]{{0,{APPOINTED_CHARS}}}?"
    rf"{_LEGAL_WORD}[^.;]{{0,{APPOINTED_CHARS}}}?(?:\bfor\s+"
    r"(?:an?\s+(?:initial\s+)?(?:term|period)\s+of\b|"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b)|"
    # ... or at a price: "appoints Pennard Facility Services Ltd to clean them at a cost of
    # £7,800 a year" (a firm engaged for a sum holds a contract, whatever the paper calls it)
    # ("appointment of X Ltd as Clerk of Works ... for a fee of £41,850": the same sum)
    r"\b(?:at|for)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:cost|price|sum|fee)\s+of\b)|"
    # "the award of a seven year operating lease for eight refuse collection vehicles to ...":
    # a lease of goods the council takes is a contract let to the lessor (a council's lease of
    # its own land or buildings is no "operating" or "finance" lease)
    r"\b(?:operating|finance)\s+leases?\b|"
    # "The Council's insurance with Coastline Mutual expires on 31 May 2027": a policy held
    # with an insurer is a contract with it
    r"\binsurances?\s+with\s+[A-Z]|"
    # "that the Council's insurance programme from 1 October 2028 be placed with Mercia Mutual
    # Insurance plc": insurance placed with an insurer (what is insured, and from when, between;
    # the council's own insurance fund is told apart by the provider's pattern, a cue looking
    # at nothing around its match, see sentence_drafts)
    rf"\binsurances?\s+(?:[\w'’-]+\s+){{0,{INSURED_WORDS}}}?"
    r"(?:placed|renewed)\s+with\s+[A-Z]|"
    # "The present system is supplied by Datarowe Systems Ltd under a licence that expires on
    # 30 September 2027": what a firm supplies under a licence said to end is bought under
    # it, the contract in place (a firm's name before: a council licenses its land too)
    # (a licence the council grants, "a premises licence", left to the reading of the
    # sentence: a cue looks at nothing around it, see ``sentence_drafts``)
    rf"{_LEGAL_WORD}\s+under\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?licen[cs]es?\s+"
    r"(?:(?:that|which)\s+)?(?:is\s+due\s+to\s+|will\s+)?"
    rf"(?:{ENDS_VERB}|ending|expiring|running\s+until)\b|"
    # "that Ledgerwise Audit Services be appointed as internal auditor ... at a fee of £1,150":
    # a firm's name just before (a person holds the post otherwise, no contract)
    rf"\b(?-i:{'|'.join(LEGAL_WORDS + FIRM_WORDS)})\s+(?:be|is|was|were|are|has\s+been|"
    rf"have\s+been|had\s+been)\s+(?:re-?)?appointed\s+as\s+{_HIRED_ROLE}|"
    # "the total fees over the seven-year term are estimated at £6,420,000": what a term of
    # engagement costs in all
    rf"{CUE_TERM_COSTS}|"
    # "the quotation of Festive Illuminations Ltd ... be accepted": a bid named by its bidder
    # (the sum's figures, then its letters: "[\d,.]+\w*" split a long run of figures between
    # its two quantifiers every way, seconds on 10,000 figures)
    r"\b(?:quotation|quote|bid)\s+(?:of\s+£[\d,.]+(?:[^\W\d]\w*)?\s+)?(?:of|from|submitted\s+by)"
    r"\s+[A-Z]|"
    # ... in Welsh: "derbyn dyfynbris Contractwyr Amaeth Pennant am £2,940" ("accept the
    # quotation of ... for £2,940"), the bidder straight after the word
    r"\bdyfynbris\s+(?-i:[A-Z])|"
    # "approved the purchase of two replacement gritting vehicles from Kersey Fleet Solutions
    # Ltd at a cost of £287,400", "To block-book 24 units of temporary accommodation at Marlow
    # Lodge from Arlen Hospitality Ltd": goods or rooms bought from a firm are supplied under
    # a contract. Only a name with a legal form (a council buys land from people and other
    # councils too)
    rf"\b{BOUGHT}\s+\S[^.;]{{0,{PURCHASED_CHARS}}}?\bfrom\s+[A-Z]"
    rf"[^.;]{{0,{PURCHASED_CHARS}}}?{_LEGAL_WORD}|"
    # "Transport modelling ... was commissioned from Vectis Transport Planning LLP": work
    # bought from a firm by its legal form (``commissions``, held-out round 28; a capital
    # in earnest, the cue being read without case: "commissioned from the university ...
    # by Arup Ltd" names no firm it was bought from; one "as a grant" is taken out of the
    # sentence before the cue looks, ``commissions.without_grant_commissions``)
    rf"\bcommissioned\s+from\s+(?:the\s+)?(?-i:[A-Z])[^.;]{{0,{PURCHASED_CHARS}}}?"
    rf"{_LEGAL_WORD}|"
    # ... and "agrees to extend the arrangement with Scillonian Freight Services Ltd for two
    # years": an arrangement with a firm extended for a term is a contract let again
    rf"{EXTENDED_ARRANGEMENT_WITH}(?-i:[A-Z])[^.;]{{0,{NAMED_CHARS}}}?{_LEGAL_WORD}|"
    # "That the emergency repair of the Market Hall roof by Thornbury Roofing Ltd at a cost
    # of £48,750 be approved": work done by a firm for a price is let to it under a contract
    # (only a name with a legal form just before the price: see ``WORK_BY_FIRM_AT_COST``;
    # and only in a sentence that approves it: "was repaired by X Ltd at a cost of" in a
    # report's background recites work done long ago)
    rf"\b{APPROVES}\b[^.;]{{0,{PURCHASED_CHARS}}}?\bby\s+[A-Z][^.;]{{0,{PURCHASED_CHARS}}}?"
    rf"{_LEGAL_WORD}\s+{PRICED_AT}|"
    rf"\bby\s+[A-Z][^.;]{{0,{PURCHASED_CHARS}}}?{_LEGAL_WORD}\s+{PRICED_AT}"
    rf"[^.;]{{0,{PURCHASED_CHARS}}}?\b{TO_BE_APPROVED}\b|"
    # "(b) approves the award of Lot 2, for the supply of 41 light commercial vans and
    # tippers, to Moorgate Van Centres Ltd at a total cost of £1,868,950": one lot awarded,
    # what it supplies said between commas, to a firm with a legal form (a lot's award alone
    # is read only in parts, ``award_parts``: this one says what is bought, and from whom)
    # ("approves the award of Lot 1, the monitoring of the public space CCTV system, to ...":
    # what the lot is, said in apposition)
    r"\baward(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?Lots?\s+[A-Z0-9]{1,3},\s+(?:for|the)\s+"
    rf"[^.;,]{{3,{PURCHASED_CHARS}}},\s+to\s+[A-Z][^.;]{{0,{PURCHASED_CHARS}}}?{_LEGAL_WORD}",
    re.I,
)


# An award of a tender's lots ("approves the award of Lot 1 (rock salt) to ..."): a sentence
# without a contract's word that lets its lots each to a bidder at a sum
# (``award_parts._award_parts``).
LOT_AWARD = re.compile(r"\baward(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?Lots?\s+[A-Z0-9]{1,3}\b",
                       re.I)
