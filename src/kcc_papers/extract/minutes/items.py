"""Split the text of minutes into minute items.

Minute headings come in several house styles: "76. Apologies" then "(Item 1)", "Work Programme
2015 115.", "7 Opportunities ... and charges" (no dot, no item ref), parish-style running
numbers with the decision on the same line ("2451. Approval of minutes: Approved."), a number
alone on its line above the title (ModernGov "Agenda and minutes" pages), and unnumbered titles
with "(Item 4)" on the next line. The paragraphs inside a minute are numbered too ("1. Mr
Shipton introduced ..."), and so are lists of public forum statements ("01 Jane Smith"), so a
heading is accepted only as part of the best *run* of consecutively numbered heading-like lines.

Evidence, strongest first: what the layout says (PDF headings are bold or larger than the body
text, and all sit at one indent; a numbered body paragraph is set like the body), an item ref,
a body under the heading, a short title. Sentences never start a heading. That keys on what
minutes say about themselves and how they are set, never on where lines sit on a page."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from kcc_papers.extract.minutes.resolutions import resolves

ITEM_REF = re.compile(
    r"\(\s*(?:agenda\s+)?[Il1]tem\s+(?:No\.?\s*)?([A-Z]{0,2}\s?\d{1,3}[a-z]?|[A-Z])\s*\)", re.I
)
# An unnumbered title ending in its item ref.
_REF_AT_END = re.compile(r"^(?P<title>\S.{2,150}?)\s*" + ITEM_REF.pattern + r"\s*$", re.I)
# A line that is nothing but an item ref: the second line of a heading.
REF_LINE = re.compile(r"^\s*" + ITEM_REF.pattern + r"\s*$", re.I)
# "76. Apologies", "7 Opportunities ...", and "12/24 Apologies" (number / municipal year).
_NUM_FIRST = re.compile(
    r"^(?:[-•]\s*)?(?P<num>[1-9]\d{0,3}|0\d)(?P<year>/\d{2}(?:\d{2})?)?(?P<dot>\.?)\s+(?P<title>\S.*)$"
)
_NUM_LAST = re.compile(
    r"^(?:[-•]\s*)?(?P<title>[A-Z].*?)\s+(?P<num>[1-9]\d{0,3})\.\s*(?P<ref>\([^)]*\))?\s*$"
)
# "124." alone on its line, the title under it (ModernGov "Agenda and minutes" pages).
_NUM_ALONE = re.compile(r"^(?P<num>[1-9]\d{0,3})\.\s*$")
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
    r"^There\s+being\s+no\s+further\s+business\b|"
    r"^(?:CHAIR(?:MAN)?|Chair(?:man)?|Signed)\b[\s_.:…]*(?:Chair(?:man)?)?\s*$|^_{4,}",
    re.I,
)
# A header label line ("PRESENT: ...", "IN ATTENDANCE: ...") is never part of a title.
_LABEL_LINE = re.compile(
    r"^(?:[A-Z][A-Z ]{2,40}|(?i:(?:members\s+)?present|apologies|also\s+present|"
    r"in\s+attendance|officers(?:\s+present)?))\s*:-?(?:\s|$)"
)
# ModernGov page furniture in titles: "Minutes of the meeting pdf icon PDF 149 KB".
_TITLE_NOISE = re.compile(r"\s*(?:pdf\s+icon\s*)?\bPDF\s+\d+\s*[KM]B\b.*$", re.I)
# The label ModernGov puts before an item's minute text.
_MINUTES_LABEL = re.compile(r"^(?:Minutes|Decision)\s*:\s*$", re.I)
# "Police Report: No report." - the title ends at a colon, the minute's text follows it.
_COLON_TITLE = re.compile(r"^(?P<head>[^:]{2,80}?)\s*:-?\s*(?P<rest>.*)$")
_MAX_HEAD_WORDS = 10
_MIN_INLINE_BODY_WORDS = 6
_MAX_COLON_TITLE_WORDS = 5  # a bare "Planning Permissions:-" heading; longer ones introduce lists
_MAX_TITLE_WORDS = 12
_MAX_TITLE_LINES = 3
_MAX_TITLE_CHARS = 100
# Layout: a heading is bold or this much larger than the body text; headings of one numbering
# sequence sit at one indent, within this many points.
SIZE_STEP = 0.5
INDENT_TOLERANCE = 6.0
# How far a number may jump between two headings the layout (or an item ref) vouches for: a
# minute published elsewhere, or a clerk's slip.
_MAX_SKIP = 3
_MIN_LAYOUT_HEADINGS = 2
# Unnumbered items ahead of the numbered ones are looked for only once numbered minutes show
# what the paper's items are.
_MIN_NUMBERED_FOR_HEADER_ITEMS = 2
_UNPADDED_FROM = 10


@dataclass(slots=True, frozen=True)
class Layout:
    """What a PDF says about how a line is set: font height, bold, left edge (points)."""

    size: float | None
    bold: bool | None
    x0: float | None


@dataclass(slots=True)
class Candidate:
    index: int  # line index
    number: int | None  # None: an unnumbered heading found by its "(Item N)" line
    style: str  # "dot", "plain" or "padded" ("01"), with the year of "12/24": "plain/24"
    title: str
    ref: str | None
    title_lines: int  # lines taken by the heading, its title continuation and its item ref
    titleish: bool = True  # short and not ending like a sentence, as printed
    has_body: bool = False
    inline_body: str | None = None  # the minute's text printed after its title's colon
    colon_title: bool = False  # "Title: text" or "Title:-", the parish heading shape
    heading_layout: bool | None = None  # set like a heading (True), like the body (False)
    x0: float | None = None

    @property
    def label(self) -> str | None:
        """The minute number as printed: "76", or "12/24" in number/year schemes."""
        if self.number is None:
            return None
        year = self.style.partition("/")[2]
        return f"{self.number}/{year}" if year else str(self.number)


@dataclass(slots=True)
class MinuteBlock:
    number: str | None
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
    repeats: list[int] = field(default_factory=list)  # numbers printed on two headings


def split_minutes(
    lines: list[tuple[int, str]], layout: list[Layout | None] | None = None
) -> SplitMinutes:
    """Header lines (attendance) and the minute items of cleaned minutes text. ``layout`` gives
    each line's font size, weight and indent (PDFs); None where nothing is known."""
    texts = [t for _, t in lines]
    layouts = layout if layout is not None and len(layout) == len(lines) else [None] * len(lines)
    chain = _choose_items(texts, layouts)
    if not chain:
        return SplitMinutes(lines, [], [])
    numbered = [c for c in chain if c.number is not None]
    gaps = [
        (a.number, b.number)
        for a, b in pairwise(numbered)
        if a.number is not None and b.number is not None and b.number > a.number + 1
    ]
    repeats = [b.number for a, b in pairwise(numbered) if b.number == a.number and b.number]
    items = _blocks(lines, chain)
    header = [(p, t) for p, t in lines[: chain[0].index] if not _SECTION.match(t)]
    return SplitMinutes(header, items, gaps, repeats)


