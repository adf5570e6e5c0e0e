"""A minute's decision when nothing is resolved in so many words: the body noting
or agreeing in its own sentence ("The Committee noted the report.", "The minutes were agreed as
a correct record"), by its initials too ("The IJB noted ..."), what it went on to request or
delegate after, and an item put off ("Consideration of this item was deferred to the next
meeting"). Apart from the marks of a formal resolution, which these readings stand in for."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.for_information import ACTS_AFTER, listed_for_information
from kcc_papers.extract.minutes.minute_sentences import _join, _sentence_end, _sentences
from kcc_papers.extract.minutes.reported_noted import notes_what_was_reported
from kcc_papers.extract.minutes.resolution_marks import (
    _MAX_CLAUSE,
    PARA,
    WEIGHED_UNDATED,
    Resolution,
)
from kcc_papers.normalise.needles import holds_any

# A body's members, or its office-holders by their title ("The Commissioners", "Trustees").
_MEMBERS = r"(?:Members|Commissioners|Trustees|Governors)"
# A commissioner deciding alone ("The Commissioner", "The Police and Crime Commissioner").
_OFFICE_HOLDER = r"(?:Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime\s+)?Commissioner"
# What a sentence ends on when it notes the report the meeting was given: "... noted the
# report.", "... noted the verbal update." (_REPORT_NOTED below, and the Group's noting); the
# report by its kinds (_REPORT).
_REPORT = r"(?:report|update|briefing|presentation)"
_REPORT_ENDS = rf"\s+the\s+(?:[\w'’-]+\s+){{0,3}}?{_REPORT}\s*\.?$"
_NOTED = re.compile(
    # (a sub-committee's name is one word with its body's: "The Licensing Sub-Committee")
    # (an inshore fisheries or port health authority minutes itself as "The Authority")
    r"^(?:The\s+(?:[\w&,'’-]+\s+){0,8}?(?:Sub-)?(?:Committee|Cabinet|Board|Panel|Council|Forum|"
    r"Partnership|Authority)"
    # (a resilience forum's executive keeps notes as "the Group": "The Group agreed ...", by
    # its bare word; a group named in a council's minutes is another's, "The Labour Group
    # agreed to withdraw the motion", "The Task Group deferred its report"; and what a group
    # noted is its discussion, a safety advisory group's "The Group noted in passing ...";
    # but not the report laid before it, the sentence ending there: "The Group noted the
    # debrief report." is its decision on the item, as a committee's is)
    r"|The\s+Group(?!\s+noted\b(?!" + _REPORT_ENDS + r"))"
    # (a States' or island body's "records" of its meetings are their minutes)
    r"|The\s+(?i:minutes?|notes|records?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?meetings?)\b.*?)"
    r"\s+(?:noted|agreed|endorsed|approved|received|"
    # or refused what was put to it: "The Forum did not approve the central services budget"
    # (not agreeing "with" a view is discussion: "did not agree with the applicant's comments")
    r"did\s+not\s+(?:approve|agree(?!\s+with\b)|accept|adopt|endorse|support)|"
    # ... or turned it down in a verb of its own: "The Board declined the request from ..."
    r"(?:declined|refused|rejected)\s+(?:the|a|an|this|these)\s|"
    # ... or put it off in its own sentence: "The Board deferred its decision on extending
    # the pilot until ...", "The Group deferred approval of the revised plan to June"
    r"deferred\s+(?:its|the|a|an|this|these|approval|consideration|determination)\s|"
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
    # ... or a body of office-holders by their own title, as a harbour's commissioners or a
    # trust's trustees minute what they noted: "The Commissioners noted the Harbour Master's
    # report"
    rf"|^(?:The\s+)?{_MEMBERS}\s+noted\b"
    # ... or in the passive, the members named as who noted it, the sentence ending there:
    # "The Chief Executive's Orders Nos. 2027/0612 to 2027/0780, as circulated, were noted
    # by the Members." (an Irish council's minutes) ("noted by Cabinet in March" is another
    # body's, at another time)
    # (a full stop inside the sentence, "Orders Nos. 2027/0612", is no sentence's end)
    rf"|^The\s+(?:[^.;]|\.(?!\s+[A-Z])){{1,{_MAX_CLAUSE}}}?\s(?:was|were)\s+noted\s+by\s+(?:the\s+)?Members\s*\.?$"
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
    # the last meeting's minutes confirmed in the passive: "It was agreed that the minutes
    # of the meeting held on 14 November 2028 be approved as a correct record" (in formal
    # minutes "It was agreed" is discussion elsewhere; the minutes' confirmation is none)
    r"|^It\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\s+that\s+the\s+minutes\b"
    # (not a confirmation put off or refused: "... could not be approved until ...", "...
    # would be approved at the next meeting")
    r"(?:(?!\s(?:not|cannot|could|would|should|will)\b)[^.;]){0,120}?"
    r"\s(?:be|were)\s+(?:approved|agreed|confirmed|signed|accepted)\b"
    # a Scottish council's minute of its last meeting, the paper laid and approved in one
    # sentence: "There was submitted and approved as a correct record the Minute of Meeting of
    # the Committee held on 19 January 2027."; two meetings' in the plural, "There were
    # submitted and approved as correct records the Minutes of Meetings of ..."
    r"|^There\s+(?:was|were)\s+(?:submitted|circulated|presented)\s+and\s+"
    r"(?:approved|agreed|confirmed)\s+as\s+(?:a\s+)?(?:correct|true|accurate)\s+records?\b"
)
# The one office-holder who decides at a board of his own, as a police and crime commissioner's
# accountability board minutes: "The Commissioner approved the business case ...", "The
# Commissioner deferred a decision on the sale until ..." (he alone decides there, so what he
# put off is a decision too). Read so only where he chairs the meeting (chairing_office): a
# police and crime panel, which scrutinises him, minutes what he decided elsewhere.
_OFFICE_HOLDER_DECIDED = re.compile(
    rf"^The\s+{_OFFICE_HOLDER}\s+(?:noted|agreed|endorsed|approved|deferred|declined)\s+"
    r"(?:the|a|an|this|these)\s")
# The office-holder in the chair, as the minutes' attendance says: "Mrs P Vance (Police and
# Crime Commissioner, Chair)", "Commissioner J Hart (Chair)", "The Police and Crime Commissioner
# (Chair)", "Chair: The Commissioner", "Chaired by the Commissioner".
_CHAIR = r"Chair(?:man|person|woman)?"
_CHAIRING_OFFICE = re.compile(
    rf"\(\s*{_OFFICE_HOLDER}\s*,\s*{_CHAIR}\s*\)"
    rf"|\b{_OFFICE_HOLDER}(?:\s+[A-Z][\w.'’-]*){{0,4}}\s*\(\s*{_CHAIR}\s*\)"
    rf"|(?:\b{_CHAIR}\s*:|\b[Cc]haired\s+by)\s*(?:the\s+)?{_OFFICE_HOLDER}\b")
# What chairing_office gives for the office-holder, among the names the meeting goes by.
OFFICE_IN_CHAIR = "Commissioner"


def chairing_office(header: list[str]) -> tuple[str, ...]:
    """The office-holder who decides alone at the meeting, when its attendance puts him in the
    chair (``OFFICE_IN_CHAIR``), to go with the body's initials; else none."""
    return (OFFICE_IN_CHAIR,) if any(map(_CHAIRING_OFFICE.search, header)) else ()


