"""Resolutions inside a minute's body: "Resolved that ...", "(10) Resolved that: (a) ... (b)",
"3. RESOLVED that Cabinet agree to: A) ... b)", "26) RESOLVED that", "RESOLVED – to note",
"Resolved:", "It was APPROVED: 1. ...", and, when nothing is resolved in so many words, a
closing "The Committee noted the report.", or (parish minutes) decisions written inline: an
"Approved & signed as correct.", "... proposed by Cllr A, seconded by Cllr B, all approved",
"It was agreed that ...", "Councillors agreed to give £50."."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kcc_papers.extract.minutes.patterns import wrapped_tail
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.needles import holds_any
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.normalise.textclean import join_lines, strip_bullet

# Where a paragraph number stands at the start of a line: "(5)", "3.", "- (2)", and the
# paragraphs of minute 47 numbered "47.1", "47.2" (compared by their second number).
PARA = re.compile(
    r"^(?:[-•]\s*)?(?:\((?P<paren>\d{1,2})\)|\d{1,3}\.(?P<sub>\d{1,2})\.?|(?P<dot>\d{1,2})\.|"
    r"(?P<half>\d{1,2})\))\s+"
)
# The words a decision's own label is printed in (a label is a line start with a colon after),
# in capitals or not but with a capital first: "decision" alone is a wrapped sentence's end.
# A licensing board's "Determination:" is its decision on an application.
_OUTCOME_LABEL = (r"(?=[A-Z])(?i:Decisions?|Outcomes?|Resolutions?|Determinations?|"
                  r"Penderfyniad(?:au)?|Penderfynwyd)")
# In two languages: alone on its line over the decision, or its colon followed by the decision
# ("Penderfyniad / Decision: Derbyn ... / To accept ...").
# Either half may be the verb ("Penderfynwyd / Resolved:", "Cytunwyd / Agreed:"): a word in
# one language beside its translation is a label, as a verb alone in prose is not.
_BILINGUAL_WORD = (r"(?=[A-Z])(?:" + _OUTCOME_LABEL.removeprefix("(?=[A-Z])")
                   + r"|(?i:Resolved|Agreed|Cytunwyd))")
_BILINGUAL_LABEL = rf"{_BILINGUAL_WORD}\s+/\s+{_BILINGUAL_WORD}\s*[:–-]?\s*$"
_BILINGUAL_LABELLED = rf"{_BILINGUAL_WORD}\s+/\s+{_BILINGUAL_WORD}\s*:\s*\S"
# A resolving verb in capitals as the label of the lines under it.
_BARE_VERB = r"(?:AGREED|DECIDED|RESOLVED)\s*[:.]?"
# Upper case anywhere; "Resolved" only where a paragraph starts (prose says "resolved" too).
# The words a body names itself by in its minutes ("The Committee ...", "Board members ...").
BODY = (r"(?:Committee|Cabinet|Board|Panel|Council|Forum|Authority|Sub-Committee|Executive"
        r"|Partnership)")
_RESOLVED = re.compile(
    r"\bRESOLVED\b|\b(?:AGREED|DECIDED)\b\s*(?:that|to|:|;|–|-)|^DECISIONS?\s*[:–-]|"
    # ... or opening a line with a comma after, the rest what was agreed: "AGREED, subject to
    # adding a report to the November meeting" (a work programme agreed with a change)
    r"^(?:AGREED|DECIDED),\s*\S|"
    # a committee's recommendation to the council: "RECOMMENDED to Council: That ...", the
    # label all in capitals too ("RECOMMENDED TO COUNCIL: that ...")
    r"\bRECOMMENDED\b(?:\s+(?i:to)\s+(?:(?i:the)\s+)?[A-Z][\w ]{0,40}?)?\s*(?:that|:|–|-)|"
    # A decision under a label of its own at the start of a line, in any of the words clerks
    # use for it: "Decision: That ...", "Outcome: The Board approved ...", "Resolution: To
    # accept the quotation", Welsh "Penderfyniad:"; or after a dash with the clause in lower
    # case ("Decision – to accept", where "Decision - 24/00097 - Special School Review" cites)
    rf"^{_OUTCOME_LABEL}\s*(?::\s*\S|\s[–-]\s*[a-z])|"
    # the body's verb in capitals, the template's mark of its decision: "The Board RECEIVED
    # and NOTED the report.", "The Committee APPROVED the plan."; where a sentence starts,
    # after the minute's account too ("... Skills Fund. The Board NOTED the update.")
    rf"(?:^|(?<=[.;]\s))The\s+(?:[\w&,'’-]+\s+){{0,6}}?{BODY}"
    r"\s+(?:RECEIVED|NOTED|APPROVED|ENDORSED|SUPPORTED|"
    r"RATIFIED|ADOPTED|RECOMMENDED|AGREED)\b|"
    # ... or by its members, as a company board's minutes put it: "Board members NOTED the
    # position", "Members APPROVED the plan"
    rf"(?:^|(?<=[.;]\s))(?:(?:The\s+)?{BODY}"
    r"\s+)?[Mm]embers\s+(?:RECEIVED|NOTED|APPROVED|"
    r"ENDORSED|SUPPORTED|AGREED)\b|"
    # ... or in a passive sentence: "The minutes of the meeting held on 3 December were
    # APPROVED as an accurate record", "The plan was AGREED" ("It was APPROVED that", a vote's
    # result, is _APPROVED's)
    r"(?<!\bIt\s)\b(?:was|were)\s+(?:APPROVED|AGREED|NOTED|ENDORSED|ADOPTED|CONFIRMED|RATIFIED)\b|"
    # "Agreed: to extend the opening hours" as a label over the decision (Northern Irish and
    # Scottish minutes), like "Decision:" above
    r"^(?:Agreed|Decided)\s*(?::|\s[–-])\s*\S|"
    # a licensing or planning board's verb in capitals: "The Board GRANTED the application"
    r"\b(?:GRANTED|REFUSED|REVOKED|SUSPENDED|DEFERRED)\b|"
    # "Decision" alone on its line over the decision's text (Scottish councils' minutes), or
    # as a label whose colon ends the line ("Decision:" over a list of what was decided)
    rf"^{_OUTCOME_LABEL}\s*:?\s*$|"
    # ... or in two languages, the label's colon after both: "PENDERFYNIAD / DECISION:"
    rf"^{_BILINGUAL_LABEL}|^{_BILINGUAL_LABELLED}|"
    # ... or the verb in capitals alone on its line over what was agreed ("AGREED" / "That ...")
    rf"^{_BARE_VERB}\s*$|"
    # ... or the whole decision, the outcome's word alone in capitals: "NOTED." (Northern
    # Irish minutes, where what was done is "AGREED - that ..."), "RECEIVED AND NOTED"
    r"^(?:(?:RECEIVED|CONSIDERED)\s+AND\s+)?NOTED\s*\.?\s*$|"
    # ... or "Noted:" alone on its line as the label over what the body noted, beside its
    # "Resolved:" over what it resolved (Scottish boards' minutes, numbered paragraphs under)
    r"^Noted\s*:\s*$|"
    r"^(?:[-•]\s*)?(?:\(\d{1,2}\)\s*|\d{1,2}\.\s*|\d{1,3}\.\d{1,2}\.?\s+)?Resolved\b|"
    # ... or as a label after a sentence's stop mid-line, its colon after it: "27/0988 - Fferm
    # Ty'n Llwyn - agricultural building. Resolved: no objection."
    r"(?<=[.;]\s)Resolved\s*:\s*\S|"
    # a committee's recommendation to the body it reports to as the label of its decision,
    # where a paragraph starts, the verb not in capitals: "Recommended to the Authority - that
    # ...", "Recommended: that ..." (the label's colon or dash: prose says "recommended" too)
    r"^Recommended(?:\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?\s*(?::|\s[–-])\s*\S|"
    # ... or alone on its line over the recommendation, as "Resolved:" is over a resolution
    # (a joint board's minutes print either label, as the board decides or recommends)
    r"^Recommended\s*:\s*$"
)
# The power a resolution is made under, named between the verb and what was resolved (a
# clause of a statute's words, no sentence's end within).
_UNDER_POWER = r"(?:(?:in\s+terms\s+of|under|in\s+accordance\s+with)\s+[^.;:]{1,200}?\s)?"
# A clause opening a sentence with what the body weighed or heard before it decided:
# "Following debate, ", "Having taken account of the views of the Independent Person, ", of at
# most _MAX_CLAUSE characters.
_MAX_CLAUSE = 200
# A month named (in full: "Mar" may be a word of the text), as a date in a clause prints it.
_A_MONTH = (r"\b(?-i:January|February|March|April|May|June|July|August|September|October"
            r"|November|December)\b")
_WEIGHED = rf"(?:Having|After|Following|On|Upon)\s[^.;]{{1,{_MAX_CLAUSE}}}?,\s+"
# ... but a clause naming a day or a month says when, not what it weighed: "On 12 January
# 2027, the Cabinet agreed to consult ..." recites a decision of another meeting.
WEIGHED_UNDATED = rf"(?![^.;,]{{0,{_MAX_CLAUSE}}}?{_A_MONTH}){_WEIGHED}"
# An adverb before the body's verb, one word: "The Committee unanimously resolved", "The Panel
# therefore resolved" (after the vote minuted before it).
_RESULT_ADVERB = r"(?:unanimously|therefore|accordingly|thereupon|then)"
_RESOLVED_CI = re.compile(
    r"\bit\s+was\s+resolved\b"
    # the body's verb as the label of the resolution under it: "The Committee resolved:"
    rf"|^The\s+(?:[\w&,'’-]+\s+){{0,6}}?{BODY}"
    r"\s+resolved\s*:"
    # ... or agreed or decided, after a clause of discussion too, the colon ending the line
    # over the list of what was decided: "After discussion, the Committee agreed:" / "(a) to
    # note ...; and" (Scottish councils' minutes)
    r"|(?:^|,\s+)The\s+(?:[\w&,'’-]+\s+){0,6}?(?:Committee|Cabinet|Board|Panel|Council|Forum|"
    r"Authority|Sub-Committee|Executive|Partnership)\s+(?:agreed|decided)\s*:\s*$"
    # a motion's result in the same sentence: "proposed by A, seconded by B and resolved that"
    r"|\bseconded\b[^.]{0,80}?\band\s+(?:unanimously\s+)?(?:resolved|agreed)\b"
    # ... or the motion declared carried, what it was agreed to do after: "The Cathaoirleach
    # declared the motion carried and it was agreed that the Council write to the Minister"
    r"|\bcarried,?\s+and\s+it\s+was\s+(?:resolved|agreed)\b"
    # the body resolving in a sentence of its own, mid-line too: "... building. The Council
    # resolved to object on the grounds of access" (a resolution however formal the minutes)
    # (the body's name in capitals: "The Clerk reported the Council resolved to ..." is
    # reported speech)
    # (after a clause of what the body weighed too: "Having taken account of the views of
    # the Independent Person, the Sub-Committee determined that the complaint be not
    # upheld"; a hearing "determines" a complaint as a council resolves) (only a clause
    # opening the sentence: after another, "The Chair reminded members that, in March, the
    # Council resolved to ...", it is reported speech still)
    rf"|(?:^|(?<=[.;]\s))(?:{_WEIGHED})?"
    r"(?:The\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}?(?:Committee|Cabinet|Board|"
    r"Panel|Council|Forum|Authority|Sub-Committee|Executive|Partnership)"
    # ... or its members, as a planning committee's minutes put it: "Members resolved to
    # refuse planning permission contrary to the officer recommendation"
    r"|(?-i:Members))\s+"
    # ... perhaps under the statute it acts by first: "The Committee resolved in terms of
    # Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the press"
    # (or resolving not to act: "the Panel resolved not to veto the proposed precept")
    # (an adverb tying it to the vote just minuted may stand before the verb: "The Panel
    # therefore resolved not to veto ...")
    rf"(?:{_RESULT_ADVERB}\s+)?(?:resolved|determined)\s+{_UNDER_POWER}(?:not\s+)?(?:to|that)\b"
    # ... or agreed, after what it weighed: "After debate, the Cabinet agreed option B, with
    # the amendment that ..." (opening its line, "The Committee agreed", is read as _NOTED)
    # (agreeing "with" a view is discussion: "the Board agreed with the officers that ...")
    # (a clause naming a day or a month says when, not what it weighed: "On 12 January 2027,
    # the Cabinet agreed to consult ..." recites a decision of another meeting)
    rf"|(?:^|(?<=[.;]\s)){WEIGHED_UNDATED}"
    rf"The\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){{0,6}}?{BODY}\s+(?:unanimously\s+)?agreed\b"
    r"(?!\s+with\b)"
    # ... or recommending to the body it reports to: "The Board recommended that the Pension
    # Fund Committee asks ..." (a local pension board or a scrutiny panel decides so). Only
    # the meeting's body as it names itself, bare: "The Independent Remuneration Panel
    # recommended that ..." recites another body's advice, which the meeting then decides on
    # (in the present tense too, as a joint board or a tenants' panel minutes its advice: "The
    # Board recommends to the Cabinet Member ... that the Order be made")
    rf"|(?:^|(?<=[.;]\s))The\s+{BODY}\s+(?:unanimously\s+)?recommend(?:ed|s)\s+(?:to|that)\b",
    re.I,
)
_APPROVED = re.compile(
    r"\bIt\s+was\s+(?:APPROVED|AGREED)\b|\bIt\s+was\s+(?:approved|agreed)\s*[:;]"
)
# "On being put to the vote the motion was LOST": a motion's (or an amendment's) defeat, the
# result in capitals.
# Only the motion's (or a proposal's, as a committee puts one to its vote): a lost amendment
# leaves the motion to be decided, and is no decision of its own. An adverb may stand before
# the result: "The motion was therefore LOST". Printed in small letters ("the proposal was
# lost (2 for, 4 against)") it is the same result where the sentence records the vote
# (_lost_on_a_vote); a proposal "lost in" or "lost to" something is no vote.
# The vote named between the motion and its result: "the motion was put to the vote and was
# LOST", "... and was declared lost".
_PUT_AND = r"(?:(?i:put\s+to\s+(?:the|a)\s+vote\s+and\s+(?:was|were))\s+)"
# ... not the amendment's, named by the motion it amends: "The amendment to the motion was put
# to the vote and was LOST" leaves the motion to be decided (the carried substantive after it).
_NOT_AMENDING = "".join(rf"(?<!(?i:amendment\sto\sthe\s{kind}))"
                        for kind in ("", r"substantive\s", r"original\s"))
_MOTION_LOST = re.compile(
    _NOT_AMENDING + r"\b(?i:motion|proposal)\s+(?:was|were)\s+" + _PUT_AND + r"?"
    r"(?:(?i:therefore|accordingly|then)\s+)?"
    r"(?:LOST\b|lost(?=\s*(?:[.;,(]|$)|\s+(?:by|on)\b))")
# Small letters are running text's too ("asked what would happen if the proposal was lost",
# "the point of the proposal was lost on members", "lost by the agent"): the result is a
# vote's where a count or the vote follows it ("lost (2 for, 4 against)", "lost by 4 votes to
# 2", "lost on the Chair's casting vote") ...
# (from the run's first space only: tried from every space of a long run, it read the rest)
_LOST_COUNT = re.compile(
    r"(?<!\s)(?:\s*\(\s*(?:\d|(?:for|against)\b)|\s+by\s+(?:\d|[a-z]+\s+votes?\b|(?:a|the)\s+"
    r"(?:majority|casting)\b)|\s+on\s+(?:a|the)\s+(?:\S+\s+)?(?:casting\s+)?vote\b)", re.I)
# ... or the sentence puts it to the vote first ("On being put to the vote the proposal was
# lost."), or is the result alone ("The motion was lost."), and says no "if" or "whether".
_VOTE_NAMED = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)
_RESULT_ALONE = re.compile(r"^\s*(?:(?:[-•]|\(?[a-z0-9]{1,3}[.)])\s*)?(?i:the)\s+"
                           r"(?:(?:amended|substantive|original)\s+)?$")
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless|should|would|could)\b", re.I)
_SENTENCE_END = re.compile(r"[.;:?!]\s")
# How far before the result its sentence is read: a vote put, or an "if", sits within a
# sentence's length of it (and a line of many results is read in time linear in its length).
HEAD_CHARS = 200
# A motion's result that it passed, in a clause before a "lost" ("the motion was carried").
_PASSED_FIRST = r"\b(?:was|were)\s+(?:carried|agreed|approved|passed|adopted|accepted)\b"
# A result the sentence words plainly, in any case: a motion declared lost by the chair or lost
# on the vote just named ("The motion was declared lost", "On being put to the vote the motion
# was lost"), and a proposal put to the meeting, the sentence's subject, not approved ("The
# proposal to open on Mondays was not approved").
_MOTION_DEFEATED = re.compile(
    _NOT_AMENDING + r"\b(?i:motion|proposal)\s+(?:was|were)\s+" + _PUT_AND + r"?"
    r"(?i:declared\s+(?:lost|defeated))\b"
    # (the proposal named in full: "On being put to the vote, the proposal to adopt the
    # revised policy was lost"; the name holding no result of its own: in "the motion was
    # carried and the amendment was lost" what was lost is the amendment)
    rf"|(?i:\bvote,?\s+the\s+(?:motion|proposal)\b(?:(?!{_PASSED_FIRST})[^.;]){{0,{_MAX_CLAUSE}}}?"
    r"\b(?:was|were)\s+(?:lost|defeated))\b"
    # the chair's declaration: "The Cathaoirleach declared the motion defeated"
    r"|(?i:\bdeclared\s+the\s+(?:motion|proposal)\s+(?:to\s+be\s+|to\s+have\s+been\s+)?"
    r"(?:lost|defeated))\b"
    rf"|(?:^|(?<=[.;]\s))The\s+(?i:proposal|motion)\b[^.;]{{0,{_MAX_CLAUSE}}}?"
    r"\b(?:was|were)\s+not\s+(?i:approved|agreed|carried|accepted|supported)\b")
# Bristol-style minutes record each vote and then the approved text; these lines end it.
_STOP = re.compile(
    r"^(?:Recommendation\s+\d+[A-Za-z]?\b|SUMMARY\s+OF\b|On\s+being\s+put\b)|\bwas\s+moved\s+by\b"
    r"|\bmoved\s+an\s+amendment\b"
)
# Page furniture that follows the last resolution on ModernGov pages and printed minutes.
_END = re.compile(
    r"^(?:Supporting\s+documents|Background\s+(?:papers|documents)|Original\s+Text|"
    r"(?:The\s+)?meeting\s+(?:ended|closed|finished|rose)|CHAIR(?:MAN)?\b[\s_.:]*$|"
    # a web page's footer: "© Kestrelford Borough Council 2026 | Privacy"
    r"(?:©|Copyright\b)|"
    # the reasons printed under a decision are not part of it
    r"Reasons?\s+for\s+(?:the\s+)?Decision\b|"
    # a board's table of actions under its resolution ("ACTIONS" / "Action  Owner  Due date")
    r"ACTIONS?(?:\s+(?:AGREED|ARISING|LOG))?\s*:?\s*$|Action\s+Owner\b"
    # an action under the decision: "ACTION: Clerk to obtain quotes"
    r"|(?-i:ACTIONS?)\s*:\s*\S)",
    re.I,
)
_NOTED = re.compile(
    # (a sub-committee's name is one word with its body's: "The Licensing Sub-Committee")
    r"^(?:The\s+(?:[\w&,'’-]+\s+){0,8}?(?:Sub-)?(?:Committee|Cabinet|Board|Panel|Council|Forum|"
    r"Partnership)"
    # (a States' or island body's "records" of its meetings are their minutes)
    r"|The\s+(?i:minutes?|notes|records?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?meetings?)\b.*?)"
    r"\s+(?:noted|agreed|endorsed|approved|received|"
    # or refused what was put to it: "The Forum did not approve the central services budget"
    # (not agreeing "with" a view is discussion: "did not agree with the applicant's comments")
    r"did\s+not\s+(?:approve|agree(?!\s+with\b)|accept|adopt|endorse|support)|"
    # ... or turned it down in a verb of its own: "The Board declined the request from ..."
    r"(?:declined|refused|rejected)\s+(?:the|a|an|this|these)\s|"
    # a committee's recommendation to its council: "The Committee recommended to Council that"
    r"recommended\s+to\s+(?:the\s+)?(?:Full\s+)?Council\b|"
    # or what it recommends, put first: "The Committee recommended the Treasury Management
    # Review to the Combined Authority Board" (the body named, capitalised, after "to", or
    # on the next line where the line ends at "to the")
    r"recommended\s+the\s+[^.;:]{1,120}?\sto(?:\s+(?:the\s+)?(?-i:[A-Z])\w*|(?:\s+the)?\s*$)|"
    # the last meeting's minutes, however their approval is put: "The minute was approved",
    # "were confirmed as a correct record", "were taken as read and signed as correct"
    r"(?:was|were)\s+(?:agreed|approved|noted|confirmed|taken\s+as\s+read))\b"
    # "Members noted the report.", "The Members noted the Clerk's report." (what members
    # agreed may be discussion: not read so)
    r"|^(?:The\s+)?Members\s+noted\b"
    # the body agreeing after another act of its own in the sentence: "The Committee thanked
    # the Leader for attending and agreed to invite him again in April 2028"
    # (the body's name its capitalised words: "The Overview and Scrutiny Committee thanked";
    # "The Leader of the Council welcomed ...", "The Chair said the Board met ..." are
    # another's acts)
    r"|^The\s+(?:(?:[A-Z][\w&'’-]*,?|and|&)\s+){0,8}?(?:Sub-)?(?:Committee|Cabinet|Board|Panel|"
    r"Council|Forum|Partnership)\s+(?!noted\b)[a-z]+ed\b"
    rf"[^.;]{{0,{_MAX_CLAUSE}}}?\sand\s+(?:agreed|resolved)\s+(?:to|that)\b"
    # a minute's one sentence that its subject was agreed, as the whole sentence: "The work
    # programme was agreed." (a history, "was approved by Council in March", goes on)
    # (not another body's subject, "The County Council budget was approved.", nor what
    # another body decides, "The application at Mill Lane was approved.")
    r"|^The\s+(?!(?:[\w&'’-]+\s+){0,4}?(?:(?:Council|Committee|Board|Authority|Government)\s"
    r"|(?i:applications?|appeals?)\b))"
    r"(?:[\w&'’-]+\s+){1,5}?(?:was|were)\s+(?:agreed|approved|adopted|endorsed)\s*\.?$"
)
# "The IJB noted the rolling action list": the body by the initials of its own name (see
# body_initials), doing what _NOTED's bodies do.
_INITIALS_NOTED = r"^The\s+(?:{names})\s+(?:noted|agreed|endorsed|approved|received)\b"
# Initials of fewer words than this are no name a body goes by.
_MIN_INITIALS = 2
_BARE_LABEL = re.compile(rf"^(?:{_OUTCOME_LABEL}\s*:?|{_BARE_VERB})\s*$|^{_BILINGUAL_LABEL}")
# "The Committee noted that its next meeting would be held on ...": a date, not a decision.
_NEXT_MEETING = re.compile(r"\bnext\s+meeting\b|\bdate\s+of\s+the\s+next\b", re.I)
# ... but an item put off to that meeting is: "The Committee agreed to defer consideration of
# the protocol to its next meeting" (the verb putting off to it: "the meeting of 10 April having
# been postponed" beside the next meeting's date puts off no item)
_PUT_OFF = re.compile(rf"\b(?:defer(?:s|red)?|postpone[sd]?)\b[^.;]{{0,{_MAX_CLAUSE}}}?"
                      r"\b(?:to|until)\s+(?:[\w'’]+\s+){1,3}?next\s+meeting\b", re.I)
_LIST_ITEM = re.compile(r"^(?:\(?[a-zA-Z]\)|[a-zA-Z]\.|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\)|[A-Z]\))\s")


# The words every match of _RESOLVED holds: its verbs in capitals and its labels as printed
# ("Agreed:", "Resolved"), or one of its label words in any case. A line without any is not
# searched (most body lines: the pattern, tried at every position, is the minutes' costliest).
RESOLVED_CASED = ("RESOLVED", "AGREED", "DECIDED", "RECOMMENDED", "RECEIVED", "NOTED",
                  "APPROVED", "ENDORSED", "SUPPORTED", "RATIFIED", "ADOPTED", "CONFIRMED",
                  "GRANTED", "REFUSED", "REVOKED", "SUSPENDED", "DEFERRED", "Agreed", "Decided",
                  "Resolved", "Recommended", "Noted")
# The words a motion lost holds, in any case (_MOTION_LOST).
_DECLARED_LOST = ("lost", "defeated", "not ")
RESOLVED_WORDS = ("decision", "outcome", "resolution", "determination", "penderfyn")
# The words every match of _RESOLVED_CI holds, in any case.
RESOLVED_CI_WORDS = ("resolved", "seconded", "recommend", "agreed", "decided",
                     "determined")


def _resolved(text: str) -> bool:
    """``_RESOLVED.search(text)``, skipped where none of its words is printed."""
    return ((any(word in text for word in RESOLVED_CASED) or holds_any(text, RESOLVED_WORDS))
            and _RESOLVED.search(text) is not None)


def _resolved_ci(text: str) -> bool:
    """``_RESOLVED_CI.search(text)``, skipped where none of its words is printed."""
    return holds_any(text, RESOLVED_CI_WORDS) and _RESOLVED_CI.search(text) is not None


def _numbered_label(text: str) -> bool:
    """A decision under its paragraph's number, as a board's numbered minutes print it: "4.2
    DECISION: The Board deferred ...", "3.2 The Board NOTED the designation." (the label or
    the body's verb in capitals opens the paragraph, after its number)."""
    para = PARA.match(text)
    return para is not None and _resolved(text[para.end():])


