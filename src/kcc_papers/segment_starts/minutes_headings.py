"""The kind "minutes" a heading names, in any of the forms councils print it (titled by
their body, by the word and their meeting, by the word and their date over who was present,
in Welsh, as an extract, as a board's notes); and the minutes' pages that say they go on from
an earlier one, and the minutes' lines put back in their printed order."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.needles import lowered
from kcc_papers.normalise.ocr_words import legible
from kcc_papers.segment_starts.bilingual_present import bilingual_present
from kcc_papers.segment_starts.enclosure_codes import ENCLOSURE_CODE
from kcc_papers.segment_starts.item_tables import under_item_table
from kcc_papers.segment_starts.layout import SPACED_ONLY, _other_languages, _set_as_heading
from kcc_papers.segment_starts.minutes_mastheads import (
    action_minutes,
    body_dash_minutes,
    minutes_over_held,
    minutes_to_confirm,
    notes_of_body_dated,
    notes_of_body_meeting,
    notes_of_body_over_held,
)
from kcc_papers.segment_starts.numbered_held_minutes import numbered_below
from kcc_papers.segment_starts.report_heads import NUMBERED_HEADING

# "Minutes of the previous/last meeting" is an agenda item, not a heading.
MINUTES = re.compile(
    # Scottish councils print the singular: "MINUTE OF MEETING of the ... held"; minutes not
    # yet confirmed say so first: "DRAFT MINUTES of the Ordinary Meeting of ..."
    # (the article left out, perhaps before the kind of meeting: "MINUTES OF MONTHLY MEETING OF
    # KILCORAN COUNTY COUNCIL", as Irish councils head them)
    r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?MINUTES?\s+of\s+(?:(a|an|the)\s+|"
    r"(?=(?:[A-Za-z]+\s+)?Meeting\s+of\b))"
    # (nor is it wrapped before its date: "Minutes of the meeting held" in a table's cell)
    r"(?!(?:the\s+)?(?:(?:previous|last)\b|meeting\s+held(?:\s+on\b|\s*$)))\S",
    re.I,
)
# The same heading in Welsh alone, as a Welsh-language council prints it: "COFNODION CYFARFOD O
# GYNGOR CYMUNED ... A GYNHALIWYD ..." ("minutes of a meeting of ... held ..."), "Cofnodion y
# cyfarfod o'r Cyngor ..."; not an agenda's item ("Cofnodion y cyfarfod blaenorol", "the
# previous meeting's", nor "Cofnodion cyfarfod 10 Ionawr 2028", dated with no body named).
# The kind of meeting may come between ("COFNODION CYFARFOD MISOL Y CYNGOR", "monthly meeting
# of the council"), as English prints "MINUTES OF MONTHLY MEETING OF": WELSH_MEETING_KINDS.
WELSH_MEETING_KINDS = r"misol|arbennig|blynyddol|cyffredin|cyffredinol|ychwanegol|brys"
WELSH_MINUTES = re.compile(
    r"^[^\S\n]*(?:(?:DRAFT|DRAFFT)[^\S\n]+)?Cofnodion[^\S\n]+(?:y[^\S\n]+)?cyfarfod[^\S\n]+"
    rf"(?:(?:{WELSH_MEETING_KINDS})[^\S\n]+)?(?:o['’]r|o|y|yr)[^\S\n]+\S", re.I)
# An extract of another body's minutes a pack encloses, titled so: "EXTRACT FROM THE MINUTES OF
# THE CABINET HELD ON 3RD MARCH 2027" (the record of that meeting's minute, set as a heading).
EXTRACT_MINUTES = re.compile(r"^[^\S\n]*Extract[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?(?=Minutes?\b)",
                             re.I)
# The paper's letter before its title, as a board's pack labels its enclosures: "Paper A:
# Minutes of the Strategic Commissioning Committee held on ..." (the title is what follows).
PAPER_LABEL = re.compile(
    r"^[^\S\n]*(?i:Paper|Enclosure)[^\S\n]+[A-Z0-9]{1,3}[^\S\n]*[:.–—-][^\S\n]*")
# The word alone on its line, the rest of the heading's sentence on the next.
MINUTES_WORD = re.compile(r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?MINUTES?\s*$", re.I)
# A page's head saying the minutes go on from an earlier page: "Minutes - 18 January 2028
# (continued)", "Minutes, Cabinet 16 September 2027 - continued". The word is set off and
# ends the line, as a head prints it: a wrapped sentence at a report page's top ("minutes
# were considered by Cabinet and it continued to meet ...") says nothing of the kind.
MINUTES_CONTINUED = re.compile(
    r"^[^\S\n]*Minutes?\b(?:[^\n]{0,80}?(?:\(|[-–—,:])[^\S\n]*|[^\S\n]+)"
    r"cont(?:inued|['’]d)\b\)?\.?[^\S\n]*$", re.I)
# ... found within this many lines of the page's top (under a running header).
CONTINUED_TOP = 3
# "Minutes of the meeting held on <date>" is an agenda's item, unless who was present follows
# within PRESENT_WITHIN lines: then it heads the minutes themselves (under their masthead).
# (Scottish bodies print the singular: "Minute of the meeting held on ...")
# ("Minute of Meeting held on ...", the article left out)
# A panel or forum that keeps notes, not minutes, heads them the same way: "Notes of the
# meeting held on ..." over who was present is its record of the meeting. (Under the body's
# name, the article may be the indefinite one: "Minutes of a meeting held on ..."; a Scottish
# partnership names the place before the date: "MINUTE of MEETING held in Kilbrannan House,
# Portnacraig on Wednesday 9 June 2027")
MINUTES_HELD = re.compile(
    r"^\s*(?:Minutes?|Notes)\s+of\s+(?:(?:the|a)\s+)?meeting\s+held\s+(?:on|in|at)\b", re.I)
# Minutes headed by their body's name with no article, as Northern Irish and other councils
# print them: "Minutes of Environment Committee Meeting held on ...", "MINUTES OF CABINET HELD
# ON ...". The name's words are capitalised and "held" follows it, so prose that starts a
# line with "minutes of ..." is not one.
MINUTES_OF_BODY = re.compile(
    r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?(?-i:MINUTES?|Minutes?)\s+of\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}"
    r"(?:Committee|Sub-Committee|Board|Panel|Council|Cabinet|Forum|Commission|Authority|"
    r"Executive)\s+(?:Meeting\s+)?held\b", re.I)
# Minutes titled by the word and their meeting's date alone, under the body's name:
# "Minutes - Wednesday 9 September 2026", or "Minute of Meeting" over the date (an agenda's
# item of that name has no "Present:" under it).
MINUTES_DATED = re.compile(
    # (the space before the dash inside the optional part: a "\s*" either side of it would
    # try every split of a long run of spaces)
    # ("Minute of Meeting", its date on the line below, as a Scottish board heads them)
    r"^\s*(?:(?:DRAFT|UNCONFIRMED|APPROVED|CONFIRMED)\s+)?Minutes?(?:\s+of\s+(?:the\s+)?Meeting)?"
    r"(?:\s*[–—:-]\s*(?:\w+day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}"
    # or the part of the business they record: "MINUTES - Public", "Minutes: Part 2"
    r"|\s*[–—:-]\s*(?:Public|Private|Confidential|Exempt|Restricted|Open|Part\s+(?:[12AB]|I{1,2})))?"
    r"\s*$", re.I)
# ... its label perhaps naming who (a forum's "Schools members present:", "Non-schools members
# present:", "Councillors present:")
# ... or in Welsh: "YN BRESENNOL:", "Presennol:" (a side-by-side page's Welsh column first)
# ... or as a board that keeps notes lists them: "Attendees:", "Attending:"
# ... or for one day of a meeting adjourned and reconvened, each day's list under its own
# label: "Present on 30 November:", "Present on Thursday 7 December 2027:", "Present on
# 30/11/2027:"; or in brackets, the day ("Present (30 November):") or, for one of the councils
# of a joint committee, its word ("Present (Ashcombe):")
PRESENT_LABEL = re.compile(
    r"^\s*(?:(?:[A-Za-z-]+[ \t]+){0,3}?Present|(?:Yn[ \t]+)?[BP]resennol|Attend(?:ees|ing))"
    r"(?:[ \t]+on[ \t]+(?:[A-Za-z]+day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+"
    r"(?:[ \t]+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})|[ \t]*\([A-Z0-9][\w'’ -]{0,40}\))?"
    r"\s*:", re.I)
PRESENT_WITHIN = 3
# Under "Minutes" set as a title, the body's name and the meeting's sentence (wrapped: "Record
# of the meeting of the ... held on Tuesday / 26 January 2027, ...") may come before "Present:".
TITLE_PRESENT_WITHIN = 6
# Minutes titled by their body, then the word: "Housing Scrutiny Committee - Minutes", or
# the word's sentence: "Procurement Board - minutes of the meeting held on 18 June 2026", or
# the word and the meeting's date after a comma, as a web page's heading prints it: "Major
# Highways Schemes Programme Board: minutes, 16 January 2029"; not numbered as an agenda's
# item ("5. Audit Committee - minutes").
BODY_MINUTES = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+){0,7}(?:Committee|Sub-Committee|Board|Panel|Council|Cabinet|"
    r"Forum|Commission|Authority)\s*[–—:-]\s*(?:(?:DRAFT|UNCONFIRMED)\s+)?Minutes?"
    r"(?:\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?meeting\s+held\b.*"
    r"|,\s*(?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})?\s*$", re.I)
# A board's minutes titled as its notes, under its name: "Capital Programme Board - Notes of
# Meeting", "SEND Improvement Board: Notes and Actions", "Transformation Board - Action Notes"
# (an agenda's item "Notes of the meeting held on ..." names no body before them). An
# advisory group keeps notes too: "Events Safety Advisory Group: notes of the meeting held on
# 3 March 2027", a council web page's heading.
BODY_NOTES = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+){0,7}(?:Committee|Sub-Committee|Board|Panel|Council|Cabinet|"
    r"Forum|Commission|Authority|Partnership|Group)\s*[–—:-]\s*(?:(?:DRAFT|UNCONFIRMED)\s+)?"
    r"(?:Notes?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?Meeting|and\s+Actions)|(?:Meeting|Action)\s+"
    # (the meeting's date after it, as any council prints it, with its time or place perhaps:
    # "... Board - Notes of the meeting held on 20th October 2027", "... held on 14/03/2028",
    # "... held on Tuesday 14 March 2028 at 2.00 pm": "held on" ends the heading's words)
    r"Notes)(?:[^\S\n]+held[^\S\n]+on\b.*|\s*)$", re.I)


def _beside(line: Line) -> list[str]:
    """The runs of a PDF line after its first: a column set beside it on the same baseline,
    as a bilingual paper sets its heading's two languages side by side, with no stroke
    between them ("Cofnodion cyfarfod ..." left, "Minutes of the meeting of ..." right). Not
    a table's row, its first cell an item's number ("2." beside "Minute of Meeting of ..."),
    nor a text file's columns set out in spaces."""
    if line.size is None or len(line.spans) < 2 or NUMBERED_HEADING.fullmatch(
            line.spans[0][1].strip()):
        return []
    return [text for _, text in line.spans[1:]]


