"""The patterns that name a contract's provider in a sentence: PROVIDER_PATTERNS,
the specific phrasings ("the contract with X will end", "award the contract for ... to X", "the
tender of X be accepted" ...), each with the status its row takes (the plainer ones, whose name
must look like an organisation, are ``provider_prose``'s PROSE_PATTERNS). A block of data apart
from the reading of a sentence with them (``provider_drafts``): each new phrasing adds a
pattern here, the reading stays as it is."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.charge_concessions import NOT_OF_A_CHARGE
from kcc_papers.extract.contracts.contract_cue import (
    _INVESTMENT,
    BOUGHT,
    INCUMBENT_ROLE,
    LET_ASIDE,
    PURCHASED_CHARS,
)
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import (
    _IN_CLAUSE,
    _MONTH,
    _NAME,
    _OUTSIDE_SPACES,
    _WORD_START,
    LEGAL_END,
    LEGAL_FORMS,
    NAMES,
    SUM,
)
from kcc_papers.normalise.runs import LAST_SPACES as _LAST_SPACES

# How long a contract is extended for, where its service would be named ("the extension of
# the contract for a further 12 months with X", "for a period of two years").
EXTENDED_FOR = (r"(?i:(?:an?\s+|another\s+)?(?:further\s+|additional\s+)?(?:period\s+of\s+)?"
                r"\S+\s+(?:years?|months?|weeks?))")

# The kinds of licence a council grants as the licensing authority ("a premises licence", "a
# street trading licence", "an HMO licence"): a firm trades under one, buys nothing by it.
_GRANTED_LICENCE = (r"(?i:premises|personal|alcohol|liquor|gambling|betting|lottery|taxi|"
                    r"hackney|private\s+hire|operator'?s?|street|trading|market|pavement|HMO|"
                    r"selective|animal|scrap|sex|caravan|occupation|grazing|waste|carrier'?s?)")
# A word of what a licence is for, "under a <words> licence", that no kind of licence a firm
# holds from the council opens ("a corporate software licence", not "a premises licence").
_BOUGHT_LICENCE_WORD = rf"(?!{_GRANTED_LICENCE}\b(?:\s+[\w-]+){{0,2}}?\s+(?i:licen[cs]))[\w-]+"

# How long the service an award names may be ("award the contract for <service> to X"): a
# clause of a recommendation, which names the works, where and for whom in full.
AWARDED_SERVICE_CHARS = 180
# How many words a contract's own name may hold before "contract" ("award the Northern Coast
# Ranger and Visitor Safety Service contract to X Ltd": a service's title in full, held-out r26f).
CONTRACT_NAME_WORDS = 8
# A word of a contract's own name, or a bracketed qualifier among them ("the Zone 1 (North)
# home care contract": the area a zone or lot covers, at most QUALIFIER_CHARS characters).
QUALIFIER_CHARS = 40
_NAME_WORD = rf"(?:[\w'’-]+|\([^()]{{1,{QUALIFIER_CHARS}}}\))"
# ... and in words, what a contract is let to do ("to operate the cafe at ... Country Park").
PURPOSE_WORDS = 30
# How far a call-off's firm may end after "call off": its clause (at most CALL_OFF_CHARS before
# "with") and the name. A legal form is looked for this far first, as the name read after
# every "with" of a long clause, then dropped for want of one, took seconds on a long line.
CALL_OFF_CHARS = 160
CALL_OFF_REACH = 400
_LEGAL_AHEAD = (rf"(?=[^;]{{0,{CALL_OFF_REACH}}}?(?:"
                + "|".join(re.escape(form) for form in LEGAL_FORMS) + "))")
# What may stand between a contract or mandate and the firm holding it: what it is for, between
# commas, and whether it is held now ("The current contract for carers' support, held by").
# A contract a firm holds with a party a council's paper names and that is no council ("Harbour
# Homes Ltd, which provides affordable housing under a contract with Homes England"): the firm
# holds no contract of the council's (the party's name read only so far as a firm's may run).
# ("under a four-year contract with an option to extend by one year": a term of the contract,
# no party; in lower case, as a term is written: "with Options Housing" is a party)
_NOT_WITH_ANOTHER = (r"(?!\s+(?i:with)\s+(?!(?:(?i:the|us)\b|"
                     r"(?:(?i:an?)\s+)?(?:[\w-]+\s+)?options?\b|"
                     r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Council|Authority)\b)))")
# A word that may follow a noun it does not qualify ("the contract since 2019", "the contract
# for ..."): after "contract" any other word in lower case is the noun it qualifies ("the
# contract documents", "the contract register"), the thing the sentence speaks of.
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:since|for|with|and|or|but|until|to|from|in|at|on|as|which|"
                  r"that|under|of|over|throughout|when|while|by|ever|now|there|is|was|has|"
                  r"had|have|will)\b)[a-z])")
# Whose contract it is, said before what it is for: the paper's own public body's ("the
# Council's contract with X Ltd", "the Authority's", "the Fund's"), never a firm's ("the
# provider's contract with Acme Scaffolding Ltd" is its subcontract, no contract of the
# council's).
_OWN_BODY_POSSESSIVE = (r"(?:[A-Z][\w-]*\s+){0,3}?(?:Council|Authority|Board|Fund|Trust|ICB|"
                        r"Partnership|Commissioners|Corporation|Cabinet|Executive)['’]s\s+")
# (what it is for ends at a comma, or runs straight on to "held by": "The contract for the
# maintenance of the Council's fleet held by X Ltd has been extended", held-out round 38. With
# no comma "held by" may be said of the noun just before it, not the contract: only "held", a
# contract's own verb ("the cleaning of the leisure centres run by X Ltd": the centres are run
# by X; "provided", "operated" the same), and not after a thing or a post a body or a person
# holds ("the sale of the depot site held by X Ltd", "the post held by John Smith").)
HELD_THINGS = ("land", "site", "sites", "property", "properties", "premises", "building",
               "buildings", "asset", "assets", "estate", "freehold", "leasehold", "lease",
               "leases", "licence", "licences", "title", "post", "posts", "office", "role",
               "position", "shares", "stock", "stocks", "investments", "portfolio", "funds",
               "account", "accounts", "records", "data", "information", "reserves", "balances")
_NOT_HELD_THING = "".join(rf"(?<!\b{word})" for word in HELD_THINGS)
_HELD_BY = (r"(?:\s+for\s+(?P<service>[^,.;]{3,80}?)(?:,|" + _NOT_HELD_THING
            + r"(?=\s+held\s+by\s))|,)?\s+(?:currently\s+|which\s+is\s+)?")
# The day a contract was let, said between the verb and the firm: "on 12 January 2033",
# "on 3rd March 2031,", "on Monday 12 January 2033" (a day, a month's name, a year; optional);
# or the month it was let in, "in August 2025" (held-out r35e: "The contract for the bandstand
# restoration was let in August 2025 to X Ltd at £212,400"), a month's name and its year, or
# the year alone ("was let in 2019 to X Ltd").
LET_ON_DATE = (r"(?:(?:(?i:on)\s+(?:[A-Z][a-z]{2,5}day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
               rf"[A-Z][a-z]{{2,8}}\.?\s+|(?i:in)\s+(?:{_MONTH}\s+)?)(?:19|20)\d\d,?\s+)?")
PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    # "The incumbent Lot 3 provider, Pathway Care Training Ltd, ...": the contract in place
    (re.compile(rf"(?i:{INCUMBENT_ROLE}),?\s+(?P<name>{_NAME})"), None),
    # "the Mid Kent Contract with Amey", "the Corporate Support Services Contract with Serco"
    # (from a word's start: tried inside a long capitalised word, each start read the rest of
    # it, 10 s on a word of 10,000 letters)
    (re.compile(rf"{_WORD_START}(?P<service>(?:[A-Z][\w&'-]*\s+){{1,6}})Contract\s+with\s+"
                rf"(?P<name>{_NAME})"), None),
    # "The contract with Serco would end in March 2024" (the verb a word of its own, after a
    # space: the name is never cut inside a word that opens like it, "Gw" of "Gwendraeth";
    # each run of spaces read one way, as "\s*,?\s*" before another "\s*" took seconds on a
    # few hundred spaces)
    # ("The Council's insurance with Coastline Mutual expires on 31 May 2027": a policy in
    # place is held with its insurer as a contract is. Not any agreement or lease: "the
    # Section 75 agreement with the Integrated Care Board will end", a lease of the
    # council's land to a club, are no contract let)
    # ("The current contract, with X Ltd, expires": its firm an aside between commas)
    # ("The current arrangement with X Ltd ends": one in place, as CONTRACT_CUE reads it;
    # "with X Ltd, let in 2028, ends": when it was let between, held-out round 32)
    (re.compile(rf"\b(?:[Cc]ontracts?|[Ii]nsurances?|(?i:current|existing|present)\s+"
                r"arrangements?),?\s+with\s+"
                # ("The present arrangement with the Hadleigh Lane Veterinary Practice ends":
                # an arrangement's holder by its article, a practice as often as not; a
                # lookbehind of fixed width: only after "arrangement(s) with", one space each)
                r"(?:(?<=arrangement\swith\s)the\s+|(?<=arrangements\swith\s)the\s+)?"
                rf"(?P<name>{NAMES})(?:(?i:{LET_ASIDE})|\s*,)?\s+(?:(?:would|will|"
                r"is\s+due\s+to|was\s+due\s+to)\s+)?(?P<ends>end|expire|run\s+until)"), None),
    # "The Council's contract for street cleansing, grounds maintenance and public toilet
    # cleaning with Tollbridge Services Ltd expires on 31 October 2027": what the contract in
    # place is for between it and its firm (read word by word: each word's spaces before it)
    (re.compile(rf"\b[Cc]ontracts?\s+for(?P<service>(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+"
                rf"with\s+(?P<name>{NAMES})(?:\s*,)?\s+(?:(?:would|will|"
                r"is\s+due\s+to|was\s+due\s+to)\s+)?(?P<ends>end|expire|run\s+until)"), None),
    # "carried out by the Council's tree works contractor, Ridgeback Arboriculture Ltd, whose
    # contract runs to March 2029": the firm holding a role, named in apposition, whose
    # contract is said to run on or end
    (re.compile(r"\b(?i:contractor|provider|supplier|operator),\s+"
                rf"(?P<name>{NAMES}),\s+whose\s+(?:[\w-]+\s+){{0,2}}?[Cc]ontract\s+"
                r"(?P<ends>runs?\s+(?:to|until)|ends?|expires?)\b"), None),
    # "Three providers under the current contracts, including Cressway Domiciliary Care Ltd,
    # did not tender": a firm named among those holding the contracts in place holds one
    (re.compile(r"\b(?i:providers?|contractors?|suppliers?|operators?)\s+(?i:under|holding|on)\s+"
                r"(?i:the\s+)?(?i:current|existing)\s+(?:[\w-]+\s+){0,2}?[Cc]ontracts?,?\s+"
                rf"(?i:including|such\s+as|namely)\s+(?P<name>{NAMES})"), None),
    # "Bytes Software, who hold the current Enterprise Agreement contract"
    # (each run of spaces read once: the spaces before the service all taken, as a service
    # that fails from its first word fails from any space before it too; the service ends
    # at the start of the spaces before "contract", never inside them. Read from each split
    # of a run, "who holds the" and 1,000 spaces took 1.7 s, 10,000 half an hour)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME})(?:\s*+,)?\s++who\s+holds?\s+(?P<which>"
                r"the\s+current|the\s+existing|another|an?|the)\s++(?P<service>[\w\s/&-]*?)"
                rf"{_OUTSIDE_SPACES}\s*+contract\b"), None),
    # "the contract for clinical waste collection was awarded to Medway Clinical Ltd"
    # (a run of spaces read once: the service may open on the last few spaces after "for",
    # _LAST_SPACES, and ends at its third character or on a word's end, not inside spaces, as
    # the shortest service ends. Read from each split of the run, "contract for" and 10,000
    # spaces took 73 s)
    (re.compile(rf"\b[Cc]ontract\s+for{_LAST_SPACES}\s+(?P<service>[^.;]{{3}}"
                r"(?:[^.;]{0,77}?(?<!\s))??)\s++(?:was|has\s+been|is|"
                rf"will\s+be|be)\s+(?:(?i:re-?)?awarded|let)\s+{LET_ON_DATE}to\s+"
                rf"(?P<name>{NAMES})"), "new"),
    # "the contract had been let under delegated authority to Carevale Homecare Ltd", "the
    # contracts were awarded following a mini-competition to ...": the verb after the contract,
    # how it was let between it and the firm; and when, before how ("the construction
    # contract was awarded on 12 January 2033 under delegated authority to X Ltd", held-out
    # round 33: LET_ON_DATE)
    # (the spaces after "following" and the like read once, as "contract for" above: 1,000
    # of them took half a second)
    (re.compile(r"\b[Cc]ontracts?\s+(?:(?:had|has|have|was|were|is|are|will|would)\s+)?"
                rf"(?:been\s+|be\s+)?(?:(?i:re-?)?awarded|let)\s+{LET_ON_DATE}"
                rf"(?:(?:under|through|via|following|after|by){_LAST_SPACES}\s+[^.;]{{3}}"
                r"(?:[^.;]{0,57}?(?<!\s))??\s++)?"
                rf"to\s+(?P<name>{NAMES})"), "new"),
    # "award the contract for grounds maintenance to Green Ltd", "was awarded to Kier"
    # (the service may be long: "for the bulk haulage of residual waste from the three transfer
    # stations to the energy recovery facility to Penhallow Freight Ltd")
    # ("award the dredging contract 2026-2029 to ...", "award a call-off contract under the
    # Regional Framework (Lot 2) to ...": its years, or the framework it is let under, between)
    # (the rules it is let under may be an aside between commas, as long as what is let: "award
    # the repair contract, under Regulation 33 of the Public Contracts (Scotland) Regulations
    # 2015 (negotiated procedure without prior publication, extreme urgency), to ...")
    # ("award of a seven year operating lease for eight refuse collection vehicles to ...": a
    # lease of goods is a contract of its own name, as a concession is: "the award of a
    # 15-year concession for ... charge points ... to Voltaway Charging Ltd")
    # ("the engineering, procurement and construction contract": the words naming its kind a
    # list, each word's comma before its spaces)
    # ("the adult and children's community health services contract": a possessive among the
    # words naming it, held-out round 33)
    # (the spaces after "for" or "under" read once, as "contract for" above: "award the
    # contract for" and 1,000 spaces took 4.5 s)
    # ("awards the Zone 1 (North) home care contract to ...": a word of its name may be a
    # bracketed qualifier, the zone's or lot's area, held-out round 41)
    (re.compile(r"\b(?i:awarded|awards?|awarding|let|letting)\s+(?i:of\s+)?(?:(?:(?:the|a|an|this)\s+)?"
                rf"(?:new\s+)?(?:{_NAME_WORD},?\s+){{0,{CONTRACT_NAME_WORDS}}}?"
                r"(?:[Cc]ontracts?|(?i:operating|finance)\s+leases?|"
                rf"{NOT_OF_A_CHARGE}(?i:concessions?))"
                rf"(?:\s+(?:(?:for{_LAST_SPACES}\s+(?P<service>[^.;]{{3}}(?:[^.;]{{0,"
                rf"{AWARDED_SERVICE_CHARS - 3}}}?(?<!\s))??)"
                rf"|(?i:under){_LAST_SPACES}\s+[^.;]{{3}}(?:[^.;]{{0,97}}?(?<!\s))??"
                r"|(?:19|20)\d\d\s*[-–/]\s*\d{2,4})"
                rf"\s++)?|,\s*(?i:under){_LAST_SPACES}\s+[^.;]{{3,{AWARDED_SERVICE_CHARS}}}?,\s*))?"
                rf"to\s+(?P<name>{NAMES})"), "new"),
    # "awards the concession contract to operate the cafe at Ashcombe Country Park to
    # Bramblewick Kitchen Ltd", "the award of the contract to install and operate the cycle hire
    # scheme to X Ltd": what is let said as its purpose, a verb of running a service and its
    # object, before the firm it is let to (the object read word by word: each word's
    # spaces before it, so a run of spaces is crossed one way only)
    (re.compile(r"\b(?i:awarded|awards?|awarding|let|letting)\s+(?i:of\s+)?(?:(?i:the|a|an|this)"
                rf"\s+)?(?:[\w-]+\s+){{0,{CONTRACT_NAME_WORDS}}}?[Cc]ontracts?\s+to\s+"
                r"(?P<service>(?i:operate|run|install|"
                r"provide|deliver|manage|supply|maintain|carry\s+out|undertake)"
                rf"(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+to\s+(?P<name>{NAMES})"), "new"),
    # "That the tender of Wrekin Roofing Ltd in the sum of £48,300 be accepted": a bid the
    # sentence accepts is the contract let ("the quotation of £640 from Safeplay Ltd for the
    # repair be accepted": its sum may come before the bidder). A quotation accepted is a
    # contract only with its price (see ``Draft.priced_only``). The clause reads on past a
    # sum's pence ("of £1,185.00, including delivery, be accepted").
    (re.compile(rf"\b(?i:tender|(?P<quote>quotation|quote)|bid)\s+(?:(?i:of)\s+{SUM}\s+)?"
                rf"(?i:of|from|submitted\s+by)\s+(?P<name>{NAMES})"
                rf"(?={_IN_CLAUSE}*\b(?i:be|is|was|been)\s+(?i:accepted|approved)\b)"),
     "new"),
    # "Repair of the noticeboard: quotation of Pettifer Joinery, £365.00, accepted on 19th
    # May" (a clerk's report of quotations accepted under delegated powers), "the tender from
    # Alder Fencing Ltd (£2,140) accepted by the Town Clerk": the participle after the bid
    # and its sum
    (re.compile(rf"\b(?i:tender|(?P<quote>quotation|quote)|bid)\s+(?i:of|from|submitted\s+by)\s+"
                rf"(?P<name>{NAMES})(?P<accepts>(?=\s*[,(]\s*{SUM}\s*\)?\s*,?\s+"
                r"(?i:accepted|approved)\b))"), "new"),
    # "It was RESOLVED to accept the quotation from Brett Valley Surfacing Ltd of £8,640",
    # "the Committee accepts the tender submitted by Mason Roofing Ltd"
    (re.compile(r"\b(?P<accepts>(?i:accept(?:s|ed|ing)?))\s+(?i:the\s+)?(?i:lowest\s+)?"
                r"(?i:tender|(?P<quote>quotation|quote)|bid)\s+"
                rf"(?:(?i:of)\s+{SUM}\s+)?(?i:of|from|submitted\s+by|received\s+from)\s+"
                rf"(?P<name>{NAMES})"), "new"),
    # ... in Welsh: "Penderfynwyd derbyn dyfynbris Contractwyr Amaeth Pennant am £2,940",
    # "Bod y Cyngor yn derbyn dyfynbris ..." ("to accept the quotation of ...")
    (re.compile(r"\b(?P<accepts>(?i:derbyn))\s+(?P<quote>(?i:dyfynbris))\s+"
                rf"(?P<name>{NAMES})"), "new"),
    # "approves the award of Lot 2 to Highland Fresh Foods Ltd": the thing awarded named
    # otherwise than "contract" (a lot, a framework place, the works), in a sentence the
    # contract cue let through (a tender, a procurement)
    # ("award Lot 1 (official control laboratory analysis) to Anglian Scientific Services Ltd":
    # the part let, and what it is, in brackets; not a range of dates, nor what an evaluation
    # or a grant scheme awards: "awarded the highest quality score to ...")
    (re.compile(r"\b(?i:award(?:s|ed|ing)?)\s+(?:of\s+)?(?:(?i:the|a|an)\s+)?"
                r"(?P<service>(?:(?!(?i:from|between|until|scores?|marks?|points?|grants?|funding)\b)"
                r"[\w-]+\s+){1,6}?(?:\([^()]{3,80}\)\s+)?"
                # ... and what the part is of: "award Lot 2 (...) of the Home to School Transport
                # Dynamic Purchasing System to ..." (named up to its kind, whose "to" it holds)
                # ("awards Lot 1 (...) of the Grounds Maintenance and Tree Works Contract
                # 2025-2030 to ...": a contract in lots, its years after its name)
                r"(?:(?i:of|under)\s+(?:(?i:the|a|an)\s+)?(?:[\w'’-]+\s+){0,8}?"
                r"(?i:dynamic\s+purchasing\s+system|framework(?:\s+agreement)?|"
                r"contract(?:\s+(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?)?)\s+)?)"
                rf"to\s+(?P<name>{NAMES})"), "new"),
    # "The current contract, held by Capita Business Services Ltd, expires on 31 March 2026",
    # "The current contract for carers' support, held by Wayfarer Carers Trust, ends ..."
    (re.compile(rf"\b[Cc]ontract{_HELD_BY}(?:held|delivered|provided|run|operated)\s+by\s+"
                rf"(?P<name>{_NAME})"), None),
    # "the active UK equity mandate held by Northgate Asset Management": a fund manager's
    # agreement, named by what it invests in, is held, managed or run; a mandate "provided by"
    # Government, or one a party holds ("the mandate held by Reform UK"), is a body's
    # authority to act, held by no firm
    (re.compile(rf"{_INVESTMENT}\s+mandate{_HELD_BY}(?:held|managed|run)\s+by\s+"
                rf"(?P<name>{_NAME})"), None),
    # "Sedgwick Fairfax Credit Partners has managed the multi-asset credit mandate since 2020":
    # the firm managing a fund's mandate, named by what it invests in, holds it now (as "the
    # equity mandate held by X")
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME})\s+(?i:has|have|had)\s+(?i:managed|held|run)\s+"
                rf"(?i:the|its|a)\s+(?:[\w'’-]+\s+){{0,3}}?{_INVESTMENT}\s+mandate\b"), None),
    # "to place a contract for the works with Dunmere Demolition Ltd at a price of £362,400": a
    # contract placed with a firm is let to it (what it is for between, read word by word: a
    # run of spaces read as the service and again as the spaces around it was quadratic)
    (re.compile(r"\b(?i:place[sd]?|placing)\s+(?i:a|an|the)\s+(?:[\w-]+\s+){0,3}?[Cc]ontracts?\s+"
                rf"(?:(?i:for)(?P<service>(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+)?(?i:with)\s+"
                rf"(?P<name>{NAMES})"), "new"),
    # "KCC has secured a new two-year textiles and shoe recycling contract with SAIT Recycling"
    (re.compile(r"\b(?i:secured|signed|awarded|entered\s+into|let|agreed)\s+(?i:a|an|the)\s+"
                rf"(?:new\s+)?(?P<service>[^.;]{{3,80}}?)\s+[Cc]ontracts?\s+with\s+(?P<name>{NAMES})"),
     "new"),
    # "approves the appointment of Steelrail Engineering Ltd as the preferred bidder for the
    # tram maintenance contract"
    (re.compile(rf"\b(?i:appoint(?:ment\s+of|s|ed)?)\s+(?P<name>{NAMES})\s+as\s+(?:the\s+)?"
                r"(?i:preferred\s+(?:bidder|supplier|contractor|provider)|(?:successful\s+)?"
                r"(?:supplier|contractor|provider))(?:\s+for\s+(?:the\s+)?"
                r"(?P<service>[^.;,]{3,80}?)\s+[Cc]ontract)?"), "new"),
    # "had, under the delegation, appointed Cairnhill Actuarial and Governance LLP for three
    # years": a firm appointed, in a sentence about a contract or tender, is the one let to.
    # Only a name with a legal form: people and councils are appointed too.
    (re.compile(r"\b(?i:appoint(?:ed|s|ing)?|appointment\s+of)\s+"
                rf"(?P<name>{NAMES}){LEGAL_END}"), "new"),
    # "the Board enters the Association of Drainage Authorities' framework for electricity
    # supply with Fenpower Energy Ltd": to enter a framework or an agreement with a firm is to
    # contract with it. Only a name with a legal form: a council enters agreements with its
    # partners too.
    (re.compile(r"\b(?i:enter(?:s|ed|ing)?)\s+(?i:into\s+)?(?i:the|a|an)\s+[^.;]{0,80}?"
                r"\b(?i:framework|agreement|contract|arrangement)s?\s+"
                r"(?:(?i:for)\s+(?P<service>[^.;]{3,80}?)\s+)?(?i:with)\s+"
                rf"(?P<name>{NAMES}){LEGAL_END}"), "new"),
    # "To call off from the South East Temporary Accommodation Framework a two-year block
    # booking of 18 units with Harrowden Living Ltd": the firm a call-off is placed with holds
    # the contract it makes. Only a name with a legal form, within the call-off's clause.
    # ("approves the call-off from the ... Framework (Lot 3, minor works) of a contract for the
    # refurbishment of Beverstone Library to Hollins & Crake Building Ltd": the firm it is to)
    (re.compile(r"\b(?i:call(?:s|ed|ing)?[\s-]+off)\b" + _LEGAL_AHEAD
                + rf"[^.;]{{0,{CALL_OFF_CHARS}}}?\b(?i:with|to)\s+(?P<name>{NAMES}){LEGAL_END}"),
     "new"),
    # "had approved the purchase of two replacement gritting vehicles from Kersey Fleet
    # Solutions Ltd", "To block-book 24 units of ... from X Ltd": what is bought, and the firm
    # supplying it (a legal form, as the cue). The first "from" names the seller: a firm
    # after a later one sold nothing ("the purchase of 3 Mill Lane from Mr and Mrs Hart ...
    # with advice from X LLP")
    (re.compile(rf"\b(?i:{BOUGHT})\s+(?P<service>\S(?:(?!\bfrom\s)[^.;]){{2,"
                rf"{PURCHASED_CHARS}}}?)\s+from\s+(?P<name>{NAMES}){LEGAL_END}"), "new"),
    # "to extend the existing cleaning contract with Brite Ltd until 31 March 2026"
    # (each run of spaces read once: what fails after all its spaces fails after any of them,
    # and the service ends on a word, not inside the spaces before "contract")
    (re.compile(r"\b(?i:extend|extension\s+(?:of|to))\s++(?i:the\s++)?(?i:existing\s++|current\s++)?"
                r"(?P<service>(?:[^.;]{0,59}?[^.;\s])??)\s*+[Cc]ontracts?\s+with\s+"
                rf"(?P<name>{NAMES})"),
     "new"),
    # "approves the extension of the contract for the removal and conveyance of the deceased
    # with Ashworth Funeral Services for twelve months": what the contract is for named
    # between it and its firm (the service opens on a word: spaces are the "for"'s own);
    # "for a further 12 months with X" names how long, no service
    (re.compile(r"\b(?i:extend|extension\s+(?:of|to))\s+(?i:the\s+)?(?i:existing\s+|current\s+)?"
                rf"[Cc]ontracts?\s+for\s+(?:{EXTENDED_FOR}|(?P<service>\S[^.;]{{2,80}}?))\s+with\s+"
                rf"(?P<name>{NAMES})"),
     "new"),
)  # fmt: skip