# "The IJB noted the rolling action list": the body by the initials of its own name (see
# body_initials), doing what _NOTED's bodies do; after a clause of what it weighed too, as the
# body by its name resolves ("After discussion, the IJB agreed to issue a direction ...").
# (the initials, parted by "|", go between the two; "the" in small letters only after the
# clause: a line opening so is a sentence wrapped, "... reminded members that in March" over
# "the IJB agreed to commission ...", reciting what the board did before)
_INITIALS_BEFORE = rf"^(?:(?:{WEIGHED_UNDATED})the|The)\s+(?:"
_INITIALS_NOTED = r")\s+(?:noted|agreed|endorsed|approved|received)\b"
# Initials of fewer words than this are no name a body goes by.
_MIN_INITIALS = 2

# "The Committee noted that its next meeting would be held on ...": a date, not a decision.
_NEXT_MEETING = re.compile(r"\bnext\s+meeting\b|\bdate\s+of\s+the\s+next\b", re.I)
# ... but an item put off to that meeting is: "The Committee agreed to defer consideration of
# the protocol to its next meeting" (the verb putting off to it: "the meeting of 10 April having
# been postponed" beside the next meeting's date puts off no item)
_PUT_OFF = re.compile(rf"\b(?:defer(?:s|red)?|postpone[sd]?)\b[^.;]{{0,{_MAX_CLAUSE}}}?"
                      r"\b(?:to|until)\s+(?:[\w'’]+\s+){1,3}?next\s+meeting\b", re.I)


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


