"""A report's ask that closes a paragraph of other sentences, where nothing else in the report
asks, to decide what the paper sets out under it: "The Port Marine Safety Code requires the
Commissioners ... to keep the marine safety risk assessment under review. The register is
scored on a 5 x 5 matrix ... The Commissioners are asked to approve the revised register
below, including the new risk PM07." (a register's one paragraph over its table). After
another sentence an ask is otherwise none (round 23: only a byline's sentence before it lets
it be read, "Published on 1 October 2028. The Committee is asked to agree the harbour dues
... set out in the appendix" asks nothing of its own); nor is an ask only to note ("...
under the Regulations 2012. The Board is asked to note the Forward Plan")."""

from __future__ import annotations

import re

# The ask, starting a sentence after another's stop on its line: the body (its members by
# their office too, as a harbour's commissioners or a trust's trustees are the body) asked to
# do what decides, not to note, consider, receive or scrutinise what the paper sets out.
_ASKED_AFTER_SENTENCE = re.compile(
    r"(?<=[.;]\s)(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Committee|Cabinet|Council|Board|Panel|"
    r"Members|Authority|Executive|Forum|Partnership|IJB|Commissioners|Trustees|Governors|"
    r"Directors)\s+(?:is|are)\s+(?:asked|invited|requested)\s+to\s+"
    r"(?!(?:note|consider|comment|review|identify|receive|scrutini[sz]e|discuss|challenge)\b"
    r"|be\s+(?:aware|assured)\b)[a-z]")
# What the ask names is under the paragraph it closes: "the revised register below", "the
# schedule overleaf", "the changes as follows"; not "below" as a bound on what is decided
# ("a rent increase below inflation", "spending below £50,000": nothing set out under it).
_SET_OUT_BELOW = re.compile(
    r"\b(?:below(?!\s+(?:[£$€]|\d|inflation\b|the\s+(?:threshold|limit|level|rate)\b))"
    r"|overleaf|as\s+follows)\b", re.I)
# The ask's sentence ends at a full stop before a capital or the paragraph's end ("... the
# new risk PM07."), not at a figure's point ("a 5.5 score") or an abbreviation's.
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(]|\s*$)")
# The lines an ask's sentence may wrap over.
MAX_ASK_LINES = 4


def ask_after_sentence(texts: list[str]) -> tuple[int, str] | None:
    """The first ask that starts after another sentence on its line, ends within
    MAX_ASK_LINES lines and names what is set out below it: its line's index and its
    sentence; None where there is none."""
    for k, text in enumerate(texts):
        if "to" not in text or not (m := _ASKED_AFTER_SENTENCE.search(text)):
            continue
        sentence = text[m.start():]
        for more in texts[k + 1 : k + MAX_ASK_LINES]:
            if _SENTENCE_END.search(sentence):
                break
            sentence = f"{sentence} {more.strip()}"
        end = _SENTENCE_END.search(sentence)
        if end and _SET_OUT_BELOW.search(sentence, 0, end.end()):
            return k, sentence[: end.end()]
    return None
