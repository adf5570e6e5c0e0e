"""Every record kind, in one place. The DuckDB schema (``store``) and the JSON Schemas in
``schemas/`` are derived from these classes; change a field here and both follow."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

DocumentKind = Literal[
    "pack",
    "agenda",
    "minutes",
    "report",
    "decision",
    "performance_report",
    "risk_register",
    "forward_plan",
    "other",
]
# risks.register is a column users rely on; it only shadows ABCMeta.register on the class.
warnings.filterwarnings("ignore", message='Field name "register"', category=UserWarning)

TextSource = Literal["text_layer", "ocr", "mixed"]
Rag = Literal["green", "amber", "red"]
Severity = Literal["error", "warning", "info"]
AttendanceCategory = Literal["present", "also_present", "in_attendance", "apologies", "other"]
Dot = Literal["improved", "fallen", "unchanged"]
Unit = Literal["%", "number", "£", "days", "weeks", "hours", "ratio"]
RiskLevel = Literal["low", "medium", "high"]
ValuePeriod = Literal["total", "annual", "monthly"]


class Model(BaseModel):
    # defer_build: a model's validator is built when it is first used, not at import. The
    # workers' server imports every model before any worker starts (serial: 0.04 s of its
    # preload); each worker builds only the models its files give (in parallel).
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
    # DuckDB table the records go to; None for models that are not stored as rows.
    table: ClassVar[str | None] = None


class Record(Model):
    """A record extracted from a document, with its provenance."""

    document_id: str = Field("", description="the document the record comes from (join documents)")
    source_path: str = Field("", description="the file the record comes from")
    sha256: str = Field("", description="SHA-256 of that file")
    page: int | None = Field(None, description="first page of the record in the file")
    meeting_id: str | None = Field(
        None, description="the meeting the record's paper belongs to (see the meetings view)"
    )
    ocr_confidence: float | None = Field(
        None, description="mean word confidence (0-100) of the OCR of the record's page; "
        "None when the page was read from its text layer",
    )


class Document(Model):
    """A file, or a document split out of a pack: what kind of paper it is and its meeting."""

    table: ClassVar[str | None] = "documents"

    document_id: str = Field(
        description="<sha256 prefix>-<n>: the file's n-th document (00: the file or pack)"
    )
    path: str = Field(description="the file")
    sha256: str = Field(description="SHA-256 of the file")
    kind: DocumentKind = Field(
        description="pack, agenda, minutes, report, decision, "
        "performance_report, risk_register, forward_plan or other",
    )
    format: str = Field(description="pdf, text or html")
    text_source: TextSource = Field(
        "text_layer", description="text_layer (the text as published: a PDF's text layer, "
        "a text or HTML file), ocr (every page read by OCR) or mixed (some pages OCR'd)",
    )
    title: str | None = Field(
        None, description="title as printed (subject line, heading), or the meeting for agendas"
    )
    council: str | None = Field(None, description="the council the paper is from")
    committee: str | None = Field(None, description="the committee of its meeting, as printed")
    meeting_date: dt.date | None = Field(None, description="date of its meeting")
    pages: int = Field(description="pages in this document")
    parent_id: str | None = Field(None, description="the pack this document was split from")
    page_from: int | None = Field(None, description="first page in the file")
    page_to: int | None = Field(None, description="last page in the file")
    printed_page_from: int | None = Field(None, description="'Page N' printed on its first page")
    meeting_id: str | None = Field(
        None, description="council/committee/date of its meeting; a pack's papers share the pack's"
    )
    source_url: str | None = Field(
        None, description="the council's URL the file was fetched from (see sources)"
    )


class Meeting(Record):
    """The meeting one document names. The ``meetings`` view has one row per meeting."""

    table: ClassVar[str | None] = "meeting_papers"

    council: str | None = Field(None, description="the council")
    committee: str | None = Field(None, description="as printed")
    committee_key: str | None = Field(
        None, description="canonical name: '&' as 'and', no 'the', Full Council as 'full council'"
    )
    meeting_date: dt.date | None = Field(None, description="date of the meeting")
    meeting_time: str | None = Field(None, description="time as printed, e.g. '10.00 am'")
    venue: str | None = Field(None, description="venue as printed")


class AgendaItem(Record):
    """An item of an agenda, as numbered and titled on the agenda."""

    table: ClassVar[str | None] = "agenda_items"

    item_ref: str = Field(description="item number as printed: 'A4', '5'")
    title: str = Field(description="item title")
    page_from: int | None = Field(None, description="pack page as printed in '(Pages 7 - 14)'")
    page_to: int | None = Field(None, description="last pack page of the item as printed")
    section: str | None = Field(
        None, description="section heading the item is under (e.g. 'B - Key or "
        "Significant Cabinet/Executive Decision(s)')",
    )
    exempt: bool = Field(
        False, description="whether the item is exempt (press and public excluded)"
    )
    decision_number: str | None = Field(
        None, description="decision number the item carries, e.g. '24/00108'"
    )
    description: str | None = Field(None, description="text printed under the title")


class Attendance(Record):
    """A person at a meeting (or sending apologies), as the minutes list them."""

    table: ClassVar[str | None] = "attendance"

    name: str = Field(description="name as printed")
    category: AttendanceCategory = Field(
        description="present, also_present, in_attendance, apologies or other"
    )
    role: str | None = Field(
        None, description="role printed with the name (Chairman, Cabinet Member ...)"
    )
    substitute_for: str | None = Field(None, description="the member this person substituted for")


class Declaration(Record):
    """A declaration of interest recorded in minutes."""

    table: ClassVar[str | None] = "declarations"

    member: str | None = Field(None, description="the member declaring")
    item_ref: str | None = Field(None, description="the item the interest concerns")
    text: str = Field(description="the declaration as printed")


class Minute(Record):
    """A minute item: its number, title, body and what was resolved."""

    table: ClassVar[str | None] = "minutes"

    # None when the paper prints no minute number (items marked only "(Item 4)").
    minute_number: str | None = Field(
        None, description="minute number as printed ('76', '12/24'); none for unnumbered items"
    )
    title: str = Field(description="minute title")
    item_ref: str | None = Field(None, description="agenda item it records, from '(Item A2)'")
    body: str | None = Field(None, description="the minute's text")
    resolution: str | None = Field(None, description="what was resolved, decided or approved")
    exempt: bool = Field(False, description="whether the minute is of an exempt (private) item")
    # The meeting the minute records (minutes in a pack are of an earlier meeting than the pack's).
    meeting_date: dt.date | None = Field(None, description="date of the meeting the minute records")
    committee: str | None = Field(None, description="committee of that meeting, as printed")


class Vote(Record):
    """A recorded vote: counts and, where printed, the names on each side."""

    table: ClassVar[str | None] = "votes"

    minute_number: str | None = Field(None, description="the minute the vote is in")
    motion: str | None = Field(None, description="the motion or amendment voted on")
    votes_for: int | None = Field(None, description="votes for")
    votes_against: int | None = Field(None, description="votes against")
    abstentions: int | None = Field(None, description="abstentions")
    names_for: list[str] = Field(
        default_factory=list, description="members voting for, where named"
    )
    names_against: list[str] = Field(
        default_factory=list, description="members voting against, where named"
    )
    names_abstain: list[str] = Field(
        default_factory=list, description="members abstaining, where named"
    )
    outcome: str | None = Field(None, description="carried, lost or recorded")


Outcome = Literal["approved", "agreed", "endorsed", "noted", "deferred", "rejected", "other"]


class Decision(Record):
    """A decision: a resolution in minutes, a report's recommendation, or a decision notice."""

    table: ClassVar[str | None] = "decisions"

    source: Literal["minutes", "report", "decision_notice"] = Field(
        description="minutes (a resolution), report (a recommendation block) or decision_notice"
    )
    ref: str | None = Field(
        None, description="reference as printed: decision number, minute number or item"
    )
    title: str | None = Field(None, description="title of the decision or its item")
    decision_text: str = Field(description="the decision as printed")
    outcome: Outcome = Field(description="the outcome the decision's words give")
    decision_date: dt.date | None = Field(
        None, description="date of the decision or of the meeting that took it"
    )
    decision_maker: str | None = Field(
        None, description="who decides: a committee, Cabinet, a Cabinet Member"
    )
    key_decision: bool | None = Field(None, description="whether it is a key decision")
    key_reason: str | None = Field(None, description="why it is a key decision, as printed")
    status: str | None = Field(
        None, description="decision status as printed (e.g. 'Recommendations Approved')"
    )
    lead_officer: str | None = Field(None, description="lead officer or report author")
    department: str | None = Field(None, description="department or directorate")
    decision_number: str | None = Field(None, description="decision number, e.g. '24/00108'")
    agenda_item_ref: str | None = Field(None, description="agenda item of the decision")
    minute_number: str | None = Field(None, description="minute the resolution is in")


