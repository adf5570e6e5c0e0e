"""Resolutions inside a minute's body: "Resolved that ...", "(10) Resolved that: (a) ... (b)",
"3. RESOLVED that Cabinet agree to: A) ... b)", "It was APPROVED: 1. ...", and, when nothing is
resolved in so many words, a closing "The Committee noted the report."."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.normalise.textclean import join_lines, strip_bullet

# Where a paragraph number stands at the start of a line: "(5)", "3.", "- (2)".
PARA = re.compile(r"^(?:[-•]\s*)?(?:\((?P<paren>\d{1,2})\)|(?P<dot>\d{1,2})\.)\s+")
# Upper case anywhere; "Resolved" only where a paragraph starts (prose says "resolved" too).
_RESOLVED = re.compile(
    r"\bRESOLVED\b|\b(?:AGREED|DECIDED)\b\s*(?:that|to|:|;|–|-)|^DECISIONS?\s*[:–-]|"
    r"^(?:[-•]\s*)?(?:\(\d{1,2}\)\s*|\d{1,2}\.\s*)?Resolved\b"
)
_RESOLVED_CI = re.compile(r"\bit\s+was\s+resolved\b", re.I)
_APPROVED = re.compile(
    r"\bIt\s+was\s+(?:APPROVED|AGREED)\b|\bIt\s+was\s+(?:approved|agreed)\s*[:;]"
)
# Bristol-style minutes record each vote and then the approved text; these lines end it.
_STOP = re.compile(
    r"^(?:Recommendation\s+\d+[A-Za-z]?\b|SUMMARY\s+OF\b|On\s+being\s+put\b)|\bwas\s+moved\s+by\b"
    r"|\bmoved\s+an\s+amendment\b"
)
# Page furniture that follows the last resolution on ModernGov pages and printed minutes.
_END = re.compile(
    r"^(?:Supporting\s+documents|Background\s+(?:papers|documents)|Original\s+Text|"
    r"(?:The\s+)?meeting\s+(?:ended|closed|finished|rose)|CHAIR(?:MAN)?\b[\s_.:]*$)",
    re.I,
)
_NOTED = re.compile(
    r"^(?:The\s+(?:[\w&,'’-]+\s+){0,8}?(?:Committee|Cabinet|Board|Panel|Council|Forum)"
    r"|The\s+minutes\b.*?)\s+(?:noted|agreed|endorsed|approved|were\s+(?:agreed|approved|noted))\b"
)
_LIST_ITEM = re.compile(r"^(?:\(?[a-zA-Z]\)|[a-zA-Z]\.|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\)|[A-Z]\))\s")


@dataclass(slots=True)
class Resolution:
    text: str
    page: int
    kind: str  # "resolved", "approved" or "noted"


def find_resolutions(body: list[tuple[int, str]]) -> list[Resolution]:
    texts = [t for _, t in body]
    anchors = [i for i, t in enumerate(texts) if _RESOLVED.search(t) or _RESOLVED_CI.search(t)]
    kind = "resolved"
    if not anchors:
        anchors = [i for i, t in enumerate(texts) if _APPROVED.search(t)]
        kind = "approved"
    if not anchors:
        noted = [i for i, t in enumerate(texts) if _NOTED.match(t)]
        if not noted:
            return []
        i = noted[-1]
        end = _sentence_end(texts, i)
        return [Resolution(_join(texts[i:end]), body[i][0], "noted")]
    out = []
    for n, i in enumerate(anchors):
        limit = anchors[n + 1] if n + 1 < len(anchors) else len(texts)
        end = _span_end(texts, i, limit, kind)
        first = PARA.sub("", strip_bullet(texts[i]))
        text = _join([first, *texts[i + 1 : end]])
        if text:
            out.append(Resolution(text, body[i][0], kind))
    return out


def _span_end(texts: list[str], start: int, limit: int, kind: str) -> int:
    """A resolution runs on until the minute's next numbered paragraph (same style, higher
    number) or, in vote-by-vote minutes, the next recommendation being moved."""
    para = PARA.match(strip_bullet(texts[start]))
    style = ("paren" if para.group("paren") else "dot") if para else None
    number = int(para.group(style)) if para and style else None
    for j in range(start + 1, limit):
        line = strip_bullet(texts[j])
        if _END.match(line):
            return j
        m = PARA.match(line)
        if m and style and m.group(style) and number is not None and int(m.group(style)) > number:
            return j
        if kind == "approved" and _STOP.search(line):
            return j
        if kind == "resolved" and _STOP.search(line) and not _LIST_ITEM.match(line):
            return j
    return limit


def _sentence_end(texts: list[str], start: int) -> int:
    for j in range(start, len(texts)):
        if texts[j].rstrip().endswith("."):
            return j + 1
    return len(texts)


def _join(lines: list[str]) -> str:
    """Wrapped lines as text, keeping each list item ("(a)", "2.", "b)") on a line of its own."""
    paragraphs: list[list[str]] = []
    for line in lines:
        line = strip_bullet(line)
        if not paragraphs or _LIST_ITEM.match(line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return "\n".join(join_lines(p) for p in paragraphs).strip()
