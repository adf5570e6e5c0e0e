"""Resolutions inside a minute's body: "Resolved that ...", "(10) Resolved that: (a) ... (b)",
"3. RESOLVED that Cabinet agree to: A) ... b)", "26) RESOLVED that", "RESOLVED – to note",
"Resolved:", "It was APPROVED: 1. ...", and, when nothing is resolved in so many words, a
closing "The Committee noted the report.", or (parish minutes) decisions written inline: an
"Approved & signed as correct.", "... proposed by Cllr A, seconded by Cllr B, all approved",
"It was agreed that ...", "Councillors agreed to give £50.".

This module finds a minute's resolutions and where each ends (``find_resolutions``), and
whether minutes are formal. What it reads them by has modules of its own: the marks of a
resolution (``resolution_marks``), the other anchors and those dropped
(``resolution_anchors``), a minute's sentences (``minute_sentences``), motions lost
(``lost_motions``), noting sentences and deferrals (``noted``), and parish minutes' inline
decisions (``inline``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.extract.minutes.carried_votes import carried_on_vote, closing_agreement
from kcc_papers.extract.minutes.defeat_heads import sentence_head
from kcc_papers.extract.minutes.elsewhere_votes import moved_elsewhere
from kcc_papers.extract.minutes.for_information import given_for_information
from kcc_papers.extract.minutes.inline import (
    _BARE_OUTCOME,
    _CARRIED,
    _INLINE,
    _MOTION,
    _closes_with_result,
    inline_decisions,
)
from kcc_papers.extract.minutes.lost_motions import (
    _MOTION_DEFEATED,
    _MOTION_LOST,
    RECOMMENDATION_LOST,
    _lost,
    _recommendations_lost,
    _refuses,
    lost_beside,
)
from kcc_papers.extract.minutes.minute_sentences import (
    _join,
    _sentence_end,
    _split_sentences,
    first_sentence,
)
from kcc_papers.extract.minutes.moved_before_lost import motion_moved_before
from kcc_papers.extract.minutes.moved_motions import moved_motions
from kcc_papers.extract.minutes.noted import (
    _deferral,
    _minutes_wrapped,
    _noted,
    _noted_sentence,
    _report_noted_last,
    _went_on,
    received_only,
)
from kcc_papers.extract.minutes.recommended_onward import recommendations_before
from kcc_papers.extract.minutes.resolution_anchors import (
    _RESPONSE,
    _WELSH_LABEL,
    _advice_resolved_on,
    _body_decides,
    _directors_recited,
    _responds,
    _translations,
    _without_wrapped_verbs,
    passive_heads,
    passive_wrapped,
)
from kcc_papers.extract.minutes.resolution_marks import (
    _APPROVED,
    _BARE_LABEL,
    _LIST_ITEM,
    BODY,
    PARA,
    Resolution,
    _numbered_label,
    _resolved,
    _resolved_ci,
    resolves,
)
from kcc_papers.extract.minutes.resolution_spans import span_end
from kcc_papers.extract.minutes.section_votes import section_agrees
from kcc_papers.extract.minutes.welsh_prose import opens_welsh_decision, welsh_prose_decisions
from kcc_papers.extract.minutes.welsh_twins import english_half
from kcc_papers.extract.minutes.wrapped_defeats import lines_under
from kcc_papers.normalise.textclean import strip_bullet


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


def find_resolutions(body: list[tuple[int, str]], motions_only: bool = False,
                     initials: tuple[str, ...] = ()) -> list[Resolution]:
    """The resolutions of one minute. ``motions_only``: the minutes are formal (see
    ``formal``), so inline decisions count only as motions proposed and carried.
    ``initials``: what the meeting's body goes by (body_initials)."""
    # each motion a block of mover, seconder, words and result (councils abroad): what the
    # meeting voted on; the lines between the blocks (an officer's recommendation, a
    # "RESOLVED that ..." after an amendment's block) read as any minute's
    out: list[Resolution] = []
    at = 0
    for block in moved_motions(body):
        out += _resolutions_in(body[at:block.start], motions_only, initials)
        out += [block.resolution] if block.resolution else []
        at = block.end
    return out + _resolutions_in(body[at:], motions_only, initials)


