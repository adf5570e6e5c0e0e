"""A Welsh minute's decision told in prose, by an impersonal verb opening its sentence, as
community and town councils minute in Welsh only or Welsh first: "Cytunwyd i ofyn am dri
dyfynbris" ("it was agreed to ..."), "Cytunwyd bod y cofnodion yn gywir" ("... that ..."),
"Nodwyd yr adroddiad" ("the report was noted"), "Gohiriwyd ystyried y cais" ("consideration
of the application was deferred"). Each is the body's own act, as "Penderfynwyd ..." is
(resolution_marks reads that one); the English readers' verbs never read these words.

Read only where nothing else in the minute decides (resolutions.find_resolutions' last
resort): a bilingual council prints the decision in English beside it ("It was agreed to ...",
"The report was noted."), which the English readers find, and a Welsh twin read too would make
each decision two; a minute in Welsh alone has nothing else to read.

Not decisions, and not read: "Nodwyd bod ..." ("it was noted that <a fact>"), what another
body agreed ("Cytunodd y Cabinet ...", another verb form; "Cytunwyd gan y Cabinet ...", "agreed
by"), the next meeting's date or place ("Cytunwyd y cynhelir y cyfarfod nesaf ar ...", "it was
agreed the next meeting be held on ..."), and the meeting itself adjourned ("Gohiriwyd y
cyfarfod am 8.40")."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.minute_sentences import _sentences
from kcc_papers.extract.minutes.resolution_marks import PARA, Resolution
from kcc_papers.normalise.needles import holds_any

# Where a sentence starts: a line's start, or after a stop or a colon mid-line ("5.1 E/44120
# Fferm Penlan: Gohiriwyd ystyried y cais").
_SENTENCE_START = r"(?:^|(?<=[.;:]\s))"
# A sentence's characters, up to its stop, at most so many.
_MAX_SENTENCE = 200
_IN_SENTENCE = rf"[^.;]{{0,{_MAX_SENTENCE}}}?"
# The next meeting's arrangements: the meeting held ("cynhelir", "cynnal", "cynhaliwyd", in
# their mutations too: "gynnal") or the next meeting named ("cyfarfod nesaf"), as English's
# "next meeting" is none in noted._NEXT_MEETING; but an item put off to it ("i ohirio'r cais
# tan y cyfarfod nesaf") is a deferral.
_NEXT_MEETING = (rf"(?!{_IN_SENTENCE}\b(?:g?ohirio|gohiriwyd)\b){_IN_SENTENCE}"
                 r"\b(?:[cg]ynhelir|[cg]ynnal|[cg]ynhaliwyd|cyfarfod\s+nesaf)\b")
# "it was agreed", opening its sentence with a capital (a label's colon may follow it:
# "Cytunwyd: ..."), what was agreed after it in small letters, or wrapped onto the next line;
# not "by" another body ("Cytunwyd gan y Cabinet ..."), nor the next meeting's arrangements.
_AGREED = (r"(?-i:Cytunwyd|CYTUNWYD)(?:\s*:)?(?:[^\S\n]+(?-i:(?=[a-z]))(?!gan\b)|[^\S\n]*$)"
           rf"(?!{_NEXT_MEETING})")
# "the report was noted": the report, update or presentation laid before the meeting, the
# article perhaps before it ("Nodwyd yr adroddiad", "Nodwyd adroddiad y Clerc", "Nodwyd y
# diweddariad"); "Nodwyd bod ..." and "Nodwyd yn yr adroddiad bod ..." tell a fact.
_REPORT_NOTED = (r"(?-i:Nodwyd|NODWYD)\s+(?:(?:yr|y)\s+)?"
                 r"(?:adroddiad(?:au)?|diweddariad|cyflwyniad)\b(?!\s+(?:bod|fod)\b)")
# "it was deferred": what was put off after it in small letters ("Gohiriwyd ystyried y cais",
# "Gohiriwyd yr eitem tan ..."); not the meeting ("Gohiriwyd y cyfarfod", adjourned).
_DEFERRED = r"(?-i:Gohiriwyd|GOHIRIWYD)[^\S\n]+(?-i:(?=[a-z]))(?!y\s+cyfarfod\b)"

# The marks, one pattern's alternatives (case-insensitive, as resolution_marks' prose is).
_DECIDED = re.compile(rf"{_SENTENCE_START}(?:{_AGREED}|{_REPORT_NOTED}|{_DEFERRED})", re.I)
# The words one of them holds, in any case (a sentence without any is not searched).
_WORDS = ("cytunwyd", "nodwyd", "gohiriwyd")


def opens_welsh_decision(line: str) -> bool:
    """Whether a minute's ``line`` opens on a Welsh decision's verb (its paragraph's number
    before it): beside a motion lost, the body's own act, as "The Board agreed ..." is."""
    text = PARA.sub("", line)
    return holds_any(text, _WORDS) and _DECIDED.match(text) is not None


def welsh_prose_decisions(body: list[tuple[int, str]]) -> list[Resolution]:
    """Each sentence of a minute's ``body`` that its Welsh verb opens as the body's decision
    (from the verb on: "5.1 E/44120 Fferm Penlan: Gohiriwyd ystyried y cais" is read from
    "Gohiriwyd"): a sentence each, as each is an act of its own."""
    out: list[Resolution] = []
    for page, sentence in _sentences(body):
        text = PARA.sub("", sentence)
        if holds_any(text, _WORDS) and (m := _DECIDED.search(text)):
            out.append(Resolution(text[m.start():], page, "resolved"))
    return out
