"""Decisions minuted in prose as a proposal and the vote that carried it, with no resolution's
mark: "The report recommended that the Panel ask the Cabinet to ... The recommendation, on
being put to the vote, was carried.", "Cllr A proposed that residents be given ... Following a
vote, the proposal was carried." The decision is what was proposed, in the sentence before the
result, with the result after it. (A lost one is lost_motions'; one moved and seconded,
inline's.)

And formal minutes' closing agreement: a minute that resolves nothing in so many words but
closes on the body's own agreement ("It was agreed to approve the minutes ...", "Members
agreed that the matter be deferred ..."): where the minutes mark their other decisions
RESOLVED, an agreement in the middle of the discussion is the discussion's, but the sentence a
minute ends on is its outcome."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.minute_sentences import _sentences
from kcc_papers.extract.minutes.moving_sentence import PROPOSED as _PROPOSED
from kcc_papers.extract.minutes.resolution_marks import BODY, PARA, Resolution
from kcc_papers.normalise.outcomes import MONTH_NAME

# The result: the motion, proposal or recommendation (only these: an amendment carried leaves
# the motion to be decided) carried on a vote the same sentence names, before or after the
# subject ("On being put to the vote, the motion was carried", "Following a vote, the proposal
# was carried", "The recommendation, on being put to the vote, was carried", "The proposal was
# put to the vote and carried").
_VOTE = r"(?:(?:on\s+being\s+)?put\s+to\s+(?:the|a)\s+vote|(?:following|after|on|upon)\s+a\s+vote)"
_CARRIED_ON_VOTE = re.compile(
    rf"^(?:{_VOTE},?\s+)?the\s+(?:motion|proposal|recommendations?)"
    rf"(?:,?\s+{_VOTE},)?\s+(?:was|were)\s+(?:{_VOTE}\s+and\s+(?:was\s+)?)?"
    r"(?:duly\s+|unanimously\s+)?carried\b",
    re.I)
# The vote named, or its count: "carried unanimously", "carried nem. con.", "carried by 5
# votes to 2", "carried (6 for, 2 against)".
_VOTE_NAMED = re.compile(
    rf"{_VOTE}|\bunanimously\b|\bnem\.?\s*con\b|\bby\s+\w+\s+votes?\s+to\b"
    r"|\b\d+\s+(?:votes?\s+)?(?:for|in\s+favour)\b", re.I)
# ... not a proposal told as another meeting's ("had proposed that", "had recommended that").
_TOLD = re.compile(r"\bhad\s+(?:\w+\s+)?(?:proposed|moved|recommended)\b", re.I)
# A date in the sentence: "on 5 March", "in January".
_ON_A_DATE = rf"\b(?:on|in)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_NAME}\b"
# ... nor one told as another meeting's by when or where it was, before the proposing verb
# ("The Clerk reported that at full Council on 5 March Cllr Rees proposed that ...", "At its
# meeting in January, the Cabinet recommended that ..."), nor carried by another body ("the
# recommendation was carried by Council", "... by the County Council").
_ELSEWHERE = re.compile(
    r"\bat\s+(?:its|their|the\s+(?:last|previous)|a\s+previous|full)\b"
    r"|\bat\s+(?:the\s+)?(?:meeting|Council|Cabinet)\b"
    rf"|{_ON_A_DATE}"
    r"|\blast\s+(?:week|month|year)\b|\bpreviously\b", re.I)
_CARRIED_ELSEWHERE = re.compile(
    r"\bcarried\s+(?:\w+\s+)?(?:by|at)\s+(?:the\s+|full\s+)?(?-i:[A-Z])"
    rf"|{_ON_A_DATE}", re.I)


def carried_on_vote(body: list[tuple[int, str]]) -> list[Resolution]:
    """Each proposal of a minute that a vote carried, read from the sentence proposing it and
    the sentence after, which tells the vote's result."""
    sentences = _sentences(body)
    out: list[Resolution] = []
    for n in range(1, len(sentences)):
        result = PARA.sub("", sentences[n][1])
        if not (_CARRIED_ON_VOTE.match(result) and _VOTE_NAMED.search(result)
                and not _CARRIED_ELSEWHERE.search(result)):
            continue
        page, proposal = sentences[n - 1]
        proposal = PARA.sub("", proposal)
        proposed = _PROPOSED.search(proposal)
        if (proposed and not _TOLD.search(proposal)
                and not _ELSEWHERE.search(proposal, 0, proposed.start())):
            out.append(Resolution(f"{proposal} {result}", page, "inline"))
    return out


