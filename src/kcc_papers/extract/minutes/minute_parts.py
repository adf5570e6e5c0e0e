"""The parts of a minute printed under headings of their own: "5.1 Accounts for payment" after
"Min. 5", "12(a) ..." and "6a Lease of land" under minute 12 or 6, "17A/27" under "17/27", a
part alone on its line over its title. Each part is an item of the minutes, numbered as its
minute is, so the chain of numbered headings reads the minute's number once."""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.extract.minutes.candidates import Candidate
from kcc_papers.extract.minutes.layout import (
    INDENT_TOLERANCE,
    Layout,
    heading_layout_of,
    text_size,
)
from kcc_papers.extract.minutes.patterns import (
    JOINING_END,
    MAX_TITLE_WORDS,
    SENTENCE,
    SUB_MINUTE,
    label_prefix,
    tidy_title,
)
from kcc_papers.extract.minutes.wrapped_titles import wrapped_titles

# A number the chain skips is lettered for this many parts at least: a number minuted in one
# part would be printed alone.
_MIN_SKIPPED_NUMBER_PARTS = 2
# "5.1 Accounts for payment" after a minute's label ("Min. "): a numbered part of an item.
_PARTED = re.compile(r"(?P<number>\d{1,4})\.(?P<part>\d{1,2})\s+(?P<title>[A-Z'‘\"“].*)$")
# ... or its part alone on its line, the title under it: "45(a)", "45 (a)", "45a."
_PART_ALONE = re.compile(
    r"(?:[^\S\n]?\((?P<letter>[a-z])\)|(?P<glued>[a-z]))[.:]?[^\S\n]*$")
# The mark a heading prints after its number, as SUB_MINUTE reads it: a colon, a stop or a
# dash ("Minute 65 - Home to School Transport").
_NUMBER_MARK = re.compile(r"\s+[-–—](?=\s)|[.:]")
# A minute's number by running number and year ("17/27") ...
_NUMBER_YEAR = re.compile(r"^(\d{1,4})(/\d{2,4})$")
# ... and a part of it with its capital glued before the year ("17A/27 Ferry Timetable").
_INFIX_LETTERED = re.compile(
    r"^(?P<number>\d{1,4})(?P<letter>[A-Z])(?P<year>/\d{2,4})[.:]?[^\S\n]+(?P<title>[A-Z'‘\"“].*)$")


def with_parted_numbers(texts: list[str], chain: list[Candidate],
                         layouts: list[Layout | None]) -> list[Candidate]:
    """The chain with the minutes printed in numbered parts under a heading of their own: a
    minute's own parts ("Item 4" over "Item 4.1", "Item 4.2"), or the parts of a number missing
    from the chain ("Min. 4", then "Min. 5.1" and "Min. 5.2", then "Min. 6": the clerk
    numbered item 5's parts, never item 5 itself). A part's line restates the label the
    chain's heading before it is printed with, its number that heading's or the next missing
    one, its part running 1, 2, ..."""
    body_size = text_size(layouts)
    out: list[Candidate] = []
    for n, c in enumerate(chain):
        out.append(c)
        after = chain[n + 1] if n + 1 < len(chain) else None
        end = after.index if after is not None else len(texts)
        limit = after.number if after is not None else None
        out += _parts_of(texts, c, end, limit, (layouts, body_size))
    return out


def _set_as_part(layouts: list[Layout | None], i: int, heading: Candidate,
                 body_size: float | None) -> bool:
    """Whether line ``i`` is set as the heading of a minute's part: as a heading, at the
    minute's heading's indent (a minute's numbered paragraphs are set like the body)."""
    lay = layouts[i]
    if heading_layout_of(lay, body_size) is not True or lay is None:
        return False
    return (heading.x0 is None or lay.x0 is None
            or abs(heading.x0 - lay.x0) <= INDENT_TOLERANCE)


