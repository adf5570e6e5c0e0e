"""Risk registers: strategic / corporate / directorate registers (summary tables, register
tables and risk cards), budget risk registers (directorate, likelihood and £m exposure per
risk) and the prose corporate-risk section of performance reports.

A document yields risks only when it shows a register: a "Risk No. | Risk Title | Current Risk
Rating" table, risk cards ("Risk Event", "Consequence", "Risk Owner"), a budget register's
"Risk Title ... Likelihood ... Exposure" table, or a "Corporate Risk Register" section naming
risks by id ("CRR0065: ..."). Reports that merely mention risks yield nothing."""

from __future__ import annotations

import re
from typing import Any

from kcc_papers.extract import Context
from kcc_papers.extract.risks import checks
from kcc_papers.extract.risks.budget import extract_budget, is_budget_register
from kcc_papers.extract.risks.cards import parse_cards
from kcc_papers.extract.risks.heat_map import placed_risks, with_places
from kcc_papers.extract.risks.key_tables import key_table_scales
from kcc_papers.extract.risks.labelled import labelled_entries, promises_blocks
from kcc_papers.extract.risks.lettered import FACTOR_LETTER_WORDS, lettered_header
from kcc_papers.extract.risks.merge import Merged, merge
from kcc_papers.extract.risks.minuted import holds_register_table
from kcc_papers.extract.risks.narrative import parse_narrative
from kcc_papers.extract.risks.narrative_records import narrative_records
from kcc_papers.extract.risks.prose_rows import promises_prose, prose_entries
from kcc_papers.extract.risks.prose_scales import prose_scales
from kcc_papers.extract.risks.rows import Row, rows_of
from kcc_papers.extract.risks.status_words import says_risk as calls_risks
from kcc_papers.extract.risks.summary import SummaryEntry, parse_summaries
from kcc_papers.extract.risks.unrated import no_register
from kcc_papers.extract.risks.values import (
    Legend,
    Rating,
    Scales,
    Score,
    parse_legend,
    parse_scale_row,
    parse_score,
    parse_shared_key,
    risk_key,
    usual_scale,
)
from kcc_papers.load.model import Page
from kcc_papers.models import Record, Risk, RiskAction, RiskControl, RiskLevel
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.needles import holds_any

# (and minutes printing a register's table: minuted.py)
KINDS = {"risk_register", "report", "performance_report", "minutes"}
# Where one axis of a scale key ends and the next begins ("...Very Likely (5). Impact: Minor").
AXIS = re.compile(r"(?=\b(?:Likelihood|Impact)(?=[A-Z\s:]))")


def extract(ctx: Context) -> list[Record]:
    if ctx.document.kind == "minutes":
        # minutes are read for a register's table alone (minuted)
        return _tabled(ctx) if holds_register_table(ctx.segment.text) else []
    if is_budget_register(ctx.segment.text):
        budget = extract_budget(ctx, _rows(ctx) if ctx.source.format != "pdf" else [])
        if budget is not None:
            return budget
    tabled = _tabled(ctx) if _shows_register(ctx.segment.text) else []
    if no_register(tabled, ctx.segment.text):
        tabled = []  # a scored table of something else ("Ref | ... | Score (of 40)"): grants
    if tabled:
        return tabled
    narrative = parse_narrative(ctx.segment)
    return narrative_records(ctx, narrative) if narrative else []


def _detail_blocks(blocks: list[SummaryEntry], listed: list[SummaryEntry]
                   ) -> list[SummaryEntry]:
    """The labelled blocks that detail the risks the summary tables list, by their ids (all
    where no table lists any): beside a register's table, a block of another id is none of
    its risks (a covering report's "Risk 1: The register is not kept up to date" over its own
    "Likelihood: 2")."""
    if not listed:
        return blocks
    ids = {risk_key(e.risk_id) for e in listed}
    return [b for b in blocks if risk_key(b.risk_id) in ids]


def _rows(ctx: Context) -> list[Row]:
    """The segment's rows; a page whose tables cannot be read is said."""
    return rows_of(ctx.segment, lambda page, exc: _unreadable(ctx, page, exc))


