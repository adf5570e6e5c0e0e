"""Decisions asked for and decisions taken, outside minutes:

* ``source="report"``: one row per distinct "Recommendation(s)" block of a report;
* ``source="decision_notice"``: records (and proposed records) of decision, ModernGov issue /
  decision details and forward plan pages, decision recording forms, agenda-item pages.

A paper that asks for nothing (a for-information report, a news article) yields no rows."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.extract import Context
from kcc_papers.extract.decisions.fields import (
    ask_label_table_lines,
    label_table_lines,
    recommendation_table_lines,
    without_column_names,
)
from kcc_papers.extract.decisions.issue_details import (
    issue_details,
    listed_decision_starts,
    listed_decisions,
)
from kcc_papers.extract.decisions.notices import Notice, records_of_decision
from kcc_papers.extract.decisions.numbered_decisions import numbered_decisions
from kcc_papers.extract.decisions.permission_notices import permission_notices
from kcc_papers.extract.decisions.prose_records import prose_findings, prose_records
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.decisions.recording_forms import agenda_item_page, recording_form
from kcc_papers.extract.decisions.report_fields import (
    agenda_item_for,
    agenda_stamp,
    decision_maker,
    report_fields,
)
from kcc_papers.extract.decisions.run_in import run_in_heading
from kcc_papers.extract.decisions.tabled import decision_table_notices
from kcc_papers.models import Decision, Record
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.normalise.textclean import body_lines, furniture
from kcc_papers.segment_starts.header_labels import rejoin_wrapped_labels

REPORT_KINDS = {"report", "performance_report", "risk_register"}
NOTICE_KINDS = {"decision", "forward_plan"}
KINDS = REPORT_KINDS | NOTICE_KINDS
# A report's masthead (its labels, "Subject:") is within its first HEAD_LINES lines.
HEAD_LINES = 40
# A "Subject:" longer than this ran on into the report's text: the segment's title is kept.
MAX_SUBJECT_CHARS = 300

Parser = Callable[[list[tuple[int, str]]], list[Notice]]
# The capitalised words a record's title may print before its name ("Cabinet Member Record of
# decision"): more and the line is a sentence.
TITLE_WORDS_BEFORE_RECORD = 3
_TITLE_WORD = r"(?:[A-Z][\w'’-]*[^\S\n]+)"
# A record of decision names itself so, as a title ("RECORD OF DECISION", "Cabinet Record of
# Decisions"): its words capitalised, or in sentence case opening its line ("Record of
# decision", "Officer record of decision", a few capitalised words before). In running prose
# ("the Council publishes a written record of decisions taken by officers", an officers'
# register's preamble) they are neither.
_RECORD_NAMED = re.compile(
    r"(?:RECORD\s+OF\s+DECISION|Record\s+of\s+Decision)"
    # (a line opening "record of decisions" in lower case is prose wrapped)
    rf"|(?m:^[^\S\n]*(?:{_TITLE_WORD}{{0,{TITLE_WORDS_BEFORE_RECORD}}}Record"
    rf"|{_TITLE_WORD}{{1,{TITLE_WORDS_BEFORE_RECORD}}}record)[^\S\n]+of[^\S\n]+decision)"
    r"|(?i:DECISION\s+(?:NUMBER|TO\s+BE\s+TAKEN\s+BY)\s*:)")


def extract(ctx: Context) -> list[Record]:
    # (a header's label cell wrapped over two lines, "REPORT" over "TITLE:", as its one line:
    # the value's first line beside the label's first word is the field's; a bold heading
    # run into its paragraph, "Recommendation That ...", read as if its colon were printed)
    raw = [(p, run_in_heading(line)) for p, line in without_column_names(
        rejoin_wrapped_labels(ctx.segment.lines))]
    lines = body_lines(raw, furniture(ctx.source.pages))
    if not lines:
        return []
    if ctx.document.kind in REPORT_KINDS:
        tabled = (recommendation_table_lines(ctx.segment) or ask_label_table_lines(ctx.segment)
                  if ctx.source.format == "pdf" else None)
        if tabled is not None:
            lines = body_lines(tabled, furniture(ctx.source.pages))
        return _recommendations(ctx, lines, [t for _, t in raw])
    parser = _notice_parser([t for _, t in lines])
    if ctx.document.kind == "forward_plan" and not (parser and parser(lines)):
        # a plan's list of decisions to come, in no format read above: its prose (what the
        # plan is) is no decision, as the fallbacks below would read it; but a plan's cover
        # report asks the meeting to approve it in its "Recommendation" block, as a
        # register's cover report does (its header may print a decision page's label,
        # "Decision type: Non Key Decision", that heads no decision)
        return _recommendations(ctx, lines, [t for _, t in raw])
    # A decision paper in no format met so far: its labelled fields may still say it all, read
    # by the rows of a table of labels where it prints one (the text layer sets a label cell
    # centred beside its wrapped value between the value's lines)
    if parser in (issue_details, listed_decisions) and ctx.source.format == "pdf":
        # a decision sheet's issues printed as ruled tables of labels and values ("Decision
        # Made: | That the fees ... be approved"): the text layer sets each label cell centred
        # beside its wrapped value, between the value's lines; read by the tables' rows
        # (a sheet of several issues, each its own table, is a page of listed decisions)
        tabled = label_table_lines(ctx.segment)
        if tabled is not None:
            lines = body_lines(tabled, furniture(ctx.source.pages))
            parser = _notice_parser([t for _, t in lines]) or issue_details
    # (a record of decisions that names itself so may print them all in one such table, a row
    # per application, no "Decision:" label of its own to read)
    notices = parser(lines) if parser else []
    if not notices:
        # (a notice numbering its decisions over their titles, each unlabelled under its
        # heading, before a record's fields are looked for: it prints none)
        notices = decision_table_notices(ctx.segment) or ([] if parser else (
            numbered_decisions(lines) or _tabled_record(ctx) or records_of_decision(lines)
            or _findings(ctx, lines) or _items_deciding(ctx, lines) or issue_details(lines)))
    if not notices and ctx.document.kind == "decision":
        # no decision labelled: each item's may be a sentence of the body deciding
        notices = prose_records(lines)
    if not notices:
        ctx.finding(
            "decision_text_missing",
            "decision paper without a decision text",
            record_table="decisions",
            page=ctx.segment.page_from,
        )
    return [_from_notice(n) for n in notices]


def _findings(ctx: Context, lines: list[tuple[int, str]]) -> list[Notice]:
    """A decision paper's sentences of the body deciding, where it labels no decision and
    heads no items (prose_records reads those): a hearing's notice under headings of its own
    ("Decision on the complaint", "Sanctions")."""
    if ctx.document.kind != "decision" or prose_records(lines):
        return []
    # (or a notice to an applicant, the council's "hereby GRANTS planning permission ...")
    return prose_findings(lines) or permission_notices(lines)


def _items_deciding(ctx: Context, lines: list[tuple[int, str]]) -> list[Notice]:
    """A decision paper's items each stating its decision as a sentence of the body deciding
    (read before the issue page's fallback: _findings leaves them to this reader, and the
    fallback would read the paper's masthead as its one decision)."""
    return prose_records(lines) if ctx.document.kind == "decision" else []


def _tabled_record(ctx: Context) -> list[Notice]:
    """A record of decision printed as a two-column table of labels and values (a PDF's
    ruled table has no colons to find its labels by)."""
    if ctx.source.format != "pdf":
        return []
    lines = label_table_lines(ctx.segment)
    if lines is None:
        return []
    return records_of_decision(body_lines(lines, furniture(ctx.source.pages)))


def _notice_parser(texts: list[str]) -> Parser | None:
    page = moderngov.page_type(texts)
    if page in ("issue_details", "decision_details"):
        return issue_details
    if page == "agenda_item":
        return agenda_item_page
    if listed_decision_starts(texts):
        return listed_decisions
    head = "\n".join(texts[:HEAD_LINES])
    whole = "\n".join(texts)
    if re.search(r"Decision\s+Recording\s+Form|^\s*\(d\)\s*Decision\s+taken", whole, re.I | re.M):
        return recording_form
    if _RECORD_NAMED.search(head):
        return records_of_decision
    if re.search(r"^\s*(?:Issue|Decision)\s+details\s*$|Decision\s+type\s*:", head, re.I | re.M):
        return issue_details
    if re.search(r"^\s*Minutes\s*:", whole, re.I | re.M) and re.search(r"\bRESOLVED\b", whole):
        return agenda_item_page
    return None


def _from_notice(n: Notice) -> Decision:
    outcome = n.outcome or (classify_outcome(n.status) if n.status else "other")
    if outcome == "other":
        outcome = classify_outcome(n.text)
    if outcome == "other" and n.printed_status:
        # (the page's "Decision status: Recommendations Approved" after a decision whose own
        # words name no outcome, "be sold": the status names it; "For Determination",
        # "Implemented", "Called in" name none)
        outcome = classify_outcome(n.printed_status)
    return Decision(
        source="decision_notice",
        ref=n.ref,
        title=n.title,
        decision_text=n.text,
        outcome=outcome,
        decision_date=n.decision_date,
        decision_maker=n.decision_maker,
        key_decision=n.key_decision,
        key_reason=n.key_reason,
        status=n.printed_status or n.status,
        lead_officer=n.lead_officer,
        department=n.department,
        decision_number=n.decision_number,
        agenda_item_ref=n.agenda_item_ref,
        page=n.page,
    )


def _recommendations(ctx: Context, lines: list[tuple[int, str]], raw: list[str]) -> list[Record]:
    blocks = find_recommendations(lines)
    if not blocks:
        return []
    fields = report_fields([t for _, t in lines])
    # The pack stamps "Agenda Item 7" on a report's first page, which the segment may not
    # start at the top of.
    first_page = ctx.segment.pages[:1]
    item = agenda_stamp([line.text for page in first_page for line in page.lines] + raw)
    if item is None:
        pack = [line.text for _, line in ctx.source.iter_lines()]
        item = agenda_item_for(ctx.segment.title, pack, _other_titles(ctx))
    out: list[Record] = []
    for block in blocks:
        outcome = classify_outcome(block.text)
        out.append(
            Decision(
                source="report",
                ref=fields.decision_number or item,
                title=_title(ctx.segment.title, fields.subject),
                decision_text=block.text,
                outcome=outcome,
                decision_date=fields.decision_date,
                decision_maker=decision_maker(block.text, fields.audience),
                key_decision=fields.key_decision,
                key_reason=fields.key_reason,
                status="proposed",
                lead_officer=fields.lead_officer,
                decision_number=fields.decision_number,
                agenda_item_ref=item,
                page=block.page,
            )
        )
    return out


def _title(segment_title: str | None, subject: str | None) -> str | None:
    """The whole "Subject:" of the masthead when it wraps onto more lines than the segment's."""
    if (subject and segment_title and subject.startswith(segment_title)
            and len(subject) < MAX_SUBJECT_CHARS):
        return subject
    return segment_title or subject


def _other_titles(ctx: Context) -> list[str]:
    """Titles of the pack's other documents, to tell which agenda entry is whose."""
    me = ctx.document.document_id
    return [d.title for d in ctx.siblings if d.title and d.document_id != me]