def _parts_of(texts: list[str], before: Candidate, end: int, limit: int | None,
              set_as: tuple[list[Layout | None], float | None]) -> list[Candidate]:
    printed, text = before.label, texts[before.index]
    if printed is None or before.number is None:
        return []
    figures = str(before.number)
    at = text.find(printed)
    if at < 0 or not printed.endswith(figures):
        return []  # ("24/113", "12/24": a number with its year is printed whole, never in parts)
    # the label and code the heading prints before its figures: "Min. ", "FC "; a plain "4."
    # minute's body numbers its own paragraphs "4.1", "4.2" as a report's would, set like
    # the body: its parts are told by being set as headings, as the minute's own is
    code = printed[: len(printed) - len(figures)]
    prefix = text[:at] + code
    by_layout = not prefix.strip()
    # (a text file has no type to set a heading in: its headings, the minute's and its parts',
    # are told by capitals, "5 REPORTS" over "5.1 ELECTED MEMBERS' REMUNERATION", as a
    # paragraph in capitals is never printed)
    capitals = by_layout and before.heading_layout is None and _in_capitals(before.title)
    if by_layout and before.heading_layout is not True and not capitals:
        return []
    found: list[Candidate] = []
    number, part = before.number, 1
    for i in range(before.index + before.title_lines, end):
        line = texts[i]
        if not line.startswith(prefix) or not line[len(prefix):len(prefix) + 1].isdigit():
            continue
        m = _PARTED.match(line, len(prefix))
        if m is None or (by_layout and not (_heading_in_capitals(m.group("title")) if capitals
                                             else _set_as_part(set_as[0], i, before, set_as[1]))):
            continue
        if (int(m.group("number")), int(m.group("part"))) not in ((number, part),
                                                                   (number + 1, 1)):
            continue
        title = tidy_title(m.group("title"))
        if SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS:
            continue
        number, part = int(m.group("number")), int(m.group("part"))
        if limit is not None and number >= limit:
            break
        label = f"{code}{number}.{part}".replace("{", "{{").replace("}", "}}")
        found.append(Candidate(i, number, "shape:" + label, title, None, 1))
        part += 1
    return found


# A heading in capitals has this many letters at least ("AOB" is as often a word's).
_MIN_CAPITAL_LETTERS = 4


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_CAPITAL_LETTERS and all(c.isupper() for c in letters)


def _heading_in_capitals(title: str) -> bool:
    """A part's title in capitals that is a heading: a clerk who shouts the minute's paragraphs
    ("2.1 IT WAS RESOLVED THAT THE ACCOUNTS BE APPROVED") opens them as sentences do, which
    SENTENCE reads in the case a sentence is printed in."""
    return _in_capitals(title) and not SENTENCE.match(title.strip().capitalize())


def with_sub_minutes(texts: list[str], chain: list[Candidate],
                      layouts: list[Layout | None]) -> list[Candidate]:
    """The chain with each minute's lettered parts after it: lines in the minute that restate
    its number as printed with "(a)", "(b)", ... (or the letter glued on: "6a", "6b") running
    in order, each over a title. Where the chain skips one number ("43", then "45"), the
    lines between restating the missing number so ("44(a)", "44(b)") are its parts: the
    clerk minuted two applications taken together under one number, never the number alone.
    A part's heading set as one wraps its title as a minute's does."""
    body_size = text_size(layouts)
    out: list[Candidate] = _opening_number_parts(texts, chain[0], layouts, body_size)
    for n, c in enumerate(chain):
        out.append(c)
        if c.label is None or c.number is None:
            continue
        end = chain[n + 1].index if n + 1 < len(chain) else len(texts)
        start = c.index + c.title_lines
        prefix = label_prefix(texts[c.index], c.label)
        parts = _lettered_parts(texts, c, range(start, end), prefix)
        for part in parts:
            part.heading_layout = heading_layout_of(layouts[part.index], body_size)
        after = chain[n + 1] if n + 1 < len(chain) else None
        # the number after the last minute may be lettered too: the meeting's remaining
        # business minuted in parts under one number ("Minute 104(a)", "Minute 104(b)", ...)
        if after is None or (after.number == c.number + 2 and after.style == c.style):
            span = range(parts[-1].index + 1 if parts else start, end)
            parts += _skipped_number_parts(texts, replace(c, number=c.number + 1), span, prefix,
                                           layouts, body_size)
        wrapped_titles(parts, texts, layouts, body_size)
        out += parts
    return out


