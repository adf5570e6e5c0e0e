"""Decision notices in the forms councils publish them:

* Kent "RECORD OF DECISION" / "PROPOSED RECORD OF DECISION" (DECISION TO BE TAKEN BY, DECISION
  NUMBER, Key decision, Subject Matter / Title of Decision, Decision:, Reason(s) for decision);
* ModernGov "Issue details" (forward plan) and "Decision details" pages (Decision type, Reason
  Key, Decision status, Decision due ... by Cabinet, Lead director, Department);
* Bristol "Decision Recording Form": one "(a) Subject: ... (agenda item 7) ... (d) Decision
  taken ... (e)" section per decision;
* ModernGov agenda-item pages: "Agenda item", the title, "Minutes:" and the resolution.

This module holds the notice every form is read into and the Kent records of decision; the
ModernGov issue and decision details are read by ``issue_details``, the recording forms and
agenda-item pages by ``recording_forms``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kcc_papers.extract.decisions.block_end import join_items
from kcc_papers.extract.decisions.fields import (
    DECISION_NUMBER,
    key_decision,
    label_patterns,
    labelled,
    labelled_lines,
)
from kcc_papers.extract.decisions.first_person_decisions import first_person_decision
from kcc_papers.normalise.bilingual import halves, label_halves
from kcc_papers.normalise.dates import find_date


@dataclass(slots=True)
class Notice:
    title: str | None
    text: str
    page: int
    ref: str | None = None
    decision_number: str | None = None
    decision_date: dt.date | None = None
    decision_maker: str | None = None
    key_decision: bool | None = None
    key_reason: str | None = None
    status: str | None = None
    lead_officer: str | None = None
    department: str | None = None
    agenda_item_ref: str | None = None


# A record of decision's masthead ("PROPOSED RECORD OF DECISION", its decision number) is in
# its first lines: the number further down is another decision's, cited.
ROD_PROPOSED_LINES = 5
ROD_NUMBER_LINES = 10
# The date of a signature is on the "signed ... date" line or up to this many lines above it.
SIGNED_DATE_LINES_ABOVE = 3
_ROD_LABELS = {
    # ("Cabinet Member: Councillor ..." over an individual member's decision)
    "maker": r"DECISION\s+TO\s+BE\s+TAKEN\s+BY|DECISION\s+(?:TAKEN|MADE)\s+BY|Decision\s+maker|"
             r"(?:Cabinet|Executive|Portfolio)\s+Member(?=\s*:)|Portfolio\s+Holder(?=\s*:)",
    "date": r"Date\s+of\s+decision|Decision\s+date|Date\s+decision\s+(?:taken|made)",
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
    r"|Decision\s+of\s+(?:the\s+)?[A-Z][\w ]{0,40}?(?=\s*:|\s*$)"
    # "DECISION" alone on its line over the decision's text, "REASONS FOR THE DECISION" under
    r"|Decision(?=\s*$)"
    # a sentence saying so over the decision: "The Leader of the Council has decided:",
    # "The Cabinet Member has made the following decision:"
    r"|(?:The\s+)?[A-Z][\w,'’ -]{0,80}?\s+(?:has|have)\s+(?:decided|resolved|agreed|approved|"
    r"made\s+the\s+following\s+decisions?)(?=\s*:)",
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
    "consultation": r"Cabinet\s+Committee\s+recommendations",
    "alternatives": r"Any\s+alternatives\s+considered",
    "interest": r"Any\s+interest\s+declared",
    # the foot of a record of a meeting's decisions: not part of its last decision
    "published": r"Date\s+of\s+publication|Publication\s+date",
    "callin": r"Call[\s-]in\s+(?:deadline|expiry|period|expires)",
}


_DECISION_LABEL = re.compile(r"^\s*Decision\s*(?::|$)", re.I)
# A financial year, two years running ("26/27", "2026/27", "2026/2027"), by its two years.
_YEAR_SPAN = "|".join(rf"(?:\d\d)?{year:02d}/(?:\d\d)?{(year + 1) % 100:02d}(?!\d)"
                      for year in range(100))
# An item's heading in a record of several decisions: "Item 6: Fees and Charges", "6. Title",
# or the decision's own reference before its title, as a body numbers its decisions ("CAB.31/26
# Car Parking Tariffs", "EX/2026/045 Fees and Charges", "CM-12 Waste Strategy"). (Read by
# prose_records too.)
ITEM_HEAD = re.compile(
    r"^\s*(?:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<ref>[A-Z]?\d{1,3}[a-z]?)\s*[:.–-]?|"
    r"(?P<num>\d{1,3})\.|"
    r"(?-i:(?P<code>[A-Z]{2,6}[./-]?\d{1,4}(?:[./-]\d{1,4}){0,2})(?=\s+[A-Z]))|"
    # ... or the decision's number in the record's one sequence, a year's and a count: "27/86
    # Local Development Scheme" (a Leader's record of a cabinet's decisions); never a
    # financial year opening a wrapped line ("2028/29 Parking Permits ...") (the hundred
    # years tried only where a figure and a stroke open the line, as a number in the sequence
    # needs: every line of a record is read so)
    rf"(?-i:(?=\d{{2,4}}/)(?!{_YEAR_SPAN})(?P<seq>\d{{2,4}}/\d{{1,4}})(?=\s+[A-Z])))"
    r"\s+(?P<title>\S.*)$",
    re.I,
)


# ... or the item labelled, as a notice of a meeting's decisions sets each entry's header:
# "Agenda Item: 6", perhaps beside another label ("Decision Reference: CAB/2027/003"), the
# entry's title under a label of its own ("Subject:").
_ITEM_LABEL = re.compile(
    r"^\s*(?:Agenda\s+)?Item\s*(?:No\.?\s*)?:\s*(?P<ref>[A-Z]?\d{1,3}[a-z]?)(?![\w/.])"
    r"\s*[:.–-]?\s*(?P<title>.*)$", re.I)
# A label beside the item's number, not its title.
_BESIDE_LABEL = re.compile(r"^[A-Z][\w ]{0,40}:(?:\s|$)")


def item_ref(head: re.Match[str]) -> str | None:
    """The reference an ITEM_HEAD match gives its item: the item's number or the decision's
    code, as the heading prints it."""
    return (head.group("ref") or head.group("num") or head.group("code")
            or head.group("seq"))


def _item_head(text: str) -> tuple[str | None, str] | None:
    """An item's heading in a record of several decisions as its reference and its title
    (empty where the heading only labels the item); None for another line."""
    head = ITEM_HEAD.match(text)
    if head:
        return item_ref(head), head.group("title")
    label = _ITEM_LABEL.match(text)
    if label is None:
        return None
    title = label.group("title").strip()
    return label.group("ref"), "" if _BESIDE_LABEL.match(title) else title


_ROD_LABEL = re.compile(rf"^\s*(?:{'|'.join(_ROD_LABELS.values())})(?!\w)\s*\??:", re.I)
_ROD_FIELDS = label_patterns(_ROD_LABELS)
# A label alone on its line, a heading ("DECISION", "REASONS FOR THE DECISION").
_ROD_LABEL_ALONE = re.compile(rf"^\s*(?:{'|'.join(_ROD_LABELS.values())})\s*:?\s*$", re.I)


# A record set out in numbered sections ("1. DECISION", "2. REASONS FOR THE DECISION"), or
# lettered ones named so ("Section B: Decision", "Part 2 - Decision"): the section's number
# before a heading that is wholly one of the record's labels.
_SECTION_NUMBER = re.compile(
    r"^\s*(?:(?:Section|Part)[^\S\n]+[A-Z0-9]{1,2}[^\S\n]*[:.–-][^\S\n]*|\d{1,2}\.?\s+)(?=[A-Z])")


def _section_label(text: str) -> str:
    """A numbered section's heading read as the label it is: "1. DECISION" as "DECISION"; any
    other line as printed."""
    number = _SECTION_NUMBER.match(text)
    if number is None:
        return text
    rest = text[number.end():]
    label = _ROD_LABEL_ALONE.match(rest)
    return rest if label else text


def _known_half(text: str) -> str:
    """A bilingual record's label or item heading in the language its labels are known in:
    "Penderfyniad / Decision: That ..." is read as "Decision: That ...", "Rhesymau / Reasons:
    ..." as "Reasons: ...", "Eitem 4 / Item 4 - Strategaeth ... / ... Strategy" from its
    "Item 4"; any other line as printed."""
    if "/" not in text or ITEM_HEAD.match(text):
        return text
    parts = halves(text, before_capital=True)
    # (a heading's title may hold a colon: "Item 8 - Pontcoed School: Proposal to Close")
    head = next((rest for n in range(1, len(parts))
                 if ITEM_HEAD.match(rest := " / ".join(parts[n:]))), None)
    if head:
        return head
    pair = label_halves(text)
    if pair:
        # a label of no known words is still a label (it ends the field above it) once its
        # two names are parted from its value
        return next((half for half in pair if _ROD_LABEL.match(half)), pair[0])
    return text


# An item's "Decision:" that records no decision: "None.", "Nil", or who sent apologies
# ("Apologies were received from Councillor X"), as a record of a meeting's decisions prints
# one under every item of its agenda, the procedural ones too.
_DECIDES_NOTHING = re.compile(
    r"^\s*(?:(?:None|Nil|N/A)\W*$|Apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+"
    r"(?:received|submitted|given|noted)\b|No\s+apologies\b)", re.I)


def records_of_decision(lines: list[tuple[int, str]]) -> list[Notice]:
    """A record of the decisions of one meeting prints a "Decision:" under each item's heading:
    a notice per item, each read with the record's masthead. A single decision is one notice."""
    lines = [(p, _section_label(_known_half(t))) for p, t in lines]
    at = [n for n, (_, t) in enumerate(lines)
          if _DECISION_LABEL.match(t) and not _title_tail(lines, n)]
    starts: list[int] = []
    for k, label in enumerate(at):
        floor = at[k - 1] + 1 if k else 0
        head = next((n for n in range(label - 1, floor - 1, -1) if _item_head(lines[n][1])),
                    None)
        if head is None:
            return record_of_decision(lines)
        starts.append(head)
    if len(starts) < 2:
        return record_of_decision(lines)
    masthead = lines[: starts[0]]
    out: list[Notice] = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        item = _item_head(lines[start][1])
        assert item
        ref, head_title = item
        tail = _title_tails(lines, start + 1)
        title = " ".join([head_title.strip(), *(t.strip() for _, t in tail)]).strip()
        for notice in record_of_decision(masthead + lines[start + 1 + len(tail) : end]):
            if _DECIDES_NOTHING.match(notice.text):
                continue
            notice.title = notice.title or title or None
            notice.agenda_item_ref = ref
            notice.page = lines[start][0]
            out.append(notice)
    return out


