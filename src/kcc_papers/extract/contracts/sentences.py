"""Contract rows from sentences. A sentence is a row only when it names a provider ("the Mid
Kent Contract with Amey", "Bytes Software, who hold the current Enterprise Agreement contract",
"to award the contract for grounds maintenance to Green Ltd") or ties a value to a contract
("commits the Council to spend approximately £1million per year for 3 years", "a contract
value of £2.4m"). Terms, extension options and dates in the same sentence go to that row when
the sentence is about one contract."""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.extract.contracts.draft import Draft, Status, set_value, whole_term
from kcc_papers.extract.contracts.fields import extension, term_years
from kcc_papers.normalise.dates import find_date, parse_date_range, parse_partial_date
from kcc_papers.normalise.money import Money, find_money
from kcc_papers.normalise.needles import holds_any
from kcc_papers.normalise.numbers import words_to_number
from kcc_papers.normalise.ocr_words import legible
from kcc_papers.normalise.runs import LAST_SPACES as _LAST_SPACES

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
# How long what a purchase buys, and the firm it is bought from, may be.
PURCHASED_CHARS = 120
# The verb or noun of a purchase: "the purchase of", "to buy", "to block-book".
# (CONTRACT_CUE's form: no lookaround, each space "\s+" or "\s*")
BOUGHT = r"(?:purchase\s+of|to\s+(?:purchase|buy|block(?:-|\s+)?book))"
# How long a contract is extended for, where its service would be named ("the extension of
# the contract for a further 12 months with X", "for a period of two years").
EXTENDED_FOR = (r"(?i:(?:an?\s+|another\s+)?(?:further\s+|additional\s+)?(?:period\s+of\s+)?"
                r"\S+\s+(?:years?|months?|weeks?))")
# The legal forms as CONTRACT_CUE reads them (whole words: LEGAL_FORMS, below, as the
# provider patterns read a name's end).
LEGAL_WORDS = ("Ltd", "Limited", "LLP", "plc", "PLC", "CIC", "Cyf", "Inc", "LLC")
# A firm's legal form as a word of its name, in CONTRACT_CUE's form.
_LEGAL_WORD = rf"\b(?-i:{'|'.join(LEGAL_WORDS)})\b"
# The words of a firm's name a person's never ends in: "Ledgerwise Audit Services".
FIRM_WORDS = ("Services", "Solutions", "Consulting", "Consultants", "Associates", "Partnership",
              "Group", "Company")
# A role firms hold under contract, a firm appointed to it ("appointed as the Council's
# internal auditor", "as the Fund's actuary"). (CONTRACT_CUE's form: each space "\s+")
_HIRED_ROLE = (r"(?:(?i:the)\s+)?(?:[\w'’]+\s+)?(?i:internal\s+|external\s+)?"
               r"(?i:auditors?|actuar(?:y|ies)|custodians?)\b")
# What a fund's mandate invests in, or how: "UK equity", "global bond", "the Fund's property".
_INVESTMENT = (r"\b(?i:equit(?:y|ies)|bonds?|credit|debt|property|infrastructure|investment|"
               r"fund(?:['’]s|s)?|gilts?|income|assets?|passive|active|markets)")
# The kinds of licence a council grants as the licensing authority ("a premises licence", "a
# street trading licence", "an HMO licence"): a firm trades under one, buys nothing by it.
_GRANTED_LICENCE = (r"(?i:premises|personal|alcohol|liquor|gambling|betting|lottery|taxi|"
                    r"hackney|private\s+hire|operator'?s?|street|trading|market|pavement|HMO|"
                    r"selective|animal|scrap|sex|caravan|occupation|grazing|waste|carrier'?s?)")
# A word of what a licence is for, "under a <words> licence", that no kind of licence a firm
# holds from the council opens ("a corporate software licence", not "a premises licence").
_BOUGHT_LICENCE_WORD = rf"(?!{_GRANTED_LICENCE}\b(?:\s+[\w-]+){{0,2}}?\s+(?i:licen[cs]))[\w-]+"
# The words every match of CONTRACT_CUE holds one of.
CUE_WORDS = ("contract", "agreement", "tender", "procure", "commission", "award", "quot", "bid",
             "framework", "appoint", "total", "purchas", "buy", "book", "term", "mandate",
             "incumbent", "current", "existing", "lease", "insur", "licen", "dyfynbris")