class Kpi(Record):
    """A key performance indicator row of a performance dashboard."""

    table: ClassVar[str | None] = "kpis"

    kpi_key: str | None = Field(
        None, description="the KPI across papers: council/ref, else council/description"
    )
    ref: str | None = Field(None, description="KPI reference as printed, e.g. 'CS01'")
    description: str = Field(description="what the KPI measures")
    service_area: str | None = Field(None, description="service area the KPI is reported under")
    director: str | None = Field(None, description="responsible director")
    cabinet_member: str | None = Field(None, description="responsible Cabinet Member")
    period: str | None = Field(
        None, description="the latest period as printed, e.g. 'Latest Quarter: December 2024'"
    )
    period_date: dt.date | None = Field(None, description="last day of that period")
    latest_value: float | None = Field(
        None, description="latest value (a number; percentages as 0-100)"
    )
    latest_text: str | None = Field(None, description="the latest value as printed")
    latest_rag: Rag | None = Field(None, description="printed RAG rating of the latest value")
    latest_rag_colour: str | None = Field(None, description="fill colour of the RAG cell")
    dot: Dot | None = Field(
        None, description="direction of travel: improved, fallen or unchanged"
    )
    dot_text: str | None = Field(None, description="the DoT glyph as printed (often garbled)")
    ytd_value: float | None = Field(None, description="year-to-date value")
    ytd_rag: Rag | None = Field(None, description="printed RAG rating of the year to date")
    target: float | None = Field(None, description="target")
    floor_standard: float | None = Field(None, description="floor standard (below it: red)")
    previous_year: float | None = Field(None, description="value a year before")
    previous_value: float | None = Field(None, description="value of the previous period")
    previous_rag: Rag | None = Field(None, description="RAG of the previous period")
    unit: Unit | None = Field(
        None, description="%, number, £, days, weeks, hours or ratio"
    )
    note: str | None = Field(None, description="note printed with the KPI")


