"""Which kind of paper a document is, weighed from the clues in its title, head and text.

The kind its heading names (segment_starts) is one clue among them: a document whose
evidence is too thin is OTHER (see the note over the clues), and a report whose subject is a
dashboard or a register is a performance report or a risk register. The table headers each
kind prints are here too (from ``headers``), as the record readers look for them as well.

This module is the entry point that weighs the clues and settles the kind; its parts:
``headers`` (the kinds' words and table headers, the KPI/dashboard header's reading among
them), ``clues`` (the clues and their weights), ``report_kinds`` (which kind of report a
report is), ``decision_records`` (a signed assent, a record addressed to a meeting) and
``heads`` (a document's head and title lines).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from kcc_papers.classify.clues import (
    ANNOTATED_AGENDA,
    BODY_NAMED,
    CLUES,
    DATED_AGENDA,
    DECISION_LABEL,
    NO_BODY_WEIGHT,
    STRONG,
    Clue,
)
from kcc_papers.classify.decision_lists import title_above_items
from kcc_papers.classify.decision_records import _addressed_to_meeting, _signed_assent
from kcc_papers.classify.headers import (
    _LINE_START_BEFORE_RUN_END,
    DECISION_TABLE_HEADER,
    KPI_TABLE_HEADER,
    PAGE_COLUMN_HEADER,
    RECOMMEND,
    RISK_TABLE_HEADER,
    TIMED_ITEM,
    kpi_headers,
)
from kcc_papers.classify.heads import HEAD_CHARS, TITLE_LINES, _first_lines
from kcc_papers.classify.report_kinds import _investment_returns, _report_kind
from kcc_papers.classify.spaced_titles import spaced_title_names_decision
from kcc_papers.normalise.needles import lowered
from kcc_papers.normalise.runs import LINE_START as _LINE_START
from kcc_papers.segment_starts.heading_kinds import OTHER
from kcc_papers.segment_starts.item_stamps import ITEM_STAMP
from kcc_papers.segment_starts.item_tables import AGENDA_TABLE_HEADER
from kcc_papers.segment_starts.layout import _other_languages

# What other modules and tests import from here (the clues and table headers are kept in
# the modules beside this one).
__all__ = [
    "AGENDA_TABLE_HEADER", "ANNOTATED_AGENDA", "CLUES", "DATED_AGENDA", "DECISION_LABEL",
    "DECISION_TABLE_HEADER", "HEADING_WEIGHT", "HEAD_CHARS", "KPI_TABLE_HEADER", "MIN_MARGIN",
    "MIN_SCORE", "PAGE_COLUMN_HEADER", "RECOMMEND", "RISK_TABLE_HEADER", "TIMED_ITEM",
    "TITLE_LINES", "_LINE_START", "_LINE_START_BEFORE_RUN_END", "Clue", "classify",
    "kpi_headers", "weigh",
]


# A line printing two languages parted by a stroke ("Presennol / Present:").
BILINGUAL_LINE = re.compile(r"^.*\S\s+/\s+[A-Z].*$", re.M)
# What every such line holds: a stroke with space either side.
_STROKE = re.compile(r"\s/\s")


def _each_language(text: str) -> str:
    """``text`` with each bilingual line followed by its later halves as lines of their own,
    so a clue anchored at a line's start ("Present:", "The meeting ended at") reads every
    language of it."""
    if not _STROKE.search(text):  # most documents: no line to part
        return text
    return BILINGUAL_LINE.sub(
        lambda m: "\n".join([m.group(0), *_other_languages(m.group(0))]), text)


# ---------------------------------------------------------------------------- classification
# A document's kind is weighed, not matched: each clue below speaks for a kind (or, for
# OTHER, against the document being a committee paper at all) with a weight, and is looked
# for in the document's title (its heading lines), its head or its whole text. The heading
# that started the document counts HEADING_WEIGHT for its kind, but a heading alone is not
# enough: the best kind wins only with MIN_SCORE, MIN_SUPPORT from the document's own words
# besides that heading, and a lead of MIN_MARGIN over the evidence against; otherwise the
# document is "other", which no record extractor reads (but the contracts reader, only the
# tables of a document naming itself a contracts register): a missing record beats an
# invented one.

HEADING_WEIGHT = STRONG
# a letter-spaced title naming a decision's record weighs as the plain title clue does
SPACED_DECISION_WEIGHT = STRONG
MIN_SCORE = 2
MIN_SUPPORT = 1
MIN_MARGIN = 2


def _clue_text(clue: Clue, title: str, head: str, text: str) -> str:
    if clue.scope == "top":
        return f"{title}\n{_unstamped_top(head)}"
    return {"title": title, "head": head, "text": text}[clue.scope]


def _unstamped_top(head: str) -> str:
    """A document's first lines, unless they stamp it as an agenda's item ("Agenda Item 6"):
    the paper of an item may print the meeting's name, date and time under its stamp, where
    they are its meeting's, not a notice's head."""
    top = _first_lines(head)
    stamped = any("item" in line.lower() and ITEM_STAMP.match(line) for line in top.splitlines())
    return "" if stamped else top


def _found(pattern: re.Pattern[str], text: str, count: int,
           starts: Callable[[str], list[int]] | None = None) -> bool:
    """Whether ``pattern`` matches ``text`` at least ``count`` times (findall's matches,
    counted only as far as needed: most clues need one, and a long document's scan can stop
    there); tried at ``starts``' places alone where the clue has them."""
    if starts is not None:
        matches: Iterable[object] = (at for at in starts(text) if pattern.match(text, at))
    else:
        matches = pattern.finditer(text)
    return sum(1 for _ in itertools.islice(matches, count)) >= count


