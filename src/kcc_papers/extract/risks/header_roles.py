"""The header row of a register table: which column holds each role (id, title, the
factors and scores as the risk stands and at target, owner, controls, actions), read from
the column names and, where they are ambiguous, from the first row under them."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.heading_words import mend_split_heading, stage_first
from kcc_papers.extract.risks.opportunities import opportunity_subject
from kcc_papers.extract.risks.periods import mark_earlier_periods
from kcc_papers.extract.risks.quantities import names_quantity_now
from kcc_papers.extract.risks.raid import type_column
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.stage_abbreviations import spelt_stage
from kcc_papers.extract.risks.threats import (
    CAPTION_LINES,
    HEADING_LINE,
    HEADING_MAX_WORDS,
    threat_subject,
)
from kcc_papers.extract.risks.values import parse_product
from kcc_papers.normalise.bilingual import header_parts
from kcc_papers.normalise.headings import mend_broken_word

# "Risk ID", and an id named after the system that issues it: "Datix ID"
ID_HEAD = re.compile(r"^\s*(Risk\s*|Datix\s+)?(No\b|ID\b|Ref|Number\b)", re.I)
# A heading naming both factors ("Residual Risk Rating (Impact x Likelihood)", "L x I") heads
# the score they make, not either factor; so does one naming the pair its cells print
# ("Residual (L / I)" over "L4 / I5": the score is their product, the paper's key says).
_FACTOR = r"(?:likelihood|probability|impact|consequences?|severity|\b[LIPC]\b)"
BOTH_FACTORS = re.compile(rf"{_FACTOR}\s*[x×*/]\s*{_FACTOR}", re.I)
# The role of a RAID log's column naming each row's kind ("Risk", "Issue").
RAID_TYPE = "raid_type"
# The role that marks a register whose id heads the title cell, not a column of its own.
ID_IN_TITLE = "id_in_title"
# "CRR01 - Financial sustainability", "SR3: Workforce", "CR 2 Cyber security"
# What parts a risk's code from its title: spaces, a dash, colon or stop and spaces ("CR1 -
# Title", "CR1: Title", "CR1 Title"). Written so a long run of spaces is crossed once: the
# plainer "\s*[-–:.]?\s+" tries every split of the run between its two \s (1.2 s on 10,000
# spaces, 4 ms this way).
CODE_GAP = r"(?:\s*[-–:.])?\s+"
ID_THEN_TITLE = re.compile(r"^\s*(?P<id>[A-Z]{1,6}[-.\s]?\d{1,4}[a-z]?)" + CODE_GAP
                           + r"(?P<title>\S.*)$")
# The risk as it stands, said in words: "Risk after controls", "Score with mitigation",
# "Post-mitigation"; block labels (labelled.py) use the same words.
AFTER_CONTROLS = (r"\b(?:after|with)\s+(?:controls?|mitigations?|treatment)\b"
                  r"|\bpost-?\s?(?:mitigation|controls?)\b|^(?:residual|net)(?:\s+risk)?$")
# The scale a factor's letter is scored on, printed after it: "L (1-4)", "I (1-5)".
_SCALE = r"(?:\s?\(\d\s?[-–]\s?\d\))?"
# The role of a column headed "Hazard": the risk's title where no column names the risk.
HAZARD_TITLE = "hazard_title"
# The heading over a table of hazards that says it registers or assesses them as risks: "The
# refreshed register", "Community Risk Register", "The assessed hazards", "Local hazard
# assessment". A planning or inspection report's hazards ("2. Safety", "Findings") are no
# register's, scored as they may be.
HAZARDS_REGISTERED = re.compile(r"\bregister\b|\brisks?\b|\bhazards?\s+assess"
                                r"|\bassessed\s+hazards?", re.I)
# Column roles by heading, tried in order; the first role a heading fits is its role.
HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("change", re.compile(r"change|direction|trend|movement", re.I)),
    # (or by their letters, as the current ones are: "Target L | Target I | Target score")
    ("target_likelihood", re.compile(rf"target.*likelihood|^target\s+[LP]{_SCALE}$", re.I)),
    ("target_impact", re.compile(rf"target.*(?:impact|consequence|severity)"
                                 rf"|^target\s+[IC]{_SCALE}$", re.I)),
    ("target", re.compile(r"target", re.I)),
    ("current", BOTH_FACTORS),
    # a register scored "L x I" heads those columns with the letters alone ("P" probability)
    # the words for the two axes vary by sector: "Prob.", "Consequence" (fire, health, Scotland)
    # ("Current L | Current C": the letters under the word for the risk as it stands)
    # ("L (1-4) | I (1-4)": the letters with the scale they are scored on)
    # ("How likely (1 to 5) | How bad (1 to 5)", "How likely is it to happen? | How serious
    # would it be?": a plain-English register's two axes. No word's end after "likely" or
    # "serious": the question reaches here as "How likelyis it", its short word joined on
    # by ``mend_broken_word``, as a narrow column's broken word would be)
    ("likelihood", re.compile(rf"likelihood|probability|^prob\b|^(?:current\s+)?[LP]{_SCALE}$"
                              r"|^how\s+likely", re.I)),
    # ("Consequence (C)": the word with the letter the key multiplies by, as "Likelihood (L)")
    # ("Prob | Sev": severity cut short as probability is, in a register of narrow columns)
    ("impact", re.compile(r"^(current\s+)?impact\b|severity|^sev\b|^how\s+(?:bad\b|serious)"
                          r"|^(?:current\s+)?consequences?(?:\s?\((?-i:C)\))?$"
                          rf"|^(?:current\s+)?[IC]{_SCALE}$", re.I)),
    # a column headed by the product it prints ("(L x I)") is the score
    ("current", re.compile(rf"current|rating|score|^\(?[LI]\s*[x×]\s*[IL]\)?$|{AFTER_CONTROLS}",
                           re.I)),
    # the risk named first in a cell that holds more ("Risk and controls", "Risk &
    # consequence"): the risk's own column, whatever else it holds
    ("title", re.compile(r"^risks?\s*(?:and|&)\s", re.I)),
    ("owner", re.compile(r"owner", re.I)),
    ("controls", re.compile(r"control|mitigation|existing|management\s+of", re.I)),
    ("actions", re.compile(r"action", re.I)),
    ("title", re.compile(r"title|description|^risks?(?:\s+(?:identified|event|area|issue|"
                         r"summary|details?))?$|risk\s+name", re.I)),
    # (a community risk register names each risk by the hazard it scores: "Hazard", "Hazard
    # name", "Hazard identified"; the risk's own column only where no other names the risk:
    # "Hazard | Risk", "Hazard | Description" group each risk under the hazard it comes of)
    (HAZARD_TITLE, re.compile(r"^hazards?(?:\s+(?:name|identified))?$", re.I)),
)
# The column a dashboard names its indicators by ("Performance indicator", "Measure", "KPI
# Ref"): a register's columns never do ("control measures" is not one).
INDICATOR_HEAD = re.compile(r"^(?:(?:key\s+)?performance\s+)?(?:indicator|measure)s?"
                            r"(?:\s+(?:description|name))?$|^K?PIs?(?:\s+(?:ref|code|name))?$",
                            re.I)
# The column a tender evaluation names its bidders by ("Supplier", "Tenderer", "Bidder"), or
# a grant scheme its applicants ("Applicant"): its "Quality score | Price score", "Score (of
# 25)" are marks out of a weighting, never a risk's score, and a register never lists who bid
# or applied (one listing its suppliers' risks scores their likelihood).
BIDDER_HEAD = re.compile(r"^(?:suppliers?|tenderers?|bidders?|tenders?|bids?|applicants?)"
                         r"(?:\s+name)?$", re.I)
# A register scored before and after its controls: the "Inherent" (gross) columns are not the
# risk as it stands; the "Residual" (net) ones are, and read as their heading without the word.
# The heading may say it in words anywhere: "Score before controls", "Risk without mitigation".
# A score of an earlier issue ("Previous score", "Last quarter") is not the risk as it stands
# either. A narrow column abbreviates the word, as it does the residual one: "Inh. L",
# "Inher. Score", "Orig. I", with no stop ("Inh Score") or no space after it ("Inh.Score").
INHERENT = re.compile(r"^(?:inherent|gross|original|initial|unmitigated|uncontrolled|previous"
                      r"|prior|last\s+(?:quarter|review|period|report)"
                      r"|pre-?\s?(?:mitigat|control)\w*)\b"
                      r"|^(?:inh(?:er)?|orig)(?:\.|\b)"
                      r"|\b(?:before|without)\s+(?:any\s+)?(?:controls?|mitigations?|treatment)\b",
                      re.I)
# A group over the factors may say it in brackets: "Current (with controls)" over "Impact |
# Likelihood | Score". A narrow column abbreviates the word: "Res. L", "Resid. I", "Res.Score"
# (no space after the stop). "Residual risk" alone is the heading as printed (the current
# one), never "risk" (the title's).
RESIDUAL = re.compile(r"^(?:(?:(?:current|residual|net)?\s*\(\s*(?:after|with)\s+(?:controls?"
                      r"|mitigations?|treatment)\s*\)"
                      r"|(?:residual|res(?:id)?\.|net)(?:\s+risk)?+|(?:after|with)\s+(?:controls?|mitigations?"
                      r"|treatment)|post-?\s?(?:mitigation|controls?))\s+"
                      r"|res(?:id)?\.(?=[a-z]))", re.I)
NEW_ROW = re.compile(r"^([A-Z]{2,6}\s?)?\d{1,3}(\s?\(?[a-z]\))?$|^[A-Z]{2,6}\s?\d|^[A-Z]{2,6}$"
                     # the register's letters, a space, the number's own: "SEND R1", "CRR F2"
                     r"|^[A-Z]{2,6} [A-Z]{1,3}\d{1,3}[a-z]?$"
                     # hyphenated ids: "CA-R1", "SR-01", and with the register's group
                     # between: "SC-CRR-01", "SR-FIN-01"
                     r"|^[A-Z]{1,6}(?:[-/][A-Z]{1,4})?[-/][A-Z]{0,3}\d{1,3}[a-z]?$"
                     # the register's letters, a hyphen and the risk's own letter: a
                     # partnership's few risks lettered, not numbered ("PR-A", "PR-B")
                     r"|^[A-Z]{2,6}-[A-Z]$"
                     # the year the risk was raised, then its number: "R/23/001", "CR-2024-07"
                     r"|^[A-Z]{1,6}[-/](?:\d{2}|\d{4})[-/]\d{1,4}$"
                     # one letter: "R1"
                     r"|^[A-Z]\d{1,3}[a-z]?$"
                     # letters, a dot, the number: "CR.01"
                     r"|^[A-Z]{1,6}\.\d{1,3}[a-z]?$"
                     # a risk system's number alone: "1023"
                     r"|^\d{4,5}$"
                     # a section's number and the risk's: "2.1"
                     r"|^\d{1,2}\.\d{1,2}[a-z]?$")
REGISTER_HEADING = re.compile(r"risk\s+register", re.I)
# A cell that is a figure alone ("93.8", "23.8%", "1,412"): a header names its columns, so a
# row holding several is a row of values (a scorecard's "L" polarity or a rating dot read as
# "l" is then no likelihood heading): this many make it one.
FIGURE_CELL = re.compile(r"^[£$]?-?\d[\d,]*(?:\.\d+)?%?$")
VALUE_ROW_FIGURES = 2

# A factor's heading printing its chance as a percentage ("Probability (%)", "Likelihood %"):
# a quantified register scores the likelihood band from it in a column of its own ("L"),
# which is the factor where there is one.
PERCENT_HEAD = re.compile(r"%|\bper\s?cent", re.I)

# A list of the risks names them in a heading of its own ("Risk", "Risk owner").
RISK_WORD = re.compile(r"\brisks?\b", re.I)


def header_columns(row: Row, sample: Row | None = None, unscored: bool = False,
                   over: list[str] | None = None) -> dict[str, int] | None:
    """Column roles of a register table's header row, or None if the row is not one. The
    ``sample`` (the row under it) names the columns its headings leave unknown. ``unscored``:
    a list of the risks naming no factor or score is one too (a heat map places them).
    ``over``: the lines of text just over the table (its heading, nearest last)."""
    cells = [" ".join(c.split()) for c in row.cells]
    if len(cells) < 3 or sum(1 for c in cells if FIGURE_CELL.match(c)) >= VALUE_ROW_FIGURES:
        return None  # a row of figures is a row of values, whatever one of its letters says
    # a heading in two languages ("Cyf / Ref") is known by either half
    # (a stage's word cut short in a narrow column read spelt out: "Cur L" is "Current L")
    parts = [[spelt_stage(stage_first(p))
              for p in header_parts(mend_split_heading(mend_broken_word(c)))] for c in cells]
    parts = mark_earlier_periods(parts, _filled_columns(sample, len(cells)),
                                 _scored_columns(sample, len(cells)))
    if any(INDICATOR_HEAD.match(p) for ps in parts for p in ps):
        return None  # a dashboard's indicators, however its score-like columns are named
    # a tender's bidders, however their score-like columns are named, unless the table scores
    # a risk's factors ("Supplier | Risk | Likelihood | Impact": a contracts' register)
    bidders = any(BIDDER_HEAD.match(p) for ps in parts for p in ps)
    id_at = next((i for i, ps in enumerate(parts)
                  if any(ID_HEAD.match(p) and len(p) < 30 for p in ps)), None)
    roles: dict[str, int] = {"id": id_at} if id_at is not None else {}
    in_percent: int | None = None  # a likelihood column of percentages ("Probability (%)")
    for i, ps in enumerate(parts):
        # ("Current supply | Current demand": an evidence base's figures, no score)
        if i == id_at or any(INHERENT.search(p) or names_quantity_now(p) for p in ps):
            continue
        role = next((name for name, rx in HEADINGS for p in ps
                     if name not in roles and rx.search(RESIDUAL.sub("", p))), None)
        if role == "likelihood" and any(PERCENT_HEAD.search(p) for p in ps):
            in_percent = i if in_percent is None else in_percent
        elif role:
            roles[role] = i
    if in_percent is not None:
        roles.setdefault("likelihood", in_percent)
    if (hazard := roles.pop(HAZARD_TITLE, None)) is not None and hazards_captioned(over or []):
        roles.setdefault("title", hazard)
    # a RAID log's Type column: its rows other than risks are read past (``_add_row``)
    if (kind := type_column(parts, set(roles.values()))) is not None:
        roles[RAID_TYPE] = kind
    if sample is not None:
        _best_current(parts, sample, roles)
        _factors_from_sample(parts, sample, roles)
        _roles_from_sample(parts, sample, roles)
    if opportunity_subject(parts, roles.get("title")):
        return None  # an opportunity register's, scored on the risks' matrix but no risks
    if threat_subject(parts, roles, over):
        return None  # a threat assessment's, scored as a register is but no risks
    if "id" in roles and ID_SHAPE.match(cells[roles["id"]]):
        # a header names its id column, it prints no id: "A4 | Solar PV ... | Complete |
        # Generating since June 2027" is a row of a table (an action plan's), whatever its
        # last cell's date reads as
        return None
    if "id" not in roles:
        # no id column: the id heads the risk's own cell ("CRR01 - Financial sustainability")
        if "title" not in roles:
            return None
        roles["id"] = roles[ID_IN_TITLE] = roles["title"]
    if bidders and not {"likelihood", "impact"} & set(roles):
        return None
    if {"current", "likelihood"} & set(roles):
        return roles if "title" in roles else None
    # a list scoring nothing says it lists risks ("Risk", "Risk owner"): a table of measures
    # or minutes by their codes is none, whatever ids a heat map shares with it
    listed = unscored and any(RISK_WORD.search(c) for c in cells)
    return roles if "title" in roles and listed else None


# An id as a register's first cell prints it: "T-01", "CR 2", "SR4", "2.1", and with its
# register's letters before the number's own ("WVC-SR1", "CRR-F2").
ID_SHAPE = re.compile(r"^[A-Z]{1,6}(?:[-./ ]?[A-Z]{1,3}(?=[-./ ]?\d))?[-./ ]?\d{1,4}[a-z]?$"
                      r"|^\d{1,2}\.\d{1,2}$")
# A title is a few words of prose; a name or a number is not.
MIN_TITLE_WORDS = 3

# The roles of the factors as they stand, each a column of its own.
FACTOR_ROLES = ("likelihood", "impact")
# The role of a column printing the current factors as a pair beside the score's own column.
FACTOR_PAIR = "factor_pair"
CURRENT_WORDS = next(rx for name, rx in reversed(HEADINGS) if name == "current")
# A cell naming both its factors by their letters or words: "L4 I3", "L3 / I4", "I4 L3",
# "Likelihood 3 x Impact 4" (a bare "4 x 3" says not which is which; its heading must).
_L = r"(?:L|Likelihood)\s*[:=]?\s*\d"
_I = r"(?:I|C|Impact|Consequence)\s*[:=]?\s*\d"
_BETWEEN = r"\b\s*[x×*/,]?\s*"
FACTORS_NAMED_IN_CELL = re.compile(rf"^\s*(?:{_L}{_BETWEEN}{_I}|{_I}{_BETWEEN}{_L})\b", re.I)
# A score as a register prints it: a number, or the factors and their product ("4 x 3").
SCORE_CELL = re.compile(r"^\d{1,3}$|^\d\s*[x×*]\s*\d")


def _best_current(parts: list[list[str]], sample: Row, roles: dict[str, int]) -> None:
    """Several headings of the score's family ("Score", "Rating", "Residual L x I"), in any
    order: the one naming both factors carries them, else the one whose cell under it is a
    score (a "Rating" of "High" is the level, not the score); the first in print otherwise."""
    values = [" ".join(c.split()) for c in sample.cells]
    if "current" not in roles or len(values) != len(parts):
        return
    others = {i for role, i in roles.items() if role != "current"}
    fits = [i for i, ps in enumerate(parts) if i not in others
            and not any(INHERENT.search(p) for p in ps)
            and any(CURRENT_WORDS.search(RESIDUAL.sub("", p))
                    or BOTH_FACTORS.search(RESIDUAL.sub("", p)) for p in ps)]
    scored = [i for i in fits if SCORE_CELL.match(values[i])]
    both = [i for i in scored if any(BOTH_FACTORS.search(p) for p in parts[i])]
    best = (both or scored or [roles["current"]])[0]
    roles["current"] = best
    # the factors printed as a pair beside the score ("Current L / I | Current score" over
    # "L3 / I4 | 12"): that column gives them
    # (or a heading of the stage alone, "Current | Score" over "L4 I3 | 12": the cell names
    # its factors by their letters itself, held-out round 33)
    pair = next((i for i in fits if i != best and parse_product(values[i]) is not None
                 and (any(BOTH_FACTORS.search(p) for p in parts[i])
                      or FACTORS_NAMED_IN_CELL.match(values[i]))), None)
    if pair is not None:
        roles[FACTOR_PAIR] = pair

# A factor's own number as a word of the cell ("3", "(4)", "Likely (4)", "5 - Almost
# certain"): one or two figures, the scale's, perhaps bracketed. A figure of prose is part of
# a word ("£40,000", "28-day") or larger.
FACTOR_FIGURE = re.compile(r"(?:^|[\s(])\d{1,2}(?:$|[\s)])")

# A cell of prose: a few words, none a factor's figure ("Designation as underperforming;
# applicants may apply direct", "Fines of up to £40,000"), never a factor, which is a number
# or a scale's word or two ("Likely").
def _prose(cell: str) -> bool:
    return len(cell.split()) >= MIN_TITLE_WORDS and not FACTOR_FIGURE.search(cell)


def _factors_from_sample(parts: list[list[str]], sample: Row, roles: dict[str, int]) -> None:
    """A factor's heading over prose names the risk's description, not its score: a register
    printing "Consequence" (what follows if the risk happens) beside "L | I" columns. Another
    column whose heading names the same factor and holds no prose is the factor."""
    values = [" ".join(c.split()) for c in sample.cells]
    if len(values) != len(parts):
        return
    for role in FACTOR_ROLES:
        at = roles.get(role)
        if at is None or not _prose(values[at]):
            continue
        taken = set(roles.values())
        heading = next(rx for name, rx in HEADINGS if name == role)
        other = next((i for i, ps in enumerate(parts) if i not in taken and values[i]
                      and not _prose(values[i]) and not any(INHERENT.search(p) for p in ps)
                      and any(heading.search(RESIDUAL.sub("", p)) for p in ps)), None)
        if other is not None:
            roles[role] = other

# A column of remarks on a risk's score ("Reason", "Reason for change", "Commentary"), as a
# table of its movement prints beside the scores: prose, and never the risk's title.
REMARK_HEAD = re.compile(r"^(?:reasons?|rationale|comments?|commentary|notes?|explanation"
                         r"|update)\b", re.I)


def _filled_columns(sample: Row | None, width: int) -> set[int] | None:
    """The columns the row under a header fills, if it has no more than the header's columns
    (a row's blank cells at its end may be left off)."""
    if sample is None or len(sample.cells) > width:
        return None
    return {i for i, c in enumerate(sample.cells) if c.strip()}


def _scored_columns(sample: Row | None, width: int) -> set[int] | None:
    """The columns whose cell in the row under a header is a score ("12", "4 x 3"), where the
    row lines up with the header as ``_filled_columns`` asks."""
    if sample is None or len(sample.cells) > width:
        return None
    return {i for i, c in enumerate(sample.cells) if SCORE_CELL.match(" ".join(c.split()))}


def _roles_from_sample(parts: list[list[str]], sample: Row, roles: dict[str, int]) -> None:
    """Columns the headings do not name, read from the first row under them: the column of
    id-shaped cells is the id ("Code"), a column of prose the title ("Risk & consequence"),
    and the one holding likelihood x impact the score ("Overall")."""
    values = [" ".join(c.split()) for c in sample.cells]
    if len(values) != len(parts):
        return
    taken = set(roles.values())
    free = [i for i, ps in enumerate(parts)
            if i not in taken and not any(INHERENT.search(p) for p in ps)]
    title = roles.get("title")
    if "id" not in roles and title is not None and ID_SHAPE.match(values[title]):
        # a bare "Risk" heads the ids ("SRR 1") when another column ("Description") holds
        # the prose: the id is that column, the title is looked for below
        roles["id"] = roles.pop("title")
    if "id" not in roles:
        at = next((i for i in free if ID_SHAPE.match(values[i])), None)
        if at is not None:
            roles["id"] = at
            free.remove(at)
    if "title" not in roles:
        at = next((i for i in free if len(values[i].split()) >= MIN_TITLE_WORDS
                   and re.search(r"[a-z]", values[i])
                   and not any(REMARK_HEAD.match(p) for p in parts[i])), None)
        if at is not None:
            roles["title"] = at
            free.remove(at)
    factors = [values[roles[r]] for r in ("likelihood", "impact") if r in roles]
    if "current" not in roles and len(factors) == 2 and all(f.isdigit() for f in factors):
        product = str(int(factors[0]) * int(factors[1]))
        at = next((i for i in free if values[i] == product), None)
        if at is not None:
            roles["current"] = at


def hazards_captioned(over: list[str]) -> bool:
    """Whether a heading over a table (``over``: the lines just over it, nearest last) says
    it registers or assesses its hazards as risks (``HAZARDS_REGISTERED``)."""
    return any(len(s.split()) <= HEADING_MAX_WORDS and HEADING_LINE.match(s)
               and HAZARDS_REGISTERED.search(s) for s in over[-CAPTION_LINES:])
