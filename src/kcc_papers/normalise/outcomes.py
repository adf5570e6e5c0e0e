"""What a resolution or recommendation does, as one word. The operative verb that comes first
wins: "RESOLVED that Cabinet note the settlement ... and agree to delegate" is ``noted``;
"Resolved to endorse the proposed decision" is ``endorsed``."""

from __future__ import annotations

import re
from typing import Literal

from kcc_papers.normalise.negated_label import negated_label
from kcc_papers.normalise.refusals import opens_on_refusal
from kcc_papers.normalise.welsh_outcomes import (
    WELSH_AGREED,
    WELSH_DEFERRED,
    WELSH_MOTION_LOST,
    WELSH_REPORT_NOTED,
)

Outcome = Literal["approved", "agreed", "endorsed", "noted", "deferred", "rejected", "other"]

# An item put off to a meeting to come, as Scottish bodies "continue" one: "continued to the
# next meeting" (a scheme "continued" for a year is kept going, not put off).
# (or to the meeting a date names, its weekday perhaps first: "be continued to the meeting on
# 9 March 2027", "... on Tuesday 9 March 2027")
_CONTINUED_TO_MEETING = (r"continued\s+(?:to|until)\s+(?:the|a|an)\s+(?:(?:next|later|future|"
                         r"subsequent|special|adjourned)\s+meeting"
                         r"|meeting\s+(?:on|of|to\s+be\s+held|held\s+on)\s+"
                         r"(?:[A-Z][a-z]+day,?\s+)?\d)")
# A meeting to come, an item continued to it: "the regular meeting of November 12", "the next
# meeting", "a special meeting" (at most a few words before "meeting").
# "fell" in its other senses, a place or a share: a proposal that "fell within permitted
# development" or "fell outside the settlement boundary" was not voted down.
FELL_ELSEWHERE = (r"(?!\s+(?:within|outside|under|into|inside|short|below|above|behind|to|in|"
                  r"out|away|back|apart|through|foul)\b)")
_LATER_MEETING = r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?meeting\b"
# (also the month named in carried_votes' "on 5 March" of another meeting)
MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December)")
# A proposal's words before its result in the one sentence, at most ("A proposal that ... was not
# agreed").
_MAX_PROPOSAL_CHARS = 200
# A character of a clause within its sentence: no stop, but a decimal point ("capped at £5.50",
# "1.5 posts") is no sentence's end.
IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# Not the amendment's result, named by the motion it amends: in "The amendment to the motion was
# defeated" the motion is still to be decided.
NOT_AMENDING = "".join(rf"(?<!(?i:amendment\sto\sthe\s{kind}))"
                       for kind in ("", r"substantive\s", r"original\s"))
# No modal verb just before: "could not be agreed" tells of what was not settled, where "that
# the proposal not be agreed" refuses it.
_NO_MODAL = "".join(rf"(?<!\b{modal}\s)" for modal in (
    "could", "can", "would", "should", "may", "might", "will", "must", "shall", "did", "does"))
# "not be agreed" in a condition's clause ("should the terms not be agreed", "in the event that
# the terms not be agreed"): the subjunctive of a condition, not a resolution refusing.
_CONDITIONAL_NOT_AGREED = re.compile(r"not\s+be\s+agreed$", re.I)
_CONDITION_BEFORE = re.compile(
    r"\b(?:should|if|unless|whether|event\s+that)\b[^,;.:]*$", re.I)
# A hearing, item or application adjourned to another day: "agreed to adjourn the hearing to
# Wednesday 9 December" (not the meeting itself, adjourned for a break or closed), the later
# day said: a hearing "adjourned at 10.40 am to deliberate", "for ten minutes" or "to take
# legal advice" is only paused, the Panel deciding the same day.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_LATER_DAY = (rf"(?:to|until)\s+(?:{_LATER_MEETING}|(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
              rf"\s+{MONTH_NAME}|{MONTH_NAME}\s+\d|{_WEEKDAY}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
              r"|(?:a|an|another)\s+(?:(?:later|future|further|new|suitable)\s+)?"
              r"(?:date|day|hearing|sitting)\b)")