@dataclass(slots=True)
class Resolution:
    text: str
    page: int
    kind: str  # "resolved", "approved", "noted" or "inline"


def resolves(text: str) -> bool:
    """Whether a line records a resolution in so many words."""
    return _resolved(text) or _resolved_ci(text) or _APPROVED.search(text) is not None


def formal(bodies: list[list[tuple[int, str]]], names: Iterable[str | None] = ()) -> bool:
    """Whether minutes record their decisions formally ("RESOLVED", "It was APPROVED"): then an
    "It was agreed" in the text is discussion, and only a motion seen carried is a decision.
    ``names``: the lines heading the minutes and the names of their body; a local council's
    minutes are never formal (see _LOCAL_COUNCIL)."""
    if any(name and _LOCAL_COUNCIL.search(_VENUE.split(name, maxsplit=1)[0])
           for name in names):
        return False
    # "it was resolved" in running prose is how parish minutes write inline decisions too
    return any(_resolved(t) or _APPROVED.search(t) for body in bodies for _, t in body)


# Where a heading line goes on to say where the meeting was held: a district's committee may
# meet in a town council's offices ("HELD AT BRAYFORD TOWN COUNCIL OFFICES"), its minutes
# formal still. The body's name comes before.
_VENUE = re.compile(r"\b(?:held|venue|at)\b", re.I)
# A parish, town or community council, or a committee of one, as its minutes' head or its
# name says ("LLANGYNFELYN AND CWM COMMUNITY COUNCIL", "Cyngor Cymuned", "PARISH OF ST ERNOUL
# - ROADS COMMITTEE"): its clerk writes some decisions into the prose ("It was agreed that
# ...", "The report was noted.") beside those printed as RESOLVED, whatever a council's formal
# minutes would mean by them.
# (a district's body for its local councils is none of theirs: "Town and Parish Council
# Liaison Committee", "Parish Council Forum")
_LOCAL_COUNCIL = re.compile(
    r"\b(?:Parish|Town|Community)\s+Council\b"
    r"(?!\s+(?:Liaison|Forum|Association|Charter|Representatives?|Joint)\b)"
    r"|^Parish\s+of\s|\bCyngor\s+(?:Cymuned|Tref)\b",
    re.I)