def _blocks(lines: list[tuple[int, str]], chain: list[Candidate]) -> list[MinuteBlock]:
    items: list[MinuteBlock] = []
    exempt = False
    for n, c in enumerate(chain):
        end = chain[n + 1].index if n + 1 < len(chain) else len(lines)
        if EXCLUSION.search(c.title):
            exempt = True
        page = lines[c.index][0]
        block = MinuteBlock(c.label, c.title, c.ref, page, [], exempt)
        if c.inline_body:
            block.body.append((page, c.inline_body))
        for page, text in lines[c.index + c.title_lines : end]:
            section = _SECTION.match(text)
            if section and len(text) < 60:
                # A section heading applies to the minutes after it.
                exempt = bool(section.group("closed"))
                continue
            if n + 1 == len(chain) and TRAILER.match(text):
                break
            if not block.body and _MINUTES_LABEL.match(text):
                continue
            block.body.append((page, text))
        items.append(block)
    return items


def _choose_items(texts: list[str], layouts: list[Layout | None]) -> list[Candidate]:
    """The numbered chain, or the unnumbered "(Item N)" headings when the paper's items are
    marked that way (then its numbered lines are paragraphs inside the items)."""
    body_size = _body_size(layouts)
    candidates = []
    for i in range(len(texts)):
        set_as = _is_heading_layout(layouts[i], body_size)
        if c := _candidate(texts, i, set_as):
            c.heading_layout, c.x0 = set_as, layouts[i].x0 if layouts[i] else None
            candidates.append(c)
    candidates = _drop_lists(candidates)
    starts = {c.index for c in candidates}
    for c in candidates:
        nxt = c.index + c.title_lines
        c.has_body = bool(c.inline_body) or (
            nxt < len(texts) and nxt not in starts and not _SECTION.match(texts[nxt])
        )
    chain = _fill_gaps(_best_chain(_by_layout(candidates)), candidates)
    unnumbered = _ref_headings(texts, layouts, body_size)
    if len(unnumbered) >= 2 and sum(1 for c in chain if c.ref) * 2 < len(unnumbered):
        return unnumbered
    if len(chain) >= _MIN_NUMBERED_FOR_HEADER_ITEMS:
        return _header_items(texts, layouts, body_size, chain[0].index) + chain
    return chain


