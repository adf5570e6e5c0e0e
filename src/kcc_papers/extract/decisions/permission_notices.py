"""A notice of a planning (or other consent) decision sent to the applicant: no "Decision:"
label, no items, no body's sentence of what it decided; the council "hereby GRANTS planning
permission for the development described above ..., subject to the following conditions:"
(or "hereby REFUSES listed building consent ... for the following reasons:"). That sentence is
the decision; the conditions and reasons listed under it, the dates the application was
received and made valid, and the notes on appeal are not."""

from __future__ import annotations

import re
from bisect import bisect_right

from kcc_papers.extract.decisions.notice import Notice
from kcc_papers.normalise.textclean import join_lines

# The operative verb, said "hereby" (the words of a formal determination, never of a report's
# narrative), then what it grants or refuses: a permission, consent or approval, a few words
# of its kind between ("planning permission", "listed building consent", "approval of
# reserved matters"). ("The development hereby permitted ..." in a condition is no verb of
# the council's: it is a participle.)
_DETERMINES = re.compile(
    r"\bhereby\s+(?P<verb>(?i:grants?|refuses?|approves?))\s+"
    r"(?:[\w-]+\s+){0,4}?(?i:permission|consent|approval)\b")
# Where the sentence ends: its stop, or the colon over the conditions or reasons it lists.
# (an abbreviation's point is no stop: "application No. 27/00190/FUL", "4 Mill St. Caddon",
# "ref. PL/12")
_STOP = re.compile(r"(?<!\b[Nn]o)(?<!\b[Nn]os)(?<!\bSt)(?<!\b[Rr]ef)(?<!\b[Nn]r)[.;:](?=\s|$)")
# How far the sentence is looked for its stop: a line without one (a heading) ends it there.
_MAX_SENTENCE = 600


def permission_notices(lines: list[tuple[int, str]]) -> list[Notice]:
    """A notice per sentence of the council determining an application ("hereby GRANTS
    planning permission ..."), from its verb to its stop or colon."""
    texts = [t.strip() for _, t in lines]
    joined = "\n".join(texts)
    if "hereby" not in joined.lower():
        return []
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    out: list[Notice] = []
    for m in _DETERMINES.finditer(joined):
        stop = _STOP.search(joined, m.end(), m.end() + _MAX_SENTENCE)
        if stop is None:
            line_end = joined.find("\n", m.end())
            end = len(joined) if line_end < 0 else line_end
        else:
            end = stop.start()
        text = join_lines(joined[m.start("verb"):end].split("\n")).strip()
        out.append(Notice(title=None, text=text,
                          page=lines[bisect_right(starts, m.start()) - 1][0],
                          status="recorded"))
    return out