def body_initials(*names: str | None) -> tuple[str, ...]:
    """The initials a body may go by in its own minutes: of the capitalised words of its name,
    from any of them on to the last ("Kelvinmuir Integration Joint Board": "KIJB", "IJB", "JB";
    "Police and Crime Panel": "PCP", "CP")."""
    out: list[str] = []
    for name in names:
        words = [w for w in re.findall(r"[A-Za-z]+", name or "") if w[0].isupper()]
        out += ["".join(w[0] for w in words[k:]).upper()
                for k in range(len(words) - _MIN_INITIALS + 1)]
    return tuple(dict.fromkeys(out))


# "The Committee noted that the appeal had been dismissed", "Members noted that the precept
# had been notified": what the meeting was told, not what it decided (that notes a report).
_NOTED_THAT = re.compile(r"^(?:The\s+(?:[\w&,'’-]+\s+){0,8}?|Members\s+)noted\s+that\b")


def _noted(text: str, initials: tuple[str, ...]) -> bool:
    if ((_NEXT_MEETING.search(text) and not _PUT_OFF.search(text))
            or ("noted that" in text and _NOTED_THAT.match(text))):
        return False
    if _NOTED.match(text):
        return True
    names = "|".join(re.escape(i) for i in initials)
    return bool(names) and bool(re.match(_INITIALS_NOTED.format(names=names), text))


