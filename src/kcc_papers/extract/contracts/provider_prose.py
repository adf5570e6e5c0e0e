"""PROSE_PATTERNS: the plainest phrasings that name a contract's provider in a sentence ("the
grounds maintenance contract with X", "leased from X under a contract that ends ..."), whose
name must look like an organisation. Beside ``provider_patterns``' specific phrasings, read by
``provider_drafts`` the same way."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contract_cue import _HIRED_ROLE
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.held_roles import HELD_BUYS_NOTHING
from kcc_papers.extract.contracts.names import (
    _FIRM_END,
    _NAME,
    _WORD_START,
    LEGAL_END,
    NAMED_COUNCIL_POSSESSIVE,
    NAMES,
)
from kcc_papers.extract.contracts.provider_patterns import (
    _BOUGHT_LICENCE_WORD,
    _NO_NOUN_AFTER,
    _NOT_WITH_ANOTHER,
    _OWN_BODY_POSSESSIVE,
    PURPOSE_WORDS,
)

# How long what a council provides under an agreement may be, before the body it serves.
SERVED_CHARS = 160
# Prose that names a contract's provider in the plainest words. The name after these must look
# like an organisation (see ``organisation``): "the contract with the Strategic Efficiency
# Partner", "the contract with KFRS" (a customer as often as a supplier) are not rows.
PROSE_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    # "the grounds maintenance contract with Green Ltd", "a contract with Sunrise Care Trust";
    # not the verb ("the LATCo will contract with ..."). Whose contract it is may be said
    # first: "the Council's contract with Mercia Mobility Solutions Ltd, which runs to ...".
    (re.compile(rf"(?:\b(?i:the|a|an|this|its|our|their)\s+(?:{_OWN_BODY_POSSESSIVE})?|"
                rf"{NAMED_COUNCIL_POSSESSIVE})"
                r"(?P<service>(?:[\w&/-]+\s+){0,5}?)"
                r"(?<!\bwill\s)(?<!\bto\s)(?<!\bshall\s)(?<!\bmay\s)(?<!\bwould\s)"
                rf"[Cc]ontracts?\s+with\s+(?P<name>{NAMES})"), None),
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
                rf"(?P<name>{NAMES}){LEGAL_END}\s+(?i:under)\s+(?:(?i:a|an|the|its)\s+)?"
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
                rf"[Aa]greements?\s+with\s+(?P<name>{NAMES}){LEGAL_END}"), None),
    # "is provided by Brightwell Care Ltd under a contract", "delivered by X under contract"
    # ("They are currently operated by X Ltd under contracts that expire on ...": one firm
    # holding a service's several contracts, the plural, only of a name with a legal form: "by
    # Parish Councils under contracts" is a class of bodies, each holding one, no provider)
    (re.compile(r"(?:^(?:\d{1,3}(?:\.\d+)*\.?\s+)?(?P<service>[A-Z][^,;]{2,80}?)\s+"
                r"(?:is|are|will\s+be|has\s+been|have\s+been)"
                r"\s+(?:currently\s+)?)?\b(?i:provided|delivered|supplied|run|operated|carried\s+out|"
                # "Investigations are carried out by X under a call-off contract": the work done
                # ("are supplied and maintained by X under a contract that ends ...": two
                # verbs of one service)
                # ("The financial modelling was done by X Ltd under a call-off let by the
                # County Council": a call-off is a contract made under a framework, held-out
                # round 32; "done", the verb of any work, only of a firm by its legal form:
                # "done by Highways Officers under a contract let by ..." names staff)
                r"undertaken|performed|(?P<done>done))(?:\s+and\s+(?i:maintained|serviced|managed|supported))?"
                # ("It has been provided since 2021 by X Ltd under a contract that was due to
                # run to ...": since when, a year and the words of its date, before the firm)
                r"(?:\s+(?i:since|from)(?:\s+\w+){0,2}?\s+(?:19|20)\d\d)?"
                r"\s+by\s+"
                rf"(?P<name>{NAMES})(?:(?P<firm>){LEGAL_END})?(?(done)(?(firm)|(?!)))\s+(?i:under)\s+"
                # (a bare call-off only of a firm by its legal form, as CONTRACT_CUE reads it:
                # "done by officers under a call-off" is the council's own work)
                r"(?:(?i:a|an|the|its|their)\s+)?(?:(?:[\w-]+\s+){0,3}?[Cc]ontract(?(firm)s?)|"
                r"(?(firm)(?i:call[\s-]off)|(?!)))\b"),
     None),
    # ... or the contract before the firm: "Civil enforcement officers are provided under
    # contract by Saxonbridge Parking Solutions Ltd" (held-out r34d): only a firm by its legal
    # form, as "done by" (a council's own team works under no contract of its own)
    (re.compile(r"\b(?i:is|are|will\s+be|has\s+been|have\s+been)\s+(?:(?i:currently)\s+)?"
                r"(?i:provided|delivered|supplied|run|operated|carried\s+out|undertaken)\s+"
                r"(?i:under)\s+(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?i:contract)\s+"
                rf"(?i:by)\s+(?P<name>{NAMES}){LEGAL_END}"), None),
    # "the annual report of Tidemark Leisure Ltd, which operates the Council's four leisure
    # centres under a contract running to 2031": a firm running a service for the council
    # under a contract holds it (only a name with a legal form, as the passive's)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME}){LEGAL_END},\s+which\s+(?i:operates|runs|"
                r"provides|manages|delivers|maintains)"
                rf"(?P<service>(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+(?i:under)\s+"
                r"(?:(?i:a|an|the|its)\s+)?(?:[\w-]+\s+){0,3}?[Cc]ontract\b"
                rf"{_NOT_WITH_ANOTHER}"), None),
    # "The Council's treasury advisers, Linthorpe Treasury Services, provide interest rate
    # forecasts ... under a contract that runs to 31st March 2029": a firm named in apposition
    # to its role, between commas, doing its work under a contract holds it (a firm's name:
    # a legal form or a firm's word, as the verbs of holding read; "which" may come between)
    (re.compile(rf"(?<=,\s)(?P<name>{_NAME}){_FIRM_END},\s+(?:(?i:which|who)\s+)?"
                r"(?i:provides?|supply|supplies|delivers?|operates?|runs?|manages?|maintains?)"
                rf"(?P<service>(?:\s+[^\s.;]+){{1,{PURPOSE_WORDS}}}?)\s+(?i:under)\s+"
                r"(?:(?i:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?[Cc]ontract\b"
                rf"{_NOT_WITH_ANOTHER}"), None),
    # "The present contractor, Tillbrook Grounds Services Ltd, has held the contract since 2019
    # and it ends on 31 March 2027": the firm holding a contract holds the one in place (only
    # a firm's name, as the other verbs of holding read: a person holds a post, no contract)
    # (the verb looked for before the name's end, as the auditor's below) (the contract the
    # thing held, no noun after it: a council's "Legal Services have held the contract
    # documents" keep its papers)
    # ("heard evidence from Ridgeway Highway Services Ltd, which has held the Council's
    # highways term maintenance contract since April 2023": "which" between, and whose
    # contract it is, a possessive before what it is for)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME})"
                r"(?=,?\s+(?:(?i:which|who)\s+)?(?i:has|have|had|held|run)\s)"
                rf"{_FIRM_END},?\s+(?:(?i:which|who)\s+)?(?:(?i:has|have|had)\s+)?"
                r"(?i:held|had|run)\s+(?i:the|this|its|their)\s+"
                rf"(?:{_OWN_BODY_POSSESSIVE})?(?:[\w-]+\s+){{0,3}}?"
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
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME}){LEGAL_END}\s+(?i:be|is|was|were|are|"
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
                rf"(?P<name>{NAMES}){LEGAL_END}"), "new"),
    # "a service agreement under which the Council provides housing management ... services
    # to Thornbury Vale Housing Company Ltd": the agreement is with the body the council
    # serves under it (its other party, as "the contract with X" reads one whichever way the
    # service runs). Only a name with a legal form.
    (re.compile(r"\b(?i:agreements?|contracts?)\s+under\s+which\s+(?:[\w'’-]+\s+){1,4}?"
                r"(?i:provides?|supplies|supply|delivers?)\s+"
                rf"\S[^.;]{{0,{SERVED_CHARS}}}?\s+to\s+(?P<name>{NAMES}){LEGAL_END}"), None),
    # "Extending the existing arrangement with Peakview Elevators Ltd: rejected, as the
    # contract has reached its maximum term": the firm holding the service now, by whatever
    # word the paper calls its contract, in a sentence that says "contract" (the cue). Only
    # "existing" or "current": "an arrangement with the NHS" may be no contract at all.
    # ("Extending the present concession with Bellbrook Catering Ltd": a concession held now)
    # (not one whose kind buys nothing, "the current grant funding arrangement with X", as
    # ``held_roles`` reads them: a cue naming an arrangement in place lets such a sentence in)
    (re.compile(r"\b(?i:the|its|our|their)\s+(?i:existing|current|present)\s+"
                rf"(?!(?:[\w&/-]+\s+){{0,3}}?(?i:{HELD_BUYS_NOTHING})\b)"
                r"(?P<service>(?:[\w&/-]+\s+){0,3}?)(?i:arrangements?|agreements?|concessions?)\s+"
                r"with\s+"
                rf"(?P<name>{NAMES})"), None),
)  # fmt: skip