# A sentence worth reading: it says "contract", or awards a tender ("following a tender the
# service was awarded to ..."); "grants were awarded to ..." says neither.
CONTRACT_CUE = re.compile(
    CONTRACT_WORD.pattern + r"|\b(?:tender(?:ed|s)?|procure(?:d|ment))\b|"
    r"\bcommission(?:s|ed)?\s+(?:\w+\s+){0,2}providers?\b|"
    # "award Lot 2 ... of the Home to School Transport Dynamic Purchasing System to ...": a
    # place on a dynamic purchasing system is let as a framework's is
    r"\bdynamic\s+purchasing\s+system\b|"
    # "terminate the active global equity mandate held by Northgate Asset Management": a fund's
    # mandate is the investment management agreement its manager holds
    r"\bmandates?\s+(?:currently\s+)?held\s+by\b|"
    # ... and "X has managed the multi-asset credit mandate since 2020", its holder
    r"\b(?:has|have|had)\s+(?:managed|held|run)\s+(?:the|its|a)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{_INVESTMENT}\s+mandate\b|"
    # "The incumbent Lot 3 provider, Pathway Care Training Ltd, did not bid": the firm holding
    # the contract a tender replaces
    rf"{INCUMBENT_ROLE}|"
    # "approve the award of the minibus framework to ...": a framework awarded is let like a
    # contract ("the policy framework" alone is not one)
    r"\baward(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?frameworks?\b|"
    # "appoints X as actuary ... under the National LGPS Frameworks actuarial services
    # framework", "called off from the YPO framework": a firm engaged through a framework
    # holds a call-off contract ("under the council's fire door framework": a possessive too)
    r"\b(?:under|through|from|via|using)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"framework\b|"
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
    r"\bat\s+an?\s+(?:[\w-]+\s+){0,2}?(?:cost|price|sum|fee)\s+of\b)|"
    # "the award of a seven year operating lease for eight refuse collection vehicles to ...":
    # a lease of goods the council takes is a contract let to the lessor (a council's lease of
    # its own land or buildings is no "operating" or "finance" lease)
    r"\b(?:operating|finance)\s+leases?\b|"
    # "The Council's insurance with Coastline Mutual expires on 31 May 2027": a policy held
    # with an insurer is a contract with it
    r"\binsurances?\s+with\s+[A-Z]|"
    # "The present system is supplied by Datarowe Systems Ltd under a licence that expires on
    # 30 September 2027": what a firm supplies under a licence said to end is bought under
    # it, the contract in place (a firm's name before: a council licenses its land too)
    # (a licence the council grants, "a premises licence", left to the reading of the
    # sentence: a cue looks at nothing around it, see ``sentence_drafts``)
    rf"{_LEGAL_WORD}\s+under\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?licen[cs]es?\s+"
    r"(?:(?:that|which)\s+)?(?:is\s+due\s+to\s+|will\s+)?(?:ends?|ending|expires?|expiring|"
    r"runs?\s+until|running\s+until)\b|"
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
    rf"[^.;]{{0,{PURCHASED_CHARS}}}?{_LEGAL_WORD}",
    re.I,
)
# "KCC commissions two providers to deliver Family Hub services: Millmead Family Hub in Thanet
# and Seashells Family Hub on the Isle of Sheppey": a counted list of providers.
LISTED = re.compile(
    r"\b(?i:commissions?|commissioned|has\s+contracts\s+with|contracts\s+with)\s+"
    r"(?P<count>\d|(?i:two|three|four|five|six))\s+(?i:external\s+|commissioned\s+)?"
    r"(?i:providers?|contractors?|suppliers?)\b"
    r"(?:\s+to\s+(?i:deliver|provide|run)\s+(?P<service>[^:.;]{3,80}?))?\s*:\s*(?P<list>.+)$"
)
# A provider's name: capitalised words ("Bytes Software", "SAIT Recycling", "Kier/Amber").
# A bracketed place or qualifier inside a name ("Highway Surfacing (Jersey) Limited", "Trapeze
# Group (UK) Limited"); only inside it, with a capitalised word after, not an aside at its end.
# (Not what the letters' alternative reads, "(UK)": two ways to read one bracket made a failed
# match over many such names backtrack exponentially.) A name is read for at most
# NAME_MAX_WORDS words after its first: from every capitalised word of a long run of them
# ("A A A ...") a name read on to the run's end, and the sentence readers took seconds on a
# line of 6,000 characters. A party is never that long (name_of takes at most MAX_PARTY_WORDS).
NAME_MAX_WORDS = 12
_NAME = (
    # ("Brightwell Care at Home Ltd": "at" inside a firm's name, one word before its legal form)
    r"[A-Z][\w&'./-]*(?:\s+(?:[A-Z0-9][\w&'./-]*|&|of(?=\s+[A-Z])|"
    r"at(?=\s[A-Z][\w&'./-]*\s(?:Ltd|Limited|LLP|plc|CIC)\b)|\([A-Z]{1,5}\)|"
    r"\((?![A-Z]{1,5}\))[A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,2}\)(?=\s+[A-Z])|"
    rf"(?:plc|ltd|llp|limited|cic|inc)\b\.?)){{0,{NAME_MAX_WORDS}}}"
)
NAME_PATTERN = _NAME  # for the other sentence readers (offers)
# Where a name or a capitalised title may start: not inside a word (a pattern tried from every
# letter of a long word reads the rest of it each time).
_WORD_START = r"(?<![\w&'./-])"
# A sum as printed: "£640", "£8,640", "£1.2m".
_SUM = r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|million)\b)?"
# A name that ends in a legal form ("... Ltd", "... LLP", "... Cyf"), checked where the name ends.
LEGAL_FORMS = ("Ltd", "Ltd.", "Limited", "LLP", "plc", "PLC", "CIC", "Cyf", "Inc", "LLC")
_LEGAL_END = "(?:" + "|".join(f"(?<={form})" for form in LEGAL_FORMS) + ")"
# ... or in a word only a firm's name ends in ("Ledgerwise Audit Services", FIRM_WORDS).
_FIRM_END = "(?:" + "|".join(f"(?<={form})" for form in LEGAL_FORMS + FIRM_WORDS) + ")"
# The stop of an abbreviation a price is qualified by ("£386,940 (excl. VAT)", "incl. VAT"):
# it ends no sentence and no clause.
_ABBREVIATION_STOP = r"(?<=\b[Ee]xcl)\.|(?<=\b[Ii]ncl)\."
# A character of the clause a name stands in: up to its end (a full stop or ";"), a decimal
# point ("£1,185.00") ending none.
_IN_CLAUSE = rf"(?:[^.;]|\.(?=\d)|{_ABBREVIATION_STOP})"
# Several names: "Millmead and Seashells", "Alpha Ltd, Beta Ltd and Gamma plc".
# ("contracts with Ashfield Care Ltd (North) and Haverleigh Homecare Ltd (South)": each
# name of a list may be followed by the area or lot it holds, in brackets, which is no part
# of it: see AREA_AFTER)
_AREA = r"\s\([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\)"
_NAMES = rf"{_NAME}(?:(?:{_AREA})?(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*"
AREA_AFTER = re.compile(_AREA + "$")
# NAME_SPLIT, NAME_COMMA and the like below never open inside a run of spaces (the
# ``_OUTSIDE_SPACES`` prefix): a match from there would have started at the run's first space,
# so none is lost, and a long run with no comma after it is read once, not from each space.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
NAME_SPLIT = re.compile(_OUTSIDE_SPACES + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
LIST_AND = re.compile(r"\band\s|&")
NAME_COMMA = re.compile(_OUTSIDE_SPACES + r"\s*,\s*")
# A party's name, or a service named in lower case, is a few words; more is a clause.
MAX_PARTY_WORDS = 6
MAX_SERVICE_WORDS = 6
# A date "opens" a text when its year is printed within the first DATE_YEAR_WITHIN characters
# of DATE_HEAD_CHARS read.
DATE_HEAD_CHARS = 40
DATE_YEAR_WITHIN = 25
# "current"/"new" qualifies the contract named just after it: looked for this far before it.
CUE_CHARS = 30
# A value's cue ("valued at", "worth") is within this many characters before the amount.
VALUE_CUE_CHARS = 80
# ... nor the body that decides ("Award to Board" heading a forward plan's column, read on
# into its first row's "Real-time passenger information system").
NOT_PARTY = re.compile(
    r"^(?:the|this|that|these|a|an|KCC|Kent\s+County\s+Council|Council|us|we|it|them|"
    r"Cabinet|Members?|Officers?|Board|Committee|Sub-Committee|Panel)\b",
    re.I,
)
# "from April 2021 to March 2022": a month and its year is a date, not a party.
DATE_NAME = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)\s+(?:19|20)\d\d\b")
# How long the service an award names may be ("award the contract for <service> to X"): a
# clause of a recommendation, which names the works, where and for whom in full.
AWARDED_SERVICE_CHARS = 180
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
_NOT_WITH_ANOTHER = (r"(?!\s+(?i:with)\s+(?!(?:(?i:the|us)\b|"
                     r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Council|Authority)\b)))")
# A word that may follow a noun it does not qualify ("the contract since 2019", "the contract
# for ..."): after "contract" any other word in lower case is the noun it qualifies ("the
# contract documents", "the contract register"), the thing the sentence speaks of.
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:since|for|with|and|or|but|until|to|from|in|at|on|as|which|"
                  r"that|under|of|over|throughout|when|while|by|ever|now|there|is|was|has|"
                  r"had|have|will)\b)[a-z])")
