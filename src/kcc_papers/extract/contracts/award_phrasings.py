"""Phrasings of a contract let that say no "contract" where CONTRACT_CUE looks for one
(held-out round 25): a procurement awarded by its kind and reference ("Awards RFT 2025/14
Kooringal Road Reconstruction to X Pty Ltd", "Award Bid No. 25-112 for janitorial services
to X, LLC", "awards the quotation for the removal of two trees to X Pty Ltd"), a firm
appointed for a fee ("That X Ltd be appointed to run the executive search ... for a fixed fee
of £27,500"), a call-off placed "from" a firm, and an agreement with a firm named by its role
in place ("the Enterprise Agreement with its current reseller, X Ltd, ends on ...").

AWARD_CUE is the cue of a sentence worth reading for them (as CONTRACT_CUE's, no lookaround
around its match); AWARD_PROVIDER_PATTERNS name the provider, read by ``provider_drafts``
with the other specific patterns. Every one needs a firm's legal form at the name's end (a
firm appointed for a fee a firm's word too, "Consultants", "Partnership": held-out round 38):
a council awards grants, prizes and places to people and groups too."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.concession_holders import RUN_UNDER_CONCESSION
from kcc_papers.extract.contracts.continuing_holders import CONTINUES_UNTIL_NEW
from kcc_papers.extract.contracts.contract_ends import ENDS_VERB
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.leases_held import LEASE_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.made_with import CALL_OFF_MADE_WITH, RENEWED_THROUGH
from kcc_papers.extract.contracts.names import (
    _NAME,
    _WORD_START,
    FIRM_WORDS,
    LEGAL_END,
    LEGAL_FORMS,
    NAMES,
)
from kcc_papers.extract.contracts.own_appointments import FIRM_BE_APPOINTED, OWN_BODY_APPOINTED

# A legal form that ends the name's last word ("Grand Inca" is no "Grand Inc"): these patterns
# end at the name, where no space after it stops a word being cut short.
_FORM_END = LEGAL_END + r"(?!\w)"
# What a procurement is called when it is awarded by its own name: a request for tenders,
# proposals or quotations ("RFT", "RFP", "RFQ"), an invitation to tender, a bid, a tender or
# a quotation. A contract is one only with its number ("Contract 25/031"): "award the
# contract for ... to X" is the older patterns' (``provider_patterns``).
_PROCUREMENT = r"(?:RFT|RFP|RFQ|ITT|(?i:tender|bid|quotation|quote))"
# Its reference: "2025/14", "No. 25-112", "25/031", "1147" (a token holding a figure).
_REFERENCE = r"(?:(?i:no\.?|number)\s*)?[A-Z0-9][\w/-]*\d[\w/-]*"
# How long the title or purpose of what is awarded may be, between it and the firm: a
# recommendation's clause ("Pavement Rehabilitation Project, CIP 25-04" or "for janitorial
# services at 23 County facilities"). It holds no "to": the first "to" after it names the
# party ("for the depot works to Hartwell for works to be handed over to X Ltd"). Nor does it
# hold "grant" or "funding" in lower case: "awards the bid for shopfront grant funding to X
# Ltd" gives a grant to an applicant's bid, no contract ("Grant Street" is a title's name).
AWARDED_TITLE_CHARS = 180
_TITLE = rf"(?:(?!\b(?:(?i:to)\s|grants?\b|funding\b))[^.;]){{3,{AWARDED_TITLE_CHARS}}}?"
# An award of a procurement named by its reference, or by its kind and what it is for, to a
# firm: "Awards RFT 2025/14 Kooringal Road Reconstruction - Stage 2 to Riverina Civil Pty
# Ltd", "awards Contract 25/031 Pukehina ... Renewal to Hydrotech Civil Limited", "awards the
# quotation for the removal of two river red gums ... to Murray Arborcare Pty Ltd". The
# reference or "for" is required: "award the bid scores to ..." lets nothing. The noun as the
# verb ("approve the award of the tender for the supply of six refuse collection vehicles to
# X Ltd at a cost of £1,926,000": held-out round 32) lets the same.
REFERENCED_AWARD = (
    r"\b(?i:award(?:s|ed|ing)?)\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?"
    rf"(?:{_PROCUREMENT}\s+(?:{_REFERENCE}\s+|(?i:for)\s+)|(?i:contract)\s+{_REFERENCE}\s+)"
    rf"(?P<service>{_TITLE})\s+(?i:to)\s+(?P<name>{NAMES}){_FORM_END}")
# How long what a direct award is for, or the route it is made under, may be before its firm.
DIRECT_AWARD_CHARS = 160
# "considered a direct award under Process C of the Provider Selection Regime to Hearfirst
# Audiology Ltd for two years at £1,240,000" (held-out round 25): a direct award is a contract
# let without competition (the NHS Provider Selection Regime's and the procurement rules'
# term), whether or not the sentence says "contract". The firm after the first "to" (what
# comes between holds none, nor "grant" or "funding", in any case: a scheme's name capitalises
# them, "Household Support Fund Grant"), with its legal form: a grant too may be "awarded" to a
# group.
DIRECT_AWARD_TO = (
    r"\b(?i:direct(?:ly)?\s+award(?:s|ed)?)"
    rf"(?:(?!\b(?i:to\s|grants?\b|funding\b))[^.;]){{0,{DIRECT_AWARD_CHARS}}}?"
    rf"\s(?i:to)\s+(?P<name>{NAMES}){_FORM_END}")
# A decision that takes an appointment up: "notes", "approves", "confirms" it, or a
# recommendation's "That the Committee approve" (not after "to" or "not": "declined to
# recommend the appointment of X Ltd", "did not approve the appointment", nor "rejected the
# proposed appointment" or "considered whether to recommend" it: no appointment was made).
_TAKEN_UP = (r"(?<!\bto\s)(?<!\bnot\s)\b(?i:(?:note|approve|confirm|endorse|ratif(?:y|ie)|"
             r"recommend|agree)(?:s|d|ed)?)")
# How far after "appointed" the fee that prices it may come (what the firm is to do between).
APPOINTED_FEE_CHARS = 160
# A firm appointed to do a piece of work for a fee: "That Penrose Carver Associates Ltd be
# appointed to run the executive search for the post of ... for a fixed fee of £27,500" (a
# firm engaged for a sum holds a contract; a person "appointed" to a post is paid a salary,
# and has no legal form). A name ending in a word only a firm's name ends in (FIRM_WORDS:
# "Fenwick Hale Consultants was appointed as principal designer ... for a fee of £48,000",
# held-out round 38) names a firm as surely: a person's name ends in no "Consultants" or
# "Partnership".
# ("Services" is no such word here: a council's own department is "Legal Services" or
# "Democratic Services", appointed to a task for an internal fee; a firm's "Services" ends in
# its legal form, "Ledgerwise Audit Services Ltd".)
_FEE_FIRM_WORDS = tuple(word for word in FIRM_WORDS if word != "Services")
_FIRM_FORM_END = ("(?:" + LEGAL_END + "|"
                  + "|".join(f"(?<={re.escape(word)})" for word in _FEE_FIRM_WORDS) + r")(?!\w)")
# (not a sum something else is "estimated at", "valued at": "appointed to prepare an estimate
# of the fees for the scheme, currently estimated at a cost of £48,000" is the scheme's cost)
_NOT_ESTIMATED = "".join(rf"(?<!\b{word}\s)" for word in ("estimated", "valued", "budgeted",
                                                          "costed", "assessed", "put"))
_FEE_OF = (_NOT_ESTIMATED
           + r"\b(?i:for|at)\s+(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?(?i:fee|price|cost|sum)\s+of\b")
# The fee looked for ahead, the match ending at the firm's appointment: its sum is the firm's
# own (``accepts``: the first sum after the match in its clause, given as a price), not the
# sentence's other sums ("the bridge was awarded to X Ltd in the sum of £2.3m, and Y
# Consultants was appointed ... for a fee of £64,500": two firms, a sum each).
# (not past a relative clause, which tells of another party: "was appointed as principal
# designer after Briar Consultants, who bid at a fee of £41,000, withdrew": the fee is the
# losing bidder's, not the appointed firm's)
_NOT_RELATIVE = r"(?!,\s+(?i:who|whose|which)\b)"
_FEE_AFTER = (rf"(?=(?:{_NOT_RELATIVE}[^.;]){{0,{APPOINTED_FEE_CHARS}}}?{_FEE_OF})"
              r"(?P<accepts>)")
# (not the last of firms appointed together, "Alpha Ltd and Beta Ltd be appointed ... for a
# fee of £48,000": the fee is shared, neither's whole; FIRMS_APPOINTED_TOGETHER reads them.
# Only after another firm's name's end: "in the sum of £2.3m, and X Consultants was
# appointed" joins two clauses, not two firms)
_NAME_ENDS = tuple(w.rstrip(".") for w in (*LEGAL_FORMS, *FIRM_WORDS))
_AFTER_FIRM = "".join(rf"(?<!{re.escape(word)}{join})" for word in dict.fromkeys(_NAME_ENDS)
                      for join in (r"\sand\s", r",\sand\s", r"\s&\s", r",\s"))
# (nor a name's own last word read alone, "Ltd be appointed" after "Beta": a legal form or a
# firm's word opens no name)
_NOT_LISTED = _AFTER_FIRM + "(?!(?:" + "|".join(map(re.escape, _NAME_ENDS)) + r")\.?\s)"
APPOINTED_FOR_FEE = (
    # (from a word's start, the verb looked for before the name's end: a name read from each
    # letter of a long word, or ended at each word of a long run, was quadratic)
    rf"{_WORD_START}(?=[A-Z]){_NOT_LISTED}(?P<name>{_NAME})(?=\s+(?i:be|is|was|were|has|have)\s)"
    rf"{_FIRM_FORM_END}\s+"
    r"(?i:be|is|was|were|has\s+been|have\s+been)\s+"
    r"(?i:re-?)?(?i:appointed|engaged|commissioned)\b" + _FEE_AFTER)
# ... and in the active, a recommendation's "appoint Harwood Lyle Partnership as employer's
# agent for the construction phase for a fee of £290,000" (held-out round 38): the firm
# straight after the verb, then its role or task ("as", "to"), then the fee. One firm: a fee
# of firms appointed together ("appoint Alpha Consultants and Beta Partnership as joint
# designers for a fee of £48,000") is neither's whole.
# The same said of "the appointment of" the firm, taken up by the decision ("approve the
# appointment of X Consultants as principal designer for a fee of £64,500"; not "declined to
# recommend" it), the fee straight after the firm ("appoint X Consultants for a fee of
# £64,500"), or the firm described between commas first ("appoint X Consultants, the
# highest-scoring bidder, as ...": an apposition opening with an article, not a relative
# clause's "who").
APPOSITION_CHARS = 60
_APPOSITION = rf"(?:,\s+(?i:the|a|an)\s+[^,.;]{{1,{APPOSITION_CHARS}}},)?"
APPOINTS_FOR_FEE = (
    # (the verbs' first letters looked for first: the decision's verbs tried at each word
    # start were a scan's cost)
    r"(?=[aArRnNcCeE])"
    rf"(?:\b(?i:(?:re-?)?appoint(?:s|ed)?)|{_TAKEN_UP}\s+(?i:the\s+appointment\s+of))\s+"
    rf"(?P<name>{_NAME}){_FIRM_FORM_END}{_APPOSITION}(?=\s+(?i:as|to|for)\s)"
    + _FEE_AFTER)
# Firms appointed together for one fee: "Alpha Ltd and Beta Ltd be appointed as joint designers
# for a fee of £48,000". Each holds a contract; the sum is shared, so neither's value (no
# "accepts": the fee is priced to neither).
# (a run of capitalised words, then a list's join, looked for before the names are read: the
# names read from each capital of a paper were a scan's cost)
LISTED_NAME_WORDS = 8
_LIST_AHEAD = (rf"(?=[A-Z][\w&'./-]*(?:\s+[A-Z0-9&][\w&'./()-]*){{0,{LISTED_NAME_WORDS}}}"
               r"(?:\s*,|\s+(?:and|&)\s))")
FIRMS_APPOINTED_TOGETHER = (
    rf"{_WORD_START}{_LIST_AHEAD}{_NOT_LISTED}(?P<name>{_NAME}{_FIRM_FORM_END}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+){_NAME}{_FIRM_FORM_END})+)\s+"
    r"(?i:be|are|were|have\s+been)\s+(?i:jointly\s+)?(?i:re-?)?(?i:appointed|engaged|commissioned)\b"
    rf"(?=(?:{_NOT_RELATIVE}[^.;]){{0,{APPOINTED_FEE_CHARS}}}?{_FEE_OF})")
# How long what is called off may be, before the firm it is called off "from".
CALLED_OFF_CHARS = 160
# The words a call-off is said in: a sentence saying none of CUE_WORDS ("approves the call-off
# of 400 laptops from X Ltd at £312,000") is read for CALL_OFF_FROM only if they are looked for.
CALL_OFF_WORDS = ("call-off", "call off", "calls off", "called off", "calling off")
# "approves the call-off of the Council's Microsoft 365 and Azure licences for three years ...
# from Corvane Software Solutions Ltd under the ... framework": goods called off from a firm
# under a framework are bought under a call-off contract with it.
CALL_OFF_FROM = (
    rf"\b(?i:call(?:s|ed|ing)?[\s-]+off)\s+(?i:of)\s+[^.;]{{3,{CALLED_OFF_CHARS}}}?"
    rf"\b(?i:from)\s+(?P<name>{NAMES}){_FORM_END}")
# A firm appointed to a provider's role: "notes the appointment of Saltbush Assurance Pty Ltd
# as Council's internal audit provider for 2026 to 2028" (whose provider, and of what, a few
# words before the role). A firm's legal form: a person is appointed to a post.
APPOINTED_AS_PROVIDER = (
    rf"(?:\b(?i:appoint(?:s|ed))|{_TAKEN_UP}\s+(?i:the\s+appointment\s+of))\s+"
    rf"(?P<name>{NAMES}){_FORM_END}\s+(?i:as)\s+"
    r"(?:(?i:the|its|our)\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?i:provider|supplier|contractor)\b")
# A firm selected for a role a contract gives: "approves the selection of Castlegrove
# Developments Ltd as the Council's joint venture partner for the regeneration of Riverside
# Quarter" (chosen by tender, to enter the venture's members' agreement), as an appointment to
# a provider's role is. Taken up by the decision, a firm's legal form (a person is selected
# for a post), and the role a few words after "as", none of whose words holds the firm in
# reserve ("the selection of X Ltd as the reserve partner, should the members' agreement not
# be completed": a standby chosen is let nothing).
# Only a venture's or a development's partner is one a contract makes: a council selects
# charity, sponsorship and community partners too, and buys nothing from them.
_VENTURE_PARTNER = r"(?i:joint[\s-]venture|(?:re)?development|regeneration)\s+(?i:partner)\b"
_NOT_IN_RESERVE = r"(?!(?i:reserve|standby|back-?up|second|runner-up)\b)"
SELECTED_AS_PARTNER = (
    rf"{_TAKEN_UP}\s+(?i:the\s+selection\s+of)\s+(?P<name>{NAMES}){_FORM_END}\s+(?i:as)\s+"
    r"(?:(?i:the|its|our)\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    rf"(?:{_NOT_IN_RESERVE}[\w-]+\s+){{0,3}}?"
    rf"(?:{_VENTURE_PARTNER}|(?i:provider|supplier|contractor|operator)\b)")
# A firm's role under the contract in place, named before it in apposition.
_ROLE = r"(?i:reseller|provider|supplier|contractor|operator|partner|licensing\s+partner)"
# "The Council's Microsoft Enterprise Agreement with its current reseller, Blackwater IT Ltd,
# ends on 31 March 2028": an agreement with a firm named by its role now, said to end, is the
# contract in place.
AGREEMENT_WITH_ROLE = (
    r"\b(?i:contract|agreement)s?\s+(?i:with)\s+(?i:its|the|our|their)\s+"
    rf"(?i:current|existing|present)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE},\s+"
    rf"(?P<name>{_NAME}){_FORM_END},\s+(?:(?i:which|that)\s+)?(?P<ends>(?i:{ENDS_VERB}))\b")


def _unnamed(pattern: str) -> str:
    """A pattern's named groups as plain ones, so several may be tried as one."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# (the agreement with a role in place holds "agreement", CONTRACT_CUE's own word)
