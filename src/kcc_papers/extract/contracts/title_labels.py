"""A report's title line that holds a label's word before a colon (held-out round 28): "Strongroom
Extension: Mobile Shelving Contract" over the recommendation "That the Committee approves the
award of the contract ... to Stackwell Storage Systems Ltd at a cost of £148,760." A PDF's text
runs the title into the paragraph below it, so the sentence read holds "Extension: ", which
reads as a label block's ("Extension: 1 + 1 years"), and a sentence with a label is left to the
block reader. A label opens its line ("Extension: ...", "Contractor - Amey"); one that follows
another capitalised word on a title line (every word capitalised but joining words, no
sentence's end) names a building's extension or the like in a heading, and is no label,
unless what follows its colon is a label's value, a firm or a figure ("Recommended Contractor:
Amey Ltd", "Initial Term: 3 Years"): a label block set in title case, whose label words a
qualifier may precede.
"""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.fields import LABEL
from kcc_papers.extract.contracts.names import LEGAL_FORMS

# A title is short: a heading line, not a wrapped line of running text.
MAX_TITLE_WORDS = 12
# The words a title may print in lower case: joining words, and what is no word (a dash, "&").
_JOINING = re.compile(r"^(?:of|and|the|for|to|in|on|at|a|an|by|with|or|&|[-–—:/])$")
_CAPITALISED = re.compile(r"^[(\"'‘“]?[A-Z0-9]")
# A label's value after its colon: a firm by its legal form, or a figure (a sum, a date, a
# term in years); a title's words after its colon name the subject and hold neither.
_VALUE = re.compile(r"[£€$\d]|\b(?:" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r")(?!\w)")


def _title_line(line: str) -> bool:
    words = line.split()
    return (0 < len(words) <= MAX_TITLE_WORDS and not line.rstrip().endswith((".", ";", ","))
            and all(_CAPITALISED.match(w) or _JOINING.match(w) for w in words))


def _label_inside(line: str) -> bool:
    """Whether a label's word stands inside the line, after another word, not opening it, and
    no label's value follows it."""
    return any(m.start() > 0 and line[:m.start()].strip() and not _VALUE.search(line, m.end())
               for m in LABEL.finditer(line))


def title_lines(paragraph: str) -> list[str]:
    """The paragraph's title lines holding a label's word inside them, spaced as a sentence
    prints them (one space between words)."""
    if "\n" not in paragraph:
        return []
    lines = (line.strip() for line in paragraph.split("\n"))
    return [" ".join(line.split()) for line in lines if _title_line(line) and _label_inside(line)]


def without_titles(sentence: str, titles: list[str]) -> str:
    """The sentence less the title lines run into it."""
    for title in titles:
        sentence = sentence.replace(title, " ")
    return sentence