# How far into an agreed "that" clause its "be" is looked for (a resolution's subject and
# verb: "that a joint workshop on the Board's priorities for children ... be held").
_MAX_SUBJECT_CHARS = 200
# The body's own agreement opening the sentence: "It was agreed to/that", "Members agreed
# that", "The Committee agreed to" (the body by its kind, its name's words perhaps before it);
# in the simple past, so no one else's ("Cabinet had agreed last month", "the steering group had
# agreed to meet again" name others, and tell what happened before). What was agreed is a
# resolution's words: "to <verb>", or "that <subject> be <done>" as a resolution words it; not
# an arrangement told by a modal ("It was agreed that officers would circulate the slides": an
# action noted, what formal minutes leave to their discussion).
_OWN_AGREEMENT = re.compile(
    rf"^(?:It\s+was|(?-i:Members)|The\s+(?P<body>(?:(?-i:[A-Z])[\w&'’-]*\s+){{0,6}}?{BODY}))"
    r"\s+(?:unanimously\s+)?agreed\s+(?:to\s|that\s"
    r"(?:(?!\b(?:would|will|should|could|might|may|must|shall)\b)[^.;])"
    rf"{{1,{_MAX_SUBJECT_CHARS}}}?\bbe\b)", re.I)


# What was agreed is the next meeting, its date or place: "It was agreed that the next meeting
# be held on 12 May", "... to hold the next meeting at the Guildhall", "... that the date of
# the next meeting be confirmed": an arrangement, no decision (as noted's _NEXT_MEETING; a
# workshop agreed "before the next meeting", an item deferred to it, are).
_NEXT_MEETING_AGREED = re.compile(
    r"\bagreed\s+(?:that|to\s+(?:hold|fix|set|change|move|confirm))\s+(?:the\s+)?"
    r"(?:(?:date|time|venue|dates)\s+(?:of|for)\s+(?:the\s+)?)?(?:next|future)\s+meetings?\b",
    re.I)


def _own_body(named: str, initials: tuple[str, ...]) -> bool:
    """Whether the body a sentence names ("the Schools Forum", "the Forum") is the meeting's,
    whose name goes by ``initials`` (body_initials): its initials end the meeting's, or the
    meeting's end its ("The Board agreed ..." in a forum's minutes tells another body's
    agreement, as "The Cabinet agreed to fund ..." does). With no name known, any is."""
    own = [i for i in initials if i.isalpha() and i.isupper()]
    if not own:
        return True
    words = re.findall(r"[A-Za-z]+", named)
    mine = "".join(w[0] for w in words if w[0].isupper()).upper()
    return any(i.endswith(mine) or mine.endswith(i) for i in own)


def closing_agreement(body: list[tuple[int, str]],
                      initials: tuple[str, ...] = ()) -> list[Resolution]:
    """Formal minutes' decision where a minute closes on the body's own agreement (see the
    module's docstring): the last sentence, when it is one; not the next meeting's date
    agreed, nor another body's agreement."""
    sentences = _sentences(body)
    if not sentences:
        return []
    page, sentence = sentences[-1]
    text = PARA.sub("", sentence)
    agreed = _OWN_AGREEMENT.match(text)
    if (not agreed or (agreed["body"] and not _own_body(agreed["body"], initials))
            or _NEXT_MEETING_AGREED.search(text)):
        return []
    return [Resolution(text, page, "inline")]
