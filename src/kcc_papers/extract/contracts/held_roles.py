"""The firm holding a contract named by its role, in apposition (held-out round 33), beside
``contract_cue.INCUMBENT_ROLE``:

* "The current contractor, Harbourside Grounds, has held the work since 2021", "The previous
  contractor, Calder Mowing Services, had not sought to renew": a contractor, a provider or a
  supplier is by its very role a party to a contract, so the one said to hold it now or to
  have held it last (current, present, existing, previous, outgoing, former), its name between
  commas, holds the contract a tender or quotation replaces, whatever its name ends in (a
  small firm's "Harbourside Grounds" has no legal form). A provider or a supplier only with a
  firm's ending (a legal form, "Services"): "The current provider, Ardnish Car Hire," may
  provide by any arrangement (held-out round 28), as an "operator" or a "manager" may hold a
  service or a post (``INCUMBENT_ROLE``); and never a person ("The previous contractor, Mr
  Holt,").
* "Ardley replace Benfield Capital Advisory, whose contract ended on 30 September 2032": the
  firm a new one replaces, whose contract is said to have ended or to end, held it.

* "The Council's current block arrangement for eight local placements, held by Wrenfield Care
  Ltd, ends on 31 March 2027" (held-out round 34): a contract, arrangement or framework in
  place, said to be held by a firm (a legal form) and to end, is the firm's contract that the
  new one replaces; not a grant, funding, loan or lease arrangement, which buys nothing.
* "The current block arrangement with Harebell Residential Services ends on 30 November 2027"
  (held-out round 41): the same arrangement in place, qualified by its kind, said to be with a
  firm (a legal form or a firm's own word, "Services") and to end.

All are the contract in place ("current"), priced by nothing the sentence says of the new
one (an outgoing holder's row carries no value)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.agreement_phrasings import NOT_BOUGHT_WORDS
from kcc_papers.extract.contracts.charge_concessions import NOT_OF_A_CHARGE
from kcc_papers.extract.contracts.names import _FIRM_END, _NAME, FIRM_WORDS, LEGAL_END

# The words between the role's "current" and its noun: "the current grounds maintenance
# contractor" (a few, as ``contracts_in_place.ROLE_WORDS``).
ROLE_QUALIFIER_WORDS = 3
# A person's title opening the name: a person, not a firm, holds that role.
_PERSON = r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\b)"
# Whose role: "the", "its", ..., or the council's own ("the Council's previous contractor").
_WHOSE = r"(?:the|its|our|their|(?:the\s+)?council['’]s)"
_HELD = (rf"\b(?i:{_WHOSE})\s+(?i:current|present|existing|previous|outgoing|"
         rf"former)\s+(?:[\w-]+\s+){{0,{ROLE_QUALIFIER_WORDS}}}?")
# The role, its firm between commas (the closing comma: an apposition, not "the previous
# contractor, who ..." nor a list's run on).
HOLDER_BY_ROLE = re.compile(rf"{_HELD}(?i:contractor),\s+{_PERSON}(?P<name>{_NAME}),")
PROVIDER_BY_ROLE = re.compile(rf"{_HELD}(?i:provider|supplier),\s+(?P<name>{_NAME}){_FIRM_END},")
# "The current operator, Castlegate Markets Ltd, holds the contract until 31 March 2026"
# (held-out round 36): any role held now or last, its firm (a legal form) between commas, said
# to hold or have held the contract itself, holds it whatever its role's word ("operator",
# "manager": a post's holder is a person, never a name with a legal form).
HOLDS_CONTRACT_BY_ROLE = re.compile(
    rf"{_HELD}[\w-]+,\s+{_PERSON}(?P<name>{_NAME}){LEGAL_END},\s+"
    r"(?:(?i:currently|still)\s+)?(?i:holds|held|has\s+held|had\s+held)\s+"
    rf"(?i:the|this|that|its|a)\s+(?:[\w-]+\s+){{0,{ROLE_QUALIFIER_WORDS}}}?(?i:contract)\b")
# A post's contract, a person's: "replace Karen Wells, whose fixed-term contract ended".
_NOT_A_POSTS = (r"(?!(?:[\w-]+\s+){0,2}?(?i:fixed[\s-]term|employment|temporary|interim|"
                r"secondment|zero[\s-]hours?)\s+(?i:contracts?)\b)")
# "... replace(s|d) X, whose contract ended/ends/expired ...", "replacing X Ltd, whose
# contract was ended by mutual agreement" (held-out round 36): ended by the parties, in the
# passive, as well as run out.
_ENDED_BY_PARTIES = (r"(?i:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
                     r"(?i:ended|terminated|brought\s+to\s+an\s+end)")
REPLACED_WHOSE_CONTRACT_ENDED = re.compile(
    rf"\b(?i:replac(?:e|es|ed|ing))\s+{_PERSON}(?P<name>{_NAME}),\s+(?i:whose)\s+"
    rf"{_NOT_A_POSTS}(?:[\w-]+\s+){{0,2}}?(?i:contracts?)\s+"
    rf"(?:(?i:ended|expired|ends|expires|runs\s+out|ran\s+out)|{_ENDED_BY_PARTIES})\b")
# The cue that a sentence speaks of a contract (``contract_cue.CONTRACT_CUE``, which holds no
# look-around and only matches holding one of its CUE_WORDS): a contractor in place or last,
# or a provider or supplier in place ("current", "existing"), its name after a comma.
HELD_ROLE_CUE = (rf"\b{_WHOSE}\s+(?:(?:current|present|existing|previous|outgoing|"
                 rf"former)\s+(?:[\w-]+\s+){{0,{ROLE_QUALIFIER_WORDS}}}?contractor|"
                 rf"(?:current|existing)\s+(?:[\w-]+\s+){{0,{ROLE_QUALIFIER_WORDS}}}?"
                 r"(?:provider|supplier)),\s+[A-Z]")

# The words between "current" and the contract's noun ("current block", "current supply and
# maintenance"), and what it is for before the holder's comma ("for eight local residential
# placements"): a few words, one clause.
IN_PLACE_KIND_WORDS = 3
IN_PLACE_FOR_CHARS = 80
# An arrangement that buys nothing: a grant, funding, loan or lease, and a letting of the
# council's land or a sharing of its data ("the current licence arrangement for the kiosk,
# held by X Ltd", "the current data sharing arrangement"), as ``contracts_in_place`` reads them.
HELD_BUYS_NOTHING = "|".join((*NOT_BOUGHT_WORDS, "licen[cs]e", "tenancy", "sharing"))
_IN_PLACE_NOUN = (rf"\b(?i:current|existing|present)\s+"
                  rf"(?!(?:[\w-]+\s+){{0,{IN_PLACE_KIND_WORDS}}}?(?i:{HELD_BUYS_NOTHING})\b)"
                  rf"(?:[\w-]+\s+){{0,{IN_PLACE_KIND_WORDS}}}?"
                  # (or a concession to run a service, "The current concession, held by X Ltd,
                  # ends on ...", let as a contract is; not a concession of a charge, relief)
                  rf"(?i:contract|arrangement|framework|{NOT_OF_A_CHARGE}concession)s?\b")
# "... current block arrangement for ..., held by X Ltd, ends on ...": the firm between commas
# after "held by", the contract then said to end.
HELD_BY_THEN_ENDS = re.compile(
    rf"{_IN_PLACE_NOUN}[^.;,]{{0,{IN_PLACE_FOR_CHARS}}},\s+(?i:held|provided|delivered)\s+"
    rf"(?i:by)\s+{_PERSON}(?P<name>{_NAME}){LEGAL_END},\s+"
    r"(?:(?i:is|are)\s+due\s+to\s+|(?i:will)\s+)?(?i:ends?|expires?|runs?\s+out)\b")
# The cue that the sentence speaks of one (``contract_cue.CONTRACT_CUE``: its match holds
# "current" or "existing", CUE_WORDS).
HELD_BY_CUE = (rf"\b(?:current|existing|present)\s+(?:[\w-]+\s+){{0,{IN_PLACE_KIND_WORDS}}}?"
               rf"(?:contract|arrangement|framework|concession)s?\b[^.;,]{{0,{IN_PLACE_FOR_CHARS}}},\s+"
               r"(?:held|provided|delivered)\s+by\s+[A-Z]")

# "The current block arrangement with Harebell Residential Services ends on 30 November 2027":
# an arrangement (or framework, concession) in place qualified by its kind ("block", "spot
# purchase"), with a firm by its legal form or a firm's word, said to end. (Unqualified, "The
# current arrangement with X Ltd ends", ``provider_patterns`` reads it; a contract with any
# name so too.) What the firm's name holds is the cue's reach, NAMED_CHARS.
_IN_PLACE_WITH = (rf"\b(?i:current|existing|present)\s+"
                  rf"(?!(?:[\w-]+\s+){{0,{IN_PLACE_KIND_WORDS}}}?(?i:{HELD_BUYS_NOTHING})\b)"
                  rf"(?:[\w-]+\s+){{1,{IN_PLACE_KIND_WORDS}}}?"
                  rf"(?i:arrangement|framework|{NOT_OF_A_CHARGE}concession)s?\s+(?i:with)\s+")
# A firm's own word a holder of an arrangement may end in besides a legal form: FIRM_WORDS, and
# a practice's (held-out round 42: "The present arrangement with Hadleigh Lane Veterinary
# Practice ends on 30 April 2028": vets, doctors, dentists and architects trade as practices,
# and sell their services as any firm does; as much a vets' "Surgery" or "Vets", "The present
# arrangement with Hadleigh Lane Veterinary Surgery ends", a GP's surgery so too).
ARRANGEMENT_HOLDER_WORDS = (*FIRM_WORDS, "Practice", "Surgery", "Vets")
_HOLDER_END = ("(?:" + LEGAL_END + "|"
               + "|".join(f"(?<={re.escape(word)})" for word in ARRANGEMENT_HOLDER_WORDS) + ")")
# (each way a council says it ends: "ends", "expires", "runs out", "terminates", "comes to an
# end", as ``contracts_in_place.ENDS`` reads a contract's end)
_ENDS_NOW = (r"(?:(?i:is|are)\s+due\s+to\s+|(?i:will)\s+)?"
             r"(?i:ends?|expires?|runs?\s+out|terminates?|comes?\s+to\s+an\s+end)\b")
ARRANGEMENT_WITH_ENDS = re.compile(
    rf"{_IN_PLACE_WITH}{_PERSON}(?P<name>{_NAME}){_HOLDER_END},?\s+{_ENDS_NOW}")
# Its cue (``contract_cue.CONTRACT_CUE``'s form: no look-around, each space "\s+").
NAMED_CHARS = 80
_FIRM_WORD = "|".join(("Ltd", "Limited", "LLP", "plc", "PLC", "CIC", *ARRANGEMENT_HOLDER_WORDS))
ARRANGEMENT_WITH_CUE = (r"\b(?:current|existing|present)\s+"
                        rf"(?:[\w-]+\s+){{1,{IN_PLACE_KIND_WORDS}}}?"
                        r"(?:arrangement|framework|concession)s?\s+with\s+[A-Z]"
                        rf"[^.;]{{0,{NAMED_CHARS}}}?\b(?-i:{_FIRM_WORD}),?\s+"
                        r"(?:(?:will|is\s+due\s+to)\s+)?"
                        r"(?:ends?|expires?|runs?\s+out|terminates?|comes?\s+to\s+an\s+end)\b")
