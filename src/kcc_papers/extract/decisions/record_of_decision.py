"""One record of decision (Kent's "RECORD OF DECISION" / "PROPOSED RECORD OF DECISION" and
the notices of other councils' office-holders and officers set out so) read into its notices:
its decision (or the recommendation its decision maker assents to), one notice per decision it
numbers apart, its masthead's number, maker and date, and whether it is proposed or signed."""

from __future__ import annotations

import datetime as dt
import re

from kcc_papers.extract.decisions.block_end import join_items
from kcc_papers.extract.decisions.fields import (
    DECISION_NUMBER,
    key_decision,
    labelled,
    labelled_lines,
)
from kcc_papers.extract.decisions.first_person_decisions import first_person_decision
from kcc_papers.extract.decisions.notice import Notice
from kcc_papers.extract.decisions.record_fields import (
    _OPERATIVE,
    _ROD_FIELDS,
    _ROD_LABELS,
    _next_section,
    until_label,
    until_numbered_section,
    until_section,
)
from kcc_papers.normalise.dates import find_date

# A record of decision's masthead ("PROPOSED RECORD OF DECISION", its decision number) is in
# its first lines: the number further down is another decision's, cited.
ROD_PROPOSED_LINES = 5
ROD_NUMBER_LINES = 10
# The date of a signature is on the "signed ... date" line or up to this many lines above it.
SIGNED_DATE_LINES_ABOVE = 3


def record_of_decision(lines: list[tuple[int, str]]) -> list[Notice]:
    texts = [t for _, t in lines]
    f = labelled(texts, _ROD_FIELDS)
    fields = labelled_lines(texts, _ROD_FIELDS)
    # (a decision's lines end at the notice's own next numbered section: "3. Right of appeal")
    decided = join_items(_after_lead_in(until_numbered_section(
        until_label(fields.get("decision", [])))))
    # (the heading over the masthead printed again: the office-holder's own words under it)
    own = first_person_decision(texts, decided, _ROD_FIELDS["decision"], until_label)
    decided = join_items(own) if own else decided
    recommended = (join_items(until_section(until_label(fields.get("recommendation", []))))
                   or _required(fields.get("required", [])))
    # (the decision maker's assent to the report's recommendation decides what it recommends)
    text = (recommended if recommended and _assent_only(decided) else decided) or recommended
    if not text:
        return []
    numbered = _numbered_decisions(texts, decided)
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
            printed_status=f.get("status") or None,
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


def _required(lines: list[str]) -> str:
    """What a form's "Decision required:" asks, where it words the decision ("That the Mayor
    approves ...", _OPERATIVE): not the options it heads ("Option 1: ...") nor a flag ("Yes")."""
    asked = join_items(until_section(until_label(lines)))
    return asked if _OPERATIVE.match(asked) else ""


# A record that labels each of its decisions apart, numbered: "DECISION: 1. To award ...",
# "DECISION: 2. To approve ...": as many decisions as labels (a list under one label is one).
_NUMBERED_DECISION = re.compile(
    rf"^\s*(?:{_ROD_LABELS['decision']})\s*:\s*(?P<n>\d{{1,2}})[.)]\s+\S", re.I)
# ... or headed so, the number after the word alone on its line: "DECISION 1" over the
# finding, "DECISION 2" over the sanctions (a standards hearing's notice); or the number and
# the decision's title, a heading (no closing stop) over its text: "Decision 1 - Homelessness
# Strategy" (a member's decision sheet of several decisions); never the decision's own words
# after its number ("Decision 1: To approve ...", "Decision 2 - That ..."), a label's value.
_DECISION_HEADING = re.compile(
    r"^\s*(?:Decision|Determination|Resolution)\s+(?:No\.?\s*)?(?P<n>\d{1,2})\s*"
    r"(?::?|[:.–-]\s+(?P<title>(?-i:[A-Z])[^.;:]*(?<![.;])))\s*$", re.I)
# The decision's own words after its number, however the line ends (unstopped, or wrapped on
# to the next): its opening verb or "To"/"That" ("Approve the strategy", "Agreed to adopt
# ..."; a title's "Award of ..." names the subject), a verb of deciding or an auxiliary
# anywhere ("The Executive Member approved ..."), or a line that breaks off at a comma or a
# joining word ("... the strategy and") as a wrapped sentence does; a title does none of these.
_WORDING = re.compile(
    r"^(?:To|That|I|We|RESOLVED|Resolved|Agreed|Approved|Decided|Noted|Deferred|Refused|"
    r"Rejected|Endorsed|Authori[sz]ed)\b"
    r"|^(?:Approve|Note|Agree|Endorse|Delegate|Authori[sz]e|Confirm|Adopt|Accept|Reject|Defer|"
    r"Refuse|Grant|Request|Recommend|Appoint|Allocate|Award|Make|Extend|Set|Increase|Reduce|"
    r"Vary|Amend)\b(?!\s+of\b)"
    r"|\b(?i:agreed|approved|adopted|resolved|decided|noted|deferred|refused|rejected|"
    r"endorsed|authori[sz]ed|be|been|is|are|was|were|has|have|had|will|shall)\b"
    r"|(?:,|\b(?i:and|or|of|the|a|an|to|for|with|in|on|at|by|from))\s*$")


def _decision_heading(line: str) -> re.Match[str] | None:
    """A decision's numbered heading, bare or titled (never its own words after its number)."""
    m = _DECISION_HEADING.match(line)
    return None if m is None or (m.group("title") and _WORDING.search(
        m.group("title").strip())) else m
_ANY_LABEL = re.compile(
    rf"^\s*(?:{'|'.join(_ROD_LABELS.values())})(?!\w)", re.I)


# (the first headed decision's opening words found in the record's decision: as many
# characters as say it is the same text)
HEADED_OPENING_CHARS = 40


def _numbered_decisions(texts: list[str], decided: str = "") -> list[list[str]]:
    """Each decision's lines, its label off, where two or more labelled decisions follow one
    another numbered 1, 2, 3 with nothing else labelled between; otherwise none.
    Headed decisions are the record's where each heads words of its own and, where the record
    prints its decision under a label (``decided``), they are those words: a list of earlier
    decisions in its background ("Decision 1 - Garage rents review" over "Decision 2 - ...")
    heads none."""
    parts: list[list[str]] = []
    headed = False  # the decisions are headed "DECISION 1", "DECISION 2"
    for line in texts:
        m = _NUMBERED_DECISION.match(line)
        heading = None if m else _decision_heading(line)
        if m and int(m.group("n")) == len(parts) + 1:
            parts.append([line[line.index(":") + 1 :].strip()])
        elif heading and int(heading.group("n")) == len(parts) + 1:
            parts.append([])
            headed = True
        elif parts and (_ANY_LABEL.match(line) or (headed and _next_section(parts[-1], line))):
            break
        elif parts:
            parts[-1].append(line)
    if len(parts) < 2:
        return []
    if headed:
        if not all(join_items(until_label(part)) for part in parts):
            return []
        opening = " ".join(join_items(until_label(parts[0])).split())[:HEADED_OPENING_CHARS]
        if decided and opening not in " ".join(decided.split()):
            return []
    return parts


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