def _opening_number_parts(texts: list[str], first: Candidate, layouts: list[Layout | None],
                          body_size: float | None) -> list[Candidate]:
    """The lettered parts of the number before the chain's first minute, read above it: a
    meeting's opening business minuted in parts under one number, never the number alone
    ("Minute 12(a) Apologies", "Minute 12(b) Declarations of interest", then "Minute 13
    Minutes"). Two at least, in order, restating the first heading's label, each set as that
    heading is (headings set as the body is leave the label to tell them)."""
    if first.label is None or first.number is None or first.number <= 1:
        return []
    prefix = label_prefix(texts[first.index], first.label)
    opening = replace(first, number=first.number - 1)
    parts = _lettered_parts(texts, opening, range(first.index), prefix)
    set_as = heading_layout_of(layouts[first.index], body_size)
    for part in parts:
        part.heading_layout = heading_layout_of(layouts[part.index], body_size)
    if len(parts) < _MIN_SKIPPED_NUMBER_PARTS or any(p.heading_layout != set_as for p in parts):
        return []
    wrapped_titles(parts, texts, layouts, body_size)
    return parts


def _skipped_number_parts(texts: list[str], skipped: Candidate, span: range, prefix: str,
                          layouts: list[Layout | None],
                          body_size: float | None) -> list[Candidate]:
    """The lettered parts of the number the chain skips, read in ``span`` (the minute before
    it): at least two, none set as the body is. A lone "44a" opening a line of the body is an
    address's house number ("44a High Street") where minute 44 is not printed (exempt)."""
    parts = _lettered_parts(texts, skipped, span, prefix)
    for part in parts:
        part.heading_layout = heading_layout_of(layouts[part.index], body_size)
    if len(parts) < _MIN_SKIPPED_NUMBER_PARTS or any(p.heading_layout is False for p in parts):
        return []
    return parts


def _lettered_parts(texts: list[str], minute: Candidate, span: range,
                    prefix: str) -> list[Candidate]:
    """The lines of ``span`` restating ``minute``'s number as printed with its letters, "(a)",
    "(b)", ... (or glued on: "6a"), in order, each over a title: the minute's parts.
    ``prefix``: the label the minutes' headings print before the number ("Minute ")."""
    printed = minute.label
    if printed is None or minute.number is None:
        return []
    # the number as printed, or with the label the heading prints before it: "Minute 12(a)"
    # under "Minute 12" (as "34(a)" under "Minute 34"); the longer tried first
    labels = [prefix + printed, printed] if prefix else [printed]
    found: list[Candidate] = []
    want = "a"
    for i in span:
        if (infix := _infix_part(texts[i], printed, want)) is not None:
            number, title = infix
            found.append(Candidate(i, minute.number, "shape:" + number, title, None, 1))
            want = chr(ord(want) + 1)
            continue
        label = next((la for la in labels if texts[i].startswith(la)), None)
        if label is not None and (alone := _part_alone(texts, i, len(label), want, span)):
            # the part's number alone on its line, its title under it, as the minute's own
            # number stands over its title (ModernGov's pages: "45(a)" over "Arts Funding")
            lettered, title = alone
            number = f"{printed}{lettered}".replace("{", "{{").replace("}", "}}")
            found.append(Candidate(i, minute.number, "shape:" + number, title, None, 2))
            want = chr(ord(want) + 1)
            continue
        m = SUB_MINUTE.match(texts[i], len(label)) if label is not None else None
        glued = m.group("glued") if m is not None else None
        if label is None or m is None or want not in (m.group("letter"), glued and glued.lower()):
            continue
        if glued and glued.isupper() and not _restates_heading(texts, minute, prefix + printed,
                                                                label, m):
            continue
        title = tidy_title(m.group("title"))
        if (SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS
                or _run_in_paragraph(m.group("title"))):
            continue
        part = f"({want})" if m.group("letter") else glued  # as printed
        number = f"{printed}{part}".replace("{", "{{").replace("}", "}}")
        found.append(Candidate(i, minute.number, "shape:" + number, title, None, 1))
        want = chr(ord(want) + 1)
    return found


