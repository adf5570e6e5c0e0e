"""A motion or proposal put to the vote and lost ("the motion was LOST", "the
proposal was lost (2 for, 4 against)", "The proposal ... was not approved"): a decision of its
own in a minute, unless a resolution of the minute refuses what the motion would have approved.
Apart from the resolutions' marks: small letters are running text's too, and whether a lost
proposal records a vote is read from the count after it or the sentence before."""

from __future__ import annotations

import re
from bisect import bisect_left

from kcc_papers.extract.minutes.defeat_heads import _CLOSED, _head
from kcc_papers.extract.minutes.elsewhere_votes import told_elsewhere
from kcc_papers.extract.minutes.meeting_refusals import MEETING_REFUSED, SECONDED
from kcc_papers.extract.minutes.minute_sentences import _ABBREVIATION, _SENTENCE_END
from kcc_papers.extract.minutes.put_to_sides import PUT_TO_SIDES
from kcc_papers.extract.minutes.resolution_marks import _MAX_CLAUSE, _SAID, BODY
from kcc_papers.extract.minutes.welsh_lost_motions import welsh_motion_lost
from kcc_papers.extract.minutes.wrapped_defeats import lost_over_lines
from kcc_papers.normalise.needles import holds_any
from kcc_papers.normalise.outcomes import (
    FELL_ELSEWHERE,
    IN_CLAUSE,
    NOT_AMENDING,
    classify_outcome,
)

# "On being put to the vote the motion was LOST": a motion's (or an amendment's) defeat, the
# result in capitals.
# Only the motion's (or a proposal's, as a committee puts one to its vote): a lost amendment
# leaves the motion to be decided, and is no decision of its own. An adverb may stand before
# the result: "The motion was therefore LOST". Printed in small letters ("the proposal was
# lost (2 for, 4 against)") it is the same result where the sentence records the vote
# (_lost_on_a_vote); a proposal "lost in" or "lost to" something is no vote.
# The vote named between the motion and its result: "the motion was put to the vote and was
# LOST", "... and was declared lost"; or the verb not repeated: "the motion was put to the
# vote and declared lost, 11 Members voting for and 38 against" (the result the same).
_PUT_AND = r"(?:(?i:put\s+to\s+(?:the|a)\s+vote\s+and(?:\s+(?:was|were))?)\s+)"
# ... not the amendment's, named by the motion it amends (NOT_AMENDING): "The amendment to the
# motion was put to the vote and was LOST" leaves the motion to be decided (the carried
# substantive after it).
_PUT = r"(?i:motion|proposal)"
# An adverb before a result, its declaration or its falling: "The motion was therefore LOST",
# "... was therefore declared lost", "The motion therefore fell".
_THEREFORE = r"(?:(?i:therefore|accordingly|then)\s+)?"
_MOTION_LOST = re.compile(
    NOT_AMENDING + rf"\b{_PUT}\s+(?:was|were)\s+" + _PUT_AND + r"?" + _THEREFORE
    + r"(?:LOST\b|lost(?=\s*(?:[.;,(]|$)|\s+(?:by|on)\b))")
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
# (an older minute book puts a motion "to the meeting": "On being put to the meeting the
# motion was lost, three voting in favour and four against")
# (or a vote taken by "a show of hands": "On a show of hands the motion was lost.")
_VOTE_NAMED = re.compile(
    r"\bvot(?:e|es|ed|ing)\b|\bput\s+to\s+the\s+meeting\b|\bshow\s+of\s+hands\b", re.I)
_RESULT_ALONE = re.compile(r"^\s*(?:(?:[-•]|\(?[a-z0-9]{1,3}[.)])\s*)?(?i:the)\s+"
                           r"(?:(?:amended|substantive|original)\s+)?$")
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless|should|would|could)\b", re.I)

