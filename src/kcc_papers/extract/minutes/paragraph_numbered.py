"""Minutes whose headings carry no number, their paragraphs numbered by the minute they
belong to, as Scottish boards' and joint boards' minutes print them: "WELCOME AND APOLOGIES"
over "1.1 The Chair welcomed ...", "1.2 Apologies were intimated ...", then "DECLARATIONS OF
INTEREST" over "2.1 There were no declarations of interest.". The heading standing over a
minute's first paragraph ("5.1") is minute 5: the paragraphs' one numbering sequence numbers
the headings, each the next minute's."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.candidates import Candidate
from kcc_papers.extract.minutes.layout import Layout, heading_layout_of
from kcc_papers.extract.minutes.patterns import (
    ATTENDANCE_LABEL,
    LABEL_LINE,
    MAX_TITLE_WORDS,
    SECTION,
    SENTENCE,
    tidy_title,
)
from kcc_papers.extract.minutes.unnumbered import bold_headings

# A minute's first paragraph, numbered by the minute and 1: "5.1 There was submitted ...".
_FIRST_PARAGRAPH = re.compile(r"^(?P<minute>[1-9]\d{0,2})\.1\s+\S")
# Any paragraph so numbered ("5.3 The IJB agreed:"): no line of a heading.
_PARAGRAPH = re.compile(r"^\d{1,3}\.\d{1,2}\.?\s+\S")
# Headings numbered by their paragraphs make a paper's minutes only when at least this many
# run on one after another: fewer may be a report's sections quoted in a minute.
MIN_HEADINGS = 3
# A heading's title wraps over at most this many lines above its first paragraph.
MAX_TITLE_LINES = 3
# A minute whose heading goes unread (too long for a title, or over a paragraph printed
# without its number: "DATE OF NEXT MEETING" over "The next meeting will be held ...") leaves
# a step in the headings' numbers: the run goes on over at most this many such minutes.
MAX_UNREAD_MINUTES = 2
# The style a minute numbered by its paragraphs is labelled in: its number alone ("5").
_STYLE = "plain"


def paragraph_numbered_headings(texts: list[str], layouts: list[Layout | None],
                                body_size: float | None) -> list[Candidate]:
    """The unnumbered headings standing over paragraphs numbered "1.1", "2.1", ..., each
    numbered by the minute its paragraphs give it (see the module); none unless at least
    MIN_HEADINGS of them run on one after another."""
    heads: list[Candidate] = []
    for i, text in enumerate(texts):
        first = _FIRST_PARAGRAPH.match(text)
        if first is None or heading_layout_of(layouts[i], body_size) is True:
            continue
        start = _title_start(texts, layouts, body_size, i)
        if start is None or (heads and start < heads[-1].index + heads[-1].title_lines):
            continue
        c = Candidate(start, int(first.group("minute")), _STYLE,
                      tidy_title(" ".join(texts[start:i])), None, i - start)
        c.heading_layout = heading_layout_of(layouts[start], body_size)
        heads.append(c)
    run = _longest_run(heads)
    if len(run) < MIN_HEADINGS or _headed_otherwise(run, texts, layouts, body_size):
        return []
    return run


def _headed_otherwise(run: list[Candidate], texts: list[str], layouts: list[Layout | None],
                      body_size: float | None) -> bool:
    """Whether the paper sets as many headings or more over text not numbered by its minute
    as over paragraphs that are: then the numbered paragraphs are something the minutes quote
    (a report's "Scope" over "1.1", "Findings" over "2.1" in a minute of its own), not the
    minutes' numbering, which numbers every minute's text."""
    titled = {k for c in run for k in range(c.index, c.index + c.title_lines)}
    others = [b for b in bold_headings(texts, layouts, body_size) if b.index not in titled]
    return len(others) >= len(run)


def _title_start(texts: list[str], layouts: list[Layout | None], body_size: float | None,
                 first: int) -> int | None:
    """The first line of the heading just above paragraph ``first``, or None where the line
    above is no heading's. Where the layout is known the heading is the run of lines set as
    one (its title wrapped); where not, the one line above, a title, and a title in capitals
    wraps over the lines in capitals above it (``_text_title_start``)."""
    start = first
    if first and heading_layout_of(layouts[first - 1], body_size) is None:
        return _text_title_start(texts, first) if _title_line(texts[first - 1]) else None
    while (start > 0 and first - start < MAX_TITLE_LINES
           and heading_layout_of(layouts[start - 1], body_size) is True
           and _title_line(texts[start - 1])):
        start -= 1
    return start if start < first else None


def _text_title_start(texts: list[str], first: int) -> int:
    """The first line of a text file's heading over paragraph ``first``: the line above, and,
    where that is in capitals, the title lines in capitals above it (no type tells a heading
    in a text file: its capitals do, "FINANCIAL MONITORING: REVENUE POSITION AT THE END OF"
    over "DECEMBER 2027 AND FORECAST OUTTURN")."""
    start = first - 1
    while (start > 0 and first - start < MAX_TITLE_LINES and _capitals(texts[start])
           and _capitals(texts[start - 1]) and _title_line(texts[start - 1])
           and not _ATTENDANCE.match(texts[start - 1])):
        start -= 1
    return start


# Who attended, in capitals ("PRESENT: COUNCILLOR IONA REID (CHAIR)"): no line of a title.
_ATTENDANCE = re.compile(rf"^\s*{ATTENDANCE_LABEL}")


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_line(text: str) -> bool:
    """A line that may be (a line of) a minute's title: no paragraph, label, section or
    sentence, short, not ending as a sentence does."""
    return (bool(text[:1].isupper() or text[:1].isdigit())
            and len(text.split()) <= MAX_TITLE_WORDS
            and not text.rstrip().endswith((".", ";", ","))
            and not _PARAGRAPH.match(text) and not _label(text)
            and not SECTION.match(text) and not SENTENCE.match(text))


def _label(text: str) -> bool:
    """A label and its value ("PRESENT: Councillors Drummond, Baird ..."), not a title in
    capitals parted by its colon ("CARE AT HOME: ADDITIONAL CAPACITY"), which goes on in
    capitals after it."""
    label = LABEL_LINE.match(text)
    if label is None:
        return False
    rest = [c for c in text[label.end():] if c.isalpha()]
    return not rest or not all(c.isupper() for c in rest)


def _longest_run(heads: list[Candidate]) -> list[Candidate]:
    """The longest run of headings numbered one after another, in the order printed (over at
    most MAX_UNREAD_MINUTES minutes whose headings went unread)."""
    best: list[Candidate] = []
    run: list[Candidate] = []
    for c in heads:
        if run and c.number is not None and run[-1].number is not None \
                and 0 < c.number - run[-1].number <= MAX_UNREAD_MINUTES + 1:
            run.append(c)
        else:
            run = [c]
        if len(run) > len(best):
            best = list(run)
    return best