# An item's heading in capitals wraps onto a line or two more in capitals ("... - URGENT" over
# "DECISION") before the item's own "Decision:" label: the words are the heading's (a bare
# "DECISION" over the decision's text, with no label under it, is that label).
MAX_TITLE_TAIL_LINES = 2


def _title_tails(lines: list[tuple[int, str]], after: int) -> list[tuple[int, str]]:
    """The lines from ``after`` that carry on the capitalised item heading just above them, up
    to the item's "Decision:" label; none when no label follows them."""
    head = ITEM_HEAD.match(lines[after - 1][1]) if after else None
    if head is None or not _capitals(head.group("title")):
        return []
    for k in range(after, min(after + MAX_TITLE_TAIL_LINES, len(lines) - 1)):
        text = lines[k][1]
        if not _capitals(text) or ":" in text:
            return []
        if _DECISION_LABEL.match(lines[k + 1][1]) and ":" in lines[k + 1][1]:
            return lines[after : k + 1]
    return []


def _title_tail(lines: list[tuple[int, str]], n: int) -> bool:
    """Whether line ``n`` carries on the capitalised item heading one or two lines above it."""
    return any(len(_title_tails(lines, n - back + 1)) >= back
               for back in range(1, MAX_TITLE_TAIL_LINES + 1) if n - back >= 0)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def record_of_decision(lines: list[tuple[int, str]]) -> list[Notice]:
    texts = [t for _, t in lines]
    f = labelled(texts, _ROD_FIELDS)
    fields = labelled_lines(texts, _ROD_FIELDS)
    decided = join_items(_after_lead_in(until_label(fields.get("decision", []))))
    # (the heading over the masthead printed again: the office-holder's own words under it)
    own = first_person_decision(texts, decided, _ROD_FIELDS["decision"], until_label)
    decided = join_items(own) if own else decided
    recommended = (join_items(_until_section(until_label(fields.get("recommendation", []))))
                   or _required(fields.get("required", [])))
    # (the decision maker's assent to the report's recommendation decides what it recommends)
    text = (recommended if recommended and _assent_only(decided) else decided) or recommended
    if not text:
        return []
    numbered = _numbered_decisions(texts)
    texts_of = [join_items(until_label(part)) for part in numbered] if numbered else [text]
    key, reason = key_decision(f.get("key"))
    proposed = any(re.search(r"PROPOSED\s+RECORD\s+OF\s+DECISION", t, re.I)
                   for t in texts[:ROD_PROPOSED_LINES])
    signed = _signed_date(texts)
    # Two-column mastheads print "DECISION TO BE TAKEN BY: DECISION NUMBER:" on one line and
    # both values below it, so the number is looked for in the masthead, not its field.
    number = DECISION_NUMBER.search(f.get("number", "")) or DECISION_NUMBER.search(
        "\n".join(texts[:ROD_NUMBER_LINES])
    )
    maker = re.sub(r"DECISION\s+(?:NUMBER|NO\.?)\s*:?|\b\d{2}/\d{5}\b", "", f.get("maker", ""))
    return [
        Notice(
            title=f.get("title") or None,
            text=decision,
            page=lines[0][0],
            ref=number.group(1) if number else None,
            decision_number=number.group(1) if number else None,
            decision_date=None if proposed else (find_date(f.get("date", "")) or signed),
            decision_maker=re.sub(r"\s+", " ", maker).strip(" ,:") or None,
            key_decision=key,
            key_reason=reason,
            status="proposed" if proposed else ("signed" if signed else "recorded"),
        )
        for decision in texts_of
    ]


