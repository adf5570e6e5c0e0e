"""A paper bound into a pack as a report's appendix: given to the pack's meeting, whatever
meeting its own head names (held-out round 29's r29a: an evaluation deck first shown to a
procurement board, "Leisure Procurement Board, 12 February 2031" under its title slide's
title, appended to the award's report to the Executive of 4 March)."""

from __future__ import annotations

from kcc_papers.segment_starts.heading_kinds import APPENDIX_HEADING

# The kinds of paper that record or call a meeting of their own, appended or not: minutes
# ("Appendix A: Minutes of the Leisure Board"), a record of a decision taken on its own day,
# an agenda. Their heading names their own meeting.
OWN_MEETING_KINDS = frozenset({"agenda", "minutes", "decision"})


def appended_paper(kind: str, under_agenda: bool, lines: list[str], heads: set[str]) -> bool:
    """Whether a document of ``kind`` in a pack with an agenda (``under_agenda``) is headed
    as an appendix ("Appendix B: Leisure Operator Procurement: Evaluation Summary"), its first
    line but the pack's running heads (``heads``) an appendix's heading. Bound to its report,
    it goes with it to the meeting the agenda calls: a body and date under its title name the
    meeting it was made for, an earlier one (a deck's title slide), not the one the pack is
    for. Its meeting is the agenda's (``documents.fill_meeting_fields``). (A file of
    appendices with no agenda, r23c's, names its meeting only in its papers' heads: read.)"""
    if not under_agenda or kind in OWN_MEETING_KINDS:
        return False
    first = next((line for line in lines if line.strip() and line not in heads), "")
    return APPENDIX_HEADING.match(first) is not None
