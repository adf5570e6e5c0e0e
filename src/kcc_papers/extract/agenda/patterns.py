"""The agenda reader's patterns and thresholds: an item's line (its ref, title, page
range, notes), the headings between items, and the measures its steps judge layout by.
"""

from __future__ import annotations

import re

# An item's label before its number: "Item 4", "ITEM 4", "Agenda Item 4"; a Welsh body's
# "Eitem 4", and its bilingual agenda's pair of words in either order ("Eitem / Item 4",
# "Item / Eitem 4": councils print Welsh or English first).
_ITEM_WORD = r"(?:Item|ITEM)"
_EITEM_WORD = r"(?:Eitem|EITEM)"
_ITEM_LABEL = (rf"(?:(?:Agenda\s+|AGENDA\s+)?{_ITEM_WORD}(?:\s*/\s*{_EITEM_WORD})?"
               rf"|{_EITEM_WORD}(?:\s*/\s*{_ITEM_WORD})?)")
# ... or a town council's "Minute 4" (the minute number the item will take).
_LABEL = rf"(?:{_ITEM_LABEL}|Minute|MINUTE)"
# A clock time as a timed agenda prints it: "1.30 pm", "10.05", "14:15", "9.30a.m.", "14.30hrs",
# "12.00 noon", a Welsh paper's "9.30yb" / "2.00 y.p." (y bore, y prynhawn); an hour alone only
# with its "am", "pm" or "noon" ("10am", "2 pm", "12 Noon"), as a bare "10" is an item's
# number; a Scottish council's "1000 hours", its four figures only with "hours" or "hrs" (bare,
# they are a year). And an item's slot: "9.35 - 9.45 am", "9.35 to 9.45".
# (Not "2 hrs" alone: that is how long, not when.)
_CLOCK_SUFFIX = r"(?i:[ap]\.?m\b\.?|y\.?[bp]\b\.?|noon\b)"
_HOURS = r"(?:hrs?|hours)\b"
CLOCK = (rf"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?(?:{_CLOCK_SUFFIX}|{_HOURS}))?"
         rf"|(?:1[0-2]|0?[1-9])\s?{_CLOCK_SUFFIX}|(?:[01]\d|2[0-3])[0-5]\d\s?{_HOURS})")
CLOCK_SLOT = rf"{CLOCK}(?:\s*(?:[-–—]|to)\s*{CLOCK})?"
ITEM = re.compile(
    # "4.1 Revenue Monitoring": an item under the heading "4. Reports"
    # the label in the paper's own case: "Item 4", "ITEM 4"
    rf"^(?:[-•]\s*)?(?:{_LABEL}\s+)?"
    # a board's timed agenda: "10.05   2.  Declarations of interest" (the time, then the item),
    # "9.30am  1.  Welcome", "10.05 - 10.15  2.  Declarations" (its slot)
    rf"(?:{CLOCK_SLOT}\s+(?=\d{{1,3}}[.)]?\s))?"
    # "(1) Declarations of Interest": the ref in brackets, as Scottish councils print it
    r"(?P<open>\((?=\d{1,3}[a-z]?\)))?"
    # (a sub-item's number may close with a stop too: "5.1. Performance Report")
    r"(?P<ref>\d{2}/\d{2,4}|[A-Z]\d{1,2}|\d{1,3}\.\d{1,2}(?=\.?\s)|"
    # an item's lettered part with its letter in brackets: "Item 6(a)" under "Item 6", "5(a)."
    # with the stop its items print
    r"\d{1,3}\([a-z]\)(?=\.?\s)|"
    # an item added under its number with a capital letter, as many councils print an urgent
    # item ("11A. Urgent Item: ..."): the letter closed by a stop or set apart from its title,
    # so a title's own "5G" is no ref
    r"\d{1,4}(?:[a-z]|[A-Z](?=[.)]|\s{2}))?)(?(open)\)|(?:\.|\)|:|\s))\s*"
    # a board's timed agenda the other way round: "1.   1.30 pm   Welcome and apologies" (the
    # item, then its start time, or its slot "1.30 - 1.35 pm"): the time is no part of the
    # title, and a title in capitals follows it (so "30 pm" of a masthead's "1.30 pm" stays
    # no title, see NOT_A_TITLE)
    # (or a quoted title, or one starting with its year: "2027/28 Budget Monitoring")
    rf"(?:{CLOCK_SLOT}\s+(?=[A-Z\"'‘“]|(?:19|20)\d\d\b))?"
    r"(?P<title>\S.*)$"
)
# A lettered part of an item ("(a)  25/01873/FUL - Land at ...", "a)  To approve the
# payments"): the item's description, never its title wrapped.
SUB_ITEM = re.compile(r"^\(?[a-z]\)\s+\S")
# An item's part printed as an item under it: "(a)  Schedule of payments" (the item's number
# left to the line above), or "5 (i)  Grazing licence" (printed again before the part).
SUB_PART = re.compile(r"^(?:(?P<number>\d{1,3})(?P<gap>\s?))?\((?P<part>[a-z]|[ivx]{1,4})\)\s+"
                      r"(?P<title>[A-Z].*)$")
