"""Registers written as prose, a paragraph per risk opening with its id: "CRR02 On-call
availability: crewing of on-call appliances falls further ... Owner: Area Manager. Current L4
I3, score 12. Increased.", perhaps a bullet before its id and the factors named by their words
("❖ SR01 ... Current rating: Likelihood 4, Impact 4, score 16."). Each paragraph that states
the risk's current factors reads as one row of a register table, so the same merge and checks
apply."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.header_roles import CODE_GAP
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.summary import SummaryEntry
from kcc_papers.extract.risks.values import Rating

# A paragraph opening with a risk's code, then its title: "CRR01 Funding: ...", "SR4 - Fleet";
# perhaps a list's bullet before it (a register told as a bulleted list, "❖ SR01 Medium-term
# financial sustainability. Owner: ..."): one mark that is no letter, figure or bracket.
# (or a numbered list's number, "1. SR01 ...", "2) SR02 ...")
LIST_MARK = r"(?:[^\w\s(\[\"'‘“]\s+|\d{1,2}[.)]\s+)?"
# The bullet a row opens with: a bulleted paragraph ends at the next row with the same bullet,
# whether or not that one names a risk (so it never takes the next item's "Current rating").
# (a numbered list's items end at its next number: "4. Emerging risks ..." after "3. CR3 ...")
BULLET = re.compile(r"^\s*(?P<mark>[^\w\s(\[\"'‘“]|\d{1,2}[.)])\s+")
OPENS = re.compile(r"^\s*" + LIST_MARK + r"(?P<id>[A-Z]{1,6}[-.]?\d{1,4}[a-z]?)" + CODE_GAP
                   + r"(?P<rest>[A-Z].*)$")
# ... but not a line opening with the factors themselves: "L4 I3, score 12." is the stage's
# statement wrapped onto its own line ("... Owner: Area Manager. Current" / "L4 I3, ..."),
# which OPENS would otherwise read as risk "L4" titled "I3".
FACTORS_FIRST = re.compile(r"^\s*L[1-6]\s*(?:/|,|and)?\s*I[1-6]\b")
# The risk as it stands, its factors by their letters and the score they make: "Current L4
# I3, score 12", "residual L3 / I4 (score 12)". The stage word is required: a paragraph may
# give the inherent factors as well.
CURRENT = re.compile(r"\b(?i:current|residual|net)\b\W{0,3}(?-i:L)(?P<l>[1-6])\s*(?:/|,|and)?"
                     r"\s*(?-i:I)(?P<i>[1-6])\b(?:\W{0,3}(?i:score|rating)\W{0,3}(?:of\s+)?"
                     r"(?P<s>\d{1,2})\b)?")
# ... or the factors named by their words: "Current rating: Likelihood 4, Impact 4, score 16"
# (the target's, "Target rating: Likelihood 3, Impact 4, score 12", after it is not the risk
# as it stands).
CURRENT_WORDED = re.compile(
    r"\b(?i:current|residual|net)(?:\s+(?i:risk))?(?:\s+(?i:rating|score|position|level))?"
    r"\W{0,3}(?i:likelihood|probability)\W{0,3}(?P<l>[1-6])\s*(?:/|,|;|and|x|×)?\s*"
    r"(?i:impact|severity|consequence)\W{0,3}(?P<i>[1-6])\b"
    r"(?:\W{0,3}(?i:score|rating)\W{0,3}(?:of\s+)?(?P<s>\d{1,2})\b)?")
# ... the impact named first: "Current rating: Impact 4, Likelihood 3, score 12".
CURRENT_WORDED_IMPACT_FIRST = re.compile(
    r"\b(?i:current|residual|net)(?:\s+(?i:risk))?(?:\s+(?i:rating|score|position|level))?"
    r"\W{0,3}(?i:impact|severity|consequence)\W{0,3}(?P<i>[1-6])\s*(?:/|,|;|and|x|×)?\s*"
    r"(?i:likelihood|probability)\W{0,3}(?P<l>[1-6])\b"
    r"(?:\W{0,3}(?i:score|rating)\W{0,3}(?:of\s+)?(?P<s>\d{1,2})\b)?")
OWNER = re.compile(r"\bOwner\s*:\s*(?P<owner>[^.;]{2,80})[.;]", re.I)
# The title ends at the first colon or full stop after the code, if it is short.
TITLE_END = re.compile(r"[:.]")
MAX_TITLE_CHARS = 80
# A paragraph runs over this many rows at most (its lines, wrapped).
MAX_PARAGRAPH_ROWS = 8
# Cheap sign before reading rows: factors named by their letters in running text.
# (or by their words: "Likelihood 4, Impact 4")
PAIR_IN_TEXT = re.compile(r"\b(?-i:L[1-6]\s*(?:/|,)?\s*I[1-6])\b"
                          r"|\b(?i:likelihood\W{0,3}[1-6]\s*[/,;]?\s*impact\W{0,3}[1-6])\b"
                          r"|\b(?i:impact\W{0,3}[1-6]\s*[/,;]?\s*likelihood\W{0,3}[1-6])\b")
MIN_PAIRS = 2


def promises_prose(text: str) -> bool:
    """Whether the text states several risks' factors by their letters (before reading rows)."""
    return len(PAIR_IN_TEXT.findall(text)) >= MIN_PAIRS