_ADJOURNED_THING = r"(?:hearing|item|application|matter|consideration)\b"
_ADJOURN_ITEM = (r"adjourn(?:s|ed)?\s+(?:the|this|its|that)\s+"
                 rf"{_ADJOURNED_THING}{IN_CLAUSE}{{0,80}}?\b{_LATER_DAY}"
                 # (the passive: "That the hearing be adjourned to 9 December 2027")
                 rf"|{_ADJOURNED_THING}{IN_CLAUSE}{{0,80}}?(?<!\bmeeting\s)\b(?:be|is|was|were)\s+adjourned\s+"
                 rf"{_LATER_DAY}")
_VERBS: tuple[tuple[Outcome, str], ...] = (
    (
        "rejected",
        r"reject(?:s|ed)?|refuse[sd]|not\s+(?:be\s+)?approved|declined?"
        # (an adverb may stand before the result: "The motion was therefore LOST")
        r"|(?:was|were)\s+(?:(?:therefore|accordingly|then)\s+)?LOST"
        # ("The motion was declared lost": the chair's declaration, in any case; "The
        # Cathaoirleach declared the motion defeated")
        r"|declared\s+(?:the\s+(?:motion|proposal)\s+)?(?:lost|defeated)"
        # a motion that "fell" on the vote: "The motion therefore fell.", "... was put to the
        # vote and fell, four votes to three" (a motion's or the vote's: income "fell" too)
        r"|(?:motion|proposal)\s+(?:(?:therefore|accordingly|then)\s+)?fell"
        rf"{FELL_ELSEWHERE}|vote\s+and\s+fell"
        # ... or "lost", the verb after "and" not repeated: "The motion was put to the vote
        # and lost." (as minutes/lost_motions reads it)
        r"|put\s+to\s+(?:the|a)\s+vote\s+and\s+(?:(?:therefore|accordingly|then)\s+)?lost"
        # "That the recommendation be not accepted": a proposal turned down in other words, its
        # passive's verb negated (a road "not adopted" by the highway authority is a private one)
        # ("that the proposal to change bank be not pursued": a proposal dropped is refused)
        # ("that the proposal to introduce Sunday charges be not taken forward": dropped too)
        # ("that the proposed parking scheme not be proceeded with": a scheme dropped too)
        # ("the scheme is not to be proceeded with": the same in the future)
        r"|(?:(?:be|is|was|were)\s+not|not\s+(?:to\s+)?be)\s+(?:accepted|adopted|endorsed|supported"
        r"|pursued|taken\s+forward|progressed|proceeded\s+with"
        # ("The proposal was not carried.": a motion's defeat in other words; an underspend "not
        # carried forward", works "not carried out" are no motion's)
        r"|carried(?!\s+(?:forward|out|over|through|back)\b)"
        # ("that the Public Space Protection Order be not made": an order refused)
        r"|made)"
        # "That the proposed single rate be not agreed": the resolution's own verb negated, in
        # the form only a resolution takes ("terms were not agreed with the contractor", "could
        # not be agreed" tell of what was not settled, no refusal)
        r"|be\s+not\s+agreed"
        # (the same resolution with its words in the other order: "RESOLVED that the proposal
        # to reduce opening hours not be agreed"; a modal before it tells of what could not be
        # settled, no refusal: "the terms could not be agreed")
        rf"|{_NO_MODAL}not\s+be\s+agreed"
        # "A proposal that the Group invite the Alliance to join was not agreed": a member's
        # proposal turned down, the result in the proposal's own sentence (only a proposal's or
        # a motion's: fees "which were not agreed at the last meeting", terms "not agreed with
        # the contractor" are no refusal of what the sentence decides)
        # (a decimal point is no stop: "capped at £5.50 ... was not agreed")
        rf"|(?:proposal|motion)\b{IN_CLAUSE}{{0,{_MAX_PROPOSAL_CHARS}}}?"
        r"\b(?:was|were)\s+not\s+agreed"
        # (or a report's recommendation named in full, put to the vote: "The recommendation
        # that the preferred options be approved ... was put to the vote and was NOT AGREED";
        # the vote named, as a resolution's own words may cite another body's refusal: "that
        # the recommendation that the site be allocated, which was not agreed by the Scrutiny
        # Committee, be approved")
        rf"|recommendation\s+that\b{IN_CLAUSE}{{0,{_MAX_PROPOSAL_CHARS}}}?"
        r"\bput\s+to\s+(?:the|a)\s+vote\s+and\s+(?:was|were)\s+not\s+agreed"
        # (or a member's proposal named "this" in the sentence after it: "Cllr Hosking proposed
        # that the maximum grant be raised. This was put to the vote and was not agreed.")
        r"|\b(?:this|that|it)\s+was\s+put\s+to\s+(?:the|a)\s+vote\s+and\s+was\s+not\s+agreed"
        # "On being put to the vote the proposal was defeated": a motion's defeat in other words
        # (the sentence's subject the motion or proposal, not an amendment to it; "was lost"
        # and "declared defeated" are read above)
        rf"|{NOT_AMENDING}(?:motion|proposal)\s+(?:was|were)\s+"
        r"(?:(?:therefore|accordingly|then)\s+)?defeated"
        # "RESOLVED not to approve the proposed increase": the verb negated, before it is read
        r"|not\s+to\s+(?:approve|agree|accept|adopt|grant|endorse|support|pursue)"
        # "The Forum did not approve the budget": the body's verb negated in the past
        r"|(?:did|does|do)\s+not\s+(?:approve|agree|accept|adopt|grant|endorse|support)"
        # "refuse" the verb, not the household waste of "refuse collection vehicles"
        r"|refuse(?!\s+(?:and\s+recycling|collection|vehicles?|lorr(?:y|ies)|freighters?|"
        r"disposal|service|bins?|sacks?|crews?)\b)"
        # (Welsh minutes: "Wedi pleidlais, methodd y cynnig", the motion lost)
        rf"|{WELSH_MOTION_LOST}",
    ),
    # (Scottish bodies "continue consideration" of an item to a later meeting, or decide
    # "that consideration of the report be continued to the next meeting": a meeting named
    # after it, as a scheme "continued" for a year is kept going, not put off)
    ("deferred", r"defer(?:s|red)?|postpone[sd]?\s+(?:consideration|the\s+(?:item|decision))"
                 r"|continue[sd]?\s+(?:its\s+)?consideration"
                 # (a hearing or an item adjourned to a later day is put off, as deferred is:
                 # "agreed to adjourn the hearing to 9 December"; the meeting's own adjournment
                 # for a break is no item's)
                 rf"|{_ADJOURN_ITEM}"
                 # (Welsh minutes: "Penderfynwyd gohirio ystyried y cais", "to defer")
                 r"|gohirio"
                 # (... "Gohiriwyd ystyried y cais", "Cytunwyd i ohirio'r cais")
                 rf"|{WELSH_DEFERRED}"
                 rf"|{_CONTINUED_TO_MEETING}"
                 # a report left to lie on the table till later (New Zealand and Australian
                 # councils: "That the report lie on the table until ...", "That the
                 # Committee lies the report on the table until ...", its object between);
                 # the "until" said (papers that "lie on the table for members" or a letter
                 # "laid on the table" are only tabled)
                 r"|l(?:ie|ies|ay|aid)\s+(?:(?:the|this|that)\s+(?:[\w'’-]+\s+){1,4}?)?"
                 r"on\s+the\s+table\s+(?:until|till|pending)\b"
                 # an American board "continues" an item to a later meeting or a date: "to
                 # continue the item to the regular meeting of November 12", "continued the
                 # item to December 2" (the item named: a scheme continued is kept going)
                 # (to a meeting or a date: officers who "continue the item to its
                 # conclusion" defer nothing)
                 r"|continu(?:e|es|ed)\s+(?:the|this)\s+(?:item|matter|hearing)\s+(?:to|until)\s+"
                 rf"(?:{_LATER_MEETING}|{MONTH_NAME}\s+\d)"),
    # Kent confirms minutes as "are correctly recorded and that they be signed".
    ("approved",
     r"approv(?:e|es|ed|al)|(?:correct|true|accurate)\s+record|correctly\s+recorded"
     r"|authori[sz](?:e|es|ed)"
     # a planning committee's "That planning permission be granted subject to conditions"
     r"|(?:permission|consent)\s+(?:be|is|was)\s+granted|grants?\s+(?:planning\s+)?permission"
     # a licensing panel's "The Panel granted the licence subject to conditions", "decided to
     # grant the variation in part": what an applicant asked for, granted (a grant of money,
     # "grant a concession", is no application's)
     r"|grant(?:s|ed)?\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]e|application"
     r"|permission|consent|variation|certificate)\b"
     # a licensing board's "GRANTED the application"
     r"|(?-i:GRANTED)"),
    # (Welsh minutes: "Cytunwyd i ...", "it was agreed to ...")
    ("agreed", rf"agree(?:s|d)?|{WELSH_AGREED}"),
    ("endorsed", r"endors(?:e|es|ed)"),
    # (", noting the impact on farmers" after a comma is a participle's aside to the verb
    # that decides, never the decision itself)
    # (Welsh minutes: "Nodwyd yr adroddiad", "the report was noted")
    ("noted", rf"not(?:e|es|ed)|(?<![,;]\s)(?<![,;])noting|receive[sd]?|{WELSH_REPORT_NOTED}"),
    # "consider and comment": a request for views, which decides nothing.
    ("other", r"comment(?:s|ed)?\s+on|consider\s+and\s+comment"),
)
_PATTERN = re.compile(
    "|".join(f"(?P<{name}_{n}>\\b(?:{rx})\\b)" for n, (name, rx) in enumerate(_VERBS)), re.I
)
# Lead-ins that name the body rather than the decision ("RESOLVED that Cabinet agree to:").
_LEAD = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:It\s+was\s+)?(?:RESOLVED|APPROVED|AGREED)\b\s*(?:that|to|:|;)?\s*",
    re.I,
)