def _minutes_kind(flat: list[tuple[int, int, Line]], i: int, agenda_heading: int | None,
                  text: str, lower: str) -> str | None:
    """The kind "minutes" for a minutes' heading in any of the forms councils print it
    (titled by their body, by the word and their meeting, by the word and their date over
    who was present), but not for a row of the agenda headed on the same page. (A paper's
    label before them, "Paper A: Minutes of ...", is no part of the heading: PAPER_LABEL.)"""
    text = PAPER_LABEL.sub("", text) if "paper" in lower or "enclosure" in lower else text
    text = ENCLOSURE_CODE.sub("", text)  # ("FGP1: Minutes of ...": enclosure_codes)
    if "minute" in lower and BODY_MINUTES.match(text) and _set_as_heading(flat, i):
        return "minutes"
    if "notes" in lower and BODY_NOTES.match(text) and _set_as_heading(flat, i):
        return "minutes"
    if "minute" in lower and (MINUTES.match(text) or MINUTES.match(legible(text)) or any(
            MINUTES.match(half) for half in _other_languages(text))
            or any(MINUTES.match(run) for run in _beside(flat[i][2]))) and not _agenda_row(
            flat, i, agenda_heading) and not minutes_to_confirm(flat, i):
        return "minutes"
    if ("cofnodion" in lower and WELSH_MINUTES.match(text) and _set_as_heading(flat, i)
            and not _agenda_row(flat, i, agenda_heading) and not _english_minutes_after(flat, i)):
        return "minutes"
    if ("extract" in lower and (m := EXTRACT_MINUTES.match(text))
            and (MINUTES.match(text[m.end():]) or MINUTES_OF_BODY.match(text[m.end():]))
            and _set_as_heading(flat, i) and not _agenda_row(flat, i, agenda_heading)):
        return "minutes"
    if ("minute" in lower and MINUTES_OF_BODY.match(text) and _set_as_heading(flat, i)
            and not _agenda_row(flat, i, agenda_heading)):
        return "minutes"
    # (the word letter-spaced, "M I N U T E S", as a text export prints a spaced title)
    word = "".join(text.split()) if SPACED_ONLY.match(text) else text
    # (the word the last half of a bilingual title, "GEÀRR-CHUNNTAS / MINUTE" over "of Meeting
    # of the ...", as the English of its sentence goes on below it)
    word = halves(word)[-1] if "minute" in lower else word
    if (MINUTES_WORD.match(word) and i + 1 < len(flat) and flat[i + 1][0] == flat[i][0]
            and MINUTES.match(f"{word.strip()} {flat[i + 1][2].text.strip()}")):
        return "minutes"  # "MINUTES" set as a title over "of the meeting of ... held on"
    if continued_minutes(flat, i):
        return "minutes"
    if "minute" in lower and (minutes_over_held(flat, i) or action_minutes(flat, i)) and (
            not _agenda_row(flat, i, agenda_heading)):
        return "minutes"
    if MINUTES_HELD.match(text) and (_present_below(flat, i, PRESENT_WITHIN)
                                     or numbered_below(flat, i)):
        return "minutes"
    if ("minute" in lower and body_dash_minutes(flat, i)
            and _present_below(flat, i, TITLE_PRESENT_WITHIN)):
        return "minutes"  # "Executive Group - Minutes" over the meeting and "Present:"
    if ("notes" in lower and (notes_of_body_dated(flat, i) or notes_of_body_over_held(flat, i)
                              or notes_of_body_meeting(flat, i))
            and _present_below(flat, i, TITLE_PRESENT_WITHIN)):
        return "minutes"  # "Notes of the Project Board - 7 November 2028" over "Attendees:"
    # (in either language of a bilingual title: "COFNODION / MINUTES"; or letter-spaced,
    # "M I N U T E S" over "Planning Committee - Wednesday 26 April 2028" and "Present:")
    if (("minute" in lower or "minute" in word.lower()) and any(MINUTES_DATED.match(half)
                                                            for half in (*halves(text), word))
            and _set_as_heading(flat, i) and _present_below(flat, i, TITLE_PRESENT_WITHIN)):
        return "minutes"
    return None


