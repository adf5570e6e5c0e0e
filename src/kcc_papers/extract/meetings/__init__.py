"""The meeting a document belongs to: council, committee, date, time and venue.

Agendas print a masthead (committee, date, time, venue); minutes say "MINUTES of a meeting of
the Cabinet held in <venue> on <date>"; reports say "To: <committee> – <date>" or
"COMMITTEE: ... DATE: ...". Every kind is read; nothing is emitted when nothing is said.
"""

from __future__ import annotations

import re
from collections import Counter

from kcc_papers.extract import Context
from kcc_papers.load.model import Line
from kcc_papers.models import Meeting, Record
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.textclean import furniture, is_furniture
from kcc_papers.segment_starts.heading_kinds import in_printed_order

from .addressed import addressed_to, decision_maker_labelled, notice_masthead
from .agenda_front import agenda_masthead, beside_council, page_heading
from .appended_papers import appended_paper
from .body_names import (
    ABOVE_BODY,
    MASTHEAD_LINES,
    fuller_name,
    is_masthead_name,
    without_council,
    without_session,
)
from .cancelled import cancelled_meeting
from .council import council_of, names_the_council_itself
from .feet import running_feet
from .front_names import front_fuller_name, front_heads_short
from .label_cells import labelled_rows
from .mastheads import masthead_pair
from .minutes_heading import HEAD_LINES, in_columns, minutes_heading
from .owning_bodies import meeting_kind_alone, owning_body
from .sentences import (
    date_of_meeting_of,
    date_without_year,
    decision_due,
    decisions_taken,
    electors_meeting,
    meeting_sentence,
    reported_to,
)
from .spaced_mastheads import spaced_name
from .spelt_names import running_names, spelt_name

__all__ = ["KINDS", "council_of", "extract"]

KINDS = None