def _resolutions_in(body: list[tuple[int, str]], motions_only: bool,
                    initials: tuple[str, ...]) -> list[Resolution]:
    """The resolutions of a minute's lines outside any motion's block (find_resolutions)."""
    if not body:
        return []
    texts = [t for _, t in body]
    anchors = [i for i, t in enumerate(texts) if _resolved(t) or _resolved_ci(t)
               or _numbered_label(t) or _body_decides(texts, i) or _responds(texts, i)
               or passive_wrapped(texts, i)]
    # a section of the members voting alone decides for the body only where the minute
    # resolves nothing itself (section_votes): beside a resolution, it is that one's vote
    anchors = anchors or [i for i, t in enumerate(texts) if section_agrees(t)]
    anchors = passive_heads(texts, _without_wrapped_verbs(texts, anchors))
    anchors = [i for i in anchors if not (_advice_resolved_on(texts, i, anchors)
                                          or _directors_recited(texts, i, anchors))]
    kind = "resolved"
    own: set[int] = set()  # the body's own sentences beside a motion lost
    if anchors and not _refuses(texts, anchors):
        # a motion or proposal lost in a minute that resolves something else too (a member's
        # proposal voted down before the committee resolves on its report, or in one lettered
        # part of a parish minute, another part resolved): a decision of its own still
        anchors = sorted({*anchors, *lost_beside(texts)})
    if not anchors:
        anchors = [i for i, t in enumerate(texts) if _APPROVED.search(t)]
        kind = "approved"
    if not anchors:
        # a motion put to the vote and lost: nothing is resolved or approved (a lost
        # amendment is only on the way to what is), and the result, printed in capitals as
        # the template marks a decision, is the minute's decision
        anchors = _lost(texts) or _recommendations_lost(texts)
        kind = "resolved"
        # ... and what the body then decided in its own words, after the vote ("On being put
        # to the vote the proposal was lost." over "The Board agreed to defer any
        # reallocation ..."): a decision of its own, no part of the defeat
        # (or before it: "The Committee agreed to advise the airport ..." over "Mr A proposed
        # ... On being put to the vote the proposal was not supported.", an advisory
        # committee's own agreement first, the member's further proposal lost after it)
        # (but not the update or report the body received before a vote, the business the
        # motion was moved on: "The Committee received an update on the pilot ..." over "It
        # was moved ... that the pilot be extended ... the motion was lost")
        # (or in Welsh: "Collwyd y cynnig." over "Gohiriwyd ystyried y cais ...")
        own = {i for i in range(len(texts) if anchors else 0)
               if i not in anchors and (_noted(texts[i], initials)
                                        or opens_welsh_decision(texts[i]))
               and not (i < anchors[-1] and received_only(_sentence_from(texts, i)))}
        # ... or before it, recommending onward (recommended_onward)
        onward = recommendations_before(texts, anchors[0] if anchors else 0)
        anchors = sorted({*anchors, *own, *onward})
    # a motion lost in a sentence the line above starts: the record is the whole sentence
    heads = {i: h for i in anchors if (h := sentence_head(texts, i)) and i - 1 not in anchors
             and _lost([texts[i]]) == [0]}
    if not anchors:
        # (in a lettered part of the minute too: "(a) The minutes of the meeting held on ...
        # were agreed as a correct record", "(b) Matters arising: ...")
        # (not a list laid before it for information, nor the list's entries: for_information)
        given = given_for_information(texts)
        noted = [i for i, t in enumerate(texts) if i not in given and (
                 _noted(_LIST_ITEM.sub("", PARA.sub("", t, count=1), count=1), initials)
                 or _minutes_wrapped(texts, i, initials))]
        if not noted:
            found = inline_decisions(body)
            if motions_only:
                found = [r for r in found if (_MOTION.search(r.text) and _CARRIED.search(r.text))
                         or _BARE_OUTCOME.match(r.text) or _closes_with_result(r.text)]
            # (a proposal a vote carried, in prose: carried_votes)
            found = found or carried_on_vote(body)
            if not motions_only:
                # (formal minutes mark what they decide: a noting sentence inside their
                # prose, "Mrs A declared an interest. The Panel noted the declaration.", is
                # the record of what happened, not a decision)
                found = found or _noted_sentence(body, initials)
            else:
                # (or close the minute on the body's own agreement: carried_votes)
                found = (found or _report_noted_last(body, initials)
                         or closing_agreement(body, initials))
            found += [r for r in _deferral(body)
                      if not any(r.text in other.text for other in found)]
            # (a minute in Welsh alone, its decisions in its impersonal verbs: welsh_prose)
            return found or welsh_prose_decisions(body)
        i = noted[-1]
        end = _sentence_end(texts, i)
        return [Resolution(_join([_unnumbered(texts[i]), *texts[i + 1:end]]), body[i][0],
                           "noted"),
                *_went_on(body, texts, end)]
    out = []
    # (a translation still ends the decision above it)
    translations = _translations(texts, anchors)
    lost_lines = set(_lost(texts)) if kind == "resolved" else set()
    for n, i in enumerate(anchors):
        if i in translations:
            continue
        limit = anchors[n + 1] if n + 1 < len(anchors) else len(texts)
        end = span_end(texts, i, limit, kind)
        if i in own:
            end = min(end, _sentence_end(texts, i))  # (the body's own sentence, no more)
        first = _from_resolving_sentence(PARA.sub("", strip_bullet(texts[i])),
                                         lines_under(texts, i, i in lost_lines))
        rest = texts[i + 1 : end]
        first = english_half(_wrapped_article(texts, i, first))
        if i in heads and first == PARA.sub("", strip_bullet(texts[i])):
            # (only where the record starts the line: "be closed. On being put to the vote
            # ..." starts its own sentence after the one the line above began)
            first = f"{heads[i]} {first}"
        own_kind = kind
        if i in lost_lines and (moved := motion_moved_before(
                texts, i, first, anchors[n - 1] + 1 if n else 0,
                following=texts[i + 1] if i + 1 < len(texts) else "")):
            # a motion moved in the sentence before its defeat, which names it "the motion":
            # the decision is the motion's words, lost whatever they say (none where they
            # are told as moved at another meeting: elsewhere_votes)
            if moved_elsewhere(moved):
                continue
            first, own_kind = f"{moved} {first}", "lost"
        text = _join(rest if _BARE_LABEL.match(first) else [first, *rest])
        if i in own:
            text = _split_sentences(text)[0]  # (its stop mid-line: the next sentence's none)
        recommended = _recommendation_before(texts, i, anchors[n - 1] + 1 if n else 0)
        if recommended and _BARE_LABEL.match(first) and not (rest and _SAYS_WHAT.match(rest[0])):
            text = recommended  # "Recommendation: that ..." over "AGREED": what was agreed
        elif recommended and _ADOPTS_RECOMMENDATION.search(text):
            text = f"{recommended} {text}"  # "... AGREED - that the recommendation be adopted"
        if text:
            out.append(Resolution(text, body[i][0], own_kind))
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