# The words naming a body that _NOTED reads by that word whatever words go before it ("The
# Licensing Sub-Committee", "The Group" under its own reading): a name ending so needs no
# reading by its own words (body_names).
_BODY_WORDS = frozenset(("Committee", "Sub-Committee", "Cabinet", "Board", "Panel", "Council",
                         "Forum", "Partnership", "Authority", "Group"))


def body_names(*names: str | None) -> tuple[str, ...]:
    """The names a body goes by in its own minutes where its name ends in a word _NOTED does not
    know as a body's: the capitalised words closing its name, from any of them on to the last
    ("Implementation Executive": "Implementation Executive", "Executive"; "Minutes of the first
    meeting of the Shadow Executive": "Shadow Executive", "Executive"). A shadow authority's
    executive minutes itself as "The Executive noted the forward plan." (an officer's title
    closing on the same word, "The Chief Executive noted ...", is no tail of the body's name)."""
    out: list[str] = []
    for name in names:
        words = (name or "").split()
        tail: list[str] = []
        while words and words[-1][:1].isupper():
            tail.insert(0, words.pop())
        if tail and tail[-1] not in _BODY_WORDS:
            out += [" ".join(tail[k:]) for k in range(len(tail))]
    return tuple(dict.fromkeys(out))


# "The Committee noted that the appeal had been dismissed", "Members noted that the precept
# had been notified": what the meeting was told, not what it decided (that notes a report).
# (office-holders by their title too: "Governors noted that the headteacher had ...")
_NOTED_THAT = re.compile(rf"^(?:The\s+(?:[\w&,'’-]+\s+){{0,8}}?|{_MEMBERS}\s+)noted\s+that\b")


# "The Cabinet received a deputation from Ms A about traffic outside the school", "The Council
# received a petition of 1,124 signatures ...": the public heard, the business of the meeting's
# public part, no decision of the body's (what it then does with the petition is, in a verb of
# its own: "... and agreed to refer it to the Cabinet", or a RESOLVED).
# (a report about them is the report the body received, as any other: "The Committee received
# the petitions report.", "... the six-monthly petitions update")
_PUBLIC_HEARD = re.compile(r"^The\s+(?:[\w&,'’-]+\s+){0,8}?received\s+(?:an?\s+|the\s+|\w+\s+)?"
                           r"(?:deputations?|petitions?)\b"
                           rf"(?!\s+(?:[\w'’-]+\s+){{0,2}}?{_REPORT}\b)")
# ... and what the body itself then did with it, in the sentence, which decides: "... and
# referred it to the Cabinet", "... and asked the Director of Place to report back" (asking
# questions of the petitioner is the hearing's own business; a sentence after it is another's
# act, "The Leader thanked Ms A and referred the matter to ...": read up to the first stop
# after a small letter or a figure, "Mrs P. Cowdrey" going on)
_FIRST_STOP = re.compile(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z])")
_PUBLIC_ACTED_ON = re.compile(r"(?:\band|,)\s+(?:(?:also|then|further)\s+)?"
                              r"(?:(?:referred|requested)\b"
                              r"|asked\s+(?!questions?\b)(?:[\w'’-]+\s+){1,6}?to\s+[a-z]+\b)")


def _public_heard_only(text: str) -> bool:
    """Whether ``text`` only has the body hear the public (_PUBLIC_HEARD), doing nothing of its
    own with the petition or deputation in the sentence (received_only, _PUBLIC_ACTED_ON)."""
    return (_PUBLIC_HEARD.match(text) is not None and received_only(text)
            and not _PUBLIC_ACTED_ON.search(_FIRST_STOP.split(text, maxsplit=1)[0]))


