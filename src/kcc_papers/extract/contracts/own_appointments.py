"""A body's own letting told as an appointment, with no "contract" and no fee (limit round 40):
its minutes, report or decisions say the body "has appointed Greenway Facilities Ltd to
provide cleaning services for three years", or resolve "that Kestrel Catering Ltd be appointed
as the catering contractor for the leisure centres for five years at a total value of
£1,250,000". A firm (a name with a legal form) appointed to provide works, goods or services,
or to a provider's role, by the body itself is a contract let; its value is the first sum in
the firm's clause (none where none is printed).

Kept out: people appointed (no legal form: a chair, a director, an independent person),
appointments made by another body ("appointed by PSAA": "by" stands between the verb and the
role, which the patterns do not pass; "the company has appointed": a body of another kind,
dropped by ``others_lettings``), and "appointed to the framework" (a place on a framework is
no contract let: "to" must open a verb of the work, not "the")."""

from __future__ import annotations

from kcc_papers.extract.contracts.names import _WORD_START, LEGAL_END, NAMES

_FORM_END = LEGAL_END + r"(?!\w)"
# The verbs of the work a firm is appointed to do: providing a service, supplying goods,
# building or keeping works (a firm appointed "to the framework", "to the panel", "to the
# board" does none of them).
_WORK = (r"(?i:provide|deliver|supply|carry\s+out|undertake|print|run|operate|manage|"
         r"maintain|build|construct|design|install|clean|repair|refurbish|replace|service|"
         r"supply\s+and\s+install)\b")
# How many words may describe the role a firm is appointed to ("the catering contractor",
# "the Trust's preferred cleaning services provider").
ROLE_WORDS = 4
# A provider's role (the words a contract gives a firm; a person is appointed to a post).
_ROLE = (r"(?:(?i:the|its|our|their)\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
         rf"(?:[\w-]+\s+){{0,{ROLE_WORDS}}}?(?i:contractor|provider|supplier|operator)\b")
# What the firm is appointed to: the work, or the role.
_APPOINTED_TO = rf"(?:(?i:to)\s+{_WORK}|(?i:as)\s+{_ROLE})"
# The body itself, the subject of its own letting in the perfect: "The Trust has appointed",
# "The Board has appointed", "the Council has appointed" (the body's name by its kind, as its
# own papers call it; another body's kind, "the company", is dropped by ``others_lettings``).
_OWN_BODY = r"\b(?i:trust|board|council|authority|cabinet|committee|executive|we)"
OWN_BODY_APPOINTED = (
    rf"{_OWN_BODY}\s+(?i:has|have)\s+(?:(?i:now|recently|formally)\s+)?(?i:appointed)\s+"
    rf"(?P<name>{NAMES}){_FORM_END}\s+{_APPOINTED_TO}(?P<accepts>)")
# ... and the resolution's passive: "that Kestrel Catering Ltd be appointed as the catering
# contractor", "X Ltd be appointed to provide ..." (the decision the paper takes).
# (from a word's start with a capital: a name tried at each letter was a scan's cost)
FIRM_BE_APPOINTED = (
    rf"{_WORD_START}(?=[A-Z])(?P<name>{NAMES}){_FORM_END}\s+(?i:be)\s+(?i:appointed)\s+{_APPOINTED_TO}(?P<accepts>)")
