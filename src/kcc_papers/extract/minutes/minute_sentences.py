"""The sentences of a minute's body, each with the page it starts on (a list
entry or a planning application's reference starts one; "Mr. R. Parsons" ends none), the
first sentence of a text, and a minute's lines joined as text with each list item on a line of
its own. Apart because every reader of a minute's decisions (noted, inline, lost motions) splits it
the same way."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.resolution_marks import _LIST_ITEM
from kcc_papers.normalise.textclean import join_lines, strip_bullet


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


# "DC/2018/00554 – Garden shed – approved.": the planning authority's decision, reported.
_PLANNING_REF = re.compile(r"^[A-Z]{0,4}/?\d{2,4}/\d{3,6}\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|No|Ch|St|Cllr|[A-Z])\.$")


def _sentences(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The sentences of a body with the page each starts on. Each line that starts a list
    entry ("- all approved for payment.") starts a sentence too; so does one citing a planning
    application after a sentence's end ("... NO OBJECTION." over "27/1187/FUL Back Lane ..."):
    the next application's entry, though its reference is no capital to start a sentence."""
    out: list[tuple[int, str]] = []
    current, page = "", 0
    for line_page, line in body:
        if current and (_LIST_ITEM.match(line) or line.startswith(("-", "–", "•"))
                        or (_PLANNING_REF.match(line.strip())
                            and current.rstrip().endswith((".", ":", ";")))):
            out.append((page, current))
            current = ""
        if not current:
            page = line_page
        current = join_lines([current, line]) if current else line.strip()
        while True:
            parts = [p for p in _split_sentences(current)]
            if len(parts) == 1:
                break
            for part in parts[:-1]:
                out.append((page, part))
            current, page = parts[-1], line_page
    if current:
        out.append((page, current))
    return [(p, s.strip()) for p, s in out if s.strip()]


def first_sentence(text: str) -> str:
    """The first sentence of a text ("Mr. R. Parsons" no sentence's end)."""
    return _split_sentences(text)[0].strip()


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start : m.start()]
        if _ABBREVIATION.search(head):
            continue  # "Mr. R. Parsons", "Ch. No. 300050"
        parts.append(head)
        start = m.end()
    parts.append(text[start:])
    return parts