SUB_PART_STARTS = ("(", *"0123456789")
# A part's ref, "6(b)" or "5 (ii)": the item's number and its part.
PART_OF_REF = re.compile(r"^(.+?)\s?\(([a-z]|[ivx]{1,4})\)$")
ROMAN_PARTS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
# "(Pages 7 - 14)", in Welsh "(Tudalennau 7 - 14)", in both "(Tudalennau / Pages 7 - 14)"
_PAGES_WORD = r"(?:Pages?|Tudalen(?:nau)?)(?:\s*/\s*(?:Pages?|Tudalen(?:nau)?))?"
PAGES = re.compile(rf"\(\s*{_PAGES_WORD}\s+(\d{{1,4}})(?:\s*(?:-|–|to|i)?\s*(\d{{1,4}}))?"
                   r"\s*\)", re.I)
# A note that the item's paper is not published: "(Not for publication by virtue of ...)".
PRIVATE_NOTE_WORDS = r"not\s+for\s+publication"
# Characters such a note runs to after its words ("by virtue of paragraph 3 of Part 1 of
# Schedule 12A to the Local Government Act 1972"), and those of a bracket inside it ("(as
# amended)"): the Act is often printed so.
MAX_NOTE_CHARS = 120
MAX_INNER_NOTE_CHARS = 40
# A bracketed note on the item's paper, not part of its title: "(attached)", "(copy attached)",
# "(To Follow)", "(verbal)", "(verbal update)", "(tabled)", "(exempt: paragraph 3)", "(exempt,
# paragraph 3)"; whose paper it is ("(Clerk's report attached)") and what the meeting is to do
# with it ("(attached, to receive)", "(enclosed, for approval)"); that it is taken in private,
# "(Not for publication by virtue of paragraph 3)" as CMIS prints it; that the item is a key
# decision, "(Key Decision)" or with its forward plan's ref, "(Key Decision - KD/27/041)",
# after the title as before it (``LEADING_NOTE``). (Its spaces before it are matched from the
# first: tried again from each space of a long run, they would cost the run's length each.)
NOTE = re.compile(
    r"(?<!\s)\s*\((?:(?:[a-z'’]+\s+){0,2}(?:attached|enclosed|herewith|to\s+follow)"
    r"(?:\s*,\s*(?:to|for)\s+[a-z]+(?:\s+[a-z]+)?)?|tabled|"
    r"verbal(?:\s+(?:report|update|item))?|"
    rf"key\s+decision\b[^()]{{0,{MAX_INNER_NOTE_CHARS}}}|"
    r"exempt(?:\s*(?:[-–:,]\s*)?(?:paragraphs?|para\.?)"
    r"\s+\d+(?:\s*(?:,|and)\s*\d+)*)?|"
    rf"{PRIVATE_NOTE_WORDS}\b(?:[^()]|\([^()]{{0,{MAX_INNER_NOTE_CHARS}}}\))"
    rf"{{0,{MAX_NOTE_CHARS}}})\)", re.I)
