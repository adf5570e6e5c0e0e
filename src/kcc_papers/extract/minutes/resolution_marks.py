"""The marks of a resolution on a line of a minute: the paragraph number it stands
under (PARA), its labels and verbs in capitals ("RESOLVED that", "Decision:", "The Board NOTED
the report"), in prose ("It was resolved", "The Committee resolved to"), "It was APPROVED",
the words that must be printed for any of them to match, and the Resolution a minute's reader
returns. Apart from the reading of a minute's body (``resolutions``) because the other readers of
minutes (items, candidates, margin numbers, the decisions' prose records) look for the same
marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.normalise.needles import holds_any

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
# Only the words a resolution itself is labelled by take a number so: a strategy's "Outcome 2:
# To reduce ..." discussed in a minute lists aims, no decision.
_NUMBERED_LABEL = r"(?=[A-Z])(?i:Resolutions?|Decisions?)"
# The number a resolution's label prints in its own sequence: "LC/26/07", "14", "C.12",
# "No. 26/031" (a code's letters, strokes and stops between its figures).
_OWN_NUMBER = r"(?:(?i:No)\.?\s*)?(?:[A-Z]{1,5}[/.]?)?\d{1,4}(?:[/.]\d{1,4}){0,2}"
# ... its clause in any case ("- that the report be noted", "- THAT THE REPORT BE NOTED"),
# unless the line goes on to tell what became of the decision, another body's decision cited
# by its number and title: "Decision CAB/26/014 - To close the Fernhill Reading Room was called
# in by five members".
_NUMBERED_CLAUSE = (r"(?:That|that|THAT|To|to|TO)\b"
                    r"(?![^.;]*\b(?:was|were|(?:has|had|have)\s+been|is|are)\s+"
                    r"(?:called[\s-]+in|referred|taken|made|challenged|published)\b)")
# In two languages: alone on its line over the decision, or its colon followed by the decision
# ("Penderfyniad / Decision: Derbyn ... / To accept ...").
# Either half may be the verb ("Penderfynwyd / Resolved:", "Cytunwyd / Agreed:"): a word in
# one language beside its translation is a label, as a verb alone in prose is not.
_BILINGUAL_WORD = (r"(?=[A-Z])(?:" + _OUTCOME_LABEL.removeprefix("(?=[A-Z])")
                   + r"|(?i:Resolved|Agreed|Cytunwyd))")
# ... the other language's word, before the English label: Gaelic "Co-dhùnadh / Decision:"
# (an islands council's minutes), Irish "Cinneadh / Decision:". Known as another tongue's by a
# letter English does not write (an accented one), or as the Irish word, which has none: any
# capitalised word would take an English table's or list's columns for a label ("Status /
# Decision:", "Reason / Decision:", "Officer / Decision:").
_OTHER_TONGUE = r"(?=[A-Z])(?:[\w’'-]{0,20}?[^\W\d_A-Za-z][\w’'-]{0,20}|Cinneadh)"
_FIRST_HALF = rf"(?:{_BILINGUAL_WORD}|{_OTHER_TONGUE})"
_BILINGUAL_LABEL = rf"{_FIRST_HALF}\s+/\s+{_BILINGUAL_WORD}\s*[:–-]?\s*$"
_BILINGUAL_LABELLED = rf"{_FIRST_HALF}\s+/\s+{_BILINGUAL_WORD}\s*:\s*\S"
# A body and its resolving verb letter-spaced over the resolution, run together by the
# clean-up that takes letter-spacing out ("THECOMMITTEERESOLVED", "THEBOARDAGREED").
_SPACED_BODY_VERB = (r"THE(?:[A-Z]{2,30}?)?(?:COMMITTEE|BOARD|COUNCIL|PANEL|CABINET|AUTHORITY)"
                     r"(?:RESOLVED|AGREED|DECIDED)")
# A resolving verb in capitals as the label of the lines under it.
_BARE_VERB = r"(?:AGREED|DECIDED|RESOLVED)\s*[:.]?"
# Upper case anywhere; "Resolved" only where a paragraph starts (prose says "resolved" too).
# The words a body names itself by in its minutes ("The Committee ...", "Board members ...").
BODY = (r"(?:Committee|Cabinet|Board|Panel|Council|Forum|Authority|Sub-Committee|Executive"
        r"|Partnership)")
# A past verb of saying: a sentence holding one tells what someone said, the discussion's
# (what a "Noted:" label heads in a meeting's notes, not what the body noted).
_SAID = (r"(?:asked|said|raised|reported|explained|queried|questioned|stated|commented|"
         r"suggested|replied|responded|expressed|highlighted|mentioned)")
# A body naming itself in its minutes: by its kind, its name's words perhaps before it ("The
# Board", "The Audit Committee"); an advisory group's notes by the word alone ("The Group"):
# a named group ("The Budget Working Group NOTED ...") in a committee's minutes is another
# body, whose findings the minute reports.
_SELF_NAMED = rf"The\s+(?:(?:[\w&,'’-]+\s+){{0,6}}?{BODY}|Group)"
_RESOLVED = re.compile(
    # (not a proposal's result, the verb negated after "was": "The proposal was NOT AGREED;
    # members asked ...", a proposal lost, read as one by lost_motions; a label "NOT AGREED:
    # That ..." is the meeting's decision, rejected)
    r"\bRESOLVED\b|(?<!\bwas\sNOT\s)(?<!\bwere\sNOT\s)\b(?:AGREED|DECIDED)\b\s*"
    r"(?:that|to|:|;|–|-)|^DECISIONS?\s*[:–-]|"
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
    # ... or numbered in a sequence of its own, the resolution's clause after the number's
    # dash or colon: "Resolution LC/26/07 - That the minutes ...", "Decision 14: To approve"
    # (a citation, "Decision - 24/00097 - Special School Review", opens no clause)
    rf"^{_NUMBERED_LABEL}\s+{_OWN_NUMBER}\s*[:–—-]\s*{_NUMBERED_CLAUSE}|"
    # the body's verb in capitals, the template's mark of its decision: "The Board RECEIVED
    # and NOTED the report.", "The Committee APPROVED the plan."; where a sentence starts,
    # after the minute's account too ("... Skills Fund. The Board NOTED the update."); an
    # advisory group's notes put it so too ("The Group NOTED the debrief report")
    rf"(?:^|(?<=[.;]\s)){_SELF_NAMED}"
    r"\s+(?:RECEIVED|NOTED|APPROVED|ENDORSED|SUPPORTED|"
    r"RATIFIED|ADOPTED|RECOMMENDED|AGREED|"
    # ... or turned down, as the template marks that too: "The Board DECLINED the proposal"
    r"DECLINED|REJECTED)\b|"
    # ... or its refusal, the verb's negation in capitals: "The Committee did NOT APPROVE the
    # request to fund ..." (a decision, rejected)
    rf"(?:^|(?<=[.;]\s)){_SELF_NAMED}\s+(?:did|DID)\s+NOT\s+"
    r"(?:APPROVE|AGREE|ENDORSE|SUPPORT|RATIFY|ADOPT|ACCEPT)\b|"
    # ... its "The" wrapped onto the line above, the body's name opening the line: "... car.
    # The" over "Board AGREED to defer a decision" (see resolutions._wrapped_article)
    rf"^{BODY}\s+(?:RECEIVED|NOTED|APPROVED|ENDORSED|SUPPORTED|RATIFIED|ADOPTED|AGREED)\b|"
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
    # Scottish minutes), like "Decision:" above; its refusal under the label's negation, as a
    # board's notes print it beside its "Agreed:" ("Not agreed: the proposal to ... was not
    # agreed.": a decision, rejected)
    r"^(?:Not\s+agreed|Agreed|Decided)\s*(?::|\s[–-])\s*\S|"
    # ... or alone on its line, its colon after it, over the list of what was agreed
    # ("Agreed:" over "(1) that the tariffs ... be approved;"), as "Noted:" is below
    r"^(?:Agreed|Decided)\s*:\s*$|"
    # a licensing or planning board's verb in capitals: "The Board GRANTED the application"
    r"\b(?:GRANTED|REFUSED|REVOKED|SUSPENDED|DEFERRED)\b|"
    # "Decision" alone on its line over the decision's text (Scottish councils' minutes), or
    # as a label whose colon ends the line ("Decision:" over a list of what was decided)
    rf"^{_OUTCOME_LABEL}\s*:?\s*$|"
    # ... or in two languages, the label's colon after both: "PENDERFYNIAD / DECISION:"
    rf"^{_BILINGUAL_LABEL}|^{_BILINGUAL_LABELLED}|"
    # ... or the verb in capitals alone on its line over what was agreed ("AGREED" / "That ...")
    rf"^{_BARE_VERB}\s*$|"
    # ... or the body and its verb letter-spaced as one label over the resolution, run into
    # one word once the spacing is taken out: "T H E  C O M M I T T E E  R E S O L V E D"
    # (a States of Guernsey committee's minutes) read "THECOMMITTEERESOLVED"
    rf"^{_SPACED_BODY_VERB}\s*:?\s*$|"
    # ... or the whole decision, the outcome's word alone in capitals: "NOTED." (Northern
    # Irish minutes, where what was done is "AGREED - that ..."), "RECEIVED AND NOTED"
    r"^(?:(?:RECEIVED|CONSIDERED)\s+AND\s+)?NOTED\s*\.?\s*$|"
    # ... or "Noted:" alone on its line as the label over what the body noted, beside its
    # "Resolved:" over what it resolved (Scottish boards' minutes, numbered paragraphs under)
    # (or its colon followed by what was noted, the label's sentence going on in small
    # letters, as "Agreed:" is by what was agreed: "Noted: the revenue budget monitoring report
    # for Quarter 1"; not a sentence of its own, a note of the discussion or the business:
    # "Noted: Councillor Udy asked about ...", "Noted: 4 February 2027, 16 June 2027." under
    # "Dates of future meetings", nor one of what someone said: "Noted: the Chair reported")
    rf"^Noted\s*:\s*(?:$|(?![^.;]*\b{_SAID}\b)[a-z])|"
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
    r"|(?-i:Members)"
    # ... or a company's board by its directors: "The Directors resolved that the accounts be
    # received" (a business improvement district's or council company's minutes)
    r"|The\s+(?-i:Directors))\s+"
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
    rf"|(?:^|(?<=[.;]\s))The\s+{BODY}\s+(?:unanimously\s+)?recommend(?:ed|s)\s+(?:to|that)\b"
    # Welsh's impersonal verb opening a sentence, what was resolved after it with no label's
    # mark: "Penderfynwyd cymeradwyo'r taliadau" ("it was resolved to approve the payments"),
    # after an application's line too ("A27/1202 Adeilad amaethyddol: Penderfynwyd cefnogi'r
    # cais"); not beside its English ("Penderfynwyd / Resolved:", a label)
    # (the verb may end its line, what was resolved wrapped onto the next)
    r"|(?:^|(?<=[.;:]\s))Penderfynwyd(?:[^\S\n]+(?=[a-z])|[^\S\n]*$)",
    re.I,
)
_APPROVED = re.compile(
    r"\bIt\s+was\s+(?:APPROVED|AGREED)\b|\bIt\s+was\s+(?:approved|agreed)\s*[:;]"
)

_BARE_LABEL = re.compile(rf"^(?:{_OUTCOME_LABEL}\s*:?|{_BARE_VERB}|{_SPACED_BODY_VERB}\s*:?)\s*$"
                         rf"|^{_BILINGUAL_LABEL}")

_LIST_ITEM = re.compile(r"^(?:\(?[a-zA-Z]\)|[a-zA-Z]\.|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\)|[A-Z]\))\s")


# The words every match of _RESOLVED holds: its verbs in capitals and its labels as printed
# ("Agreed:", "Resolved"), or one of its label words in any case. A line without any is not
# searched (most body lines: the pattern, tried at every position, is the minutes' costliest).
RESOLVED_CASED = ("RESOLVED", "AGREED", "DECIDED", "RECOMMENDED", "RECEIVED", "NOTED",
                  "APPROVED", "ENDORSED", "SUPPORTED", "RATIFIED", "ADOPTED", "CONFIRMED",
                  "GRANTED", "REFUSED", "REVOKED", "SUSPENDED", "DEFERRED", "DECLINED", "REJECTED",
                  "Agreed", "Decided", "Resolved", "Recommended", "Noted", "NOT", "Not agreed")

RESOLVED_WORDS = ("decision", "outcome", "resolution", "determination", "penderfyn")
# The words every match of _RESOLVED_CI holds, in any case.
RESOLVED_CI_WORDS = ("resolved", "seconded", "recommend", "agreed", "decided",
                     "determined", "penderfynwyd")


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