def extract(ctx: Context) -> list[Record]:
    # a stamp over a page's first line is no masthead ("PUBLIC PACK - A&S 21/07/26")
    lines = [line.text for _, line in ctx.segment.lines if not line.stamp]
    kind = ctx.document.kind
    heads = _running_heads(ctx)  # (read once: each reader below may want them)
    if appended_paper(kind, any(s.kind == "agenda" for s in ctx.siblings), lines, heads):
        return []  # a report's appendix goes to the pack's meeting (appended_papers)
    # (a page headed as ModernGov heads one, "MINUTES" over its meeting's line, is read
    # under the pack's running head: that head names the pack's meeting, not the page's)
    headless = [line.text for line in _under_running_heads(ctx, heads)] if heads else lines
    found = page_heading(headless) if moderngov.page_type(lines) else {}
    if found:
        pass  # a ModernGov page names its meeting in one line
    elif kind == "agenda":
        head = " ".join(lines[:AGENDA_HEAD])
        own = _own_masthead(lines, _masthead_under_head(ctx, heads))
        found = meeting_sentence(head, others=False) or _electors_meeting(head, own)
        if not found and "meeting_date" not in own:
            # with no date of its own in its masthead, the agenda is a summons to "the next
            # meeting of the Parish Council to be held on ..."
            found = meeting_sentence(head)
        if isinstance(name := found.get("committee"), str):
            found["committee"] = fuller_name(name, lines[:MASTHEAD_LINES], words_left_out=True)
        _fill(found, own)
        if "committee" not in found:
            # its masthead's body, over its date ("Board of Directors - Meeting in Public" over
            # "Date: ..."), before any line further down that names a meeting (a running foot:
            # "Board of Directors (Public) - 2 April 2026 - Page 1 of 9")
            _fill(found, masthead_pair(lines[:MASTHEAD_LINES]))
        if "committee" not in found:  # a ModernGov agenda page: "Planning Committee - Thursday"
            _fill(found, page_heading(lines))
        if "committee" not in found:  # its masthead in spaced letters, its foot in words
            _fill(found, spaced_name(lines[:MASTHEAD_LINES], ctx.source.iter_text()))
    elif kind == "minutes":
        # The pack's running head over the minutes ("Council - Cabinet - 8 September", the
        # pack's meeting) is no part of their heading: left out, the heading below it is read.
        # (the head's runs and the lines after it come from the same list: a line left out of
        # one and not the other would be lost where the two are joined)
        # (the heading read whole where lines above it push it down, a web page's menu: as
        # many of the first lines are left out as its sentence needs to fit the head)
        unstamped = _under_running_heads(ctx, heads)
        unstamped = unstamped[max(0, _heading_offset(ctx) + HEADING_SENTENCE_LINES - HEAD_LINES):]
        found = _minutes(in_columns([[text for _, text in line.spans] or [line.text]
                                     for line in unstamped[:HEAD_LINES]])
                         + [line.text for line in unstamped[HEAD_LINES:]],
                         ctx.source.iter_text())
        if isinstance(name := found.get("committee"), str) and meeting_kind_alone(name):
            del found["committee"]  # "the Quarterly Meeting": a kind of meeting, no body
        if isinstance(name := found.get("committee"), str) and ABOVE_BODY.match(name):
            # "Minutes of the meeting of the Committee held ..." under the masthead that names
            # it ("COMMITTEE FOR HEALTH & SOCIAL CARE"): the body the masthead names
            found["committee"] = fuller_name(name, [line.text for line in unstamped[:HEAD_LINES]])
    else:
        # (only the head is read: SENTENCE_LINES of it at most)
        stamps = {line.text.strip() for _, line in ctx.segment.lines if line.stamp}
        stream = _labels_with_values(
            [_unstamped(s, stamps) for s in ctx.segment.stream_lines[:SENTENCE_LINES]],
            lines[:SENTENCE_LINES])
        found = addressed_to(stream[:REPORT_HEAD])
        if "committee" not in found:
            # a web page's details table: "Meeting | Executive" over "Date | 23 January 2029"
            _fill(found, addressed_to(labelled_rows(
                [line for _, line in ctx.segment.lines if not line.stamp][:REPORT_HEAD])))
        _fill(found, decision_due(stream[:REPORT_HEAD]))
        if kind == "decision" and found.get("committee") and "meeting_date" not in found:
            _fill(found, date_of_meeting_of(found["committee"], stream[:SENTENCE_LINES]))
        if kind == "decision" and "committee" not in found:
            _fill(found, decisions_taken(stream[:REPORT_HEAD]))
        if kind == "decision" and "committee" not in found:
            # (its masthead's lines are counted below the running head over its pages)
            _fill(found, notice_masthead([s for s in stream if s not in heads][:REPORT_HEAD]))
        if kind == "decision" and "committee" not in found:
            _fill(found, decision_maker_labelled(stream[:REPORT_HEAD]))
        if kind == "other" and "committee" not in found:
            # a notice of a meeting's cancellation: the meeting it cancels
            _fill(found, cancelled_meeting(stream[:REPORT_HEAD]))
        if ctx.source.format == "html" and kind != "other" and "committee" not in found:
            # a web page naming the meeting its paper went to: "reported to Cabinet on ..."
            # (a paper's page: a news item saying what went to Cabinet is no paper of it)
            _fill(found, reported_to(stream[:REPORT_HEAD]))
    # Whatever the kind, a masthead line "CORPORATE PARENTING PANEL – 29 October 2024"
    # (or the body, then its date, on the lines below) names the meeting.
    # (a short paper's masthead lines reach its page's running foot, "YJS Management Board
    # | 25 January 2029 | 7": the pack's furniture, no masthead of the paper's own)
    feet = running_feet(ctx.source.pages)
    seg = ctx.segment
    own_lines = [line.text for p, i, line in seg.flat[seg.start : seg.end]
                 if not line.stamp and (p, i) not in feet]
    if "committee" not in found and heads:
        # the paper's own masthead before the pack's running head above it, which names the
        # body as the publisher files it ("Severn Vale Joint Waste Committee - 17 April")
        _fill(found, masthead_pair([s for s in own_lines if s not in heads][:MASTHEAD_LINES]))
    # (a decision record's meeting is not the pack's running head's: that is the pack's, which
    # it takes where it was decided that day, see documents.fill_meeting_fields; a mayor's
    # decision of another day in the board's pack was taken at no meeting)
    if "committee" not in found and not (kind == "decision" and heads):
        _fill(found, masthead_pair(own_lines[:MASTHEAD_LINES]))
    # a board of members or an authority named short or not at all: the body its masthead or
    # running head names in full (owning_bodies)
    read = found.get("committee")
    if body := owning_body(read if isinstance(read, str) else None,
                           [*own_lines[:MASTHEAD_LINES], *sorted(heads)]):
        found["committee"] = body
    if not found:
        return []
    council = council_of(ctx.source.iter_text())
    if names_the_council_itself(found.get("committee")) and council:
        found["committee"] = council  # "the above Council": the council meets as a whole
    if found.get("meeting_date") is None and (d := date_without_year(lines, ctx)):
        found["meeting_date"] = d
    if isinstance(committee := found.get("committee"), str):
        # a paper naming its body short ("Valuation Joint Board - 13th November 2026") under
        # the pack's running head that names it in full
        # (a running head or a header band may print the council's name before the
        # committee's on the same line: the committee is the name after it)
        # (not where the pack's front heads the short name itself, naming it in full on no
        # line: the running head is the publisher's label, see front_names.front_heads_short)
        fuller = (committee if front_heads_short(committee, ctx.source, heads)
                  else fuller_name(committee, _with_halves(heads)))
        if fuller == committee:
            # (or the pack front's masthead naming it in full, see front_names)
            fuller = front_fuller_name(committee, ctx.source, heads) or committee
        named = without_council(english_name(fuller))
        found["committee"] = without_session(named)
    # a masthead's name spaced or wrapped apart: the running line's it spells (spelt_names)
    if spelt := spelt_name(found.get("committee"), own_lines[:MASTHEAD_LINES],
                           running_names(ctx.source.pages, feet, heads), council):
        found["committee"] = spelt
    found = {k: v for k, v in found.items() if v is not None}
    if not found:
        return []
    found.setdefault("council", council)
    # The fields read are a dict of mixed types: validated here, as the constructor would.
    return [Meeting.model_validate({"page": ctx.segment.page_from, **found})]


