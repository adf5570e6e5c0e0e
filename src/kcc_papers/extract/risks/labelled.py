"""Registers printed as labelled blocks, one "Label: value" a line, each risk opening with its
id ("Risk Ref: IJB01" / "Risk title: ..." / "Risk owner: ..." / "Current score: Likelihood 4 /
Impact 5 = 20" / "Target score: ..."). Each block reads as one row of a register table, so the
same merge and checks apply; the labels are known by their words, never by their order."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.header_roles import AFTER_CONTROLS, CODE_GAP, INHERENT
from kcc_papers.extract.risks.rating_lines import bare_stage, labelled_parts
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.stages import (
    Stage,
    is_stage_label,
    named_stage,
    names_stage,
    stage_header,
    stage_row,
)
from kcc_papers.extract.risks.summary import SummaryEntry
from kcc_papers.extract.risks.values import Rating, parse_product, parse_rating, split_status
from kcc_papers.normalise.runs import LINE_START as _LINE_START

# The label that opens a block: the risk's id.
OPENS = re.compile(r"^\s*Risk\s*(?:Ref(?:erence)?|ID|No\.?|Number)\s*:\s*(?P<id>\S.{0,20}?)\s*$",
                   re.I)
# ... or its id a code and the risk's title after it on the line, as a form's heading box
# prints them ("Risk ID: SR02 | Cyber attack disrupting services"); the code may name its
# register's group before the number ("TFRA-CR01", "LC-CRR-01", as CODE_HEADING's do) and a
# dash or colon may part it from the title ("Risk ID: FR-CR04 - Loss of ...", a card's
# heading, held-out round 36); a space may part the code's letters from its number only
# where a dash or colon follows ("Risk ref: CRR 04 - Loss of ...", as CODE_HEADING's)
OPENS_TITLED = re.compile(r"^\s*Risk\s*(?:Ref(?:erence)?|ID|No\.?|Number)\s*:\s*"
                          r"(?P<id>(?-i:[A-Z]{1,6}(?:-[A-Z]{1,4}){0,2})[-./]?\d{1,4}[a-z]?"
                          r"|(?-i:[A-Z]{1,6}) \d{1,4}[a-z]?(?=\s*[-–:]\s))"
                          + CODE_GAP + r"(?P<title>(?-i:[A-Z])\S.*)$",
                          re.I)
# Or a risk card's heading naming its number: "CORPORATE RISK 1", "Risk 3: Loss of income",
# "Strategic Risk SR2 - Workforce" (a word or two before "Risk", the id a short code).
# The id may name its register's group before the number ("Risk WC-S1", "Risk CR-F2").
HEADING = re.compile(r"^\s*(?:[A-Z][A-Za-z]+\s+){0,2}RISK\s+"
                     r"(?P<id>[A-Z]{0,4}(?:[-.]?[A-Z]{1,3}(?=[-.]?\d))?[-.]?\d{1,3}[a-z]?)"
                     # the title after a dash or colon, or after a space alone where it starts
                     # with a capital ("RISK VJB01    Non-Domestic Rates Revaluation")
                     r"(?:\s*[:.–-]\s*(?P<title>\S.*)|\s+(?=(?-i:[A-Z]))(?P<bare>\S.*))?\s*$", re.I)
# Or a card's heading giving the risk's number in the paper and then, in brackets, its code
# in the register ("Risk 7 (SR07): Failure of a care provider"): the code is the risk's id,
# as the register keeps it; the title after a dash or colon, or after a space alone where it
# starts with a capital, as HEADING's ("Risk 7 (SR07) Failure of ..."; a sentence about the
# risk, "Risk 2 (SR02) has increased ...", is no heading). The code may be in square
# brackets, and a space may part its letters from its number there ("Risk 7 [SR 07]").
NUMBER_AND_CODE = re.compile(r"^\s*(?:[A-Z][A-Za-z]+\s+){0,2}RISK\s+\d{1,3}[a-z]?\s*[(\[]\s*"
                             r"(?P<id>(?-i:[A-Z]{1,6}(?:-[A-Z]{1,4}){0,2})[-./ ]?\d{1,4}[a-z]?)"
                             r"\s*[)\]](?:\s*[:.–-]\s*(?P<title>\S.*)"
                             r"|\s+(?=(?-i:[A-Z]))(?P<bare>\S.*))?\s*$", re.I)
# Or a profile's heading: the risk's code, then its title ("SR4 Emergency services network
# transition fails", "BAF 2 - Urgent and emergency care flow"); the code in capitals and
# digits, as registers print ids, a space between them only before a dash or colon.
# The code may name its register's groups before the number ("LC-CRR-01").
CODE_HEADING = re.compile(r"^\s*(?P<id>[A-Z]{1,6}(?:-[A-Z]{1,4}){0,2}[-.]?\d{1,4}[a-z]?"
                          r"(?=\s*[-–:.]?\s)"
                          r"|[A-Z]{1,6}\s\d{1,4}[a-z]?(?=\s*[-–:]\s))" + CODE_GAP + r"[A-Z]\S*"
                          r"(?:\s+\S+){1,20}\s*$")
# Dot leaders between a label and its value, as fixed-width text exports print them.
LEADER = re.compile(r"(?<=[A-Za-z)])\s*\.{3,}\s*")
LEADER_DOTS = "..."  # in every leader
LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z ()/&-]{1,40}?)\s*:\s*(?P<value>\S.*)$")
# A label printed in a column of its own, with no colon ("Current likelihood   3 - Possible"):
# only the register's own label words, each followed by its value.
BARE_LABEL = re.compile(r"^\s*(?P<label>(?-i:(?=[A-Z]))(?:(?:current|residual|net|target)\s+)?"
                        r"(?:risk\s+)?"
                        r"(?:score|rating|likelihood|probability|impact|severity|owner))\s+"
                        r"(?P<value>\S.*)$", re.I)
# A value under a label with no colon whose number a comma and more words follow: a sentence
# a paragraph wrapped onto the line ("... lost power. Likelihood 4, impact 2, unchanged."),
# not a label's value.
CLAUSE_VALUE = re.compile(r"^\d{1,2}\s*,\s*[A-Za-z]")
# The roles whose value, under a label with no colon, must start with its number.
NUMBERED = {"current", "target", "likelihood", "impact", "target_likelihood", "target_impact"}
# Label words -> the register column they stand for; the target labels before the current
# ones, as "Target score" holds "score" too.
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # the risk after controls is the one that stands: "Net Risk", "Residual risk score"; the
    # gross / inherent one before them names no role
    ("target", re.compile(r"^target\s+(?:risk\s+)?(?:score|rating)\b|^target\s+risk$", re.I)),
    ("target_likelihood", re.compile(r"^target\s+(?:likelihood|probability)\b", re.I)),
    ("target_impact", re.compile(r"^target\s+(?:impact|severity)\b", re.I)),
    ("current", re.compile(r"^(?:(?:current|residual|net)\s+)?(?:risk\s+)?(?:score|rating)\b"
                           rf"|^(?:current|residual|net)\s+risk$|{AFTER_CONTROLS}", re.I)),
    # the factors after controls, as "Residual score" is the current score
    ("likelihood", re.compile(r"^(?:(?:current|residual|net)\s+)?(?:likelihood|probability)\b",
                              re.I)),
    ("impact", re.compile(r"^(?:(?:current|residual|net)\s+)?(?:impact|severity)\b", re.I)),
    # the officer who manages the risk is its owner ("Managed by: Head of Finance")
    ("owner", re.compile(r"^(?:risk\s+)?owner\b|^managed\s+by$", re.I)),
    ("title", re.compile(r"^(?:risk\s+)?(?:title|description|name)\b|^risk$", re.I)),
)
# A block needs its id and a score to be a register's row, not a passing "Risk Ref:" line.
SCORE_ROLES = {"current", "likelihood"}
# None of SCORE_LINE's three ways takes a line start inside a run of blank lines but its first
# (up to BLANK_LOOKBACK spaces before its next): a match from a later one would have been read
# from there, and a long run is read once, not from each of its lines.
# A line that gives a block its score ("Net Risk: I4 L3 = 12", "Current score: 4 x 5"): with
# an opening line, the cheap sign that a paper prints its register as labelled blocks.
SCORE_LINE = re.compile(_LINE_START + r"\s*(?:(?:current|residual|net)\s+)?(?:risk\s+)?"
                        r"(?:score|rating)\s*(?::|\.{3,})"
                        r"|" + _LINE_START + r"\s*(?:current|residual|net)\s+risk\s*:"
                        r"|" + _LINE_START
                        + r"\s*(?:current|residual|net)\s+(?:risk\s+)?(?:score|rating)\s+\d",
                        re.I | re.M)


def promises_blocks(text: str) -> bool:
    """Whether the text opens a labelled block and gives one a score (before reading rows)."""
    lines = text.splitlines()
    scored = SCORE_LINE.search(text) or any(names_stage(line) for line in lines)
    return bool(scored) and any(_opens(line) for line in lines)


def _opens(text: str) -> re.Match[str] | None:
    return (OPENS.match(text) or OPENS_TITLED.match(" ".join(text.split()))
            or HEADING.match(text) or NUMBER_AND_CODE.match(text) or CODE_HEADING.match(text))


def labelled_entries(rows: list[Row]) -> list[SummaryEntry]:
    """One entry per labelled block that gives its risk a score."""
    out: list[SummaryEntry] = []
    entry: SummaryEntry | None = None
    seen: set[str] = set()
    stages: tuple[str, ...] | None = None  # the block's table of scores by stage, if it has one
    in_box = False  # the rows read so far are a profile's two-column box, opened by its id
    for at, row in enumerate(rows):
        if entry is not None and (header := stage_header(row)) is not None:
            stages = header
            continue
        if stages is not None and entry is not None and is_stage_label(row):
            if (stage := stage_row(row, stages)) is not None:
                _set_stage(entry, stage, seen)
            continue
        stages = None
        if entry is not None and names_stage(row.text):
            # a form's stage line ("Current risk  Likelihood [4]  Impact [5]  Score [20]"),
            # the inherent stage's naming no role
            if (stage := named_stage(row.text)) is not None:
                _set_stage(entry, stage, seen)
            continue
        # a label joined to its value by dot leaders ("Likelihood ....... 3") as by a colon
        # (the pattern opens with a look back, tried at every position: rows without a
        # leader's dots, nearly all, are not searched)
        text = LEADER.sub(": ", row.text, count=1) if LEADER_DOTS in row.text else row.text
        box = _box_line(row, in_box)
        in_box = box is not None
        text = box or text
        opens = _opens(text) or _next_code(text, entry)
        if opens:
            _close(entry, seen, out)
            risk_id, status = split_status(opens.group("id"))
            entry, seen = SummaryEntry(risk_id=risk_id, page=row.page, at=at), set()
            entry.change = status
            # a card's heading names its title after the id ("Risk 3: Loss of income")
            found = opens.groupdict()
            entry.title = found.get("title") or found.get("bare") or ""
            continue
        if entry is None:
            continue
        # a rating line labelling each stage beside the others: each part a label of its own
        if (parts := labelled_parts(row, text)) is not None:
            for part in parts:
                _take(entry, part, seen)
            continue
        label = LABEL_LINE.match(text) or BARE_LABEL.match(text)
        if label is None and _wraps_title(entry, at, text):
            entry.title = f"{entry.title} {text.strip()}"
            continue
        if label is not None:
            _take(entry, label, seen)
    _close(entry, seen, out)
    return out


def _take(entry: SummaryEntry, label: re.Match[str], seen: set[str]) -> None:
    """A block's label and its value, set on its entry where it names a role not yet set."""
    if INHERENT.search(label.group("label")):
        return  # the score before controls ("Score before controls: 4x5=20"), as in tables
    value = label.group("value")
    # (a stage's bare word read as _set reads its value: the last review's remark aside,
    # "Current: 3 x 4 = 12 (was 16)")
    role = next((name for name, rx in ROLES if rx.search(label.group("label"))), None) or (
        bare_stage(label.group("label"), PREVIOUS.sub("", value)))
    if role in NUMBERED and label.re is BARE_LABEL and (
            not value[0].isdigit() or CLAUSE_VALUE.match(value)):
        return  # "Likelihood and impact following ...": a sentence, not a label
    if role in NUMBERED and _is_key(value):
        return  # "Likelihood: 1 Rare, 2 Unlikely, 3 Possible": the paper's key
    if role is not None and role not in seen:
        _set(entry, role, value.strip())
        seen.add(role)