def _noted_sentence(body: list[tuple[int, str]], initials: tuple[str, ...]) -> list[Resolution]:
    """The last sentence that notes as a line may ("The Board noted the feedback."), begun
    after another on its line ("Mr A fed back from the visit. The Board noted the feedback."):
    the body's own sentence, wherever the line breaks. (What it was told, "noted that ...", is
    none, as on a line of its own.)"""
    noted = [(page, text) for page, sentence in _sentences(body)
             if _noted(text := PARA.sub("", sentence), initials)]
    return [Resolution(noted[-1][1], noted[-1][0], "noted")] if noted else []


# What a minute's closing sentence notes when it notes the report the meeting was given, the
# sentence ending there: "The Board noted the report.", "The Committee noted the verbal update."
_REPORT_NOTED = re.compile(r"\bnoted\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:report|update|briefing|presentation)\s*\.?$")


def _report_noted_last(body: list[tuple[int, str]],
                       initials: tuple[str, ...]) -> list[Resolution]:
    """Formal minutes' decision where a minute closes on the body noting the report it was
    given, after the report's account on the same line ("The Operations Manager reported no
    accidents. The Board noted the report."): the minute's decision, as it is on a line of
    its own; noting anything else there ("noted the declaration") records what happened."""
    sentences = _sentences(body)
    if not sentences:
        return []
    page, sentence = sentences[-1]
    text = PARA.sub("", sentence)
    if _REPORT_NOTED.search(text) and _noted(text, initials):
        return [Resolution(text, page, "noted")]
    return []


# "The minutes of the meeting held on 18 March 2026" over "were agreed as a correct record.":
# the last meeting's minutes, their approval wrapped onto the next line (a narrow column).
_MINUTES_OPENING = re.compile(r"^The\s+minutes?\b", re.I)


def _minutes_wrapped(texts: list[str], i: int, initials: tuple[str, ...]) -> bool:
    text = texts[i].rstrip()
    if i + 1 >= len(texts) or not _MINUTES_OPENING.match(text) or text.endswith((".", ";", ":")):
        return False
    return _noted(f"{text} {texts[i + 1].strip()}", initials)