# The same note set off by a dash after the item's page range, which closes its title:
# "Disposal of Land at Wharf Street (Pages 11 - 14) - Exempt, not for publication". Matched
# from the range's end, so no "^"; only after the range: before it, "- Exempt Properties" may
# be the title's own words.
# A capitalised word after the note's word is a title's own ("- Private Sector Housing", "-
# Confidential Reporting Policy", "- Exempt Premises"), unless it is one of a note's
# ("- Exempt Information", "- Confidential Appendix to follow").
PRIVATE_TAIL = re.compile(
    r"\s*[-–]\s*(?:exempt|confidential|private|restricted|not\s+for\s+publication)\b"
    r"(?!\s+(?!(?:information|appendix|appendices|report|item|session|business"
    r"|papers?|paragraphs?|part|by|under|and|or|not)\b)(?-i:[A-Z]))"
    rf"[^()]{{0,{MAX_NOTE_CHARS}}}$", re.I)
# A note on the item's paper set off so ("(Pages 3 - 8) - to follow", "- report to follow",
# "- verbal update"): no part of the title either, but nothing private.
PAPER_TAIL = re.compile(
    r"\s*[-–]\s*(?:(?:report|papers?|appendix|appendices|presentation)\s+)?"
    r"(?:to\s+follow|to\s+be\s+tabled|tabled|verbal(?:\s+(?:report|update))?)\s*$", re.I)
# Of those notes, the ones saying the item is taken in private.
PRIVATE_PAPER = re.compile(rf"exempt|{PRIVATE_NOTE_WORDS}", re.I)
# A title's tail naming the report's author: "- Report by the Head of Housing".
# Never opening inside a run of spaces ("(?<!\s)"): a match from there would have started at
# the run's first space, and a long run with no dash after it is read once, not from each space.
PRESENTER = re.compile(r"(?<!\s)\s+[-–]\s+(Reports?\s+(?:of|by|from)\s+(?:the\s+)?[A-Z].*)$")
# A page range the margin broke before it closed: "(Pages", "(Pages 45" (its "- 58)" on the
# line below).
OPEN_PAGES = re.compile(rf"\(\s*{_PAGES_WORD}(?:\s+\d{{1,4}}(?:\s*(?:-|–|to|i))?)?\s*$", re.I)
SECTION = re.compile(r"^(?:Part\s+)?(?P<letter>[A-Z])\s*[-–]\s+(?P<name>[A-Z].{3,})$")
EXEMPT = re.compile(r"^\s*(EXEMPT\s+ITEMS?|PART\s+(2|II)\b|EXEMPT\s+INFORMATION)", re.I)
UNRESTRICTED = re.compile(r"^\s*(UNRESTRICTED\s+ITEMS?|PART\s+(1|I)\b|OPEN\s+ITEMS?)", re.I)
# "24/00108", not a planning application's "24/01234/FUL".
DECISION_NO = re.compile(r"\b(\d{2}/\d{5})\b(?!/\w)")
# A comment's anchor as a word processor's plain-text export prints it ("Allotments: Waiting
# List Policy[a]", the comment itself, "[a]Clerk: report to follow", listed at the file's end):
# one or two small letters in square brackets glued to the word before. No part of the title.
COMMENT_MARK = re.compile(r"(?<=[^\s\[])\[[a-z]{1,2}\]")
# A web page's link to the item's papers ("PDF 310 KB", "(PDF, 402KB)"): not the item's
# description; printed after the item's title, on its line, it is the link's size, not the title.
DOCUMENT_LINK = re.compile(
    r"(?:^|\s)[(\[]?(?:PDF|Word|HTML|Excel)\s*,?\s+\d+(?:\.\d+)?\s*[KM]B[)\]]?\s*$", re.I)