# A box of a profile printed as a ruled table of two columns, its label in the first cell and
# its value in the second ("Risk reference | SR1", "Risk owner | Treasurer"): the label's words
# as a line would print them before a colon (a short name, no figure, no colon of its own).
CELL_LABEL = re.compile(r"^[A-Z][A-Za-z ()/&-]{1,40}$")
LABEL_CELLS = 2


def _box_line(row: Row, in_box: bool) -> str | None:
    """A two-column box's row as the "Label: value" line it stands for, or None. The box is
    the one a profile opens with its id ("Risk reference | SR1") and runs while its rows do:
    a glossary ("Likelihood | How probable ...") or a 'Risk | Mitigation' table of prose
    elsewhere has two columns too, and its rows are no risk's labels."""
    filled = row.filled
    if len(filled) != LABEL_CELLS or not CELL_LABEL.match(filled[0]):
        return None
    line = f"{filled[0]}: {filled[1]}"
    return line if in_box or OPENS.match(line) else None


# A number a key may give a step of its scale: "1 Rare", "1. Rare", "Rare (1)", "1=Rare", whatever
# the names' case; no part of a code ("L4"), a date or a decimal.
STEP_NUMBER = re.compile(r"(?<![\w.£])\d{1,2}(?![\w%]|[.,/]\d)")
# A key lists its scale's steps in order; a factor's value names one step ("4 Likely"), or a
# score its history and target ("16 Very High (was 20 Very High; target 8 Medium)"), whose
# numbers run in no such order: this many steps, each one more than the one before, are a key
# (a label under a register's last row, "Likelihood: 1 Rare, 2 Unlikely, ...", is no value of
# the risk the row names).
MIN_KEY_STEPS = 3
# ... or a key gives the scale as its range from the first step, the steps' names beside the
# ends or not ("1-5", "1 to 5", "1 = Rare to 5 = Almost certain", "1 (Rare) - 5 (Severe)").
_END_NAME = r"(?:\s*[=(:-]?\s*[A-Za-z]+(?:\s[A-Za-z]+)??\)?)?"
KEY_RANGE = re.compile(rf"(?<![\w.£])1{_END_NAME}\s*(?:-|–|to)\s*\d{{1,2}}(?![\w.])", re.I)