def find_resolutions(body: list[tuple[int, str]], motions_only: bool = False,
                     initials: tuple[str, ...] = ()) -> list[Resolution]:
    """The resolutions of one minute. ``motions_only``: the minutes are formal (see
    ``formal``), so inline decisions count only as motions proposed and carried.
    ``initials``: what the meeting's body goes by (body_initials)."""
    texts = [t for _, t in body]
    anchors = [i for i, t in enumerate(texts) if _resolved(t) or _resolved_ci(t)
               or _numbered_label(t) or _body_decides(texts, i) or _responds(texts, i)]
    anchors = _without_wrapped_verbs(texts, anchors)
    anchors = [i for i in anchors if not _advice_resolved_on(texts, i, anchors)]
    kind = "resolved"
    if anchors and not _refuses(texts, anchors):
        # a motion or proposal lost in a minute that resolves something else too (a member's
        # proposal voted down before the committee resolves on its report, or in one lettered
        # part of a parish minute, another part resolved): a decision of its own still
        anchors = sorted({*anchors, *_lost(texts)})
    if not anchors:
        anchors = [i for i, t in enumerate(texts) if _APPROVED.search(t)]
        kind = "approved"
    if not anchors:
        # a motion put to the vote and lost: nothing is resolved or approved (a lost
        # amendment is only on the way to what is), and the result, printed in capitals as
        # the template marks a decision, is the minute's decision
        anchors = _lost(texts)
        kind = "resolved"
    if not anchors:
        # (in a lettered part of the minute too: "(a) The minutes of the meeting held on ...
        # were agreed as a correct record", "(b) Matters arising: ...")
        noted = [i for i, t in enumerate(texts)
                 if _noted(_LIST_ITEM.sub("", t, count=1), initials)
                 or _minutes_wrapped(texts, i, initials)]
        if not noted:
            found = inline_decisions(body)
            if motions_only:
                found = [r for r in found if (_MOTION.search(r.text) and _CARRIED.search(r.text))
                         or _BARE_OUTCOME.match(r.text) or _closes_with_result(r.text)]
            if not motions_only:
                # (formal minutes mark what they decide: a noting sentence inside their
                # prose, "Mrs A declared an interest. The Panel noted the declaration.", is
                # the record of what happened, not a decision)
                found = found or _noted_sentence(body, initials)
            else:
                found = found or _report_noted_last(body, initials)
            return found + [r for r in _deferral(body)
                            if not any(r.text in other.text for other in found)]
        i = noted[-1]
        end = _sentence_end(texts, i)
        return [Resolution(_join(texts[i:end]), body[i][0], "noted"),
                *_went_on(body, texts, end)]
    out = []
    # (a translation still ends the decision above it)
    translations = _translations(texts, anchors)
    for n, i in enumerate(anchors):
        if i in translations:
            continue
        limit = anchors[n + 1] if n + 1 < len(anchors) else len(texts)
        end = _span_end(texts, i, limit, kind)
        first = _from_resolving_sentence(PARA.sub("", strip_bullet(texts[i])),
                                         texts[i + 1] if i + 1 < len(texts) else "")
        rest = texts[i + 1 : end]
        text = _join(rest if _BARE_LABEL.match(first) else [first, *rest])
        recommended = _recommendation_before(texts, i, anchors[n - 1] + 1 if n else 0)
        if recommended and _BARE_LABEL.match(first) and not (rest and _SAYS_WHAT.match(rest[0])):
            text = recommended  # "Recommendation: that ..." over "AGREED": what was agreed
        elif recommended and _ADOPTS_RECOMMENDATION.search(text):
            text = f"{recommended} {text}"  # "... AGREED - that the recommendation be adopted"
        if text:
            out.append(Resolution(text, body[i][0], kind))
    return out


# A decision's label in Welsh alone, its mark as English labels print theirs or none
# ("Penderfynwyd: cymeradwyo ...", "Penderfynwyd - talu ...", "PENDERFYNWYD bod ..."), not
# beside its English ("Penderfyniad / Decision:", which heads the decision in both languages).
_WELSH_LABEL = re.compile(r"^(?:Penderfyn(?:wyd|iad(?:au)?)|Cytunwyd)\b(?!\s*/)", re.I)
_STOPPED = re.compile(r"[.;]\s*$")


# A body's advice in the present tense: "The Cabinet recommends that the Council approves ..."
# (as _RESOLVED_CI reads it).
_RECOMMENDS = re.compile(
    rf"(?:^|(?<=[.;]\s))The\s+{BODY}"
    r"\s+(?:unanimously\s+)?recommends\s+(?:to|that)\b",
    re.I)


def _advice_resolved_on(texts: list[str], i: int, anchors: list[int]) -> bool:
    """Whether line ``i`` is advice in the present tense (_RECOMMENDS) that the minute then
    resolves on under its own label ("RESOLVED: That the budget be approved"): another body's
    recommendation recited to the meeting (the Cabinet's in the Council's minutes), no
    decision of the meeting's own; a joint board's advice minuted so stands alone."""
    return (bool(_RECOMMENDS.search(texts[i])) and not _resolved(texts[i])
            and any(j > i and _resolved(texts[j]) for j in anchors))


def _translations(texts: list[str], anchors: list[int]) -> set[int]:
    """The anchors of a decision in Welsh printed straight after (or before) the same
    decision in English, under a label of its own ("Resolved: that the minutes be approved
    ..." over "Penderfynwyd: cymeradwyo cofnodion ..."): a bilingual council records each
    decision in both languages, and the English is read once. A Welsh decision with no
    English beside it is none of them."""
    welsh = [bool(_WELSH_LABEL.match(texts[i])) for i in anchors]
    dropped: set[int] = set()
    for n in range(len(anchors) - 1):
        if welsh[n] == welsh[n + 1]:
            continue
        # the two adjacent: the first's lines run on to the second's label, its stop on the
        # last of them (no other sentence between)
        first = texts[anchors[n] : anchors[n + 1]]
        if any(_STOPPED.search(t) for t in first[:-1]):
            continue
        dropped.add(anchors[n] if welsh[n] else anchors[n + 1])
    return dropped


# A minute whose item was put off, and nothing else decided: "Consideration of this item was
# deferred to the next meeting at the request of the ICB", "Discussion of the nurse staffing
# report was deferred to the September meeting". The deferral, a sentence of its own, is the
# minute's decision however plain the minutes (formal ones print no RESOLVED for it either).
# (the words between run a word at a time: no two runs of any character side by side)
_DEFERRAL = re.compile(
    r"^(?:(?:Consideration|Discussion|Determination)\s+of\s+(?:this|the)\b(?:\s+[^\s.;:]+){0,12}?"
    r"|(?:The|This)\s+(?:item|report|matter|application))"
    # (to when, or why: "deferred in January" tells the item's history; so does a deferral
    # to the meeting now minuted, "deferred to this meeting from January", and one told in
    # the pluperfect, "had been deferred pending a site visit": what was put off is before it;
    # and one within the meeting, "deferred until later in the meeting", "to after item 9",
    # is the order of business, the item taken that evening all the same)
    r"\s+(?:was|were|has\s+been)\s+(?:deferred|postponed)\s+(?:to|until|pending)\b"
    r"(?!\s+(?:this|today['’]?s|the\s+present)\s+meeting\b"
    r"|\s+(?:later\s+in|the\s+end\s+of)\s+(?:the|this)\s+meeting\b"
    r"|\s+after\s+(?:agenda\s+)?item\b)",
    re.I)
_DEFERRAL_WORDS = ("deferred", "postponed")


def _deferral(body: list[tuple[int, str]]) -> list[Resolution]:
    """Each sentence of a minute that puts its item off (see _DEFERRAL)."""
    out: list[Resolution] = []
    for page, sentence in _sentences(body):
        text = PARA.sub("", sentence)
        if holds_any(text, _DEFERRAL_WORDS) and _DEFERRAL.match(text):
            out.append(Resolution(text, page, "noted"))
    return out


# A line opening with a board's verb in capitals: "DEFERRED to allow the applicant ...".
_OPENS_WITH_VERB = re.compile(r"^(?:GRANTED|REFUSED|REVOKED|SUSPENDED|DEFERRED)\b")
# A sentence's stop at a line's end: what follows starts a sentence of its own.
_ENDS_SENTENCE = re.compile(r"[.;:]\s*$")
# A line ending on a passive verb's auxiliary ("... the application be", "is hereby"): its
# participle is on the next line. (Minutes that print no stop at a decision's end are told
# from a wrapped sentence by this, not by the missing stop.)
_ENDS_ON_AUXILIARY = re.compile(r"\b(?:be|been|is|are|was|were|hereby)\s*$", re.I)


def _without_wrapped_verbs(texts: list[str], anchors: list[int]) -> list[int]:
    """The anchors but those where a resolution's sentence wrapped before its verb in
    capitals: "RESOLVED: That consideration of the applications be" over "DEFERRED to allow
    ...": the line goes on with the sentence above (its auxiliary ending the line above, no
    stop between), not a decision of its own."""
    out: list[int] = []
    for i in anchors:
        if (out and _OPENS_WITH_VERB.match(texts[i]) and _ENDS_ON_AUXILIARY.search(texts[i - 1])
                and not any(_ENDS_SENTENCE.search(t) for t in texts[out[-1]:i])):
            continue
        out.append(i)
    return out


