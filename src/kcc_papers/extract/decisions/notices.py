"""Decision notices in the forms councils publish them:

* Kent "RECORD OF DECISION" / "PROPOSED RECORD OF DECISION" (DECISION TO BE TAKEN BY, DECISION
  NUMBER, Key decision, Subject Matter / Title of Decision, Decision:, Reason(s) for decision);
* ModernGov "Issue details" (forward plan) and "Decision details" pages (Decision type, Reason
  Key, Decision status, Decision due ... by Cabinet, Lead director, Department);
* Bristol "Decision Recording Form": one "(a) Subject: ... (agenda item 7) ... (d) Decision
  taken ... (e)" section per decision;
* ModernGov agenda-item pages: "Agenda item", the title, "Minutes:" and the resolution.

This module parts a record of several decisions into its items (each item's heading and its
"Decision:"), each read as one record of decision. The notice every form is read into is in
``notice``; one record of decision is read by ``record_of_decision``, its fields' labels and
where a field ends are in ``record_fields``; the ModernGov issue and decision details are read
by ``issue_details``, the recording forms and agenda-item pages by ``recording_forms``."""

from __future__ import annotations

import re

from kcc_papers.classify.decision_lists import TITLE_MARKS
from kcc_papers.extract.decisions.colon_titles import colon_title, item_field
from kcc_papers.extract.decisions.notice import Notice
from kcc_papers.extract.decisions.record_fields import (
    _ROD_LABEL,
    _ROD_LABEL_ALONE,
    _SECTION_NUMBER,
    until_label,
)
from kcc_papers.extract.decisions.record_of_decision import record_of_decision
from kcc_papers.extract.decisions.refused_items import refused_item
from kcc_papers.extract.decisions.resolved_items import resolutions_as_decisions
from kcc_papers.normalise.bilingual import halves, label_halves

# The notice, one record and a field's end are read apart; the names other modules and tests
# import from this module stay importable here.
__all__ = ["DECIDES_NOTHING", "ITEM_HEAD", "Notice", "item_ref", "record_of_decision",
           "records_of_decision", "until_label"]


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
    # (perhaps a dash between: "HSF/26/07 - The Corner Bakehouse", a panel's application)
    r"(?-i:(?P<code>[A-Z]{2,6}[./-]?\d{1,4}(?:[./-]\d{1,4}){0,2})(?:\s+[–-](?=\s))?(?=\s+[A-Z]))|"
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
# ... or the decision numbered in the notice's own sequence over its title, as a notice of a
# meeting's decisions heads each entry: "Decision 1: Fleet Replacement (Key decision: Yes)",
# "Decision No. 2 - Title" (its number and a stop before the title: "Decision 12 was made"
# is a sentence; the bare "Decision:" label under it has no number).
# (an older record's heading names the decision's kind and numbers it with its year:
# "EXECUTIVE DECISION No. 123/2009 - HOUSING STRATEGY", "Key Decision 14/08: ...", the
# year first or the number after a colon: "CABINET DECISION NO: 2011/42 - ...")
_NUMBERED_DECISION = re.compile(
    r"^\s*(?:(?-i:[A-Z])[\w-]*\s+){0,2}?Decision\s+(?:No[.:]?\s*)?"
    r"(?P<ref>(?:\d{4}/)?\d{1,3}(?:/(?:\d{2}|\d{4}))?[a-z]?)\s*[:.–-]\s+(?P<title>\S.*)$", re.I)
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
    numbered = _NUMBERED_DECISION.match(text)
    if numbered:
        return numbered.group("ref"), numbered.group("title")
    label = _ITEM_LABEL.match(text)
    if label is None:
        return None
    title = label.group("title").strip()
    return label.group("ref"), "" if _BESIDE_LABEL.match(title) else title


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
# one under every item of its agenda, the procedural ones too; or says none was taken ("Item
# withdrawn from the agenda ...", "No decision was taken."), as a list of a meeting's
# decisions fills the decision cell of an item that was not decided.
DECIDES_NOTHING = re.compile(
    r"^\s*(?:(?:None|Nil|N/A)\W*$|Apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+"
    r"(?:received|submitted|given|noted)\b|No\s+apologies\b"
    r"|(?:(?:The\s+)?(?:Item|Report|Matter)\s+(?:was\s+)?)?Withdrawn\b"
    # (the sentence the whole of what is said: "No decision was taken on Option B; the
    # Executive approved Option A" records the decision after it)
    r"|No\s+decision\s+(?:was\s+)?(?:taken|made|reached)\b[^.;]*\.?\s*$)", re.I)


