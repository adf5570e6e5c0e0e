"""What a report says about its own KPI totals, in prose: "of the 30 KPIs included, current
performance is Green for twenty-three indicators, Amber for six indicators and Red for one",
"17 of the 38 indicators are rated as Green ... 12 ... Amber ... nine ... Red"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kcc_papers.normalise.numbers import WORDS_RE, find_counts, words_to_number

_NUM = rf"(\d{{1,4}}|{WORDS_RE.pattern})"
_KPIS = r"(?:key\s+performance\s+indicators|performance\s+indicators|KPIs|indicators)"
# "includes thirty (30) KPIs", "Of the 38 KPIs", "17 of the 38 1 indicators" (a footnote mark).
TOTAL = re.compile(
    rf"\b(?:of\s+the|includes?|including|contains?|containing)\s+{_NUM}"
    rf"(?:\s*\(\d+\))?(?:\s+\d)?\s+{_KPIS}\b",
    re.I,
)
# A word TOTAL cannot match without: a cheap test that spares its slow search in most sentences.
_KPI_WORD = re.compile(r"indicators|KPIs", re.I)
COLOUR = re.compile(r"\b(green|amber|red|blue)\b", re.I)
# Parentheses that compare with another period ("(one more than last Quarter)") hold numbers
# that are not counts of this report's ratings.
_ASIDE = re.compile(r"\([^()]*\b(more|fewer|less|same|than|previous|last)\b[^()]*\)", re.I)
# Statements about other measures than this period's RAG: year to date, trends, other quarters.
_OTHER = re.compile(r"year\s+to\s+date|\bYTD\b|\btrend\b|direction\s+of\s+travel", re.I)


@dataclass(slots=True)
class Stated:
    """Counts a report states, with the sentence(s) that state them."""

    total: int | None = None
    rags: dict[str, int] = field(default_factory=dict)
    text: str = ""


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else words_to_number(text)


def sentences(text: str) -> list[str]:
    joined = " ".join(text.split())
    parts = re.split(r"(?<=[.:;])\s+(?=[A-Z0-9•o-])|\s*[•]\s*", joined)
    return [p.strip() for p in parts if p.strip()]


def _sentence_counts(sentence: str) -> tuple[int | None, dict[str, int]]:
    if _OTHER.search(sentence):
        return None, {}
    s = _ASIDE.sub(" ", sentence)
    total = None
    m = TOTAL.search(s) if _KPI_WORD.search(s) else None
    if m:
        total = _number(m.group(1))
        s = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]
    return total, _blue_as_green(_clause_counts(s, _colour))


def _blue_as_green(counts: dict[str, int]) -> dict[str, int]:
    """BRAG's blue ("2 exceeded target (blue)") is rated green (``rag``): counted with it."""
    if "blue" in counts:
        counts["green"] = counts.get("green", 0) + counts.pop("blue")
    return counts


def _colour(word: str) -> str:
    return word.lower()


def _clause_counts(sentence: str, name_of: Callable[[str], str | None]) -> dict[str, int]:
    """Count per category, one category and its number per clause ("Amber for six")."""
    out: dict[str, int] = {}
    pattern = COLOUR if name_of is _colour else DOT_WORDS
    # a sentence naming no category (most of a report's) has no clause or part naming one:
    # their edges keep the word boundaries the category words are read between
    if not pattern.search(sentence):
        return out
    for clause in re.split(r"[,;]|\s-\s|\s–\s", sentence):
        names = {name_of(w) for w in pattern.findall(clause)} - {None}
        parts = re.split(r"\band\b", clause) if len(names) > 1 else [clause]
        for part in parts:
            found = {name_of(w) for w in pattern.findall(part)} - {None}
            # most clauses name no category: their numbers are not looked for
            if len(found) != 1 or not (counts := find_counts(part)):
                continue
            name = found.pop()
            if name is not None and name not in out:
                out[name] = counts[0][0]
    return out