# "The Committee received, for information, a list of decisions taken by the Cabinet Member
# since the last meeting": decisions another made, laid before the body to know of, no
# decision of its own (the set's convention: previous decisions for information are none).
# What the body then does with them in the sentence does decide ("... and referred the second
# to the Scrutiny Committee": ACTS_AFTER), and so does a resolution to note them, which is
# read as any resolution ("RESOLVED - That the appeal decisions be noted").
# The decisions are what is received, the verb's object: after an aside in commas ("received,
# for information, ...", or without them: "received for information the decisions ..."), the
# list they come in ("a list of", "a schedule of the") and up to three words that qualify them
# ("the delegated", "a report detailing"), none a preposition: a report or a concern about
# them is another object ("noted the audit report on the review of decisions made under
# delegated powers", "noted the concerns of parents about decisions taken by ..."), read as
# any other received or noted.
_DECISIONS_LIST = r"(?:list|schedule|summary|record|register|table|log|note|copy|details)"
_NOT_QUALIFIER = (r"(?:about|on|of|into|regarding|concerning|in|to|for|from|with|by|and|or|"
                  r"against|over)\b")
_OTHERS_DECISIONS = re.compile(
    r"^(?:The\s+)?(?:[\w&,'’-]+\s+){0,8}?(?:received|noted)\b"
    r"(?:\s*,[^,.;]{1,40},|\s+for\s+(?:information|noting))?\s+(?:(?:a|an|the)\s+)?"
    rf"(?:{_DECISIONS_LIST}\s+of\s+(?:the\s+)?)?"
    rf"(?:(?!{_NOT_QUALIFIER})[\w'’-]+\s+){{0,3}}?"
    r"decisions\s+(?:taken|made|issued)\s+(?:by|under|since)\b", re.I)


def _others_decisions_only(text: str) -> bool:
    """Whether ``text`` only has the body receive or note decisions taken by another
    (_OTHERS_DECISIONS), doing nothing of its own with them in the sentence (ACTS_AFTER, or
    as a petition is acted on: "... and asked the Director to report on the fees decision")."""
    head = _OTHERS_DECISIONS.match(text)
    if head is None:
        return False
    sentence = _FIRST_STOP.split(text, maxsplit=1)[0]
    return not (ACTS_AFTER.search(sentence, head.end())
                or _PUBLIC_ACTED_ON.search(sentence, head.end()))


def _noted(text: str, initials: tuple[str, ...]) -> bool:
    if ((_NEXT_MEETING.search(text) and not _PUT_OFF.search(text))
            or ("noted that" in text and _NOTED_THAT.match(text))
            or _public_heard_only(text) or _others_decisions_only(text)
            # (a list laid before it for information: for_information)
            or listed_for_information(text)):
        return False
    if _NOTED.match(text):
        return True
    if OFFICE_IN_CHAIR in initials and _OFFICE_HOLDER_DECIDED.match(text):
        return True
    names = "|".join(re.escape(i) for i in initials)
    return bool(names) and bool(re.match(_INITIALS_BEFORE + names + _INITIALS_NOTED, text))


# The body receiving what was laid before it: "The Committee received an update on the pilot",
# "The IJB received the report" (the body named in up to so many words before its verb) ...
_RECEIVED = re.compile(r"^(?:The\s+)?(?:[\w&,'’-]+\s+){0,8}?received\b")
# ... and an act of its own after, in the same sentence, which decides (ACTS_AFTER).


def received_only(sentence: str) -> bool:
    """Whether ``sentence`` only has the body receive what was laid before it, an update or a
    report, and do nothing of its own with it: the business a motion on it then answers ("The
    Committee received an update on the pilot ... It was moved ... that the pilot be extended
    ... the motion was lost"), no decision beside that motion's."""
    head = _RECEIVED.match(sentence)
    return head is not None and not ACTS_AFTER.search(sentence, head.end())


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
_REPORT_NOTED = re.compile(r"\bnoted" + _REPORT_ENDS)


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
    reported = len(sentences) > 1 and notes_what_was_reported(sentences[-2][1], text)
    if (_REPORT_NOTED.search(text) or reported) and _noted(text, initials):
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
