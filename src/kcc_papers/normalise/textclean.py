"""Line clean-up shared by the minutes and decision parsers: Markdown emphasis left by text
exports, letter-spaced words ("C orporate Parenting Panel"), and page furniture (running
headers, footers, page numbers) that would otherwise split a minute across a page break."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from kcc_papers.load.model import Page

# Markdown emphasis and HTML inline tags that text exports of PDFs leave around headings.
# Only marks touching a word: "* Recommendations 4c and 5 ..." is a footnote, kept.
_EMPHASIS = re.compile(
    r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|</?(?:i|b|em|strong|u)>|(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)"
)
# "C o r p o r a t e": four or more single letters separated by single spaces. These patterns
# run on every line: each opens with its first character and looks back for the word boundary
# after it (as "\b" before it reads), so that the engine skips to the characters that can start
# a match instead of trying every position (here, a letter and a space: most letters are not
# followed by one, and are passed over before the look back).
_SPACED_RUN = re.compile(r"[A-Za-z] (?<!\w[A-Za-z] )(?:[A-Za-z] ){2,}[A-Za-z]\b")
# "C orporate": a capital letter split from the rest of its word. A and I are words in their
# own right, so they are only joined when the rest cannot be a word of its own (rare: skipped).
# A capital after a stroke ends a code, no word: "application LA09/2026/1184/F subject to".
_SPLIT_INITIAL = re.compile(r"([B-HJ-Z])(?<![\w/][B-HJ-Z]) ([a-z]{2,})\b")
# "Option B is", "Part C of": a lone capital before a short common word is a label, not a split.
_NOT_SPLIT = frozenset(
    [
        "of",
        "is",
        "to",
        "in",
        "on",
        "at",
        "as",
        "and",
        "or",
        "the",
        "be",
        "by",
        "for",
        "an",
        "it",
        "was",
        "are",
        "has",
        "with",
        "from",
        "if",
        "so",
        "no",
        "not",
    ]
)
# "13 th February": a superscript ordinal set apart by the PDF text layer.
_ORDINAL = re.compile(r"(\d(?<!\w\d)\d?) (st|nd|rd|th)\b")
# "Traded Services ." : a full stop the PDF text layer set apart from its word.
_SPACE_PUNCT = re.compile(r"(?<=[\w)]) +([.,;:])(?=\s|$)")
_SPACED_PUNCTUATION = (" .", " ,", " ;", " :")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BULLET = re.compile(r"^\s*(?:[-•·▪◦●o]\s+)+(?=\S)")

PAGE_NUMBER = re.compile(r"^\s*(?:Page\s+)?\d{1,4}(?:\s+of\s+\d+)?\s*$", re.I)
# "Page 1 Agenda Item 7" and similar pack stamps.
PACK_STAMP = re.compile(
    r"^\s*Page\s+\d+\s+Agenda\s+Item\s+\w+\s*$|^\s*Agenda\s+Item\s+\w+\s*$", re.I
)
_DIGITS = re.compile(r"\d+")
_PUNCTUATION_ONLY = re.compile(r"[.,;:]+")


@lru_cache(maxsize=16384)
def clean_text(text: str) -> str:
    """One line as words: no emphasis marks, no letter-spacing, single spaces. Cached: the
    furniture test and the body both clean every line."""
    if "*" in text or "_" in text or "<" in text:  # the only characters _EMPHASIS matches
        text = _EMPHASIS.sub("", text)
    text = _SPACED_RUN.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = _SPLIT_INITIAL.sub(_join_initial, text)
    # The rest change few lines, and a substitution with a template costs far more than a
    # look: each is made only where it can apply.
    if _ORDINAL.search(text):
        text = _ORDINAL.sub(r"\1\2", text)
    if any(spaced in text for spaced in _SPACED_PUNCTUATION):
        text = _SPACE_PUNCT.sub(r"\1", text)
    if "  " in text or "\t" in text or "\u00a0" in text:  # else every run is one space
        text = _SPACES.sub(" ", text)
    return text.strip()


def _join_initial(m: re.Match[str]) -> str:
    labelled = _LABELLED.search(m.string, max(0, m.start() - LABEL_WINDOW), m.start())
    if m.group(2) in _NOT_SPLIT or labelled:
        return m.group(0)
    return m.group(1) + m.group(2)


# "Band D property", "Option B costs", "Appendix C sets": a lone capital after a capitalised
# word is that word's label, not the split first letter of the next word; so it is after a
# noun that names a label in lower case ("four type B fire appliances", "a category C
# building", "option B costs"), a split word's capital never following one.
# The label word ends just before the capital: it is looked for in this many characters before
# it, not from the line's start (a search per capital from the start was quadratic: a long line
# of "the B word" took 14 s). \b still sees the character before the window's start.
LABEL_WINDOW = 40
_LABELLED = re.compile(r"\b(?:[A-Z][a-z]+|type|category|class|grade|band|option|part|phase|"
                       r"stage|zone|tier|lot|schedule|appendix|annex|level) $")


# A line opening on a lone capital and a word in small letters ("D equivalent properties"), as
# clean_text would join as one split word ("Dequivalent").
_OPENS_SPLIT = re.compile(r"^[B-HJ-Z] [a-z]{2,}\b")


# The words that name a label, closing the line above, in either case ("... Band" / "...
# band", "Appendix", "Table", "Item"): across a line's break only these. Any capitalised word
# before a lone capital on one line is taken for a label (_LABELLED), but a line ends on a
# heading's or a name's last word far oftener than on a label: "Resolved" over "T hat the
# report be noted", "... the Head of Planning" over "S ervices" are split words.
_LABEL_ENDS = re.compile(r"\b(?i:type|category|class|grade|band|option|part|phase|stage|zone|"
                         r"tier|lot|schedule|appendix|annexe?|level|table|figure|item)$")


def clean_line_after(text: str, before: str) -> str:
    """``text`` cleaned (clean_text) as the line after ``before``, the raw line above it in its
    paragraph: a lone capital opening it after a label word ending that line ("... 38,914 Band"
    over "D equivalent properties") is the label's letter wrapped, not a word's split first
    letter (_LABEL_ENDS)."""
    cleaned = clean_text(text)
    if (_OPENS_SPLIT.match(text) and not _OPENS_SPLIT.match(cleaned)
            and _LABEL_ENDS.search(before.rstrip()[-LABEL_WINDOW:])):
        return f"{cleaned[0]} {cleaned[1:]}"
    return cleaned


def strip_bullet(text: str) -> str:
    """Drop a leading list bullet ("- ", "• ") that text exports put before numbered paras."""
    return _BULLET.sub("", text)


def furniture(pages: list[Page], edge: int = 2) -> set[str]:
    """Running headers/footers: lines (digits ignored) at the top or bottom of two or more pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    figures: dict[str, set[tuple[str, ...]]] = {}
    for page in pages:
        texts = [line.text for line in page.lines]
        edges = {_key(t) for t in texts[:edge] + texts[-edge:] if t.strip()}
        seen.update(edges)
        for t in texts[:edge] + texts[-edge:]:
            if t.strip():
                figures.setdefault(_key(t), set()).add(tuple(_DIGITS.findall(clean_text(t))))
    threshold = max(2, len(pages) // 3)
    return {key for key, n in seen.items()
            if n >= threshold and len(key) > 1 and not _figures_vary(figures[key])}


def _figures_vary(figures: set[tuple[str, ...]]) -> bool:
    """Whether a line's figures differ page to page in more than one place: a running header
    or footer changes its page number at most ("Page 3 of 12"), a line of content printed at
    the foot of a page on each of a few pages its values ("Residual rating: Likelihood 3 x
    Impact 4 = 12" over "... 2 x Impact 3 = 6", a risk card's)."""
    return sum(len(set(place)) > 1 for place in zip(*figures, strict=True)) > 1


def _key(text: str) -> str:
    return _DIGITS.sub("#", clean_text(text)).lower()


def is_furniture(text: str, keys: set[str]) -> bool:
    stripped = text.strip()
    if not stripped:
        return True
    if PAGE_NUMBER.match(stripped) or PACK_STAMP.match(stripped):
        return True
    return bool(keys) and _key(stripped) in keys


def body_lines(lines: Iterable[tuple[int, str]], keys: set[str]) -> list[tuple[int, str]]:
    """(page, cleaned text) for every line that is not page furniture."""
    out = []
    for page, text in lines:
        if is_furniture(text, keys):
            continue
        cleaned = clean_text(text)
        if cleaned:
            out.append((page, cleaned))
    return out


def join_lines(texts: Iterable[str]) -> str:
    """Wrapped lines as one paragraph, mending words hyphenated across a line break."""
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if _PUNCTUATION_ONLY.fullmatch(text):
            out += text  # a full stop the text layer put on a line of its own
        elif out.endswith("-") and not out.endswith(" -") and text[:1].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out
