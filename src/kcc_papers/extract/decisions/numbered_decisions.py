"""A notice of one decision maker's decisions that numbers each in its own sequence over its
title, the decision's words under it with no "Decision:" label ("Decision No. 1 - Appointment
to Outside Bodies" over "To appoint Councillor ... ", "Options considered: ..." after it), as a
leader's or a cabinet member's notice of the day's decisions prints them. A notice per heading
of the sequence; where the items label their decisions, records_of_decision reads them."""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.extract.decisions.block_end import join_items
from kcc_papers.extract.decisions.notice import Notice
from kcc_papers.extract.decisions.record_fields import until_label, until_section

# The decision's number in the notice's sequence, a stop or a dash, then its title: "Decision
# No. 2 - Digital Inclusion Strategy", "Decision 3: Fees and Charges".
_NUMBERED = re.compile(
    r"^\s*Decision\s+(?:No\.?\s*)?(?P<n>\d{1,3})\s*[:.–-]\s+(?P<title>(?-i:[A-Z]).*)$", re.I)
# ... or the number alone on its line, no title: "DECISION 1" over "The Sub-Committee found
# that ..." (a hearing's notice, its headings letter-spaced "D E C I S I O N  1": the text
# layer closes their letters up).
BARE_HEADING = re.compile(r"^\s*Decision\s+(?:No\.?\s*)?(?P<n>\d{1,3})\s*[:.]?\s*$", re.I)
# ... a title, not the decision's own words after its number: no finished sentence ("Decision
# 1 - as the Panel advised."), no opening verb of a decision ("Decision 1: To note the ...",
# "Decision 1 - Agreed to adopt ...", "The Executive Member approved ...").
_DECISION_WORDS = re.compile(
    r"^(?:To|That|Approve[ds]?|Agreed|Note[ds]?|Endorse[ds]?|Adopt(?:ed)?|Defer(?:red)?|"
    r"Reject(?:ed)?|Refuse[ds]?|Delegate[ds]?|Authori[sz]e[ds]?|Set|Award(?:ed)?|The\s+.*\b"
    r"(?:approved|agreed|decided|resolved|noted))\b")
# An item labelling its decision reads as a record of several decisions does, not here.
_LABELLED = re.compile(r"^\s*Decisions?\s*(?:\(s\)\s*)?(?:taken|made)?\s*:", re.I)
# A sequence is the notice's own where it counts up from one, each number once: a report's
# line citing "Decision 12: ..." of another notice is no heading of this one.
MIN_NUMBERED = 2


# A field of the item under its heading ("Reason: ...", "Options considered: ..."): where it
# comes first, nothing under the heading is the decision: the heading's words are.
_FIELD = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s*:")


def _opens_own_paragraph(body: list[str]) -> bool:
    """Whether the item's first line under its heading starts the decision's own paragraph: no
    field's label ("Reason: ..."), and not the heading's words wrapped on ("Decision 1 -
    Adoption of the Strategy and" over "its action plan ..."), where the heading is the
    decision itself (a sheet printing each decision after its number, as read before)."""
    first = next((t.strip() for t in body if t.strip()), "")
    return bool(first) and first[0].isupper() and not _FIELD.match(first)


def _counts_from_one(numbers: list[int]) -> bool:
    """Whether the headings count up from one, each by one, or start again from one where a
    pack holds a second notice of the same sequence ("Decision No. 1", "2", then "1", "2")."""
    return numbers[0] == 1 and all(n in (1, before + 1) for before, n in pairwise(numbers))


def numbered_decisions(lines: list[tuple[int, str]]) -> list[Notice]:
    """A notice per numbered heading of the notice's own sequence whose item prints its
    decision unlabelled; none where the headings count no sequence from one."""
    texts = [t for _, t in lines]
    heads = [(n, m) for n, t in enumerate(texts)
             if (m := _NUMBERED.match(t) or BARE_HEADING.match(t))]
    titles = [m.groupdict().get("title") for _, m in heads]
    if any(t is not None and (t.rstrip().endswith(".") or _DECISION_WORDS.match(t))
           for t in titles):
        return []
    if len(heads) < MIN_NUMBERED or not _counts_from_one([int(m.group("n")) for _, m in heads]):
        return []
    out: list[Notice] = []
    for k, (head, m) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(texts)
        body = texts[head + 1 : end]
        if any(_LABELLED.match(t) for t in body) or not _opens_own_paragraph(body):
            return []
        # (the last decision ends at the notice's next numbered section, "4. Right of appeal")
        text = join_items(until_section(until_label(body))).strip()
        title = m.groupdict().get("title")
        if text:
            out.append(Notice(title=title.strip() if title else None, text=text,
                              page=lines[head][0],
                              agenda_item_ref=m.group("n"), status="recorded"))
    return out


def numbered_parts(texts: list[str]) -> list[tuple[str, str]]:
    """The decisions a page's one "Decision:" field numbers in its own sequence from one, each
    over its title ("Decision 1 - Fee rates 2027/28" over "To approve ...", "Decision 2 -
    Community equipment service" over "To approve the extension ..."): (title, words) for
    each; none where the field counts no such sequence, or a heading is the decision itself."""
    heads = [(n, m) for n, t in enumerate(texts) if (m := _NUMBERED.match(t))]
    if len(heads) < MIN_NUMBERED or not _counts_from_one([int(m.group("n")) for _, m in heads]):
        return []
    if heads[0][0] and any(t.strip() for t in texts[: heads[0][0]]):
        return []  # (words before the first heading: the field is one decision, not a list)
    parts: list[tuple[str, str]] = []
    for k, (head, m) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(texts)
        body = texts[head + 1 : end]
        if (m.group("title").rstrip().endswith(".") or _DECISION_WORDS.match(m.group("title"))
                or not _opens_own_paragraph(body)):
            return []
        parts.append((m.group("title").strip(), join_items(body).strip()))
    return parts
