"""The holder of a service in place, named as the body it is provided by, whose service (or
contract) is said to end (held-out round 38), beside ``outgoing_holders``:

* "The current service, provided by Ashmoor Community Health NHS Trust, ends on 31 March
  2027 and cannot be extended": a service in place ("current", "existing") that an
  organisation provides, said to end, is that organisation's contract which the paper
  replaces. The service ends only as its contract does: the council's own team provides a
  service with no end ("provided by the Council's in-house team": no capitalised name).
* "The current service is provided by Ashmoor Community Health NHS Trust and ends on 31 March
  2027" (held-out round 38's review): the same told with no commas, the provider's name
  straight before "and" and the end on a date (``SERVICE_PROVIDED_AND_ENDS``).
* "The current payroll service has been provided by Tollgate Payroll Services Ltd since April
  2021 and that contract ends on 30 June 2027": the provider of the service in place, and the
  clause after "and" saying its contract ends, in one sentence (``running_holders`` reads the
  same told in two).

Only an organisation's name (a legal form or an organisation's word, "Trust", "NHS",
"Services"): a person or a team provides a service under no contract of the council's. Each is
the contract in place ("current"), with no value: the paper prices the contract to come."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contracts_in_place import ENDS, PROVIDED_BY
from kcc_papers.extract.contracts.held_roles import _PERSON
from kcc_papers.extract.contracts.names import _MONTH, _NAME, LEGAL_END, ORGANISATION_WORD

# The words between "current" and "service" ("the current occupational health service"), and
# what it is for between it and the provider's comma ("for young people's counselling").
SERVICE_WORDS = 3
SERVICE_FOR_CHARS = 80
# The service in place: its holder's article, "current" or "existing" (a word the sentence's
# cue needs, ``contract_cue.CUE_WORDS``), a few words, "service".
_SERVICE_IN_PLACE = (rf"\b(?i:the|its|our|their)\s+(?i:current|existing)\s+"
                     rf"(?:[\w-]+\s+){{0,{SERVICE_WORDS}}}?(?i:services?)\b")
# An organisation's name: a word only one's name holds, before the name's end (a comma or a
# clause's end).
_ORGANISATION = rf"(?=[^,;.]*?(?:{ORGANISATION_WORD.pattern}))"
# ... and no council's, nor a council's department's ("provided by Harrowfield Borough
# Council", "provided by Legal Services": the council provides it itself, under no contract;
# a firm's "Services" ends in its legal form, "Tollgate Payroll Services Ltd").
_NOT_OWN = r"(?<!\bCouncil)(?<!\bServices)"
_WILL = r"(?:(?i:is|are)\s+due\s+to\s+|(?i:will)\s+)?"
# The day, month or year a service ends on ("ends on 31 March 2027", "expires in March 2027",
# "ends at the end of June"): a service "runs to Ashford" or "until 8pm", and "ends its pilot
# phase", are said of its route, hours or stages, not its contract.
_ON_A_DATE = (rf"(?=\s+(?:(?i:on|in|at|by)\s+)?(?:(?i:the\s+end\s+of)\b|"
              rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\b|(?:19|20)\d\d\b|"
              r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b))")
# "The current service, provided by X NHS Trust, ends on ...".
SERVICE_PROVIDED_BY_ENDS = re.compile(
    rf"{_SERVICE_IN_PLACE}[^.;,]{{0,{SERVICE_FOR_CHARS}}},\s+{PROVIDED_BY}{_PERSON}"
    rf"{_ORGANISATION}(?P<name>{_NAME}){_NOT_OWN},\s+{_WILL}{ENDS}{_ON_A_DATE}")
# "The current X service has been provided by Y Ltd [since 2021] and that contract ends".
_IS_PROVIDED = r"\s+(?i:is|are|has\s+been|have\s+been)\s+"
_SINCE = r"(?i:since|from)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d"
SERVICE_PROVIDED_THEN_CONTRACT_ENDS = re.compile(
    rf"{_SERVICE_IN_PLACE}{_IS_PROVIDED}{PROVIDED_BY}{_PERSON}{_ORGANISATION}(?P<name>{_NAME})"
    rf"{_NOT_OWN}(?:\s+{_SINCE})?,?\s+(?i:and)\s+(?i:that|this|its|their|the)\s+(?:(?i:current)\s+)?"
    rf"(?i:contract)\s+{_WILL}{ENDS}")
# "The current service is provided by X NHS Trust and ends on 31 March 2027": no commas, the
# provider's name straight before "and", the service's end on a date after it. The
# organisation's word looked for in the name only (not past the "and": "provided by John Smith
# and ends ... with the Trust" names a person); a service "provided by X under the pooled fund
# and ends" names no provider before "and" (the partner's share of a pooled budget is no
# contract of the council's).
_ORGANISATION_BEFORE_AND = (rf"(?=(?:(?!\s(?i:and)\s)[^,;.])*?"
                            rf"(?:{ORGANISATION_WORD.pattern}))")
SERVICE_PROVIDED_AND_ENDS = re.compile(
    rf"{_SERVICE_IN_PLACE}{_IS_PROVIDED}{PROVIDED_BY}{_PERSON}{_ORGANISATION_BEFORE_AND}"
    rf"(?P<name>{_NAME}){_NOT_OWN}(?:\s+{_SINCE})?\s+(?i:and)\s+{_WILL}{ENDS}{_ON_A_DATE}")

# "The Council currently relies on the mortuary at X Hospital, provided by X NHS Foundation
# Trust under an agreement that ends on 30 April 2027" (held-out round 39): what the council
# uses now ("currently", "current", "existing" before it), provided by an organisation under an
# agreement (or contract, arrangement) said to end on a date: the holder of the contract in
# place. The organisation's word is looked for in the name only, before "under" (a service
# "will be provided by Y Ltd under a contract that ends" is the one to come: no "currently").
_NOW = r"\b(?i:currently|current|existing)\b"
_ORGANISATION_BEFORE_UNDER = (rf"(?=(?:(?!\s(?i:under)\s)[^,;.])*?"
                              rf"(?:{ORGANISATION_WORD.pattern}))")
AGREEMENT_WORDS = 3  # its qualifiers: "an agreement", "a three-year service level agreement"
_UNDER_AGREEMENT = (rf"\s+(?i:under)\s+(?i:an?|the|its|their)\s+"
                    rf"(?:[\w-]+\s+){{0,{AGREEMENT_WORDS}}}?"
                    r"(?i:agreements?|contracts?|arrangements?)\s+(?i:that|which)\s+")
# The name is bounded by "provided by" and "under": an "and" inside it joins its words
# ("Tamsford and District Hospitals NHS Foundation Trust"), unless the words before it end in
# a legal form (two firms: "A Ltd and B Ltd", of which none is read).
_NAME_WITH_AND = rf"{_NAME}(?:(?!{LEGAL_END})\s+(?i:and)\s+{_NAME})?"
PROVIDED_UNDER_AGREEMENT_ENDS = re.compile(
    rf"{_NOW}[^.;]{{0,{SERVICE_FOR_CHARS}}}?{PROVIDED_BY}{_PERSON}{_ORGANISATION_BEFORE_UNDER}"
    rf"(?P<name>{_NAME_WITH_AND}){_NOT_OWN}{_UNDER_AGREEMENT}{_WILL}{ENDS}{_ON_A_DATE}")

# The cue that a sentence speaks of one (``contract_cue.CONTRACT_CUE``: no named groups, its
# match holding "current" or "existing").
SERVICE_ENDING_CUE = (
    rf"\b(?:current|existing)\s+(?:[\w-]+\s+){{0,{SERVICE_WORDS}}}?services?\b"
    rf"[^.;,]{{0,{SERVICE_FOR_CHARS}}},\s+(?:provided|delivered|supplied)\s+by\s+[A-Z]"
    rf"[^.;]{{0,{SERVICE_FOR_CHARS}}},\s+(?:(?:is\s+due\s+to|will)\s+)?"
    r"(?:ends?|expires?|runs?\s+(?:to|until)|terminates?)\b|"
    # ... or told with no commas, "is provided by X and ends" (SERVICE_PROVIDED_AND_ENDS)
    rf"\b(?:current|existing)\s+(?:[\w-]+\s+){{0,{SERVICE_WORDS}}}?services?\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:provided|delivered|supplied)\s+by\s+[A-Z]"
    rf"[^.;,]{{0,{SERVICE_FOR_CHARS}}}?\s+and\s+(?:(?:is\s+due\s+to|will)\s+)?"
    r"(?:ends?|expires?|terminates?)\b|"
    # ... or "currently ..., provided by X under an agreement that ends" (above)
    rf"\b(?:currently|current|existing)\b[^.;]{{0,{SERVICE_FOR_CHARS}}}?"
    r"(?:provided|delivered|supplied)\s+by\s+[A-Z]"
    rf"[^.;,]{{0,{SERVICE_FOR_CHARS}}}?\s+under\s+(?:an?|the|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,{AGREEMENT_WORDS}}}?(?:agreements?|contracts?|arrangements?)\s+"
    r"(?:that|which)\s+(?:(?:is\s+due\s+to|will)\s+)?(?:ends?|expires?|terminates?)\b")
