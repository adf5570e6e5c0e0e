"""The lines a minute's decision is anchored at besides a resolution's marks: a
council's response to a planning application ending the line that cites it ("No objection."),
"The Board:" over a list of what it did; and the anchors dropped: a verb in capitals wrapped
from the sentence above, a body's advice the minute then resolves on, a company's directors'
resolution told to a meeting that resolves under its own label, the Welsh translation of a
decision printed in English beside it."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.resolution_marks import _LIST_ITEM, BODY, _resolved
from kcc_papers.extract.minutes.welsh_twins import (
    WELSH_LABEL,
    both_languages,
    twin_after_lead_in,
    welsh_anchor,
)
from kcc_papers.normalise.bilingual import is_welsh

# (resolutions reads the Welsh label from here)
_WELSH_LABEL = WELSH_LABEL
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


# A company's directors resolving, as _RESOLVED_CI reads it: "The Directors resolved that the
# accounts be received".
_DIRECTORS_RESOLVED = re.compile(
    r"(?:^|(?<=[.;]\s))The\s+(?-i:Directors)\s+(?:\w+\s+)?resolved\b", re.I)


def _directors_recited(texts: list[str], i: int, anchors: list[int]) -> bool:
    """Whether line ``i`` tells what a company's directors resolved, in a minute that resolves
    under its own label: a council's shareholder committee hearing that "The Directors resolved
    to pay a dividend of £250,000 to the Council" before "RESOLVED: That the annual report be
    noted" is told the company's decision, no decision of the meeting's own. (A company board's
    minutes resolve by their directors throughout, no other label beside.)"""
    return (bool(_DIRECTORS_RESOLVED.search(texts[i])) and not _resolved(texts[i])
            and any(j != i and _resolved(texts[j]) for j in anchors))


def _translations(texts: list[str], anchors: list[int]) -> set[int]:
    """The anchors of a decision in Welsh printed straight after (or before) the same
    decision in English, under a label of its own ("Resolved: that the minutes be approved
    ..." over "Penderfynwyd: cymeradwyo cofnodion ..."): a bilingual council records each
    decision in both languages, and the English is read once. A Welsh decision with no
    English beside it is none of them."""
    welsh = [welsh_anchor(texts[i], texts[i + 1] if i + 1 < len(texts) else "") for i in anchors]
    dropped: set[int] = set()
    for n in range(len(anchors) - 1):
        if welsh[n] == welsh[n + 1] or both_languages(texts[anchors[n]]) or both_languages(
                texts[anchors[n + 1]]):
            continue
        # the two adjacent: the first's lines run on to the second's label, its stop on the
        # last of them (no other sentence between)
        first = texts[anchors[n] : anchors[n + 1]]
        # (or, the Welsh first, the English paragraph's lead-in between: twin_after_lead_in)
        if any(_STOPPED.search(t) for t in first[:-1]) and not (
                welsh[n] and twin_after_lead_in(first, texts[:anchors[n]])):
            continue
        # (the unlabelled one in English: a Welsh motion lost beside a Welsh resolution,
        # "... methodd y cynnig" over "PENDERFYNWYD gwrthwynebu'r cais", is no twin of it)
        if is_welsh(texts[anchors[n + 1] if welsh[n] else anchors[n]]):
            continue
        dropped.add(anchors[n] if welsh[n] else anchors[n + 1])
    return dropped


# A board's verbs in capitals, which a wrapped sentence may open its next line on.
_BOARD_VERBS = r"(?:GRANTED|REFUSED|REVOKED|SUSPENDED|DEFERRED)"
# A line opening with a board's verb in capitals: "DEFERRED to allow the applicant ...".
_OPENS_WITH_VERB = re.compile(rf"^{_BOARD_VERBS}\b")
# ... or with its passive auxiliary before it, the sentence wrapped before the auxiliary:
# "Decision: That a decision on the bus lane order" over "be DEFERRED to the next meeting".
# (the legal form too: "be and is hereby GRANTED", "be hereby REVOKED")
_OPENS_WITH_AUXILIARY_AND_VERB = re.compile(
    r"^(?:be|been|is|are|was|were)(?:\s+and\s+(?:is|are)|\s+hereby){0,2}"
    rf"\s+{_BOARD_VERBS}\b")
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
        wrapped = ((_OPENS_WITH_VERB.match(texts[i]) and _ENDS_ON_AUXILIARY.search(texts[i - 1]))
                   or _OPENS_WITH_AUXILIARY_AND_VERB.match(texts[i]))
        if wrapped and (item := _item_opening(texts, out[-1] + 1 if out else 0, i)) is not None:
            # ("(b) That the application for the Bridge Street pitch" over "be REFUSED ...",
            # no stop ending the item above: a list's next item, its sentence its own)
            out.append(item)
            continue
        if out and wrapped and not any(_ENDS_SENTENCE.search(t) for t in texts[out[-1]:i]):
            continue
        if out and out[-1] == i - 1 and passive_wrapped(texts, i - 1):
            continue  # ("... were" over "AGREED: that ...": the line above anchors it)
        out.append(i)
    return out


def _item_opening(texts: list[str], start: int, i: int) -> int | None:
    """The line from ``start`` up to line ``i`` that opens a list's item ("(b) That ...")
    whose sentence runs on, unstopped, into line ``i``; None where none does."""
    for j in range(i - 1, start - 1, -1):
        if _ENDS_SENTENCE.search(texts[j]):
            return None
        if _LIST_ITEM.match(texts[j]):
            return j
    return None


# A passive sentence's auxiliary ending a line, its verb in capitals opening the next: "The
# minutes of the meeting held on 28 July 2027 were" over "AGREED as a correct record ...".
# The one-line form ("... were AGREED as ...") is a resolution's mark (resolution_marks); the
# line break between its two words hides it from a reading of each line alone. ("It was" over
# "APPROVED that ...", or "..., seconded by Alderman Boyd, it was" over "AGREED: that ...", is
# a vote's result, its own line the mark: as on one line.)
# (a board's verbs too: "Consideration of the revised policy was" over "DEFERRED to the
# next meeting", as "... was DEFERRED to ..." on one line is read whole)
_ENDS_ON_PASSIVE_AUXILIARY = re.compile(r"(?<!\b[Ii]t\s)\b(?:was|were)\s*$")
_OPENS_WITH_PASSIVE_VERB = re.compile(
    rf"^\s*(?:APPROVED|AGREED|NOTED|ENDORSED|ADOPTED|CONFIRMED|RATIFIED|{_BOARD_VERBS})\b")
# A line that is the auxiliary alone, the words before it on the line above ("..., it" over
# "was" over "AGREED that ..."): whether "it" precedes it is read across the break.
_AUXILIARY_ALONE = re.compile(r"\s*(?:was|were)\s*")


def passive_wrapped(texts: list[str], i: int) -> bool:
    """Whether line ``i`` ends on a passive sentence's "was" or "were" whose verb in capitals
    opens the next line: the sentence's first line anchors the decision, so its subject (what
    was agreed) is read with it."""
    line = texts[i]
    if i > 0 and _AUXILIARY_ALONE.fullmatch(line):
        line = f"{texts[i - 1].rstrip()} {line.strip()}"
    return (i + 1 < len(texts) and bool(_ENDS_ON_PASSIVE_AUXILIARY.search(line))
            and bool(_OPENS_WITH_PASSIVE_VERB.match(texts[i + 1])))


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


# A passive sentence's mark on a line, no stop before its auxiliary there ("Committee held on
# 4 April 2028 were AGREED as ..."): the sentence perhaps began on the line above.
_PASSIVE_ON_LINE = re.compile(
    r"^[^.;:]*?(?<!\bIt\s)\b(?:was|were)\s+(?:APPROVED|AGREED|NOTED|ENDORSED|ADOPTED|"
    r"CONFIRMED|RATIFIED|GRANTED|REFUSED|REVOKED|SUSPENDED|DEFERRED)\b")
# The lines a passive sentence's subject may wrap over above its auxiliary's line ("The
# minutes of the meeting of the Licensing and Regulatory" over "Committee held on ... were"):
# more is a paragraph above, not one subject.
MAX_SUBJECT_LINES = 2


def passive_heads(texts: list[str], anchors: list[int]) -> list[int]:
    """The anchors, each at a passive sentence's mark moved up to the line its sentence
    starts on (no stop, no other anchor and no heading in capitals between): what was agreed
    is read whole, not from the line break in its subject."""
    taken = set(anchors)
    out: list[int] = []
    for i in anchors:
        j = i
        if _PASSIVE_ON_LINE.match(texts[i]) or passive_wrapped(texts, i):
            while (j > 0 and i - j < MAX_SUBJECT_LINES and j - 1 not in taken
                   and (not out or j - 1 > out[-1]) and texts[j - 1].strip()
                   and not texts[j - 1].isupper() and not _ENDS_SENTENCE.search(texts[j - 1])):
                j -= 1
        out.append(j)
    return out
