"""More phrasings that name a contract's provider in a sentence (held-out round 24), apart
from ``provider_patterns`` (a block of data grown to its size): a firm acting "under" a
contract, a firm named in brackets beside the service it has held since a date, insurance
placed with an insurer, a shared service named "the ... Consortium" a contract is let to, and
an agreement with a named body extended. ``provider_drafts`` reads them with the others:
MORE_PROVIDER_PATTERNS as the specific ones, MORE_PROSE_PATTERNS as the plain ones (whose name
must look like an organisation)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contract_cue import INSURED_WORDS, PRICED_AT, SELF_INSURED
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import (
    _NAME,
    _WORD_START,
    LEGAL_END,
    NAMES,
    VOLUNTARY_BODY,
)
from kcc_papers.extract.contracts.provider_patterns import (
    _NOT_WITH_ANOTHER,
    _OWN_BODY_POSSESSIVE,
    AWARDED_SERVICE_CHARS,
)

# Whose contract is extended, a public body's named in any case ("the host authority's", "the
# Council's"): never a firm's, whose contract with another firm is its own subcontract.
_PUBLIC_BODY_POSSESSIVE = (r"(?:[\w-]+\s+){0,2}?(?i:council|authority|board|fund|trust|"
                           r"partnership|cabinet|executive)['’]s\s+")
# ... or a body named with no article before it ("Kent County Council's", "Saltmere Heritage
# Partnership's"): its capitalised name.
_NAMED_BODY_POSSESSIVE = (r"(?:[A-Z][\w&-]*\s+){0,4}?(?:Council|Authority|Board|Fund|Trust|"
                          r"Partnership|Cabinet|Executive)['’]s\s+")
# What an extended contract is for, between "contract for" and "with": a description's words
# ("for the design, print and installation of visitor interpretation panels at six sites").
EXTENDED_FOR_WORDS = 12
# How many words may stand between a firm and the contract it acts under: what it does
# ("took over the grounds maintenance of our parks and open spaces on 1st October").
UNDER_WORDS = 20
# The words a body providing a service to public bodies together is named by, last in its
# name: "the Tri-Force Audit Consortium", "the Orbis Partnership" (named with "the", as a
# firm never is). Not "Council", "Board" or "Committee": those are the paper's own bodies.
SHARED_BODY = r"(?:Consortium|Partnership|Service|Services|Agency|Alliance|Collaborative)"
# The verbs that hand a decision to a body rather than a contract to a provider ("delegates
# the award of the contract ... to the Safer Communities Partnership").
HANDED_ON = r"(?i:delegat\w*|refer\w*)"
# ... said before "the award" (a look behind is of fixed width: one a word)
_NOT_HANDED_ON = "".join(rf"(?<!\b(?i:{verb})\s(?i:the)\s)" for verb in (
    "delegate", "delegates", "delegating", "refer", "refers", "referring"))
# Words of a firm's name never, and what makes the firm another's: a firm "subcontractor to
# Kier Construction Ltd under the main contract" works under that firm's contract.
NOT_UNDER = r"(?i:since|sub-?contract\w*|ltd|limited|plc|llp)"

WORK_BY_FIRM_AT_COST = re.compile(
    rf"\b(?i:by)\s+(?P<name>{NAMES}){LEGAL_END}\s+{PRICED_AT}")

# What is awarded: a lot (perhaps "of the ... contract"), or a contract named by its kind.
_AWARDED_PART = (r"(?:(?i:the)\s+)?(?:Lots?\s+[A-Z0-9]{1,3}(?:\s+(?i:of)\s+(?:(?i:the|a)\s+)?"
                 r"(?:[\w'’-]+\s+){0,6}?(?i:contract|framework))?|"
                 r"(?i:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?(?i:contract))")
AWARD_FOR_ASIDE_TO = re.compile(
    rf"\b(?i:award(?:s|ed|ing)?)\s+(?:(?i:of)\s+)?(?P<service>{_AWARDED_PART}),\s+(?i:for|the)\s+"
    rf"[^.;,]{{3,{AWARDED_SERVICE_CHARS}}},\s+(?i:to)\s+(?P<name>{NAMES})")

MORE_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    # "the community transport service (Redcastle Community Transport Ltd, since April
    # 2025)": a firm with a legal form named in brackets beside a service, with the date it
    # has held it since, holds the contract in place (in a sentence about contracts: the cue)
    (re.compile(rf"\((?P<name>{_NAME}){LEGAL_END},\s+(?i:since|from)\s+"
                r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\)"), "current"),
    # "It was RESOLVED that the Council's insurance programme from 1 October 2028 be placed
    # with Mercia Mutual Insurance plc": insurance placed with an insurer is a contract let to
    # it. Only insurance, and only a name with a legal form: a deposit "placed with Lloyds
    # Bank plc" is the council's money lent, no contract (see PROSE_PATTERNS' placed cover)
    # (Nor the council's own insurance money, "the balance of the insurance fund has been
    # placed with Lloyds Bank plc": a fund, a reserve or a provision placed is money lent.)
    (re.compile(rf"\b(?i:insurances?)\s+(?!{SELF_INSURED})"
                rf"(?:[\w'’-]+\s+){{0,{INSURED_WORDS}}}?"
                rf"(?i:placed|renewed)\s+(?i:with)\s+(?P<name>{NAMES}){LEGAL_END}"), "new"),
    # "endorses the award of the contract for internal audit services ... to the Tri-Force
    # Audit Consortium, the shared internal audit service hosted by ...": a shared service
    # named as a body with "the", a contract let to it
    # (Not an award delegated or referred to a body, "delegates the award of the contract ...
    # to the Safer Communities Partnership Board": nor a name running on past its last word.)
    (re.compile(rf"{_NOT_HANDED_ON}"
                r"\b(?i:award(?:s|ed|ing)?|let|letting)\s+(?i:of\s+)?(?i:the|a|an)\s+"
                r"(?:[\w-]+\s+){0,6}?[Cc]ontracts?\b"
                rf"(?:(?!\b{HANDED_ON}\b)[^.;]){{0,{AWARDED_SERVICE_CHARS}}}?\bto\s+the\s+"
                rf"(?P<name>(?:[A-Z][\w&'-]*\s+){{1,5}}{SHARED_BODY})\b(?!\s+[A-Z])"), "new"),
    # "That the emergency repair of the Market Hall roof by Thornbury Roofing Ltd at a cost of
    # £48,750 be approved": the firm a piece of work is done by, priced straight after its
    # name, is the one it is let to. Only a name with a legal form: "a survey by the Council's
    # surveyor at a cost of" is the council's own work
    (WORK_BY_FIRM_AT_COST, "new"),
    # "(a) approves the award of Lot 1 of the fleet replacement contract, for the supply of 28
    # refuse collection vehicles, to Pellworth Commercial Vehicles Ltd at a total cost of ...",
    # "(b) approves the award of Lot 2, for the supply of 41 vans, to ...": a lot (or a
    # contract) awarded, what it is for in an aside between commas, then the firm it is let to
    # ("approves the award of Lot 1, the monitoring of the public space CCTV system, to ...":
    # what the lot is, said in apposition)
    (AWARD_FOR_ASIDE_TO, "new"),
)  # fmt: skip

MORE_PROSE_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    # "The Council's treasury adviser remains Kestrel Treasury Advisers Ltd under its contract
    # to March 2029", "specialist IT audit bought in from Calder Ridge Assurance Ltd under a
    # call-off contract", "Verdant Landscapes Ltd took over the grounds maintenance of our
    # parks ... under a five-year contract": a firm with a legal form acting under a contract
    # (what it does between, in the one clause) holds it. Not one a firm holds with another
    # party than the council (``_NOT_WITH_ANOTHER``). Nor one that "has collected waste since
    # 2019 under a contract let for nine years": the history of a contract the paper reads
    # again as let now (extended, varied), whose term as first let would join that reading.
    # Nor a subcontractor, or a firm with another firm named between it and the contract.
    # (each word read with its spaces before it, so a run of spaces is crossed one way only)
    # ("Ravensmere Lettings Ltd, which currently provides 12 units at Orchard House under a
    # contract ending on 31 December 2027, scored 72.0%": what it does in a clause opened by
    # "which" or "who" after its comma)
    (re.compile(rf"{_WORD_START}(?P<name>{_NAME}){LEGAL_END}(?:,(?=\s+(?i:which|who)\b))?"
                rf"(?:\s+(?!{NOT_UNDER}\b)[^\s.;,]+){{0,{UNDER_WORDS}}}?\s+(?i:under)\s+"
                rf"(?i:a|an|the|its|their)\s+(?:{_OWN_BODY_POSSESSIVE})?(?:[\w-]+\s+){{0,3}}?"
                rf"[Cc]ontract\b{_NOT_WITH_ANOTHER}"), None),
    # "that the internal audit shared service agreement with Glenorrin Council be extended for
    # three years": the body whose contract or agreement is extended or renewed is its
    # provider, though it is another council (a shared service). Not an agreement named by
    # the statute's section it is made under (a partnership of public bodies, see
    # PROSE_PATTERNS), nor a voluntary body's agreement ("the service level agreement with
    # Brackenford Council for Voluntary Service be renewed", held-out r18e): its funding.
    # ("The host authority's contract for destination marketing with X Ltd was extended":
    # whose contract, a public body's in any case, and what it is for between it and "with",
    # held-out round 36)
    (re.compile(r"(?:\b(?i:the|a|an|this|its|our|their)\s+"
                rf"(?:{_PUBLIC_BODY_POSSESSIVE})?|\b{_NAMED_BODY_POSSESSIVE})"
                r"(?!(?:[\w&/-]+\s+){0,4}?(?i:section|s\.?)\s?\d)(?P<service>(?:[\w&/-]+\s+){0,5}?)"
                rf"(?:[Aa]greements?\s+with\s+(?!{VOLUNTARY_BODY})|[Cc]ontracts?\s+"
                rf"(?:(?i:for)\s+(?:(?!(?i:with)\b)[\w&/'’-]+,?\s+){{1,{EXTENDED_FOR_WORDS}}}?)?with\s+)"
                rf"(?P<name>{NAMES})\s+"
                r"(?i:be|is|was|were|has\s+been|have\s+been|will\s+be|to\s+be)\s+"
                r"(?i:extended|renewed)\b"), "new"),
)  # fmt: skip
