"""A record of decision's fields: the labels it prints them under (its masthead's, its
decision's, its reasons' and the rest), its numbered sections, and where a field's value ends
(the next labelled field or heading, named here or not)."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.fields import label_patterns

# A date as a label's whole value opens: "21 April 2027", "Wednesday 21st April 2027",
# "21/04/2027".
_DATE_VALUE = (r"(?:(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}"
               r"|\d{1,2}/\d{1,2}/\d{2,4})")
_ROD_LABELS = {
    # ("Cabinet Member: Councillor ..." over an individual member's decision)
    "maker": r"DECISION\s+TO\s+BE\s+TAKEN\s+BY|DECISION\s+(?:TAKEN|MADE)\s+BY|Decision\s+maker|"
             r"(?:Cabinet|Executive|Portfolio)\s+Member(?=\s*:)|Portfolio\s+Holder(?=\s*:)",
    "date": r"Date\s+of\s+decision|Decision\s+date|Date\s+decision\s+(?:taken|made)"
            # ("Decision made: 21 April 2027" under a page's title: the day of decision, the
            # label's value a date; "Decision made:" over words is the decision, below)
            rf"|Decision\s+(?:made|taken)(?=\s*:\s*{_DATE_VALUE})",
    "number": r"DECISION\s+(?:NUMBER|NO\.?)",
    "publication": r"For\s+publication",
    # an entry's other header fields, which end the field above them ("Subject:" over
    # "Portfolio:", "Decision maker:" over "Meeting date:")
    "portfolio": r"Portfolio(?=\s*:)",
    "wards": r"Wards?\s+affected",
    "meeting": r"Meeting\s+date|Date\s+of\s+(?:the\s+)?meeting",
    "key": r"Key\s+decision(?!\s+criteria)",
    "criteria": r"Key\s+decision\s+criteria",
    "title": r"Subject\s+Matter\s*/\s*Title\s+of\s+Decision|(?:Title\s+of|Decision)\s+title|"
             r"Title\s+of\s+decision|Subject|Title",
    # an officer's record: "Decision taken:" ("Decision taken by:" is its maker)
    # ("Details of the decision made:" on a portfolio holder's decision sheet)
    # "Decision(s) taken" alone on its line as a heading, or with a colon as a label
    # ("Determination" over a licensing sub-committee's decision, perhaps as its notice's
    # numbered section: "1. The Determination")
    "decision": r"(?:\d{1,2}\.\s+)?(?:the\s+)?(?:Decisions?|Determination)"
    r"(?:\s*\(s\))?"
    r"(?:\s+(?:taken|made))?"
    r"(?=\s*:|\s*$)"
    # ... "Details of the decision" alone on its line heads a form's section of its details
    # (its reference, its taker, its date), not the decision
    r"|Details\s+of\s+(?:the\s+)?Decisions?(?:\s*\(s\))?(?:\s+(?:taken|made)(?=\s*:|\s*$)|(?=\s*:))"
    # "Decision of the Mayor:", "Decision of the Portfolio Holder:": the decision, its maker named
    # (or alone on its line as the heading over it: "DECISION OF THE POLICE AND CRIME
    # COMMISSIONER" over "I approve ...")
    # (a hyphened body's name too: "Decision of the Sub-Committee")
    r"|Decision\s+of\s+(?:the\s+)?[A-Z][\w '’-]{0,40}?(?=\s*:|\s*$)"
    # "DECISION" alone on its line over the decision's text, "REASONS FOR THE DECISION" under
    r"|Decision(?=\s*$)"
    # a sentence saying so over the decision: "The Leader of the Council has decided:",
    # "The Cabinet Member has made the following decision:"
    r"|(?:The\s+)?[A-Z][\w,'’ -]{0,80}?\s+(?:has|have)\s+(?:decided|resolved|agreed|approved|"
    r"made\s+the\s+following\s+decisions?)(?=\s*:)"
    # ... or a hearing body's heading in the past, alone or with its colon: "The Sub-Committee
    # resolved", "The Panel determined:" (its body's word last: a sentence wrapped after
    # "On 4 March the Sub-Committee resolved" names a date first)
    r"|The\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Sub-Committee|Sub-Panel|Committee|Panel|Board)\s+"
    r"(?:resolved|determined|decided)(?=\s*:|\s*$)",
    # ... or a notice's numbered section, "3. Reasons", alone on its line
    "reasons": r"Reasons?\s*\(s\)\s+for\s+decision|Reasons?\s+for\s+(?:the\s+)?decision"
    r"|\d{1,2}\.\s+Reasons(?=\s*$)",
    # what the decision maker is asked to approve: the decision where none is printed apart
    # (a commissioner's notice: "Recommendation" over the text, "I hereby approve" under it)
    "recommendation": r"(?:Officer\s+)?Recommendations?(?:\s*\(s\))?(?=\s*:|\s*$)",
    # ... or, where no recommendation is printed either, "Decision required:" over it, as a
    # mayoral or director's decision form asks, its approval signed under it ("The above
    # request has my approval."); a field of its own, as other forms print it over the options
    # their recommendation then chooses from, or over a flag ("Decision required: Yes")
    "required": r"Decision\s+required(?=\s*:|\s*$)",
    # the status a decisions page prints after a decision ("Decision status: Deferred")
    "status": r"Decision\s+status",
    "consultation": r"Cabinet\s+Committee\s+recommendations",
    "alternatives": r"Any\s+alternatives\s+considered",
    "interest": r"Any\s+interest\s+declared",
    # the foot of a record of a meeting's decisions: not part of its last decision
    "published": r"Date\s+of\s+publication|Publication\s+date"
                 # ("Published 7 December 2027. Contact: ..." at a decisions page's foot, the
                 # day of issue opening its line: no words of the last decision)
                 # (or said with "on": "Published on 7 December 2027")
                 rf"|(?-i:Published)(?=\s*:?\s*(?:on\s+)?{_DATE_VALUE})",
    "callin": r"Call[\s-]in\s+(?:deadline|expiry|period|expires)",
}


_ROD_LABEL = re.compile(rf"^\s*(?:{'|'.join(_ROD_LABELS.values())})(?!\w)\s*\??:", re.I)
_ROD_FIELDS = label_patterns(_ROD_LABELS)
# A label alone on its line, a heading ("DECISION", "REASONS FOR THE DECISION").
_ROD_LABEL_ALONE = re.compile(rf"^\s*(?:{'|'.join(_ROD_LABELS.values())})\s*:?\s*$", re.I)


# A record set out in numbered sections ("1. DECISION", "2. REASONS FOR THE DECISION"), or
# lettered ones named so ("Section B: Decision", "Part 2 - Decision", "PART 1 - DECISION" in
# a record set in capitals): the section's number before a heading that is wholly one of the
# record's labels.
_SECTION_NUMBER = re.compile(
    r"^\s*(?:(?i:Section|Part)[^\S\n]+[A-Z0-9]{1,2}[^\S\n]*[:.–-][^\S\n]*|\d{1,2}\.?\s+)(?=[A-Z])")


def until_section(lines: list[str]) -> list[str]:
    """A report's recommendation up to the report's next numbered section ("3. Background"
    after its finished sentence): what follows is the report, not what it recommends."""
    end = next((k for k in range(1, len(lines)) if _next_section(lines[k - 1:k], lines[k])),
               len(lines))
    return lines[:end]


# A point's number in a decision's own numbered list ("1. The Sub-Committee resolved ...").
_POINT_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?\s+(?=\S)")


def until_numbered_section(lines: list[str]) -> list[str]:
    """A decision's lines up to the notice's own next numbered section: one "DECISION" heading
    over "1." and "2.", then "3. Right of appeal" (its numbering run on into a section's
    title, after a finished sentence), or a decision in section "2. Decision" over "3.
    Reasons": the appeal's words are the notice's, not the decision's. Where the decision's
    own numbered points are headings ("1. Hours" over its times), its numbered headings are
    its own parts and nothing ends here."""
    last: int | None = None  # the decision's own last numbered point
    for k, line in enumerate(lines):
        point = _POINT_NUMBER.match(line)
        if point is None:
            continue
        number = int(point.group(1))
        if k and last in (None, number - 1) and _next_section(lines[k - 1:k], line):
            return lines[:k]
        if _heading_words(line[point.end():]):
            return lines  # (the decision's own parts headed so)
        last = number
    return lines


def _next_section(part: list[str], line: str) -> bool:
    """Whether ``line`` is the notice's next numbered section's heading ("5. Views of the
    Independent Person") after the last headed decision's finished sentence: the decisions
    end there."""
    number = _SECTION_NUMBER.match(line)
    return (number is not None and bool(part)
            and _unnamed_heading(part[-1], line[number.end():]))


# A field of the record this reader has no name for ("Name of contractor: ...", "Duration:
# 3 years"): a capitalised label of a few lower-case words, a colon, its value.
_OTHER_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s*:\s+\S")


# A heading of the record this reader has no name for ("Police and Crime Commissioner
# approval"): a short line of words with no closing stop, after a finished sentence.
MAX_HEADING_WORDS = 6
_HEADING_WORDS = re.compile(r"^\s*[A-Z][\w'’()-]*(?:\s+[\w'’()&-]+)*\s*$")


# The word a body's decision opens with, as minutes print it ("Resolved: That the Executive
# Member approves ..."): under a label alone on its line ("Decision:"), the decision's own
# first line, not the next field.
_RESOLVED_OPENING = re.compile(r"^\s*(?:Resolved|Agreed|Decided)\s*:", re.I)


def until_label(lines: list[str]) -> list[str]:
    """The decision's lines up to the next labelled field or heading, named here or not."""
    first = _first_written(lines)
    end = next((k for k, line in enumerate(lines) if k > first and (
        _OTHER_LABEL.match(line) or _unnamed_heading(lines[k - 1], line))), len(lines))
    return lines[:end]


def _first_written(lines: list[str]) -> int:
    """The line a field's value starts on: its first, or past the blank value of a label
    alone on its line, a line opening with the word of a resolution."""
    written = next((k for k, line in enumerate(lines) if line.strip()), 0)
    return written if _RESOLVED_OPENING.match(lines[written] if lines else "") else 0


# ... but not a decision's next part that starts with its verb ("Note the risks").
_OPERATIVE = re.compile(
    r"^\s*(?:To|That|Approve|Note|Agree|Endorse|Delegate|Authori[sz]e|Confirm|Adopt|Accept|"
    r"Reject|Defer|Refuse|Grant|Request|Recommend|Appoint|Allocate|Award|Make|Extend)\b")


def _unnamed_heading(before: str, line: str) -> bool:
    return before.rstrip().endswith((".", ";")) and _heading_words(line)


def _heading_words(line: str) -> bool:
    """Whether ``line`` reads as a heading: a few words, no closing stop, no operative verb."""
    return (bool(_HEADING_WORDS.match(line)) and len(line.split()) <= MAX_HEADING_WORDS
            and not _OPERATIVE.match(line))
