"""Recorded votes as minutes print them: "On being put to the vote the recommendation was
CARRIED (6 members voting in favour, none against with 3 abstentions)", "... was LOST (4
members voting in favour, 5 against)", "CARRIED (8 voting FOR, 1 against)", "CARRIED
unanimously", and named lists ("For: Councillors A, B and C")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kcc_papers.normalise.numbers import WORDS_RE, words_to_number

# "no votes against", "nil", or a number in digits or words ("seven", "twenty-one").
_N = r"(\d{1,3}|no|nil|" + WORDS_RE.pattern + r")"
_RESULT = re.compile(
    r"\b(?:was|were)\s+(?P<result>CARRIED|LOST|DEFEATED|FELL|carried|lost|defeated|fell)\b"
    r"(?P<unan>\s+unanimously)?(?P<rest>\s*\([^)]{0,160}\)?|[^.]{0,160})",
)
_SUBJECT = re.compile(
    r"\b(?:the|this|that)\s+(?P<subject>(?:substantive\s+)?(?:recommendations?|amendment|motion|"
    r"proposal)(?:\s+within\s+the\s+report)?)(?P<amended>\s+as\s+amended)?\b",
    re.I,
)
_LABEL = re.compile(r"\bRecommendation\s+(\d+[A-Za-z]?)\b", re.I)
_FOR = re.compile(
    _N + r"\s+(?:members?\s+|councillors?\s+)?(?:voting\s+|votes?\s+)?(?:in\s+favour|for)\b", re.I
)
_AGAINST = re.compile(
    _N + r"\s+(?:members?\s+|councillors?\s+)?(?:voting\s+|votes?\s+)?against\b", re.I
)
_ABSTAIN = re.compile(
    _N + r"\s+(?:members?\s+|councillors?\s+)?(?:abstentions?|abstained|abstaining)\b", re.I
)
# "carried by 5 votes to 3 (with 1 abstention)"
_BY_VOTES = re.compile(
    r"\bby\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:,?\s*(?:with\s+)?(\d{1,3})\s+abstentions?)?",
    re.I,
)
_NAMED = re.compile(
    r"^(?P<side>For|Against|Abstentions?|Abstained|Abstain(?:ing)?)\s*(?:\((?P<n>\d+)\))?\s*[:\-–]\s*(?P<names>.+)$",
    re.I,
)


@dataclass(slots=True)
class VoteInfo:
    motion: str | None
    outcome: str
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    names_for: list[str] = field(default_factory=list)
    names_against: list[str] = field(default_factory=list)
    names_abstain: list[str] = field(default_factory=list)
    position: int = 0


def _count(rx: re.Pattern[str], text: str) -> int | None:
    m = rx.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    if word.isdigit():
        return int(word)
    return 0 if word in ("no", "nil") else words_to_number(word)


# Parish minutes: "Carried with 5 votes for and 1 against.", "Approved (6 for, 1 against)".
# Two readings of one result (the "was CARRIED (...)" form and the inline one) start this close.
_SAME_RESULT_CHARS = 40
# How far before a result its sentence is looked for (to find the word "vote" in it).
_RESULT_SENTENCE_CHARS = 400
_INLINE_RESULT = re.compile(
    r"\b(?P<result>Carried|Lost|Defeated|Approved|Agreed|carried|lost|defeated|approved|agreed)"
    r"\b(?P<rest>\s*(?:with|by)?\s*\(?[^.()]{0,120}\)?)"
)


def parse_votes(text: str) -> list[VoteInfo]:
    """Every vote result in a minute's text (its lines joined with spaces)."""
    votes = _result_votes(text)
    covered = [v.position for v in votes]
    for m in _INLINE_RESULT.finditer(text):
        if any(abs(m.start() - p) < _SAME_RESULT_CHARS for p in covered):
            continue  # the same result, read by the "was CARRIED (...)" form
        counts = m.group("rest")
        votes_for = _count(_FOR, counts)
        if votes_for is None:
            continue  # a decision with no counts printed is no recorded vote
        lost = m.group("result").lower() in ("lost", "defeated")
        votes.append(
            VoteInfo(
                motion=_motion(text[: m.start() + 4]),
                outcome="lost" if lost else "carried",
                votes_for=votes_for,
                votes_against=_count(_AGAINST, counts),
                abstentions=_count(_ABSTAIN, counts),
                position=m.start(),
            )
        )
    return sorted(votes, key=lambda v: v.position)