def _with_halves(heads: set[str]) -> list[str]:
    """The running heads, and each language's half of a bilingual one ("Cyd-bwyllgor ... /
    Upper Glamorgan West Corporate Joint Committee"): a report's "Report to the Corporate
    Joint Committee" is named in full by the head's English half (the whole head, two names
    joined by a stroke, is no one name)."""
    return sorted({*heads, *(half.strip() for head in heads
                             for half in halves(head, before_capital=True))})


# The minutes' heading sentence runs over this many lines at most from its first ("MINUTES
# OF THE MEETING OF THE COMMUNITY SERVICES COMMITTEE" / "held at the Town Hall, Hallowmere" /
# "on Thursday 7th July 2005 at 7.00 pm").
HEADING_SENTENCE_LINES = 4


def _heading_offset(ctx: Context) -> int:
    """How far down the document the line that named it minutes stands (0 where none did):
    a web page prints its site's menu above it."""
    seg = ctx.segment
    return seg.heading - seg.start if seg.heading is not None and seg.heading >= seg.start else 0


def _electors_meeting(head: str, own: dict[str, object]) -> dict[str, object]:
    """The electors' meeting ("the Annual Parish Meeting will be held ... on <date>") that an
    agenda's ``head`` calls, where its masthead ``own`` dates no other meeting: a parish
    council's agenda announces that meeting in an item under its own meeting's date."""
    found = electors_meeting(head)
    return found if own.get("meeting_date") in (None, found.get("meeting_date")) else {}


def _masthead_under_head(ctx: Context, heads: set[str]) -> list[str]:
    """The document's lines without the running head atop each page, and without the same
    words repeated lower where they name no body (the publisher's name, "Kelvedon Riverside
    Development Corporation", over its "Board"): a masthead repeating a head that is a body's
    name ("Stanbridge Health and Wellbeing Board") names the agenda's meeting, unless a body's
    name follows it (the publisher's, "NHS Severn and Wye Integrated Care Board", over its
    "Audit and Risk Committee")."""
    texts = [beside_council(line) for line in _under_running_heads(ctx, heads)]
    return [text for text, below in zip(texts, [*texts[1:], ""], strict=True)
            if text not in heads or (is_masthead_name(text) and not is_masthead_name(below))]


def _own_masthead(lines: list[str], own: list[str]) -> dict[str, object]:
    """An agenda's masthead read without the running head the pack prints over every page
    (the body that publishes it, "NHS Severn and Wye Integrated Care Board", over the
    committee's own name); with it where only the running head names a body. ``own`` is
    ``lines`` without the head atop each page: the masthead below it repeating its words
    is the agenda's own (left out too, a line further down, "Vice-Chair: ..., Integrated
    Care Board", was read as the body)."""
    found = agenda_masthead(own)
    if "committee" not in found and len(own) < len(lines):
        _fill(found, {k: v for k, v in agenda_masthead(lines).items() if k == "committee"})
    return found