class ActivityIndicator(Record):
    """An activity (demand) indicator of a dashboard, with its expected range."""

    table: ClassVar[str | None] = "activity_indicators"

    indicator_key: str | None = Field(
        None, description="the indicator across papers: council/ref, else council/description"
    )
    ref: str | None = Field(None, description="indicator reference as printed")
    description: str = Field(description="what the indicator counts")
    period: str | None = Field(None, description="period as printed")
    ytd_value: float | None = Field(None, description="year-to-date value")
    in_expected_range: str | None = Field(None, description="Yes, High or Low as printed")
    expected_upper: float | None = Field(None, description="upper end of the expected range")
    expected_lower: float | None = Field(None, description="lower end of the expected range")
    previous_ytd: float | None = Field(None, description="year-to-date value a year before")
    unit: str | None = Field(None, description="unit as printed")
    service_area: str | None = Field(None, description="service area it is reported under")
    period_date: dt.date | None = Field(None, description="last day of the period")
    note: str | None = Field(None, description="note printed with the indicator")


class Risk(Record):
    """A risk of a register, merged across the tables and cards of one paper."""

    table: ClassVar[str | None] = "risks"

    risk_id: str = Field(description="as printed, e.g. 'CRR 10(a)'")
    risk_key: str = Field(
        description="the risk across papers: council/register/id, e.g. "
        "'kent-county-council/corporate-risk-register/CRR10A' (the extractor gives the id part)"
    )
    register: str | None = Field(
        None, description="the register: corporate, directorate, budget ..."
    )
    title: str | None = Field(None, description="risk title")
    current_rating: int | None = Field(None, description="current rating (likelihood x impact)")
    current_level: RiskLevel | None = Field(
        None, description="current level: low, medium or high"
    )
    target_rating: int | None = Field(None, description="target rating")
    target_level: RiskLevel | None = Field(None, description="target level")
    change: str | None = Field(None, description="change since the last review, normalised")
    status: Literal["open", "closed"] | None = Field(None, description="open or closed")
    likelihood: int | None = Field(None, description="current likelihood score (1-5)")
    impact: int | None = Field(None, description="current impact score (1-5)")
    likelihood_name: str | None = Field(None, description="likelihood as named, e.g. 'Likely'")
    impact_name: str | None = Field(None, description="impact as named, e.g. 'Major'")
    target_likelihood: int | None = Field(None, description="target likelihood score")
    target_impact: int | None = Field(None, description="target impact score")
    owner: str | None = Field(None, description="risk owner")
    directorate: str | None = Field(None, description="directorate")
    section: str | None = Field(None, description="section of the register the risk is in")
    cause: str | None = Field(None, description="source or cause of the risk")
    event: str | None = Field(None, description="the risk event")
    consequence: str | None = Field(None, description="its consequence")
    annual_exposure_gbp: float | None = Field(
        None, description="estimated annual financial exposure, pounds"
    )
    lifetime_exposure_gbp: float | None = Field(
        None, description="estimated lifetime financial exposure, pounds"
    )
    change_printed: str | None = Field(None, description="the change column as printed")
    cabinet_member: str | None = Field(None, description="'Responsible Cabinet Member(s)'")
    target_likelihood_name: str | None = Field(None, description="target likelihood as named")
    target_impact_name: str | None = Field(None, description="target impact as named")
    section_annual_exposure_gbp: float | None = Field(
        None, description="total of the row's section when its rows carry no amounts"
    )
    section_lifetime_exposure_gbp: float | None = Field(
        None, description="lifetime total of the row's section when its rows carry no amounts"
    )


