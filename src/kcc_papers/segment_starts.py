"""Where each document of a file starts, and the kind its heading names.

A document starts at what it says about itself: an "AGENDA" heading, a "MINUTES of a meeting"
line, a report's "From:/To:/Subject:" block or labelled header, a "RECORD OF DECISION", a
notice of determination; and at what its publisher stamps on it: "Agenda Item 5" (CMIS: "Item
5") at the top of an item's first page, an appendix headed in the type of the pack's paper
titles, a tabled update sheet. The kind a heading names is only a hint: ``classify`` weighs it
against the document's own words.
"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.needles import lowered

# A document heading counts only near the top of a PDF page; text exports lose page breaks.
TOP_OF_PAGE = 12

AGENDA = re.compile(
    # (not a report's "AGENDA ITEM 5: ..." line, but "AGENDA ITEMS" over an agenda's items)
    r"^\s*(AGENDA|Agenda)\s*$|^\s*AGENDA\b(?!\s+item)(?!\s+ITEM\s+(?:NO\.?\s*)?[A-Z]?\d)"
    r"|^\s*A\s+G\s+E\s+N\s+D\s+A\s*$"
    # the agenda of the papers sent after the main one, its heading alone on its line (not a
    # footer's "Supplementary Agenda Pack | Page 6")
    r"|^\s*(?:SUPPLEMENTARY|Supplementary)\s+(?:AGENDA|Agenda)\s*$", re.M
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
# A heading of the same kind this close below the last one repeats it.
RUNNING_HEAD_LINES = 8
# "Minutes of the previous/last meeting" is an agenda item, not a heading.
MINUTES = re.compile(
    # Scottish councils print the singular: "MINUTE OF MEETING of the ... held"; minutes not
    # yet confirmed say so first: "DRAFT MINUTES of the Ordinary Meeting of ..."
    r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?MINUTES?\s+of\s+(?:(a|an|the)\s+|(?=Meeting\s+of\b))"
    # (nor is it wrapped before its date: "Minutes of the meeting held" in a table's cell)
    r"(?!(?:the\s+)?(?:(?:previous|last)\b|meeting\s+held(?:\s+on\b|\s*$)))\S",
    re.I,
)
# The word alone on its line, the rest of the heading's sentence on the next.
MINUTES_WORD = re.compile(r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?MINUTES?\s*$", re.I)
# "From:" can end a line when a text export glued two pages together.
REPORT_FROM = re.compile(r"^\s*(From|By)\s*:?\s+\S|\sFrom:\s+[A-Z]")
# What every match of REPORT_FROM prints (as written): a line without either is not searched.
REPORT_FROM_WORDS = ("From", "By")
REPORT_TO = re.compile(r"^\s*To\s*:?\s+\S|^\s*REPORT\s+TO\s*:", re.I)
# The label, not a sentence that starts "subject to the following amendment".
SUBJECT = re.compile(r"^\s*(Subject|TITLE|Report\s+title)(?!\s+to\b)\s*:?\s*(.*)$", re.I)
# A form a pack encloses after a report that is no committee paper itself: it heads its own
# first page (within FORM_TOP lines) and yields no records.
NOT_A_PAPER = re.compile(
    r"^\s*(?:EQIA\s+Submission\s+Form|Equality\s+(?:Impact\s+)?(?:Assessment|Analysis)"
    r"(?:\s+(?:Form|Template))?)\s*$",
    re.I,
)
FORM_TOP = 3
# The labelled header block other councils open a report with; REPORT_LABELS_MIN of them
# within LABEL_WINDOW lines start one.
_REPORT_LABEL_WORDS = (
    # ("Meeting(s):", the meetings a paper goes to; "Author / Job Title:", "Reference Number:")
    r"(?:Report\s+to|Meeting(?:\s+date|\(s\))?|Committee|Reference\s+Number|Date\s+of\s+(?:the\s+)?meeting|Report\s+of|"
    r"Responsible\s+(?:executive|director|officer)|Report\s+"
    r"(?:author|by|title)|Author(?:\s*/\s*Job\s+title)?|Lead\s+officer|Title(?:\s+of\s+(?:the\s+)?report)?|Subject|Wards?\s+affected|"
    r"Key\s+decision|Classification|Portfolio(?:\s+holder)?|Cabinet\s+Member|Decision\s+maker|"
    r"Purpose(?:\s+of\s+(?:the\s+)?report)?)")
# An NHS body's cover sheet labels its paper by the item it is and the executive who leads it
# ("Agenda item: 5", "Executive lead: ..."); with a colon only: "Agenda item 5" alone on a line
# is a publisher's stamp (ITEM_STAMP), and a lead's name a cell of an agenda's table.
_COVER_SHEET_LABEL_WORDS = r"(?:Agenda\s+item|(?:Executive|Clinical|Senior\s+responsible)\s+lead)"
REPORT_LABEL = re.compile(
    rf"^\s*(?:{_REPORT_LABEL_WORDS}|{_COVER_SHEET_LABEL_WORDS})\s*:", re.I)
REPORT_LABELS_MIN = 3
# A second label further along a line that starts with one: the right-hand column of a header
# set in two columns ("Report by: Director of Place      Agenda item: 4"), capitalised as a
# label is, after a value (not the other half of a bilingual label, "... / Report to:").
LABEL_BESIDE = re.compile(
    rf"[^\s/]\s+(?-i:(?=[A-Z]))(?:{_REPORT_LABEL_WORDS}|{_COVER_SHEET_LABEL_WORDS})\s*:", re.I)
# The same labels as a cover sheet's table prints them, label and value in two columns and
# no colon ("Meeting | Corporate Parenting Panel", "Report by | ..."): LABEL_ROWS_MIN such
# rows within LABEL_WINDOW lines of a page's top start a report (more than the colon's
# REPORT_LABELS_MIN, as a bare word may start a line of prose).
REPORT_LABEL_ROW = re.compile(rf"^\s*(?P<label>{_REPORT_LABEL_WORDS})(?:\s+\S.*)?$", re.I)
LABEL_ROWS_MIN = 4
LABEL_WINDOW = 10
COMMITTEE_REPORT = re.compile(r"^\s*(Committee\s+Report|REPORT\s+TO\s*:)", re.I)
# A report's heading naming the meeting it goes to, on a line of its own: "Report to Corporate
# Resources Scrutiny Panel - 16th March 2026" (the body's name, then perhaps the date).
REPORT_TO_MEETING = re.compile(
    # (a body's name joins its words with small ones: "Resources Overview and Scrutiny")
    r"^\s*Report\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w&\'-]*|and|of|for|the|&)\s+){0,8}(?:Committee|Cabinet|Council|Board|"
    r"Panel|Forum|Commission|Authority)(?:\s*[–—,-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4})?\s*$"
)
# "Minutes of the meeting held on <date>" is an agenda's item, unless who was present follows
# within PRESENT_WITHIN lines: then it heads the minutes themselves (under their masthead).
# (Scottish bodies print the singular: "Minute of the meeting held on ...")
# ("Minute of Meeting held on ...", the article left out)
MINUTES_HELD = re.compile(r"^\s*Minutes?\s+of\s+(?:the\s+)?meeting\s+held\s+on\b", re.I)
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
PRESENT_LABEL = re.compile(r"^\s*(?:Members\s+)?Present\s*:", re.I)
PRESENT_WITHIN = 3
# Under "Minutes" set as a title, the body's name and the meeting's sentence (wrapped: "Record
# of the meeting of the ... held on Tuesday / 26 January 2027, ...") may come before "Present:".
TITLE_PRESENT_WITHIN = 6
RECORD_OF_DECISION = re.compile(
    r"^[\w\s–-]*\b(PROPOSED\s+)?RECORD\s+OF\s+DECISION\s*$|^\s*Decision\s+Recording\s+Form\s*$"
    # who took it between: "RECORD OF AN OFFICER KEY DECISION", "Record of Executive Decision"
    r"|^\s*RECORD\s+OF\s+(?:(?:AN?|THE)\s+)?(?:(?:OFFICER|EXECUTIVE|KEY|DELEGATED|INDIVIDUAL|"
    r"CABINET\s+MEMBER|PORTFOLIO\s+HOLDER|LEADER'?S?|MAYORAL|NON-KEY)\s+){1,3}DECISION\s*$",
    re.I,
)
# A hearing's outcome set as a heading of its own: "NOTICE OF DETERMINATION", "Notice of
# Decision", "DECISION NOTICE" (a licensing sub-committee's, a planning authority's).
DECISION_NOTICE = re.compile(
    r"^\s*(?:NOTICE\s+OF\s+(?:THE\s+)?(?:[\w-]+\s+)?(?:DETERMINATION|DECISION)|"
    r"(?:DECISION|DETERMINATION)\s+NOTICE)\s*$", re.I)
# Minutes titled by their body, then the word: "Housing Scrutiny Committee - Minutes", or
# the word's sentence: "Procurement Board - minutes of the meeting held on 18 June 2026"; not
# numbered as an agenda's item ("5. Audit Committee - minutes").
BODY_MINUTES = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+){0,7}(?:Committee|Sub-Committee|Board|Panel|Council|Cabinet|"
    r"Forum|Commission|Authority)\s*[–—:-]\s*(?:(?:DRAFT|UNCONFIRMED)\s+)?Minutes?"
    r"(?:\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?meeting\s+held\b.*)?\s*$", re.I)
ISSUE_DETAILS = re.compile(r"^\s*(Issue\s+details|Decision\s+details)\s*$", re.I)
# A forward plan titled as one: "Cabinet Forward Plan - June to September 2026", "Forward Plan
# of Key Decisions", a plan of the contracts to come, "Forward Procurement Plan: September
# 2026 to March 2027" (a report's "Forward Plan reference:" label, an agenda's numbered item
# "7. Forward Plan" and a "Work Programme and Forward Plan" report are not).
FORWARD_PLAN_TITLE = re.compile(
    r"^\s*(?:The\s+)?(?:[\w'’-]+\s+){0,2}?Forward\s+(?:(?:Procurement|Commissioning|"
    r"(?:Key\s+)?Decisions?)\s+)?Plan\b"
    r"(?![^\n]*\b(?:ref\b|reference|work\s+programme))", re.I | re.M)
# How far below a heading line the labels that confirm it are looked for: a report's "To:"
# within HEADING_TO_LINES lines of its "From:", its "Subject:" within HEADING_WINDOW.
HEADING_WINDOW = 14
HEADING_TO_LINES = 10
# A heading is a short line: longer, "record of decision" or "agenda" is a sentence using it.
DECISION_HEADING_CHARS = 80
AGENDA_HEADING_CHARS = 60
# In text (no page breaks), a masthead is at most this many short capitalised lines above a
# heading; a longer capitalised line is a heading or body text of its own.
TEXT_MASTHEAD_LINES = 3
TEXT_MASTHEAD_CHARS = 80
# Heading lines are larger than the body text of their page, or bold.
HEADING_SIZE_RATIO = 1.15
# An agenda item's minutes on a ModernGov page ("Minutes:"): the meeting has been held.
AGENDA_ITEM_MINUTES = re.compile(r"^\s*Minutes\s*:", re.M)
# The kind of a document that is no committee paper (a form a pack encloses); what
# classification calls every document it cannot place, too.
OTHER = "other"


# The stamp a pack's publisher prints at the top of an item's first page, alone on its line
# ("Agenda Item 5", "Agenda Item 5a"); the pages after it, and an appendix stamped with the
# same number, are that item's.
# CMIS prints "Item 4", and "Item 6 - Appendix 1" over the item's appendix.
ITEM_STAMP = re.compile(
    # (a planning pack's sub-items: "Item 6.1", one application each)
    # ("Item: 5.1.", labelled, its number closed by a point)
    r"^\s*(?P<agenda>Agenda\s+)?Item(?:\s*:\s*|\s+)(?:No\.?\s*)?(?P<item>[A-Z]?(?P<number>\d{1,3})"
    r"(?:\.\d{1,2})?[a-z]?)\.?(?:\s*[-–—:]\s*(?:Appendix|Annex)\b.*)?\s*$", re.I)
# ... within the first lines of its page (above the masthead, or a running head above it).
ITEM_STAMP_TOP = 3


def _item_stamp(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> str | None:
    """The item number line ``i`` stamps, if it is a publisher's stamp at a page's top. "Item
    4" without "Agenda" is a stamp only in the page's body type, not bold: so set, it is no
    minute's heading. A publisher stamps a page once: a page with more such lines lists items
    (an agenda printing "Item 11" over each title, running onto a page of its own)."""
    _, idx, line = flat[i]
    if not paged or idx >= ITEM_STAMP_TOP or "item" not in line.text.lower():
        return None
    # a bilingual stamp prints either language first: "Eitem Agenda / Agenda Item 4"
    m = next(filter(None, (ITEM_STAMP.match(half) for half in halves(line.text))), None)
    if not m:
        return None
    page = _page_lines(flat, i)
    if sum(bool(ITEM_STAMP.match(other.text)) for other in page) > 1:
        return None
    if not m.group("agenda") and not _over_labels(flat, i) and not _over_title(flat, i) and (
            line.bold or not line.size or line.size > _body_size(page)):
        return None
    return m.group("item").lower()


# Lines under a stamp within which its paper's head says whose report it is.
STAMP_HEAD_BELOW = 6


def _stamp_mid_page(flat: list[tuple[int, int, Line]], i: int, stamped: int) -> str | None:
    """The item number line ``i`` stamps below a page's top, where the next item's paper
    starts straight after the last one ends on the page: "Agenda Item 6" printed as the
    current paper, starting at line ``stamped``, was stamped "Agenda Item 5", in the same
    type, over the same head (the masthead under the stamp repeated, or a line saying whose
    report it is). A report's line naming an item in its text is no stamp."""
    line = flat[i][2]
    if "item" not in line.text.lower() or not (m := ITEM_STAMP.match(line.text)):
        return None
    first = flat[stamped][2]
    own = ITEM_STAMP.match(first.text)
    item = m.group("item").lower()
    if (own is None or not m.group("agenda") or not own.group("agenda")
            or item == own.group("item").lower() or line.size is None or first.size is None):
        return None
    if line.bold != first.bold or abs(line.size - first.size) > SAME_SIZE_POINTS:
        return None
    page = flat[i][0]
    below = [other.text for p, _, other in flat[i + 1 : i + 1 + STAMP_HEAD_BELOW] if p == page]
    if not below:
        return None
    masthead = flat[stamped + 1][2].text.strip() if stamped + 1 < len(flat) else ""
    if below[0].strip() == masthead or any(REPORT_BY.match(text) for text in below):
        return item
    return None