# A motion's result that it passed, in a clause before a "lost" ("the motion was carried").
_PASSED_FIRST = r"\b(?:was|were)\s+(?:carried|agreed|approved|passed|adopted|accepted)\b"
# A result the sentence words plainly, in any case: a motion declared lost by the chair or lost
# on the vote just named ("The motion was declared lost", "On being put to the vote the motion
# was lost"), and a proposal put to the meeting, the sentence's subject, not approved ("The
# proposal to open on Mondays was not approved"). Each clause is read to its sentence's stop, a
# price's decimal point no stop ("the proposal to raise the rent to £45.50 a plot was lost":
# IN_CLAUSE).
# A sentence telling of a refusal, not making one: a past verb of saying (someone's report to
# the meeting), the pluperfect (an event before it) or an "if" (what would follow).
_TOLD = rf"\b(?:{_SAID}|had|if|whether|unless)\b"
# The meeting as a sentence's subject, after a clause setting the scene or none ("After
# discussion, members felt ...", "The Committee considered ...", "It was felt ..."): not "The
# Secretary of State considered the request and the proposal was not approved".
_SCENE_CHARS = 60
_MEETING_SUBJECT = (
    rf"(?:[^.;,]{{1,{_SCENE_CHARS}}},\s+)?(?i:the\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}?"
    rf"(?i:{BODY}|members|governors|trustees|directors|councillors|commissioners|meeting|it)\b")
# A recommendation named by what it would do, perhaps after whom it goes to: "the
# recommendation to withdraw the subsidy", "... to Cabinet that the subsidy be withdrawn"; not
# by whom alone ("the recommendation to Cabinet was lost", "to the Executive": a bare one).
_NAMED_IN_FULL = (r"(?=(?:\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})?"
                  r"\s+(?:that\b|to\s+(?!the\b)(?-i:[a-z])))")