# A sentence's subject left at the end of the line above the resolution's first words: "...
# without a car. The" over "Board AGREED to defer ...", or "... car. The Board" over "AGREED to
# defer ..." (at most a few words: the subject, not the sentence).
_DANGLING_SUBJECT = re.compile(r"(?:^|(?<=[.;:]\s))(?P<subject>The(?:\s+[\w&'’-]+){0,5}?)\s*$")
_BODY_OPENS = re.compile(rf"^{BODY}\s")
_BODY_ENDS = re.compile(rf"\s{BODY}$")
_CAPITAL_VERB = re.compile(r"^[A-Z]{4,}\b")


def _wrapped_article(texts: list[str], i: int, first: str) -> str:
    """The resolution's first words ``first`` (line ``i``), its sentence's subject brought back
    from the line above where a wrap left it there: its "The" before the body's name, or
    "The Board" before the verb in capitals."""
    dangling = _DANGLING_SUBJECT.search(texts[i - 1]) if i else None
    if dangling is None:
        return first
    subject = dangling["subject"]
    if (subject == "The" and _BODY_OPENS.match(first)) or (
            _BODY_ENDS.search(subject) and _CAPITAL_VERB.match(first)):
        return f"{subject} {first}"
    return first


def _sentence_from(texts: list[str], i: int) -> str:
    """The sentence line ``i`` opens, however its lines wrap (to its stop mid-line)."""
    return first_sentence(_join(texts[i:_sentence_end(texts, i)]))


def _unnumbered(line: str) -> str:
    """A noting line without the number of the minute's paragraph it opens ("4.2 The IJB noted
    the updated action log."): the paragraph's place, not what was noted."""
    para = PARA.match(line)
    return line[para.end():] if para and para.group("sub") else line


def _recommendation_before(texts: list[str], i: int, floor: int) -> str | None:
    """The text of the recommendation printed just above line ``i`` (no earlier than
    ``floor``, the line after the resolution before), its label dropped."""
    for j in range(i - 1, max(floor, i - RECOMMENDATION_LINES) - 1, -1):
        if m := _RECOMMENDATION.match(texts[j]):
            return _join([texts[j][m.end():], *texts[j + 1 : i]]) or None
    return None


def _from_resolving_sentence(line: str, following: str = "") -> str:
    """A line whose resolution follows a sentence of discussion ("Three quotations had been
    received. It was resolved to accept ..."): the resolution starts at its own sentence; or
    at its last, where the line ends in a motion's defeat the ``following`` line ends ("...
    After debate the motion was put to the vote and was" over "LOST (3 for, 8 against).")."""
    parts = _split_sentences(line)
    found = [k for k, part in enumerate(parts) if _resolved(part)
             or _resolved_ci(part) or _RESPONSE.search(part) or _MOTION_LOST.search(part)
             or _MOTION_DEFEATED.search(part) or RECOMMENDATION_LOST.search(part)]
    at = found[0] if found else None
    if at is None and following:
        joined = f"{parts[-1]} {following}"
        wrapped = (*_MOTION_LOST.finditer(joined), *_MOTION_DEFEATED.finditer(joined))
        if any(m.start() < len(parts[-1]) < m.end() for m in wrapped):
            at = len(parts) - 1
    # a bilingual council's paragraph saying it in Welsh, then in English ("Penderfynwyd
    # gohirio'r cais. It was resolved to defer the application."): the English is read, as
    # where each language has its line (see _translations)
    if found and at is not None and _WELSH_LABEL.match(parts[at]):
        at = next((k for k in range(at + 1, len(parts))
                   if (resolves(parts[k]) or _INLINE.match(parts[k]))
                   and not _WELSH_LABEL.match(parts[k])), at)
    return " ".join(parts[at or 0:])