def _header_items(
    texts: list[str], layouts: list[Layout | None], body_size: float | None, first: int
) -> list[Candidate]:
    """Unnumbered items before the first numbered minute ("Election of Chair", set in bold,
    with its own "RESOLVED that ..."): a heading the layout shows, after the attendance lists,
    whose text resolves something. Without layout nothing marks them, and none are taken."""
    labels = [i for i in range(first) if _LABEL_LINE.match(texts[i])]
    start = labels[-1] + 1 if labels else 0
    heads = [
        i
        for i in range(start, first)
        if _is_heading_layout(layouts[i], body_size)
        and _header_title(texts[i])
    ]
    out = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else first
        if any(resolves(t) for t in texts[i + 1 : end]):
            c = Candidate(i, None, "ref", _tidy_title(texts[i]), None, 1, heading_layout=True)
            out.append(c)
    return out


def _header_title(text: str) -> bool:
    return (
        text[:1].isupper()
        and len(text.split()) <= _MAX_TITLE_WORDS
        and not text.rstrip().endswith((".", ";", ",", ":"))
        and not _SECTION.match(text)
        and not _LABEL_LINE.match(text)
        and not REF_LINE.match(text)
        and not _SENTENCE.match(text)
    )


def _body_size(layouts: list[Layout | None]) -> float | None:
    sizes = Counter(round(lay.size * 2) / 2 for lay in layouts if lay and lay.size)
    return sizes.most_common(1)[0][0] if sizes else None


def _is_heading_layout(lay: Layout | None, body_size: float | None) -> bool | None:
    if lay is None or lay.size is None or body_size is None:
        return None
    return bool(lay.bold) or lay.size >= body_size + SIZE_STEP


def _by_layout(candidates: list[Candidate]) -> list[Candidate]:
    """Where the layout shows headings, a numbered line set like the body is a paragraph."""
    if sum(1 for c in candidates if c.heading_layout) < _MIN_LAYOUT_HEADINGS:
        return candidates
    return [c for c in candidates if c.heading_layout is not False or c.ref]


def _drop_lists(candidates: list[Candidate]) -> list[Candidate]:
    """A zero-padded run ("01 Jane Smith", "02 ...", then "10 ...") is a list of statements
    or questions inside a minute, never minute headings: drop the run and its continuation."""
    out: list[Candidate] = []
    run_next: int | None = None  # the number the current padded run expects next
    for c in candidates:
        if c.style == "padded":
            run_next = (c.number or 0) + 1
            continue
        number = c.number or 0
        # "01" ... "09" are padded; the run goes on unpadded from "10".
        in_run = run_next is not None and run_next <= number <= run_next + _MAX_SKIP
        if in_run and number >= _UNPADDED_FROM and c.heading_layout is not True:
            run_next = number + 1
            continue
        run_next = None
        out.append(c)
    return out