def _before(pattern: re.Pattern[str], text: str) -> str:
    """``text`` up to the first match of ``pattern`` (all of it where none is)."""
    found = pattern.search(text)
    return text if found is None else text[:found.start()]


class _Lowered:
    """Each text a document's clues are looked for in, in lower case, made once."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}

    def holds(self, text: str, words: tuple[str, ...]) -> bool:
        lower = self._texts.get(text)
        if lower is None:
            lower = self._texts[text] = lowered(text)
        return any(word in lower for word in words)


def weigh(text: str, hint: str = "", title: str | None = None, cover: str = "") -> Counter[str]:
    """The evidence for each kind (and against all, under OTHER) in a document; ``cover``,
    the title lines of the file it is part of, can speak against it too."""
    text = _each_language(text)
    head = text[:HEAD_CHARS]
    title = title if title is not None else _first_lines(text)
    # each language of a bilingual title line is read as a line of its own
    # (a list of decisions' title lines reach into its items: their subjects are not its own)
    # (so with its file's cover, the same title lines where the list is the file)
    title, cover = title_above_items(title), title_above_items(cover)
    title = "\n".join([title, *(half for line in title.splitlines()
                                for half in _other_languages(line))])
    scores: Counter[str] = Counter()
    if hint:
        scores[hint] += HEADING_WEIGHT
    lowered = _Lowered()
    for clue in CLUES:
        if clue.heading and clue.kind == hint:
            continue
        where = _clue_text(clue, title, head, text)
        if clue.before is not None:
            where = _before(clue.before, where)
        if clue.kind == OTHER and clue.scope != "text" and cover:
            where = f"{where}\n{cover}"
        if clue.needs and not lowered.holds(where, clue.needs):
            continue
        if _found(clue.pattern, where, clue.min_count, clue.starts) and (
                clue.requires is None or clue.requires.search(text)):
            scores[clue.kind] += clue.weight
    if spaced_title_names_decision(title):
        # a letter-spaced title's words run together: the plain title clue cannot read them
        scores["decision"] += SPACED_DECISION_WEIGHT
    if not BODY_NAMED.search(head):
        scores[OTHER] += NO_BODY_WEIGHT
    return scores


def classify(text: str, hint: str = "", title: str | None = None, cover: str = "",
             own_head: str | None = None) -> str:
    """Kind of a document from its heading (hint), its title lines and its own words, and
    what the cover of its file says against its being a paper. ``own_head``: the document's
    first lines without the stamps printed over them ("OFFICIAL"), where ``text`` holds any,
    for the title lines a report's kind is read from."""
    scores = weigh(text, hint, title, cover)
    against = scores.pop(OTHER, 0)
    if not scores:
        return OTHER
    # On a tie the document's own heading decides.
    kind, score = max(scores.items(), key=lambda ks: (ks[1], ks[0] == hint))
    support = score - (HEADING_WEIGHT if kind == hint else 0)
    if score < MIN_SCORE or support < MIN_SUPPORT or score - against < MIN_MARGIN:
        return OTHER
    if kind == "report" and _signed_assent(text):
        return "decision"
    if kind == "decision" and _addressed_to_meeting(text[:HEAD_CHARS]):
        return "report"
    head = text[:HEAD_CHARS]
    if kind == "report":
        kind = _report_kind(head, head if own_head is None else own_head[:HEAD_CHARS])
    if kind == "performance_report" and _investment_returns(head, title):
        return "report"
    return kind