# A web page's link standing for an exempt item's paper, under its title: ModernGov's
# "Restricted enclosure  View the reasons why document 7 is restricted".
RESTRICTED_LINK = re.compile(r"^\s*Restricted\s+enclosure\b", re.I)
# Lines of the masthead or the footer that merely look like items ("10.00 am", phone numbers).
# A start time's minutes after the hour read as the ref ("1.30pm in Committee Room 2").
# A month and its year alone are a date's, its day read as the ref: "5 October 2027" wrapped
# from the title above ("... the minutes of the meeting held on"), or a footer's date with
# the page's number after a bar: "9 November 2028 | 1" (the meeting's date as a footer).
NOT_A_TITLE = re.compile(r"^(\d{1,2}[.:]\d{2}|\d{2}\s?[ap]\.?m\b|am\b|pm\b|[.:(])|^[\d\W]*$"
                         r"|^(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December),?\s+\d{4}"
                         r"(?:\s*\|\s*(?:Page\s+)?\d{1,4})?\W*$", re.I)

# A note printed before the title on how the meeting takes the item: "6 (Exempt) Disposal of
# land at Mill Lane", "(Part 2)", "(Confidential)", "(Key decision)". The note is no part of the
# title; a title follows it on its line (capitalised, as titles are), so a line that only
# brackets a note ("27 (to follow)", a year's end wrapped with the title's note) is no item.
LEADING_NOTE = re.compile(
    r"^[(\[]\s*(?P<note>(?i:exempt|confidential|private|restricted|not\s+for\s+publication"
    r"|part\s+(?:[12]|ii?|one|two)|key\s+decision|urgent)\b[^()\[\]]{0,40}?)\s*[)\]]"
    r"\s*(?=[A-Z\d\"'‘“])")
# Of those, the notes that the item is taken in private.
PRIVATE_NOTE = re.compile(
    r"^(?:exempt|confidential|private|restricted|not\s+for\s+publication|part\s+(?:2|ii|two))\b",
    re.I)


# "Item 4" alone on its line over the title, too
NUMBER_ALONE = re.compile(
    # ("11A." alone: an item added under its number with a capital letter, see ITEM)
    rf"^\s*(?:{_LABEL}\s+(?:No\.?\s*)?)?(?:[A-Z]\d{{1,2}}|\d{{1,4}}[a-zA-Z]?"
    # an item's lettered part, its letter in brackets: "5(a)" under "5"
    r"|\d{1,3}\([a-z]\))\.?\s*$")
# An item's number with only a note beside it, its title on the line under it: "7   (Exempt)",
# "7   Verbal", "Item 7  (To Follow)": how the meeting takes the item or how its paper comes.
# (Bracketed or bare, the note's words are the ones ``LEADING_NOTE`` and ``NOTE`` read.)
_NOTE_WORDS = (r"exempt|confidential|private|restricted|not\s+for\s+publication"
               r"|part\s+(?:[12]|ii?|one|two)|verbal(?:\s+(?:report|update|item))?"
               r"|to\s+follow|to\s+be\s+tabled|tabled")
NUMBER_WITH_NOTE = re.compile(
    rf"^\s*(?P<number>(?:{_ITEM_LABEL}\s+(?:No\.?\s*)?)?"
    r"(?:[A-Z]\d{1,2}|\d{1,4}[a-z]?)\.?)\s+"
    rf"(?:\((?P<bracketed>(?i:{_NOTE_WORDS}))\)|(?P<bare>(?i:{_NOTE_WORDS})))\s*$")
# A row's number in a cell of its own beside its other columns: a sub-item's "5.1" too (a time,
# "10.30", is never printed in the number's cell with the row's lead beside it).
NUMBER_IN_ITS_CELL = re.compile(rf"{NUMBER_ALONE.pattern}|^\d{{1,3}}\.\d{{1,2}}\.?$")
# A board's coded ref in a cell of its own beside its other columns: "TB 1", "PB 26/01",
# "BoD 26/030" (the code's letters in capitals, or the board's own mixed case, never a word
# such as a month's "May 2027").
CODE_IN_ITS_CELL = re.compile(r"^(?:[A-Z]{1,4}|[A-Z][a-z]?[A-Z][A-Za-z]?)[ /.]?\d{1,4}"
                              r"(?:[./]\d{1,4}){0,2}\.?$")
