"""The kind of document a heading line names: an "AGENDA" heading, a "MINUTES of a meeting"
line, a report's "From:/To:/Subject:" block or labelled header, a "RECORD OF DECISION", a
notice of determination, a forward plan, a title in large type; and a form a pack encloses
that is no committee paper. The kind is only a hint: ``classify`` weighs it against the
document's own words."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.needles import lowered
from kcc_papers.normalise.ocr_words import legible
from kcc_papers.segment_starts.decision_headings import (
    DECISION_NOTICE,
    FORWARD_PLAN_TITLE,
    ISSUE_DETAILS,
    KEY_DECISIONS_NOTICE,
    PROPOSED_RECORD,
    RECORD_OF_DECISION,
)
from kcc_papers.segment_starts.enclosure_codes import ENCLOSURE_CODE
from kcc_papers.segment_starts.header_labels import (
    LABEL_WINDOW,
    REPORT_LABELS_MIN,
    _header_labels,
    _report_label,
)
from kcc_papers.segment_starts.item_tables import under_item_table
from kcc_papers.segment_starts.layout import (
    SPACED_ONLY,
    TEXT_RULE,
    TITLE_SIZE_RATIO,
    TOP_OF_PAGE,
    _other_languages,
    _set_as_heading,
    _spaced_heading,
    _window,
)
from kcc_papers.segment_starts.minutes_mastheads import (
    action_minutes,
    body_dash_minutes,
    minutes_over_held,
    minutes_to_confirm,
    notes_of_body_dated,
    notes_of_body_meeting,
    notes_of_body_over_held,
)
from kcc_papers.segment_starts.report_heads import NUMBERED_HEADING
from kcc_papers.segment_starts.spaced_notices import spaced_decision_notice, spaced_paper_kind

AGENDA = re.compile(
    # (not a report's "AGENDA ITEM 5: ..." line, but "AGENDA ITEMS" over an agenda's items)
    # (in Welsh alone, as a Welsh-language council heads it: "RHAGLEN", in capitals on its own
    # line; a "Rhaglen Waith" is a work programme, and "Rhaglen" in small letters a heading
    # only where set as one, see WELSH_AGENDA)
    r"^\s*(AGENDA|Agenda|RHAGLEN)\s*$|^\s*AGENDA\b(?!\s+item)(?!\s+ITEM\s+(?:NO\.?\s*)?[A-Z]?\d)"
    r"|^\s*A\s+G\s+E\s+N\s+D\s+A\s*$"
    # the agenda of the papers sent after the main one, its heading alone on its line (not a
    # footer's "Supplementary Agenda Pack | Page 6"), perhaps numbered among them:
    # "SUPPLEMENTARY AGENDA No. 2"
    r"|^\s*(?:SUPPLEMENTARY|Supplementary)\s+(?:AGENDA|Agenda)"
    r"(?:\s+(?:No\.?|NO\.?|Number|NUMBER)\s?\d{1,2})?\s*$", re.M
)
# A summons cover, its title wrapped over several lines: "Summons to and / Agenda for an /
# Extraordinary / Meeting on ...".
AGENDA_COVER = re.compile(
    r"^\s*(?:Summons\s+to\s+and\s+)?Agenda\s+for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?Meeting\b",
    re.I,
)

COVER_TITLE_LINES = 5
# A cover, then the agenda itself a page or two on: one document, not two.
COVER_LINES = 30

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
# "Rhaglen" ("programme", "agenda") in small letters alone on its line: an agenda's heading
# only where the line is set as a heading (an English paper's programme, so named, may title a
# paragraph: "Rhaglen" over "The Rhaglen programme for Welsh learners runs weekly").
WELSH_AGENDA = re.compile(r"^\s*Rhaglen\s*$")
# The same heading in Welsh alone, as a Welsh-language council prints it: "COFNODION CYFARFOD O
# GYNGOR CYMUNED ... A GYNHALIWYD ..." ("minutes of a meeting of ... held ..."), "Cofnodion y
# cyfarfod o'r Cyngor ..."; not an agenda's item ("Cofnodion y cyfarfod blaenorol", "the
# previous meeting's", nor "Cofnodion cyfarfod 10 Ionawr 2028", dated with no body named).
WELSH_MINUTES = re.compile(
    r"^[^\S\n]*(?:(?:DRAFT|DRAFFT)[^\S\n]+)?Cofnodion[^\S\n]+(?:y[^\S\n]+)?cyfarfod[^\S\n]+"
    r"(?:o['’]r|o|y|yr)[^\S\n]+\S", re.I)
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
# "From:" can end a line when a text export glued two pages together.
REPORT_FROM = re.compile(r"^\s*(From|By)\s*:?\s+\S|\sFrom:\s+[A-Z]")
# What every match of REPORT_FROM prints (as written): a line without either is not searched.
REPORT_FROM_WORDS = ("From", "By")
REPORT_TO = re.compile(r"^\s*To\s*:?\s+\S|^\s*REPORT\s+TO\s*:", re.I)
# The label, not a sentence that starts "subject to the following amendment".
# (the label a word of its own: a register's row wrapped onto "subjects (maths, physics)" is
# no "Subject" label, though its colon may be left off)
# (an integration joint board's cover table labels it "Title of report": the label whole)
SUBJECT = re.compile(r"^\s*(Subject|Title(?:\s+of\s+(?:the\s+)?report\b)?|Report\s+title)\b"
                     r"(?!\s+to\b)\s*:?\s*(.*)$", re.I)
# A form a pack encloses after a report that is no committee paper itself: it heads its own
# first page (within FORM_TOP lines) and yields no records.
NOT_A_PAPER = re.compile(
    r"^\s*(?:EQIA\s+Submission\s+Form|Equality\s+(?:Impact\s+)?(?:Assessment|Analysis)"
    r"(?:\s+(?:Form|Template))?)\s*$",
    re.I,
)
FORM_TOP = 3

COMMITTEE_REPORT = re.compile(r"^\s*(Committee\s+Report|REPORT\s+TO\s*:)", re.I)
# A report's heading naming the meeting it goes to, on a line of its own: "Report to Corporate
# Resources Scrutiny Panel - 16th March 2026" (the body's name, then perhaps the date).
REPORT_TO_MEETING = re.compile(
    # (a body's name joins its words with small ones: "Resources Overview and Scrutiny")
    r"^\s*Report\s+to\s+(?:the\s+)?(?:(?:(?:[A-Z][\w&\'-]*|and|of|for|the|&)\s+){0,8}(?:Committee|Cabinet|Council|Board|"
    r"Panel|Forum|Commission|Authority)(?:\s*[–—,-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4})?"
    # (then perhaps its item on the agenda, as a town council heads its reports: "Report to
    # the Finance and General Purposes Committee, 9 January 2029: Item 5")
    r"(?:\s*[:–—-]\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d{1,3}[a-z]?)?"
    # ... or the members at their meeting, by its kind and date, as a council meeting as a
    # whole is addressed: "Report to the Members - Monthly Meeting 14th June 2027", "Report to
    # the Monthly Meeting, 14th June 2027" (Irish councils)
    r"|(?:Members\s*[–—,-]\s*)?(?:[A-Z][a-z]+\s+)?Meeting(?:,\s*|\s*[–—-]\s*|\s+)"
    r"(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\s*$"
)
# ... or to a body's members by its name, alone on its line: "REPORT TO THE MEMBERS OF ARDNAGH
# MUNICIPAL DISTRICT" (an Irish municipal district's members meet as the district), "Report
# to the Members of the Planning Committee". (Each word of the name after its spaces: a run of
# spaces is crossed one way only.)
REPORT_TO_MEMBERS = re.compile(
    r"^[^\S\n]*Report[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?Members[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?-i:[A-Z])[\w&'’-]*(?:[^\S\n]+(?:(?-i:[A-Z])[\w&'’-]*|and|of|for|&)){0,8}[^\S\n]*$", re.I)
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
# How far below a heading line the labels that confirm it are looked for: a report's "To:"
# within HEADING_TO_LINES lines of its "From:", its "Subject:" within HEADING_WINDOW.
HEADING_WINDOW = 14
HEADING_TO_LINES = 10
# A heading is a short line: longer, "record of decision" or "agenda" is a sentence using it.
DECISION_HEADING_CHARS = 80
AGENDA_HEADING_CHARS = 60

# The kind of a document that is no committee paper (a form a pack encloses); what
# classification calls every document it cannot place, too.
OTHER = "other"

# An appendix's heading ("Appendix A - Performance scorecard", "APPENDIX 1"); a page that
# carries one on ("Appendix 1 (continued)") is no new start.
APPENDIX_HEADING = re.compile(
    r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b(?!.*\bcont(?:inued|\.|d)\b)", re.I)


def _agenda_under_cover(flat: list[tuple[int, int, Line]], i: int,
                        starts: list[tuple[int, str]]) -> bool:
    """An "AGENDA" heading further down the file's first page than a heading is looked for,
    under the letter that summons the members (its start is the letter's, see
    ``_cover_letter``)."""
    page, idx, line = flat[i]
    # (a bilingual heading may put the other language first: "RHAGLEN / AGENDA")
    return (not starts and page == flat[0][0] and idx < COVER_LINES
            and len(line.text) < AGENDA_HEADING_CHARS
            and any(AGENDA.match(half) for half in halves(_spaced_heading(flat, i))))


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


# What a document calls itself in its title type (a web page's main heading, a PDF's large
# title): "Minutes" (or "Minutes:", a page's heading over its meeting's line), "Minute of
# Meeting", "Portfolio Holder Decision PHD 26/031", "MAYORAL DECISION - MD27/014" (a combined
# authority's mayor decides alone, as a portfolio holder does), "Executive - decisions taken on
# 5 March 2026", "Report". Only a line set larger than its page's body text counts: "Minutes" in
# body type is an agenda's item.
TYPESET_KINDS = (
    ("minutes", re.compile(
        r"^\s*(?:(?:draft|unconfirmed|approved|confirmed|printed)\s+)?minutes?"
        r"(?:\s+of\s+(?:the\s+)?meeting)?\s*:?\s*$", re.I)),
    ("decision", re.compile(
        r"^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:(?:portfolio\s+holder|cabinet\s+member|"
        r"executive\s+member|individual\s+(?:cabinet\s+|executive\s+)?member|officer|"
        r"delegated|leader'?s?|mayoral|mayor'?s|urgent)\s+decisions?\b|decisions?\s+(?:taken|made|"
        r"notice|sheet|list|record)\b|record\s+of\s+(?:the\s+)?(?:executive\s+)?decisions?\b)"
        # a label ("Key decision: Yes") is a field of some paper, not its title
        r"(?!\s*[:?])(?!.*:\s).{0,60}$|^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:portfolio\s+"
        r"holder|cabinet\s+member|executive\s+member|officer|delegated|leader'?s?|mayoral|"
        r"mayor'?s|urgent)\s+decisions?\s*$"
        # a body's decisions of a day, as a web page titles them: "Cabinet decisions: 2
        # December 2027", "Executive Decisions - 5 March 2026" (the body named by its word:
        # "Forward Plan of Key Decisions: 1 March 2028" is a plan of decisions to come)
        r"|^\s*(?:[\w&'’]+\s+){0,4}?(?:Cabinet|Executive|Committee|Sub-Committee|Council|Board|"
        r"Panel|Forum|Authority|Commission)\s+decisions\s*[:–—-]?\s*(?:\w+day,?\s+)?"
        r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\s*$", re.I)),
    # the word alone over a report's header table ("Report to | Date of Meeting | Subject")
    ("report", re.compile(r"^\s*report\s*$", re.I)),
)
# The word each of them names itself by (every line near a page's top is asked).
_TYPESET_WORDS = {"minutes": "minute", "decision": "decision", "report": "report"}

# A title line is set larger than its page's median line (layout.TITLE_SIZE_RATIO) and it is
# near the top of its page (a web page's top), or the largest type on it: further
# down, in type no larger than the rest, "Minutes" or "Urgent decisions" is a paper's item.
TITLE_TOP_LINES = TOP_OF_PAGE


def _typeset_kind(flat: list[tuple[int, int, Line]], i: int,
                  agenda_heading: int | None = None, lower: str | None = None) -> str | None:
    """The kind a line set as a title names (see TYPESET_KINDS). While the current document
    is an agenda (``agenda_heading``, the line that started it), its items may be set as
    headings, so only a title on a later page than that heading, set larger than it, starts
    a new document (the minutes after an agenda in a pack)."""
    page, idx, line = flat[i]
    lower = lowered(line.text) if lower is None else lower
    kind = next((k for k, pattern in TYPESET_KINDS
                 if _TYPESET_WORDS[k] in lower and pattern.match(line.text)), None)
    if kind is None or not line.size:
        return None
    sizes = sorted(other.size for p, _, other in flat if p == page and other.size)
    if line.size < TITLE_SIZE_RATIO * sizes[len(sizes) // 2]:
        return None
    if idx >= TITLE_TOP_LINES and line.size < sizes[-1]:
        return None
    if agenda_heading is not None:
        page_of_agenda, _, agenda_line = flat[agenda_heading]
        if page == page_of_agenda or line.size <= (agenda_line.size or 0):
            return None
    return kind


def _under_appendix(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an appendix's heading stands above line ``i`` on its page ("APPENDIX B" over
    "Equality Impact Assessment"): the line titles an appendix of the paper before, which
    says what it encloses, not a form enclosed after it as a document of its own."""
    idx = flat[i][1]
    return any(APPENDIX_HEADING.match(above.text) for _, _, above in flat[i - idx : i])