_MOTION_DEFEATED = re.compile(
    NOT_AMENDING + rf"\b{_PUT}\s+(?:was|were)\s+" + _PUT_AND + r"?"
    # (an adverb before the declaration as before a bare result: "The motion was therefore
    # declared lost", after a recorded vote's names)
    + _THEREFORE + r"(?i:declared\s+(?:lost|defeated))\b"
    # (the motion named in full before the vote put: "A motion by Councillor Udy that the
    # Committee recommend ... was put to the vote and was LOST"; a recommendation named in
    # full so too, "The recommendation that the preferred options be approved ... was put to
    # the vote and was NOT AGREED", the report's ask refused: _NAMED_IN_FULL)
    + rf"|{NOT_AMENDING}(?i:\b(?:motion|proposal|(?P<put_recommendation>recommendation)"
    rf"{_NAMED_IN_FULL})\b"
    rf"(?:(?!{_PASSED_FIRST}){IN_CLAUSE}){{0,{_MAX_CLAUSE}}}?"
    # (the vote's clause set off by commas, "and" before it: "The motion was seconded by
    # Councillor B and, on being put to the vote, was lost (3 for, 4 against)")
    # (or "and" with the verb not repeated, "A motion by Councillor B, seconded by Councillor
    # C, that ... was put to the vote and lost (3 for, 4 against)"; or the vote's clause
    # opening "on being", its verb the result's: "The proposal was seconded by Dr A and on
    # being put to the vote was lost (3 for, 6 against)")
    r"\bput\s+to\s+(?:the|a)\s+vote(?:\s+and|,|(?<=being\sput\sto\sthe\svote)"
    r"|(?<=being\sput\sto\sa\svote))\s+(?:(?:(?:was|were)\s+)?(?:declared\s+)?(?:lost|defeated)"
    # (or not agreed: "the proposal was put to the vote and was not agreed (2 votes for, 4
    # against)", a joint committee's word for its decisions)
    r"|(?:was|were)\s+not\s+(?:agreed|carried|approved|accepted|supported)"
    # (or "fell": "A motion by Councillor Marsh to set up a task group was put to the vote and
    # fell, four votes to three")
    rf"|fell{FELL_ELSEWHERE}))\b"
    # (the proposal named in full: "On being put to the vote, the proposal to adopt the
    # revised policy was lost"; the name holding no result of its own: in "the motion was
    # carried and the amendment was lost" what was lost is the amendment)
    # (a recommendation named in full by what it would do is a proposal put to the vote too:
    # "On being put to the vote, the recommendation to withdraw the subsidy was lost"; one
    # named bare is a part of the resolution after it: RECOMMENDATION_LOST; and so is one
    # named in full where the minute votes recommendations one at a time: lost_beside)
    # (and a member's "alternative recommendation", moved against the report's and put to
    # the vote: a motion of its own, no amendment, as a member's recommendation moved and lost
    # is: "Put to the vote, the alternative recommendation was lost")
    # (the vote "being taken", as a Northern Irish council words it: "On a vote being taken
    # the proposal fell.")
    # (or whose vote it is, some of the members alone: "On a vote of the schools members the
    # proposal was not agreed", as a schools forum votes on what its rules give them alone)
    rf"|(?i:\bvote(?:\s+being\s+taken|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?members)?,?\s+the\s+(?:(?:alternative\s+)?(?:motion|proposal)|alternative\s+recommendation"
    rf"|(?P<recommendation>recommendation){_NAMED_IN_FULL})\b"
    rf"(?:(?!{_PASSED_FIRST}){IN_CLAUSE}){{0,{_MAX_CLAUSE}}}?"
    r"\b(?:(?:was|were)\s+(?:lost|defeated"
    # (or not approved, the vote named first: "On being put to the vote the proposal was not
    # approved, as members wished to see the final report first")
    r"|not\s+(?:approved|agreed|carried|accepted|supported))"
    # (or fell, as a Northern Irish council minutes its votes: "On a vote being taken the
    # proposal fell.")
    rf"|fell{FELL_ELSEWHERE}))\b"
    # (or put to whoever votes on it, a joint committee's sides rather than "the vote": "On
    # being put to the employer's side and the trade union side separately, the motion was
    # not carried": put_to_sides)
    + rf"|{PUT_TO_SIDES}"
    # a member's proposal, then its defeat in a sentence of its own naming it "this":
    # "Councillor Muncey proposed that tablet devices be withdrawn ... This was not supported
    # by the Board."
    rf"|\b(?i:proposed|moved)\s+that\b{IN_CLAUSE}{{0,{_MAX_CLAUSE}}}[.;]\s+(?:This|That|It)\s+was\s+"
    # (perhaps put to the vote first: "This was put to the vote and was not agreed.")
    r"(?:(?i:put\s+to\s+(?:the|a)\s+vote\s+and\s+was)\s+)?"
    r"not\s+(?i:supported|agreed|carried|accepted|approved)"
    # (by the meeting, or no one named: "not supported by officers" is advice, not a vote; or
    # "by the" ending the line, the body's name wrapped onto the next)
    rf"(?:(?:\s+by\s+(?:the\s+)?(?i:{BODY}|members|a\s+majority))?\s*[.;,]"
    r"|\s+by(?:\s+the)?\s*$)"
    # the meeting refusing a member's proposal in a verb of its own, the sentence's subject
    # the body by its kind (an advisory group's notes by the bare word, as "The Group" and no
    # party's group): "The Forum did not agree to the proposal.", "The Group did not support
    # the proposal to close the public conveniences" (MEETING_REFUSED)
    + MEETING_REFUSED +
    # the motion falling, the sentence's subject: "The motion therefore fell."
    r"|(?:^|(?<=[.;]\s))The\s+(?i:motion|proposal)\s+" + _THEREFORE
    + rf"(?i:fell)\b{FELL_ELSEWHERE}"
    # the chair's declaration: "The Cathaoirleach declared the motion defeated"
    r"|(?i:\bdeclared\s+the\s+(?:motion|proposal)\s+(?:to\s+be\s+|to\s+have\s+been\s+)?"
    r"(?:lost|defeated))\b"
    # (or a member's proposal named as one: "A proposal that the Executive Group invite the
    # Schools Alliance to join ... was not agreed"), the result in capitals too, as a board's
    # template prints its "AGREED": "A proposal to allocate ... was put to the Board and was
    # NOT AGREED."
    rf"|(?:^|(?<=[.;]\s))(?:The|A)\s+(?i:proposal|motion)\b{IN_CLAUSE}{{0,{_MAX_CLAUSE}}}?"
    r"\b(?:was|were)\s+(?:not|NOT)\s+(?i:approved|agreed|carried|accepted|supported)\b"
    # (or the clause after "and" naming it "the proposal", the meeting's own refusal ending
    # the sentence: "Members were not satisfied this gave sufficient independence and the
    # proposal was not approved."; "... not approved by the Secretary of State" is another's;
    # read from the sentence's start, the meeting its subject, telling no one's report and no
    # earlier event: "The Estates Manager reported that the trust had bid to the fund in 2025
    # and the proposal was not approved" is the fund's refusal, told to the meeting)
    # (and from the line before, where the sentence wrapped there: _so)
    rf"|(?P<after_and>(?:^|(?<=[.;]\s))(?={_MEETING_SUBJECT})(?:(?!{_TOLD}){IN_CLAUSE}){{0,{_MAX_CLAUSE}}}?"
    r"\sand\s+the\s+(?i:proposal)\s+(?:was|were)\s+not\s+(?i:approved|agreed|accepted)"
    r"(?=\s*(?:[.;]|$)))"
    # ... or lost, the sentence the result alone: "The motion for a rent freeze was lost." (an
    # outcome column's words beside the vote recorded in the discussion's)
    rf"|(?:^|(?<=[.;]\s))The\s+(?i:proposal|motion)\b(?:(?!{_PASSED_FIRST}){IN_CLAUSE}){{0,{_MAX_CLAUSE}}}?"
    r"\b(?:was|were)\s+(?i:lost|defeated)(?=\s*(?:[.;]|$))")