# A label alone in the text's order ("Committee:"), as a header table's cell is written.
_BARE_LABEL = re.compile(r"^\s*[A-Z][\w ()/'’&-]{1,40}:\s*$")


def _unstamped(piece: str, stamps: set[str]) -> str:
    """A piece of the written text without a stamp the writer drew next to it ("Report to
    Cabinet" then "Agenda Item 9" overprinted: the stamp is the page's furniture, not the
    heading's words)."""
    for stamp in stamps:
        if stamp and piece != stamp and stamp in piece:
            if piece.endswith(" " + stamp):
                return piece[: -len(stamp) - 1]
            if piece.startswith(stamp + " "):
                return piece[len(stamp) + 1 :]
    return piece


def _labels_with_values(stream: list[str], lines: list[str]) -> list[str]:
    """The text in its written order, each label alone in it read with its value from the line
    the page prints it on ("Committee:" as "Committee: Audit and Governance Committee"): a
    PDF's text may run in any order, the next piece of it another line's (a footer's)."""
    printed: dict[str, str] = {}
    for s in lines:
        label, colon, value = s.partition(":")
        # (not a row of labels side by side: "DECISION TO BE TAKEN BY: DECISION NUMBER:")
        if colon and value.strip() and ":" not in value and _BARE_LABEL.match(label + colon):
            printed.setdefault(label.strip() + ":", s)
    if not printed:
        return stream
    out: list[str] = []
    for s in stream:
        line = printed.get(s.strip()) if _BARE_LABEL.match(s) else None
        # (then an empty line: the value is whole as printed, not wrapped onto the next piece)
        out += [line, ""] if line else [s]
    return out


# A running head is the first line of this many pages, in type smaller than their body text.
RUNNING_HEAD_PAGES = 2