# A minute that prints the recommendation put to the meeting and then only that it was agreed
# (Northern Irish councils: "Recommendation: that ..." over "AGREED", or "Proposed by A,
# seconded by B and AGREED - that the recommendation be adopted"): the decision is the
# recommendation's words. It is looked for this many lines back (a paragraph wrapped in a PDF).
_RECOMMENDATION = re.compile(
    r"^\s*(?:Officers?'?\s+)?(?-i:R)ecommendations?\s*[:–-]\s*(?=\S)", re.I)
RECOMMENDATION_LINES = 6
_ADOPTS_RECOMMENDATION = re.compile(
    r"\bthe\s+recommendations?\s+(?:be|was|were|is|are)\s+(?:adopted|agreed|approved|accepted|"
    r"endorsed)\b", re.I)
# The lines under a bare "AGREED" that say what was agreed themselves: "That ...", a list.
_SAYS_WHAT = re.compile(r"^\s*(?:That|To)\b|^\s*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s")


def _recommendation_before(texts: list[str], i: int, floor: int) -> str | None:
    """The text of the recommendation printed just above line ``i`` (no earlier than
    ``floor``, the line after the resolution before), its label dropped."""
    for j in range(i - 1, max(floor, i - RECOMMENDATION_LINES) - 1, -1):
        if m := _RECOMMENDATION.match(texts[j]):
            return _join([texts[j][m.end():], *texts[j + 1 : i]]) or None
    return None


# "The Board:" over a list of what it did: "(a) noted the report; (b) approved the plan".
_BODY_COLON = re.compile(
    r"^The\s+(?:[\w&,'’-]+\s+){0,6}?(?:Committee|Cabinet|Board|Panel|Council|Forum|"
    r"Sub-Committee|Executive)\s*:\s*$"
)
_DECIDED_ITEM = re.compile(
    r"^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:noted|agreed|approved|endorsed|resolved|recommended|"
    r"supported|accepted|adopted|deferred|refused|rejected|requested|delegated|authori[sz]ed)\b",
    re.I,
)


# A council's response to a planning application, ending the line that cites it: "25/04412/HH,
# Orchard House - rear conservatory. No objection." It is what the meeting decided to say.
# Written with a capital, as a sentence of its own ("... spoke in\nsupport." is prose); or
# the council's own sentence ending the line, with its reasons: "... holiday let. The Council
# objects on the grounds of highway safety."
_RESPONSE = re.compile(
    r"(?:^|(?<=[.:;–-]\s))(?:(?:No\s+(?i:objections?|comments?|observations?)|NO\s+OBJECTIONS?|"
    r"Objections?|Object|Support(?:ed)?)(?:\s+(?:raised|made|recorded))?\.?\s*$"
    # ... or its reasons or proviso after a colon, comma or dash, to the line's end: "Object:
    # overdevelopment of the site", "OBJECT - the access is narrow", "No objection, provided
    # the illumination is static" (the council's verb or its "no objection": a plain
    # "Objections:" labels the representations an application drew, "Objections: 14 letters")
    r"|(?:No\s+(?i:objections?)|NO\s+OBJECTIONS?|Object|OBJECT)"
    r"(?::|,|\s[–-])\s+\S.*$"
    r"|The\s+(?:Parish\s+|Town\s+|Community\s+)?Council\s+(?:objects|supports"
    # ... or says it has none: "The Council has no objection."
    r"|(?:has|had|raises|raised)\s+no\s+(?i:objections?|comments?|observations?))"
    r"\b[^.]*(?:\.\s*)?$)"
)
# An application's reference ("25/04412/HH", "P/26/0123", "DC/2018/00554", a Welsh county's
# "A27/0318": its letter glued to the year, or to the year and number, "A270412"), never a
# date.
_APPLICATION = re.compile(r"\b\d{2}/\d{3,6}/[A-Z]{2,6}\b|\b[A-Z]{1,4}/\d{2,4}/\d{2,6}\b"
                          r"|\b[A-Z]{1,2}\d{2}/\d{3,6}\b|\b[A-Z]\d{6,7}\b|\bapplication\b",
                          re.I)


def _responds(texts: list[str], i: int) -> bool:
    """A response ending the line that cites the application, or (a full sentence of its own)
    the line under it; begun on the line and wrapped onto the next ("... two holiday lodges.
    The Council" over "objects: access onto the lane is unsafe.")."""
    m = _RESPONSE.search(texts[i])
    if not m and i + 1 < len(texts) and _RESPONSE_WRAPS.search(texts[i]):
        line = f"{texts[i].rstrip()} {texts[i + 1].strip()}"
        m = _RESPONSE.search(line)
        if m is None or m.start() >= len(texts[i].rstrip()):
            return False
        return bool(_APPLICATION.search(line[: m.start()]))
    if not m:
        return False
    if m.start() > 0:
        # (the entry wrapped: its reference on the line above, which runs on into this one)
        return bool(_APPLICATION.search(texts[i][: m.start()])) or (
            i > 0 and bool(_APPLICATION.search(texts[i - 1]))
            and not texts[i - 1].rstrip().endswith((".", ";")))
    return (i > 0 and bool(_APPLICATION.search(texts[i - 1])) and texts[i].rstrip().endswith(".")
            and texts[i - 1].rstrip().endswith((".", ":", ";")))


# The council's own response begun at a line's end, its verb on the next line.
_RESPONSE_WRAPS = re.compile(r"(?<=[.:;]\s)The\s+(?:(?:Parish|Town|Community)\s+)?Council\s*$")


# A label alone on its line ("Noted:", "Resolved:"): the decision under it is its own anchor.
_LABEL_ALONE = re.compile(r"^\s*\w+\s*:\s*$")


def _body_decides(texts: list[str], i: int) -> bool:
    """"The Board:" over a list of what it did; not over a label ("The Joint Board:" /
    "Noted:" / "5.1. The findings ..."), which anchors the decision under it itself."""
    return bool(_BODY_COLON.match(texts[i]) and i + 1 < len(texts)
                and _DECIDED_ITEM.match(texts[i + 1]) and not _LABEL_ALONE.match(texts[i + 1]))


def _refuses(texts: list[str], anchors: list[int]) -> bool:
    """Whether a resolution of the minute refuses ("RESOLVED that the expansion be not
    approved", "that permission be refused"): a motion to approve it lost on the vote is that
    resolution's vote, not a decision of its own (read with the line after it, where a
    resolution's verb may wrap)."""
    return any(classify_outcome(" ".join(texts[i : i + 2])) == "rejected" for i in anchors)


def _lost(texts: list[str]) -> list[int]:
    """The lines recording a motion or proposal put to the vote and lost (_MOTION_DEFEATED, or
    _MOTION_LOST where the result in small letters is a vote's: _lost_on_a_vote); or starting
    such a record that the result ends on the next line ("... the motion was put to the vote
    and was" over "LOST (3 for, 8 against)."), as a narrow or justified column wraps it: the
    record is its first line's, the next line (which may read as one alone, "On being put to
    the vote the" over "proposal was lost.") no record of its own."""
    found: list[int] = []
    for i, t in enumerate(texts):
        if found and found[-1] == i - 1 and _lost_on(
                texts, i - 1, f"{texts[i - 1]} {t}", wrapped_at=len(texts[i - 1])):
            continue  # the end of the record the line before starts
        if _lost_on(texts, i, t) or (i + 1 < len(texts) and _lost_on(
                texts, i, f"{t} {texts[i + 1]}", wrapped_at=len(t))):
            found.append(i)
    return found


def _lost_on(texts: list[str], i: int, line: str, wrapped_at: int | None = None) -> bool:
    """Whether ``line`` (line ``i``, or with the next joined on after ``wrapped_at``
    characters) records a motion lost; joined, by a result that only the join reads (it
    starts on line ``i`` and ends on the next)."""
    tail = line if wrapped_at is None else line[wrapped_at:]
    if not ("LOST" in tail or holds_any(tail, _DECLARED_LOST)):
        return False
    found = [m for m in (*_MOTION_DEFEATED.finditer(line), *(
        m for m in _MOTION_LOST.finditer(line)
        if m.group().endswith("LOST") or _lost_on_a_vote(texts, i, m, line)))]
    return any(wrapped_at is None or m.start() < wrapped_at < m.end() for m in found)