# Another motion put to the meeting after one lost ("The Chair then moved the officer
# recommendation", "It was then proposed ...", "... was put to the vote and carried", "The
# Chair put the recommendation to the vote", "Members then voted on the recommendation"):
# only that makes a vote named after the lost motion another vote. A sentence that counts the
# lost motion's vote ("The voting was 3 for and 4 against") or records a member's ("asked that
# her vote be recorded") names a vote but puts none; nor does the lost motion's mover named
# again ("who had proposed the motion", "The motion had been moved by Cllr A and seconded by
# Cllr B": the pluperfect tells of the motion lost, which was moved before it fell).
_NEW_MOTION = re.compile(
    rf"(?<!\bhad\s)(?<!\bhad\sbeen\s)\b(?:moved|proposed|voted\s+on|put\b{IN_CLAUSE}{{0,{_MAX_CLAUSE}}}?\bto\s+(?:the|a)\s+vote)\b",
    re.I)

# The words a motion lost holds, in any case (_MOTION_LOST).
_DECLARED_LOST = ("lost", "defeated", "not ", "fell")
# How far before a wrap those words may start and still hold the result the wrap ends: "not"
# ending the first line, " " the join.
_WRAPPED_WORD = len("not")


def _refuses(texts: list[str], anchors: list[int]) -> bool:
    """Whether a resolution of the minute refuses ("RESOLVED that the expansion be not
    approved", "that permission be refused"): a motion to approve it lost on the vote is that
    resolution's vote, not a decision of its own (read with the line after it, where a
    resolution's verb may wrap; not where its line closes its sentence: the line after is
    another sentence, perhaps the motion lost itself, "RESOLVED that grants be made ..." over
    "... On being put to the vote the proposal was lost", whose defeat the resolution does
    not share). Not where another vote is taken between the motion lost and the refusal
    (_voted_again): the refusal records that vote, the motion lost its own."""
    refusals = [i for i in anchors if classify_outcome(_resolution_lines(texts, i)) == "rejected"]
    return bool(refusals) and not any(
        _voted_again(texts, lost, refusal) for lost, refusal in _beside(_lost(texts), refusals))


def _resolution_lines(texts: list[str], i: int) -> str:
    """A resolution's line ``i``, with the next where its sentence wraps onto it (the line
    closes no sentence: "RESOLVED that the application be" over "refused."; a stop closing an
    abbreviation closes none, "RESOLVED that application No." over "25/0812 be refused")."""
    line = texts[i].rstrip()
    if line.endswith(_CLOSED) and not _ABBREVIATION.search(line):
        return texts[i]
    return " ".join(texts[i : i + 2])


def _beside(lost: list[int], refusals: list[int]) -> list[tuple[int, int]]:
    """Each refusal's line with the line of the last motion lost before it, where no other
    refusal comes between them (that one is the refusal the motion lost sits beside): the
    stretches between them apart, read once each (a minute of many motions and refusals is
    read in time linear in its length)."""
    pairs: list[tuple[int, int]] = []
    previous = -1  # the refusal before
    for refusal in refusals:
        k = bisect_left(lost, refusal)
        if k and lost[k - 1] > previous:
            pairs.append((lost[k - 1], refusal))
        previous = refusal
    return pairs