# A sub-item's number alone beside its title's wrapped cell ("3.2"): one figure after the stop,
# never a clock time ("10.30" beside a title is its start time).
SUB_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}\.\d\.?\s*$")
# A preliminary item's letter alone on its line ("C" centred beside "Minute of the Meeting held
# on 16 June" / "2027"), as an agenda letters its business before its numbered items.
LETTER_ALONE = re.compile(r"^\s*[A-Z]\.?\s*$")
# A preliminary item's line: its letter, a stop or bracket perhaps, and its title in capitals'
# case ("A  Apologies for Absence", "B. Declarations of Interest").
LETTERED = re.compile(r"^(?P<letter>[A-Z])[.)]?[^\S\n]+(?P<title>[A-Z][^\n]*)$")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Preliminary items are lettered so at least "A" and "B": a line led by "A" alone may be a
# sentence ("A Councillor asked ...").
MIN_LETTERED_ITEMS = 2
# A title line this long that ends without a full stop was wrapped, not finished.
WRAP_MIN_CHARS = 40
# A text file's title line that left this many characters free before the page's measure
# after the next line's first word was ended by its writer, not wrapped: hand-wrapped text
# runs to within a word or so of its measure.
TEXT_WRAP_SLACK_CHARS = 15
# A text line of this many words with no column gap (nor a cell's bar) in it is prose, whose
# lines end near the page's measure (a heading or a table's row is neither).
MIN_PROSE_WORDS = 6
# Prose lines that must end within TEXT_WRAP_SLACK_CHARS of a length for it to be the page's
# measure: hand-wrapped prose ends its lines together, while a lone long line (a contact
# sentence or a web address its writer left unwrapped) says nothing of where the others wrap.
MIN_MEASURE_LINES = 3
# A Markdown table's cells stand between these: a line with one is a table's row, not prose.
CELL_BAR = "|"
# Points a wrapped title line sits right of its item's ref (its hanging indent).
INDENT_TOLERANCE = 2.0
# Points of slack at the right margin when judging whether a word would have fitted a line.
MARGIN_TOLERANCE = 2.0
# Numbered lines looked at ahead for the one that continues a list's first number.
LOOKAHEAD_LINES = 12
# A line this far right of the items' refs is the clerk's signature block, not an item's text.
SIGNATURE_OFFSET = 100.0
# An item's title runs to at most this many lines; past them, lines are its description.
MAX_TITLE_LINES = 3
# Lines each side of a centred number looked through when a later column's wrapped cell is read
# between its title's lines (one of the title's and one of that column's each, at most).
SIDE_WINDOW = 2 * MAX_TITLE_LINES
# Points two lines' type sizes may differ by and be one size: a bold face's box is a little
# taller than its plain one's.
SIZE_TOLERANCE = 0.5
# A row's number, the middle line of its title or none, and its pages in their columns, the
# title's cell wrapped beside them.
PAGED_ROW_SPANS = (2, 3)
# Characters a row's word boundary may lie off where the header's last column starts, each
# character's place estimated from the run's width, and still be where that column begins.
COLUMN_SLACK_CHARS = 2
# Points between a cell's text and the next column's at most: the two cells' padding.
CELL_GAP = 6.0
# A line with at least this many letters, none in lower case, is set in capitals.
MIN_CAPITALS = 4
# Words of a line in capitals that make it a heading, not an acronym wrapped from a title.
MIN_HEADING_WORDS = 2
# How many lines ahead a title is followed to the page range that closes it.
CLOSING_LOOKAHEAD = 3
# An agenda table's item row has a ref, a title and a pages cell.
ITEM_ROW_CELLS = 3
# Refs run on: a "number" more than this past the last item is a numbered line in its text.
MAX_REF_STEP = 3
# An agenda calling itself a supplement to one published ("SUPPLEMENTARY AGENDA", "Additional
# Items", "Urgent Business"): it lists only the items it adds, under their original numbers,
# so its refs may jump past MAX_REF_STEP (7, then 11A).
# (a heading, the words alone on their line, perhaps numbered or with the meeting after a
# dash: an ordinary agenda's front page says "Urgent business may be raised ..." or
# "Additional items may be added ...")
SUPPLEMENT_HEADING = re.compile(
    r"^\s*(?:(?:Supplementary|Additional)\s+(?:Agenda|Items?|Business)|Urgent\s+Business|"
    r"Agenda\s+Supplement)(?:\s+(?:No\.?\s*)?\(?\d{1,2}\)?)?\s*(?:[:.]\s*$|\s[–—-]\s|$)",
    re.I)