def _unreadable(ctx: Context, page: Page, exc: Exception) -> None:
    """Rows of that page are lost (its ruled tables are kept where they can be read, its
    lines and the other pages are read)."""
    ctx.finding(
        "risk_table_unreadable",
        f"tables on page {page.number} could not be read (the page's ruled tables are kept "
        f"where they could be): {type(exc).__name__}: {exc}",
        page=page.number,
        record_table="risks",
    )


def _tabled(ctx: Context) -> list[Record]:
    """A register printed as tables: summary tables and risk cards."""
    rows = _without_removed(_rows(ctx))
    entries = parse_summaries(rows)
    scales = _scales(rows)
    cards = parse_cards(rows, scales)
    if not cards:
        # no cards: perhaps blocks of "Label: value" lines, the register itself or the detail
        # of the risks a summary table lists ("Likelihood: 4 (Likely)" under "CRR0001 ..."),
        # each merged with its table row by its id
        entries = entries + _detail_blocks(labelled_entries(rows), entries)
    if not entries and not cards:
        # or a paragraph per risk stating its factors ("CRR02 ... Current L4 I3, score 12")
        entries = prose_entries(rows)
    if not cards:
        # and the places a heat map gives the risks none of those scores (a card scores its
        # own risk)
        entries = _with_heat_map(rows, entries)
    if not entries and not cards:
        return []
    legend = next((lg for r in rows if (lg := parse_legend(r.text))), None)
    merged, unmatched = merge(entries, cards)
    for card in unmatched:
        ctx.finding("risk_card_unidentified",
                    f"a risk card (page {card.page}) names no risk id the paper's summary "
                    "tables can confirm; its details are not recorded",
                    severity="info", record_table="risks", page=card.page)
    out: list[Record] = []
    risks: list[Risk] = []
    key = _factor_key(scales, entries)
    for m in merged:
        risk = _risk(m, legend, scales, key)
        risks.append(risk)
        out.append(risk)
        out.extend(_items(m))
        _report(ctx, _row_checks(m, risk, legend), m.page)
        _report_missing(ctx, m, risk)
        _report_derived(ctx, m, risk)
    _report(ctx, checks.check_statements(ctx.segment.text, risks), None)
    return out


def _with_heat_map(rows: list[Row], entries: list[SummaryEntry]) -> list[SummaryEntry]:
    """The register's rows, with the places a heat map gives the risks no row scores (the
    paper's list of its risks naming their titles and owners, if it has one)."""
    placed = placed_risks(rows)
    if not placed:
        return entries
    return with_places(entries, parse_summaries(rows, unscored=True), placed)


