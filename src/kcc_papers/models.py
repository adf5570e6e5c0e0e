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

Rag = Literal["green", "amber", "red"]
Severity = Literal["error", "warning", "info"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)
    # DuckDB table the records go to; None for models that are not stored as rows.
    table: ClassVar[str | None] = None


class Record(Model):
    """A record extracted from a document, with its provenance."""

    document_id: str = ""
    source_path: str = ""
    sha256: str = ""
    page: int | None = Field(None, description="first page of the record in the file")
    meeting_id: str | None = Field(
        None, description="the meeting the record's paper belongs to (see the meetings view)"
    )


class Document(Model):
    table: ClassVar[str | None] = "documents"

    document_id: str
    path: str
    sha256: str
    kind: DocumentKind
    format: str = Field(description="pdf, text or html")
    title: str | None = None
    council: str | None = None
    committee: str | None = None
    meeting_date: dt.date | None = None
    pages: int = Field(description="pages in this document")
    parent_id: str | None = Field(None, description="the pack this document was split from")
    page_from: int | None = None
    page_to: int | None = None
    printed_page_from: int | None = Field(None, description="'Page N' printed on its first page")
    meeting_id: str | None = Field(
        None, description="council/committee/date of its meeting; a pack's papers share the pack's"
    )


class Meeting(Record):
    """The meeting one document names. The ``meetings`` view has one row per meeting."""

    table: ClassVar[str | None] = "meeting_papers"

    council: str | None = None
    committee: str | None = Field(None, description="as printed")
    committee_key: str | None = Field(
        None, description="canonical name: '&' as 'and', no 'the', Full Council as 'full council'"
    )
    meeting_date: dt.date | None = None
    meeting_time: str | None = None
    venue: str | None = None


class AgendaItem(Record):
    table: ClassVar[str | None] = "agenda_items"

    item_ref: str
    title: str
    page_from: int | None = Field(None, description="pack page as printed in '(Pages 7 - 14)'")
    page_to: int | None = None
    section: str | None = None
    exempt: bool = False
    decision_number: str | None = None
    description: str | None = None


class Attendance(Record):
    table: ClassVar[str | None] = "attendance"

    name: str
    category: Literal["present", "also_present", "in_attendance", "apologies", "other"]
    role: str | None = None
    substitute_for: str | None = None


class Declaration(Record):
    table: ClassVar[str | None] = "declarations"

    member: str | None = None
    item_ref: str | None = None
    text: str


class Minute(Record):
    table: ClassVar[str | None] = "minutes"

    # None when the paper prints no minute number (items marked only "(Item 4)").
    minute_number: str | None = None
    title: str
    item_ref: str | None = None
    body: str | None = None
    resolution: str | None = None
    exempt: bool = False
    # The meeting the minute records (minutes in a pack are of an earlier meeting than the pack's).
    meeting_date: dt.date | None = None
    committee: str | None = None


class Vote(Record):
    table: ClassVar[str | None] = "votes"

    minute_number: str | None = None
    motion: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    names_for: list[str] = Field(default_factory=list)
    names_against: list[str] = Field(default_factory=list)
    names_abstain: list[str] = Field(default_factory=list)
    outcome: str | None = None


class Decision(Record):
    table: ClassVar[str | None] = "decisions"

    source: Literal["minutes", "report", "decision_notice"]
    ref: str | None = None
    title: str | None = None
    decision_text: str
    outcome: Literal["approved", "agreed", "endorsed", "noted", "deferred", "rejected", "other"]
    decision_date: dt.date | None = None
    decision_maker: str | None = None
    key_decision: bool | None = None
    key_reason: str | None = None
    status: str | None = None
    lead_officer: str | None = None
    department: str | None = None
    decision_number: str | None = None
    agenda_item_ref: str | None = None
    minute_number: str | None = None