def _candidate(texts: list[str], i: int, set_as_heading: bool | None = None) -> Candidate | None:
    """A line that may be a numbered minute heading. ``set_as_heading``: the layout says the
    line is set like a heading (True), like the body (False), or nothing is known (None)."""
    text = texts[i]
    alone = _NUM_ALONE.match(text)
    if alone:
        return _alone_candidate(texts, i, int(alone.group("num")))
    m = _NUM_FIRST.match(text)
    style = "dot"
    if m:
        title = m.group("title")
        if not m.group("dot"):
            style = "plain"
        if m.group("num").startswith("0"):
            style = "padded"
        if m.group("year"):
            style += m.group("year")
    else:
        m = _NUM_LAST.match(text)
        if not m or not ITEM_REF.search(m.group("ref") or "(Item 0)"):
            return None
        title = f"{m.group('title')} {m.group('ref') or ''}".strip()
    if not title[:1].isupper() and not title[:1].isdigit() and title[:1] not in "'\"‘“(":
        return None
    if title.startswith("("):
        return None
    ref_m = ITEM_REF.search(title)
    ref = ref_m.group(1) if ref_m else None
    title = ITEM_REF.sub("", title).strip(" -–")
    following = texts[i + 1] if i + 1 < len(texts) else ""
    printed = title
    title, inline = _split_colon(title, following, set_as_heading is True)
    colon_title = title != printed
    # Sentence words veto a heading unless the layout sets a short title as one ("Approve
    # Standing Orders" in bold).
    short_set = set_as_heading and len(title.split()) <= _MAX_HEAD_WORDS and not resolves(title)
    if _SENTENCE.match(title) and not short_set:
        return None
    used = 1
    if ref is None and inline is None:
        title, ref, used = _continue_title(texts, i, title)
    if not title or (title.endswith(":") and ref is None):
        return None
    # A title is short and is not a sentence; a numbered paragraph usually is one.
    titleish = len(title.split()) <= _MAX_TITLE_WORDS and not title.rstrip().endswith(
        (".", ";", ",", ":")
    )
    return Candidate(
        i,
        int(m.group("num")),
        style,
        _tidy_title(title),
        _tidy_ref(ref),
        used,
        titleish,
        inline_body=inline,
        colon_title=colon_title,
    )


def _alone_candidate(texts: list[str], i: int, number: int) -> Candidate | None:
    """ "124." on its own line: the title is the next line (up to an item ref or a label)."""
    if i + 1 >= len(texts):
        return None
    title = _TITLE_NOISE.sub("", texts[i + 1]).strip()
    if not title[:1].isupper() or _SENTENCE.match(title) or _MINUTES_LABEL.match(title):
        return None
    ref_m = ITEM_REF.search(title)
    ref = ref_m.group(1) if ref_m else None
    title = ITEM_REF.sub("", title).strip(" -–")
    if not title:
        return None
    return Candidate(i, number, "dot", _tidy_title(title), _tidy_ref(ref), 2)


def _split_colon(title: str, following: str, set_as_heading: bool) -> tuple[str, str | None]:
    """ "Police Report: No report received." -> ("Police Report", "No report received.");
    "Planning Permissions:-" -> ("Planning Permissions", None). A colon followed by a short
    phrase is part of the title ("Motion: Climate Emergency") unless the phrase is a sentence
    that runs on to the next line."""
    m = _COLON_TITLE.match(title)
    if not m or len(m.group("head").split()) > _MAX_HEAD_WORDS:
        return title, None
    head, rest = m.group("head").strip(), m.group("rest").strip(" -–")
    if not rest:
        if len(head.split()) <= _MAX_COLON_TITLE_WORDS or set_as_heading:
            return head, None
        return title, None
    runs_on = following[:1].islower()
    if rest.endswith((".", "!", "?")) or len(rest.split()) >= _MIN_INLINE_BODY_WORDS or runs_on:
        return head, rest
    return title, None


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


def _ref_headings(
    texts: list[str], layouts: list[Layout | None], body_size: float | None
) -> list[Candidate]:
    """Unnumbered minute headings: the title lines just above a line that is only "(Item 4)"."""
    out: list[Candidate] = []
    last_end = 0
    for i, text in enumerate(texts):
        ref = REF_LINE.match(text)
        if not ref:
            if c := _titled_ref(text, i, _is_heading_layout(layouts[i], body_size)):
                out.append(c)
                last_end = i + 1
            continue
        start = i
        while (
            start > last_end
            and i - start < _MAX_TITLE_LINES
            and _title_line(texts[start - 1], _is_heading_layout(layouts[start - 1], body_size))
        ):
            start -= 1
        if start == i:
            continue
        title = _tidy_title(" ".join(texts[start:i]))
        if not title[:1].isupper() and not title[:1].isdigit():
            continue
        c = Candidate(start, None, "ref", title, _tidy_ref(ref.group(1)), i - start + 1)
        c.heading_layout = _is_heading_layout(layouts[start], body_size)
        out.append(c)
        last_end = i + 1
    return out


def _titled_ref(text: str, i: int, heading_layout: bool | None) -> Candidate | None:
    """ "Apologies and Substitutes (Item 2)": an unnumbered title with its ref on one line."""
    m = _REF_AT_END.match(text)
    if not m or heading_layout is False:
        return None
    title = m.group("title").strip(" -–")
    words = len(title.split())
    if not title[:1].isupper() or _SENTENCE.match(title) or words > _MAX_TITLE_WORDS:
        return None
    if title.endswith((".", ";", ",", ":")) or _NUM_FIRST.match(title):
        return None
    c = Candidate(i, None, "ref", _tidy_title(title), _tidy_ref(m.group(2)), 1)
    c.heading_layout = heading_layout
    return c