def _heading_kind(flat: list[tuple[int, int, Line]], i: int,
                  agenda_heading: int | None = None) -> str | None:
    """The kind of document line ``i`` starts, if it is a heading (``agenda_heading``: the
    line that started the current document, when that is an agenda)."""
    text = flat[i][2].text
    # Every line near the top of every page is asked: the patterns below each need their
    # word in the line ("minute", "decision"), and the lines under it are read only when the
    # line itself may start a heading.
    lower = lowered(text)
    if flat[i][1] < FORM_TOP and NOT_A_PAPER.match(text) and not _under_appendix(flat, i):
        return OTHER
    return (_typeset_kind(flat, i, agenda_heading, lower)
            or _decision_or_plan_kind(flat, i, text, lower)
            or ("decision" if spaced_decision_notice(flat, i) else None)
            or spaced_paper_kind(flat, i)
            or _minutes_kind(flat, i, agenda_heading, text, lower)
            or _agenda_kind(flat, i)
            or _report_kind(flat, i, text))


def _decision_or_plan_kind(flat: list[tuple[int, int, Line]], i: int, text: str,
                           lower: str) -> str | None:
    """The kind "decision" for a record of decision or a decision notice set as a heading,
    "forward_plan" for an issue's details or a forward plan's title."""
    if ("decision" in lower and RECORD_OF_DECISION.search(text)
            and len(text) < DECISION_HEADING_CHARS):
        # a proposed record under an appendix's heading is the decision its report proposes,
        # a part of the report: no decision taken
        proposed = "proposed" in lower and PROPOSED_RECORD.search(text)
        return None if proposed and _under_appendix(flat, i) else "decision"
    if "notice" in lower and KEY_DECISIONS_NOTICE.match(text) and _set_as_heading(flat, i):
        return "forward_plan"
    # (in either language of a bilingual heading: "DECISION NOTICE / HYSBYSIAD O BENDERFYNIAD")
    if ("notice" in lower and any(DECISION_NOTICE.match(half) for half in halves(text))
            and _set_as_heading(flat, i)):
        return "decision"
    if ISSUE_DETAILS.match(text):
        return "forward_plan"
    # (in either language of a bilingual title: "RHAGLEN WAITH Y CABINET / CABINET FORWARD
    # WORK PROGRAMME")
    if ("forward" in lower and any(FORWARD_PLAN_TITLE.match(half) for half in halves(text))
            and _set_as_heading(flat, i)):
        return "forward_plan"
    return None


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
    if MINUTES_HELD.match(text) and _present_below(flat, i, PRESENT_WITHIN):
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
    the Welsh its translation (a Welsh-language council prints the Welsh alone)."""
    return any("minute" in lowered(line.text) and MINUTES.match(line.text)
               for _, _, line in flat[i + 1:])


def _agenda_kind(flat: list[tuple[int, int, Line]], i: int) -> str | None:
    """The kind "agenda" for an agenda's heading (letter-spaced, or in either language of a
    bilingual one) or a summons cover's title wrapped over its first lines."""
    # a bilingual heading may put the other language first: "RHAGLEN / AGENDA"
    heading = _spaced_heading(flat, i)
    if len(heading) < AGENDA_HEADING_CHARS and (
            AGENDA.match(heading) or any(AGENDA.match(half) for half in _other_languages(heading))):
        return "agenda"
    if WELSH_AGENDA.match(heading) and _set_as_heading(flat, i):
        return "agenda"
    if AGENDA_COVER.match(" ".join(_window(flat, i, COVER_TITLE_LINES))):
        return "agenda"
    return None