# A heading over the risks taken off the register ("4. Risks removed from the register",
# "Closed risks", "Risks archived this quarter"): a heading's words, no sentence or label.
REMOVED_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:risks?\s+(?:(?:that\s+have\s+been|"
                             r"now|being)\s+)?(?:removed|closed|archived|retired|deleted|"
                             r"withdrawn)|(?:closed|archived|retired|removed|deleted)\s+risks?)"
                             r"\b[^.:;]*$", re.I)
MAX_HEADING_WORDS = 12
# Lines of prose a removed risks' heading may have before its table ("The following ...").
LEAD_IN_ROWS = 3


def _without_removed(rows: list[Row]) -> list[Row]:
    """The rows less each table of risks taken off the register (the table after a heading
    that says so): they are no longer the register's risks, and such a table prints only
    their last score and the reason."""
    out: list[Row] = []
    skipping = lead_in = 0
    for row in rows:
        heading = len(row.filled) == 1 and len(row.text.split()) <= MAX_HEADING_WORDS and \
            REMOVED_HEADING.match(row.text)
        if heading:
            skipping, lead_in = 1, 0
            out.append(row)
            continue
        if skipping and len(row.filled) > 1:
            skipping = 2  # in the table
            continue
        if skipping == 1 and lead_in < LEAD_IN_ROWS:
            lead_in += 1
        else:
            skipping = 0
        out.append(row)
    return out


def _report_missing(ctx: Context, m: Merged, risk: Risk) -> None:
    """A card whose likelihood or impact the text layer lost: said, never guessed."""
    if m.card is None:
        return
    missing = [name for name in ("likelihood", "impact", "target_likelihood", "target_impact")
               if getattr(risk, name) is None]
    if missing:
        ctx.finding("risk_card_value_missing",
                    f"{risk.risk_id}: the risk card prints no readable {', '.join(missing)}",
                    severity="info", record_table="risks", record_ref=risk.risk_id,
                    page=m.card.page)


def _report_derived(ctx: Context, m: Merged, risk: Risk) -> None:
    """A rating the paper prints no score for (only its factors: "L4 / I5", "4 x 5", or
    likelihood and impact columns) is their product, as the paper's key defines the score:
    said, so that it is never taken for a printed one."""
    current, target = _ratings(m)
    derived = [(label, value) for label, rating, value in (
        ("current", current, risk.current_rating), ("target", target, risk.target_rating))
        if value is not None and (rating.derived if rating else label == "current")]
    if not derived:
        return
    said = ", ".join(f"{label} rating {value}" for label, value in derived)
    ctx.finding("risk_rating_derived",
                f"{risk.risk_id}: no score is printed; the {said} is the product of the "
                "likelihood and impact printed", severity="info", record_table="risks",
                record_ref=risk.risk_id, page=m.page)


def _shows_register(text: str) -> bool:
    """Cheap test before the (slow, for PDFs) table reading: a register's own words."""
    # the id column's heading, as the register reader knows it (summary.ID_HEAD)
    # (or the English half of a heading in two languages: "Cyf / Ref")
    # (or the id column after a group column: "Portfolio | Ref | Risk" as one header line)
    ids = re.search(r"(?:Risk|Datix)\s*(?i:No|ID|Ref(?:erence)?)\b"
                    r"|^\s*(?:Ref(?:erence)?\b|No\.\s|ID\s)|\s/\s(?:Ref|ID)\b"
                    r"|\bRef(?:erence)?\.?[ \t]+Risk\b", text, re.M)
    # "Current score", "Probability | Severity": the words as a register heads its columns
    summary = (ids and re.search(
        r"Likelihood|Score|Probability|Severity|\b(?:L\s*[x×/]\s*I|I\s*[x×/]\s*L)\b"
        # the factors' own columns headed by their letters ("Owner | L | I")
        r"|" + FACTOR_LETTER_WORDS,
        text, re.I))
    # "Ref | ... | Rating" heads a dashboard's standards as well as a register's risks: a
    # register so headed says it is about risks somewhere (its title, a heading, a column)
    says_risk = calls_risks(text)
    registered = bool(summary or (ids and says_risk and re.search(r"Rating", text, re.I))
                      or _id_header(text, REGISTER_CELL if says_risk else FACTOR_CELL))
    cards = re.search(r"Risk\s+Owner", text) and re.search(r"Consequence", text)
    # a register with no id column (the id heads the risk's cell) still names both factors
    # and the score they make
    # (or an id column headed "Risk" beside the factors' letters: "Risk | Owner | L | I | Score")
    return (bool(registered or cards or _factor_header(text)) or promises_blocks(text)
            or (says_risk and lettered_header(text, HEADER_LINE_CHARS))
            or promises_prose(text)
            or len(SCORED_CELL.findall(text)) >= MIN_SCORED_CELLS)


# A score printed with its factors, in any of its forms ("4x5=20", "12 (3x4)", "20 (L4 x I5)"),
# or the factors alone named by their letters ("L4 / I5"): a few of them are a register
# whatever its headings say.
SCORED_CELL = re.compile(r"\b\d{1,2}\s*\(\s*L?\d\s*[x×]\s*I?\d\s*\)"
                         r"|\bL?\d\s*[x×]\s*I?\d\s*=\s*\d{1,2}\b"
                         r"|\b(?-i:L[1-6]\s*/\s*I[1-6]|I[1-6]\s*/\s*L[1-6])\b")
MIN_SCORED_CELLS = 2


# A header line naming the id column anywhere among its cells (the columns in any order) and
# a register's own column words ("Owner | No. | Current Score | Risk").
ID_CELL = re.compile(r"(?<!\S)(?:Ref(?:erence)?|No\.|ID)(?!\S)", re.I)
REGISTER_CELL = re.compile(r"\b(?:Rating|Likelihood|Score|Probability|Severity)\b"
                           r"|\b(?:L\s*[x×/]\s*I|I\s*[x×/]\s*L)\b", re.I)
# ... but a "Rating" alone rates a dashboard's measures as well: a paper that never says
# "risk" needs the factors' or the score's words
FACTOR_CELL = re.compile(r"\b(?:Likelihood|Score|Probability|Severity)\b"
                         r"|\b(?:L\s*[x×/]\s*I|I\s*[x×/]\s*L)\b", re.I)
# ... or the factors' letters as their own cells ("L | C", "P | I")
FACTOR_LETTERS = (re.compile(r"(?<!\S)[LP](?!\S)"), re.compile(r"(?<!\S)[IC](?!\S)"))


# The words every match of ID_CELL holds, in any case: a line without any is not searched.
ID_WORDS = ("ref", "no.", "id")


def _id_header(text: str, register_cell: re.Pattern[str]) -> bool:
    return any(len(line) <= HEADER_LINE_CHARS and holds_any(line, ID_WORDS)
               and ID_CELL.search(line)
               and (register_cell.search(line) or all(rx.search(line) for rx in FACTOR_LETTERS))
               for line in text.splitlines())


# the factors and their product as headers name them, abbreviations included ("Prob",
# "Overall"); a narrow column breaks "Likelihood" inside the word and prints its last letters
# under the rest of the header ("Likelihoo" / "Risk  Description  Impact" / "d (L)"), as the
# column reader mends it (normalise/headings.py): the word's head from "Likeli" names it
FACTOR_WORDS = tuple(re.compile(rf"\b(?:{w})\b", re.I) for w in (
    r"Likeli\w*|Probability|Prob", "Impact|Consequence|Severity",
    r"Score|Rating|Overall|L\s*[x×]\s*I|I\s*[x×]\s*L"))
# A header's cells wrap ("Current" / "Risk  Risk owner  Current impact  Current score" /
# "likelihood"): its words are looked for over a few short lines together, not in prose.
HEADER_WINDOW_LINES = 3
HEADER_LINE_CHARS = 120


# The words every match of the first factor's pattern holds, in any case. They hold no space,
# so a match lies within one line of a window: a window without them is not searched.
LIKELIHOOD_WORDS = ("likeli", "prob")


def _factor_header(text: str) -> bool:
    """A short run of lines naming both factors and the score: a register's header."""
    lines = [line for line in text.splitlines() if line.strip()]
    likely = [holds_any(line, LIKELIHOOD_WORDS) for line in lines]
    for at in range(len(lines)):
        if not any(likely[at:at + HEADER_WINDOW_LINES]):
            continue
        window = lines[at:at + HEADER_WINDOW_LINES]
        if any(len(line) > HEADER_LINE_CHARS for line in window):
            continue
        joined = " ".join(window)
        if all(rx.search(joined) for rx in FACTOR_WORDS):
            return True
    return False


def _report(ctx: Context, found: list[checks.Found], page: int | None) -> None:
    for check, message, ref in found:
        ctx.finding(check, message, record_table="risks", record_ref=ref, page=page)


def _scales(rows: list[Row]) -> Scales:
    """The paper's 'Likelihood & Impact Scales' (the first complete one): a table row per axis,
    or a key printed as text under a card ("Likelihood: Very Unlikely (1), ... Impact: Minor
    (1), ... Significant" wrapping its "(3), Serious (4) ..." onto the next line)."""
    scales = Scales()
    for n, row in enumerate(rows):
        first = row.filled[0] if row.filled else ""
        if not re.match(r"(likelihood|impact)", first, re.I) or BOTH_AXES.match(first):
            continue  # (a key naming both axes is read below, for both)
        text = " ".join(row.filled)
        if n + 1 < len(rows) and re.match(r"\s*\(\d\)", rows[n + 1].text):
            text = f"{text} {rows[n + 1].text}"
        for part in AXIS.split(text):
            named = re.match(r"(Likelihood|Impact)\s*:?", part, re.I)
            axis = named.group(1).lower() if named else None
            if named and axis and not getattr(scales, axis):
                values = parse_scale_row(part[named.end():])
                if len(values) >= 3:
                    setattr(scales, axis, values)
    if not (scales.likelihood and scales.impact):
        # no key row for an axis: perhaps a key table with a column per axis
        for axis, scale in key_table_scales(rows).items():
            if not getattr(scales, axis):
                setattr(scales, axis, scale)
    if not (scales.likelihood and scales.impact):
        # no table or key row for an axis: perhaps its key is written out in the prose
        for axis, scale in prose_scales(" ".join(row.text for row in rows)).items():
            if not getattr(scales, axis):
                setattr(scales, axis, scale)
    keys = [row.text for row in rows if not _one_axis(row.text)] + _key_tables(rows)
    scales.both = next((key for text in keys if (key := parse_shared_key(text))), {})
    return scales


# A key printed as a small table, a row per value: "High (H) | 3".
KEY_ROW = re.compile(r"^\s*[A-Za-z][A-Za-z ()]{0,20}$")


def _key_tables(rows: list[Row]) -> list[str]:
    """Runs of two-cell rows, a name and its number, as one line of a key ("High (H) = 3
    Medium (M) = 2 ..."), to be read as a key written out in a line is."""
    out: list[str] = []
    run: list[str] = []
    for row in [*rows, Row(0, [])]:
        cells = row.filled
        if len(cells) == 2 and KEY_ROW.match(cells[0]) and re.fullmatch(r"[1-9]", cells[1]):
            run.append(f"{cells[0]} = {cells[1]}")
            continue
        if run:
            out.append("; ".join(run))
        run = []
    return out


# A key naming both axes: "Likelihood and impact: High = 3, ...", "Likelihood / Impact".
BOTH_AXES = re.compile(r"likelihood\s*(?:and|&|/)\s*impact|impact\s*(?:and|&|/)\s*likelihood",
                       re.I)


def _one_axis(text: str) -> bool:
    """A key row headed by one axis ("Likelihood: ..."), read as that axis's scale."""
    return bool(re.match(r"\s*(likelihood|impact)", text, re.I)) and not BOTH_AXES.match(
        text.strip())


def _factor_key(scales: Scales, entries: list[SummaryEntry]) -> dict[str, int]:
    """The key for factors printed as words or letters that no axis's scale names: the
    paper's own key for both axes, else the usual scale of the words the register prints."""
    if scales.both:
        return _with_initials(scales.both)
    printed = {value for e in entries for name in FACTOR_ROLES
               if (value := getattr(e, name)) and not value[:1].isdigit()}
    return usual_scale(printed)


def _with_initials(key: dict[str, int]) -> dict[str, int]:
    """The key with each name's initials as a name of its number too: a key written out in
    words ("High counts as 3, Medium as 2 and Low as 1") over a register printing the letters
    ("H", "M", "VH"). Initials two names share name neither."""
    initials: dict[str, list[int]] = {}
    for name, number in key.items():
        initials.setdefault("".join(w[0] for w in name.split()).upper(), []).append(number)
    return {**{i: n[0] for i, n in initials.items() if len(n) == 1 and len(i) < MAX_INITIALS},
            **key}


# Initials stand for a level's name of one or two words ("H", "VH"), not a phrase.
MAX_INITIALS = 3


def _pick(entries: list[SummaryEntry], attr: str) -> Any:
    """The value from the most detailed table: later tables (appendices) over the profile."""
    for e in reversed(entries):
        value = getattr(e, attr)
        if value:
            return value
    return None


FACTOR_ROLES = ("likelihood", "impact", "target_likelihood", "target_impact")


def _ratings(m: Merged) -> tuple[Rating | None, Rating | None]:
    """The current and target ratings: the register tables' own, else the card's ("Current
    Risk 16 High")."""
    card = m.card
    return (_pick(m.entries, "current") or (card.rating if card else None),
            _pick(m.entries, "target") or (card.target_rating if card else None))


def _risk(m: Merged, legend: Legend | None, scales: Scales, key: dict[str, int]) -> Risk:
    card = m.card
    current, target = _ratings(m)
    closed = any(e.closed for e in m.entries)
    title = _pick(m.entries, "title") or (card.title if card else None)
    cur_value = current.value if current else None
    tgt_value = target.value if target else None
    risk = Risk(
        risk_id=m.risk_id,
        risk_key=m.key,
        register=m.register,
        title=title,
        current_rating=cur_value,
        current_level=_level(current, legend),
        target_rating=tgt_value,
        target_level=_level(target, legend),
        change=_pick(m.entries, "change"),
        change_printed=_pick(m.entries, "change_printed"),
        status="closed" if closed else "open",
        page=m.page,
    )
    if card:
        risk.cause, risk.event, risk.consequence = card.cause, card.event, card.consequence
        risk.owner, risk.cabinet_member = card.owner, card.cabinet_member
    # A card's values, else the register table's own likelihood / impact columns.
    for name, axis in (("likelihood", "likelihood"), ("impact", "impact"),
                       ("target_likelihood", "likelihood"), ("target_impact", "impact")):
        score = getattr(card, name) if card else None
        printed = _pick(m.entries, name)
        if score is None and printed:
            score = parse_score(printed, getattr(scales, axis)) or parse_score(printed, key)
        number, label = _score(score)
        setattr(risk, name, number)
        setattr(risk, f"{name}_name", label)
    risk.owner = risk.owner or _pick(m.entries, "owner")
    if card is None and risk.current_rating is None and not closed and risk.likelihood and (
            risk.impact):
        # a register table printing the factors (as words or letters) and no score column:
        # the score is their product, as every register's key defines it (a card with no
        # rating of its own keeps none)
        risk.current_rating = risk.likelihood * risk.impact
        risk.current_level = legend.level(risk.current_rating) if legend else None
    return risk


def _level(rating: Rating | None, legend: Legend | None) -> RiskLevel | None:
    """The level as printed ("9 (Medium)"), else the band of the paper's own legend."""
    if rating is None:
        return None
    if rating.level:
        return rating.level
    return legend.level(rating.value) if legend else None


def _score(score: Score | None) -> tuple[int | None, str | None]:
    if score is None:
        return None, None
    return score.number, score.name


def _row_checks(m: Merged, risk: Risk, legend: Legend | None) -> list[checks.Found]:
    found = checks.check_ratings(risk)
    for e in m.entries:
        for label, rating in (("current", e.current), ("target", e.target)):
            if rating is not None:
                found += checks.check_level(risk.risk_id, label, rating.value,
                                                 rating.level, legend)
    card = m.card
    cards = [card.rating, card.target_rating] if card else [None, None]
    for label, printed in (("current", [e.current for e in m.entries] + cards[:1]),
                           ("target", [e.target for e in m.entries] + cards[1:])):
        found += checks.check_conflict(risk.risk_id, label,
                                            [r.value for r in printed if r])
    if card:
        for label, rating in (("current", card.rating), ("target", card.target_rating)):
            if rating is not None:
                found += checks.check_level(risk.risk_id, label, rating.value,
                                                 rating.level, legend)
    return found


def _items(m: Merged) -> list[Record]:
    if m.card is None:
        return _table_items(m)
    out: list[Record] = []
    for c in m.card.controls:
        out.append(RiskControl(risk_id=m.risk_id, control=c.text, owner=c.owner, page=c.page))
    for a in m.card.actions:
        when = find_date(a.planned) if a.planned and _has_day(a.planned) else None
        out.append(RiskAction(risk_id=m.risk_id, action=a.text, owner=a.owner,
                              planned_completion=a.planned, planned_completion_date=when,
                              page=a.page))
    return out


def _table_items(m: Merged) -> list[Record]:
    """Controls and actions printed in a register table's own columns, one per bullet."""
    out: list[Record] = []
    page = m.entries[-1].page if m.entries else m.page
    for text in _bullets(_pick(m.entries, "controls")):
        out.append(RiskControl(risk_id=m.risk_id, control=text, page=page))
    for text in _bullets(_pick(m.entries, "actions")):
        out.append(RiskAction(risk_id=m.risk_id, action=text, page=page))
    return out


def _bullets(text: str | None) -> list[str]:
    if not text:
        return []
    parts = re.split(r"\s*[•●▪◦]\s*|\s+-\s+(?=[A-Z])", text)
    return [p.strip() for p in parts if p.strip()]


def _has_day(text: str) -> bool:
    """'31 st March 2016' is a date; 'April 2015' is a month, kept only as printed."""
    return bool(re.search(r"\b\d{1,2}\s*(st|nd|rd|th)?\s+[A-Za-z]{3,}|\d{1,2}[/.]\d{1,2}[/.]\d",
                          text))
