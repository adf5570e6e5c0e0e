"""The meeting a document belongs to: council, committee, date, time and venue.

Agendas print a masthead (committee, date, time, venue); minutes say "MINUTES of a meeting of
the Cabinet held in <venue> on <date>"; reports say "To: <committee> – <date>" or
"COMMITTEE: ... DATE: ...". Every kind is read; nothing is emitted when nothing is said.
"""

from __future__ import annotations

import re

from kcc_papers.extract import Context
from kcc_papers.models import Meeting, Record
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves

from .addressed import addressed_to, notice_masthead
from .agenda_front import agenda_masthead, beside_council, page_heading
from .appended_papers import appended_paper
from .bilingual_names import whole_names
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
from .council_columns import left_of_councils
from .decision_makers import decision_maker_labelled

# (imported "as" itself: the patterns' tests read it from here)
from .english_names import _BILINGUAL as _BILINGUAL
from .english_names import english_name
from .feet import running_feet
from .front_names import front_fuller_name, front_heads_short
from .hearing_titles import hearing_titled, without_hearing
from .label_cells import labelled_rows
from .mastheads import masthead_pair
from .minutes_heading import HEAD_LINES, in_columns, minutes_heading
from .owning_bodies import meeting_kind_alone, owning_body
from .reordered_names import masthead_wording
from .running_heads import _running_heads, _under_running_heads
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

__all__ = ["KINDS", "council_of", "english_name", "extract"]

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
        if reworded := masthead_wording(found.get("committee"),
                                        [line.text for line in unstamped[:HEAD_LINES]]):
            found["committee"] = reworded  # (reordered_names)
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
        if kind == "decision" and "committee" not in found:
            # titled by the hearing alone: its body and the day it was held (hearing_titles)
            _fill(found, hearing_titled(stream[:REPORT_HEAD]))
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
    paper_lines = [line for p, i, line in seg.flat[seg.start : seg.end]
                   if not line.stamp and (p, i) not in feet]
    # (a body's name wrapped over its lines in two languages read as one line: bilingual_names;
    # looked for where a masthead stands, within its first lines)
    masthead_rows = paper_lines[:MASTHEAD_LINES + len(heads)]
    own_lines = [*whole_names([line.text for line in masthead_rows],
                              [[text for _, text in line.spans] or [line.text]
                               for line in masthead_rows]),
                 *(line.text for line in paper_lines[len(masthead_rows):])]
    if "committee" not in found and heads:
        # the paper's own masthead before the pack's running head above it, which names the
        # body as the publisher files it ("Severn Vale Joint Waste Committee - 17 April")
        _fill(found, masthead_pair([s for s in own_lines if s not in heads][:MASTHEAD_LINES]))
    # (a decision record's meeting is not the pack's running head's: that is the pack's, which
    # it takes where it was decided that day, see documents.fill_meeting_fields; a mayor's
    # decision of another day in the board's pack was taken at no meeting)
    if "committee" not in found and not (kind == "decision" and heads):
        _fill(found, masthead_pair(own_lines[:MASTHEAD_LINES]))
    elif "meeting_date" not in found and isinstance(read := found.get("committee"), str):
        # a report's heading sentence naming its body undated ("Report of the Head of Planning
        # to the Planning Committee") under the masthead that names the same body and dates it
        # ("Planning Committee - 4 March 2027"): the masthead's date is that meeting's
        pair = masthead_pair(own_lines[:MASTHEAD_LINES])
        if str(pair.get("committee", "")).lower() == read.lower() and pair.get("meeting_date"):
            found["meeting_date"] = pair["meeting_date"]
    # a board of members or an authority named short or not at all: the body its masthead or
    # running head names in full (owning_bodies)
    read = found.get("committee")
    if body := owning_body(read if isinstance(read, str) else None,
                           [*own_lines[:MASTHEAD_LINES], *sorted(heads)]):
        found["committee"] = body
    if not found:
        return []
    council = council_of(ctx.source.iter_text())
    if names_the_council_itself(found.get("committee"), council) and council:
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
        found["committee"] = without_hearing(without_session(named))
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
    under = _under_running_heads(ctx, heads)
    # (a joint body's name beside the list of its councils: the name's own column, see
    # council_columns)
    texts = [beside_council(line) if left is None else left
             for line, left in zip(under, left_of_councils(under), strict=True)]
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
