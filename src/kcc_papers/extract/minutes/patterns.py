"""Patterns minute headings and their surroundings are read by: item refs, numbered heading
lines, the words that start a sentence (never a title), section and label lines."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.webcast import without_timestamp

# "(Item 4)", or in square brackets as some county councils print it: "[Item 4]".
ITEM_REF = re.compile(
    r"[(\[]\s*(?:agenda\s+)?[Il1]tem\s+(?:No\.?\s*)?([A-Z]{0,2}\s?\d{1,3}[a-z]?|[A-Z])\s*[)\]]",
    re.I,
)
# An unnumbered title ending in its item ref.
REF_AT_END = re.compile(r"^(?P<title>\S.{2,150}?)\s*" + ITEM_REF.pattern + r"\s*$", re.I)
# A line that is nothing but an item ref: the second line of a heading.
REF_LINE = re.compile(r"^\s*" + ITEM_REF.pattern + r"\s*$", re.I)
# "76. Apologies", "7 Opportunities ...", "12/24 Apologies" (number / municipal year), and a
# parish's "Min. 24/113 Apologies" (a label, the year, then a running number: three digits or
# more after the stroke cannot be a year), a town council's "2025/71 Apologies" (the year in
# full, then the running number), "Minute 101 - Apologies", and an audit committee's "AG34".
# "Item 1: Apologies" as a community council labels its minutes
# (a harbour board's "Min. Ref. 31/26 Declarations of Interest": the label, then "Ref.")
# (in capitals as a heading set in small capitals prints it: "MINUTE 38 - APOLOGIES")
MINUTE_LABEL = r"(?:(?:Min(?:ute)?s?|MIN(?:UTE)?S?|Item)\.?\s*(?:(?:No|NO|Ref)\.?\s*)?)"
NUM_FIRST = re.compile(
    r"^(?:[-•]\s*)?(?P<label>" + MINUTE_LABEL + r")?"
    # a committee's letters glued to the number: "AG34 Apologies", "CAB.101 Minutes"
    # or the code, the year and the running number parted by stops or hyphens, as Northern
    # Irish councils print them: "EC.26.014", "PR-25-103"
    r"(?P<prefix>(?<![A-Za-z])[A-Z]{1,4}(?P<sep>[.-])\d{2}(?P=sep)(?=\d{1,3}\s)"
    r"|(?<![A-Za-z])[A-Z]{2,4}\.?(?=[1-9])"
    # or by a hyphen, its number of two figures or three ("TPB-09 Welcome and apologies", a
    # partnership board's notes; "HS-2" names a railway)
    r"|(?<![A-Za-z])[A-Z]{2,4}-(?=\d{2,3}\s)"
    # a joint committee's five letters glued by a stop ("JHOSC.14 Apologies"): only by the
    # stop, as a word in capitals is never glued so to a number
    r"|(?<![A-Za-z])[A-Z]{5}\.(?=[1-9]\d{0,3}\s)"
    # or parted from it by a space where the number carries its year: "SPR 101/25", the
    # code's letters perhaps joined by an ampersand: "P&R 12/26"
    r"|(?<![A-Za-z&])[A-Z](?:&?[A-Z]){1,3}\s(?=[1-9]\d{0,3}/\d{2}(?:\d{2})?\s)"
    # a code joined by an ampersand is never a word: it may part a plain number by a space
    # ("A&S 31", "O&S 112", "F&GP 7")
    r"|(?<![A-Za-z&])[A-Z]{1,3}&[A-Z]{1,3}\s(?=[1-9]\d{0,3}\s)"
    # ... or glue it by a stop, as the letters alone are ("P&R.31 Apologies")
    r"|(?<![A-Za-z&])[A-Z]{1,3}&[A-Z]{1,3}\.(?=[1-9]\d{0,3}\s)"
    # or by a space before the year and a running number of three figures, the code in its
    # own case: "BoD 26/001" (a board of directors), "ES 26/031", "CoG 25/112", perhaps
    # joined by an ampersand as a Northern Irish committee's is: "L&D 27/014"
    r"|(?<![A-Za-z&])[A-Z](?:&?[a-z]?[A-Z]){1,3}\s(?=\d{2}/\d{3}\s)"
    # or by a stroke before the year and running number ("C/25/141"), the number ("PC/61"),
    # or the number and its year ("ASC/15/25", "ES/026/26")
    r"|(?<![A-Za-z/])[A-Z]{1,4}/(?=\d{2}/\d{3}\s|[1-9]\d{0,3}\s|\d{1,3}/\d{2}\s"
    # or the year in full, then the number: "CAB/2026/14"; or the year and a running number
    # of one figure ("JSC/27/5": a year is never printed in one)
    r"|(?:19|20)\d{2}/\d{1,3}\s|\d{2}/[1-9]\s)"
    # a sub-committee's longer code, five or six letters ("COAPSC/27/18": a chief officer
    # appointments and pay sub-committee), only before the year and a running number: a
    # word in capitals before a stroke and one number ("TOTAL/12") is none
    r"|(?<![A-Za-z/])[A-Z]{5,6}/(?=\d{2}/\d{1,3}\s)"
    # or the municipal year in full and a dash before the running number, as a planning
    # committee numbers its minutes through the year: "2025/26 – 14 APOLOGIES" (the years
    # a year apart: year_tail.financial_year)
    r"|(?<![\d/])(?:19|20)\d{2}/\d{2}\s?[–-]\s?(?=[1-9]\d{0,3}\s))?"
    # the year before a running number: "24/113", or in full, "2025/71"; a year in full
    # after the stroke is the year after a number ("61/2025"); after a code's stroke, the year
    # before a running number of one figure ("JSC/27/5")
    r"(?P<pre>\d{2}/(?=\d{3})(?!(?:19|20)\d{2}\b)|(?:19|20)\d{2}/(?=\d{1,3}\b)"
    r"|(?<=/)\d{2}/(?=[1-9]\s))?"
    # "1) To receive apologies" as a parish numbers its minutes: its own style; a running
    # number after a code or the year may be printed to three figures ("26/036")
    r"(?P<num>[1-9]\d{0,3}|(?(prefix)0\d{1,2}|(?(pre)0\d{1,2}|0\d)))(?P<year>/\d{2}(?:\d{2})?)?(?P<dot>\.?)(?P<half>(?<!\.)\))?"
    # "Minute 101 - Apologies": after the label a dash or colon may part number and title
    r"(?(label)(?:\s+[-–:]|:)?)\s+(?P<title>\S.*)$"
)
# "III. HOUSING REVENUE ACCOUNT": items numbered in capital roman numerals, a dot after each
# (a line opening with an initial, "V. Patel", has no run of numbers after it to join).
ROMAN_FIRST = re.compile(r"^(?P<roman>X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(?P<title>\S.*)$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
NUM_LAST = re.compile(
    r"^(?:[-•]\s*)?(?P<title>[A-Z].*?)\s+(?P<num>[1-9]\d{0,3})\.\s*(?P<ref>\([^)]*\))?\s*$"
)
# "124." alone on its line, the title under it (ModernGov "Agenda and minutes" pages), or a
# labelled "Minute 45" over its title (a joint committee's PDF minutes).
NUM_ALONE = re.compile(
    r"^(?:(?P<num>[1-9]\d{0,3})\.|Min(?:ute)?s?\.?\s*(?:No\.?\s*)?(?P<labelled>[1-9]\d{0,3})\.?)\s*$")
# "Recommendation from Cabinet: ..." and "Reference from the Communities Scrutiny Committee -
# ..." title the business a council takes from its bodies: "from", the body's name in capitals,
# then the title's colon, dash or bracket, the meeting's date, or the title's end. A sentence
# goes on past the name: "Reference from the Parish Council to the resurfacing of Mill Lane
# was noted", "Recommendation from the Director that the programme be approved was agreed".
_FROM_A_BODY = (r"\s+from\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the|&))*"
                r"\s*(?:$|[:(–—\d]|-\s)")
# Words that start a sentence in a minute's body, never a minute's title ("Notes of the last
# meeting" is a title: the verb "Notes" is never followed by "of"; a recommendation or a
# reference from a body is one: _FROM_A_BODY; "Recommendation 3 ..." and "Reference was made
# ..." are none).
SENTENCE = re.compile(
    r"^(?:RESOLVED|Resolved|It\b|That\b|This\b|There\b|These\b|Those\b|He\b|She\b|They\b|We\b|"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\b|Councillors?\b|Members?\b|Further\b|In\s+(?:response|order)\b|"
    r"Following\b|During\b|Having\b|Officers?\b|Approved?\b|Agreed?\b|Noted?\b|Notes\b(?!\s+of\b)|"
    r"Authori[sz]e[ds]?\b|Delegate[sd]?\b|Implement\b|Initiated\b|Endorsed?\b|Agrees\b|"
    r"Approves\b|Recommendation\b(?!" + _FROM_A_BODY + r")|A\s+question\b|"
    r"Reference\b(?!" + _FROM_A_BODY + r")|The\s+(?:\w+\s+){0,5}"
    r"(?:was|were|is|are|had|has|said|introduced|noted|agreed|confirmed|will|would)\b)"
)
SECTION = re.compile(
    r"^(?:(?P<open>UNRESTRICTED\s+ITEMS|OPEN\s+ITEMS|PART\s+(?:1|I|ONE)\b)|"
    r"(?P<closed>EXEMPT\s+ITEMS|RESTRICTED\s+ITEMS|PART\s+(?:2|II|TWO)\b))",
    re.I,
)
EXCLUSION = re.compile(
    r"exclusion\s+of\s+(?:the\s+)?press|press\s+and\s+public\s+be\s+excluded", re.I
)
TRAILER = re.compile(
    r"^(?:The\s+)?meeting\s+(?:ended|closed|finished|concluded|terminated|rose)\b|"
    r"^There\s+being\s+no\s+further\s+business\b|"
    r"^(?:CHAIR(?:MAN)?|Chair(?:man)?|Signed)\b[\s_.:…]*(?:Chair(?:man)?)?\s*$|^_{4,}"
    r"|^(?:©|Copyright\b)",
    re.I,
)
# "Chair." alone on a line is the signature under the minutes, or the end of a sentence wrapped
# there: "... be confirmed and signed by the" / "Chair." (the line above runs on: it ends in a
# lower-case word or a comma, not a sentence's stop).
_CHAIR_ALONE = re.compile(r"^(?:CHAIR(?:MAN)?|Chair(?:man)?)\s*\.?\s*$", re.I)
_RUNS_ON = re.compile(r"[a-z,]$")


def wrapped_tail(above: str, line: str) -> bool:
    """Whether ``line`` ends the sentence of the line above rather than signing the minutes."""
    return bool(_CHAIR_ALONE.match(line) and _RUNS_ON.search(above.rstrip()))


# The labels of who attended: "Present:", "In attendance:", "Apologies:".
ATTENDANCE_LABEL = (r"(?i:(?:members\s+)?present|apologies|also\s+present|in\s+attendance|"
                    r"officers(?:\s+present)?)\s*:")
# A header label line ("PRESENT: ...", "IN ATTENDANCE: ...") is never part of a title.
LABEL_LINE = re.compile(rf"^(?:[A-Z][A-Z ]{{2,40}}\s*:|{ATTENDANCE_LABEL})-?(?:\s|$)")
# TITLE_NOISE never opens inside a run of spaces: a match from there would have started at the
# run's first space, so none is lost, and a long run with nothing wanted after it is read once,
# not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# ModernGov page furniture in titles: "Minutes of the meeting pdf icon PDF 149 KB".
TITLE_NOISE = re.compile(_OUTSIDE_SPACES + r"\s*(?:pdf\s+icon\s*)?\bPDF\s+\d+\s*[KM]B\b.*$", re.I)
# The label ModernGov puts before an item's minute text.
MINUTES_LABEL = re.compile(r"^(?:Minutes|Decision)\s*:\s*$", re.I)
MAX_HEAD_WORDS = 10
MAX_TITLE_WORDS = 12


def tidy_title(title: str) -> str:
    # (the point in the meeting's webcast printed after a heading is none of its title)
    title = without_timestamp(TITLE_NOISE.sub("", title))
    return re.sub(r"\s+", " ", title).strip(" -–.")


def tidy_ref(ref: str | None) -> str | None:
    return re.sub(r"\s+", "", ref).upper() if ref else None


def roman_value(numeral: str) -> int:
    """The value of a roman numeral of I, V and X (0 for none)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v
               for n, v in enumerate(values))


