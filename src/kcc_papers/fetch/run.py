"""``fetch``: a site's committees -> their meetings in a date window -> each meeting's XML and
linked documents, written whole, recorded in ``sources``. ``update``: fetch, ingest the
meetings fetched, export."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from kcc_papers import store
from kcc_papers.errors import (
    SiteRefusedError,
    SiteResponseError,
    SiteUnreachableError,
    UsageError,
)
from kcc_papers.export import export_tables
from kcc_papers.fetch import files, manifest, parser
from kcc_papers.fetch.client import (
    DEFAULT_ATTEMPTS,
    DEFAULT_BACKOFF,
    DEFAULT_DELAY,
    DEFAULT_TIMEOUT,
    Answer,
    HttpFailure,
    PoliteClient,
)
from kcc_papers.models import SourceFile
from kcc_papers.pipeline import IngestSummary, ProgressCallback, ingest

SERVICE = "mgWebService.asmx"
DEFAULT_CONCURRENCY = 2  # documents fetched at once from one site: polite, still not serial
# The default window of a nightly run: minutes appear weeks after a meeting, agendas a week or
# so before it.
DEFAULT_DAYS_BACK = 90
DEFAULT_DAYS_AHEAD = 30
SERVICE_DATE = "%d/%m/%Y"


@dataclass
class FetchOptions:
    committees: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    out: Path = Path("data/raw")
    concurrency: int = DEFAULT_CONCURRENCY
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    attempts: int = DEFAULT_ATTEMPTS
    backoff: float = DEFAULT_BACKOFF

    def window(self, today: dt.date) -> tuple[dt.date, dt.date]:
        return (self.date_from or today - dt.timedelta(days=DEFAULT_DAYS_BACK),
                self.date_to or today + dt.timedelta(days=DEFAULT_DAYS_AHEAD))


@dataclass
class FetchSummary:
    meetings: int = 0
    documents: int = 0
    downloaded: int = 0
    unchanged: int = 0
    restricted: int = 0
    failed: int = 0
    bytes: int = 0
    requests: int = 0
    folders: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


@dataclass
class Progress:
    """What the CLI shows: a bar per meeting, a line per failure."""

    meeting: Callable[[str, int], None] = lambda label, total: None
    document: Callable[[SourceFile], None] = lambda row: None
    error: Callable[[str], None] = lambda line: None


def site_base(site: str) -> str:
    """The site's root URL, given it or the web service's own URL."""
    parts = urlsplit(site.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not a site URL (want https://host): {site}")
    path = re.sub(rf"/?{re.escape(SERVICE)}.*$", "", parts.path, flags=re.I).rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def document_url(base: str, url: str) -> str:
    """Absolute, and https on an https site (ModernGov often prints http:// links)."""
    absolute = urljoin(base + "/", url.strip())
    site, doc = urlsplit(base), urlsplit(absolute)
    if site.scheme == "https" and doc.scheme == "http" and doc.hostname == site.hostname:
        absolute = urlunsplit(("https", doc.hostname or "", doc.path, doc.query, doc.fragment))
    return absolute


def fetch(site: str, options: FetchOptions, db: Path | str, *,
          wait: float = store.WRITE_WAIT_SECONDS, progress: Progress | None = None,
          today: dt.date | None = None) -> FetchSummary:
    """Fetch the site's meetings in the window into ``options.out``. A site that refuses or
    cannot be reached raises :class:`SiteRefusedError` / :class:`SiteUnreachableError`; a
    document that cannot be had is one line and a ``failed`` row, and the run goes on."""
    base = site_base(site)
    first, last = options.window(today or dt.date.today())
    if first > last:
        raise UsageError(f"--from {first} is after --to {last}")
    run = _Run(base, options, db, wait, progress or Progress())
    with PoliteClient(timeout=options.timeout, delay=options.delay, attempts=options.attempts,
                      backoff=options.backoff) as client, \
            ThreadPoolExecutor(max_workers=max(1, options.concurrency)) as pool:
        run.client, run.pool = client, pool
        for committee in run.committees():
            for ref in run.meetings(committee, first, last):
                run.meeting(committee, ref)
        run.summary.requests = client.requests
    return run.summary


class _Run:
    def __init__(self, base: str, options: FetchOptions, db: Path | str, wait: float,
                 progress: Progress) -> None:
        self.base, self.options, self.db, self.wait, self.progress = (
            base, options, db, wait, progress)
        self.host = urlsplit(base).hostname or "site"
        self.service = f"{base}/{SERVICE}"
        self.known = manifest.known(db, wait)
        self.summary = FetchSummary()
        self.counting = threading.Lock()  # documents are fetched on several threads
        self.client: PoliteClient
        self.pool: ThreadPoolExecutor

    def call(self, method: str, **params: object) -> Answer:
        """A web-service call: any failure of the site itself ends the run."""
        url = f"{self.service}/{method}?{urlencode(params)}"
        try:
            return self.client.get(url)
        except HttpFailure as exc:
            if exc.refused:
                raise SiteRefusedError(f"{self.base} refused {method}: {exc.reason}; the site "
                                       "may block automated clients") from None
            raise SiteUnreachableError(f"{self.base}: {method} failed: {exc.reason}") from None

    def committees(self) -> list[parser.Committee]:
        # lDummy: the service's documented (and required) placeholder argument.
        found = parser.committees(self.call("GetCommittees", lDummy=0).body)
        if not self.options.committees:
            return [c for c in found if not c.expired]
        return [_pick(found, wanted) for wanted in self.options.committees]

    def meetings(self, committee: parser.Committee, first: dt.date,
                 last: dt.date) -> list[parser.MeetingRef]:
        answer = self.call("GetMeetings", lCommitteeId=committee.id,
                           sFromDate=first.strftime(SERVICE_DATE),
                           sToDate=last.strftime(SERVICE_DATE))
        # Sites may ignore the filter and answer the committee's whole history.
        return [m for m in parser.meetings(answer.body)
                if m.date is not None and first <= m.date <= last]

    def meeting(self, committee: parser.Committee, ref: parser.MeetingRef) -> None:
        answer = self.call("GetMeeting", lMeetingId=ref.id)
        try:
            meeting = parser.meeting(answer.body)
        except SiteResponseError as exc:
            self._fail(f"{answer.url}: {exc.message}")
            return
        folder = files.meeting_dir(self.options.out, self.host, committee.title,
                                   meeting.date or ref.date)
        self.summary.meetings += 1
        self.summary.folders.append(folder)
        rows = [self._save_xml(answer, folder, committee, meeting)]
        plan = self._plan(folder, committee, meeting, rows)
        self.progress.meeting(f"{committee.title} {meeting.date or ref.date or ''}".strip(),
                              len(plan))
        for row in self.pool.map(lambda job: self._document(*job), plan):
            rows.append(row)
            self.progress.document(row)
        manifest.record(self.db, rows, self.wait)

    def _save_xml(self, answer: Answer, folder: Path, committee: parser.Committee,
                  meeting: parser.Meeting) -> SourceFile:
        path = folder / files.MEETING_XML
        status = self._land(path, answer.body)
        return SourceFile(url=answer.url, path=str(path), sha256=_sha(answer.body),
                          fetched_at=store.now(), meeting_id=meeting.id,
                          committee=committee.title, title="meeting (GetMeeting XML)",
                          status=status)

    def _plan(self, folder: Path, committee: parser.Committee, meeting: parser.Meeting,
              rows: list[SourceFile]) -> list[tuple[str, Path, SourceFile]]:
        """Each document to ask for; restricted ones are counted and recorded, not asked for."""
        taken = {files.MEETING_XML}
        seen: set[str] = set()
        plan = []
        for item, doc in meeting.documents():
            url = document_url(self.base, doc.url)
            if url in seen:  # one paper linked from two items
                continue
            seen.add(url)
            row = SourceFile(url=url, fetched_at=store.now(), meeting_id=meeting.id,
                             committee=committee.title, agenda_item=item.title or None,
                             title=doc.title, status="restricted")
            self.summary.documents += 1
            if doc.restricted or item.restricted:
                self.summary.restricted += 1
                rows.append(row)
                continue
            name = files.document_name(doc.title, url, taken, doc.attachment_id)
            plan.append((url, folder / name, row))
        return plan

    def _document(self, url: str, path: Path, row: SourceFile) -> SourceFile:
        before = self.known.get(url)
        # Ask "changed?" only when the file we have is the one the validators describe.
        current = (before is not None and before.path == str(path) and path.exists()
                   and before.sha256 == _file_sha(path))
        try:
            answer = self.client.get(url, etag=before.etag if current and before else None,
                                     last_modified=before.last_modified
                                     if current and before else None)
        except HttpFailure as exc:
            self._fail(f"{url} ({row.title}): {exc.reason}")
            return row.model_copy(update={"status": "failed", "message": exc.reason,
                                          "path": str(path)})
        if answer.not_modified and not current:  # nothing asked, nothing to keep
            self._fail(f"{url} ({row.title}): HTTP 304 to an unconditional request")
            return row.model_copy(update={"status": "failed", "path": str(path),
                                          "message": "HTTP 304 to an unconditional request"})
        if answer.not_modified and before:
            self._count("unchanged")
            return row.model_copy(update={"status": "unchanged", "path": str(path),
                                          "sha256": before.sha256, "etag": before.etag,
                                          "last_modified": before.last_modified})
        status = self._land(path, answer.body)
        return row.model_copy(update={"status": status, "path": str(path),
                                      "sha256": _sha(answer.body), "etag": answer.etag,
                                      "last_modified": answer.last_modified})

    def _land(self, path: Path, body: bytes) -> str:
        """Write the file unless it already holds these bytes (a server that ignores the
        validators must not make ingest re-read every paper)."""
        document = path.name != files.MEETING_XML
        if path.exists() and _file_sha(path) == _sha(body):
            if document:
                self._count("unchanged")
            return "unchanged"
        files.write_atomic(path, body)
        if document:
            self._count("downloaded", len(body))
        return "downloaded"

    def _count(self, what: str, size: int = 0) -> None:
        with self.counting:
            setattr(self.summary, what, getattr(self.summary, what) + 1)
            self.summary.bytes += size

    def _fail(self, line: str) -> None:
        with self.counting:
            self.summary.failed += 1
            self.summary.errors.append(line)
        self.progress.error(line)


def _pick(found: list[parser.Committee], wanted: str) -> parser.Committee:
    """A committee by id or by title (case, spacing and '&'/'and' aside)."""
    key = _committee_key(wanted)
    for c in found:
        if wanted.strip() == str(c.id) or _committee_key(c.title) == key:
            return c
    close = [c.title for c in found if key in _committee_key(c.title)][:5]
    hint = f" (did you mean: {'; '.join(close)}?)" if close else ""
    raise UsageError(f"no committee {wanted!r} on the site{hint}")


def _committee_key(title: str) -> str:
    return re.sub(r"\s+", " ", title.casefold().replace("&", " and ")).strip()


def _sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _file_sha(path: Path) -> str | None:
    try:
        return _sha(path.read_bytes())
    except OSError:
        return None


@dataclass
class UpdateSummary:
    fetched: FetchSummary
    ingested: IngestSummary | None = None
    exported: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.fetched.ok and (self.ingested is None or self.ingested.ok)


def update(site: str, options: FetchOptions, db: Path | str, *, export_dir: Path | None = None,
           export_format: str = "csv", workers: int | None = None,
           wait: float = store.WRITE_WAIT_SECONDS, progress: Progress | None = None,
           on_file: ProgressCallback | None = None, today: dt.date | None = None,
           ) -> UpdateSummary:
    """The nightly job: fetch, ingest the meetings fetched (unchanged files are skipped
    before they are opened), then export. Only the window's meeting folders are ingested, so
    a night costs what the council published, not the whole history."""
    summary = UpdateSummary(fetch(site, options, db, wait=wait, progress=progress, today=today))
    folders = _existing(summary.fetched.folders)
    if folders:
        summary.ingested = ingest(folders, db, workers=workers, wait=wait, on_file=on_file)
    if export_dir is not None:
        summary.exported = export_tables(db, export_dir, export_format, None, wait=wait)
    return summary


def _existing(folders: Iterable[Path]) -> list[Path]:
    return sorted({f for f in folders if f.is_dir()})