AWARD_CUE = re.compile("|".join(_unnamed(p) for p in (REFERENCED_AWARD, DIRECT_AWARD_TO,
                                                      APPOINTED_FOR_FEE, APPOINTS_FOR_FEE,
                                                      FIRMS_APPOINTED_TOGETHER,
                                                      APPOINTED_AS_PROVIDER, SELECTED_AS_PARTNER,
                                                      OWN_BODY_APPOINTED, FIRM_BE_APPOINTED,
                                                      CALL_OFF_FROM, CALL_OFF_MADE_WITH,
                                                      RENEWED_THROUGH,
                                                      RUN_UNDER_CONCESSION,
                                                      CONTINUES_UNTIL_NEW.pattern,
                                                      *(p.pattern for p, _ in
                                                        LEASE_PROVIDER_PATTERNS))))

AWARD_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (re.compile(REFERENCED_AWARD), "new"),
    (re.compile(DIRECT_AWARD_TO), "new"),
    (re.compile(APPOINTED_FOR_FEE), "new"),
    (re.compile(APPOINTS_FOR_FEE), "new"),
    (re.compile(FIRMS_APPOINTED_TOGETHER), "new"),
    (re.compile(APPOINTED_AS_PROVIDER), "new"),
    (re.compile(OWN_BODY_APPOINTED), "new"),
    (re.compile(FIRM_BE_APPOINTED), "new"),
    (re.compile(SELECTED_AS_PARTNER), "new"),
    (re.compile(CALL_OFF_FROM), "new"),
    (re.compile(CALL_OFF_MADE_WITH), "new"),
    (re.compile(RENEWED_THROUGH), "new"),
    (re.compile(AGREEMENT_WITH_ROLE), "current"),
    (re.compile(RUN_UNDER_CONCESSION), "current"),
    *LEASE_PROVIDER_PATTERNS,
)