# Minutes confirmed or signed as a true record: their approval.
_CONFIRMED_RECORD = re.compile(
    r"\b(?:confirmed|signed)\s+as\s+(?:an?\s+)?(?:correct|true|accurate)\s+record\b", re.I)
# The outcomes a confirmed record does not override: what was done to the minutes instead.
_OUTRANK_RECORD: frozenset[Outcome] = frozenset(("deferred", "rejected"))


# "It was agreed to defer ...", "the members agreed to approve ...": what was agreed to is the
# outcome, as after "RESOLVED to".
_AGREED_VERB = (r"(?:defer|postpone|refuse|reject|approve|endorse|continue\s+consideration"
                rf"|{_ADJOURN_ITEM})\b")
_AGREED_TO = re.compile(r"\bagree[ds]?\s+to\s+(?=" + _AGREED_VERB + ")", re.I)
_AGREED_NEXT = re.compile(_AGREED_VERB, re.I)
# The subject before a deferring or refusing passive verb, at most.
_MAX_SUBJECT_CHARS = 160
# "The Committee agreed that consideration of the item be deferred to the next meeting": what
# was agreed is a deferral, as "agreed to defer" is (within the one sentence or clause).
# (not a relative clause's "which was deferred": "agreed that the application, which was
# deferred in March, be approved" approves)
# (an Irish council's "agreed that consideration of the report be adjourned to a Special
# Meeting" defers it likewise; but "agreed that the meeting be adjourned" is the meeting's own
# break, no item deferred)
_DEFERRED_CLAUSE = (rf"(?:(?!\b(?:which|who|that)\b)[^.;:]){{0,{_MAX_SUBJECT_CHARS}}}?"
                    r"(?:\b(?:be|is|was)\s+(?:deferred|postponed)\b"
                    r"|(?<!\bmeeting\s)\b(?:be|is|was)\s+adjourned\b"
                    # (Scottish minutes: "agreed that the item be continued to the next meeting")
                    rf"|\b(?:be|is|was)\s+{_CONTINUED_TO_MEETING})")
