"""Where a numbered heading's title ends and the minute's text run in after it begins: at a
colon ("Police Report: No report received.") or a dash ("Welcome and Apologies - The Chair
welcomed everyone."), unless what follows is the title going on (a heading in capitals, a
title's question); and the tests of a title's setting (in capitals, in a title's case) those
splits and the heading readers share."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.patterns import MAX_HEAD_WORDS, TITLE_NOISE
from kcc_papers.extract.minutes.resolution_marks import resolves

# "Police Report: No report." - the title ends at a colon, the minute's text follows it.
_COLON_TITLE = re.compile(r"^(?P<head>[^:]{2,80}?)\s*:-?\s*(?P<rest>.*)$")
_MIN_INLINE_BODY_WORDS = 6
_MAX_COLON_TITLE_WORDS = 5  # a bare "Planning Permissions:-" heading; longer ones introduce lists
# A line with at least this many letters, none in lower case, is set in capitals.
_MIN_CAPITALS = 4
# A word a stop ends as an abbreviation, not a sentence: "Mr. Patel", "St. Mary's", "No. 4".
ABBREVIATION = re.compile(
    r"\b(?:Mrs?|Ms|Dr|St|Cllrs?|Prof|Revd?|No|Nos|Co|Ltd|Rd|Ave|Sq|[A-Z])$")

# The short words a title leaves in lower case.
_TITLE_JOINERS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
                            "of", "on", "or", "the", "to", "under", "with"})


def title_cased(title: str) -> bool:
    """Whether ``title`` is set as a title is, each word but the joining ones capitalised
    (or a figure: "2027/28"), a few words and no sentence's stop: "Member Development
    Programme 2027/28", "Members' ICT Refresh" open with a word a sentence opens with too
    ("Members asked that ..."), but no sentence is set so."""
    words = title.split()
    if (not words or len(words) > MAX_HEAD_WORDS or title.rstrip().endswith((".", ";", ",", ":"))
            or resolves(title)):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_JOINERS
               or not w[:1].isalnum() for w in words)


def in_capitals(text: str) -> bool:
    """A line set in capitals ("24/00612/FUL - CHANGE OF USE OF AGRICULTURAL BUILDING")."""
    return sum(c.isalpha() for c in text) >= _MIN_CAPITALS and text.upper() == text


def split_colon(title: str, following: str, set_as_heading: bool,
                stands_alone: bool = False,
                wraps_as_heading: bool = False) -> tuple[str, str | None]:
    """ "Police Report: No report received." -> ("Police Report", "No report received.");
    "Planning Permissions:-" -> ("Planning Permissions", None). A colon followed by a short
    phrase is part of the title ("Motion: Climate Emergency") unless the phrase is a sentence
    that runs on to the next line. A heading line standing alone over its body keeps a long
    phrase that is no sentence ("Application for a premises licence: The Old Mill Tap, 3 Mill
    Street, Barchester"); one filled to the margin runs on into the minute's text, unless the
    line under it is set as a heading too: then the title wrapped there ("PC/41 NP/25/0390/FUL
    - Tarn Foot Campsite, Ullsby: 12 camping pods and amenity" in bold over "block")."""
    m = _COLON_TITLE.match(title)
    if not m or len(m.group("head").split()) > MAX_HEAD_WORDS:
        return title, None
    head, rest = m.group("head").strip(), m.group("rest").strip(" -–")
    if not rest:
        if len(head.split()) <= _MAX_COLON_TITLE_WORDS or set_as_heading:
            return head, None
        return title, None
    runs_on = following[:1].islower()
    sentence = rest.endswith((".", "!", "?")) or holds_sentence(rest)
    if ((stands_alone and not runs_on) or wraps_as_heading) and not sentence:
        return title, None
    if ((not sentence and in_capitals(head) and in_capitals(rest))
            or _heading_asks(head, rest)):
        # a heading in capitals goes on in capitals after its colon ("KINBRANNOCH COMMUNITY
        # TRUST: ASSET TRANSFER OF THE OLD LIBRARY"): a minute's text is in sentence case;
        # a review's title may ask its question there ("REVIEW: WHO ANSWERS THE PHONE?")
        return title, None
    # (a web page's link to the item's paper after the title, "PDF 401 KB", is no words of
    # text run in after the colon)
    words = TITLE_NOISE.sub("", rest).split()
    if rest.endswith((".", "!", "?")) or len(words) >= _MIN_INLINE_BODY_WORDS or runs_on:
        return head, rest
    return title, None


# "Police Report - PC Logan reported two thefts ...": a title, a dash, then the minute's text.
_DASH_TITLE = re.compile(r"^(?P<head>\S.{1,80}?)\s+[-–—]\s+(?P<rest>[A-Z£\d].*)$")
# A stop after a word and a capital after it: a sentence's end, unless the word is an
# abbreviation (a title's "Notice of Motion - Cllr. Kavanagh", "Cllrs. Byrne and Nolan").
_STOP_INSIDE = re.compile(r"(?P<word>\b\w+)?(?<=[a-z0-9)])[.!?]\s+(?=[A-Z])")


def _question_closes(text: str) -> bool:
    """Whether ``text`` is one question and no more: it ends on its question mark, no
    sentence ending inside it."""
    return text.endswith("?") and not holds_sentence(text)


def _heading_asks(head: str, rest: str) -> bool:
    """Whether a heading goes on after its colon or dash to ask its question, set as the
    heading is: in capitals ("REVIEW: WHO ANSWERS THE PHONE?") or in a title's case ("Scrutiny
    Review: Damp and Mould - How Quickly Do We Respond?"); a minute's text asks in sentence
    case ("Did the contractor attend?")."""
    if not _question_closes(rest):
        return False
    return ((in_capitals(head) and in_capitals(rest))
            or (title_cased(head) and title_cased(rest.rstrip("?"))))


def holds_sentence(text: str) -> bool:
    """Whether a sentence ends inside ``text`` (see _STOP_INSIDE)."""
    return any(not ABBREVIATION.search(m.group("word") or "")
               for m in _STOP_INSIDE.finditer(text))


def split_dash(title: str, following: str) -> tuple[str, str | None]:
    """ "Welcome and Apologies - The Chair welcomed everyone." -> the title and its text, when
    what follows the dash is prose: it ends a sentence, holds one, or runs on in lower case
    to the next line. A title with a dash ("Revenue Budget - Period 9") stays whole."""
    m = _DASH_TITLE.match(title)
    if not m or len(m.group("head").split()) > MAX_HEAD_WORDS:
        return title, None
    rest = m.group("rest").strip()
    prose = (rest.endswith((".", "!", "?")) or holds_sentence(rest)
             or following[:1].islower())
    if _heading_asks(m.group("head"), rest):
        # a heading in capitals asking its question after the dash ("... - HOW QUICKLY DO
        # WE RESPOND?"), or in a title's case ("... - How Quickly Do We Respond?"): a
        # minute's text is in sentence case
        prose = False
    return (m.group("head").strip(), rest) if prose else (title, None)