def _is_key(value: str) -> bool:
    """Whether a factor's or score's label gives the scale's key, not one risk's value."""
    return bool(KEY_RANGE.search(value)) or _longest_run(
        [int(n) for n in STEP_NUMBER.findall(value)]) >= MIN_KEY_STEPS


def _longest_run(numbers: list[int]) -> int:
    """The most numbers in a row, each one more than the one before."""
    best = run = 0
    for k, n in enumerate(numbers):
        run = run + 1 if k and n == numbers[k - 1] + 1 else 1
        best = max(best, run)
    return best


def _set_stage(entry: SummaryEntry, stage: Stage, seen: set[str]) -> None:
    """A stage row's factors and score, unless the block's labels gave them already."""
    prefix = "" if stage.role == "current" else "target_"
    if stage.role in seen or f"{prefix}likelihood" in seen:
        return
    setattr(entry, f"{prefix}likelihood", stage.likelihood or None)
    setattr(entry, f"{prefix}impact", stage.impact or None)
    rating = parse_rating(stage.score)
    if rating is None and stage.likelihood.isdigit() and stage.impact.isdigit():
        rating = Rating(int(stage.likelihood) * int(stage.impact), None, derived=True)
    setattr(entry, stage.role, rating)
    seen.update((stage.role, f"{prefix}likelihood", f"{prefix}impact"))