# (the spaces after "that" taken whole, possessively: given back one by one, each would begin
# the clause again over a long run of them)
_AGREED_DEFERRAL = re.compile(r"agree[ds]?\s+that\s++" + _DEFERRED_CLAUSE, re.I)
_DEFERRED_THAT = re.compile(_DEFERRED_CLAUSE, re.I)  # after "AGREED that"


# "RESOLVED: That approval of the strategy be deferred", "AGREED that the request for funding be
# declined": a clause whose first passive verb defers or refuses what it names, though its
# subject holds a noun ("approval", "funding request") that reads as another verb. Only the
# first "be": "that the report be noted and the item be deferred" is decided by its first verb.
# (after the label's dash too: "RESOLVED - That ...")
_THAT_CLAUSE = re.compile(r"(?:[–—-]\s*)?that\s++", re.I)
# (the clause's first verb or its end found by one linear search, then read there: a bounded
# lazy scan tried at every position would be quadratic)
# A verb of the body's own before the passive ("that Cabinet note the progress since the
# scheme was deferred") is the clause's main verb, and a clause put before the subject ("that,
# as the earlier bid was refused, ...") is no subject: either ends the search, reading nothing.
_CLAUSE_VERB = re.compile(
    r"\b(?:be|is|was|are|were|which|who|that"
    r"|not(?:e|es|ed|ing)|approv(?:e|es|ed)|agree[sd]?|endors(?:e|es|ed)|receive[sd]?"
    r"|resolve[sd]?|since|as|because|when|after|until|following|although|while|if|once)\b"
    r"|[.;:]", re.I)