class RiskControl(Record):
    """A control in place for a risk."""

    table: ClassVar[str | None] = "risk_controls"

    risk_id: str = Field(description="the risk, as printed")
    control: str = Field(description="the control")
    owner: str | None = Field(None, description="who owns the control")


class RiskAction(Record):
    """An action planned for a risk."""

    table: ClassVar[str | None] = "risk_actions"

    risk_id: str = Field(description="the risk, as printed")
    action: str = Field(description="the action")
    owner: str | None = Field(None, description="who owns the action")
    planned_completion: str | None = Field(None, description="as printed")
    planned_completion_date: dt.date | None = Field(
        None, description="planned completion as a date, where it is one"
    )
    status: str | None = Field(None, description="progress as printed, e.g. 'Partially Complete'")


PARTIAL_DATE = "ISO date at the printed precision (2015, 2015-04, 2015-04-01), else as printed"


class Contract(Record):
    """A contract a paper names: service, provider, term and value."""

    table: ClassVar[str | None] = "contracts"

    service: str | None = Field(None, description="what the contract is for")
    provider: str | None = Field(None, description="the provider")
    area: str | None = Field(None, description="area or lot covered")
    start_date: str | None = Field(None, description=PARTIAL_DATE)
    end_date: str | None = Field(None, description=PARTIAL_DATE)
    signed_date: dt.date | None = Field(None, description="date signed")
    term_years: float | None = Field(None, description="term in years")
    extension_options: str | None = Field(None, description="options to extend, as printed")
    value_gbp: float | None = Field(None, description="value in pounds")
    value_period: ValuePeriod | None = Field(
        None, description="what the value is for: total, annual or monthly"
    )
    approximate: bool = Field(False, description="whether the value is printed as approximate")
    text: str | None = Field(None, description="the passage as printed")
    value_text: str | None = Field(None, description="the value as printed, e.g. 'N/A'")
    value_covers: int | None = Field(
        None, description="when the printed value is for several contracts together, how many"
    )
    pages: list[int] = Field(
        default_factory=list,
        description="every page the contract is printed on (a table and the text naming it "
        "again); `page` is the page of the reading the row's fields come from",
    )


class Finding(Model):
    """A disagreement a check found, between records or with the paper's own statements."""

    table: ClassVar[str | None] = "findings"

    document_id: str = Field(description="the document the finding is about")
    record_table: str | None = Field(None, description="the table of the record concerned")
    record_ref: str | None = Field(None, description="the record concerned (its ref, id or number)")
    check: str = Field(description="stable check code, e.g. 'kpi_rag_mismatch'")
    severity: Severity = Field("warning", description="error, warning or info")
    message: str = Field(description="what disagrees, in words")
    page: int | None = Field(None, description="page of the record or statement concerned")


class IngestError(Model):
    """A file that could not be ingested, and why."""

    table: ClassVar[str | None] = "ingest_errors"

    path: str = Field(description="the file")
    sha256: str | None = Field(None, description="SHA-256 of the file, when it could be read")
    error_kind: str = Field(
        description="stable kind: empty_file, corrupt_pdf, encrypted_pdf, no_text_layer, ..."
    )
    message: str = Field(description="what went wrong, in one line")
    at: dt.datetime = Field(description="when (UTC)")


class SourceFile(Model):
    """A document or meeting file fetched from a council's ModernGov site: the manifest that
    makes fetching incremental."""

    table: ClassVar[str | None] = "sources"

    url: str = Field(description="the URL fetched (absolute; https where the site is)")
    path: str | None = Field(None, description="where the file was written (none if skipped)")
    sha256: str | None = Field(None, description="SHA-256 of the file written")
    etag: str | None = Field(None, description="the server's ETag, sent back as If-None-Match")
    last_modified: str | None = Field(
        None, description="the server's Last-Modified, sent back as If-Modified-Since"
    )
    fetched_at: dt.datetime = Field(description="when it was last asked for (UTC)")
    meeting_id: int | None = Field(None, description="the site's meeting id")
    committee: str | None = Field(None, description="the committee, as the site names it")
    agenda_item: str | None = Field(None, description="the agenda item the document is linked to")
    title: str | None = Field(None, description="the document's title on the site")
    status: str = Field(
        description="downloaded, unchanged (not downloaded again), restricted (skipped) or failed"
    )
    message: str | None = Field(None, description="why it failed, in one line")


RECORD_MODELS: tuple[type[Record], ...] = (
    Meeting,
    AgendaItem,
    Attendance,
    Declaration,
    Minute,
    Vote,
    Decision,
    Kpi,
    ActivityIndicator,
    Risk,
    RiskControl,
    RiskAction,
    Contract,
)
STORED_MODELS: tuple[type[Model], ...] = (
    Document, *RECORD_MODELS, Finding, IngestError, SourceFile,
)
