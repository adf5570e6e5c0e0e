"""Split the text of minutes into numbered minute items.

Minute headings look like "76. Apologies" then "(Item 1)", "Work Programme 2015 115.",
"7 Opportunities to promote ... and charges" (Bristol: no dot, no item ref). The paragraphs
inside a minute are numbered too ("1. Mr Shipton introduced ..."), and so are lists of public
forum statements, so a heading is accepted only as part of the best *run* of consecutively
numbered heading-like lines: item refs and bodies make a run stronger, sentences never start
one. That keys on what minutes say about themselves, not on where lines sit on a page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

ITEM_REF = re.compile(
    r"\(\s*(?:agenda\s+)?[Il1]tem\s+(?:No\.?\s*)?([A-Z]{0,2}\s?\d{1,3}[a-z]?|[A-Z])\s*\)", re.I
)
# "76. Apologies", "7 Opportunities ...", and "12/24 Apologies" (number / municipal year).
_NUM_FIRST = re.compile(
    r"^(?:[-•]\s*)?(?P<num>[1-9]\d{0,3})(?P<year>/\d{2}(?:\d{2})?)?(?P<dot>\.?)\s+(?P<title>\S.*)$"
)
_NUM_LAST = re.compile(
    r"^(?:[-•]\s*)?(?P<title>[A-Z].*?)\s+(?P<num>[1-9]\d{0,3})\.\s*(?P<ref>\([^)]*\))?\s*$"
)
# Words that start a sentence in a minute's body, never a minute's title.
_SENTENCE = re.compile(
    r"^(?:RESOLVED|Resolved|It\b|That\b|This\b|There\b|These\b|Those\b|He\b|She\b|They\b|We\b|"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\b|Councillors?\b|Members?\b|Further\b|In\s+(?:response|order)\b|"
    r"Following\b|During\b|Having\b|Officers?\b|Approved?\b|Agreed?\b|Noted?\b|Notes\b|"
    r"Authori[sz]e[ds]?\b|Delegate[sd]?\b|Implement\b|Initiated\b|Endorsed?\b|Agrees\b|"
    r"Approves\b|Recommendation\b|A\s+question\b|Reference\b|The\s+(?:\w+\s+){0,5}"
    r"(?:was|were|is|are|had|has|said|introduced|noted|agreed|confirmed|will|would)\b)"
)
_SECTION = re.compile(
    r"^(?:(?P<open>UNRESTRICTED\s+ITEMS|OPEN\s+ITEMS|PART\s+(?:1|I|ONE)\b)|"
    r"(?P<closed>EXEMPT\s+ITEMS|RESTRICTED\s+ITEMS|PART\s+(?:2|II|TWO)\b))",
    re.I,
)
EXCLUSION = re.compile(
    r"exclusion\s+of\s+(?:the\s+)?press|press\s+and\s+public\s+be\s+excluded", re.I
)
TRAILER = re.compile(
    r"^(?:The\s+)?meeting\s+(?:ended|closed|finished|concluded|terminated|rose)\b|"
    r"^(?:CHAIR(?:MAN)?|Chair(?:man)?|Signed)\b[\s_.:]*$|^_{4,}",
    re.I,
)


@dataclass(slots=True)
class Candidate:
    index: int  # line index
    number: int
    style: str  # "dot" or "plain", with the year of "12/24" numbering: "plain/24"
    title: str
    ref: str | None
    title_lines: int  # lines taken by the heading, its title continuation and its item ref
    titleish: bool = True  # short and not ending like a sentence, as printed
    has_body: bool = False

    @property
    def label(self) -> str:
        """The minute number as printed: "76", or "12/24" in number/year schemes."""
        year = self.style.partition("/")[2]
        return f"{self.number}/{year}" if year else str(self.number)


@dataclass(slots=True)
class MinuteBlock:
    number: str
    title: str
    item_ref: str | None
    page: int
    body: list[tuple[int, str]] = field(default_factory=list)
    exempt: bool = False


@dataclass(slots=True)
class SplitMinutes:
    header: list[tuple[int, str]]
    items: list[MinuteBlock]
    gaps: list[tuple[int, int]]  # (after, before) where numbers jump


def split_minutes(lines: list[tuple[int, str]]) -> SplitMinutes:
    """Header lines (attendance) and the minute items of cleaned minutes text."""
    texts = [t for _, t in lines]
    candidates = [c for i in range(len(texts)) if (c := _candidate(texts, i))]
    starts = {c.index for c in candidates}
    for c in candidates:
        nxt = c.index + c.title_lines
        c.has_body = nxt < len(texts) and nxt not in starts and not _SECTION.match(texts[nxt])
    chain = _best_chain(candidates)
    if not chain:
        return SplitMinutes(lines, [], [])
    items: list[MinuteBlock] = []
    gaps = [(a.number, b.number) for a, b in pairwise(chain) if b.number != a.number + 1]
    exempt = False
    for n, c in enumerate(chain):
        end = chain[n + 1].index if n + 1 < len(chain) else len(lines)
        if EXCLUSION.search(c.title):
            exempt = True
        block = MinuteBlock(c.label, c.title, c.ref, lines[c.index][0], [], exempt)
        for page, text in lines[c.index + c.title_lines : end]:
            section = _SECTION.match(text)
            if section and len(text) < 60:
                # A section heading applies to the minutes after it.
                exempt = bool(section.group("closed"))
                continue
            if n + 1 == len(chain) and TRAILER.match(text):
                break
            block.body.append((page, text))
        items.append(block)
    header = [(p, t) for p, t in lines[: chain[0].index] if not _SECTION.match(t)]
    return SplitMinutes(header, items, gaps)


def _candidate(texts: list[str], i: int) -> Candidate | None:
    text = texts[i]
    m = _NUM_FIRST.match(text)
    style = "dot"
    if m:
        title = m.group("title")
        if not m.group("dot"):
            style = "plain"
        if style == "plain" and re.match(r"^0", text.lstrip("-• ")):
            return None
        if m.group("year"):
            style += m.group("year")
    else:
        m = _NUM_LAST.match(text)
        if not m or not ITEM_REF.search(m.group("ref") or "(Item 0)"):
            return None
        title = f"{m.group('title')} {m.group('ref') or ''}".strip()
    if not title[:1].isupper() and not title[:1].isdigit() and title[:1] not in "'\"‘“(":
        return None
    if _SENTENCE.match(title) or title.startswith("("):
        return None
    ref_m = ITEM_REF.search(title)
    ref = ref_m.group(1) if ref_m else None
    title = ITEM_REF.sub("", title).strip(" -–")
    used = 1
    if ref is None:
        title, ref, used = _continue_title(texts, i, title)
    if not title or (title.endswith(":") and ref is None):
        return None
    # A title is short and is not a sentence; a numbered paragraph usually is one.
    titleish = len(title.split()) <= 12 and not title.rstrip().endswith((".", ";", ",", ":"))
    return Candidate(
        i, int(m.group("num")), style, _tidy_title(title), _tidy_ref(ref), used, titleish
    )


def _continue_title(texts: list[str], i: int, title: str) -> tuple[str, str | None, int]:
    """A title wrapped onto following lines, up to an "(Item X)" line if there is one."""
    parts = [title]
    for k in range(1, 4):
        if i + k >= len(texts):
            break
        nxt = texts[i + k]
        ref = ITEM_REF.search(nxt)
        if ref and len(ITEM_REF.sub("", nxt).strip(" -–*")) <= 60:
            head = ITEM_REF.sub("", nxt).strip(" -–")
            if head:
                parts.append(head)
            return " ".join(parts), ref.group(1), k + 1
        if _NUM_FIRST.match(nxt) or nxt.startswith("(") or _SENTENCE.match(nxt):
            break
        parts.append(nxt)
    # No item ref: a lower-case next line continues a wrapped title ("... policies / and charges").
    if i + 1 < len(texts) and texts[i + 1][:1].islower() and len(texts[i + 1]) < 60:
        return f"{title} {texts[i + 1]}", None, 2
    return title, None, 1


def _tidy_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" -–.")
    return title


def _tidy_ref(ref: str | None) -> str | None:
    return re.sub(r"\s+", "", ref).upper() if ref else None


def _weight(c: Candidate) -> int:
    return 1 + (3 if c.ref else 0) + (1 if c.has_body else 0) + (1 if c.titleish else 0)


def _best_chain(candidates: list[Candidate]) -> list[Candidate]:
    """Highest-weight run of consecutively numbered candidates of one style, in order.
    Numbers may skip (a minute published elsewhere) only between two item-ref'd headings."""
    best: list[int] = []
    back: list[int | None] = []
    ends: dict[tuple[str, int], int] = {}  # (style, number) -> candidate with the best chain
    for n, c in enumerate(candidates):
        score, prev = _weight(c), None
        options = [ends.get((c.style, c.number - 1))]
        if c.ref:
            options += [ends.get((c.style, c.number - k)) for k in (2, 3)]
        for j in options:
            if j is None or (candidates[j].number != c.number - 1 and not candidates[j].ref):
                continue
            if best[j] + _weight(c) > score:
                score, prev = best[j] + _weight(c), j
        best.append(score)
        back.append(prev)
        key = (c.style, c.number)
        if key not in ends or best[ends[key]] < score:
            ends[key] = n
    if not best:
        return []
    n: int | None = max(range(len(best)), key=lambda k: (best[k], -k))
    chain = []
    while n is not None:
        chain.append(candidates[n])
        n = back[n]
    return chain[::-1]