# A profile's heading whose title is one word ("SR6 Workforce"): a heading only where its code
# carries on the codes of the blocks before it (the same letters), as a line opening with any
# code and a word may be a block's value.
LONE_CODE = re.compile(r"^\s*(?P<id>(?P<letters>[A-Z]{1,6})[-.]?\d{1,4}[a-z]?)" + CODE_GAP
                       + r"(?P<bare>[A-Z][a-z]+)\s*$")
CODE_LETTERS = re.compile(r"[A-Z]{1,6}")


def _next_code(text: str, entry: SummaryEntry | None) -> re.Match[str] | None:
    """A one-word profile heading in the sequence of the block open before it."""
    if entry is None:
        return None
    m = LONE_CODE.match(text)
    letters = CODE_LETTERS.match(entry.risk_id)
    return m if m and letters and m["letters"] == letters.group() else None


def _wraps_title(entry: SummaryEntry, at: int, text: str) -> bool:
    """The line straight under a heading that carries on its title in lower case ("Cyber
    attack on the valuation roll and electoral" / "register systems")."""
    return bool(entry.title) and at == entry.at + 1 and text[:1].islower()


def _close(entry: SummaryEntry | None, seen: set[str], out: list[SummaryEntry]) -> None:
    # the score label must hold a score: a dashboard's "Rating key: G = on target" under a
    # row opening with a code ("CP5 Persistent absence") is no risk
    if entry is not None and seen & SCORE_ROLES and (entry.current or entry.likelihood):
        entry.title = entry.title or ""
        out.append(entry)