def _running_heads(ctx: Context) -> set[str]:
    """The texts a PDF prints at the top of its pages as furniture: the same first line on
    several pages, set smaller than the page's body."""
    if ctx.source.format != "pdf":
        return set()
    seen: Counter[str] = Counter()
    for page in ctx.source.pages:
        sizes = sorted(line.size for line in page.lines if line.size)
        first = page.lines[0] if page.lines else None
        if first and first.size and first.size < sizes[len(sizes) // 2]:
            seen[first.text] += 1
    return {text for text, n in seen.items() if n >= RUNNING_HEAD_PAGES}


def _under_running_heads(ctx: Context, heads: set[str]) -> list[Line]:
    """The document's unstamped lines without the running head atop each page (the same
    words lower on the page, a masthead repeating it, are kept)."""
    out: list[Line] = []
    page = None
    # (a text file's running head is its furniture: the same line atop its pages; one that
    # dates the pack's meeting is dropped from minutes, whose heading then gives their date;
    # the council's name atop each page still names their body, and an agenda's masthead may
    # read its wrapped name whole from the head, "_printed_longer")
    keys = (furniture(ctx.source.pages)
            if ctx.source.format != "pdf" and ctx.document.kind == "minutes" else set())
    # (the minutes' pages bound out of order read from their own heading's page)
    for number, line in in_printed_order(ctx.segment.lines):
        top, page = number != page, number
        if not line.stamp and not (top and (line.text in heads or (
                keys and is_furniture(line.text, keys) and find_date(line.text)))):
            out.append(line)
    return out


# An agenda's notice of its meeting is in its first AGENDA_HEAD lines; further down, a
# sentence about a meeting is an item's (the last meeting's minutes, a future date).
AGENDA_HEAD = 40
# A report names its committee ("To:", "Decision due:") in its first REPORT_HEAD lines.
REPORT_HEAD = 60


def _minutes(lines: list[str], whole_text: str) -> dict[str, object]:
    """The minutes' heading, by the one reader the minutes' own rows use too (so a Meeting and
    its Minutes agree)."""
    heading = minutes_heading(lines, whole_text)
    return {k: v for k, v in (
        ("committee", heading.committee), ("council", heading.council),
        ("meeting_date", heading.meeting_date), ("meeting_time", heading.meeting_time),
        ("venue", heading.venue)) if v is not None}
# How far into a decision notice "the meeting of <committee> on <date>" is looked for.
SENTENCE_LINES = 120


def _fill(found: dict[str, object], more: dict[str, object]) -> None:
    """Add what ``found`` lacks; a committee and its date come as a pair or not at all."""
    if "committee" in found and "committee" in more and "meeting_date" not in found:
        more = {k: v for k, v in more.items() if k != "meeting_date"}
    for key, value in more.items():
        found.setdefault(key, value)


# A body's name printed in Welsh and English: "Pwyllgor Craffu / Scrutiny Committee".
# The Welsh half ends at no space inside a run of spaces but the second of the name's leading run
# (a half is a character at least): ending at the run's first would have been tried first and
# read the same, so a long run is read once, not from each of its spaces.
_BILINGUAL = re.compile(
    r"^(?P<welsh>.+?)(?:(?<!\s)|(?!\s)|(?<=^\s))\s+/\s+"
    r"(?P<english>.*\b(?:Committee|Cabinet|Council|Board|Panel|"
    r"Sub-Committee|Forum|Commission|Authority))$")
# The same name with no stroke between the halves, English first: a heading set in two columns
# side by side that the page model read as one line ("CABINET" beside "Y CABINET", "Audit
# Committee" beside "Pwyllgor Archwilio"). The Welsh half starts with its article or a
# Welsh body's word.
_BESIDE = re.compile(
    r"^(?P<english>.*\b(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|"
    r"Commission|Authority))\s+(?P<welsh>(?:Y|Yr|Pwyllgor|Cyngor|Bwrdd|Is-bwyllgor|Fforwm|"
    r"Comisiwn|Awdurdod)\s.+)$", re.I)


# The Welsh article before a body's word that both languages spell alike: "Y Cabinet" (a Welsh
# masthead's, or "CYFARFOD Y CABINET", the Welsh half of a minutes' heading) is the Cabinet.
_WELSH_ARTICLE = re.compile(r"^\s*Y\s+(?=(?:Cabinet|Panel)\s*$)", re.I)


def english_name(committee: str) -> str:
    """The English half of a bilingual name, the form the rest of the papers use, without a
    "Meeting of the" before it ("Meeting of the Transport Committee" as a masthead line) or
    the session's "Public" ("Public Board of Directors")."""
    m = _BILINGUAL.match(committee.strip()) or _BESIDE.match(committee.strip())
    name = m.group("english").strip() if m else committee
    name = _WELSH_ARTICLE.sub("", name) or name
    name = _MEETING_OF.sub("", name) or name
    name = _BOARD_OF_BOARD.sub("", name) or name
    for _ in range(_SESSION_MARKS):
        name = _SESSION_PART.sub("", name) or name
    return _SESSION.sub("", name) or name


# Which part of a board's meeting ("the Public Board of Directors", "Private Board") says who
# may attend, not which body meets; "Public Health Committee" names a body and is kept.
_SESSION = re.compile(r"^(?:Public|Private|Open|Closed)\s+(?=(?:Board|Cabinet|Council)\b)", re.I)


# ... or said after the name: "TRUST BOARD - PART 1 (PUBLIC)", "Minutes of the Trust Board
# (Part 1)", "Cabinet (Private Session)"; a name may carry both marks, the part and who may attend.
# ("Part B" is kept: a body may name its own parts so.)
_SESSION_PART = re.compile(
    r"(?<!\s)\s*(?:[–—-]\s*Part\s+(?:1|2|I|II|One|Two)|\(\s*(?:Part\s+(?:1|2|I|II|One|Two)|"
    r"(?:(?:meeting\s+)?in\s+)?(?:Public|Private))(?:\s+(?:session|meeting|business))?\s*\))\s*$",
    re.I)
_SESSION_MARKS = 2
# "Board of NHS Harrowden Integrated Care Board": the board of a body named a board is that
# body ("Board of Directors", "Board of Conservators" are names of their own).
_BOARD_OF_BOARD = re.compile(r"^(?:The\s+)?Board\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]).*\sBoard$)", re.I)


_MEETING_OF = re.compile(
    # "Proceedings of the Meeting of the Environmental Services Committee" (NI minutes)
    # ("Monthly Meeting of Kilcoran County Council": an Irish council's own meeting)
    r"^(?:(?:the\s+)?proceedings\s+of\s+)?(?:(?:an?|the)\s+)?(?:(?:extraordinary|special|annual|ordinary|additional|monthly)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?=[A-Z])"
    # the members of a body meeting as it: "(Meeting of the) Members of Ardnagh Municipal
    # District" (an Irish municipal district's members) is the district's meeting
    r"|^(?:the\s+)?members\s+of\s+(?:the\s+)?(?=[A-Z])", re.I)
