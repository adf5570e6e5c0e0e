"""Numbered lines that may be minute headings: "76. Apologies" (with "(Item 1)" under it),
"Work Programme 2015 115.", "7 Opportunities ...", "2451. Police Report: No report.", and a
number alone on its line above the title ("124." / "Apologies")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.minutes.long_codes import long_coded
from kcc_papers.extract.minutes.patterns import (
    ITEM_REF,
    MAX_HEAD_WORDS,
    MAX_TITLE_WORDS,
    MINUTES_LABEL,
    NUM_ALONE,
    NUM_FIRST,
    NUM_LAST,
    ROMAN_FIRST,
    SECTION,
    SENTENCE,
    TITLE_NOISE,
    roman_numeral,
    roman_value,
    tidy_ref,
    tidy_title,
)
from kcc_papers.extract.minutes.resolution_marks import resolves
from kcc_papers.extract.minutes.sentence_worded import points_a_list, stands_as_heading
from kcc_papers.extract.minutes.title_splits import (
    ABBREVIATION,
    in_capitals,
    split_colon,
    split_dash,
    title_cased,
)
from kcc_papers.extract.minutes.year_tail import (
    financial_year_alone,
    running_year_prefix_holds,
    years_listed,
)

# A title wraps over at most this many lines below it; what runs further is the minute's body.
_MAX_TITLE_WRAP = 3
# A heading line this long may have wrapped its title onto the next line.
WRAPPED_HEADING_CHARS = 45
# A title in capitals may run to this many words (an application's number, use and address).
MAX_CAPS_TITLE_WORDS = 30
# A full stop after a word, a capital or a figure starting what follows (as shapes.py's
# run-in titles end).
_FULL_STOP = re.compile(r"(?<=[\w)’'])\.\s+(?=[A-Z(£\d])")
# A title's full stop runs into the minute's text only when a sentence follows it.
_MIN_RUN_IN_WORDS = 3
# The figures a running number after the year is printed to ("26/036"), padded with noughts.
PADDED_FIGURES = 3
# An "(Item X)" line, or a lower-case line, longer than this is a sentence, not a title's tail.
_MAX_TITLE_TAIL_CHARS = 60
# A lettered part of the minute under its heading ("a) The bank reconciliation was noted",
# "(ii) to approve ..."): the minute's text, never its title wrapped.
LETTERED_PART = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})\)\s+\S")
# "(18) Apologies and substitute members": a county's minute number in brackets. A resolution's
# limbs are numbered so too ("(1) That the report be noted"), set like the body: the bracketed
# number is a heading's only where the layout sets the line as one.
BRACKETED = re.compile(r"^\((?P<num>[1-9]\d{0,3})\)\s+(?P<title>\S.*)$")
# "CB1 2NQ" alone on a line: a postcode (an application's address wrapped under its heading),
# never a committee's code and number over a title.
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$")
# "14 STATION ROAD, KILMORVEN" under a heading line ending at a comma: an address's house
# number where the title ran on mid-list (a heading never ends at a comma), never the next
# minute's number, which is printed with its stop ("6.") or over a title of its own.
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Z]?\s+[A-Z]")
# (a sequence of its own: its label prints the number alone, as no other style does)
BRACKET_STYLE = "bracket"
# The heading of a meeting's closed part, unnumbered ("PART 2 - EXEMPT ITEMS", "EXEMPT
# INFORMATION", "CONFIDENTIAL ITEMS", "PRIVATE SESSION"): a heading of its own under a minute's
# title in capitals, never the title wrapped.
CLOSED_PART = re.compile(r"^(?:EXEMPT|CONFIDENTIAL|PRIVATE|RESTRICTED|CLOSED)\s+(?:ITEMS?|"
                         r"INFORMATION|BUSINESS|SESSION|REPORTS?|MATTERS)\b")


@dataclass(slots=True)
class Candidate:
    index: int  # line index
    number: int | None  # None: an unnumbered heading found by its "(Item N)" line
    # "dot", "plain" or "padded" ("01"), with the year of "12/24": "plain/24", or of
    # "24/113": "24/plain"
    style: str
    title: str
    ref: str | None
    title_lines: int  # lines taken by the heading, its title continuation and its item ref
    titleish: bool = True  # short and not ending like a sentence, as printed
    has_body: bool = False
    inline_body: str | None = None  # the minute's text printed after its title's colon
    colon_title: bool = False  # "Title: text" or "Title:-", the parish heading shape
    heading_layout: bool | None = None  # set like a heading (True), like the body (False)
    x0: float | None = None
    # the heading's line ends on a colon, filled to its margin, its title wrapped onto the
    # line under it (kept only once that line is read into the title: ``wrapped_titles``)
    open_colon: bool = False

    @property
    def label(self) -> str | None:
        """The minute number as printed: "76", "12/24" in number/year schemes, "AG34"."""
        if self.number is None:
            return None
        if self.style == "roman":
            return roman_numeral(self.number)
        if self.style.startswith("shape:"):  # the document's own shape (shapes.py)
            return self.style.removeprefix("shape:").format(self.number)
        prefix, _, style = self.style.rpartition("|")
        width, padded, rest = style.partition("d")
        if padded and width.isdigit():  # "3dplain/26": the number printed to three figures
            style = rest
            head, _, year = style.partition("/")
            return prefix + f"{self.number:0{int(width)}d}" + (f"/{year}" if year else "")
        head, _, year = style.partition("/")
        if head.isdigit():  # "24/dot": the year printed before a running number
            # ... which may be printed to three figures: "FC/26/031" ("26/3dplain")
            width, padded, _ = year.partition("d")
            number = f"{self.number:0{int(width)}d}" if padded and width.isdigit() else self.number
            return f"{prefix}{head}/{number}"
        return prefix + (f"{self.number}/{year}" if year else str(self.number))


def numbered_candidate(
    texts: list[str], i: int, set_as_heading: bool | None = None, *, stands_alone: bool = False,
    wraps_as_heading: bool = False, fills_line: bool = False,
) -> Candidate | None:
    """A line that may be a numbered minute heading. ``set_as_heading``: the layout says the
    line is set like a heading (True), like the body (False), or nothing is known (None).
    ``stands_alone``: the line ends short, the next starting a paragraph of its own;
    ``wraps_as_heading``: the next line is set as this one is (its title wrapped);
    ``fills_line``: ... and this one is filled to its margin."""
    text = texts[i]
    if _POSTCODE.match(text):
        return None
    alone = NUM_ALONE.match(text)
    if alone:
        return _alone_candidate(texts, i, int(alone.group("num") or alone.group("labelled")))
    numbered = _numbering(text, set_as_heading, stands_alone)
    titled = _title_and_ref(numbered[2]) if numbered else None
    if numbered is None or titled is None or years_listed(texts, i):
        # (a line beside it opening with another year: a list through the years, year_tail)
        return None
    number, style, _ = numbered
    printed, ref = titled
    following = texts[i + 1] if i + 1 < len(texts) else ""
    title, inline = split_colon(printed, following, set_as_heading is True, stands_alone,
                                 wraps_as_heading)
    if inline is None and title == printed:
        # (a title wrapped onto a line set like it does not run on into the minute's text)
        title, inline = split_dash(title, "" if wraps_as_heading else following)
    colon_title = title != printed
    # (a short heading set alone on its line may open with a sentence's word: a weak one)
    weak = _sentence_not_title(title, set_as_heading)
    if weak and (not stands_as_heading(title, set_as_heading, stands_alone)
                 or points_a_list(texts, i, number)):
        return None
    used = 1
    if ref is None and inline is None:
        title, ref, used = _continue_title(texts, i, title)
        if used == 1 and set_as_heading is None:
            # no layout to go by (a text export): a title in capitals wrapped in capitals
            title, used = capitals_wrapped(texts, i, title)
    # (a title ending on a colon is a label over text, unless the margin broke it there:
    # "OSC/27/34 CALL-IN: CABINET DECISION CAB/27/088 - LIBRARY SERVICE:" over "CLOSURE OF
    # FERNHILL READING ROOM" in the heading's type)
    open_colon = title.endswith(":") and ref is None and used == 1 and fills_line
    if not title or (title.endswith(":") and ref is None and not open_colon):
        return None
    titleish = _titleish(title) and not weak
    if inline is None and not weak and (run_in := _run_in_title(title)):
        # "Minute 25/045 - Apologies for Absence. Apologies were received ...": a short title
        # run in to its text ends at its first full stop (as shapes.py reads one)
        title, inline = run_in
        titleish = True
    return Candidate(
        i,
        number,
        style,
        tidy_title(title),
        tidy_ref(ref),
        used,
        titleish,
        inline_body=inline,
        colon_title=colon_title,
        open_colon=open_colon,
    )


def _numbering(text: str, set_as_heading: bool | None,
               stands_alone: bool = False) -> tuple[int, str, str] | None:
    """The number a line opens (or, "Title (Item 4)", closes) with, the style of its numbering
    (a minute's sequence is one style throughout) and the title printed after it; None where
    the line is not numbered so. A bracketed number, "(3)", counts only on a line the layout
    sets as a heading, or, with no layout known, over a title in capitals standing alone."""
    m = NUM_FIRST.match(text)
    roman = None if m else ROMAN_FIRST.match(text)
    bracketed = None if m else BRACKETED.match(text)
    if bracketed and (set_as_heading is True
                      or (set_as_heading is None and stands_alone
                          and in_capitals(bracketed.group("title")))):
        # (with no layout to go by, a text export's "(45)  APOLOGIES FOR ABSENCE": a title
        # in capitals standing alone on its line, as a resolution's limb never is)
        return int(bracketed.group("num")), BRACKET_STYLE, bracketed.group("title")
    if roman and roman.group("roman"):
        return roman_value(roman.group("roman")), "roman", roman.group("title")
    if m and running_year_prefix_holds(m.group("prefix")):
        return int(m.group("num")), _figures_style(m), m.group("title")
    # "ELCAG/19 Apologies" (long_codes)
    if coded := long_coded(text, set_as_heading, stands_alone):
        return coded
    m = NUM_LAST.match(text)
    if not m or not ITEM_REF.search(m.group("ref") or "(Item 0)"):
        return None
    return int(m.group("num")), "dot", f"{m.group('title')} {m.group('ref') or ''}".strip()


def _figures_style(m: re.Match[str]) -> str:
    """The style of a number in figures (NUM_FIRST): its stop or none, its padding, and the
    year and prefix printed with it, so that only numbers of one sequence follow each other."""
    style = "dot"
    if m.group("half"):
        style = "half"
    elif not m.group("dot"):
        style = "plain"
    if m.group("num").startswith("0") and (m.group("prefix") or m.group("year")):
        # "ES/026/26": a committee's sequence printed to three figures, not a list; so
        # is "01/27" ... "09/27", a minute's number with its year printed to two
        style = f"{len(m.group('num'))}d{style}"
    elif m.group("pre") and len(m.group("num")) == PADDED_FIGURES:
        # "26/036" and "26/100" after the year: one sequence, printed to three figures
        style = f"{PADDED_FIGURES}d{style}"
    elif m.group("num").startswith("0"):
        style = "padded"
    if m.group("year"):
        style += m.group("year")
    if m.group("pre"):
        style = m.group("pre") + style
    if m.group("prefix"):
        # its own sequence: "AG34" never follows a plain "33."
        style = f"{m.group('prefix')}|{style}"
    return style


def _title_and_ref(title: str) -> tuple[str, str | None] | None:
    """The title printed after a number, without the agenda item's ref it names ("(Item 4)"),
    and that ref; None where it opens as no title does (in lower case, or in brackets)."""
    if not title[:1].isupper() and not title[:1].isdigit() and title[:1] not in "'\"‘“(":
        return None
    if title.startswith("("):
        return None
    ref_m = ITEM_REF.search(title)
    ref = ref_m.group(1) if ref_m else None
    return ITEM_REF.sub("", title).strip(" -–"), ref


def _sentence_not_title(title: str, set_as_heading: bool | None) -> bool:
    """Sentence words veto a heading unless the layout sets a short title as one ("Approve
    Standing Orders" in bold)."""
    short_set = set_as_heading and len(title.split()) <= MAX_HEAD_WORDS and not resolves(title)
    return bool(SENTENCE.match(title)) and not short_set and not title_cased(title)


def _titleish(title: str) -> bool:
    """A title is short and is not a sentence; a numbered paragraph usually is one (a title
    in capitals, a planning application's address and all, may run longer)."""
    words = MAX_CAPS_TITLE_WORDS if in_capitals(title) else MAX_TITLE_WORDS
    return len(title.split()) <= words and not title.rstrip().endswith(
        (".", ";", ",", ":")
    )


def _run_in_title(title: str) -> tuple[str, str] | None:
    """A short title and the sentence run in after its full stop, or None: the stop is not
    an abbreviation's ("Mr. Patel", "St. Mary's Church")."""
    for stop in _FULL_STOP.finditer(title):
        head, rest = title[: stop.start()], title[stop.end():]
        if ABBREVIATION.search(head):
            continue
        if (len(head.split()) > MAX_HEAD_WORDS or SENTENCE.match(head)
                or len(rest.split()) < _MIN_RUN_IN_WORDS):
            return None
        return head, rest
    return None


def _alone_candidate(texts: list[str], i: int, number: int) -> Candidate | None:
    """ "124." on its own line: the title is the next line (up to an item ref or a label)."""
    if i + 1 >= len(texts):
        return None
    title = TITLE_NOISE.sub("", texts[i + 1]).strip()
    if (not title[:1].isupper() or (SENTENCE.match(title) and not title_cased(title))
            or MINUTES_LABEL.match(title)):
        return None
    ref_m = ITEM_REF.search(title)
    ref = ref_m.group(1) if ref_m else None
    title = ITEM_REF.sub("", title).strip(" -–")
    if not title:
        return None
    return Candidate(i, number, "dot", tidy_title(title), tidy_ref(ref), 2)


def capitals_wrapped(texts: list[str], i: int, title: str) -> tuple[str, int]:
    """A heading in capitals that filled its line goes on on the lines below in capitals
    ("PL.17 24/00388/OUT - OUTLINE APPLICATION FOR UP TO 64 DWELLINGS WITH" over "ALL MATTERS
    RESERVED EXCEPT ACCESS, LAND NORTH OF BELL MILLS," over "KIRKBURN"); the minute's text
    under it is in sentence case, and a resolution's word ("RESOLVED"), the next numbered
    heading or a closed part's heading ("PART 2 - EXEMPT ITEMS") is no part of it. The title
    and the lines the heading takes."""
    if not in_capitals(title):
        return title, 1
    parts, used = [title], 1
    while used <= _MAX_TITLE_WRAP and i + used < len(texts):
        above, nxt = texts[i + used - 1], texts[i + used].strip()
        # (a heading ending on its colon goes on under it, however short its line: a narrow
        # column's "CITY CENTRE RECOVERY PLAN:" over "PROGRESS")
        # (but not onto its answer: "APOLOGIES FOR ABSENCE:" over "NONE")
        opened = used == 1 and above.rstrip().endswith(":") and not _ANSWER.match(nxt)
        # (a financial year alone ends a title in capitals: "... CRITERIA" over "2032/33")
        year = financial_year_alone(nxt)
        if ((len(above.strip()) < WRAPPED_HEADING_CHARS and not opened)
                or not (in_capitals(nxt) or year) or resolves(nxt)
                or (NUM_FIRST.match(nxt) and not _POSTCODE.match(nxt) and not year
                    and not (above.rstrip().endswith(",") and _HOUSE_NUMBER.match(nxt)))
                or nxt.startswith("(")
                or SECTION.match(nxt) or CLOSED_PART.match(nxt)):
            break
        if opened and not parts[-1].endswith(":"):
            parts[-1] += ":"  # (the colon read off a title standing alone comes back)
        parts.append(nxt)
        used += 1
    return " ".join(parts), used


# A heading's answer on the line under it, no part of its title: "NONE", "NIL", "N/A",
# "NONE DECLARED."
_ANSWER = re.compile(r"^(?:NONE|NIL|N/?A)(?:\s+(?:RECEIVED|DECLARED|MADE|REPORTED))?\.?$")


# An item ref the margin broke after its word: "... WORK PROGRAMME [Item" over "7]".
_OPEN_ITEM_REF = re.compile(r"[(\[]\s*(?:agenda\s+)?[Il1]tem(?:\s+No\.?)?\s*$", re.I)


def _ref_broken_at_margin(title: str, following: str) -> tuple[str, str] | None:
    """The title and its item ref where the ref opened at the title line's end and closes
    alone on the next line, or None."""
    opened = _OPEN_ITEM_REF.search(title)
    if not opened:
        return None
    whole = f"{title[opened.start():]} {following.strip()}"
    ref = ITEM_REF.match(whole)
    if not ref or ref.end() != len(whole.rstrip()):
        return None
    return title[: opened.start()].strip(" -–"), ref.group(1)


def _continue_title(texts: list[str], i: int, title: str) -> tuple[str, str | None, int]:
    """A title wrapped onto following lines, up to an "(Item X)" line if there is one."""
    if i + 1 < len(texts) and (broken := _ref_broken_at_margin(title, texts[i + 1])):
        return broken[0], broken[1], 2
    parts = [title]
    for k in range(1, _MAX_TITLE_WRAP + 1):
        if i + k >= len(texts):
            break
        nxt = texts[i + k]
        ref = ITEM_REF.search(nxt)
        if ref and len(ITEM_REF.sub("", nxt).strip(" -–*")) <= _MAX_TITLE_TAIL_CHARS:
            head = ITEM_REF.sub("", nxt).strip(" -–")
            if head:
                parts.append(head)
            return " ".join(parts), ref.group(1), k + 1
        if NUM_FIRST.match(nxt) or nxt.startswith("(") or SENTENCE.match(nxt):
            break
        parts.append(nxt)
    # No item ref: a lower-case next line continues a wrapped title ("... policies / and charges").
    following = texts[i + 1] if i + 1 < len(texts) else ""
    if (following[:1].islower() and len(following) < _MAX_TITLE_TAIL_CHARS
            and not LETTERED_PART.match(following)):
        return f"{title} {following}", None, 2
    return title, None, 1