def _lost_on_a_vote(texts: list[str], i: int, lost: re.Match[str], line: str) -> bool:
    """Whether ``lost``, a result in small letters on ``line`` (line ``i``), records a vote: a
    count or the vote after it, or a sentence naming the vote, or saying nothing else, before
    it (from the line before where the sentence starts there)."""
    if _LOST_COUNT.match(line, lost.end()):
        return True
    head = line[max(0, lost.start() - HEAD_CHARS): lost.start()]
    ends = list(_SENTENCE_END.finditer(head))
    if ends:
        head = head[ends[-1].end():]
    elif i > 0 and len(head) < HEAD_CHARS:
        before = texts[i - 1][-HEAD_CHARS:]
        ends = list(_SENTENCE_END.finditer(before + " "))
        head = (before[ends[-1].end():] if ends else before) + " " + head
    if _CONDITIONAL.search(head):
        return False
    return bool(_VOTE_NAMED.search(head) or _RESULT_ALONE.match(head))


def _from_resolving_sentence(line: str, following: str = "") -> str:
    """A line whose resolution follows a sentence of discussion ("Three quotations had been
    received. It was resolved to accept ..."): the resolution starts at its own sentence; or
    at its last, where the line ends in a motion's defeat the ``following`` line ends ("...
    After debate the motion was put to the vote and was" over "LOST (3 for, 8 against).")."""
    parts = _split_sentences(line)
    at = next((k for k, part in enumerate(parts) if _resolved(part)
               or _resolved_ci(part) or _RESPONSE.search(part) or _MOTION_LOST.search(part)
               or _MOTION_DEFEATED.search(part)), None)
    if at is None and following:
        joined = f"{parts[-1]} {following}"
        wrapped = (*_MOTION_LOST.finditer(joined), *_MOTION_DEFEATED.finditer(joined))
        if any(m.start() < len(parts[-1]) < m.end() for m in wrapped):
            at = len(parts) - 1
    return " ".join(parts[at or 0:])


def _span_end(texts: list[str], start: int, limit: int, kind: str) -> int:
    """A resolution runs on until the minute's next numbered paragraph (same style, higher
    number) or, in vote-by-vote minutes, the next recommendation being moved."""
    para = PARA.match(strip_bullet(texts[start]))
    styles = ("paren", "sub", "dot", "half")
    style = next((k for k in styles if para.group(k)), None) if para else None
    number = int(para.group(style)) if para and style else None
    # a resolution inside a list entry ("(b) 26/00140/FUL ... The Council resolved to object")
    # ends where the entry's next sibling starts
    entry = _marker(strip_bullet(texts[start]))
    # ... and one under a list entry ("(a) Payments for approval:" ... "RESOLVED that the
    # payments be approved." over "(b) Grant application"), at that entry's next sibling once
    # its sentence has ended, unless a list of its own comes first ("RESOLVED that:" over "(a)
    # ..."; "It was APPROVED; That the Committee" over "3. Approved ...", a list numbered on
    # from the one above)
    above = None if entry else _entry_above(texts, start)
    english = not _WELSH_LABEL.match(PARA.sub("", strip_bullet(texts[start])))
    for j in range(start + 1, limit):
        line = strip_bullet(texts[j])
        if _next_entry(entry, line):
            return j
        if above is not None and _LIST_ITEM.match(line):
            if _next_entry(above, line) and texts[j - 1].rstrip().endswith("."):
                return j
            above = None
        # a bilingual close prints the English after the stroke: "Daeth ... / The meeting ended"
        later = halves(line, before_capital=True)[1:]
        if ((_END.match(line) and not wrapped_tail(texts[j - 1], line))
                or any(_END.match(half) for half in later)):
            return j
        m = PARA.match(line)
        if m and style and m.group(style) and number is not None and int(m.group(style)) > number:
            return j
        if english and _WELSH_LABEL.match(line):
            return j  # its Welsh (see _translations): another language, no more of its words
        if kind == "approved" and _STOP.search(line):
            return j
        if kind == "resolved" and _STOP.search(line) and not _LIST_ITEM.match(line):
            return j
    return limit


def _entry_above(texts: list[str], start: int) -> tuple[str, set[tuple[str, int]]] | None:
    """The marker of the nearest list entry above line ``start`` of a minute, if any."""
    for j in range(start - 1, -1, -1):
        if (entry := _marker(strip_bullet(texts[j]))) is not None:
            return entry
    return None


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}


def _marker(line: str) -> tuple[str, set[tuple[str, int]]] | None:
    """A list entry's marker as its punctuation and the values it may stand for: "(i)" is the
    ninth letter or the first roman numeral, "(ii)" only the second numeral."""
    m = _LIST_ITEM.match(line)
    if not m:
        return None
    marker = m.group(0).strip()
    body = marker.strip("(.)")
    values: set[tuple[str, int]] = set()
    if body.isdigit():
        values.add(("digit", int(body)))
    if len(body) == 1 and body.isalpha():
        values.add(("upper" if body.isupper() else "lower", ord(body.lower()) - ord("a") + 1))
    if body in _ROMAN:
        values.add(("roman", _ROMAN[body]))
    return re.sub(r"\w+", "a", marker), values


def _next_entry(entry: tuple[str, set[tuple[str, int]]] | None, line: str) -> bool:
    """Whether ``line`` starts the list entry after ``entry``: "(c)" after "(b)"."""
    other = _marker(line)
    if entry is None or other is None or other[0] != entry[0]:
        return False
    return any((kind, value + 1) in other[1] for kind, value in entry[1])


# What the body went on to do, in the sentences straight after its closing "The Committee
# noted ...": "The Committee requested a deep dive into ...", "... asked that the Director
# attend"; a decision each (not "asked about ...", a question in the debate; nor what one of
# its members asked: "The Chair of the Committee asked that ...").
_WENT_ON = re.compile(
    r"^The\s+(?:[\w&,'’-]+\s+){0,8}?(?<!\bof\sthe\s)"
    r"(?:Committee|Cabinet|Board|Panel|Council|Forum|Partnership)"
    r"\s+(?:requested|instructed|deferred|delegated|authori[sz]ed|asked\s+(?:that|for)\b)")


def _went_on(body: list[tuple[int, str]], texts: list[str], start: int) -> list[Resolution]:
    """The body's decisions in the sentences from line ``start`` on, each a sentence of its
    own at a line's start, up to the first sentence that is none."""
    out: list[Resolution] = []
    while start < len(texts) and _WENT_ON.match(texts[start]):
        end = _sentence_end(texts, start)
        out.append(Resolution(_join(texts[start:end]), body[start][0], "noted"))
        start = end
    return out


def _sentence_end(texts: list[str], start: int) -> int:
    for j in range(start, len(texts)):
        if texts[j].rstrip().endswith("."):
            return j + 1
    return len(texts)