def records_of_decision(lines: list[tuple[int, str]]) -> list[Notice]:
    """A record of the decisions of one meeting prints a "Decision:" under each item's heading:
    a notice per item, each read with the record's masthead. A single decision is one notice."""
    lines = [(p, _section_label(_known_half(t))) for p, t in lines]
    at = _decision_labels(lines)
    if not at:
        # (or each item's resolution printed as minutes print it, "RESOLVED:" under its head)
        resolved = resolutions_as_decisions(lines, lambda t: _item_head(t) is not None)
        if resolved is not None:
            lines = resolved
            at = _decision_labels(lines)
    starts: list[int] = []
    for k, label in enumerate(at):
        floor = at[k - 1] + 1 if k else 0
        head = next((n for n in range(label - 1, floor - 1, -1) if _item_head(lines[n][1])),
                    None)
        if head is None:
            # (or every item's heading unnumbered, a title over its label alone)
            starts = _unnumbered_heads(lines, at)
            if not starts:
                return record_of_decision(_without_page_title(lines, at))
            break
        starts.append(head)
    if len(starts) < 2:
        # (one item's "Decision" under a page's title "Decisions": the title is no label, as
        # above several items; read as one, the meeting's name under it would be the decision)
        return record_of_decision(_without_page_title(lines, at))
    # (an item in the record's own numbering whose heading has no label under it ends the
    # item above, and records what it says was refused: _unlabelled_heads)
    unlabelled = _unlabelled_heads(lines, starts)
    starts = sorted([*starts, *unlabelled])
    # (the masthead's title "Decisions", a decisions page's heading over its items, labels no
    # item's decision: read as the label, it would give each item the masthead's words)
    masthead = [(p, t) for p, t in lines[: starts[0]] if not _PAGE_TITLE_LABEL.match(t)]
    out: list[Notice] = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        ref, head_title = _item_head(lines[start][1]) or (None, lines[start][1])
        tail = _title_tails(lines, start + 1)
        title = " ".join([head_title.strip(), *(t.strip() for _, t in tail)]).strip()
        if start in unlabelled:
            out.extend(refused_item(lines[start + 1 : end], title, ref))
            continue
        for notice in record_of_decision(masthead + lines[start + 1 + len(tail) : end]):
            if DECIDES_NOTHING.match(notice.text):
                continue
            notice.title = notice.title or title or None
            notice.agenda_item_ref = ref
            notice.page = lines[start][0]
            out.append(notice)
    return out


def _sequence_number(text: str) -> tuple[str, int] | None:
    """An item heading's form and number where it numbers the record's items in a sequence:
    "Decision 4: Title", "Item 4 - Title", "Agenda Item: 4"; none for a bare "4." or a code,
    which a decision's own numbered points and references print too."""
    numbered = _NUMBERED_DECISION.match(text)
    if numbered:
        ref = numbered.group("ref")
        return ("decision", int(ref)) if ref.isdigit() else None
    head = ITEM_HEAD.match(text)
    if head and head.group("ref") and head.group("ref").isdigit():
        return "item", int(head.group("ref"))
    label = _ITEM_LABEL.match(text)
    if label and label.group("ref").isdigit():
        return "label", int(label.group("ref"))
    return None


# What a heading prints after its number: its title, a capital first ("Item 4 - Beehives"), or
# nothing (the title on the line below); never a sentence's words run on from the line above
# ("... be considered together with" / "Item 4 on the agenda of the next meeting.").
_TITLE_AFTER_NUMBER = re.compile(r"^(?:$|[\"“‘'(]?[A-Z0-9])")


