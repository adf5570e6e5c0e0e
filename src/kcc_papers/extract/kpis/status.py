"""A RAG column that prints a status in words rather than a colour: what the words say about
the target ("Better than target", "Slightly below target", "Not met"), the paper's own key for
the words it uses ("Status key: OK - target met; Warning - slightly below target; Alert -
significantly below target"), or a cell whose colour alone gives the rating.

Only a dashboard's RAG column is read this way: prose and other columns keep ``parse_rag``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.extract.kpis.led_key import led_key, led_rag
from kcc_papers.extract.kpis.rag import Rag, colour_rag, parse_rag
from kcc_papers.normalise.bilingual import header_parts
from kcc_papers.normalise.runs import LINE_START as _LINE_START

# A status is a few words; a longer cell is commentary, not a rating.
MAX_STATUS_WORDS = 6
# Tried in this order: a qualifier ("slightly", "within") makes "below target" amber.
MEANINGS: tuple[tuple[Rag, re.Pattern[str]], ...] = (
    ("amber", re.compile(r"\b(?:slightly|close\s+to|near(?:ly)?|within|just|marginally|"
                         r"at\s+risk|some\s+concern|warning)\b", re.I)),
    ("red", re.compile(r"\b(?:significantly|well\s+(?:below|behind)|not\s+(?:met|meeting|achiev\w*|"
                       r"on\s+track)|missed|off\s+(?:track|target)|below|worse|behind|failed|alert)\b",
                       re.I)),
    # "OK", "Warning", "Alert": the traffic lights of the performance systems councils use
    ("green", re.compile(r"\b(?:met|meeting|achiev\w*|exceed\w*|on\s+(?:target|track)|better|"
                         r"ahead|ok)\b", re.I)),
)
COLOURS: dict[str, Rag] = {"green": "green", "amber": "amber", "red": "red"}
# "Status key:", "RAG:" before the first pair of a key line.
KEY_PREFIX = re.compile(r"^[\w ]{0,30}?\b(?:key|rag|status)\s*:\s*(?=\S.*(?:=|\s[-–]\s))", re.I)
PAIR = re.compile(r"^\s*(?P<word>[A-Za-z][A-Za-z ]{0,24}?)\s*(?:=|:|\s[-–]\s)\s*(?P<meaning>\S.*)$")
KEY_PARTS = re.compile(r"\s*[;•]\s*|\.\s+|\s{2,}")
# What a pair (PAIR) and an ordered key (ORDERED_KEY) print between a word and its meaning:
# a line without any (most of a paper's) is no key line, and its parts need not be tried.
KEY_MARK = re.compile(r"[=:]|\s[-–]\s")


def meaning_rag(text: str) -> Rag | None:
    """The rating a few words about the target stand for; None for anything else."""
    words = " ".join(text.split())
    if not words or len(words.split()) > MAX_STATUS_WORDS:
        return None
    return next((rag for rag, rx in MEANINGS if rx.search(words)), None)


def status_key(lines: Iterable[str]) -> dict[str, Rag]:
    """The paper's key for its status words: a line pairing two or more words with what they
    mean ("G = on or better than target; A = within 5% of target; R = ...")."""
    key: dict[str, Rag] = {}
    lines = list(lines)
    for line in lines:
        # (each part is a piece of the line: a part with a pair's mark is in a line with one)
        if not KEY_MARK.search(line):
            continue
        pairs: dict[str, Rag] = {}
        for part in KEY_PARTS.split(KEY_PREFIX.sub("", line.strip())):
            m = PAIR.match(part)
            if not m:
                continue
            word = " ".join(m.group("word").lower().split())
            meaning = m.group("meaning").strip(" .")
            rag = parse_rag(meaning) or _meaning_in_key(meaning)
            if rag:
                pairs[word] = rag
            if word in COLOURS and len(meaning.split()) <= MAX_STATUS_WORDS:
                # the colour first, the word the table prints after it: "Green - Improving"
                pairs[" ".join(meaning.lower().split())] = COLOURS[word]
        if len(pairs) >= 2 and len(set(pairs.values())) >= 2:
            key.update(_colours_kept(pairs))
        key.update(_ordered_key(line))
    # a colour the key prints beside its word says more than the words that follow it
    text = "\n".join(lines)
    key.update(_coloured_words(text))
    key.update(_coloured_marks(text))
    # a line led by its word (``led_key``) is kept whole: the least of the key's readings
    return {**led_key(lines), **_glossed_words(text), **_meant_marks(text), **key}


# A line's start inside a run of blank lines is no start for COLOURED_MARK, COLOURED_WORD and
# GLOSSED_WORD: the run's first line start (up to BLANK_LOOKBACK spaces before its next) would
# have read the same from there, and a long run is read once, not from each of its lines.

# "Key - status: ✓ green, target met; ≈ amber, within 5%; ✗ red, ...": a key's mark (a tick,
# a cross, a symbol: no letter or figure) with its colour after it, at the start of a line or
# after the key's label or the entry before it. The colour may follow the mark's meaning, in
# brackets, perhaps wrapped onto the next line: "Status: ✔ on target (Green); ▲ within
# tolerance of the target (Amber); ...". A list's bullet (a dash, an asterisk, a dot) is no
# mark: prose bullets may end in a colour ("- Recycling on target (Green)"), and a dash in a
# status column says it has no rating. A filled circle may reach the text layer as a bullet
# ("•"): read here, it is kept only as ``_coloured_marks`` says.
COLOURED_MARK = re.compile(
    r"(?:" + _LINE_START + r"|[:;,•]|\.\s)\s*(?P<mark>[^\w\s.,;:()*·–—-]{1,2})\s+"
    r"(?:(?P<colour>green|amber|red)\b"
    r"|[A-Za-z][A-Za-z0-9%'\s-]{0,48}?\(\s*(?P<glossed>green|amber|red)\s*\))",
    re.I | re.M)


# "Ratings: ● met; ◐ within 10% of standard; ○ not met": a key's mark with what it says of
# the target, no colour named, each entry after the key's label or the entry before it. A
# filled circle may reach the text layer as a bullet ("•"): a mark here, as a list's bullets
# rate two ways or none (``_meant_marks``).
MEANT_MARK = re.compile(
    r"(?:^|[:;,]|\.\s)\s*(?P<mark>[^\w\s.,;:()*·–—-]{1,2})\s+(?P<meaning>[A-Za-z][^;:]{0,48}?)"
    r"\s*(?=;|\.(?:\s|$)|$)")


# A mark's meaning is about the target when it says so, or whether it was met: a direction
# key's marks ("↑ better than last quarter, ↓ worse") rate no status.
MARK_OF_TARGET = re.compile(r"\b(?:met|achieved|target|tolerance|threshold|standard)s?\b",
                            re.I)


def _meant_marks(text: str) -> dict[str, Rag]:
    """The marks of a key that says what each means of the target, when they rate two ways
    or more; a mark given two meanings is a list's bullet, no rating's."""
    named: dict[str, set[Rag]] = {}
    # a key wraps over lines ("◐ within 10% of" / "standard; ○ not met"): read as one
    for m in MEANT_MARK.finditer(text.replace("\n", " ")):
        if not MARK_OF_TARGET.search(m.group("meaning")):
            continue
        rag = meaning_rag(m.group("meaning"))
        if rag:
            named.setdefault(m.group("mark"), set()).add(rag)
    pairs = {mark: next(iter(rags)) for mark, rags in named.items() if len(rags) == 1}
    return pairs if len(set(pairs.values())) >= 2 else {}


# How a filled circle of a key often reaches the text layer: the list bullet it looks like.
BULLET = "•"
# How many lines apart a key's entries may stand (an entry wrapped onto a second line).
KEY_ENTRY_LINES = 2


def _coloured_marks(text: str) -> dict[str, Rag]:
    """The marks of a key that names each with its colour, when it names two colours or
    more: the table's status column prints the mark alone. A mark named with two colours is
    a list's bullet ("- Green: on target" over "- Red: off target"), no mark of a rating."""
    named: dict[str, set[Rag]] = {}
    # the lines each mark is named on
    at: dict[str, list[int]] = {}
    for m in COLOURED_MARK.finditer(text):
        rag = parse_rag(m.group("colour") or m.group("glossed"))
        if rag:
            named.setdefault(m.group("mark"), set()).add(rag)
            at.setdefault(m.group("mark"), []).append(text.count("\n", 0, m.start("mark")))
    pairs = {mark: next(iter(rags)) for mark, rags in named.items() if len(rags) == 1}
    bullet = pairs.pop(BULLET, None)
    # a bullet is a key's filled circle ("● On or better than target (green)" beside "▲ ...
    # (amber)", "■ ... (red)") only where the other marks are a key without it, two colours
    # or more, none of them its own: a key gives each colour one mark, while a prose bullet
    # ending in a colour repeats one the key's marks have, or stands where they are no key.
    # A key's entries stand together: a bullet lines away from every other mark (a
    # commentary's "• Amber indicators are reviewed monthly") is no entry of it.
    others = set(pairs.values())
    beside = {line for mark in pairs for line in at[mark]}
    if (bullet and len(others) >= 2 and bullet not in others
            and any(abs(line - other) <= KEY_ENTRY_LINES
                    for line in at[BULLET] for other in beside)):
        pairs[BULLET] = bullet
    return pairs if len(set(pairs.values())) >= 2 else {}


