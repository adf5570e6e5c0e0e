"""The operator running a service under a concession now (held-out round 26): "The café has
been run by Cegin y Penrhyn Cyf under a concession that began in March 2019 and expires on
28 February 2027." A concession to run a service is let as a contract is, and the firm running
it holds that contract in place (listed with no value: the concession's fee is the operator's
payment to the council, and the new concession's value is the award's). A concession of a
charge ("a rent concession", ``contract_cue.NOT_OF_A_CHARGE``) is relief, no service let."""

from __future__ import annotations

from kcc_papers.extract.contracts.charge_concessions import NOT_OF_A_CHARGE
from kcc_papers.extract.contracts.names import LEGAL_END, NAMES

# A firm's legal form ending the name: the party running a council's service is a firm.
_FORM_END = LEGAL_END + r"(?!\w)"
# "has been run by X Cyf under a concession", "is operated by X Ltd under the catering
# concession": the verbs of running a service, the firm, then the concession it runs under
# (a few words naming its kind between: "the catering concession").
RUN_UNDER_CONCESSION = (
    r"\b(?i:run|operated|managed|provided)\s+(?i:by)\s+"
    rf"(?P<name>{NAMES}){_FORM_END}\s+(?i:under)\s+(?:(?i:a|an|the|its|their)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{NOT_OF_A_CHARGE}(?i:concession)\b")