def roman_numeral(value: int) -> str:
    out = ""
    for numeral, step in (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)):
        while value >= step:
            out, value = out + numeral, value - step
    return out


# The label a minute's heading prints before its number, at most ("Minute ", "Min. No. ").
MAX_LABEL_CHARS = 12
# A joining word in lower case ending a line: a text heading ending short on it ("... Junction -
# Petition for a") was broken there by its writer, as a heading ends on no such word.
JOINING_END = re.compile(r"\s(?:and|of|the|for|to|on|in|with|at|by|from|a|an)$")
# "4/26(a) Revenue budget" under minute "4/26": a part of the minute under a heading of its
# own, numbered by the minute's number as printed and a bracketed letter ("12(a)", "Min.
# 45(b)" likewise), what follows the minute's number on the line; or the letter glued to the
# number: "6a Lease of land" under "6 Council property", or a capital glued, the minute's
# number as its heading prints it with the colon or dash after ("Minute 65A: EXCLUSION OF THE
# PRESS AND PUBLIC" under "Minute 65: ...", an item added after it). A part's title may open
# with the reference a planning committee minutes each application under, its figures parted
# by strokes ("48A 25/02211/FUL - Former Bus Depot" under "48 PLANNING APPLICATIONS"; a
# council's district figure first, "3/25/1877/OUT", or the year after the number,
# "4/01877/25/FUL"): a sentence never opens so.
SUB_MINUTE = re.compile(
    r"(?:\s?\((?P<letter>[a-z])\)(?:\s+[-–—](?=\s)|[.:])?"
    r"|(?P<glued>[a-z]|[A-Z](?=[.:\s]))(?P<mark>\s+[-–—]|[.:])?)"
    r"\s+(?P<title>(?:[A-Z'‘\"“]|\d{1,4}(?:/\d{2,6}){1,2}/[A-Z]).*)$")


def label_prefix(heading: str, printed: str) -> str:
    """The label a minute's heading prints before its number ("Minute " in "Minute 12 ..."),
    if any; "" where the number opens the heading or stands too far in to follow a label."""
    at = heading.find(printed)
    return heading[:at] if 0 < at <= MAX_LABEL_CHARS else ""