_PASSIVE_OUTCOME = re.compile(
    r"(?:be|is|was)\s+(?:(?P<deferred>deferred|postponed)"
    r"|(?P<rejected>declined|refused|rejected|not\s+approved))\b", re.I)
# A past participle in the clause's subject, after a noun: "that the report on waivers of
# Contract Procedure Rules approved in Quarter 4 be noted" (a reduced relative clause, what
# was approved before; the clause's own verb is the passive after it). After an auxiliary
# ("be approved", "has agreed") it is the verb.
_PARTICIPLE = re.compile(r"(?:approv|agre|endors|not|receiv)ed", re.I)
_AUXILIARY = re.compile(r"\b(?:be|is|was|are|were|been|has|have|had|being)\s+$", re.I)
# The passive verb after a participle so passed: what the clause decides.
_PASSIVE_VERB = re.compile(r"(?:be|is|was)\s+(?P<verb>noted|received|approved|agreed|endorsed)\b",
                           re.I)
_PASSIVE_VERBS: dict[str, Outcome] = {"noted": "noted", "received": "noted",
                                      "approved": "approved", "agreed": "agreed",
                                      "endorsed": "endorsed"}


def _passive_outcome(text: str, start: int, after_that: bool) -> Outcome | None:
    """The outcome of a "that" clause from ``start`` whose first passive verb defers or
    refuses (``after_that``: the lead read "that" already), or, past a participle of the
    subject's (_PARTICIPLE), whose passive verb decides; else None."""
    if not after_that:
        that = _THAT_CLAUSE.match(text, start)
        if that is None:
            return None
        start = that.end()
    at, stop, passed = start, start + _MAX_SUBJECT_CHARS + 1, False
    verb = _CLAUSE_VERB.search(text, at, stop)
    while verb and _PARTICIPLE.fullmatch(verb.group()) and not _AUXILIARY.search(
            text, start, verb.start()):
        passed, at = True, verb.end()
        verb = _CLAUSE_VERB.search(text, at, stop)
    m = _PASSIVE_OUTCOME.match(text, verb.start()) if verb else None
    if m is None:
        after = _PASSIVE_VERB.match(text, verb.start()) if verb and passed else None
        return _PASSIVE_VERBS[after.group("verb").lower()] if after else None
    return "deferred" if m.group("deferred") else "rejected"


# The body agreeing, its colon the label over what it agreed: "The Committee agreed:",
# "After discussion, the Board agreed:-"; or resolving, as a council's motion is carried:
# "RESOLVED that the County Council resolves: 1. To declare ...".
_BODY_AGREED = re.compile(
    r"^\W*(?:[\w ,]{0,40},\s+)?the\s+(?:[\w&'’-]+\s+){0,6}?(?:Committee|Cabinet|Board|Panel|"
    r"Council|Forum|Authority|Sub-Committee|Executive|Partnership|IJB|Members)\s+"
    r"(?:agreed|resolve[sd])\s*:-?\s*",
    re.I,
)


def _labelled(text: str) -> Outcome:
    """The outcome of what an "agreed:" label heads: its own verb, else agreed. Labels
    repeated over it ("AGREED: The Committee agreed: ...") head the same text: they are read
    past here, not by a call per label (a thousand of them would exhaust the stack)."""
    while (end := _agreed_label_end(text)) is not None:
        text = text[end:]
    # a "that" clause deferring or refusing under the label, as after "RESOLVED:": "The Board
    # RESOLVED: that approval of the outline business case be DEFERRED" defers, though its
    # subject's "approval" reads as a verb first
    passive = _passive_outcome(text, 0, after_that=False)
    if passive is not None:
        return passive
    found = classify_outcome(text)
    return "agreed" if found == "other" else found