# "Improving (green) - ...; Stable (amber) - ...", "Achieved (green), Close (amber)": a key's
# word with its colour in brackets, at the start of a line or after the key's label or the
# entry before it (never inside a sentence). A key may wrap over lines, so the whole text.
# A status may be a phrase of a few words, as a return's ratings are ("Not on track but
# improving (amber)"): up to a status's words, ending in a letter.
COLOURED_WORD = re.compile(
    r"(?:" + _LINE_START + r"|[:;,•]|\.\s)\s*(?P<word>[A-Za-z](?:[A-Za-z ]{0,40}[A-Za-z])?)"
    r"\s*\(\s*"
    r"(?P<colour>green|amber|red)\s*\)", re.I | re.M)
# The colour in brackets every match of COLOURED_WORD ends with.
COLOUR_GLOSS = re.compile(r"\(\s*(?:green|amber|red)\s*\)", re.I)


def _coloured_words(text: str) -> dict[str, Rag]:
    """The words of a key that names each with its colour, when it names two colours or more."""
    if not COLOUR_GLOSS.search(text):  # (the scan tries every line start and separator)
        return {}
    pairs: dict[str, Rag] = {}
    for m in COLOURED_WORD.finditer(text):
        rag = parse_rag(m.group("colour"))
        if rag:
            pairs[" ".join(m.group("word").lower().split())] = rag
    return pairs if len(set(pairs.values())) >= 2 else {}


