"""What the held-out rounds' tests share: the scorer's floor over a set of batches, the
records of a small minutes paper given as text, small generated agenda packs (round 9), and
the contracts and risks the readers find in a small paper."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import contexts, text_contexts
from kcc_papers.extract import Context, agenda, kpis, minutes, risks
from kcc_papers.extract.contracts.reader import read as read_contracts
from kcc_papers.load import load
from kcc_papers.models import AgendaItem, Contract, Decision, Kpi, Minute, Record, Risk
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import heldout_accuracy

# Each round's papers must score at least this F1 in every class the scorer counts.
FLOOR = 0.9


def below_floor(batches: set[str]) -> dict[str, float]:
    """The classes whose F1 over ``batches`` is below the floor (none when all is well)."""
    totals, per_file = heldout_accuracy.evaluate(batches)
    assert set(per_file) == batches, "a batch names a paper the held-out set does not hold"
    return {c: round(s.f1, 2) for c, s in totals.items() if s.f1 < FLOOR}


def minutes_of(text: str, tmp_path: Path) -> list[Record]:
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    return minutes.extract(ctx)


def decision_rows(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    """(text, outcome) of each decision of a small minutes paper given as text."""
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]


def source_decision_rows(source: str, kind: str, tmp_path: Path) -> list[tuple[str, str]]:
    """(text, outcome) of each decision of source ``kind`` ("report", "minutes") the pipeline
    finds in a ``.pdfsrc`` paper."""
    records = process_file(str(rendered(source, tmp_path))).records
    return [(d.decision_text, d.outcome) for d in records
            if isinstance(d, Decision) and d.source == kind]


def numbers(records: list[Record]) -> list[tuple[str | None, str]]:
    """Each minute's number and title."""
    return [(m.minute_number, m.title) for m in records if isinstance(m, Minute)]


def decisions_in(records: list[Record]) -> list[Decision]:
    return [d for d in records if isinstance(d, Decision)]


def paper_contexts(name: str, tmp_path: Path, kind: str | None = None) -> list[Context]:
    """The contexts of a held-out ``.pdfsrc`` paper, rendered to a PDF as the scorer renders it."""
    pdf = heldout_accuracy.render_pdf(Path(heldout_accuracy.PAPERS) / name, tmp_path)
    return contexts(pdf, kind)


# ---------------------------------------------------------------- small agenda packs (round 9)

PACK_MINUTES_PAGE = """## {council}
** Minutes of the meeting held on Thursday 12 March 2026 at 2.00 pm at the Council Offices
Present:	Councillors A Penhaligon (Chair), F Bassett and M Youlden
** 1 Apologies for absence
Apologies were received from Councillor J Carew-Pole.
** 2 Budget monitoring
RESOLVED: That the report be noted.
The meeting closed at 3.40 pm.
"""


def rendered(source: str, tmp_path: Path, name: str = "paper") -> Path:
    """A generated ``.pdfsrc`` paper rendered to a PDF in ``tmp_path``."""
    src = tmp_path / f"{name}.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def documents_of(path: Path) -> list[tuple[str, str | None, str | None]]:
    """Every document the pipeline records for a file (a pack's own row too): kind, meeting
    date and committee."""
    return [(d.kind, str(d.meeting_date) if d.meeting_date else None, d.committee)
            for d in process_file(str(path)).documents]


def documents_and_decisions(path: Path) -> tuple[list[tuple[str, str | None, str | None]],
                                                  list[tuple[str, str, str]]]:
    """A decisions page as the pipeline reads it: its documents (as ``documents_of``) and its
    decisions' source, words and outcome."""
    result = process_file(str(path))
    docs: list[tuple[str, str | None, str | None]] = [
        (d.kind, str(d.meeting_date) if d.meeting_date else None, d.committee)
        for d in result.documents]
    decisions: list[tuple[str, str, str]] = [
        (d.source, d.decision_text, d.outcome) for d in result.records
        if isinstance(d, Decision)]
    return docs, decisions


def pack_kinds(source: str, tmp_path: Path) -> list[tuple[str, int, int]]:
    """The documents a generated PDF pack is split into: kind, first and last page."""
    pdf = rendered(source, tmp_path, "pack")
    return [(s.kind, s.page_from, s.page_to) for s in segment(load(pdf))]


