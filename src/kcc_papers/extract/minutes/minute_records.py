"""The records one minute item makes: the Minute itself, its apologies and declarations of
interest, its recorded votes, one ``source="minutes"`` Decision per resolution, and each
attendee's Attendance."""

from __future__ import annotations

import datetime as dt
import re

from kcc_papers.extract import Context
from kcc_papers.extract.minutes.attendance import Attendee, apologies_in, substitutes_in
from kcc_papers.extract.minutes.items import ITEM_REF, MinuteBlock
from kcc_papers.extract.minutes.resolution_marks import Resolution
from kcc_papers.extract.minutes.votes import (
    VoteInfo,
    named_votes,
    parse_votes,
    recorded_votes,
    tallies,
)
from kcc_papers.models import Attendance, Decision, Declaration, Minute, Record, Vote
from kcc_papers.normalise.outcomes import Outcome, classify_outcome
from kcc_papers.normalise.textclean import join_lines

_DECISION_NO = re.compile(r"^(\d{2}/\d{5})\s*[-–]?\s*")
_DECLARATIONS = re.compile(
    r"declarations?\s+of\s+(?:\w+\s+)?interests?|disclosures?\s+of\s+interest", re.I
)
_NONE_DECLARED = re.compile(
    r"^(?:There\s+were\s+(?:no|none)|No\s+(?:declarations|interests|disclosures)|None\b|Nil\b)",
    re.I,
)
_MEMBER = re.compile(
    r"\b((?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+"
    r"(?:-[A-Z][\w'’-]+)?)"
)
_ITEM_WORD = re.compile(r"\b[Ii]tem\s+(?:No\.?\s*)?([A-Z]?\d{1,3}[a-z]?)\b")


def _attendance(a: Attendee, page: int | None) -> Attendance:
    return Attendance(
        name=a.name,
        category=a.category,
        role=a.role,
        substitute_for=a.substitute_for,
        page=page,
    )


def _body_text(item: MinuteBlock) -> str:
    return "\n".join(t for _, t in item.body)


def _minute(
    item: MinuteBlock, resolutions: list[Resolution], date: dt.date | None, committee: str | None
) -> Minute:
    return Minute(
        minute_number=item.number,
        title=item.title,
        item_ref=item.item_ref,
        body=_body_text(item) or None,
        resolution="\n\n".join(r.text for r in resolutions) or None,
        exempt=item.exempt,
        meeting_date=date,
        committee=committee,
        page=item.page,
    )


def _apologies(item: MinuteBlock, attendees: list[Attendee]) -> list[Record]:
    if not re.search(r"apolog", item.title, re.I):
        return []
    known = {a.name for a in attendees if a.category == "apologies"}
    text = join_lines(t for _, t in item.body)
    absent = apologies_in(text)
    # "Councillor Jos Clark attended as substitute": completes the attendee already listed.
    for name, replaced in substitutes_in(text, absent).items():
        for a in attendees:
            if a.category == "present" and a.substitute_for is None and _same_person(a.name, name):
                a.substitute_for = replaced
    return [
        Attendance(name=name, category="apologies", page=item.page)
        for name in absent
        if name not in known
    ]


def _same_person(listed: str, named: str) -> bool:
    """Whether a listed attendee ("Jos Clark", "Mrs M E Crabtree") is the one named in a minute
    ("Councillor Jos Clark", "Mrs Crabtree")."""
    strip = r"^(?:Councillors?|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+"
    listed_name = re.sub(strip, "", listed).split(",")[0].strip()
    named_name = re.sub(strip, "", named).strip()
    if listed_name == named_name:
        return True
    # A surname alone matches the listed person with that surname.
    return len(named_name.split()) == 1 and listed_name.split()[-1:] == [named_name]


def _declarations(item: MinuteBlock) -> list[Record]:
    if not _DECLARATIONS.search(item.title):
        return []
    paragraphs: list[list[tuple[int, str]]] = []
    for page, text in item.body:
        if not paragraphs or re.match(
            r"^(?:[-•]\s*)?(?:\(\d+\)|\d+\.)\s|^(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\b", text
        ):
            paragraphs.append([(page, text)])
        else:
            paragraphs[-1].append((page, text))
    out: list[Record] = []
    for para in paragraphs:
        text = join_lines(t for _, t in para)
        if not text or _NONE_DECLARED.match(text):
            continue
        member = _MEMBER.search(text)
        ref = ITEM_REF.search(text) or _ITEM_WORD.search(text)
        out.append(
            Declaration(
                member=member.group(1) if member else None,
                item_ref=ref.group(1).replace(" ", "").upper() if ref else None,
                text=text,
                page=para[0][0],
            )
        )
    return out