def continued_minutes(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, at its page's top, says the minutes go on there from an earlier
    page ("Minutes - 18 January 2028 (continued)")."""
    return flat[i][1] < CONTINUED_TOP and bool(MINUTES_CONTINUED.match(flat[i][2].text))


def in_printed_order(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """The minutes' lines with the pages that say they go on from an earlier page ("Minutes -
    18 January 2028 (continued)") put after the rest, where they come first: pages bound
    out of order, the minutes' own heading on a later page. Each line keeps its page; the
    line saying so is no part of the minute it falls in, read after the heading's pages."""
    pages = list(dict.fromkeys(page for page, _ in lines))
    lead: set[int] = set()
    said: set[int] = set()  # the lines saying so, by id
    for page in pages:
        top = [line for p, line in lines if p == page][:CONTINUED_TOP]
        says = [line for line in top if MINUTES_CONTINUED.match(line.text)]
        if not says:
            break
        lead.add(page)
        said.update(id(line) for line in says)
    if not lead or len(lead) == len(pages):
        return lines
    return ([x for x in lines if x[0] not in lead]
            + [x for x in lines if x[0] in lead and id(x[1]) not in said])


def _english_minutes_after(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an English minutes heading follows the Welsh one at line ``i`` in the file: a
    bilingual council printing its minutes in Welsh, then in English ("COFNODION CYFARFOD O'R
    PWYLLGOR ..." pages before "MINUTES OF THE MEETING OF THE ..."), whose English is read,
    the Welsh its translation (a Welsh-language council prints the Welsh alone). Not the
    English in the column beside the Welsh heading (Welsh left, English right), read after the
    Welsh column and set mid-page, where no heading starts a paper: the Welsh heading starts
    them (``_in_column_beside``)."""
    page, _, welsh = flat[i]
    return any("minute" in lowered(line.text) and MINUTES.match(line.text)
               and not (p == page and _in_column_beside(welsh, line))
               for p, _, line in flat[i + 1:])


def _in_column_beside(welsh: Line, english: Line) -> bool:
    """Whether ``english`` is set in a column right of the Welsh heading on its page: it
    starts where the Welsh heading's line has ended. (A text file, or a Welsh version printed
    above the English on one page, has the English under the Welsh, not beside it.)"""
    return (welsh.x1 is not None and english.x0 is not None
            and english.x0 >= welsh.x1)


def _agenda_row(flat: list[tuple[int, int, Line]], i: int, agenda_heading: int | None) -> bool:
    """Whether line ``i`` is a row of the agenda headed on its page ("Minutes of the Board" a
    cell wrapped before "meeting held on ..."), or of a table of items under its header row
    (a notice that never says "Agenda"): in the page's body type, not set as a heading, as
    a minutes' own heading under the agenda would be."""
    # the type test first: a text file's lines have no size, and the look back over the
    # page's lines for a table's header would then run for every candidate line
    return (flat[i][2].size is not None
            and ((agenda_heading is not None and flat[agenda_heading][0] == flat[i][0])
                 or under_item_table(flat, i))
            and not _set_as_heading(flat, i))


def _present_below(flat: list[tuple[int, int, Line]], i: int, within: int) -> bool:
    """Whether who was present is listed ("Present:") within ``within`` lines below line
    ``i``, on its page."""
    page = flat[i][0]
    return any(PRESENT_LABEL.match(line.text) or bilingual_present(line.text, PRESENT_LABEL)
               for p, _, line in flat[i + 1 : i + 1 + within] if p == page)