def _result_votes(text: str) -> list[VoteInfo]:
    votes = []
    for m in _RESULT.finditer(text):
        before = text[max(0, m.start() - _RESULT_SENTENCE_CHARS) : m.start() + 4]
        sentence = before[before.rfind(".") + 1 :]
        if "vote" not in sentence.lower() and not m.group("rest").strip().startswith("("):
            continue
        result = m.group("result").lower()
        outcome = "carried" if result == "carried" else "lost"
        if m.group("unan"):
            outcome += " unanimously"
        counts = m.group("rest")
        vote = VoteInfo(
            motion=_motion(text[: m.start() + 4]),
            outcome=outcome,
            votes_for=_count(_FOR, counts),
            votes_against=_count(_AGAINST, counts),
            abstentions=_count(_ABSTAIN, counts),
            position=m.start(),
        )
        by = _BY_VOTES.search(counts)
        if by and vote.votes_for is None:
            vote.votes_for, vote.votes_against = int(by.group(1)), int(by.group(2))
            vote.abstentions = int(by.group(3)) if by.group(3) else vote.abstentions
        if vote.votes_for is not None and vote.votes_against is None:
            vote.votes_against = (
                0 if re.search(r"\bnone\s+against|no\s+votes\s+against", counts, re.I) else None
            )
        votes.append(vote)
    return votes


def _motion(before: str) -> str | None:
    """What was voted on: "Recommendation 2A", "amendment to Recommendation 2C"."""
    sentence = before[before.rfind(".") + 1 :]
    subjects = list(_SUBJECT.finditer(sentence))
    subject = subjects[-1].group("subject").lower() if subjects else None
    labels = list(_LABEL.finditer(before))
    label = f"Recommendation {labels[-1].group(1).upper()}" if labels else None
    # "... held for Recommendation 2C as amended." or "The recommendation as amended was ..."
    amended = bool(subjects and subjects[-1].group("amended")) or bool(
        labels and re.match(r"\s+as\s+amended", before[labels[-1].end() :])
    )
    if subject is None:
        return label
    if label and subject.startswith("recommendation"):
        return label + (" as amended" if amended else "")
    if label and subject == "amendment":
        return f"amendment to {label}"
    return subject + (" as amended" if amended else "")


def named_votes(lines: list[str]) -> dict[str, list[str]]:
    """Named lists ("For: Councillors A, B and C") by side: for, against, abstain."""
    out: dict[str, list[str]] = {}
    for line in lines:
        m = _NAMED.match(line.strip())
        if not m:
            continue
        side = m.group("side").lower()
        key = "for" if side == "for" else "against" if side == "against" else "abstain"
        names = [n.strip(" .;") for n in re.split(r",|\band\b", m.group("names"))
                 if not POST_NOMINALS.match(n.strip(" .;"))]
        names = [re.sub(r"^(?:Councillors?|Cllrs?)\s+", "", n) for n in names if n.strip(" .;")]
        names = [n for n in names if not re.fullmatch(r"(?:none|nil|n/?a|-|\d+)", n, re.I)]
        if names:
            out.setdefault(key, []).extend(names)
        elif re.fullmatch(r"\s*(?:none|nil)\.?\s*", m.group("names"), re.I):
            out.setdefault(key, [])  # "Abstain: None" records nobody, which is a count of 0
    return out


_TALLY_LINE = re.compile(
    r"^\s*For\s*[:\-–]?\s*(\d{1,3})\s*[,;]?\s*Against\s*[:\-–]?\s*(\d{1,3})"
    r"(?:\s*[,;]?\s*Abst\w*\s*[:\-–]?\s*(\d{1,3}))?",
    re.I,
)
_TALLY_SIDE = re.compile(r"^\s*(For|Against|Abst\w*)\s*[:\-–]\s*(\d{1,3})\s*$", re.I)