# A line this long is prose (a paragraph's), not a table's cell or a heading.
PROSE_LINE_CHARS = 60


def _body_size(page: list[Line]) -> float:
    """The type of a page's prose: the median size of its long lines (a table's many short
    cells, set smaller, are not its body), or of all its lines where none is long."""
    prose = sorted(line.size for line in page if line.size and len(line.text) >= PROSE_LINE_CHARS)
    sizes = prose or sorted(line.size for line in page if line.size)
    return sizes[len(sizes) // 2] if sizes else 0.0


# A report's labelled header: "Application number:<tab>NP/26/0088/FUL", "Case officer: ...".
LABELLED_LINE = re.compile(r"^\s*(?:[\w.()/&'’-]+[ \t]+){0,3}[\w.()/&'’-]+:[ \t]+\S")


def _over_labels(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an "Item 6.1" heading stands over a labelled block of its own page (a
    planning application's "Application number:", "Site:", "Proposal:" ...): a report's
    header, however the item line is set; a minute's "Item 4" heading has its title and
    prose under it."""
    below = [line.text for page, _, line in flat[i + 1 : i + 1 + LABEL_WINDOW]
             if page == flat[i][0]]
    return sum(bool(LABELLED_LINE.match(text)) for text in below) >= REPORT_LABELS_MIN


def _over_title(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an "Item 5" line stands over a larger title on its page, the paper's own: a
    publisher's stamp, however it is set (a minute's "Item 4" heading has its title beside
    it, or under it in type no larger)."""
    line = flat[i][2]
    if i + 1 >= len(flat) or flat[i + 1][0] != flat[i][0] or not line.size:
        return False
    return (flat[i + 1][2].size or 0) >= HEADING_SIZE_RATIO * line.size


def _page_lines(flat: list[tuple[int, int, Line]], i: int) -> list[Line]:
    """The lines of line ``i``'s page (a page's lines are together in ``flat``)."""
    page, idx, _ = flat[i]
    end = i
    while end < len(flat) and flat[end][0] == page:
        end += 1
    return [line for _, _, line in flat[i - idx : end]]


# An appendix's heading ("Appendix A - Performance scorecard", "APPENDIX 1"); a page that
# carries one on ("Appendix 1 (continued)") is no new start.
APPENDIX_HEADING = re.compile(
    r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b(?!.*\bcont(?:inued|\.|d)\b)", re.I)


# A paper tabled with the pack, titled as one ("Update Sheet - Planning Committee 7 May
# 2026", "Late Representations", "Supplementary Information", "Addendum Report"); set in
# title type at its page's top, it is its own document like an appendix so headed.
TABLED_PAPER = re.compile(
    r"^\s*(?:(?:Committee\s+|Planning\s+)?Update\s+(?:Sheet|Report|Note)|"
    r"(?:Late|Supplementary|Additional)\s+(?:Representations|Information|Items?|Papers?|"
    r"Reports?|Observations)|Addendum(?:\s+(?:Sheet|Report))?|Amendments?\s+Sheet)\b", re.I)
TABLED_WORDS = ("update", "late", "supplementary", "additional", "addendum", "amendment")
# A sheet correcting a paper already published ("ERRATA SHEET", "Corrigendum"), tabled like
# an update sheet: a document of its own, but no committee paper (it records nothing).
CORRECTION_SHEET = re.compile(
    r"^\s*(?:Errat(?:a|um)(?:\s+(?:Sheet|Note|Notice))?|Corrigend(?:um|a))\s*$", re.I)
CORRECTION_WORDS = ("errat", "corrigend")


def _tabled_title(text: str) -> bool:
    """Whether a line titles a paper tabled with the pack (TABLED_PAPER, CORRECTION_SHEET)."""
    lower = text.lower()
    return (any(word in lower for word in TABLED_WORDS) and bool(TABLED_PAPER.match(text))) or (
        any(word in lower for word in CORRECTION_WORDS) and bool(CORRECTION_SHEET.match(text)))


def _tabled_kind(text: str) -> str:
    """The kind a tabled paper's start is given: a correction sheet is no paper."""
    return OTHER if CORRECTION_SHEET.match(text) else "report"


def _tabled_after_agenda(flat: list[tuple[int, int, Line]], i: int, agenda: int | None,
                         paged: bool) -> bool:
    """Whether line ``i`` titles a paper tabled with the pack (an errata sheet, an update
    sheet) after the agenda headed at line ``agenda``: at the top of a later page, set larger
    than the agenda's own heading and in title type over its page's prose. (The agenda's
    items may be set as headings; none is titled as a tabled paper in title type at a
    page's top.)"""
    page, idx, line = flat[i]
    if not paged or agenda is None or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    agenda_page, _, agenda_line = flat[agenda]
    if page == agenda_page or line.size <= (agenda_line.size or 0) + SAME_SIZE_POINTS:
        return False
    if not _tabled_title(line.text):
        return False
    return line.size >= TITLE_SIZE_RATIO * _body_size(_page_lines(flat, i))


def _appendix_title(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                    paged: bool) -> bool:
    """Whether line ``i`` heads an appendix printed as a paper of its own: at its page's top,
    in the title type of the document before it (as large as the largest line on that
    document's first page). One headed in the type of a section heading is part of its
    report. A paper tabled with the pack (see TABLED_PAPER) says what it is in its title's
    words: in type as large as any on that first page and set apart from its own page's
    text, it is its own even after a report with no title type."""
    page, idx, line = flat[i]
    if not paged or heading is None or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    lower = line.text.lower()
    appendix = ("app" in lower or "annex" in lower) and bool(APPENDIX_HEADING.match(line.text))
    if not appendix and not _tabled_title(line.text):
        return False
    first_page = flat[heading][0]
    if page == first_page:
        return False
    # the document's title type: the largest on its first page, if set apart from its body
    # (a report headed by its labels in body type has none, and its appendices are its own)
    first = sorted(other.size for p, _, other in flat if p == first_page and other.size)
    if not first or (appendix and first[-1] < HEADING_SIZE_RATIO * first[len(first) // 2]):
        return False
    if appendix and _sections_in(flat, first_page, first[-1],
                                 runs=line.size < first[-1] + SAME_SIZE_POINTS):
        return False  # its title in its sections' type: the appendix so headed is one more
    sizes = sorted(other.size for n, (p, _, other) in enumerate(flat)
                   if p == page and other.size and (appendix or n != i))
    if not sizes:
        return False
    return line.size >= first[-1] and line.size >= TITLE_SIZE_RATIO * sizes[len(sizes) // 2]


# A report's numbered section heading: "1. Purpose of the report", "2 Recommendation".
SECTION_HEADING = re.compile(r"^\s*\d{1,2}\.?\s+[A-Z][^.;:]{0,60}$")
# Runs of lines in a document's title type on its first page that make its section headings.
SECTION_RUNS_MIN = 3
# Type sizes this close (points) are one type.
SAME_SIZE_POINTS = 0.2


def _sections_in(flat: list[tuple[int, int, Line]], page: int, size: float, *,
                 runs: bool) -> bool:
    """Whether the sections of the document whose first page is ``page`` are headed in type
    of ``size``: a numbered section heading so set, or (``runs``: for an appendix headed in
    that type, not larger) SECTION_RUNS_MIN runs of lines in it apart from each other (its
    title, then "Recommendations", "Key messages" further down; a masthead over the title in
    the same type makes two)."""
    found = 0
    inside = False
    for p, _, other in flat:
        if p != page or not other.size:
            continue
        same = abs(other.size - size) < SAME_SIZE_POINTS
        if same and SECTION_HEADING.match(other.text):
            return True
        found += same and not inside
        inside = same
    return runs and found >= SECTION_RUNS_MIN


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


# A letter-spaced heading's last word wraps onto the next line as any word does ("CLÀR-GNOTHAICH
# / A G E N" over "D A"): a line ending in at least this many letters set one apart, and a
# line below it of letters alone in the same type, are one heading.
# (SPACED_TAIL is matched from the line's end, on the line reversed: searched forward, it is
# tried from every letter of a long letter-spaced stretch that does not reach the end)
SPACED_TAIL = re.compile(r"[ ]*\S(?:[ ]\S){3,}(?!\S)")
SPACED_ONLY = re.compile(r"^[ ]*\S(?:[ ]\S)*[ ]*$")


def _spaced_heading(flat: list[tuple[int, int, Line]], i: int) -> str:
    """Line ``i``'s text, with the rest of its letter-spaced last word joined on where the
    heading wraps."""
    page, _, line = flat[i]
    text = line.text.rstrip()
    # (most lines: their last word is longer than a letter)
    if len(text) < 2 or text[-2] != " " or i + 1 >= len(flat) or not SPACED_TAIL.match(text[::-1]):
        return line.text
    below_page, _, below = flat[i + 1]
    if (below_page != page or below.bold != line.bold or below.size != line.size
            or not SPACED_ONLY.match(below.text)):
        return line.text
    return f"{text} {below.text.strip()}"


# In text (no pages), a report's head: the meeting's masthead in capitals, then its item and
# title on one line ("AGENDA ITEM 5: CLERK'S FINANCE REPORT - MARCH 2026").
TITLED_STAMP = re.compile(
    r"^\s*Agenda\s+Item\s+(?:No\.?\s*)?[A-Z]?(?P<number>\d{1,3})[a-z]?\s*[:.–—-]\s+\S", re.I)
# A masthead line names a body ("ASHCOMBE REGIS TOWN COUNCIL", "FINANCE AND GENERAL PURPOSES
# COMMITTEE - 20.04.26").
MASTHEAD_BODY = re.compile(r"\b(?:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|FORUM|COMMISSION|"
                           r"AUTHORITY|PARTNERSHIP)\b")


def _titled_stamp(flat: list[tuple[int, int, Line]], i: int, agenda: int | None) -> bool:
    """Whether line ``i`` of a text file is a report's item and title under the masthead of
    its meeting (an agenda listing its items so has its heading, not a masthead, above; nor
    is a heading of its items in capitals a masthead: "MATTERS FOR DECISION BY THE COUNCIL"
    over the next item of the list, ``agenda`` the line that started that agenda)."""
    text = flat[i][2].text
    if "item" not in text.lower() or not (m := TITLED_STAMP.match(text)):
        return False
    start = _masthead_start(flat, i, False)
    if not (start < i and any(MASTHEAD_BODY.search(line.text) for _, _, line in flat[start:i])):
        return False
    return agenda is None or not _goes_on_from(flat[agenda:start], int(m.group("number")),
                                               TITLED_STAMP)


# In text, the stamp alone on its line over an item's paper: "Agenda item 5", "Agenda item
# 24/124" (a town council numbers its items by the year and a running number).
TEXT_ITEM_STAMP = re.compile(
    r"^\s*Agenda\s+Item\s+(?:No\.?\s*)?(?P<ref>[A-Z]?\d{1,3}(?:[./]\d{1,3})?[a-z]?)\.?\s*$",
    re.I)
# The paper's masthead and title lines, in capitals, between the stamp and whose report it is.
STAMP_HEAD_LINES = 4


def _stamped_report(flat: list[tuple[int, int, Line]], i: int, agenda: int | None,
                    current: int | None) -> bool:
    """Whether line ``i`` of a text file is an item's stamp over the head of its paper: the
    stamp alone on its line, then (perhaps under the meeting's masthead and the title, in
    capitals) whose report it is ("REPORT OF THE TOWN CLERK: ..."). Under an agenda
    (``agenda``, the line that started it) the stamp is a paper's only for an item the agenda
    listed by that number: a list printing "Agenda item 5" over each title is no paper. Nor
    is it where the current document (started at line ``current``) heads parts of its own so
    before it: minutes heading each minute "Agenda item 2" head their "REPORT OF THE
    CHAIRMAN" so too."""
    text = flat[i][2].text
    if "item" not in text.lower() or not (m := TEXT_ITEM_STAMP.match(text)):
        return False
    if current is not None and any(TEXT_ITEM_STAMP.match(line.text)
                                   for _, _, line in flat[current + 1 : i]):
        return False
    page = flat[i][0]
    for p, _, line in flat[i + 1 : i + 1 + STAMP_HEAD_LINES]:
        if p != page:
            return False
        if _report_head_line(line.text):
            return agenda is None or _lists_ref(flat[agenda:i], m.group("ref"))
        if not _in_capitals(line.text):
            return False
    return False


def _in_capitals(text: str) -> bool:
    """Whether a line is set in capitals, as a text paper sets its masthead and title (its
    date may be in words: "TOWN COUNCIL - 12th SEPTEMBER 2024")."""
    name = MASTHEAD_DATE_SPLIT.split(text, maxsplit=1)[0]
    return bool(re.search("[A-Z]", name)) and name.upper() == name


def _lists_ref(lines: list[tuple[int, int, Line]], ref: str) -> bool:
    """Whether an agenda's ``lines`` list an item numbered ``ref`` ("24/124  Christmas
    lights", "5. Budget")."""
    listed = re.compile(rf"^\s*{re.escape(ref)}[.)]?\s+\S", re.I)
    return any(listed.match(line.text) for _, _, line in lines)


def _goes_on_from(lines: list[tuple[int, int, Line]], number: int,
                  stamp: re.Pattern[str]) -> bool:
    """Whether item ``number`` is past every item an agenda's ``lines`` list in its form
    (``stamp``: "Agenda Item 3: ...", "Item 3"): the list's next item. An item's paper after
    the agenda has one of the numbers it listed."""
    listed = [int(m.group("number")) for _, _, line in lines if (m := stamp.match(line.text))]
    return bool(listed) and number > max(listed)


# A report's head at a page's top where its publisher stamps no item: its title, then (within
# REPORT_HEAD_BELOW lines) whose report it is ("Report of the Licensing Manager", "Report by
# Gillian Nairn, Chief Officer", "Report author: ...") or which item of which meeting it is for
# ("Meeting of the Parish Council, 8th June 2026, agenda item 6").
REPORT_BY = re.compile(
    r"^\s*(?:Report\s+(?:of|by|from)\s*:?\s+(?:the\s+)?[A-Z]|Report\s+author\s*:\s*\S"
    # the meeting it is addressed to, labelled: "Report to: Communities Scrutiny Committee"
    r"|Report\s+to\s*:\s*\S"
    # a clerk's or treasurer's paper: "TREASURER'S REPORT" over "Prepared by: Hamish Duthie"
    r"|Prepared\s+by\s*:\s*\S)"
    r"(?!.*[.;]\s*$)"
    # what the paper is for, labelled as a report's (its value a sentence: "Purpose of
    # report: To provide evidence to the Select Committee on ...")
    r"|^\s*Purpose\s+of\s+(?:the\s+|this\s+)?report\s*:\s*\S", re.I)
REPORT_FOR_ITEM = re.compile(
    r"^\s*(?:(?:Meeting|Report)\s+(?:of|to)\b|[^\n]{0,60}\b(?:Council|Committee|Board|Panel|"
    r"Cabinet)\b)[^\n]{0,80}?[,–—-]\s*(?:agenda\s+)?item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}[a-z]?\s*$"
    # a label row saying which item the paper is, under its title: "Item number<tab>5.1"
    r"|^\s*Item\s+(?:number|no\.?)\s*:?\s+[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?\s*$"
    # ... or which body's meeting it goes to: "Meeting:<tab>Joint Fleet Committee, 9 September"
    r"|^\s*Meeting\s*:\s+[^\n]{0,80}?\b(?:Council|Committee|Board|Panel|Cabinet|Authority|"
    r"Forum|Commission)\b",
    re.I)
# A report's header naming, anywhere in its line, the meeting and whose report it is.
REPORT_TO_WORDS = re.compile(r"\bReport\s+to\b(?!\s+be\b)", re.I)
REPORT_BY_WORDS = re.compile(r"\bReport\s+(?:of|by|from)\b", re.I)
# ... the latter within this many lines below the former (the meeting's name may wrap, its
# date's line come between).
REPORT_BY_BELOW = 3
REPORT_HEAD_TOP = 6
# What every match of REPORT_BY or REPORT_FOR_ITEM holds (a line without any is not searched).
REPORT_HEAD_WORDS = ("report", "item", "prepared", "meeting")
REPORT_HEAD_BELOW = 2
# A minute's or an agenda's heading is numbered ("M31 Allocations policy", "6. Budget"): its
# item's "Report of ..." line under it is no paper of its own.
NUMBERED_HEADING = re.compile(r"^\s*(?:[A-Z]{0,4}\s?\d[\d/.]*[a-z]?\b|\(?[a-z]\)|[ivx]+\.)", re.I)


def _report_head(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, near its page's top, says whose report it is or which item it is
    for, under a title line: an unnumbered heading (bold or larger than the page's body; in
    text, which has no type, in capitals)."""
    page, idx, line = flat[i]
    lower = line.text.lower()
    if idx >= TOP_OF_PAGE or not any(word in lower for word in REPORT_HEAD_WORDS):
        return False
    if not _report_head_line(line.text) and not _to_and_by(flat, i):
        return False
    sizes = sorted(other.size for p, _, other in flat[i - idx : i + TOP_OF_PAGE]
                   if p == page and other.size)
    body = sizes[len(sizes) // 2] if sizes else None
    if _rows_above(flat, i, body) >= REPORT_HEAD_TOP:
        return False
    for _, _, above in flat[max(i - idx, i - REPORT_HEAD_BELOW) : i]:
        text = above.text.strip()
        if not text or NUMBERED_HEADING.match(text):
            continue
        if body is None:
            if text.upper() == text and re.search("[A-Z]", text):
                return True
        elif above.bold or (above.size or 0) >= HEADING_SIZE_RATIO * body:
            return True
    return False


def _rows_above(flat: list[tuple[int, int, Line]], i: int, body: float | None) -> int:
    """How many rows of its page stand above line ``i``, a heading wrapped over lines (each
    line set alike, larger than the page's ``body``) one row: a long committee's name and a
    long title over "Report from:" are two rows, not four. In text, which has no type, each
    line is a row."""
    idx = flat[i][1]
    if body is None:
        return idx
    rows, last = 0, None
    for _, _, above in flat[i - idx : i]:
        if not (last is not None and _wraps_heading(last, above, body)):
            rows += 1
        last = above
    return rows


def _wraps_heading(line: Line, below: Line, body: float) -> bool:
    """Whether ``below`` goes on with the heading ``line`` wrapped onto it: both set alike,
    larger than the page's ``body``."""
    if line.size is None or below.size is None or line.bold != below.bold:
        return False
    return (abs(line.size - below.size) <= SAME_SIZE_POINTS
            and line.size >= HEADING_SIZE_RATIO * body)


def _to_and_by(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` names the meeting a report goes to and, on it or just below, whose
    report it is, with no colons: a borderless header row ("Report to | Date | Report of"
    over its values), or a bilingual heading set in two columns ("ADRODDIAD I'R CABINET  REPORT
    TO CABINET" over "... Report by: Director of Education"). A sentence is no header."""
    page, _, line = flat[i]
    if not REPORT_TO_WORDS.search(line.text) or line.text.rstrip().endswith("."):
        return False
    return any(REPORT_BY_WORDS.search(other.text)
               for p, _, other in flat[i : i + 1 + REPORT_BY_BELOW] if p == page)


def _report_head_line(text: str) -> bool:
    """Whether a line says whose report it is or which item it is for, in either language of
    a bilingual one ("Adroddiad i / Report to: ...")."""
    return any(REPORT_BY.match(half) or REPORT_FOR_ITEM.match(half)
               for half in [text, *(_other_languages(text) if "/" in text else [])])


# A paper headed by its item's number and its title: "Item 7: CORPORATE RISK REGISTER".
TITLED_ITEM = re.compile(
    r"^\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<item>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[:.–—-]\s+\S",
    re.I)
# The item a paper's heading says it is ("Board meeting: 16 April 2026 - Item 6").
ITEM_NAMED = re.compile(r"\bItem\s+(?:No\.?\s*)?(?P<item>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)\b",
                        re.I)


def _next_item_titled(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                      stamp: str | None) -> bool:
    """Whether line ``i``, at its page's top and set as a heading, heads another item's paper
    than the report before it ("Item 7: Corporate Risk Register" after the paper of item 6):
    a report's pages that repeat its own item's heading go on with it."""
    _, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or "item" not in line.text.lower():
        return False
    m = TITLED_ITEM.match(line.text)
    if m is None or not _set_as_heading(flat, i):
        return False
    current = _current_item(flat, heading, stamp)
    return current is not None and m.group("item").lower() != current


def _current_item(flat: list[tuple[int, int, Line]], heading: int | None,
                  stamp: str | None) -> str | None:
    """The item the current document is the paper of: the one its heading names, or else
    the one last stamped at a page's top."""
    before = ITEM_NAMED.search(flat[heading][2].text) if heading is not None else None
    return before.group("item").lower() if before else stamp


def _titled_item_over_labels(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                             stamp: str | None, last_kind: str | None) -> bool:
    """Whether line ``i``, near its page's top under the meeting's masthead, heads an item's
    paper by its number and title over the paper's labelled block ("Item 6.2: NP/26/0412 -
    Low Scar Barn" over "Proposal:", "Applicant:", "Case officer:"): a planning
    application's report after the minutes, or after another item's report (its own
    item's heading repeated on its later pages goes on with it)."""
    _, idx, line = flat[i]
    if idx >= REPORT_HEAD_TOP or "item" not in line.text.lower():
        return False
    m = TITLED_ITEM.match(line.text)
    if m is None or not _set_as_heading(flat, i) or not _over_labels(flat, i):
        return False
    if last_kind != "report":
        # minutes that head their own minutes so ("Item 3: 26/0412/FUL - Land at Mill Lane"
        # over "Proposal:", "Applicant:") go on to their next minute
        return not _heads_items_titled(flat, heading, i)
    return m.group("item").lower() != _current_item(flat, heading, stamp)


def _heads_items_titled(flat: list[tuple[int, int, Line]], heading: int | None,
                        i: int) -> bool:
    """Whether the current document, from its heading to line ``i``, heads an item of its
    own by its number and title ("Item 1: Apologies") set as a heading."""
    begin = (heading or 0) + 1
    return any(TITLED_ITEM.match(line.text) and _set_as_heading(flat, n)
               for n, (_, _, line) in enumerate(flat[begin:i], begin))


# A council's report header where no "Report to" block is printed (as Scottish councils set
# one): the council's name in title type at the page's top, the meeting the paper goes to
# (its body and date on one line, set as a heading), then, perhaps under its service's name,
# the paper's title, an unnumbered heading. A running head repeats no council name in title
# type, nor is a minute's numbered heading a title.
COUNCIL_NAME = re.compile(r"^\s*(?:(?-i:[A-Z])[\w&'’-]*\s+){1,5}Council\s*$", re.I)
MEETING_DATED = re.compile(
    r"^\s*(?:[\w&'’-]+\s+){0,8}?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Forum|"
    r"Commission|Authority)\s*(?:[–—,:-]\s*)?(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]+,?\s+\d{4}\s*$", re.I)
# The meeting's line within this many lines under the council's name, the title within this
# many under the meeting's (a service's name may come between).
MASTHEAD_BELOW = 2


def _council_masthead(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, at its page's top, is a council's name in title type over the
    meeting a paper goes to and the paper's title (see COUNCIL_NAME)."""
    _, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or not line.size or "council" not in line.text.lower():
        return False
    if not COUNCIL_NAME.match(line.text):
        return False
    lines = _page_lines(flat, i)
    if line.size < HEADING_SIZE_RATIO * _body_size(lines):
        return False
    below = lines[idx + 1 : idx + 1 + MASTHEAD_BELOW]
    meeting = next((n for n, other in enumerate(below, idx + 1)
                    if MEETING_DATED.match(other.text)), None)
    if meeting is None or not _set_as_heading(flat, i - idx + meeting):
        return False
    return any(_set_as_heading(flat, i - idx + n) and not NUMBERED_HEADING.match(other.text)
               and not MEETING_DATED.match(other.text)
               for n, other in enumerate(lines[meeting + 1 : meeting + 1 + MASTHEAD_BELOW],
                                         meeting + 1))


def _find_starts(flat: list[tuple[int, int, Line]], paged: bool,
                 headings: dict[int, int] | None = None) -> tuple[list[tuple[int, str]], bool]:
    """Where each document starts and its kind by its heading; and whether the file is one
    ModernGov web page (by its page heading near the top). ``headings``, if given, is filled
    with the heading line that named each start's kind, by start."""
    if headings is None:
        headings = {}
    starts: list[tuple[int, str]] = []
    last_kind = None
    heading: int | None = None  # the line that started the current document
    stamp: str | None = None  # the item number last stamped at a page's top
    for i, (_, idx, line) in enumerate(flat):
        if (paged and idx >= ITEM_STAMP_TOP and last_kind == "report"
                and (item := _stamp_mid_page(flat, i, starts[-1][0]))):
            starts.append((i, "report"))  # the next item's paper runs on from this one's page
            last_kind, heading, stamp = "report", i, item
            continue
        if paged and idx >= TOP_OF_PAGE and not _agenda_under_cover(flat, i, starts):
            continue
        # (a paged file's "Minutes" over its meeting's line is a PDF's minutes, which may have
        # papers after them, not a web page: no lines under it are given, so it is no page's
        # heading there)
        under = "" if paged else "\n".join(
            below.text for _, _, below in flat[i + 1 : i + 1 + moderngov.MEETING_LINES])
        page = (moderngov.page_heading(line.text, under)
                if i < moderngov.HEADING_WITHIN and not starts else None)
        if page:
            # A ModernGov web page is one document whatever headings its text repeats
            # ("Minutes of the Previous Meeting" on an agenda-item page).
            return [(0, _page_kind(page.lastgroup or "", flat))], True
        if not paged and _titled_stamp(flat, i, heading if last_kind == "agenda" else None):
            starts.append((_masthead_start(flat, i, paged), "report"))
            last_kind, heading = "report", i
            continue
        if not paged and _stamped_report(flat, i, heading if last_kind == "agenda" else None,
                                         heading):
            starts.append((i, "report"))
            last_kind, heading = "report", i
            continue
        item = _item_stamp(flat, i, paged)
        if item is not None and last_kind == "agenda" and _goes_on_from(
                flat[heading or 0 : i], int(re.sub(r"\D", "", item.split(".")[0])), ITEM_STAMP):
            continue  # the agenda's list goes on onto a page of its own ("Item 11")
        if item is not None:
            if item != stamp and starts:
                # a new item's paper; the heading under the stamp, if any, names its kind
                starts.append((i - idx, "report"))
                last_kind, heading = "report", i
            stamp = item
            continue
        if (paged and last_kind not in (None, "agenda") and starts and starts[-1][0] < i - idx
                and _report_head(flat, i)):
            starts.append((i - idx, "report"))  # a paper of its own, its publisher's stamp or not
            last_kind, heading = "report", i
            continue
        if (paged and last_kind == "report" and starts[-1][0] < i - idx
                and _next_item_titled(flat, i, heading, stamp)):
            starts.append((i - idx, "report"))  # the next item's paper: "Item 7: Risk register"
            last_kind, heading = "report", i
            continue
        if (paged and last_kind not in (None, "agenda") and starts[-1][0] < i - idx
                and _titled_item_over_labels(flat, i, heading, stamp, last_kind)):
            starts.append((i - idx, "report"))  # an application's report: "Item 6.2: ..."
            last_kind, heading = "report", i
            continue
        if paged and starts and starts[-1][0] < i - idx and _council_masthead(flat, i):
            starts.append((i - idx, "report"))  # a council's header block over a paper
            last_kind, heading = "report", i
            continue
        if paged and starts and starts[-1][0] < i - idx and _label_rows(flat, i):
            starts.append((i - idx, "report"))  # a cover sheet's table of labels
            last_kind, heading = "report", i
            continue
        if last_kind != "agenda" and _appendix_title(flat, i, heading, paged):
            starts.append((i - idx, _tabled_kind(line.text)))  # its own words say what it is
            last_kind, heading = "report", i
            continue
        if last_kind == "agenda" and _tabled_after_agenda(flat, i, heading, paged):
            starts.append((i - idx, _tabled_kind(line.text)))  # an errata sheet after it
            last_kind, heading = "report", i
            continue
        kind = _heading_kind(flat, i, heading if last_kind == "agenda" else None)
        if not kind:
            continue
        if starts and starts[-1][0] == i - idx and flat[heading or 0][0] == flat[i][0] and (
                paged and _item_stamp(flat, heading or 0, paged) is not None):
            # the heading under an item's stamp on the same page says what the paper is
            starts[-1] = (starts[-1][0], kind)
            headings[starts[-1][0]] = i
            last_kind, heading = kind, i
            continue
        if (kind == "report" and starts and i - starts[-1][0] <= LABEL_WINDOW
                and flat[i][0] == flat[starts[-1][0]][0] and _report_label(line.text)):
            continue  # the labelled block under a heading on its page is that document's header
        if kind == "report" and last_kind == "decision" and _records_decision(flat, i):
            continue  # a notice's entry, labelled like a report's header, under the notice
        if kind == "appendix_like" or (starts and kind == last_kind and _same_document(
                kind, i - starts[-1][0], flat[i][0] != flat[starts[-1][0]][0])):
            continue
        starts.append((_masthead_start(flat, i, paged), kind))
        headings[starts[-1][0]] = i
        last_kind, heading = kind, i
    return starts, False


def _page_kind(page: str, flat: list[tuple[int, int, Line]]) -> str:
    """The kind of a ModernGov page; an "Agenda and (draft) minutes" page whose items hold no
    "Minutes:" yet is the agenda, and an issue's page that prints the decision taken is that
    decision (a forward plan's entry says only what is to be decided, and when)."""
    if page == "agenda_and_minutes" and not any(
            AGENDA_ITEM_MINUTES.match(line.text) for _, _, line in flat):
        return "agenda"
    if page == "issue_details" and _decision_printed([line.text for _, _, line in flat]):
        return "decision"
    return moderngov.PAGE_KINDS[page]


# An issue page's "Decision:" label, its text on the line or the next; and its "Decision
# status:" when it says the decision is still to come.
DECISION_LABEL = re.compile(r"^\s*Decision\s*:\s*(?P<text>.*)$", re.I)
PENDING_STATUS = re.compile(
    r"^\s*Decision\s+status\s*:.*\b(?:pending|for\s+determination|not\s+yet|deferred|"
    r"withdrawn|abandoned|called\s+in)\b", re.I)
# A decision's text is a sentence, not a one-word value ("Decision: Key").
DECISION_TEXT_WORDS = 4


def _decision_printed(texts: list[str]) -> bool:
    """Whether an issue's page prints the decision taken: a "Decision:" label over the words
    of the decision, and no status saying it is yet to be taken."""
    if any(PENDING_STATUS.match(t) for t in texts):
        return False
    for n, text in enumerate(texts):
        label = DECISION_LABEL.match(text)
        if not label:
            continue
        words = label.group("text").strip() or (texts[n + 1].strip() if n + 1 < len(texts) else "")
        if len(words.split()) >= DECISION_TEXT_WORDS or words.endswith(":"):
            return True
    return False


def _same_document(kind: str, lines_since_start: int, new_page: bool) -> bool:
    """A heading repeated close below the last (a running head, an agenda after its cover);
    but a short report's successor on the next page is a document of its own."""
    if kind == "agenda":
        return lines_since_start < COVER_LINES
    return lines_since_start < RUNNING_HEAD_LINES and not new_page


def _masthead_start(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> int:
    """Where a document whose heading is line ``i`` really starts. In a PDF documents start on
    a new page, so the lines above the heading ("KENT COUNTY COUNCIL", "CABINET") are its
    masthead; in text, up to three short capitalised lines just above it are."""
    if paged:
        return i - flat[i][1]
    start = i
    while start > 0 and i - start < TEXT_MASTHEAD_LINES:
        above = flat[start - 1][2].text.strip()
        # (a long line is no masthead: it is not split to see whether its name is capitals)
        if not (above and len(above) < TEXT_MASTHEAD_CHARS and re.search("[A-Z]", above)):
            break
        # (the body's name in capitals may be dated in words: "COMMITTEE - 20 April 2026")
        name = MASTHEAD_DATE_SPLIT.split(above, maxsplit=1)[0]
        if name.upper() != name:
            break
        start -= 1
    return start


# Where a masthead line's name ends and its date begins: "COMMITTEE - 20 April 2026". Only
# where the spaces before the dash start (a split there is the split found inside the run):
# tried from every space, the run was read to its end each time (20,000 spaces: 1.6 s).
MASTHEAD_DATE_SPLIT = re.compile(r"(?<!\s)\s+[–—-]\s+(?=(?:\w+day,?\s+)?\d)")


def _other_languages(text: str) -> list[str]:
    """The later halves of a bilingual heading (the first is the line itself): "Cofnodion y
    cyfarfod ... / Minutes of the meeting held on ..."."""
    return halves(text, before_capital=True)[1:]


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
# Meeting", "Portfolio Holder Decision PHD 26/031", "Executive - decisions taken on 5 March
# 2026", "Report". Only a line set larger than its page's body text counts: "Minutes" in
# body type is an agenda's item.
TYPESET_KINDS = (
    ("minutes", re.compile(
        r"^\s*(?:(?:draft|unconfirmed|approved|confirmed|printed)\s+)?minutes?"
        r"(?:\s+of\s+(?:the\s+)?meeting)?\s*:?\s*$", re.I)),
    ("decision", re.compile(
        r"^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:(?:portfolio\s+holder|cabinet\s+member|"
        r"executive\s+member|individual\s+(?:cabinet\s+|executive\s+)?member|officer|"
        r"delegated|leader'?s?|urgent)\s+decisions?\b|decisions?\s+(?:taken|made|"
        r"notice|sheet|list|record)\b|record\s+of\s+(?:the\s+)?(?:executive\s+)?decisions?\b)"
        # a label ("Key decision: Yes") is a field of some paper, not its title
        r"(?!\s*[:?])(?!.*:\s).{0,60}$|^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:portfolio\s+"
        r"holder|cabinet\s+member|executive\s+member|officer|delegated|leader'?s?|urgent)\s+"
        r"decisions?\s*$", re.I)),
    # the word alone over a report's header table ("Report to | Date of Meeting | Subject")
    ("report", re.compile(r"^\s*report\s*$", re.I)),
)
# The word each of them names itself by (every line near a page's top is asked).
_TYPESET_WORDS = {"minutes": "minute", "decision": "decision", "report": "report"}
# A title line is at least this much larger than the median line of its page.
TITLE_SIZE_RATIO = 1.3
# ... and it is near the top of its page (a web page's top), or the largest type on it: further
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
    if kind := _typeset_kind(flat, i, agenda_heading, lower):
        return kind
    if ("decision" in lower and RECORD_OF_DECISION.search(text)
            and len(text) < DECISION_HEADING_CHARS):
        return "decision"
    # (in either language of a bilingual heading: "DECISION NOTICE / HYSBYSIAD O BENDERFYNIAD")
    if ("notice" in lower and any(DECISION_NOTICE.match(half) for half in halves(text))
            and _set_as_heading(flat, i)):
        return "decision"
    if ISSUE_DETAILS.match(text):
        return "forward_plan"
    if "forward" in lower and FORWARD_PLAN_TITLE.match(text) and _set_as_heading(flat, i):
        return "forward_plan"
    if "minute" in lower and BODY_MINUTES.match(text) and _set_as_heading(flat, i):
        return "minutes"
    if "minute" in lower and (MINUTES.match(text) or any(
            MINUTES.match(half) for half in _other_languages(text))
            or any(MINUTES.match(run) for run in _beside(flat[i][2]))) and not _agenda_row(
            flat, i, agenda_heading):
        return "minutes"
    if ("minute" in lower and MINUTES_OF_BODY.match(text) and _set_as_heading(flat, i)
            and not _agenda_row(flat, i, agenda_heading)):
        return "minutes"
    if (MINUTES_WORD.match(text) and i + 1 < len(flat) and flat[i + 1][0] == flat[i][0]
            and MINUTES.match(f"{text.strip()} {flat[i + 1][2].text.strip()}")):
        return "minutes"  # "MINUTES" set as a title over "of the meeting of ... held on"
    if MINUTES_HELD.match(text) and _present_below(flat, i, PRESENT_WITHIN):
        return "minutes"
    if ("minute" in lower and MINUTES_DATED.match(text) and _set_as_heading(flat, i)
            and _present_below(flat, i, TITLE_PRESENT_WITHIN)):
        return "minutes"
    # a bilingual heading may put the other language first: "RHAGLEN / AGENDA"
    heading = _spaced_heading(flat, i)
    if len(heading) < AGENDA_HEADING_CHARS and (
            AGENDA.match(heading) or any(AGENDA.match(half) for half in _other_languages(heading))):
        return "agenda"
    if AGENDA_COVER.match(" ".join(_window(flat, i, COVER_TITLE_LINES))):
        return "agenda"
    if COMMITTEE_REPORT.match(text) or REPORT_TO_MEETING.match(text):
        return "report"
    if (any(word in text for word in REPORT_FROM_WORDS) and REPORT_FROM.search(text)
            and any(REPORT_TO.match(w) for w in _window(flat, i + 1, HEADING_TO_LINES - 1))
            and (any(SUBJECT.match(w) for w in _window(flat, i + 1, HEADING_WINDOW - 1))
                 or _titled_above(flat, i))):
        return "report"
    if text.lstrip()[:3].lower() == "to:" and _to_over_by(flat, i):
        return "report"
    # (the block is on the line's own page: a report's closing "Author:" over the next
    # paper's header block is not one)
    if _report_label(text) and sum(
        _labels_in(line) for pg, _, line in flat[i : i + LABEL_WINDOW] if pg == flat[i][0]
    ) >= REPORT_LABELS_MIN:
        return "report"  # another council's header block: "Report to:", "Date:", "Report of:"
    return None


# What a notice of decisions prints in each of its entries: the decision taken, under its
# label ("DECISION:", "Decision taken:") or as its resolution ("RESOLVED that ..."); a report's
# header block asks for a decision ("Decision required:", "Key decision: Yes") and records none.
DECISION_TAKEN = re.compile(
    r"^\s*(?:(?:DECISION|Decision)(?:\s+(?:taken|made))?\s*:|RESOLVED\b|Resolved\s*:)")
# An entry's labels and its decision lie within this many lines of its first label.
NOTICE_ENTRY_LINES = 15


def _records_decision(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the labelled block at line ``i`` records a decision taken (see DECISION_TAKEN)
    within NOTICE_ENTRY_LINES on its page: inside a notice of decisions, one of its entries,
    not a report of its own."""
    page = flat[i][0]
    return any(p == page and DECISION_TAKEN.match(line.text)
               for p, _, line in flat[i : i + NOTICE_ENTRY_LINES])


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
    cell wrapped before "meeting held on ..."): in the page's body type, not set as a
    heading, as a minutes' own heading under the agenda would be."""
    return (agenda_heading is not None and flat[agenda_heading][0] == flat[i][0]
            and flat[i][2].size is not None and not _set_as_heading(flat, i))


def _titled_above(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a "From:" line's paper is titled by the heading just above it on its page (a
    title in heading type where another council prints "Subject:"), in a PDF, whose type
    tells a title from the line of prose a text file would have there."""
    if i == 0 or flat[i - 1][0] != flat[i][0] or flat[i][2].size is None:
        return False
    above = flat[i - 1][2]
    return not _report_label(above.text) and _set_as_heading(flat, i - 1)


def _set_as_heading(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is set as a heading: bold or larger than its page's body (in text,
    which has no type, any line alone may be)."""
    line = flat[i][2]
    if line.size is None:
        return True
    # (its page's lines alone: every page of a long pack walked for each line is quadratic)
    sizes = sorted(other.size for other in _page_lines(flat, i) if other.size)
    return line.bold or line.size >= HEADING_SIZE_RATIO * sizes[len(sizes) // 2]


def _label_rows(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, near its page's top, is the first of a cover sheet's rows of
    labels (see REPORT_LABEL_ROW) on its page: LABEL_ROWS_MIN different labels (a table's
    cells wrapped onto lines of their own each say "Committee" again)."""
    page, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or not REPORT_LABEL_ROW.match(line.text):
        return False
    if any(REPORT_LABEL_ROW.match(above.text) for _, _, above in flat[i - idx : i]):
        return False
    labels = {" ".join(m.group("label").lower().split())
              for p, _, other in flat[i : i + LABEL_WINDOW]
              if p == page and (m := REPORT_LABEL_ROW.match(other.text))}
    return len(labels) >= LABEL_ROWS_MIN


def _report_label(text: str) -> bool:
    """Whether a line is a report header's label, in either language of a bilingual one
    ("Adroddiad i / Report to: ...")."""
    return bool(REPORT_LABEL.match(text)) or (
        "/" in text and any(REPORT_LABEL.match(half) for half in _other_languages(text)))


def _present_below(flat: list[tuple[int, int, Line]], i: int, within: int) -> bool:
    """Whether who was present is listed ("Present:") within ``within`` lines below line
    ``i``, on its page."""
    page = flat[i][0]
    return any(PRESENT_LABEL.match(line.text)
               for p, _, line in flat[i + 1 : i + 1 + within] if p == page)


def _labels_in(line: Line) -> int:
    """How many report header labels a line holds: one, or one in each column of a header
    set in two columns side by side ("Committee: ..." left, "Date: ..." right on the same
    baseline; "Report by: ..." beside "Agenda item: 3"), however the columns were read (as
    spans, or as one run)."""
    if not _report_label(line.text):
        return 0
    text = line.text
    return 1 + (len(LABEL_BESIDE.findall(text)) if ":" in text[text.index(":") + 1 :] else 0)


def _window(flat: list[tuple[int, int, Line]], start: int, count: int) -> list[str]:
    """The texts of ``count`` lines from ``start`` (fewer at the end of the file)."""
    return [line.text for _, _, line in flat[start : start + count]]