DOT_WORDS = re.compile(
    r"\b(improv\w*|positive|better|stable|unchanged|no\s+clear\s+trend|worsen\w*|lower"
    r"|negative|fallen|declin\w*)\b",
    re.I,
)
_YTD = re.compile(r"year\s+to\s+date|\bYTD\b", re.I)
_DOT_SENTENCE = re.compile(r"direction\s+of\s+travel|\btrend\b", re.I)


def _dot(word: str) -> str | None:
    w = word.lower()
    if w.startswith(("improv", "positive", "better")):
        return "improved"
    if w.startswith(("stable", "unchanged", "no")):
        return "unchanged"
    return "fallen"


def stated_ytd_rags(text: str) -> list[Stated]:
    """ "There are three indicators which are showing Red on a year to date basis"."""
    return _ytd_rags(sentences(text))


def _ytd_rags(parts: list[str]) -> list[Stated]:
    out = []
    for sentence in parts:
        if _YTD.search(sentence) and not _DOT_SENTENCE.search(sentence):
            rags = _clause_counts(_ASIDE.sub(" ", sentence), _colour)
            if rags:
                out.append(Stated(None, rags, sentence))
    return out


def stated_dots(text: str) -> list[Stated]:
    """ "Direction of Travel ... positive for fourteen KPIs, stable for ten and ... six
    indicators showing lower results": counts keyed improved / unchanged / fallen."""
    return _dots(sentences(text))


def _dots(parts: list[str]) -> list[Stated]:
    out = []
    for sentence in parts:
        if _DOT_SENTENCE.search(sentence) and not _YTD.search(sentence):
            dots = _clause_counts(_ASIDE.sub(" ", sentence), _dot)
            if len(dots) >= 2:
                out.append(Stated(None, dots, sentence))
    return out


def stated_counts(text: str) -> list[Stated]:
    """Groups of consecutive sentences that together state a total and counts for two or more
    colours. A lone colour count ("three indicators are Red on a year to date basis") is not a
    statement of the report's totals, so it is ignored."""
    return _grouped_counts(sentences(text))


def _grouped_counts(parts: list[str]) -> list[Stated]:
    out: list[Stated] = []
    current: Stated | None = None
    for sentence in parts:
        total, rags = _sentence_counts(sentence)
        clash = current is not None and (
            any(c in current.rags for c in rags)
            or (total is not None and current.total not in (None, total))
        )
        if (total is None and not rags) or clash:
            _close(current, out)
            current = None
            if total is None and not rags:
                continue
        if current is None:
            current = Stated()
        if total is not None:
            current.total = total
        current.rags.update(rags)
        current.text = f"{current.text} {sentence}".strip()
    _close(current, out)
    return out


def _close(current: Stated | None, out: list[Stated]) -> None:
    if current is not None and current.total is not None and len(current.rags) >= 2:
        out.append(current)


def report_totals(text: str) -> list[Stated]:
    """The statements about the whole report: those with the largest stated total. Smaller
    totals ("Two of the eight indicators met target") describe one service."""
    return _top_totals(_grouped_counts(sentences(text)))


def _top_totals(found: list[Stated]) -> list[Stated]:
    if not found:
        return []
    top = max(s.total or 0 for s in found)
    return [s for s in found if s.total == top]


@dataclass(slots=True)
class Statements:
    """What a report's prose states of its KPIs: its totals (``report_totals``), its year to
    date ratings (``stated_ytd_rags``) and its directions of travel (``stated_dots``)."""

    totals: list[Stated]
    ytd_rags: list[Stated]
    dots: list[Stated]


def prose_statements(text: str) -> Statements:
    """The three readings of ``text``, its sentences parted once for all three (the split
    is a scan of the whole prose of a long report)."""
    parts = sentences(text)
    return Statements(_top_totals(_grouped_counts(parts)), _ytd_rags(parts), _dots(parts))
