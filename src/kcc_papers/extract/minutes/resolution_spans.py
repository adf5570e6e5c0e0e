"""Where a resolution of a minute ends: at the minute's next numbered paragraph, the next
entry of the list it stands in, the page furniture after the last resolution, its Welsh twin,
or (in vote-by-vote minutes) the next recommendation being moved. Moved from resolutions.py,
whose reader finds where resolutions start."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.patterns import wrapped_tail
from kcc_papers.extract.minutes.resolution_anchors import _WELSH_LABEL
from kcc_papers.extract.minutes.resolution_marks import _LIST_ITEM, PARA
from kcc_papers.extract.minutes.welsh_twins import welsh_follows
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.textclean import strip_bullet

# Bristol-style minutes record each vote and then the approved text; these lines end it.
_STOP = re.compile(
    r"^(?:Recommendation\s+\d+[A-Za-z]?\b|SUMMARY\s+OF\b|On\s+being\s+put\b)|\bwas\s+moved\s+by\b"
    r"|\bmoved\s+an\s+amendment\b"
)
# Page furniture that follows the last resolution on ModernGov pages and printed minutes.
_END = re.compile(
    r"^(?:Supporting\s+documents|Background\s+(?:papers|documents)|Original\s+Text|"
    r"(?:The\s+)?meeting\s+(?:ended|closed|finished|rose)|CHAIR(?:MAN)?\b[\s_.:]*$|"
    # a web page's footer: "© Kestrelford Borough Council 2026 | Privacy"
    r"(?:©|Copyright\b)|"
    # the reasons printed under a decision are not part of it
    r"Reasons?\s+for\s+(?:the\s+)?Decision\b|"
    # a board's table of actions under its resolution ("ACTIONS" / "Action  Owner  Due date")
    r"ACTIONS?(?:\s+(?:AGREED|ARISING|LOG))?\s*:?\s*$|Action\s+Owner\b"
    # an action under the decision: "ACTION: Clerk to obtain quotes"
    r"|(?-i:ACTIONS?)\s*:\s*\S)",
    re.I,
)


def span_end(texts: list[str], start: int, limit: int, kind: str) -> int:
    """A resolution runs on until the minute's next numbered paragraph (same style, higher
    number) or, in vote-by-vote minutes, the next recommendation being moved."""
    para = PARA.match(strip_bullet(texts[start]))
    styles = ("paren", "sub", "dot", "half")
    style = next((k for k in styles if para.group(k)), None) if para else None
    number = int(para.group(style)) if para and style else None
    # a resolution inside a list entry ("(b) 26/00140/FUL ... The Council resolved to object")
    # ends where the entry's next sibling starts
    entry = _marker(strip_bullet(texts[start]))
    # ... and one under a list entry ("(a) Payments for approval:" ... "RESOLVED that the
    # payments be approved." over "(b) Grant application"), at that entry's next sibling once
    # its sentence has ended, unless a list of its own comes first ("RESOLVED that:" over "(a)
    # ..."; "It was APPROVED; That the Committee" over "3. Approved ...", a list numbered on
    # from the one above)
    above = None if entry else _entry_above(texts, start)
    english = not _WELSH_LABEL.match(PARA.sub("", strip_bullet(texts[start])))
    for j in range(start + 1, limit):
        line = strip_bullet(texts[j])
        if _next_entry(entry, line):
            return j
        if above is not None and _LIST_ITEM.match(line):
            if _next_entry(above, line) and texts[j - 1].rstrip().endswith("."):
                return j
            above = None
        # a bilingual close prints the English after the stroke: "Daeth ... / The meeting ended"
        later = halves(line, before_capital=True)[1:]
        if ((_END.match(line) and not wrapped_tail(texts[j - 1], line))
                or any(_END.match(half) for half in later)):
            return j
        m = PARA.match(line)
        if m and style and m.group(style) and number is not None and int(m.group(style)) > number:
            return j
        if english and welsh_follows(texts[j - 1], line):
            return j  # its Welsh (see _translations): another language, no more of its words
        if kind == "approved" and _STOP.search(line):
            return j
        if kind == "resolved" and _STOP.search(line) and not _LIST_ITEM.match(line):
            return j
    return limit


def _entry_above(texts: list[str], start: int) -> tuple[str, set[tuple[str, int]]] | None:
    """The marker of the nearest list entry above line ``start`` of a minute, if any."""
    for j in range(start - 1, -1, -1):
        if (entry := _marker(strip_bullet(texts[j]))) is not None:
            return entry
    return None


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}


def _marker(line: str) -> tuple[str, set[tuple[str, int]]] | None:
    """A list entry's marker as its punctuation and the values it may stand for: "(i)" is the
    ninth letter or the first roman numeral, "(ii)" only the second numeral."""
    m = _LIST_ITEM.match(line)
    if not m:
        return None
    marker = m.group(0).strip()
    body = marker.strip("(.)")
    values: set[tuple[str, int]] = set()
    if body.isdigit():
        values.add(("digit", int(body)))
    if len(body) == 1 and body.isalpha():
        values.add(("upper" if body.isupper() else "lower", ord(body.lower()) - ord("a") + 1))
    if body in _ROMAN:
        values.add(("roman", _ROMAN[body]))
    return re.sub(r"\w+", "a", marker), values


def _next_entry(entry: tuple[str, set[tuple[str, int]]] | None, line: str) -> bool:
    """Whether ``line`` starts the list entry after ``entry``: "(c)" after "(b)"."""
    other = _marker(line)
    if entry is None or other is None or other[0] != entry[0]:
        return False
    return any((kind, value + 1) in other[1] for kind, value in entry[1])