# "On Target, Monitor (within tolerance) or Off Target": a status word glossed in brackets
# with what it says of the target, where the key lists the words (at a line's start or after
# the entry before it, never inside a sentence). A gloss of anything else ("Housing (see
# below)") is no key's.
GLOSSED_WORD = re.compile(
    r"(?:" + _LINE_START + r"|[:;,•]|\.\s)\s*(?P<word>[A-Za-z][A-Za-z ]{0,24}?)\s*\(\s*"
    r"(?P<meaning>[^()\n]{1,60}?)"
    r"\s*\)", re.M)
GLOSS_OF_TARGET = re.compile(r"\b(?:target|tolerance|threshold|standard)s?\b", re.I)


def _glossed_words(text: str) -> dict[str, Rag]:
    """Status words the key glosses by what they say of the target, where the word itself
    rates nothing ("Monitor (within tolerance)" is amber)."""
    if "(" not in text:
        return {}
    pairs: dict[str, Rag] = {}
    for m in GLOSSED_WORD.finditer(text):
        meaning = m.group("meaning")
        word = " ".join(m.group("word").lower().split())
        if not GLOSS_OF_TARGET.search(meaning) or parse_rag(word) or meaning_rag(word):
            continue
        rag = meaning_rag(meaning)
        if rag:
            pairs[word] = rag
    return pairs


# "Status: On Track / Some Slippage / Off Track": a key that names its three ratings in order,
# best to worst, without saying what each means.
ORDERED_KEY = re.compile(r"^\s*(?:[\w ]{0,20}\b)?(?:key|rag|status|rating|assessment)\s*:\s*"
                         r"(?P<words>[^:]+)$", re.I)
# The ends of an ordered key may be a direction: "Assessment: Improving / Stable / Declining".
DIRECTIONS: tuple[tuple[Rag, re.Pattern[str]], ...] = (
    ("green", re.compile(r"^improv(?:ing|ed)$")),
    ("red", re.compile(r"^(?:declin|deteriorat|worsen)(?:ing|ed)$")),
)
ORDERED_WORDS = 3
GLOSS = re.compile(r"\([^)]*\)")