class Kpi(Record):
    table: ClassVar[str | None] = "kpis"

    kpi_key: str | None = Field(
        None, description="the KPI across papers: council/ref, else council/description"
    )
    ref: str | None = None
    description: str
    service_area: str | None = None
    director: str | None = None
    cabinet_member: str | None = None
    period: str | None = None
    period_date: dt.date | None = None
    latest_value: float | None = None
    latest_text: str | None = Field(None, description="the latest value as printed")
    latest_rag: Rag | None = None
    latest_rag_colour: str | None = Field(None, description="fill colour of the RAG cell")
    dot: Literal["improved", "fallen", "unchanged"] | None = None
    dot_text: str | None = Field(None, description="the DoT glyph as printed (often garbled)")
    ytd_value: float | None = None
    ytd_rag: Rag | None = None
    target: float | None = None
    floor_standard: float | None = None
    previous_year: float | None = None
    previous_value: float | None = None
    previous_rag: Rag | None = None
    unit: Literal["%", "number", "£", "days", "weeks", "ratio"] | None = None
    note: str | None = None


class ActivityIndicator(Record):
    table: ClassVar[str | None] = "activity_indicators"

    indicator_key: str | None = Field(
        None, description="the indicator across papers: council/ref, else council/description"
    )
    ref: str | None = None
    description: str
    period: str | None = None
    ytd_value: float | None = None
    in_expected_range: str | None = Field(None, description="Yes, High or Low as printed")
    expected_upper: float | None = None
    expected_lower: float | None = None
    previous_ytd: float | None = None
    unit: str | None = None
    service_area: str | None = None
    period_date: dt.date | None = None
    note: str | None = None


class Risk(Record):
    table: ClassVar[str | None] = "risks"

    risk_id: str = Field(description="as printed, e.g. 'CRR 10(a)'")
    risk_key: str = Field(
        description="the risk across papers: council/register/id, e.g. "
        "'kent-county-council/corporate-risk-register/CRR10A' (the extractor gives the id part)"
    )
    register: str | None = None
    title: str | None = None
    current_rating: int | None = None
    current_level: Literal["low", "medium", "high"] | None = None
    target_rating: int | None = None
    target_level: Literal["low", "medium", "high"] | None = None
    change: str | None = None
    status: Literal["open", "closed"] | None = None
    likelihood: int | None = None
    impact: int | None = None
    likelihood_name: str | None = None
    impact_name: str | None = None
    target_likelihood: int | None = None
    target_impact: int | None = None
    owner: str | None = None
    directorate: str | None = None
    section: str | None = None
    cause: str | None = None
    event: str | None = None
    consequence: str | None = None
    annual_exposure_gbp: float | None = None
    lifetime_exposure_gbp: float | None = None
    change_printed: str | None = Field(None, description="the change column as printed")
    cabinet_member: str | None = Field(None, description="'Responsible Cabinet Member(s)'")
    target_likelihood_name: str | None = None
    target_impact_name: str | None = None
    section_annual_exposure_gbp: float | None = Field(
        None, description="total of the row's section when its rows carry no amounts"
    )
    section_lifetime_exposure_gbp: float | None = None


class RiskControl(Record):
    table: ClassVar[str | None] = "risk_controls"

    risk_id: str
    control: str
    owner: str | None = None


class RiskAction(Record):
    table: ClassVar[str | None] = "risk_actions"

    risk_id: str
    action: str
    owner: str | None = None
    planned_completion: str | None = Field(None, description="as printed")
    planned_completion_date: dt.date | None = None
    status: str | None = Field(None, description="progress as printed, e.g. 'Partially Complete'")


PARTIAL_DATE = "ISO date at the printed precision (2015, 2015-04, 2015-04-01), else as printed"


class Contract(Record):
    table: ClassVar[str | None] = "contracts"

    service: str | None = None
    provider: str | None = None
    area: str | None = None
    start_date: str | None = Field(None, description=PARTIAL_DATE)
    end_date: str | None = Field(None, description=PARTIAL_DATE)
    signed_date: dt.date | None = None
    term_years: float | None = None
    extension_options: str | None = None
    value_gbp: float | None = None
    value_period: Literal["total", "annual", "monthly"] | None = None
    approximate: bool = False
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
    table: ClassVar[str | None] = "findings"

    document_id: str
    record_table: str | None = None
    record_ref: str | None = None
    check: str = Field(description="stable check code, e.g. 'kpi_rag_mismatch'")
    severity: Severity = "warning"
    message: str
    page: int | None = None


class IngestError(Model):
    table: ClassVar[str | None] = "ingest_errors"

    path: str
    sha256: str | None = None
    error_kind: str
    message: str
    at: dt.datetime


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
STORED_MODELS: tuple[type[Model], ...] = (Document, *RECORD_MODELS, Finding, IngestError)