# A decision that only assents to the report's recommendation, as its decision maker signs
# a report: "I agree the recommendation set out in paragraph 2.1.", "I approve the
# recommendations." (longer, it says more: an amendment, a condition).
_ASSENT = re.compile(
    r"^\s*I\s+(?:agree|approve)\s+(?:(?:with|to)\s+)?(?:(?:the|all\s+the)\s+)?recommendations?\b",
    re.I)
ASSENT_MAX_CHARS = 80
# An assent that qualifies what it agrees, however short ("I agree the recommendations subject
# to a three year term.", "I approve the recommendation except 2.2."), decides in its own words.
_QUALIFIED = re.compile(
    r"\b(?:subject|except|excluding|save|but|other\s+than|amend\w*|condition\w*|provided|"
    r"however|not|only|instead|replac\w*|delet\w*|vary|varied|with\s+the\s+exception)\b", re.I)


def _assent_only(decided: str) -> bool:
    return (len(decided) <= ASSENT_MAX_CHARS and bool(_ASSENT.match(decided))
            and not _QUALIFIED.search(decided))


def _until_section(lines: list[str]) -> list[str]:
    """A report's recommendation up to the report's next numbered section ("3. Background"
    after its finished sentence): what follows is the report, not what it recommends."""
    end = next((k for k in range(1, len(lines)) if _next_section(lines[k - 1:k], lines[k])),
               len(lines))
    return lines[:end]