def tallies(lines: list[str]) -> list[tuple[int | None, int | None, int | None]]:
    """Counts set out as a tally: "For: 5, Against: 3, Abstentions: 1" on one line or three."""
    out: list[tuple[int | None, int | None, int | None]] = []
    current: dict[str, int] = {}
    for line in [*lines, ""]:
        m = _TALLY_LINE.match(line)
        if m:
            out.append((int(m.group(1)), int(m.group(2)), _int(m.group(3))))
            continue
        side = _TALLY_SIDE.match(line)
        if side:
            key = side.group(1).lower()[:3]
            if key in current:  # a second "For:" starts another tally
                out.append(_from(current))
                current = {}
            current[key] = int(side.group(2))
            continue
        if current:
            out.append(_from(current))
            current = {}
    return out


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _from(sides: dict[str, int]) -> tuple[int | None, int | None, int | None]:
    return sides.get("for"), sides.get("aga"), sides.get("abs")


# Kent's recorded votes: a side heading with its count, then the names, then the result:
# "For (7)" / "Mr A, Mrs B and Mr C" / "Against (2)" / ... / "Carried".
_SIDE_HEAD = re.compile(r"^\s*(For|Against|Abst\w*)\s*\((\d{1,3})\)\s*:?\s*(.*)$", re.I)
# A line of names, not a numbered paragraph ("4. RESOLVED that ...") or a lettered part.
_NAMES_LINE = re.compile(r"^\s*(?!\d+[.)]|\(?[a-z]\)|RESOLVED)[A-Z]")
# The result under a recorded vote: "Carried", "Motion lost.", "The amendment was carried".
_BARE_RESULT = re.compile(
    r"^\s*(?:The\s+)?(?:(?:substantive\s+|original\s+)?(?:Motion|Amendment|Proposal)\s+"
    r"(?:was\s+)?)?(Carried|Lost|Defeated|Fell)\b\.?\s*$",
    re.I,
)
# Honours printed after a member's name ("Sir Paul Carter, CBE"): part of the name, not a voter.
POST_NOMINALS = re.compile(r"^(?:[KGD]?CBE|OBE|MBE|KBE|DBE|BEM|TD|JP|DL|QPM|KC|QC|MP)$")


def recorded_votes(lines: list[str]) -> list[VoteInfo]:
    """Votes printed as side headings with counts, each followed by the names on that side."""
    out: list[VoteInfo] = []
    vote: VoteInfo | None = None
    side: str | None = None
    for line in lines:
        head = _SIDE_HEAD.match(line)
        if head:
            key = head.group(1).lower()[:3]
            if vote is None or (key == "for" and vote.votes_for is not None):
                vote = VoteInfo(motion=None, outcome="recorded")
                out.append(vote)
            side = key
            _set_side(vote, key, int(head.group(2)), head.group(3))
            continue
        if vote is None:
            continue
        result = _BARE_RESULT.match(line)
        if result:
            vote.outcome = "carried" if result.group(1).lower() == "carried" else "lost"
            vote, side = None, None
        elif side and _NAMES_LINE.match(line) and not line.rstrip().endswith("."):
            _set_side(vote, side, None, line)
        else:
            side = None
    return out


def _set_side(vote: VoteInfo, side: str, count: int | None, names: str) -> None:
    found = [re.sub(r"^(?:Councillors?|Cllrs?)\s+", "", n.strip(" .;"))
             for n in re.split(r",|\band\b", names)
             if n.strip(" .;") and not POST_NOMINALS.match(n.strip(" .;"))]
    if side == "for":
        vote.votes_for = count if count is not None else vote.votes_for
        _extend(vote.names_for, found)
    elif side == "aga":
        vote.votes_against = count if count is not None else vote.votes_against
        _extend(vote.names_against, found)
    else:
        vote.abstentions = count if count is not None else vote.abstentions
        _extend(vote.names_abstain, found)


def _extend(names: list[str], more: list[str]) -> None:
    """Join a name split over two lines ("Mr" / "W Pryor") before adding the rest."""
    if names and more and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr)", names[-1]):
        names[-1] = f"{names[-1]} {more.pop(0)}"
    names.extend(more)
