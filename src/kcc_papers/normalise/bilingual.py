"""Text printed in two languages, as Welsh (and some Irish and Gaelic) bodies set it: table
headings ("Cyf / Ref", "Sgôr / Score"), labels ("Dyddiad / Date:"), headings ("Cofnodion y
cyfarfod ... / Minutes of the meeting held on ..."). A reader that knows a word in English finds
it in either half. The one place the halves of a line are told apart."""

from __future__ import annotations

import re

from kcc_papers.normalise.runs import last_spaces

# HALVES (and CAPITAL_HALVES) never opens inside a run of spaces: a match from there would have
# started at the run's first space, so none is lost, and a long run with nothing wanted after it
# is read once, not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# The two halves are split by a slash with a space each side ("Risg / Risk"); "L/I" or
# "Likelihood/Impact" with no spaces is one heading naming two things, not two languages.
HALVES = re.compile(_OUTSIDE_SPACES + r"\s+/\s+")
# In running text a stroke parts two languages only before a capital ("... held on 3 March /
# Minutes of ..."); "and / or" is one sentence.
CAPITAL_HALVES = re.compile(_OUTSIDE_SPACES + r"\s+/\s+(?=[A-Z])")


def halves(text: str, *, before_capital: bool = False) -> list[str]:
    """``text`` split at each stroke between languages (one part when it prints one)."""
    return (CAPITAL_HALVES if before_capital else HALVES).split(text)


def header_parts(cell: str) -> list[str]:
    """The heading itself, then each language's half where it prints two."""
    text = " ".join(cell.split())
    halves = [h for h in HALVES.split(text) if h]
    return [text, *halves] if len(halves) > 1 else [text]


# A label printed in each language over one value: "Cyfarfod / Meeting: 11/02/2025 - Cabinet",
# "Decision maker / Gwneuthurwr y penderfyniad: Cabinet" (either language first); a label's
# words hold no stroke or colon of their own.
# (Each run of spaces read once: a half may open on the last two spaces of the run before it,
# as the first half to be found does, the run's other spaces skipped eight at a time; a half
# ends on its first character or a word's end, not inside spaces. Read from each split of a
# run, a line of 1,000 spaces took a fifth of a second, of 10,000 twenty.)
_BUT_LAST_SPACES = last_spaces(3)
_HALF = r"[^/:](?:[^/:]{0,59}?(?<!\s))??"
LABEL_PAIR = re.compile(
    rf"^{_BUT_LAST_SPACES}\s*(?P<first>{_HALF})\s++/{_BUT_LAST_SPACES}\s+(?P<second>{_HALF})"
    r"\s*+(?P<mark>\??:)\s*(?P<rest>.*)$")


def label_halves(text: str) -> list[str]:
    """A bilingual label's line as a line in each language, the value after each ("Meeting:
    11/02/2025 - Cabinet" and "Cyfarfod: 11/02/2025 - Cabinet"); none for another line."""
    m = LABEL_PAIR.match(text)
    if not m:
        return []
    return [f"{m.group(half)}{m.group('mark')} {m.group('rest')}".rstrip()
            for half in ("first", "second")]


# Words common in Welsh running text and rare in English ("y", "yr", "yn", "gan", "ar" ...),
# against English's commonest: a passage in Welsh holds more of the first than of the second.
WELSH_WORDS = frozenset({
    "y", "yr", "yn", "gan", "ar", "ac", "ei", "eu", "i'r", "o'r", "a'r", "bod", "wedi", "mae",
    "oedd", "ydy", "fel", "dros", "gyda", "hefyd", "am", "ger", "tan", "hyd", "rhwng", "nad",
    "nid", "ni", "ddim", "cyngor", "cyfarfod", "penderfynwyd", "cymeradwyo", "nodi"})
ENGLISH_WORDS = frozenset({
    "the", "of", "and", "to", "be", "that", "was", "were", "is", "for", "on", "with", "by", "as",
    "at", "from", "this", "it", "are", "has", "have"})
# Fewer words than this say nothing about their language.
MIN_LANGUAGE_WORDS = 8
# A time of day before the morning's mark ("10.00 am", "9am"): English's "am", not Welsh's (which
# goes before the time: "am 7.00 yr hwyr").
MORNING_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*a\.?m\b\.?", re.I)


def is_welsh(text: str) -> bool:
    """Whether ``text`` is running text in Welsh rather than English (by its commonest
    words; a name or a heading alone is neither)."""
    welsh, english = _common_words(text)
    return welsh > english


def is_english(text: str) -> bool:
    """Whether ``text`` is running text in English rather than Welsh, as ``is_welsh`` tells
    (a column of names is neither: not Welsh is not yet English)."""
    welsh, english = _common_words(text)
    return english > welsh


def _common_words(text: str) -> tuple[int, int]:
    """How many of ``text``'s words are Welsh's and English's commonest; none of either in
    text too short to tell."""
    words = re.findall(r"[a-zâêîôûŵŷ']+", MORNING_TIME.sub(" ", text).lower())
    if len(words) < MIN_LANGUAGE_WORDS:
        return 0, 0
    return sum(w in WELSH_WORDS for w in words), sum(w in ENGLISH_WORDS for w in words)
