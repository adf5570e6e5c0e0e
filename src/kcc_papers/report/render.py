"""Rendering: the page data (``data``) through Jinja2 templates into a folder of HTML files
that open from disk. Autoescape is on for every template, so text from the papers is always
text; links to sources are relative, so the folder and the papers can move together."""

from __future__ import annotations

import datetime as dt
import os
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from kcc_papers import store
from kcc_papers.errors import UsageError
from kcc_papers.report import charts, data
from kcc_papers.report.data import Scope, Source

DEFAULT_OUT = Path("data/out/report")
MEETING_PAGES = "meeting_*.html"
RAG_LETTERS = {"red": "R", "amber": "A", "green": "G"}


@dataclass
class ReportSummary:
    out: Path
    pages: list[Path]
    meetings: int
    seconds: float

    @property
    def index(self) -> Path:
        return self.out / "index.html"


def environment(out: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kcc_papers.report", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
        lstrip_blocks=True)
    target = out.resolve()
    env.filters.update(
        href=lambda source: source_href(source, target), money=money, rag_letter=rag_letter,
        when=when, short=short)
    env.globals.update(charts=charts, page_name=data.page_name, GRID=list(data.GRID))
    return env


def source_href(source: Source, out: Path) -> str:
    """A relative link from the report folder to the file, at its page for a PDF. Stored
    paths are relative to where ``ingest`` ran, as the other commands read them."""
    path = Path(source.path)
    absolute = path if path.is_absolute() else Path.cwd() / path
    link = urllib.parse.quote(Path(os.path.relpath(absolute, out)).as_posix())
    return f"{link}#page={source.page}" if source.is_pdf and source.page else link


def money(value: float | None) -> str:
    if value is None:
        return ""
    return f"£{value / 1e6:,.1f}m" if abs(value) >= 1e5 else f"£{value:,.0f}"


def rag_letter(rag: str | None) -> str:
    return RAG_LETTERS.get(rag or "", "–")


def when(value: dt.date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else "date not printed"


def short(text: str | None, limit: int = 160) -> str:
    """A title for a table cell: long ones cut at a word, the full text kept in the source."""
    if not text:
        return ""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def write_report(db: Path | str, out: Path | str = DEFAULT_OUT, scope: Scope | None = None, *,
                 wait: float = store.LOCK_WAIT_SECONDS) -> ReportSummary:
    """Write the report of the meetings in ``scope`` into ``out``: index.html, kpis.html,
    risks.html, findings.html and a page per meeting. Meeting pages of an earlier report in
    the same folder are removed first, so the folder is exactly this report."""
    started = time.perf_counter()
    scope = scope or Scope()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder")
    env = environment(out)
    common = {"scope": scope, "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}
    pages: list[Path] = []

    def write(name: str, template: str, **context: Any) -> None:
        (out / name).write_text(env.get_template(template).render(**common, **context),
                                encoding="utf-8")
        pages.append(out / name)

    with store.connect(db, read_only=True, wait=wait) as con:
        # Once the database is open: a missing one leaves no empty folder behind.
        out.mkdir(parents=True, exist_ok=True)
        front = data.overview(con, scope)
        for stale in out.glob(MEETING_PAGES):
            stale.unlink()
        write("index.html", "index.html", page="index", **front)
        for batch in data.batches([m["meeting_id"] for m in front["meetings"]]):
            for meeting_id, meeting in data.meeting_pages(con, batch).items():
                write(data.page_name(meeting_id), "meeting.html", page="meeting", **meeting)
        write("kpis.html", "kpis.html", page="kpis", **data.kpis(con, scope))
        write("risks.html", "risks.html", page="risks", registers=data.risks(con, scope))
        write("findings.html", "findings.html", page="findings",
              findings=data.findings(con, scope))
    return ReportSummary(out, pages, len(front["meetings"]), time.perf_counter() - started)