def _votes(ctx: Context, item: MinuteBlock, present: int) -> list[Record]:
    text = join_lines(t for _, t in item.body)
    found = parse_votes(text)
    named = named_votes([t for _, t in item.body])
    if named:
        _merge_named(ctx, item, found, named)
    found.extend(recorded_votes([t for _, t in item.body]))
    for counts in tallies([t for _, t in item.body]):
        # A tally completes the vote it follows, or stands as a vote of its own.
        target = next((v for v in reversed(found) if v.votes_for is None), None)
        if target is None:
            target = VoteInfo(motion=None, outcome="recorded")
            found.append(target)
        target.votes_for, target.votes_against, target.abstentions = counts
    out: list[Record] = []
    for v in found:
        _check_names(ctx, item, v)
        total = sum(n for n in (v.votes_for, v.votes_against, v.abstentions) if n is not None)
        if present and total > present:
            ctx.finding(
                "vote_total_exceeds_present",
                f"minute {item.number}: {total} votes recorded but {present} members present",
                record_table="votes",
                record_ref=item.number,
                page=item.page,
            )
        out.append(
            Vote(
                minute_number=item.number,
                motion=v.motion,
                votes_for=v.votes_for,
                votes_against=v.votes_against,
                abstentions=v.abstentions,
                names_for=v.names_for,
                names_against=v.names_against,
                names_abstain=v.names_abstain,
                outcome=v.outcome,
                page=item.page,
            )
        )
    return out


def _merge_named(
    ctx: Context, item: MinuteBlock, found: list[VoteInfo], named: dict[str, list[str]]
) -> None:
    """Named lists belong to the vote printed before them (or are a recorded vote alone);
    a printed count that disagrees with its list of names is a finding, not a fix."""
    target = found[-1] if found else VoteInfo(motion=None, outcome="recorded")
    if not found:
        found.append(target)
    target.names_for = named.get("for", [])
    target.names_against = named.get("against", [])
    target.names_abstain = named.get("abstain", [])
    for side, attr in (
        ("for", "votes_for"),
        ("against", "votes_against"),
        ("abstain", "abstentions"),
    ):
        if side not in named:
            continue
        if getattr(target, attr) is None:
            setattr(target, attr, len(named[side]))


def _check_names(ctx: Context, item: MinuteBlock, vote: VoteInfo) -> None:
    """A printed count that disagrees with its list of names is a finding, not a fix: for
    named lists ("For: A, B") and recorded votes ("For (7)" over the names) alike."""
    for side, count, names in (("for", vote.votes_for, vote.names_for),
                               ("against", vote.votes_against, vote.names_against),
                               ("abstain", vote.abstentions, vote.names_abstain)):
        if names and count is not None and count != len(names):
            ctx.finding(
                "vote_names_count_mismatch",
                f"minute {item.number}: {count} {side} but {len(names)} names listed",
                record_table="votes",
                record_ref=item.number,
                page=item.page,
            )


_CARRIED = re.compile(r"\b(?:carried|all\s+approved)\b", re.I)


def _outcome(res: Resolution) -> Outcome:
    """A motion printed as proposed, seconded and carried was approved, whatever its words."""
    if res.kind == "inline" and _CARRIED.search(res.text):
        return "approved"
    if res.kind == "lost":
        return "rejected"  # a motion voted down (moved_motions), whatever its words
    return classify_outcome(res.text)


def _decision(
    item: MinuteBlock, res: Resolution, date: dt.date | None, committee: str | None
) -> Decision:
    number = _DECISION_NO.match(item.title)
    return Decision(
        source="minutes",
        ref=item.number,
        title=item.title,
        decision_text=res.text,
        outcome=_outcome(res),
        decision_date=date,
        decision_maker=committee,
        decision_number=number.group(1) if number else None,
        agenda_item_ref=item.item_ref,
        minute_number=item.number,
        page=res.page,
    )
