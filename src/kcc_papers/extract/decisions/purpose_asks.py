"""A report's ask said in its "Purpose" section, where the report has no recommendation of
its own elsewhere (held-out round 29, a coastal partnership's steering group): "Purpose / To
report progress on the SMP action plan. The Group is asked to note the report." A report's
purpose section states what the paper is for and what the meeting is to do with it; an ask
there is the report's own, whatever it asks (to note too, as a recommendation's "note" is
counted), of a decision maker ("the Group", "the Steering Group", "Partners" too). Read last
(``recommendations.find_recommendations``): a headed or worded recommendation, or any other
ask the readers find, comes first, a "Recommendation:" label after a sentence too (a
purpose's "The Group is asked to note the background in section 2" is no more than the
report's lead-in where it recommends elsewhere). Not an ask after a sentence elsewhere: a
forward plan's "Published ... under the Regulations 2012. The Board is asked to note the
Forward Plan" (``closing_asks``) asks nothing of its own."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.ask_patterns import ASK

# The section's heading on a line of its own: "Purpose", "1. Purpose", "Purpose of the
# report", "Purpose of Report:" ("Purpose and recommendation" is a recommendation's heading,
# read by ``ask_patterns.HEADING``).
PURPOSE_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?i:purpose)(?:\s+(?i:of)\s+(?:(?i:the|this)\s+)?"
    r"(?i:report|paper))?\s*:?\s*$")
# Where an ask may start: the line's start or after a sentence's stop.
_SENTENCE_START = re.compile(r"^|(?<=[.;]\s)")
# The body asked to do anything with the paper: a decision maker as ``ask_patterns.ASK``
# names one, or a partnership's "Group" / "Steering Group" or its "Partners". Not anyone in
# capitals: a purpose's "Residents are invited to comment by 30 June" or "Officers are asked
# to bring a further report" asks nothing of the meeting.
_GROUP_ASKED = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Group|Partners)\s+(?:is|are)\s+"
    r"(?:asked|invited|requested|recommended)\s+to\s+[a-z]")
# The section's lines read, at most, and where it ends before: a short line with no stop,
# the next section's heading ("Progress", "Background", "2. Financial implications"); not a
# short line in small letters, a sentence wrapped on ("and agree the revised timetable.
# Officers" / "timetable for the": a narrow column's line).
PURPOSE_LINES = 6
HEADING_MAX_WORDS = 6
_STOPPED = re.compile(r"[.;:,]\s*$")
# The ask's sentence ends at a full stop before a capital or the text's end, not at a
# figure's point ("a 5.5 score").
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(]|\s*$)")


def _next_heading(text: str) -> bool:
    return (len(text.split()) <= HEADING_MAX_WORDS and not _STOPPED.search(text)
            and not text[:1].islower())


def _ask_start(line: str) -> int | None:
    """Where the first ask of a decision maker on ``line`` starts; None where none does."""
    # (ASK is anchored at its text's start: each sentence is matched as a text of its own)
    return next((m.start() for m in _SENTENCE_START.finditer(line)
                 if ASK.match(line[m.start():]) or _GROUP_ASKED.match(line[m.start():])), None)


def purpose_ask(texts: list[str]) -> tuple[int, str] | None:
    """The first ask in a section headed "Purpose": its line's index and its sentence (run on
    over the section's wrapped lines); None where no such section asks."""
    for k, text in enumerate(texts):
        if not PURPOSE_HEADING.match(text.strip()):
            continue
        section: list[tuple[int, str]] = []
        for j in range(k + 1, min(len(texts), k + 1 + PURPOSE_LINES)):
            if section and _next_heading(texts[j].strip()):
                break
            section.append((j, texts[j].strip()))
        for n, (j, line) in enumerate(section):
            if (at := _ask_start(line)) is None:
                continue
            sentence = " ".join([line[at:], *(t for _, t in section[n + 1:])])
            end = _SENTENCE_END.search(sentence)
            return j, sentence[: end.end()] if end else sentence
    return None