def pack_documents(source: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    """The documents of a generated PDF pack as the pipeline records them: kind, meeting
    date and committee (the pack's own row left out)."""
    return [d for d in documents_of(rendered(source, tmp_path, "pack")) if d[0] != "pack"]


def pack_front(council: str, committee: str) -> str:
    return f"""## {council}
** {committee}
Date:	Thursday 11 June 2026
Time:	2.30 pm
Venue:	Council Chamber
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 12 March 2026 (Pages 2 - 3)
3. Budget monitoring (Pages 4 - 5)
4. Fees and charges (Pages 6 - 7)
--- page ---
"""


# ---------------------------------------------------------------- contracts of small papers

# A contract as the held-out contract tests compare it: provider and value.
ContractRow = tuple[str | None, float | None]


def contract_rows_of(ctxs: list[Context]) -> list[ContractRow]:
    """Every reader's rows, whatever kind the classifier gives the small paper (the readers are
    under test here, not the classifier)."""
    return [(c.provider, c.value_gbp) for ctx in ctxs for c in read_contracts(ctx)
            if isinstance(c, Contract)]


def contract_rows(text: str, tmp_path: Path) -> list[ContractRow]:
    return contract_rows_of(text_contexts(text, None, tmp_path))


def contract_html_rows(html: str, tmp_path: Path) -> list[ContractRow]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return contract_rows_of(contexts(path))


# ---------------------------------------------------------------- risks of small papers

# A risk as the held-out risk tests compare it: id, likelihood, impact and current rating.
ScoredRisk = tuple[str | None, int | None, int | None, float | None]


def scored_risks(text: str, tmp_path: Path) -> list[ScoredRisk]:
    """The risks of a small text paper's one document, whatever kind a paper this small is
    classed as."""
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


# A register whose likelihood and impact are printed as words no usual ladder holds, so only
# the paper's own key table (``{key}``) gives their numbers; and the risks it then gives.
KEYED_REGISTER = """{title}
{key}
Risk ID\tRisk\tOwner\tLikelihood\tImpact\tScore
CR1\tLoss of the data centre\tHead of IT\tUnlikely\tCatastrophic\t10
CR2\tRecruitment of social workers\tDirector of Children's Services\tAlmost certain\tSerious\t15
CR3\tFailure of the waste contract\tHead of Waste\tPossible\tMinimal\t3
"""
KEYED_SCORES: list[ScoredRisk] = [("CR1", 2, 5, 10), ("CR2", 5, 3, 15), ("CR3", 3, 1, 3)]


def keyed_register_risks(title: str, key: str, tmp_path: Path) -> list[ScoredRisk]:
    """The risks of ``KEYED_REGISTER`` headed ``title`` with the key table ``key``."""
    return scored_risks(KEYED_REGISTER.format(title=title, key=key), tmp_path)


# ------------------------------------------------------------------ small papers written in tests

def source_lines(*lines: str) -> str:
    """A ``.pdfsrc`` paper from its lines."""
    return "\n".join(lines) + "\n"


def pdf_minutes(source: str, tmp_path: Path) -> list[Record]:
    """The minutes reader's records of a one-document ``.pdfsrc`` minutes paper."""
    tmp_path.mkdir(exist_ok=True)
    (ctx,) = contexts(rendered(source, tmp_path), "minutes")
    return minutes.extract(ctx)


def html_table(header: list[str], rows: list[list[str]]) -> str:
    """A web page's table: a header row of <th> cells over rows of <td> cells."""
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{cells}</tr>{body}</table>"


def html_page(*parts: str) -> str:
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def decisions_page_file(tmp_path: Path, *parts: str) -> Path:
    """A decisions web page of ``parts`` (its banner first, as the page prints it), written
    where the pipeline reads it."""
    path = tmp_path / "decisions.html"
    path.write_text(html_page(*parts), encoding="utf-8")
    return path


AgendaRow = tuple[str | None, str]


def pdf_agenda_items(source: str, tmp_path: Path) -> list[AgendaRow]:
    """(item ref, title) of the agenda a ``.pdfsrc`` paper renders to."""
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def text_agenda_items(text: str, tmp_path: Path) -> list[AgendaRow]:
    """(item ref, title) of an agenda given as a text export."""
    path = tmp_path / "agenda.txt"
    path.write_text(text)
    (ctx,) = contexts(path, "agenda")
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


KpiRow = tuple[str | None, float | None, str | None]


def pdf_kpis(source: str, tmp_path: Path) -> list[Kpi]:
    """The KPIs of every document of a KPI kind in the paper a ``.pdfsrc`` renders to."""
    found: list[Kpi] = []
    for ctx in contexts(rendered(source, tmp_path)):
        if ctx.document.kind in kpis.KINDS:
            found += [k for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    return found


def kpi_rows(source: str, tmp_path: Path) -> list[KpiRow]:
    """(ref, else description; latest value; latest RAG) of each of the paper's KPIs."""
    return [(k.ref or k.description, k.latest_value, k.latest_rag)
            for k in pdf_kpis(source, tmp_path)]


def html_kpi_rows(html: str, tmp_path: Path) -> list[KpiRow]:
    """(ref; latest value; latest RAG) of each KPI of a web page, written to ``tmp_path``."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(k.ref, k.latest_value, k.latest_rag) for ctx in contexts(path)
            if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]
