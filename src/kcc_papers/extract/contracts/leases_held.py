"""The lessor of goods the council holds on a lease now (held-out round 27): "The Council's
collection fleet of fourteen vehicles has been leased since 2022 from Dunmore Fleet Leasing
Ltd. The lease ends on 30 June 2030." A lease the council takes is a contract with its lessor,
in place while the present perfect or "currently" says so, told in a sentence that says no
"contract" (``provider_patterns`` reads the lessor only where the sentence goes on "under a
contract that ends ..."). Listed with no value: the lease's cost is said apart, and the new
contract's value is the award's. Only a name with a legal form: a council leases land from its
partners and from people too. Only goods: land or a building leased ("The depot site has been
leased from Network Rail Infrastructure Ltd") is the council's property, no contract let, as
``contract_cue`` reads only an operating or finance lease as one."""

from __future__ import annotations

from kcc_papers.extract.contracts.names import _LEGAL_END, _NAMES

# A firm's legal form ending the name (no longer word cut short: "Grand Inca" is no "Inc").
_FORM_END = _LEGAL_END + r"(?!\w)"
# Since when the lease has run, said between the verb and the lessor: "since 2022", "since
# April 2023", "since 1 July 2021" (a year closes it).
_SINCE = r"(?i:since)\s+(?:[\w,]+\s+){0,2}?(?:19|20)\d\d"
# "has been leased", "have been leased", "are currently leased": held on the lease now (the
# present perfect, or the present said to be now).
_HELD = r"\b(?:(?i:has|have)\s+been|(?i:is|are)\s+(?i:currently|now))\s+(?i:leased)\s+"
# Land or a building, the words a council's premises are named by ("the depot site", "our
# offices at Riverside House", "Units 3 and 4").
_PLACE = (r"\b(?i:land|sites?|premises|buildings?|offices?|depots?|units?|propert(?:y|ies)|"
          r"car\s+parks?|house|hall|centre|pavilion|shops?|farm|fields?|plots?|accommodation|"
          r"warehouses?|yards?|garages?)\b")
# How far before the verb what is leased is named, in characters (a long subject: "The
# Council's collection fleet of fourteen refuse and recycling vehicles ...").
SUBJECT_CHARS = 160
# A character of a sentence's words before its verb: no stop ends them, a number's point does
# ("3.1 The fleet ..."); each sentence is so scanned once, from its start only.
_SUBJECT_CHAR = r"(?:[^.;!?]|\.(?=\d))"
# What is leased: the sentence's words from its start (the text's, or after a stop) to the
# verb, naming no land or building.
_GOODS = (r"(?:\A|(?<=[.;!?]\s))"
          rf"(?!(?:(?!{_HELD}){_SUBJECT_CHAR}){{0,{SUBJECT_CHARS}}}?{_PLACE})"
          rf"{_SUBJECT_CHAR}{{0,{SUBJECT_CHARS}}}?")
# "The fleet has been leased since 2022 from X Ltd", "The vehicles are currently leased from
# X Ltd": the goods held on the lease now, and the firm they are leased from.
LEASED_FROM = rf"{_GOODS}{_HELD}(?:{_SINCE}\s+)?(?i:from)\s+(?P<name>{_NAMES}){_FORM_END}"
