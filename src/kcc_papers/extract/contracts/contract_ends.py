"""The words saying a contract in place comes to its end: "ends", "expires", "runs to", "runs
until", "terminates".

One spelling for every reader of a contract in force said to end (``merely_in_force``,
``commissions``, ``contract_cue``'s arrangements, concessions and licences, ``award_phrasings``'
agreement with a firm named by its role), so a council's wording one of them reads the others
read too. (``awarded_before`` reads more, "end in", "run out", of a contract let before.)"""

from __future__ import annotations

ENDS_VERB = r"(?:ends?|expires?|runs?\s+(?:to|until)|terminates?)"