# A score with its factors named by their scales' words: "12 (Possible x Major)".
WORD_PRODUCT = re.compile(r"^\s*(?P<score>\d{1,2})\s*\(\s*(?P<likelihood>[A-Za-z][A-Za-z ]*?)\s*"
                          r"[x×]\s*(?P<impact>[A-Za-z][A-Za-z ]*?)\s*\)\s*$")


def _word_product(value: str) -> tuple[str, str, Rating] | None:
    m = WORD_PRODUCT.match(value)
    if m is None:
        return None
    return m.group("likelihood"), m.group("impact"), Rating(int(m.group("score")), None)


# PREVIOUS never opens inside a run of spaces: a match from there would have started at the run's
# first space, so none is lost, and a long run with nothing wanted after it is read once, not from
# each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# A remark in brackets after a score: the last review's ("(previous: 15)", "(was 12)").
PREVIOUS = re.compile(_OUTSIDE_SPACES
                      + r"\s*\(\s*(?:previous(?:ly)?|prev\.?|was|last)\b[^()]*\)\s*$", re.I)


def _set(entry: SummaryEntry, role: str, value: str) -> None:
    if role in ("current", "target"):
        value = PREVIOUS.sub("", value)
        product = parse_product(value) or _word_product(value)
        prefix = "" if role == "current" else "target_"
        if product is not None:
            likelihood, impact, rating = product
            setattr(entry, role, rating)
            if getattr(entry, f"{prefix}likelihood") is None:
                setattr(entry, f"{prefix}likelihood", likelihood)
                setattr(entry, f"{prefix}impact", impact)
        else:
            setattr(entry, role, parse_rating(value))
        return
    setattr(entry, role, value)