def _after_number(text: str) -> str:
    """The words of an item heading after its number and the stop or dash after it."""
    for pattern in (_NUMBERED_DECISION, _ITEM_LABEL):
        found = pattern.match(text)
        if found:
            return found.group("title").strip()
    head = ITEM_HEAD.match(text)
    if head is None or not head.group("ref"):
        return text
    return text[head.end("ref"):].strip().lstrip(":.–-").strip()


def _unlabelled_heads(lines: list[tuple[int, str]], starts: list[int]) -> list[int]:
    """The headings, after each labelled item's (``starts``), that go on the record's own
    numbering in the same form ("Decision 3: ..." after "Decision 2: ...") with no "Decision:"
    label of their own: items all the same, which end the item above. The next number in
    the sequence only, so a number cited in a decision's words starts nothing."""
    out: list[int] = []
    bounds = [*starts[1:], len(lines)]
    for start, end in zip(starts, bounds, strict=True):
        last = _sequence_number(lines[start][1])
        if last is None:
            continue
        for n in range(start + 1, end):
            here = _sequence_number(lines[n][1])
            if (here is not None and here == (last[0], last[1] + 1)
                    and _TITLE_AFTER_NUMBER.match(_after_number(lines[n][1]))):
                out.append(n)
                last = here
    return out


# An item's heading unnumbered, as a meeting's decisions web page sets each item's title over
# its "Decision:" label (alone on its line, the decision under it, or the decision on the
# label's line: "Decision: That the report be noted."): the line just above the label, read
# as a title where it is one (no label of its own, no closing stop, no longer than a title
# runs); where every item's is, each is its item's heading.
MAX_UNNUMBERED_TITLE_CHARS = 150


def _unnumbered_heads(lines: list[tuple[int, str]], at: list[int]) -> list[int]:
    """The heading line of each labelled item (``at``: its "Decision:" labels), where each
    label stands alone under a title line of its item's own; otherwise none."""
    above = [lines[label - 1][1].strip() if label else "" for label in at]
    heads: list[int] = []
    for label, title in zip(at, above, strict=True):
        n = label - 1
        first = heads[-1] + 2 if heads else 0  # (the first line free of the item above)
        if item_field(title):
            # an item's own field between its title and its label ("Report author: Jane
            # Smith"): its title is the line above, where one is free; else the field heads
            # the item, as the item's only line above its label
            if n - 1 >= first and _unnumbered_title(lines[n - 1][1].strip(), above):
                n -= 1
            heads.append(n)
            continue
        if n < first or not _unnumbered_title(title, above):
            return []
        heads.append(n)
    return heads


def _unnumbered_title(title: str, above: list[str]) -> bool:
    """Whether ``title``, the line over an item's label, reads as its title (``above``: the
    line over each item's label)."""
    return bool(title) and not (
        len(title) > MAX_UNNUMBERED_TITLE_CHARS or title.endswith((".", ":", ";"))
        or (_BESIDE_LABEL.match(title) and not colon_title(title, above)))


# A page's title that is the decision label's word alone, plural ("Decisions", "DECISIONS"),
# or that word set apart before the meeting it names ("Decisions: Licensing Committee, 3 May
# 2027", "Decisions - Cabinet"): above the first item it titles the page, and no item's
# decision follows its colon.
# (perhaps set off by a few marks that are no words: "❖ Decisions ❖", "*** DECISIONS ***")
_PAGE_TITLE_LABEL = re.compile(
    rf"^\s*(?:{TITLE_MARKS}\s*)?Decisions\s*(?:[:–—-].*|{TITLE_MARKS})?$", re.I)


def _without_page_title(lines: list[tuple[int, str]], at: list[int]) -> list[tuple[int, str]]:
    """The lines without the page's title "Decisions" above the first "Decision" label: one
    item's label under that title is the item's (read as a label itself, the title would give
    the decision the meeting's name printed under it)."""
    if not at:
        return lines
    return [(p, t) for p, t in lines[: at[0]] if not _PAGE_TITLE_LABEL.match(t)] + lines[at[0]:]


def _decision_labels(lines: list[tuple[int, str]]) -> list[int]:
    """The lines that label an item's decision ("Decision:"), not its heading's wrapped tail."""
    return [n for n, (_, t) in enumerate(lines)
            if _DECISION_LABEL.match(t) and not _title_tail(lines, n)]


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