def _required(lines: list[str]) -> str:
    """What a form's "Decision required:" asks, where it words the decision ("That the Mayor
    approves ...", _OPERATIVE): not the options it heads ("Option 1: ...") nor a flag ("Yes")."""
    asked = join_items(_until_section(until_label(lines)))
    return asked if _OPERATIVE.match(asked) else ""


# A record that labels each of its decisions apart, numbered: "DECISION: 1. To award ...",
# "DECISION: 2. To approve ...": as many decisions as labels (a list under one label is one).
_NUMBERED_DECISION = re.compile(
    rf"^\s*(?:{_ROD_LABELS['decision']})\s*:\s*(?P<n>\d{{1,2}})[.)]\s+\S", re.I)
# ... or headed so, the number after the word alone on its line: "DECISION 1" over the
# finding, "DECISION 2" over the sanctions (a standards hearing's notice).
_DECISION_HEADING = re.compile(
    r"^\s*(?:Decision|Determination|Resolution)\s+(?:No\.?\s*)?(?P<n>\d{1,2})\s*:?\s*$", re.I)
_ANY_LABEL = re.compile(
    rf"^\s*(?:{'|'.join(_ROD_LABELS.values())})(?!\w)", re.I)


def _numbered_decisions(texts: list[str]) -> list[list[str]]:
    """Each decision's lines, its label off, where two or more labelled decisions follow one
    another numbered 1, 2, 3 with nothing else labelled between; otherwise none."""
    parts: list[list[str]] = []
    headed = False  # the decisions are headed "DECISION 1", "DECISION 2"
    for line in texts:
        m = _NUMBERED_DECISION.match(line)
        heading = None if m else _DECISION_HEADING.match(line)
        if m and int(m.group("n")) == len(parts) + 1:
            parts.append([line[line.index(":") + 1 :].strip()])
        elif heading and int(heading.group("n")) == len(parts) + 1:
            parts.append([])
            headed = True
        elif parts and (_ANY_LABEL.match(line) or (headed and _next_section(parts[-1], line))):
            break
        elif parts:
            parts[-1].append(line)
    return parts if len(parts) > 1 else []


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
    return (before.rstrip().endswith((".", ";")) and bool(_HEADING_WORDS.match(line))
            and len(line.split()) <= MAX_HEADING_WORDS and not _OPERATIVE.match(line))


# A sentence wrapped over a few lines that leads in to what was decided: "I, Councillor ...,
# having considered the report ..., have AGREED:" (on one line it is the field's label).
LEAD_IN_LINES = 6
_LEAD_IN_END = re.compile(
    r"\b(?:has|have)\s+(?:decided|resolved|agreed|approved|made\s+the\s+following\s+"
    r"decisions?)\s*:\s*$", re.I)


def _after_lead_in(lines: list[str]) -> list[str]:
    """A decision's lines without the sentence that leads in to them."""
    end = next((k for k, line in enumerate(lines[:LEAD_IN_LINES]) if _LEAD_IN_END.search(line)),
               None)
    if end is None or not any(line.strip() for line in lines[end + 1:]):
        return lines
    return lines[end + 1:]


def _signed_date(texts: list[str]) -> dt.date | None:
    """The date written beside "signed ... date" at the foot of a record of decision."""
    for n, t in enumerate(texts):
        if re.search(r"\bsigned\b.*\bdate\b", t, re.I):
            for back in texts[max(0, n - SIGNED_DATE_LINES_ABOVE) : n + 1]:
                d = find_date(back)
                if d:
                    return d
    return None