def prose_entries(rows: list[Row]) -> list[SummaryEntry]:
    """One entry per paragraph opening with a risk's code that states its current factors."""
    out: list[SummaryEntry] = []
    opens = [n for n, row in enumerate(rows) if len(row.filled) == 1 and _opens(row.text)]
    for k, start in enumerate(opens):
        end = min(opens[k + 1] if k + 1 < len(opens) else len(rows), start + MAX_PARAGRAPH_ROWS)
        end = _bullet_end(rows, start, end)
        entry = _entry(rows[start:end], start)
        if entry is not None:
            out.append(entry)
    return out


def _bullet_end(rows: list[Row], start: int, end: int) -> int:
    """Where a paragraph opening with a bullet at ``start`` ends before ``end``: at the next
    row opening with the same bullet (the list's next item)."""
    bullet = BULLET.match(rows[start].text)
    if bullet is None:
        return end
    mark = _mark(bullet["mark"])
    return next((n for n in range(start + 1, end)
                 if (b := BULLET.match(rows[n].text)) and _mark(b["mark"]) == mark), end)


def _mark(mark: str) -> str:
    """A list's mark, its numbers all one: "1." and "2." mark items of the same list."""
    return re.sub(r"\d+", "#", mark)


def _opens(text: str) -> bool:
    return bool(OPENS.match(text)) and not FACTORS_FIRST.match(text)


def _entry(rows: list[Row], at: int) -> SummaryEntry | None:
    """The risk a paragraph's rows state (opening at row ``at``), or None where they give
    no current factors."""
    m = OPENS.match(rows[0].text)
    text = " ".join(row.text for row in rows if len(row.filled) == 1)
    # (the first statement of the risk as it stands, whichever way its factors are named)
    current = min((c for pattern in (CURRENT, CURRENT_WORDED, CURRENT_WORDED_IMPACT_FIRST)
                   if (c := pattern.search(text))), key=lambda c: c.start(), default=None)
    if m is None or current is None:
        return None
    likelihood, impact = int(current["l"]), int(current["i"])
    printed = current["s"]
    rating = Rating(int(printed), None) if printed else Rating(likelihood * impact, None,
                                                                derived=True)
    rest = m["rest"]
    end = TITLE_END.search(rest)
    title = rest[:end.start()] if end and end.start() <= MAX_TITLE_CHARS else rest
    owner = OWNER.search(text)
    return SummaryEntry(risk_id=m["id"], page=rows[0].page, title=title.strip(),
                        current=rating, likelihood=str(likelihood), impact=str(impact),
                        owner=owner["owner"].strip() if owner else None, at=at)
