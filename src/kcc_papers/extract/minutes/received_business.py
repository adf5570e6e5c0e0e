"""Business laid before a meeting and received, in minutes that print their decisions as
resolutions ("RESOLVED that ..."): "The Committee received the action log. The following
actions remain open: ..." records that the paper was tabled, no decision. Where the minutes mark
what they decide, a minute without a mark whose only record is the body receiving something
decided nothing; minutes that never print a resolution decide by such sentences ("The Committee
received the Auditor's Annual Report."), and those are kept."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.for_information import listed_entry, listed_for_information
from kcc_papers.extract.minutes.minute_sentences import _split_sentences
from kcc_papers.extract.minutes.noted import received_only
from kcc_papers.extract.minutes.resolution_marks import Resolution, _resolved

# The kind find_resolutions gives a decision read from a body's noting sentence, no mark.
_NOTING = "noted"


# The mark of a resolution by its own word: "RESOLVED that ...", "Resolved: That ..." (a
# "DECISION" label over a board's sentence marks a decision that may itself be the receiving:
# "The Board received the report." under it is the board's decision on the item).
_RESOLVED_WORD = re.compile(r"\bRESOLVED\b|^\s*(?:It\s+was\s+)?Resolved\b")


def marks_resolutions(bodies: list[list[tuple[int, str]]]) -> bool:
    """Whether the minutes print their decisions as resolutions ("RESOLVED that ...") in any
    minute (a local council's as well as a principal council's: its clerk's other inline
    decisions are still read, only a paper received is not)."""
    return any(_RESOLVED_WORD.search(t) and _resolved(t) for body in bodies for _, t in body)


# A later sentence of the record that is the body's own decision on the paper received: "The
# Committee received the draft budget. It was agreed to recommend it to Council.", "...
# Members approved the revised charges." (the body by its capital, in up to so many words,
# then its verb; not a paper's own words, "The actions agreed at the last meeting remain open").
_DECIDES_AFTER = re.compile(
    r"^(?:It\s+was|(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of)){0,5})\s+"
    r"(?:(?:therefore|also|further|then|unanimously)\s+)?"
    r"(?:agreed|approved|resolved|decided|adopted|accepted|endorsed|recommended|ratified)\b")


def without_received(resolutions: list[Resolution], marked: bool) -> list[Resolution]:
    """``resolutions`` without those only receiving a paper and setting out its content
    (_received_only), where the minutes are ``marked`` (marks_resolutions)."""
    if not marked:
        return resolutions
    return [r for r in resolutions if not (r.kind == _NOTING and _received_only(r.text))]


def _received_only(text: str) -> bool:
    """Whether the record opens on the paper received and goes on with what the paper says
    (a log's rows: "The following actions remain open: ..."), no later sentence deciding. A
    lone sentence receiving a report is the minute's record of what the body did with it ("The
    Committee received the petitions report.", r31 review), kept; one receiving a list for
    information, the list after its colon ("... for information: Eastmoor Borough Council's
    Cabinet agreed ..."), went on with what it received: the list is others' acts, not a
    later sentence of the body's deciding."""
    first, *rest = _split_sentences(text)
    if listed_for_information(first):
        # (the list's entries run on as sentences of their own, each another body's act)
        return not any(_DECIDES_AFTER.match(s.strip()) for s in rest if not listed_entry(s))
    return (bool(rest) and received_only(first)
            and not any(_DECIDES_AFTER.match(s.strip()) for s in rest))