def _agreed_label_end(text: str) -> int | None:
    """Where an "agreed:" label opening ``text`` ends, as ``classify_outcome`` reads one."""
    lead = _LEAD.match(text)
    if lead is None:
        agreed = _BODY_AGREED.match(text)
        return agreed.end() if agreed else None
    verb = lead.group(0).upper()
    if ("APPROVED" not in verb and "AGREED" in verb and ":" in verb
            and not _AGREED_NEXT.match(text[lead.end():])):
        return lead.end()
    return None


# A resolution's own number labelling its words, "Resolution HWB/2027/03: That ...": the label,
# not a word of the resolution (a number holding a figure, then a colon or a spaced dash). Set
# in capitals as a minute's labels are ("RESOLUTION 13/1: That ..."), or after the minute's
# "RESOLVED" ("RESOLVED – Resolution 14/1: That ..."), whose label is kept.
_NUMBER_LABEL = re.compile(
    r"^(\s*(?:(?i:resolved)\s*[:–—-]?\s*)?)(?i:resolution|decision)\s+(?i:No\.?\s*)?"
    r"(?=[\w/.-]*\d)[A-Z0-9][\w/.-]*\s*(?::|[–—-](?=\s))\s*(?=\S)")


def classify_outcome(text: str) -> Outcome:
    """The outcome of a decision text; ``other`` when no operative verb is found."""
    text = _NUMBER_LABEL.sub(r"\1", text, count=1)
    if negated_label(text):
        return "rejected"  # "NOT AGREED: That ...": the label records the refusal
    if opens_on_refusal(text):
        # "The recommendation to introduce a charge ... was not agreed.": the words record
        # the refusal of what they name, though "agreed" is the first verb in them
        return "rejected"
    label = _agreed_label_end(text)
    if label is not None:
        # "AGREED: that the report is noted", "The Committee agreed: to note the report"
        # (Scottish minutes): a label, what it heads decides (as after "RESOLVED:")
        return _labelled(text[label:])
    body = text
    lead = _LEAD.match(body)
    if lead:
        # "It was APPROVED: 1. That the Committee notes ..." records an approval whatever
        # the approved text says; "RESOLVED that ..." is decided by the verb that follows.
        verb = lead.group(0).upper()
        if "APPROVED" in verb:
            return "approved"
        resolves = _BODY_AGREED.match(body[lead.end():])
        if resolves:
            # "RESOLVED that the County Council resolves:" heads what it resolved, decided by
            # its own verbs (a motion's "To declare ...", "To request ...": agreed)
            return _labelled(body[lead.end() + resolves.end():])
        after_that = lead.group(0).rstrip().lower().endswith("that")
        passive = _passive_outcome(body, lead.end(), after_that)
        if "AGREED" in verb and not _AGREED_NEXT.match(body[lead.end():]):
            # "AGREED that officers prepare options" agrees; "AGREED that consideration be
            # deferred" defers
            deferral = after_that and _DEFERRED_THAT.match(body, lead.end())
            return "deferred" if deferral else passive or "agreed"
        if passive:
            return passive
        body = body[lead.end() :]
    elif (unled := _passive_outcome(body, 0, after_that=False)) in _OUTRANK_RECORD:
        # a resolution printed under its label on the line above, its "That" clause alone:
        # "That approval of the draft plan be deferred to the March meeting" defers, though
        # its subject's "approval" reads as a verb first
        return unled
    m = _PATTERN.search(_AGREED_TO.sub("", body, count=1))
    while m is not None and _CONDITIONAL_NOT_AGREED.match(m.group(0)) and _CONDITION_BEFORE.search(
            m.string, 0, m.start()):
        # "should the lease terms not be agreed by 1 April, the Director be authorised": a
        # condition's clause, no refusal: read on from its "agreed", as before the refusal's form
        m = _PATTERN.search(m.string, m.end() - len("agreed"))
    if m is None:
        return "other"
    name = next(k for k, v in m.groupdict().items() if v is not None)
    found = _VERBS[int(name.rsplit("_", 1)[1])][0]  # the group is named after its verb's index
    if found == "agreed" and _AGREED_DEFERRAL.match(m.string, m.start()):
        return "deferred"
    if found not in _OUTRANK_RECORD and _CONFIRMED_RECORD.search(body):
        # "be received and confirmed as a correct record": the minutes approved, though
        # "received" comes first; minutes deferred or refused "until confirmed as a correct
        # record" are not
        return "approved"
    return found
