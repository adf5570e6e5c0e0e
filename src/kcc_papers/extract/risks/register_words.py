"""Whether a segment shows a risk register at all: the register's own words (an id column's
heading beside the factors' or the score's, a risk card's labels, a header naming both factors
and their product, scored cells), a cheap test before the (slow, for PDFs) table reading."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.labelled import promises_blocks
from kcc_papers.extract.risks.lettered import FACTOR_LETTER_WORDS, lettered_header
from kcc_papers.extract.risks.prose_rows import promises_prose
from kcc_papers.extract.risks.status_words import says_risk as calls_risks
from kcc_papers.normalise.needles import holds_any


def _shows_register(text: str) -> bool:
    """Cheap test before the (slow, for PDFs) table reading: a register's own words."""
    # the id column's heading, as the register reader knows it (summary.ID_HEAD)
    # (or the English half of a heading in two languages: "Cyf / Ref")
    # (or the id column after a group column: "Portfolio | Ref | Risk" as one header line)
    ids = re.search(r"(?:Risk|Datix)\s*(?i:No|Number|ID|Ref(?:erence)?)\b"
                    r"|^\s*(?:Ref(?:erence)?\b|No\.\s|ID\s)|\s/\s(?:Ref|ID)\b"
                    r"|\bRef(?:erence)?\.?[ \t]+Risk\b", text, re.M)
    # "Current score", "Probability | Severity": the words as a register heads its columns
    summary = (ids and re.search(
        r"Likelihood|Score|Probability|Severity|\b(?:L\s*[x×/]\s*I|I\s*[x×/]\s*L)\b"
        # the factors' own columns headed by their letters ("Owner | L | I")
        r"|" + FACTOR_LETTER_WORDS,
        text, re.I))
    # "Ref | ... | Rating" heads a dashboard's standards as well as a register's risks: a
    # register so headed says it is about risks somewhere (its title, a heading, a column)
    says_risk = calls_risks(text)
    registered = bool(summary or (ids and says_risk and re.search(r"Rating", text, re.I))
                      or _id_header(text, REGISTER_CELL if says_risk else FACTOR_CELL))
    cards = re.search(r"Risk\s+Owner", text) and re.search(r"Consequence", text)
    # a register with no id column (the id heads the risk's cell) still names both factors
    # and the score they make
    # (or an id column headed "Risk" beside the factors' letters: "Risk | Owner | L | I | Score")
    return (bool(registered or cards or _factor_header(text)) or promises_blocks(text)
            or (says_risk and lettered_header(text, HEADER_LINE_CHARS))
            or promises_prose(text)
            or len(SCORED_CELL.findall(text)) >= MIN_SCORED_CELLS)


# A score printed with its factors, in any of its forms ("4x5=20", "12 (3x4)", "20 (L4 x I5)"),
# or the factors alone named by their letters ("L4 / I5"): a few of them are a register
# whatever its headings say.
SCORED_CELL = re.compile(r"\b\d{1,2}\s*\(\s*L?\d\s*[x×]\s*I?\d\s*\)"
                         r"|\bL?\d\s*[x×]\s*I?\d\s*=\s*\d{1,2}\b"
                         r"|\b(?-i:L[1-6]\s*/\s*I[1-6]|I[1-6]\s*/\s*L[1-6])\b")
MIN_SCORED_CELLS = 2


# A header line naming the id column anywhere among its cells (the columns in any order) and
# a register's own column words ("Owner | No. | Current Score | Risk").
ID_CELL = re.compile(r"(?<!\S)(?:Ref(?:erence)?|No\.|ID)(?!\S)", re.I)
REGISTER_CELL = re.compile(r"\b(?:Rating|Likelihood|Score|Probability|Severity)\b"
                           r"|\b(?:L\s*[x×/]\s*I|I\s*[x×/]\s*L)\b", re.I)
# ... but a "Rating" alone rates a dashboard's measures as well: a paper that never says
# "risk" needs the factors' or the score's words
FACTOR_CELL = re.compile(r"\b(?:Likelihood|Score|Probability|Severity)\b"
                         r"|\b(?:L\s*[x×/]\s*I|I\s*[x×/]\s*L)\b", re.I)
# ... or the factors' letters as their own cells ("L | C", "P | I")
FACTOR_LETTERS = (re.compile(r"(?<!\S)[LP](?!\S)"), re.compile(r"(?<!\S)[IC](?!\S)"))


# The words every match of ID_CELL holds, in any case: a line without any is not searched.
ID_WORDS = ("ref", "no.", "id")


def _id_header(text: str, register_cell: re.Pattern[str]) -> bool:
    return any(len(line) <= HEADER_LINE_CHARS and holds_any(line, ID_WORDS)
               and ID_CELL.search(line)
               and (register_cell.search(line) or all(rx.search(line) for rx in FACTOR_LETTERS))
               for line in text.splitlines())


# the factors and their product as headers name them, abbreviations included ("Prob",
# "Overall"); a narrow column breaks "Likelihood" inside the word and prints its last letters
# under the rest of the header ("Likelihoo" / "Risk  Description  Impact" / "d (L)"), as the
# column reader mends it (normalise/headings.py): the word's head from "Likeli" names it
FACTOR_WORDS = tuple(re.compile(rf"\b(?:{w})\b", re.I) for w in (
    r"Likeli\w*|Probability|Prob", "Impact|Consequence|Severity",
    r"Score|Rating|Overall|L\s*[x×]\s*I|I\s*[x×]\s*L"))
# A header's cells wrap ("Current" / "Risk  Risk owner  Current impact  Current score" /
# "likelihood"): its words are looked for over a few short lines together, not in prose.
HEADER_WINDOW_LINES = 3
HEADER_LINE_CHARS = 120


# The words every match of the first factor's pattern holds, in any case. They hold no space,
# so a match lies within one line of a window: a window without them is not searched.
LIKELIHOOD_WORDS = ("likeli", "prob")


def _factor_header(text: str) -> bool:
    """A short run of lines naming both factors and the score: a register's header."""
    lines = [line for line in text.splitlines() if line.strip()]
    likely = [holds_any(line, LIKELIHOOD_WORDS) for line in lines]
    for at in range(len(lines)):
        if not any(likely[at:at + HEADER_WINDOW_LINES]):
            continue
        window = lines[at:at + HEADER_WINDOW_LINES]
        if any(len(line) > HEADER_LINE_CHARS for line in window):
            continue
        joined = " ".join(window)
        if all(rx.search(joined) for rx in FACTOR_WORDS):
            return True
    return False