_HELD_BY = r"(?:\s+for\s+(?P<service>[^,.;]{3,80}?),|,)?\s+(?:currently\s+|which\s+is\s+)?"
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
    (re.compile(rf"\b(?:[Cc]ontracts?|[Ii]nsurances?)\s+with\s+"
                rf"(?P<name>{_NAMES})(?:\s*,)?\s+(?:(?:would|will|"
                r"is\s+due\s+to|was\s+due\s+to)\s+)?(?P<ends>end|expire|run\s+until)"), None),
    # "The Council's contract for street cleansing, grounds maintenance and public toilet
    # cleaning with Tollbridge Services Ltd expires on 31 October 2027": what the contract in
    # place is for between it and its firm (read word by word: each word's spaces before it)
    (re.compile(rf"\b[Cc]ontracts?\s+for(?P<service>(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+"
                rf"with\s+(?P<name>{_NAMES})(?:\s*,)?\s+(?:(?:would|will|"
                r"is\s+due\s+to|was\s+due\s+to)\s+)?(?P<ends>end|expire|run\s+until)"), None),
    # "carried out by the Council's tree works contractor, Ridgeback Arboriculture Ltd, whose
    # contract runs to March 2029": the firm holding a role, named in apposition, whose
    # contract is said to run on or end
    (re.compile(r"\b(?i:contractor|provider|supplier|operator),\s+"
                rf"(?P<name>{_NAMES}),\s+whose\s+(?:[\w-]+\s+){{0,2}}?[Cc]ontract\s+"
                r"(?P<ends>runs?\s+(?:to|until)|ends?|expires?)\b"), None),
    # "Three providers under the current contracts, including Cressway Domiciliary Care Ltd,
    # did not tender": a firm named among those holding the contracts in place holds one
    (re.compile(r"\b(?i:providers?|contractors?|suppliers?|operators?)\s+(?i:under|holding|on)\s+"
                r"(?i:the\s+)?(?i:current|existing)\s+(?:[\w-]+\s+){0,2}?[Cc]ontracts?,?\s+"
                rf"(?i:including|such\s+as|namely)\s+(?P<name>{_NAMES})"), None),
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
                r"will\s+be|be)\s+(?:(?i:re-?)?awarded|let)\s+to\s+"
                rf"(?P<name>{_NAMES})"), "new"),
    # "the contract had been let under delegated authority to Carevale Homecare Ltd", "the
    # contracts were awarded following a mini-competition to ...": the verb after the contract,
    # how it was let between it and the firm
    # (the spaces after "following" and the like read once, as "contract for" above: 1,000
    # of them took half a second)
    (re.compile(r"\b[Cc]ontracts?\s+(?:(?:had|has|have|was|were|is|are|will|would)\s+)?"
                r"(?:been\s+|be\s+)?(?:(?i:re-?)?awarded|let)\s+"
                rf"(?:(?:under|through|via|following|after|by){_LAST_SPACES}\s+[^.;]{{3}}"
                r"(?:[^.;]{0,57}?(?<!\s))??\s++)?"
                rf"to\s+(?P<name>{_NAMES})"), "new"),
    # "award the contract for grounds maintenance to Green Ltd", "was awarded to Kier"
    # (the service may be long: "for the bulk haulage of residual waste from the three transfer
    # stations to the energy recovery facility to Penhallow Freight Ltd")
    # ("award the dredging contract 2026-2029 to ...", "award a call-off contract under the
    # Regional Framework (Lot 2) to ...": its years, or the framework it is let under, between)
    # (the rules it is let under may be an aside between commas, as long as what is let: "award
    # the repair contract, under Regulation 33 of the Public Contracts (Scotland) Regulations
    # 2015 (negotiated procedure without prior publication, extreme urgency), to ...")
    # ("award of a seven year operating lease for eight refuse collection vehicles to ...": a
    # lease of goods is a contract of its own name)
    # ("the engineering, procurement and construction contract": the words naming its kind a
    # list, each word's comma before its spaces)
    # (the spaces after "for" or "under" read once, as "contract for" above: "award the
    # contract for" and 1,000 spaces took 4.5 s)
    (re.compile(r"\b(?i:awarded|awards?|awarding|let|letting)\s+(?i:of\s+)?(?:(?:(?:the|a|an|this)\s+)?"
                r"(?:new\s+)?(?:[\w-]+,?\s+){0,6}?(?:[Cc]ontracts?|(?i:operating|finance)\s+leases?)"
                rf"(?:\s+(?:(?:for{_LAST_SPACES}\s+(?P<service>[^.;]{{3}}(?:[^.;]{{0,"
                rf"{AWARDED_SERVICE_CHARS - 3}}}?(?<!\s))??)"
                rf"|(?i:under){_LAST_SPACES}\s+[^.;]{{3}}(?:[^.;]{{0,97}}?(?<!\s))??"
                r"|(?:19|20)\d\d\s*[-–/]\s*\d{2,4})"
                rf"\s++)?|,\s*(?i:under){_LAST_SPACES}\s+[^.;]{{3,{AWARDED_SERVICE_CHARS}}}?,\s*))?"
                rf"to\s+(?P<name>{_NAMES})"), "new"),
    # "awards the concession contract to operate the cafe at Ashcombe Country Park to
    # Bramblewick Kitchen Ltd": what is let said as its purpose, a verb of running a service
    # and its object, before the firm it is let to (the object read word by word: each word's
    # spaces before it, so a run of spaces is crossed one way only)
    (re.compile(r"\b(?i:awarded|awards?|awarding|let|letting)\s+(?i:of\s+)?(?:(?i:the|a|an|this)"
                r"\s+)?(?:[\w-]+\s+){0,6}?[Cc]ontracts?\s+to\s+(?P<service>(?i:operate|run|"
                r"provide|deliver|manage|supply|maintain|carry\s+out|undertake)"
                rf"(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+to\s+(?P<name>{_NAMES})"), "new"),
    # "That the tender of Wrekin Roofing Ltd in the sum of £48,300 be accepted": a bid the
    # sentence accepts is the contract let ("the quotation of £640 from Safeplay Ltd for the
    # repair be accepted": its sum may come before the bidder). A quotation accepted is a
    # contract only with its price (see ``Draft.priced_only``). The clause reads on past a
    # sum's pence ("of £1,185.00, including delivery, be accepted").
    (re.compile(rf"\b(?i:tender|(?P<quote>quotation|quote)|bid)\s+(?:(?i:of)\s+{_SUM}\s+)?"
                rf"(?i:of|from|submitted\s+by)\s+(?P<name>{_NAMES})"
                rf"(?={_IN_CLAUSE}*\b(?i:be|is|was|been)\s+(?i:accepted|approved)\b)"),
     "new"),
    # "Repair of the noticeboard: quotation of Pettifer Joinery, £365.00, accepted on 19th
    # May" (a clerk's report of quotations accepted under delegated powers), "the tender from
    # Alder Fencing Ltd (£2,140) accepted by the Town Clerk": the participle after the bid
    # and its sum
    (re.compile(rf"\b(?i:tender|(?P<quote>quotation|quote)|bid)\s+(?i:of|from|submitted\s+by)\s+"
                rf"(?P<name>{_NAMES})(?P<accepts>(?=\s*[,(]\s*{_SUM}\s*\)?\s*,?\s+"
                r"(?i:accepted|approved)\b))"), "new"),
    # "It was RESOLVED to accept the quotation from Brett Valley Surfacing Ltd of £8,640",
    # "the Committee accepts the tender submitted by Mason Roofing Ltd"
    (re.compile(r"\b(?P<accepts>(?i:accept(?:s|ed|ing)?))\s+(?i:the\s+)?(?i:lowest\s+)?"
                r"(?i:tender|(?P<quote>quotation|quote)|bid)\s+"
                rf"(?:(?i:of)\s+{_SUM}\s+)?(?i:of|from|submitted\s+by|received\s+from)\s+"
                rf"(?P<name>{_NAMES})"), "new"),
    # ... in Welsh: "Penderfynwyd derbyn dyfynbris Contractwyr Amaeth Pennant am £2,940",
    # "Bod y Cyngor yn derbyn dyfynbris ..." ("to accept the quotation of ...")
    (re.compile(r"\b(?P<accepts>(?i:derbyn))\s+(?P<quote>(?i:dyfynbris))\s+"
                rf"(?P<name>{_NAMES})"), "new"),
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
                r"(?:(?i:of|under)\s+(?:(?i:the|a|an)\s+)?(?:[\w'’-]+\s+){0,8}?"
                r"(?i:dynamic\s+purchasing\s+system|framework(?:\s+agreement)?)\s+)?)"
                rf"to\s+(?P<name>{_NAMES})"), "new"),
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
                rf"(?P<name>{_NAMES})"), "new"),
    # "KCC has secured a new two-year textiles and shoe recycling contract with SAIT Recycling"
    (re.compile(r"\b(?i:secured|signed|awarded|entered\s+into|let|agreed)\s+(?i:a|an|the)\s+"
                rf"(?:new\s+)?(?P<service>[^.;]{{3,80}}?)\s+[Cc]ontracts?\s+with\s+(?P<name>{_NAMES})"),
     "new"),
    # "approves the appointment of Steelrail Engineering Ltd as the preferred bidder for the
    # tram maintenance contract"
    (re.compile(rf"\b(?i:appoint(?:ment\s+of|s|ed)?)\s+(?P<name>{_NAMES})\s+as\s+(?:the\s+)?"
                r"(?i:preferred\s+(?:bidder|supplier|contractor|provider)|(?:successful\s+)?"
                r"(?:supplier|contractor|provider))(?:\s+for\s+(?:the\s+)?"
                r"(?P<service>[^.;,]{3,80}?)\s+[Cc]ontract)?"), "new"),
    # "had, under the delegation, appointed Cairnhill Actuarial and Governance LLP for three
    # years": a firm appointed, in a sentence about a contract or tender, is the one let to.
    # Only a name with a legal form: people and councils are appointed too.
    (re.compile(r"\b(?i:appoint(?:ed|s|ing)?|appointment\s+of)\s+"
                rf"(?P<name>{_NAMES}){_LEGAL_END}"), "new"),
    # "the Board enters the Association of Drainage Authorities' framework for electricity
    # supply with Fenpower Energy Ltd": to enter a framework or an agreement with a firm is to
    # contract with it. Only a name with a legal form: a council enters agreements with its
    # partners too.
    (re.compile(r"\b(?i:enter(?:s|ed|ing)?)\s+(?i:into\s+)?(?i:the|a|an)\s+[^.;]{0,80}?"
                r"\b(?i:framework|agreement|contract|arrangement)s?\s+"
                r"(?:(?i:for)\s+(?P<service>[^.;]{3,80}?)\s+)?(?i:with)\s+"
                rf"(?P<name>{_NAMES}){_LEGAL_END}"), "new"),
    # "To call off from the South East Temporary Accommodation Framework a two-year block
    # booking of 18 units with Harrowden Living Ltd": the firm a call-off is placed with holds
    # the contract it makes. Only a name with a legal form, within the call-off's clause.
    (re.compile(r"\b(?i:call(?:s|ed|ing)?[\s-]+off)\b" + _LEGAL_AHEAD
                + rf"[^.;]{{0,{CALL_OFF_CHARS}}}?\b(?i:with)\s+(?P<name>{_NAMES}){_LEGAL_END}"),
     "new"),
    # "had approved the purchase of two replacement gritting vehicles from Kersey Fleet
    # Solutions Ltd", "To block-book 24 units of ... from X Ltd": what is bought, and the firm
    # supplying it (a legal form, as the cue). The first "from" names the seller: a firm
    # after a later one sold nothing ("the purchase of 3 Mill Lane from Mr and Mrs Hart ...
    # with advice from X LLP")
    (re.compile(rf"\b(?i:{BOUGHT})\s+(?P<service>\S(?:(?!\bfrom\s)[^.;]){{2,"
                rf"{PURCHASED_CHARS}}}?)\s+from\s+(?P<name>{_NAMES}){_LEGAL_END}"), "new"),
    # "to extend the existing cleaning contract with Brite Ltd until 31 March 2026"
    # (each run of spaces read once: what fails after all its spaces fails after any of them,
    # and the service ends on a word, not inside the spaces before "contract")
    (re.compile(r"\b(?i:extend|extension\s+(?:of|to))\s++(?i:the\s++)?(?i:existing\s++|current\s++)?"
                r"(?P<service>(?:[^.;]{0,59}?[^.;\s])??)\s*+[Cc]ontracts?\s+with\s+"
                rf"(?P<name>{_NAMES})"),
     "new"),
    # "approves the extension of the contract for the removal and conveyance of the deceased
    # with Ashworth Funeral Services for twelve months": what the contract is for named
    # between it and its firm (the service opens on a word: spaces are the "for"'s own);
    # "for a further 12 months with X" names how long, no service
    (re.compile(r"\b(?i:extend|extension\s+(?:of|to))\s+(?i:the\s+)?(?i:existing\s+|current\s+)?"
                rf"[Cc]ontracts?\s+for\s+(?:{EXTENDED_FOR}|(?P<service>\S[^.;]{{2,80}}?))\s+with\s+"
                rf"(?P<name>{_NAMES})"),
     "new"),
)  # fmt: skip
# How long what a council provides under an agreement may be, before the body it serves.
SERVED_CHARS = 160
# Prose that names a contract's provider in the plainest words. The name after these must look
# like an organisation (see ``organisation``): "the contract with the Strategic Efficiency
# Partner", "the contract with KFRS" (a customer as often as a supplier) are not rows.
PROSE_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    # "the grounds maintenance contract with Green Ltd", "a contract with Sunrise Care Trust";
    # not the verb ("the LATCo will contract with ...").
    (re.compile(r"\b(?i:the|a|an|this|its|our|their)\s+(?P<service>(?:[\w&/-]+\s+){0,5}?)"
                r"(?<!\bwill\s)(?<!\bto\s)(?<!\bshall\s)(?<!\bmay\s)(?<!\bwould\s)"
                rf"[Cc]ontracts?\s+with\s+(?P<name>{_NAMES})"), None),
    # "The vehicles are currently leased from Carrick Vehicle Leasing Ltd under a contract that
    # ends on 31 May 2027", "The Council's insurances are placed with X under a long term
    # agreement which expires on ...": goods leased, or a policy placed, from a firm under a
    # contract said to end is the contract in place (what is leased or placed named before).
    # Only a name with a legal form: a council leases its land to and from its partners too.
    # (only insurance is "placed": a treasury deposit "placed with Lloyds Bank plc under a 95
    # day notice agreement which ends in June" is the council's money lent, no contract let)
    # ("The present system is supplied by Datarowe Systems Ltd under a licence that expires
    # on ...": what is supplied under a licence is bought under it, as goods leased are)
    (re.compile(r"\b(?:(?i:leased|hired)\s+(?i:from)|(?i:insured)\s+(?i:with)|"
                r"(?i:supplied|licensed)\s+(?i:by)|"
                r"(?i:insurances?|cover|polic(?:y|ies)|risks?)\s+(?:(?i:is|are)\s+)?"
                r"(?:(?i:currently|now)\s+)?(?i:placed)\s+(?i:with))\s+"
                rf"(?P<name>{_NAMES}){_LEGAL_END}\s+(?i:under)\s+(?:(?i:a|an|the|its)\s+)?"
                rf"(?:{_BOUGHT_LICENCE_WORD}\s+){{0,3}}?(?i:contract|agreement|lease|licen[cs]e)\s+"
                r"(?:(?i:which|that)\s+(?:(?i:is\s+due\s+to|will)\s+)?)?"
                r"(?i:ends?|ending|expires?|expiring|runs?\s+until|running\s+until)\b"), None),
    # "approves a sleeving agreement with Cobalt Energy Supply Ltd": an agreement with a firm
    # (a name with a legal form: a council agrees with its partners too)
    # (an agreement named by the statute's section it is made under, "the Section 106
    # agreement with Barratt Homes Ltd", is a planning obligation or a partnership of public
    # bodies, no contract let)
    (re.compile(r"\b(?i:the|a|an|this|its|our|their)\s+"
                r"(?!(?:[\w&/-]+\s+){0,4}?(?i:section|s\.?)\s?\d)(?P<service>(?:[\w&/-]+\s+){0,5}?)"
                rf"[Aa]greements?\s+with\s+(?P<name>{_NAMES}){_LEGAL_END}"), None),
    # "is provided by Brightwell Care Ltd under a contract", "delivered by X under contract"
    (re.compile(r"(?:^(?:\d{1,3}(?:\.\d+)*\.?\s+)?(?P<service>[A-Z][^,;]{2,80}?)\s+"
                r"(?:is|are|will\s+be|has\s+been|have\s+been)"
                r"\s+(?:currently\s+)?)?\b(?i:provided|delivered|supplied|run|operated|carried\s+out|"
                # "Investigations are carried out by X under a call-off contract": the work done
                # ("are supplied and maintained by X under a contract that ends ...": two
                # verbs of one service)
                r"undertaken|performed)(?:\s+and\s+(?i:maintained|serviced|managed|supported))?"
                # ("It has been provided since 2021 by X Ltd under a contract that was due to
                # run to ...": since when, a year and the words of its date, before the firm)
                r"(?:\s+(?i:since|from)(?:\s+\w+){0,2}?\s+(?:19|20)\d\d)?"
                r"\s+by\s+"
                rf"(?P<name>{_NAMES})\s+(?i:under)\s+(?:(?i:a|an|the|its|their)\s+)?"
                r"(?:[\w-]+\s+){0,3}?[Cc]ontract\b"), None),
    # "the annual report of Tidemark Leisure Ltd, which operates the Council's four leisure
    # centres under a contract running to 2031": a firm running a service for the council
    # under a contract holds it (only a name with a legal form, as the passive's)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME}){_LEGAL_END},\s+which\s+(?i:operates|runs|"
                r"provides|manages|delivers|maintains)"
                rf"(?P<service>(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+(?i:under)\s+"
                r"(?:(?i:a|an|the|its)\s+)?(?:[\w-]+\s+){0,3}?[Cc]ontract\b"
                rf"{_NOT_WITH_ANOTHER}"), None),
    # "The present contractor, Tillbrook Grounds Services Ltd, has held the contract since 2019
    # and it ends on 31 March 2027": the firm holding a contract holds the one in place (only
    # a firm's name, as the other verbs of holding read: a person holds a post, no contract)
    # (the verb looked for before the name's end, as the auditor's below) (the contract the
    # thing held, no noun after it: a council's "Legal Services have held the contract
    # documents" keep its papers)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME})(?=,?\s+(?i:has|have|had|held|run)\s)"
                rf"{_FIRM_END},?\s+(?:(?i:has|have|had)\s+)?"
                r"(?i:held|had|run)\s+(?i:the|this|its|their)\s+(?:[\w-]+\s+){0,3}?"
                rf"[Cc]ontracts?\b{_NO_NOUN_AFTER}"), None),
    # "AGREED that Tregothnan Harbour Homes Ltd be appointed as development partner ... under
    # a development agreement", "the supply of ... be awarded to Northcote Municipal Vehicles
    # Ltd at a cost of": the passive of an appointment or an award, in a sentence about a
    # contract (the cue). Only a name with a legal form, as the active appointment's.
    # (one name, not a list: a list read from every capitalised word of a long run of them
    # is slow, and firms appointed together are named after the verb)
    # The passive appointment lets a contract only with its price, as an accepted quotation
    # does (``Draft.priced_only``, the empty group ``priced``): unpriced it is as often a
    # recommendation to another body that a firm take a role "subject to the development
    # agreement", which is still to be made.
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME}){_LEGAL_END}\s+(?i:be|is|was|were|are|"
                r"has\s+been|have\s+been|had\s+been)\s+(?i:re-?)?appointed\b(?P<priced>)"),
     "new"),
    # "RESOLVED that Ledgerwise Audit Services be appointed as internal auditor for 2027/28
    # at a fee of £1,150 a year": a firm (a name ending in a legal form or a firm's word) given
    # a role firms hold under contract, for its price. A person may be a parish's internal
    # auditor too: "Mrs G Halsey" ends in no firm's word.
    # (the verb looked for before the name's end: each of a name's ends tried against every
    # firm's word was slow on a long run of capitalised words)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME})(?=\s+(?i:be|is|was|were|are|has|have|had)\s)"
                rf"{_FIRM_END}\s+(?i:be|is|was|were|are|"
                rf"has\s+been|have\s+been|had\s+been)\s+(?i:re-?)?appointed\s+as\s+{_HIRED_ROLE}"
                r"(?P<priced>)"), "new"),
    (re.compile(r"\b(?i:be|is|was|were|are|been)\s+(?i:re-?)?awarded\s+to\s+"
                rf"(?P<name>{_NAMES}){_LEGAL_END}"), "new"),
    # "a service agreement under which the Council provides housing management ... services
    # to Thornbury Vale Housing Company Ltd": the agreement is with the body the council
    # serves under it (its other party, as "the contract with X" reads one whichever way the
    # service runs). Only a name with a legal form.
    (re.compile(r"\b(?i:agreements?|contracts?)\s+under\s+which\s+(?:[\w'’-]+\s+){1,4}?"
                r"(?i:provides?|supplies|supply|delivers?)\s+"
                rf"\S[^.;]{{0,{SERVED_CHARS}}}?\s+to\s+(?P<name>{_NAMES}){_LEGAL_END}"), None),
    # "Extending the existing arrangement with Peakview Elevators Ltd: rejected, as the
    # contract has reached its maximum term": the firm holding the service now, by whatever
    # word the paper calls its contract, in a sentence that says "contract" (the cue). Only
    # "existing" or "current": "an arrangement with the NHS" may be no contract at all.
    (re.compile(r"\b(?i:the|its|our|their)\s+(?i:existing|current|present)\s+"
                r"(?P<service>(?:[\w&/-]+\s+){0,3}?)(?i:arrangements?|agreements?)\s+with\s+"
                rf"(?P<name>{_NAMES})"), None),
)  # fmt: skip
# An organisation: a legal form or an organisation word, or names in capitalised words. A bare
# acronym ("KFRS") is as often a partner or a customer as a supplier, so it is not enough here.
ORGANISATION_WORD = re.compile(
    r"\b(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc|Council|Trust|Foundation|Group|Partnership|"
    r"Association|Society|Charity|University|College|NHS|Services|Solutions|Consulting|"
    r"Consultants|Company|Corporation|Enterprises|Systems|Technologies|Software|Healthcare|"
    r"Care|Housing|Recycling|Construction|Engineering)\b\.?"
)
NOT_ORGANISATION = re.compile(
    r"\b(?:Director|Officer|Member|Members|Cabinet|Committee|Department|Directorate|Programme|"
    r"Project|Policy|Strategy|Plan|Report|Team|Partner|Head|Manager|Leader|Board|Panel|Act|"
    r"Sector|Sectors|Providers|Organisations|Schools|Government|Ministry|Secretary|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def organisation(name: str) -> bool:
    """Whether a name read from prose names an organisation that can hold a contract."""
    if NOT_ORGANISATION.search(name) and not ORGANISATION_WORD.search(name):
        return False
    if ORGANISATION_WORD.search(name):
        return True
    return not re.fullmatch(r"[A-Z0-9&]{2,8}", name)  # "Veolia", "Kier Group": yes; "KFRS": no


# How many words may name a mandate a manager is appointed to manage ("the Fund's multi-asset
# credit mandate").
MANDATE_WORDS = 6
# How long an aside after "the contract sum," may be, closed by its comma before the verb.
ASIDE_CHARS = 60
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
    r"(?:contract|total|annual)\s+value(?:\s+(?:of|is|was|will\s+be)\b)?|"
    # ("The contract price is £780,000 per annum": the price let, as its value)
    # (not across a list's next item, a noun of its own after a comma: "covers the contract
    # sum, a contingency of £130,000 and fees of £87,385" prices the contingency; an aside
    # naming the sum, "the contract value, a total of £3.9m", still reads; so does an aside
    # closed by its own comma before the verb, "the contract sum, the lowest of the three
    # tenders, is £845,000": a list's next item runs on to its own sum, no comma between)
    r"(?:contract\s+(?:value|price|sum)|value\s+of\s+the\s+contract)\b"
    rf"(?:,\s*(?:a|an|the)\s+[^,.;£]{{1,{ASIDE_CHARS}}},|"
    r"(?!,\s*(?:a|an|the)\s+(?!(?:total|overall|estimated|maximum|whole)\b))[^.;£]){0,60}?"
    r"\b(?:is|was|of|at|be)\s+|"
    # "at a cost of", "at a tender sum of", "at a contract price of"
    # "at a tendered sum of"
    # ("at an estimated total cost of": a hedge and a scope together)
    # ("at a premium of £612,000": an insurance contract's price is its premium)
    # (a scanned paper's text layer may read its "m" as "rn": "at an estirnated cost of")
    # ("at an annual charge of £212,000": what a service agreement charges, its price)
    # ("at a fixed fee of £146,250": a price fixed is the one let)
    r"at\s+an?\s+(?:(?:total|annual|esti(?:m|rn)ated|fixed)\s+){0,2}"
    r"(?:(?:tender(?:ed)?|contract)\s+)?"
    r"(?:cost|sum|price|premium|charge|fee)\s+of|"
    # "appoints X ... for a contract sum of £4,218,566": the sum let, named as such
    r"for\s+an?\s+(?:total\s+)?(?:tender(?:ed)?|contract)\s+(?:sum|price)\s+of|"
    # "awards ... at a value of £450,000", "at a maximum value of £4,260,000" (a ceiling, as
    # "up to" is read); an extension's "estimated value" is not the contract's own
    r"at\s+a\s+(?:(?:total|annual|maximum)\s+){0,2}value\s+of|"
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
SERVICE_IN_SENTENCE = re.compile(
    r"\b(?:renew|renewal\s+of|award|extend|extension\s+of|procure|let|re-?procure)\s+(?:the\s+)?"
    r"(?P<service>(?:[A-Z][\w&'-]*\s+){0,5}(?:Contract|Agreement|Framework))s?\b"
)
NEW_CUE = re.compile(r"\b(?:renew|renewal|new|award|re-?procure|extend)", re.I)
CURRENT_CUE = re.compile(r"\b(?:current|existing|incumbent)\b", re.I)
TERM_IN_SENTENCE = re.compile(
    r"\bfor\s+(?:a|an\s+initial)\s+(?:period|term)\s+of\s+[^.;,]{1,20}?\b(?:years?|months?)\b|"
    r"\bterm\s+(?:is|of|will\s+be)\s+[^.;,]{1,20}?\b(?:years?|months?)\b|"
    r"\bfor\s+(?:a\s+further\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:years?|months?)\b(?!\s+(?:from|to|until|ago))|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?\s+"
    r"(?:(?!(?:and|or)\s+(?:the|a|an|this|that)\b)\w+\s+){0,4}?contract\b|\b\d+[\s-]years?\s+(?:contract\s+)?term\b",
    re.I,
)
END_IN_SENTENCE = re.compile(r"\b(?:until|expir(?:es|ing)\s+on|ends?\s+on|ending\s+on)\s+", re.I)
START_IN_SENTENCE = re.compile(
    r"\b(?:commencing|starting|start\s+date\s+of|from|started|commenced|began)\s+(?:on\s+)?",
    re.I,
)
MONTH_YEAR = re.compile(
    r"^(?:in\s+|by\s+)?((?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:19|20)\d\d)\b"
)


# (Never opening inside a run of spaces or tabs, as NAME_SPLIT.)
_LINE_BREAK = re.compile(r"(?:(?<![ \t])|(?![ \t]))[ \t]*\n[ \t]*")
# A part of an award named by its number: "Lot 2", "Part A", "Package 3", what it covers
# bracketed after it ("Lot 1 (inner harbour)").
_PART_MARK = r"(?:Lot|Part|Package|Section)\s+[A-Z0-9]{1,3}\b"
_PART = rf"{_PART_MARK}(?:\s*\([^()]{{3,80}}\))?"
# A sentence's end: a stop and the spaces after it, before a capital, a figure or a bullet.
# "cremator no. 2": a number's abbreviation before its figure ends no sentence (nor a price's
# "(excl. VAT)"), and a semicolon
# before the next part of an award, let to its firm ("Lot 1 to Acme Ltd (£120,000); Lot 2 to
# Beta plc ...") ends none: the parts are one award's list, read together by
# ``award_parts._award_parts``. A report's own parts ("; Part 2 of the report sets out the
# tenders") are not an award's: there a semicolon still ends the sentence. (Written from its
# first space, the stop looked back for after it, so that the engine skips to the spaces.)
_SENTENCE_BREAK = re.compile(rf"\s(?:(?<=[.!?]\s)|(?<=;\s)(?!\s*{_PART}\s+to\b))"
                             r"(?<!\b[Nn]o\.\s)(?<!\b[Ee]xcl\.\s)(?<!\b[Ii]ncl\.\s)"
                             r"\s*(?=[A-Z(\d•-])")


def sentences(text: str) -> list[str]:
    """Sentences of running text; line breaks inside a paragraph are spaces."""
    flat = _LINE_BREAK.sub(" ", text) if "\n" in text else text
    return [s.strip() for s in _SENTENCE_BREAK.split(flat) if s.strip()]


# "That Northbank Trust Company Ltd be appointed as ...": the recommendation's opening word,
# read as a capitalised word of the name after it, is none of it.
RECOMMENDING_THAT = re.compile(r"^That\s+(?=[A-Z])")


def name_of(raw: str) -> str | None:
    name = re.sub(r"(?:\s+(?:and|of|&))+$", "", raw.strip(" ,.")).strip()
    name = RECOMMENDING_THAT.sub("", name)
    name = AREA_AFTER.sub("", name)  # the area a listed firm holds is no part of its name
    if (not name or NOT_PARTY.match(name) or DATE_NAME.match(name)
            or len(name.split()) > MAX_PARTY_WORDS):
        return None
    return name


YEARS_ONLY = re.compile(r"(?:(?:financial|municipal|the)\s+)*(?:years?\s+)?(?:19|20)\d\d"
                        r"(?:\s*[-–/]\s*(?:19|20)?\d\d)?", re.I)
# A service is a thing let, never a phrase saying when or how it was let: "the contract was
# awarded in 2022 to X", "... awarded following a mini-competition to X", "... under the
# framework to X" (the passive award's words before "to" are no service).
ADVERBIAL = re.compile(r"^(?:following|after|before|in|during|since|by|under|via|through|"
                       r"on|upon|at|with|without|as|from)(?=\s)", re.I)
_LOWER_WORDS = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s*")


def _service(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = re.sub(r"^(?:the\s+)?(?:recent|current|existing|new)\s+", "", raw.strip(), flags=re.I)
    raw = re.sub(
        r"^(?:the\s+)?(?:provision|supply|delivery)\s+of\s+(?:the\s+)?", "", raw, flags=re.I
    )
    # ("award the contract to X": a service named only "contract" names none)
    raw = re.sub(r"(?:^|\s+)contracts?$", "", raw, flags=re.I).strip()
    # "a 10-year contract": the term is not the service.
    raw = re.sub(
        r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?\b\s*",
        "",
        raw,
        flags=re.I,
    ).strip()
    # "the insurance contract for 2025/26": the years it runs are not the service
    if YEARS_ONLY.fullmatch(raw) or ADVERBIAL.match(raw):
        return None
    # (one way only to split the words: "(?:[a-z][\w-]*\s*)*" backtracked exponentially on a
    # long phrase that then failed, and stalled a file)
    if _LOWER_WORDS.fullmatch(raw) and len(raw.split()) > MAX_SERVICE_WORDS:
        return None
    return raw or None


def _date_after(text: str) -> str | None:
    """The date that opens ``text`` ("31 March 2026", "March 2024"), at printed precision."""
    head = text[:DATE_HEAD_CHARS]
    m = MONTH_YEAR.match(head)
    d = find_date(head)
    if d and head.find(str(d.year)) < DATE_YEAR_WITHIN:
        return d.isoformat()
    if m:
        partial = parse_partial_date(m.group(1))
        return partial.iso() if partial else None
    return None


def _split_names(text: str) -> list[str]:
    """ "Alpha Ltd, Beta Ltd and Gamma plc" names three; "Hearth and Home Trust" names one: an
    "and" with no comma, where only the last part carries a legal form or organisation word,
    joins the words of one name."""
    head, *after = NAME_COMMA.split(text)
    if after and not any(ORGANISATION_WORD.search(p) or LIST_AND.search(p) for p in after):
        # a name, then after its comma words naming no organisation and closing no list: the
        # firm and where it is ("Brannock Construction Ltd, Greenock", "Smith & Sons Ltd,
        # Paisley"); "Alpha Ltd, Beta Ltd, Gamma plc" and "... Beta Ltd and Gamma plc" list
        return _split_names(head)
    parts = NAME_SPLIT.split(text)
    if len(parts) < 2 or "," in text:
        return parts
    only_last = ORGANISATION_WORD.search(parts[-1]) and not any(
        ORGANISATION_WORD.search(p) for p in parts[:-1]
    )
    return [text] if only_last else parts


# "award the contracts ... to the contractors shown in section 3, subject to the Cabinet
# confirming the budget": a name after "subject to" is whose consent the award waits on, not
# the party it lets to (an award's service may hold a "to": "from the transfer stations to ...",
# so the pattern reads past it to the next name).
CONDITION = re.compile(r"\b(?:subject|conditional|pending\s+approval)\s+to\s+$", re.I)


# "that a grant of £1,500 be awarded to Neuadd Goffa": what is awarded is named just before the
# verb, and a grant (funding, a bursary) is no contract, though the sentence runs on to a
# quotation or a tender; the award's own words must then say "contract".
GRANTED = re.compile(r"\b(?:grants?|funding|bursar(?:y|ies)|donations?|prizes?)\b[^.;]*$",
                     re.I)
GRANT_CHARS = 40
# A name read on into "contracts" names what the contracts are for, not who holds them.
# (Never opening inside a run of spaces, as NAME_SPLIT: a name never ends on a space.)
SERVICE_NOUN = re.compile(_OUTSIDE_SPACES + r"\s+contracts?\b")
# "award a contract for repairs to Kingsmead multi-storey car park to Caldecott Structural
# Repairs Ltd", "... to Abbey Road Car Park to ...": the first "to" reached a place the works
# are done to; the party is the name after a second "to", straight after the place or a few
# plain words on naming it still, which is a firm by its legal form. A word that joins
# another phrase ("to Hartwell for works to be handed over to X Ltd") ends the place: the
# first name was the party.
_JOINS_PHRASE = r"(?:to|for|with|by|at|from|under|subject|and|or|be|being|is|are|will)\b"
PLACE_THEN_PARTY = re.compile(
    rf"\s{{1,3}}(?:(?!{_JOINS_PHRASE})[a-z][\w'-]*\s{{1,3}}){{0,6}}?to\s{{1,3}}(?P<name>{_NAME})")


# "awards the contract for the design of the stations to RIBA stage 4": the stage, level or
# grade a work is done to follows its scale's name, which is then no party (in capitals the
# name reads the stage in: "to RIBA Stage 4").
# (the spaces counted: a run of them read from each of its characters took seconds)
SCALE_STEP = r"(?i:stage|level|grade|phase)\s{1,3}(?:\d|[IVX]+\b)"
SCALE_AFTER = re.compile(rf"\s{{1,3}}{SCALE_STEP}")
SCALE_IN_NAME = re.compile(rf"\b{SCALE_STEP}")


def _scale(sentence: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` read is a scale's, a stage of it after or in it. A name ending
    in a legal form is a firm's, whatever its words ("Level 7 Consulting Ltd")."""
    if m["name"].rstrip().endswith(LEGAL_FORMS):
        return False
    return bool(SCALE_AFTER.match(sentence, m.end("name")) or SCALE_IN_NAME.search(m["name"]))


def _provider_drafts(sentence: str, page: int | None) -> tuple[list[Draft], int]:
    """Rows for the providers a sentence names, and how many phrases named them. A name the
    specific patterns read is not read again by the plain ones (one phrase, one count)."""
    out: list[Draft] = []
    phrases = 0
    named: set[int] = set()  # where names start in the sentence
    patterns = [(p, s, False) for p, s in PROVIDER_PATTERNS]
    patterns += [(p, s, True) for p, s in PROSE_PATTERNS]
    for pattern, status, plain in patterns:
        for m in pattern.finditer(sentence):
            if plain and m.start("name") in named:
                continue
            if CONDITION.search(sentence, 0, m.start("name")):
                continue  # "... subject to Brentmoor Council's Cabinet confirming": no party
            if SERVICE_NOUN.match(sentence, m.end("name")):
                continue  # "the award of the Home to School Transport contracts to ...": no party
            if _scale(sentence, m):
                continue  # "... the design of the two stations to RIBA stage 4": no party
            if (GRANTED.search(sentence, max(0, m.start() - GRANT_CHARS), m.start())
                    and not CONTRACT_WORD.search(m.group(0))):
                continue  # "a grant of £1,500 be awarded to Neuadd Goffa": no contract
            raws = _split_names(_past_label(sentence, m))
            found = [n for raw in raws if (n := name_of(raw))]
            found = _party_after_place(sentence, m, found)
            if plain and not (len(found) == len(raws) and all(map(organisation, found))):
                # A list whose first item is no provider ("KCC's Property Strategy,
                # Commissioning & Client function") is not a list of providers.
                found = []
            named.add(m.start("name"))
            out.extend(_provider_draft(sentence, page, m, name, status) for name in found)
            phrases += bool(found)
    return out, phrases


# A label cell's words and its colon, then the name after it: "be awarded to Decision Made:
# Saltmarsh Minerals Ltd for three years" (a two-column block's label, centred beside a
# value that wraps, printed on the value's line).
# (the label's words in small letters, "Decision taken:", are no part of the name read)
LABEL_THEN_NAME = re.compile(rf"{_OUTSIDE_SPACES}(?P<rest>(?:\s+[a-z]+){{0,3}}):\s+"
                             rf"(?P<name>{_NAMES})")
# The label cells of a decision sheet or an officer's record, whole: what such a form calls its
# fields, never a firm ("awarded to Harbour Builders: Tregarth Marine Ltd came second" names
# the winner before its colon, though it has no legal form).
FORM_LABEL = re.compile(r"(?:Details\s+of\s+(?:the\s+)?)?Decisions?(?:\s+(?:made|taken))?|"
                        r"Reasons?(?:\s+for\s+(?:the\s+)?decisions?)?|Outcome|"
                        r"Recommendations?|Resolved", re.I)


def _past_label(sentence: str, m: re.Match[str]) -> str:
    """The name a pattern read, or the name after it where what it read is a form's label
    ("Decision Made:" read where the firm stands): a label, a colon, then a name with a legal
    form ("awarded to Kier Ltd: Lot 1" keeps its firm)."""
    read = m.group("name")
    after = LABEL_THEN_NAME.match(sentence, m.end("name"))
    if after is None or not FORM_LABEL.fullmatch(read.strip() + after["rest"]):
        return read
    return after["name"] if after["name"].endswith(LEGAL_FORMS) else read


def _party_after_place(sentence: str, m: re.Match[str], found: list[str]) -> list[str]:
    """The firm a second "to" names when the first named one place and no firm (see
    PLACE_THEN_PARTY)."""
    if len(found) != 1 or ORGANISATION_WORD.search(found[0]):
        return found
    later = PLACE_THEN_PARTY.match(sentence, m.end("name"))
    name = name_of(later["name"]) if later else None
    return [name] if name and name.endswith(LEGAL_FORMS) else found


def _provider_draft(
    sentence: str, page: int | None, m: re.Match[str], name: str, status: Status
) -> Draft:
    groups = m.groupdict()
    draft = Draft(
        page=page,
        provider=name,
        text=sentence,
        status=status,
        # Only the sentence's own words name the service: the document's title may be about
        # another contract than the one this sentence mentions.
        service=_service(groups.get("service")),
    )
    # "current" must qualify this contract, not another one earlier in the sentence.
    cue = (
        groups.get("which")
        if "which" in groups
        else sentence[max(0, m.start() - CUE_CHARS) : m.start() + 1]
    )
    if cue and CURRENT_CUE.search(cue):
        draft.status = draft.status or "current"
    draft.priced_only = bool(groups.get("quote")) or groups.get("priced") is not None
    if groups.get("accepts") is not None:  # the participle's lookahead is empty
        _price_accepted(draft, sentence[m.end():])
    if groups.get("ends"):
        draft.end_date = _date_after(re.sub(r"^\s*(?:in|on|by)?\s*", "", sentence[m.end() :]))
    return draft


# The sum of a bid a sentence accepts follows the bidder in the same clause ("to accept the
# quotation of X for grass cutting in the 2026 season at £3,950"), within this many characters.
ACCEPTED_SUM_CHARS = 100


# The figures of a sum that run on past a reach counted in characters.
SUM_RUNS_ON = re.compile(r"[\d,.]*(?:\s?(?:m|k|million)\b)?")


# The words a price is given by, just before its sum (a hedge or two between): "of £8,640",
# "at £3,950", "for an estimated £14.7m", "(£640)", "costing £1,200"; Welsh's "am £2,940"
# ("for", in small letters: a time's "10 am" is English's).
PRICE_BEFORE = re.compile(r"(?:\b(?:of|at|for|costing|totall?ing|priced|amounting\s+to|(?-i:am))|"
                          r"[(,:–-])"
                          r"\s+(?:[\w.]+\s+){0,2}?\W{0,2}$|\($", re.I)
# A sum that is not the bid's price: what it is met from, a limit it falls within, what it saves.
NOT_PRICE = re.compile(r"\b(?:budget|reserves?|funded|met\s+from|allocation|threshold|limit|"
                       r"below|above|exceed\w*|less\s+than|more\s+than|sav(?:es?|ings?|ing)|"
                       r"increase|reduction|compared)\b", re.I)

# "the £10,000 threshold": the word saying what a sum is may follow it, within this many
# characters.
NOT_PRICE_AFTER_CHARS = 20


def _price_accepted(draft: Draft, after: str) -> None:
    """The price of the bid a sentence accepts: the first sum after the bidder's name, in the
    clause that names it (not past a ";"), given as its price ("of", "at", "for" just before
    it), and not a threshold it falls below, a saving or a budget it is met from."""
    # (a sum that starts within the reach is read whole, not cut where the reach ends:
    # "£24,870" read as "£24")
    reach = SUM_RUNS_ON.match(after, min(ACCEPTED_SUM_CHARS, len(after)))
    clause = after[: reach.end() if reach else ACCEPTED_SUM_CHARS].split(";")[0]
    money = find_money(clause)
    if not money:
        return
    before = clause[: money[0].start]
    if PRICE_BEFORE.search(before) and not NOT_PRICE.search(before + clause[money[0].end:]
                                                              [:NOT_PRICE_AFTER_CHARS]):
        set_value(draft, money[0].text)


# A bid's sum ("the tender ... in the sum of £48,300") is a contract's value only in a sentence
# that accepts the bid.
BID_VALUE_CUE = re.compile(
    r"\b(?:in|for)\s+the\s+(?:sum|amount)\s+of\s*\W{0,2}$"
    # "the quotation from Festive Lighting Ltd of £6,800 be accepted": the sum after the bidder
    # ("the quotation of Safeplay Ltd for £1,240"), or before it ("the quotation of £640 from")
    r"|\b(?:quotation|quote|tender|bid)\s+(?:of|from)\s+[A-Z][^.;£]{1,60}?\s+(?:of|for|at)\s*"
    r"\W{0,2}$|\b(?:quotation|quote|tender|bid)\s+of\s*\W{0,2}$"
    # "award the contract for ... to Wynne Construction Ltd for £14.7m", "to Zurich Municipal
    # for an annual premium of £186k": the sum the award names after the one it awards to
    # ("to Scheldemond Dredging NV for a total of £2,946,000": the total it awards, unnamed)
    r"|\bto\s+[A-Z][^.;£]{1,80}?\s+(?:for|at)\s+(?:an?\s+(?:total\s+|annual\s+|estimated\s+)?"
    r"(?:cost|sum|price|premium|fee|value)\s+of\s+|an?\s+total\s+of\s+)?\W{0,2}$",
    re.I)
# How far an award's verb may be from the firm it lets to ("awarded the contract for ... to X"):
# a clause, not a whole paragraph printed without stops (each verb's search reads no further,
# so a long line of them is not read again from each).
AWARD_TO_CHARS = 200
ACCEPTED = re.compile(r"\b(?:be|is|was|been)\s+(?:accepted|approved)\b"
                      r"|\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:lowest\s+)?(?:quotation|quote|tender|bid)"
                      # "award the contract to X in the sum of £2.1m": the sum of what it awards
                      rf"|\b(?:award(?:s|ed|ing)?|let)\b[^.;£]{{0,{AWARD_TO_CHARS}}}?\bto\s+[A-Z]",
                      re.I)
# "contracts with a value of £250,000 or more need ...": a threshold, not a contract's value.
THRESHOLD_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:more|above|over|greater|less|below|under)\b",
                             re.I)
# An award's "estimated value" is the value of what it lets; an extension's is not the
# contract's own (see VALUE_CUE), so only a sentence that awards and extends nothing uses it.
# ("at a total estimated value of", "at an estimated total value of": the whole term's; "of up
# to £38.5m": a ceiling, as VALUE_CUE reads one)
ESTIMATED_VALUE_CUE = re.compile(r"\bat\s+an?\s+(?:total\s+)?estimated\s+(?:total\s+)?"
                                 r"value\s+of\s*(?:up\s+to\s+)?\W{0,2}$", re.I)
AWARDS = re.compile(r"\baward(?:s|ed|ing)?\b", re.I)
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


# "entering into a fifteen-year power purchase agreement with X for the supply of ... from 1
# April 2028, with an estimated value of £31.4 million over its term": the value of what a
# sentence naming its firm lets, said in a clause of its own after it (too far from the
# agreement for VALUE_CUE's reach).
# ... or "at a management fee payable by the Council of £4,150,000 over the term" (what the fee
# is for, and who pays it, between): the fee of an award to a firm the sentence names. Alone,
# "a leisure management contract ... at an estimated annual management fee of up to
# £1,400,000" is a procurement strategy's estimate, nothing let yet.
FEE_CUE = re.compile(r"\bat\s+an?\s+(?:(?:total|annual|estimated)\s+){0,2}(?:management|service)"
                     r"\s+fee\s+(?:payable\s+(?:by|to)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?of\s*"
                     r"\W{0,2}$", re.I)
WITH_VALUE_CUE = re.compile(r",\s+with\s+an?\s+(?:total\s+|estimated\s+){0,2}value\s+of\s*"
                            r"\W{0,2}$", re.I)


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


def _value_drafts(sentence: str, page: int | None, service: str | None,
                  alone: bool = True) -> list[Draft]:
    """Rows for the contract values a sentence gives; ``alone``: the sentence names no
    provider (a value it gives is a row of its own)."""
    out = []
    for money in find_money(sentence):
        if PER_UNIT_AFTER.match(sentence[money.end:]):
            continue
        if alone and WOULD_TAKE.search(sentence, _clause_start(sentence, money.start),
                                       money.start):
            continue
        # (the words that name the sum read through a scanned text layer's misreadings)
        before = legible(sentence[max(0, money.start - VALUE_CUE_CHARS) : money.start])
        bid = BID_VALUE_CUE.search(before) and ACCEPTED.search(sentence)
        over_term = PRICE_IS.search(before) and OVER_THE_TERM.match(sentence, money.end)
        if not (VALUE_CUE.search(before) or bid or over_term or _award_estimate(sentence, before)
                or (not alone and (ADDITIONAL_COST_CUE.search(before)
                                   or WITH_VALUE_CUE.search(before)
                                   or FEE_CUE.search(before)))):
            continue
        if THRESHOLD_AFTER.match(sentence[money.end:]) or NOT_OF_CONTRACT.search(sentence,
                                                                                 money.end):
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
BRACKETED_SUM = re.compile(_OUTSIDE_SPACES + r"\s*\((?=[^()]{0,80}£)[^()]{1,80}\)")


# ... or after a comma, as the rate's total: "£780,000 per annum, a total of £3,900,000 over the
# five year term"; or joined by "and", the total named as the contract's ("at an annual value
# of £4,630,000 and a total contract value of £32,410,000 over the full seven years").
# (never opening inside a run of spaces, as BRACKETED_SUM: a search from each of its spaces
# read the rest of the run)
TOTAL_AFTER = re.compile(rf"{_OUTSIDE_SPACES}(?:,|\s+and)\s+(?:a|an|giving\s+a|making\s+a)\s+"
                         rf"(?:total|overall)\s+(?:contract\s+)?(?:value\s+|cost\s+)?of\s+{_SUM}",
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


def _sentence_facts(draft: Draft, sentence: str) -> None:
    """Term, extension and dates a one-contract sentence gives."""
    m = TERM_IN_SENTENCE.search(sentence)
    if m and draft.term_years is None:
        draft.term_years = term_years(m.group(0))
    draft.extension_options = draft.extension_options or extension(sentence)
    period = re.search(r"\bfrom\s+(.{6,40}?\s+(?:to|until)\s+.{4,25}?(?:19|20)\d\d)\b", sentence)
    r = parse_date_range(period.group(1)) if period else None
    if r and r.start and draft.start_date is None:
        draft.start_date = r.start.iso()
    if r and r.end and draft.end_date is None:
        draft.end_date = r.end.iso()
    for cue, attr in ((END_IN_SENTENCE, "end_date"), (START_IN_SENTENCE, "start_date")):
        found = cue.search(sentence)
        if found and getattr(draft, attr) is None:
            setattr(draft, attr, _date_after(sentence[found.end() :]))


def _listed_drafts(sentence: str, page: int | None) -> list[Draft]:
    """Rows for a counted list of providers, when the list names as many organisations as the
    sentence counts (each item's leading capitalised words; "in Thanet" is not the name)."""
    m = LISTED.search(sentence)
    if not m:
        return []
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if i]
    names = [n.group(0).strip() for i in items if (n := re.match(_NAME, i.strip()))]
    count = m.group("count")
    wanted = int(count) if count.isdigit() else words_to_number(count.lower())
    if len(names) != len(items) or len(names) != wanted or not all(map(organisation, names)):
        return []
    service = _service(m.group("service"))
    return [Draft(page=page, provider=n, service=service, text=sentence) for n in names]


# An award of a tender's lots ("approves the award of Lot 1 (rock salt) to ..."): a sentence
# without a contract's word that lets its lots each to a bidder at a sum
# (``award_parts._award_parts``).
LOT_AWARD = re.compile(r"\baward(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?Lots?\s+[A-Z0-9]{1,3}\b",
                       re.I)