def _title_line(text: str, heading_layout: bool | None) -> bool:
    """Whether a line above an "(Item N)" line can be part of the item's title."""
    if _SECTION.match(text) or _LABEL_LINE.match(text):
        return False  # "UNRESTRICTED ITEMS" above the first title, "PRESENT: ..."
    if heading_layout is not None:
        return heading_layout
    return (
        len(text) <= _MAX_TITLE_CHARS
        and not text.rstrip().endswith((".", ";", ",", ":"))
        and not REF_LINE.match(text)
        and not _SECTION.match(text)
        and not _SENTENCE.match(text)
    )


def _tidy_title(title: str) -> str:
    title = _TITLE_NOISE.sub("", title)
    return re.sub(r"\s+", " ", title).strip(" -–.")


def _tidy_ref(ref: str | None) -> str | None:
    return re.sub(r"\s+", "", ref).upper() if ref else None


def _weight(c: Candidate) -> int:
    # A body under a sentence-like "title" is just a numbered paragraph running on.
    title = (1 + (3 if c.has_body else 0)) if c.titleish else 0
    return 1 + (3 if c.ref else 0) + (3 if c.heading_layout else 0) + title


def _links(a: Candidate, b: Candidate) -> bool:
    """Whether heading ``b`` can follow heading ``a`` in one numbering sequence."""
    if a.number is None or b.number is None:
        return False
    both_set = a.heading_layout is True and b.heading_layout is True
    # Without layout, two "Title: its text" parish headings vouch for each other.
    both_titled = a.colon_title and b.colon_title
    # "2462 Correspondence" among "2461. ..." headings: a dropped dot, when the layout agrees.
    slip = (both_set or both_titled) and {a.style, b.style} == {"dot", "plain"}
    if a.style != b.style and not slip:
        return False
    if a.x0 is not None and b.x0 is not None and abs(a.x0 - b.x0) > INDENT_TOLERANCE:
        return False
    step = b.number - a.number
    if step == 1:
        return True
    # A skipped or repeated number is believed only between headings something vouches for.
    both_ref = bool(a.ref and b.ref)
    if 1 < step <= _MAX_SKIP:
        return both_ref or both_set or both_titled
    return step == 0 and (both_set or both_titled)


def _fill_gaps(chain: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A heading the chain skipped because it is set like the body (a clerk forgot the bold)
    is taken back when its number is exactly the one missing between its neighbours, at
    their indent, with a title-like heading."""
    if len(chain) < 2:
        return chain
    out = [chain[0]]
    for a, b in pairwise(chain):
        if a.number is not None and b.number is not None and b.number == a.number + 2:
            fit = [
                c
                for c in candidates
                if a.index < c.index < b.index
                and c.number == a.number + 1
                and c.titleish
                and c.style in (a.style, b.style)
                and (c.x0 is None or a.x0 is None or abs(c.x0 - a.x0) <= INDENT_TOLERANCE)
            ]
            if len(fit) == 1:
                out.append(fit[0])
        out.append(b)
    return out


def _best_chain(candidates: list[Candidate]) -> list[Candidate]:
    """Highest-weight run of consecutively numbered candidates of one style, in order."""
    best: list[int] = []
    back: list[int | None] = []
    ends: dict[tuple[str, int], list[int]] = {}  # (style, number) -> candidates ending there
    for n, c in enumerate(candidates):
        score, prev = _weight(c), None
        if c.number is None or c.style == "padded":
            best.append(-1)
            back.append(None)
            continue
        styles = {c.style, "dot", "plain"} if c.style in ("dot", "plain") else {c.style}
        keys = [(style, c.number - k) for style in sorted(styles) for k in range(_MAX_SKIP + 1)]
        for key in keys:
            for j in ends.get(key, []):
                if _links(candidates[j], c) and best[j] + _weight(c) > score:
                    score, prev = best[j] + _weight(c), j
        best.append(score)
        back.append(prev)
        ends.setdefault((c.style, c.number), []).append(n)
    if not best or max(best) < 0:
        return []
    n: int | None = max(range(len(best)), key=lambda k: (best[k], -k))
    chain = []
    while n is not None:
        chain.append(candidates[n])
        n = back[n]
    return chain[::-1]