def _voted_again(texts: list[str], lost: int, refusal: int) -> bool:
    """Whether, after the sentence of the motion lost (starting on line ``lost``) and before
    the refusal's line, the minute puts another motion to the vote (_NEW_MOTION, a vote named
    from it on: "The Chair then moved the officer recommendation ... On being put to the
    vote there were 5 votes for and 3 against."), as a planning committee does when a motion
    against the officer's recommendation falls: the refusal is that vote's result."""
    between = " ".join(texts[lost:refusal])
    results = [m.end() for m in (*_MOTION_LOST.finditer(between),
                                 *_MOTION_DEFEATED.finditer(between))]
    if not results:
        return False
    rest = between[max(results):]
    end = _SENTENCE_END.search(rest)
    motion = _NEW_MOTION.search(rest, end.end()) if end else None
    return motion is not None and bool(_VOTE_NAMED.search(rest, motion.start())
                                       or SECONDED.match(rest, motion.end()))


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
                texts, i, f"{t} {texts[i + 1]}", wrapped_at=len(t))) or lost_over_lines(
                texts, i, _lost_on):
            found.append(i)
    return found


# A report's recommendations put to the vote one at a time, as Bristol's minutes do
# ("Recommendation 5 ... On being put to the vote the recommendation was CARRIED"): the results
# of recommendations in a minute (an amendment's to one aside), more of them than this.
_RECOMMENDATION_RESULT = re.compile(
    NOT_AMENDING + rf"\brecommendations?\b{IN_CLAUSE}{{0,{_MAX_CLAUSE}}}?\b(?:was|were)\s+"
    r"(?:declared\s+)?(?:not\s+)?(?:carried|lost|defeated|agreed|approved)\b", re.I)
_ONE_RESULT = 1


def lost_beside(texts: list[str]) -> list[int]:
    """The lines of the motions lost (_lost) in a minute that resolves something else too: a
    decision of its own each, but a recommendation named in full where the minute votes the
    report's recommendations one at a time (a part of the resolution after, which says what
    became of each, as a bare one is: RECOMMENDATION_LOST)."""
    lost = _lost(texts)
    if len(_RECOMMENDATION_RESULT.findall(" ".join(texts))) <= _ONE_RESULT:
        return lost
    return [i for i in lost if not _recommendation_alone(texts, i)]


def _recommendation_alone(texts: list[str], i: int) -> bool:
    """Whether the defeat that line ``i`` records (with the next, where it wraps there) is a
    recommendation's alone, no motion's or proposal's."""
    line = " ".join(texts[i : i + 2])
    found = [m for m in _MOTION_DEFEATED.finditer(line) if m.start() < len(texts[i])]
    return (bool(found) and all(m.group("recommendation") or m.group("put_recommendation")
                                for m in found)
            and not _MOTION_LOST.search(texts[i]))


def _lost_on(texts: list[str], i: int, line: str, wrapped_at: int | None = None) -> bool:
    """Whether ``line`` (line ``i``, or with the next joined on after ``wrapped_at``
    characters) records a motion lost; joined, by a result that only the join reads (it
    starts on line ``i`` and ends on the next)."""
    if welsh_motion_lost(line, wrapped_at):
        return True
    # (from a few characters before the wrap: "The proposal was not" over "carried." holds
    # its "not " on the first line)
    tail = line if wrapped_at is None else line[max(0, wrapped_at - _WRAPPED_WORD):]
    if not ("LOST" in tail or holds_any(tail, _DECLARED_LOST)):
        return False
    found = [m for m in (*(m for m in _MOTION_DEFEATED.finditer(line)
                           if _so(_head(texts, i, line, m.start()), m)), *(
        m for m in _MOTION_LOST.finditer(line)
        if m.group().endswith("LOST") or _lost_on_a_vote(texts, i, m, line)))]
    # (not another meeting's vote, told: "The Leader reported that at Cabinet on 4 March a
    # motion ... was put to the vote and lost": elsewhere_votes)
    return any((wrapped_at is None or m.start() < wrapped_at < m.end())
               and not told_elsewhere(_head(texts, i, line, m.start())) for m in found)


def _lost_on_a_vote(texts: list[str], i: int, lost: re.Match[str], line: str) -> bool:
    """Whether ``lost``, a result in small letters on ``line`` (line ``i``), records a vote: a
    count or the vote after it, or a sentence naming the vote, or saying nothing else, before
    it (from the line before where the sentence starts there)."""
    if _LOST_COUNT.match(line, lost.end()):
        return True
    head = _head(texts, i, line, lost.start())
    if _OPENS_ALONE.match(line[:lost.start()]):
        # (a sentence of its own: of the line above only an "if" still makes it what would
        # follow; a modal verb there is another sentence's, the motion's own words in a box
        # over the result, "... calls on the Cabinet ... that fares should be capped")
        return not _IF.search(head)
    if _CONDITIONAL.search(head):
        return False
    return bool(_VOTE_NAMED.search(head) or _RESULT_ALONE.match(head))