def _report_kind(flat: list[tuple[int, int, Line]], i: int, text: str) -> str | None:
    """The kind "report" for a report's heading: "Committee Report", "Report to <the meeting>", a
    "From:/To:/Subject:" block (or "To:" over "By:"), another council's labelled header."""
    if COMMITTEE_REPORT.match(text) or REPORT_TO_MEETING.match(text) or (
            "members" in text.lower() and REPORT_TO_MEMBERS.match(text)):
        return "report"
    if (any(word in text for word in REPORT_FROM_WORDS) and REPORT_FROM.search(text)
            and any(REPORT_TO.match(w) for w in _window(flat, i + 1, HEADING_TO_LINES - 1))
            and (any(SUBJECT.match(w) for w in _window(flat, i + 1, HEADING_WINDOW - 1))
                 or _titled_above(flat, i))
            and not any(EMAIL_SENT.match(w) for w in _window(flat, i + 1, HEADING_TO_LINES - 1))):
        return "report"
    if text.lstrip()[:3].lower() == "to:" and _to_over_by(flat, i):
        return "report"
    # (the block is on the line's own page: a report's closing "Author:" over the next
    # paper's header block is not one; nor, in a text export, past the rule it draws between
    # its papers)
    if _report_label(text) and _header_labels(_block_from(flat, i)) >= REPORT_LABELS_MIN:
        return "report"  # another council's header block: "Report to:", "Date:", "Report of:"
    return None