def _part_alone(texts: list[str], i: int, at: int, want: str,
                span: range) -> tuple[str, str] | None:
    """A minute's part lettered ``want`` whose number stands alone on line ``i`` (the
    minute's number as printed ending at ``at``, then "(a)" or "a"), its title the next line
    of ``span``: the part as printed and its title; None where the line or the next is not so."""
    m = _PART_ALONE.match(texts[i], at)
    if m is None or want not in (m.group("letter"), m.group("glued")) or i + 1 not in span:
        return None
    title = tidy_title(texts[i + 1])
    if (not title[:1].isupper() or SENTENCE.match(title) or title.endswith(".")
            or len(title.split()) > MAX_TITLE_WORDS):
        return None
    return (f"({want})" if m.group("letter") else want), title


def _infix_part(text: str, printed: str, want: str) -> tuple[str, str] | None:
    """A part of a minute numbered by running number and year ("17/27"), its capital glued to
    the running number before the year ("17A/27 Ferry Timetable Consultation", a minute
    added after 17/27): the part's number as printed (braces escaped, as a shape's are) and
    its title; None where ``text`` opens with no such part lettered ``want``."""
    minute = _NUMBER_YEAR.match(printed)
    m = _INFIX_LETTERED.match(text)
    if (minute is None or m is None or m.group("letter").lower() != want
            or (m.group("number"), m.group("year")) != (minute.group(1), minute.group(2))):
        return None
    title = tidy_title(m.group("title"))
    if SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
        return None
    number = f"{m.group('number')}{m.group('letter')}{m.group('year')}"
    return number.replace("{", "{{").replace("}", "}}"), title


def _run_in_paragraph(text: str) -> bool:
    """Whether a lettered line is a paragraph of the minute led by a few words and a colon
    ("32(a) Fire risk assessment: the two actions ... have been completed."), not a part's
    heading: what follows the colon ends as a sentence does, on a full stop, or runs on to
    the next line mid-sentence ("... emergency light in the")."""
    lead, colon, rest = text.partition(":")
    rest = rest.rstrip()
    return bool(colon and lead.strip() and rest
                and (rest.endswith(".") or JOINING_END.search(rest) is not None))


def _restates_heading(texts: list[str], minute: Candidate, heading_label: str, label: str,
                      m: re.Match[str]) -> bool:
    """Whether a number with a capital glued on ("Minute 65A: EXCLUSION ...") is printed as
    ``minute``'s heading is: its label as the heading prints it ("Minute 65"), the same mark
    after it (a colon, a stop, none), over a title that is no sentence. An address opening a
    line of the minute ("65A High Street was ...") is none."""
    heading = texts[minute.index]
    at = heading.find(heading_label)
    if label != heading_label or at < 0:
        return False
    printed = _NUMBER_MARK.match(heading, at + len(heading_label))
    return (_mark(printed.group(0) if printed else None) == _mark(m.group("mark"))
            and not m.group("title").rstrip().endswith("."))


def _mark(mark: str | None) -> str:
    """A number's mark as one character, any dash alike ("", ":", ".", "-")."""
    text = (mark or "").strip()
    return "-" if text in ("–", "—") else text