def _join(lines: list[str]) -> str:
    """Wrapped lines as text, keeping each list item ("(a)", "2.", "b)") on a line of its own."""
    paragraphs: list[list[str]] = []
    for line in lines:
        line = strip_bullet(line)
        if not paragraphs or _LIST_ITEM.match(line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return "\n".join(join_lines(p) for p in paragraphs).strip()


# The papers and proposals a meeting accepts (not apologies, which it only receives).
# (an application, a bid or a grant is mostly approved by some other body)
_PUT = (r"(?:reports?|accounts?|budgets?|plans?|recommendations?|proposals?|quotations?|quotes?|"
        r"tenders?|estimates?|statements?|polic(?:y|ies)|strateg(?:y|ies)|precept|motion|"
        r"amendment|scheme|request|invoices?|payments?|correspondence)")
# Another body's decision reported: "The County Council budget was approved", "... was
# approved by the district council".
_OTHER_BODY = (r"(?!(?:[\w'’-]+\s+){0,4}?(?:Council|Committee|Board|Authority|Government)\s)")
_BY_ANOTHER = (r"(?!\s+(?:by|at)\s+(?:the\s+)?(?!the\s)(?:[\w'’-]+\s+){1,3}?(?:council|"
               r"committee|board|authority|government|department|inspector|minister)\b)")
# A clause of discussion before the decision: "After discussion", "Following a short debate,".
_LEAD_IN = r"(?:After|Following)(?:\s+[^\s,.]+){1,6}?,?\s+"
# How long a clause of what the body considered may run before its decision (a report's
# date, author and subject: "having considered a report dated ... from the Director, ...").
_MAX_PARTICIPLE = 400
# Decisions written into the text of parish and community council minutes.
_INLINE = re.compile(
    r"^(?:[-–•]\s*)?(?:All\s+)?(?:approved|agreed|adopted)\b"
    r"|\b(?:all|unanimously)\s+(?:approved|agreed|carried)\b"
    r"|\bpropos(?:ed|al)(?:\s+(?:by|of))?\b.{0,120}?\bseconded(?:\s+by)?\b"
    r"|\bproposed,?\s+and\s+.{0,60}?\bseconded\b"
    # a parish assembly decides as the Assembly: "The Assembly authorised the Roads Committee"
    # (after a clause of discussion: "After discussion it was agreed to defer consideration")
    rf"|^(?P<lead>{_LEAD_IN})?It\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\s+(?:to|that)\b"
    r"|^(?:It\s+was|(?:All\s+)?(?:Councillors|Members|Cllrs)(?:\s+present)?|The\s+(?:\w+\s+)?Council"
    r"|The\s+(?:\w+\s+)?Assembly)"
    r"\s+(?:unanimously\s+)?(?:agreed|approved|resolved|adopted|authori[sz]ed|"
    r"voted\s+(?:to|in\s+favour))\b"
    # a committee's minutes in plain prose, the body agreeing in the sentence, after a clause
    # of discussion or a verb of its own: "After discussion the Committee agreed to accept the
    # quotation", "The Committee confirmed the dates, and agreed that notices be placed"
    # (its words a word at a time: a run of any character beside the spaces was quadratic)
    rf"|(?:^|\b(?P<after>{_LEAD_IN}))The\s+(?:\w+\s+)?(?:Committee|"
    r"Board|Panel|Sub-Committee|Forum|Partnership)\b[^.]{0,160}?\b(?:agreed|resolved)\s+(?:to|that)\b"
    # ... or after what it considered, a clause set off by commas however long: "The
    # Committee, having considered a report dated 30th April 2028 from the Director, ..., on
    # the findings of the survey, agreed to close the rampart" (States of Guernsey minutes)
    r"|^The\s+(?:\w+\s+)?(?:Committee|Board|Panel|Sub-Committee|Forum|Partnership),\s+having\s"
    rf"[^.]{{0,{_MAX_PARTICIPLE}}}?,\s+(?:agreed|resolved)\s+(?:to|that)\b"
    r"|[–-]\s*approved\.?$"
    # what was put to the meeting, accepted: "The Treasurer's report was accepted.", "The
    # quotation from A Ltd was approved." (apologies "were accepted" are not a decision)
    # (before the paper only names and its kind: "The Clerk reported that the ... was
    # approved" is reported speech)
    rf"|^The\s+{_OTHER_BODY}(?:(?-i:[A-Z])[\w'’-]*\s+|(?:draft|revised|final|annual|proposed|"
    rf"updated|amended|monthly|quarterly)\s+"
    # (or the one word naming the paper's kind before it: "The work plan", "The action plan";
    # or what holds them: "The list of correspondence", "The schedule of payments")
    rf"|[a-z]+\s+(?:of\s+)?(?={_PUT}\b)){{0,4}}?{_PUT}\b(?:\s+[\w'’,-]+){{0,8}}?\s+"
    rf"(?:was|were)\s+(?:unanimously\s+)?(?:accepted|approved|adopted|agreed|endorsed|"
    # ... or noted, as a forum notes its work plan: "The work plan was noted."
    rf"ratified|noted)\b{_BY_ANOTHER}",
    re.I,
)
# The verb alone, no one agreeing ("Agreed as a correct record."): an outcome as a table's
# decision column or a clerk's shorthand prints it, never discussion.
_BARE_OUTCOME = re.compile(r"^(?:Agreed|Approved|Adopted)\b(?!\s+(?:that|with|by)\b)")
_MOTION = re.compile(r"\b(?:proposed|proposal|moved)\b.{0,160}?\bseconded\b", re.I | re.S)
_CARRIED = re.compile(r"\b(?:agreed|approved|carried)\b|\ball\s+in\s+favour\b", re.I)
# A proposer and seconder alone ("Proposed by Cllr A, seconded by Cllr B.") belong to the
# decision printed just before them.
_PROPOSER_ONLY = re.compile(
    r"^(?:Proposed|Moved)(?:\s+by)?\b[^.]*\bseconded(?:\s+by)?\b(?![^.]*\bthat\b)[^.]*\.?$", re.I
)
# So does a bare result ("Agreed unanimously.", "Carried.") printed under a motion.
_RESULT_ONLY = re.compile(
    r"^(?:All\s+)?(?:agreed|approved|carried)(?:\s+(?:unanimously|by\s+all|(?:with|by)\s+\d[^.]*"
    r"|\([^)]*\)))?\.?$",
    re.I,
)
# "DC/2018/00554 – Garden shed – approved.": the planning authority's decision, reported.
_PLANNING_REF = re.compile(r"^[A-Z]{0,4}/?\d{2,4}/\d{3,6}\b")
_LEADING_DASH = re.compile(r"^[-–•]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|No|Ch|St|Cllr|[A-Z])\.$")


def inline_decisions(body: list[tuple[int, str]]) -> list[Resolution]:
    """Each sentence of a minute's text that records a decision, as parish minutes write them."""
    out: list[Resolution] = []
    last: int | None = None  # the sentence index of the decision before
    sentences = _sentences(body)
    for n, (page, sentence) in enumerate(sentences):
        sentence = PARA.sub("", sentence)
        follows = bool(out) and last == n - 1
        if follows and (_PROPOSER_ONLY.match(sentence) or _RESULT_ONLY.match(sentence)):
            out[-1].text = f"{out[-1].text} {sentence}"
            last = n
        elif (m := _INLINE.search(sentence)) and not _PLANNING_REF.match(sentence):
            # the decision after the discussion it closes, in the one sentence
            text = _LEADING_DASH.sub("", sentence[m.start("after"):] if m["after"] else sentence)
            if m["lead"]:
                text = text[m.end("lead") :]
                text = text[:1].upper() + text[1:]
            if n and last != n - 1 and _RESULT_ONLY.match(text):
                # "The Chair asked that the item be deferred to the June meeting. AGREED.": a
                # result alone, after no decision, is the agreement of the sentence before
                page, before = sentences[n - 1]
                text = f"{PARA.sub('', before)} {text}"
            if _PROPOSER_ONLY.match(text) and n and last != n - 1:
                # "Proposed by A, seconded by B, all approved." names no motion: the sentence
                # before it says what was proposed.
                page, before = sentences[n - 1]
                text = f"{PARA.sub('', before)} {text}"
            out.append(Resolution(text, page, "inline"))
            last = n
    return out


def _closes_with_result(text: str) -> bool:
    """Whether a decision's last sentence is a bare result ("... be deferred. AGREED."): what
    was put to the meeting, carried."""
    return bool(_RESULT_ONLY.match(_split_sentences(text)[-1].strip()))


def _sentences(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The sentences of a body with the page each starts on. Each line that starts a list
    entry ("- all approved for payment.") starts a sentence too; so does one citing a planning
    application after a sentence's end ("... NO OBJECTION." over "27/1187/FUL Back Lane ..."):
    the next application's entry, though its reference is no capital to start a sentence."""
    out: list[tuple[int, str]] = []
    current, page = "", 0
    for line_page, line in body:
        if current and (_LIST_ITEM.match(line) or line.startswith(("-", "–", "•"))
                        or (_PLANNING_REF.match(line.strip())
                            and current.rstrip().endswith((".", ":", ";")))):
            out.append((page, current))
            current = ""
        if not current:
            page = line_page
        current = join_lines([current, line]) if current else line.strip()
        while True:
            parts = [p for p in _split_sentences(current)]
            if len(parts) == 1:
                break
            for part in parts[:-1]:
                out.append((page, part))
            current, page = parts[-1], line_page
    if current:
        out.append((page, current))
    return [(p, s.strip()) for p, s in out if s.strip()]


def first_sentence(text: str) -> str:
    """The first sentence of a text ("Mr. R. Parsons" no sentence's end)."""
    return _split_sentences(text)[0].strip()


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start : m.start()]
        if _ABBREVIATION.search(head):
            continue  # "Mr. R. Parsons", "Ch. No. 300050"
        parts.append(head)
        start = m.end()
    parts.append(text[start:])
    return parts