def _ordered_key(line: str) -> dict[str, Rag]:
    """The middle of three ratings printed in order is amber, when the ends are green and red
    by their own words (either way round)."""
    m = ORDERED_KEY.match(line)
    # "Slightly below (within 5% of target)": the table prints the word, not its gloss
    parts = [" ".join(GLOSS.sub("", p).lower().split()) for p in m.group("words").split("/")
             ] if m else []
    if len(parts) != ORDERED_WORDS or any(not p or len(p.split()) > MAX_STATUS_WORDS
                                          for p in parts):
        return {}
    first, last = (_end_rag(parts[0]), _end_rag(parts[2]))
    if first is None or last is None or {first, last} != {"green", "red"}:
        return {}
    return {parts[0]: first, parts[1]: "amber", parts[2]: last}


def _colours_kept(pairs: dict[str, Rag]) -> dict[str, Rag]:
    """A colour's name keeps its colour ("AMBER = floor met" is amber, whatever "met" says),
    and so do the letters R, A and G in a key whose letters are only those; a key of other
    letters ("A = Achieved; C = Close; N = Not achieved") gives each letter its meaning."""
    letters = {w for w in pairs if len(w) == 1}
    rag_letters = letters <= {"r", "a", "g"}
    return {w: (parse_rag(w) or r) if w in COLOURS or (w in letters and rag_letters) else r
            for w, r in pairs.items()}


def _end_rag(word: str) -> Rag | None:
    return parse_rag(word) or meaning_rag(word) or next(
        (rag for rag, rx in DIRECTIONS if rx.match(word)), None)


def target_meaning_rag(text: str) -> Rag | None:
    """The rating a key's meaning gives where it speaks of the target ("On or better than
    target", "More than 10% worse than target - exception"), however long; None where it
    speaks of anything else ("Improving", "No target set" rates nothing either)."""
    if not MARK_OF_TARGET.search(text):
        return None
    return _meaning_in_key(text)


def _meaning_in_key(text: str) -> Rag | None:
    """A key's meaning may run longer than a cell ("more than 5% below target")."""
    return next((rag for rag, rx in MEANINGS if rx.search(text)), None)


# A rating cell that names its column before its rating ("Status: Amber", "RAG: Green", "Q2
# status: Red"): a web page's badge whose text for screen readers ("<span
# class="visually-hidden">Status: </span>Amber") the page's text keeps. The label is the
# column's name, as the column is headed ("Q3 2029/30 status", "Performance rating"): a few
# words ending in a rating's name, no word of the rating.
LABEL_WORDS_BEFORE = 3
COLUMN_LABEL = re.compile(rf"^(?:[^\s:]+\s+){{0,{LABEL_WORDS_BEFORE}}}(?:B?RAG|status|rating)"
                          r"\s*:\s*(?=\S)", re.I)


def status_rag(cell: str, key: dict[str, Rag], fill: str | None) -> Rag | None:
    """A RAG column's cell: a colour word or letter, a word of the paper's key, words about
    the target (the colour it is filled with telling how far short, ``_colour_refines``), or,
    when it prints nothing that rates (nothing, a bullet), that colour. A label naming the
    column before the rating ("Status: Amber") is no part of it."""
    text = COLUMN_LABEL.sub("", " ".join(cell.split()))
    if not text:
        return colour_rag(fill)
    # a rating printed in two languages ("Ambr / Amber", "Coch / Red"): either half
    # the paper's own key first: its letters may not be the colours' ("A = Achieved")
    parts = header_parts(text)
    for part in parts:
        rag = key.get(part.lower().strip(" .()")) or parse_rag(part)
        if rag:
            return rag
    meant = next((rag for part in parts if (rag := meaning_rag(part))), None)
    return (_colour_refines(meant, colour_rag(fill, blue=False)) or meant or colour_rag(fill)
            or next((rag for part in parts if (rag := led_rag(part, key))), None))


def _colour_refines(meant: Rag | None, colour: Rag | None) -> Rag | None:
    """The cell's colour (a dot drawn beside its words, or its shading) where it tells how
    far its words' rating goes: "Below target" beside an amber dot is amber, a shade the words
    alone do not tell. A colour saying the target was met beside words saying it was not, or
    the other way, rates something else (a direction of travel, a row's banding): the words
    stand. A blue (BRAG's, or a table style's accent) is no colour here (``colour_rag``)."""
    if colour is None or (meant is not None and (colour == "green") != (meant == "green")):
        return None
    return colour