# An email's printed header: "From:" over "Sent: 02 September 2027 16:41" (then "To:",
# "Subject:"), as a mail program prints a message a report encloses: no memo's header.
EMAIL_SENT = re.compile(r"^\s*Sent\s*:\s*\S")


def _block_from(flat: list[tuple[int, int, Line]], i: int) -> list[Line]:
    """The LABEL_WINDOW lines from line ``i`` that are on its page and above any rule a text
    export draws across between its papers (TEXT_RULE)."""
    out: list[Line] = []
    for pg, _, line in flat[i : i + LABEL_WINDOW]:
        if pg != flat[i][0] or (line.size is None and TEXT_RULE.match(line.text)):
            break
        out.append(line)
    return out


# The labels the other way round, as some councils print them: "To:" the meeting, then "By:"
# (or "From:") whose paper it is, both with their colons, under the paper's title.
TO_LABEL = re.compile(r"^\s*To\s*:\s*\S")
BY_LABEL = re.compile(r"^\s*(?:From|By)\s*:\s*\S")


def _to_over_by(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a "To:" line under a title in heading type has a "By:" or "From:" label below
    it on its page (within HEADING_TO_LINES): a report's header block."""
    if not TO_LABEL.match(flat[i][2].text) or not _titled_above(flat, i):
        return False
    return any(BY_LABEL.match(line.text)
               for p, _, line in flat[i + 1 : i + HEADING_TO_LINES] if p == flat[i][0])


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


def _titled_above(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a "From:" line's paper is titled by the heading just above it on its page (a
    title in heading type where another council prints "Subject:"), in a PDF, whose type
    tells a title from the line of prose a text file would have there."""
    if i == 0 or flat[i - 1][0] != flat[i][0] or flat[i][2].size is None:
        return False
    above = flat[i - 1][2]
    return not _report_label(above.text) and _set_as_heading(flat, i - 1)


def _present_below(flat: list[tuple[int, int, Line]], i: int, within: int) -> bool:
    """Whether who was present is listed ("Present:") within ``within`` lines below line
    ``i``, on its page."""
    page = flat[i][0]
    return any(PRESENT_LABEL.match(line.text)
               for p, _, line in flat[i + 1 : i + 1 + within] if p == page)
