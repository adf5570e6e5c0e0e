"""A contract row while it is being read, and the rules that fill its fields from printed text.

Readers (tables, labelled blocks, sentences) produce :class:`Draft` rows; ``contracts.py``
merges drafts about the same provider and turns them into :class:`Contract` records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from kcc_papers.models import Contract, ValuePeriod
from kcc_papers.normalise.dates import parse_date_range, parse_partial_date
from kcc_papers.normalise.money import Money, Period, find_money, parse_money

Status = Literal["current", "new"] | None


@dataclass
class Draft:
    page: int | None = None
    service: str | None = None
    provider: str | None = None
    area: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    signed_date: str | None = None  # ISO once read; kept as text until then
    term_years: float | None = None
    extension_options: str | None = None
    value_gbp: float | None = None
    value_period: ValuePeriod | None = None
    approximate: bool = False
    value_text: str | None = None
    value_covers: int | None = None
    text: str | None = None
    # Not stored: whether the passage is about the contract in place or the one to come.
    status: Status = None
    origin: str = "text"  # "table" for a table row: two table rows are two contracts
    # A quotation accepted ("to accept the quotation of Festive Lighting Ltd") is a contract
    # only once its price is known: a small purchase without one says too little to record.
    priced_only: bool = False
    # A bidder's offer ("the most economically advantageous tender was from X at £5.6m"): no
    # contract itself, but its price is the contract's value where the paper awards to X.
    bid: bool = False
    # The service is the document's title's, not the row's own (a table with no service column).
    titled: bool = False
    # Pages of the other readings merged into this one (a table and the text naming it again).
    pages: set[int] = field(default_factory=set)
    # Problems met while reading, as (check, message) for the extractor to report.
    problems: list[tuple[str, str]] = field(default_factory=list)

    def has_substance(self) -> bool:
        """A row only when the paper names a provider or a value (precision over recall)."""
        return (bool(self.provider) and not self.priced_only) or self.value_gbp is not None

    def absorb(self, other: Draft) -> None:
        """Fill what this row lacks from another reading of the same contract."""
        for name in CONTRACT_FIELDS:
            mine, theirs = getattr(self, name), getattr(other, name)
            # "is", not "==": a value of £0 is a value, not a missing one.
            if (mine is None or mine is False) and not (theirs is None or theirs is False):
                setattr(self, name, theirs)
        self.status = self.status or other.status
        self.priced_only = self.priced_only and other.priced_only
        self.pages = self.pages | other.printed_on()  # a new set: copies of a row share one
        self.problems.extend(other.problems)

    def printed_on(self) -> set[int]:
        """Every page a reading of this contract was found on."""
        return self.pages | ({self.page} if self.page is not None else set())

    def contract(self) -> Contract:
        signed = parse_partial_date(self.signed_date) if self.signed_date else None
        return Contract(
            page=self.page,
            service=self.service,
            provider=self.provider,
            area=self.area,
            start_date=self.start_date,
            end_date=self.end_date,
            signed_date=signed.date() if signed else None,
            term_years=self.term_years,
            extension_options=self.extension_options,
            value_gbp=self.value_gbp,
            value_period=self.value_period,
            approximate=self.approximate,
            text=self.text,
            value_text=self.value_text,
            value_covers=self.value_covers,
            pages=sorted(self.printed_on()),
        )


CONTRACT_FIELDS = (
    "page", "service", "provider", "area", "start_date", "end_date", "signed_date", "term_years",
    "extension_options", "value_gbp", "value_period", "approximate", "value_text",
    "value_covers", "text",
)  # fmt: skip


def set_value(
    draft: Draft,
    text: str,
    *,
    unit: float | None = None,
    period: Period | None = None,
    covers: int | None = None,
) -> None:
    """Read a printed value ("Approx. £9.5m/annum", "N/A", "Revenue £2.8m, Capital £9.0m")."""
    text = text.strip()
    draft.value_text = text or None
    found = find_money(text)
    if len(found) > 1 and not any(m.is_range for m in found):
        # Labelled parts of one value ("Revenue £2.8m, Capital £9.0m") add up to it.
        if len({m.period for m in found}) == 1:
            total = sum(m.pounds for m in found)
            money: Money | None = Money(
                total, text, found[0].period, any(m.approximate for m in found)
            )
            draft.problems.append(
                ("contract_value_summed", f"value {text!r} read as the sum £{total:,.0f}")
            )
        else:
            money = whole_term(found)
            # the sum is the whole term's, whatever period the column is headed with
            period = "total"
        if money is None:
            draft.problems.append(
                (
                    "contract_value_ambiguous",
                    f"value {text!r} gives amounts for different periods; value left empty",
                )
            )
    else:
        money = found[0] if found else parse_money(text, unit=unit)
    if money is None:
        return
    draft.value_gbp = money.pounds
    printed_period = money.period if money.period != "total" else None
    chosen = printed_period or period or "total"
    draft.value_period = chosen if chosen in ("total", "annual", "monthly") else None
    if chosen == "weekly":
        draft.problems.append(
            ("contract_value_period_unsupported", f"value {text!r} is per week; period left empty")
        )
    draft.approximate = draft.approximate or money.approximate
    if money.years and draft.term_years is None:
        draft.term_years = money.years
    if covers:
        draft.value_covers = covers


# Periods a year holds: a whole term's value is its rate times a whole number of these.
PERIODS_A_YEAR = {"annual": 1, "monthly": 12}
# ... within this share (each amount rounded as printed),
WHOLE_TERM_TOLERANCE = 0.005
# ... and never more than this share of one period off: past 100 periods the share alone
# would let any sum through, as every ratio is within half a period of a whole number.
MAX_PERIODS_OFF = 0.1
# ... over no longer term than a contract runs (a PFI's 25 to 30 years): a sum of more of the
# rate's periods is some other figure (a capital sum beside a small revenue charge).
MAX_TERM_YEARS = 30


def whole_term(found: list[Money]) -> Money | None:
    """Of a rate and a sum printed together ("£61,800 per annum (£247,200 over 4 years)",
    "£247,200 (£61,800 per annum)"), the sum, when it is the rate over a whole number of its
    periods: the whole term's value, as a label block and a table's columns give it. A sum
    that is no such multiple is something else (a capital sum beside a revenue charge)."""
    if len(found) != 2:
        return None
    totals = [m for m in found if m.period == "total"]
    rates = [m for m in found if m.period in PERIODS_A_YEAR]
    if len(totals) != 1 or len(rates) != 1 or rates[0].pounds <= 0:
        return None
    periods = totals[0].pounds / rates[0].pounds
    whole = round(periods)
    if not 1 <= whole <= MAX_TERM_YEARS * PERIODS_A_YEAR[rates[0].period]:
        return None
    if abs(periods - whole) > min(WHOLE_TERM_TOLERANCE * whole, MAX_PERIODS_OFF):
        return None
    return totals[0]


def read_date(text: str, draft: Draft, what: str) -> str | None:
    """ISO at printed precision, or the text as printed (with a finding) when it is no date."""
    text = text.strip().rstrip(".")
    if not text:
        return None
    d = parse_partial_date(text)
    if d:
        return d.iso()
    draft.problems.append(
        ("contract_date_unparsed", f"{what} {text!r} is not a date; kept as printed")
    )
    return text


def set_period(draft: Draft, text: str) -> None:
    """ "2014-2020", "1 April 2021 to 31 March 2022": start and end; else kept as printed."""
    r = parse_date_range(text)
    if r and (r.start or r.end):
        # A start or end printed to the day elsewhere is more precise than the period's year.
        if r.start and draft.start_date is None:
            draft.start_date = r.start.iso()
        if r.end and draft.end_date is None:
            draft.end_date = r.end.iso()
        return
    if text.strip() and not re.fullmatch(r"\s*(n/?a|tbc|-)?\s*", text, re.I):
        draft.problems.append(
            ("contract_date_unparsed", f"contract period {text.strip()!r} is not a date range")
        )


TITLE_VERB = re.compile(
    r"^(?:the\s+)?(?:proposed\s+)?(?:renewal|award|extension|procurement|re-?procurement|"
    r"recommissioning|commissioning|variation|approval|letting)\s+(?:of\s+)?(?:the\s+)?",
    re.I,
)
# (Never opening inside a run of spaces: a match from there would have started at the run's
# first space, and a long run with no dash after it is then read once, not from each space.)
TITLE_TAIL = re.compile(r"(?:(?<!\s)|(?!\s))\s*[–—:-]\s*(?:contract\s+)?"
                        r"(?:management|monitoring|update)\b.*$", re.I)


def service_from_title(title: str | None) -> str | None:
    """ "Renewal Of Microsoft Enterprise Agreements" -> "Microsoft Enterprise Agreements";
    "Total Facilities Management – Contract Management" -> "Total Facilities Management"."""
    if not title:
        return None
    title = TITLE_TAIL.sub("", TITLE_VERB.sub("", title.strip())).strip(" –-:")
    return title or None