# The agenda's head lines, where it names itself so.
SUPPLEMENT_HEAD_LINES = 12
# A sentence about an item, not its heading: "Item 7 contains exempt information ...", "Item 4
# will be taken after item 6" (the label, its number, then a word in lower case).
MENTIONED = re.compile(r"^(?:[-•]\s*)?(?:(?i:agenda)\s+)?(?i:item)\s+\S+\s+[a-z]")
# A letter's sign-off ("Yours sincerely", "Yours faithfully,", "Kind regards", Welsh "Yn
# gywir"): a summons that lists the agenda signs off under its last item, and the sign-off and
# the signature block under it are no part of that item's description. A sign-off starts
# its line with a capital: "regards." in small letters is a sentence wrapped ("... any the
# Chair / regards.").
SIGN_OFF = re.compile(
    r"^(?:Y(?i:ours)\s+(?i:sincerely|faithfully|truly)\b|"
    r"(?:(?:W(?i:ith)\s+(?i:kind|best|warm))|K(?i:ind)|B(?i:est)|W(?i:arm))\s+(?i:regards)"
    r"[,.]?\s*$|R(?i:egards)[,.]?\s*$|"
    r"Yn\s+(?:gywir|ddiffuant)[,.]?\s*$)")
# ModernGov item descriptions: "To receive ...", "To consider and approve ...".
DESCRIPTION = re.compile(r"^To\s+[a-z]")
# The labelled lines under a title ("Ward: Harnham", "Report of the Head of Planning"): the
# item's description even when the page range that closes the title comes after them.
LABELLED = re.compile(
    r"^(?:(?:Wards?|Electoral\s+divisions?|Divisions?)(?:\s+affected)?|Lead\s+(?:officer|member)|"
    r"Presenting\s+officer|Contact(?:\s+officer)?|Author|Portfolio(?:\s+holder)?|"
    # the officer to ask about the agenda, by their role: "Democracy Officer: Callum Frere,
    # 01904 ...", "Democratic Services Officer: ..."
    r"(?:[A-Z][a-z]+\s+){1,2}(?i:officer)|"
    # what the item is for: "Purpose: For decision (Pages 5 - 12)", "Recommendation: To note"
    r"Purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|Summary|Recommendations?|"
    # a planning application's particulars under its ref and site in a schedule of
    # applications: "Proposal: Erection of 38 dwellings", "Applicant: ...", "Parish: ..."
    r"Proposal|Development|Applicant|Agent|Location|Site(?:\s+address)?|Parish|"
    r"Case\s+officer)\s*:"
    # (or whose presentation it is, a deck given at the meeting: "Presentation by the Head
    # of Waste and Fleet Services."; "Presentation of" names what is presented, a wrapped
    # title's words: "... the External Auditor's" over "Presentation of the Audited Accounts")
    r"|^(?:Report\s+(?:of|by)|Presentation\s+(?:by|from))\s+(?:the\s+)?[A-Z]"
    # ... or a notice of motion's mover under its title ("Proposed by Councillor Saoirse
    # Devenish, seconded by ..."): who moves it, no words of the title
    r"|^(?:Proposed|Moved|Submitted)\s+by\s+(?:Councillor|Cllr)\b"
)