# The result alone opening its own line in a capital ("The motion was therefore lost."), under a
# line that ends in no stop: a recorded vote's table of names, a cell's last words ("appendix"),
# is no sentence the result goes on (a sentence wrapped there goes on in small letters, "the
# motion was lost"); an "if" on the line above still makes it a conditional (_IF). After its
# paragraph's letter, number or bullet too, as _RESULT_ALONE reads one: "(c) The motion was
# therefore lost." in a minute lettering its paragraphs.
_OPENS_ALONE = re.compile(r"^\s*(?:(?:[-•]|\(?[a-z0-9]{1,3}[.)])\s*)?(?-i:The)\s+"
                          r"(?:(?i:amended|substantive|original)\s+)?$")


# A sentence saying what would follow a defeat, not that it happened: "if the motion was put
# to the vote and was lost, a further motion would be needed" (the modal verbs _CONDITIONAL
# holds besides are a motion's own words too: "moved that the fees should be frozen and, on
# being put to the vote, the motion was declared lost").
_IF = re.compile(r"\b(?:if|whether|unless)\b", re.I)
# The motion or recommendation named as what an amendment amends, the amendment what the
# sentence says was lost: "an amendment to Councillor Vosper's motion, which was put to the
# vote and was lost" (as NOT_AMENDING reads "an amendment to the motion").
_AMENDS = re.compile(
    r"\b(?i:amendment)\s+to\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+$")


# A vote put before this meeting's, in the pluperfect: "the recommendation that ... had been
# put to the vote and was not agreed at the last meeting".
_EARLIER_VOTE = re.compile(r"\bhad\s+been\s+put\s+to\b", re.I)


def _so(head: str, defeat: re.Match[str] | None = None) -> bool:
    """Whether the sentence ``head`` before a defeat says the defeat happened, to the motion
    or recommendation itself (no "if" before it, no amendment to it); for a proposal refused
    in the clause after "and" (``defeat``), read from its sentence's start (on the line
    before where it wrapped there): the meeting's own refusal, not one it was told of."""
    if defeat is not None and defeat.group("after_and") is not None:
        return _meetings_refusal(f"{head} {defeat.group()}".strip())
    if defeat is not None and defeat.group("put_recommendation") is not None:
        # (a recommendation named in full is often another meeting's, told of: "The Manager
        # reported that the recommendation that ... was put to the vote and was not agreed by
        # the Scrutiny Committee")
        return not (re.search(_TOLD, head, re.I) or _EARLIER_VOTE.search(defeat.group())
                    or _AMENDS.search(head))
    return not (_IF.search(head) or _AMENDS.search(head))


def _meetings_refusal(sentence: str) -> bool:
    """Whether ``sentence``, ending "... and the proposal was not approved", is the meeting's
    own refusal: the meeting its subject, and no report of someone's or earlier event
    (_TOLD) in it."""
    return bool(re.match(_MEETING_SUBJECT, sentence)) and not re.search(_TOLD, sentence, re.I)


# A report's recommendation put to the vote and lost: "On being put to the vote the
# recommendation was lost", "The recommendation was put to the vote and was LOST". A decision
# of its own only where the minute resolves nothing else (_recommendations_lost): in minutes
# voting a report's recommendations one by one (Bristol's), each lost one is a part of the one
# resolution that follows ("Recommendations 4c and 5 were not approved").
# (an amendment to the recommendation lost leaves the recommendation to be decided, as an
# amendment to the motion does the motion: NOT_AMENDING)
RECOMMENDATION_LOST = re.compile(
    NOT_AMENDING + r"\b(?i:recommendation)\s+(?:was|were)\s+" + _PUT_AND
    + r"?(?:(?i:declared)\s+)?"
    r"(?:LOST\b|(?i:lost|defeated)(?=\s*(?:[.;,(]|$)))")


def _recommendations_lost(texts: list[str]) -> list[int]:
    """The lines recording a recommendation put to the vote and lost (RECOMMENDATION_LOST), the
    vote named in its sentence, which says it happened (_so)."""
    return [i for i, t in enumerate(texts)
            if (m := RECOMMENDATION_LOST.search(t)) and _VOTE_NAMED.search(t, 0, m.end())
            and _so(_head(texts, i, t, m.start()))]
