"""A polite HTTP client for council sites: an honest User-Agent, requests spaced by a delay,
bounded retries with backoff on what may pass (timeouts, dropped connections, 5xx), and no
retry of a refusal (403): asking a firewall again in a loop is what gets a client blocked.

httpx does the HTTP (connection reuse, redirects, timeouts, streaming, thread-safe client)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from importlib import metadata

import httpx

from kcc_papers.errors import DocumentFetchError


def _version() -> str:
    try:
        return metadata.version("kcc-papers")
    except metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = (f"kcc-papers/{_version()} (reads published committee papers for analysis; "
              f"python-httpx/{httpx.__version__})")
DEFAULT_TIMEOUT = 30.0  # seconds without a byte before a request counts as timed out
DEFAULT_DELAY = 0.5  # seconds between the starts of two requests to one site
DEFAULT_ATTEMPTS = 3  # tries per request, the first included
DEFAULT_BACKOFF = 2.0  # seconds before the first retry; doubled for each further one
CHUNK_BYTES = 1 << 16
REFUSED = 403
NOT_MODIFIED = 304
RETRIED_STATUS = range(500, 600)
TOO_MANY_REQUESTS = 429


class HttpFailure(DocumentFetchError):
    """A request that did not give a usable answer after its retries."""

    def __init__(self, url: str, reason: str, *, refused: bool = False,
                 unreachable: bool = False) -> None:
        super().__init__(reason, path=url)
        self.url = url
        self.reason = reason
        self.refused = refused
        self.unreachable = unreachable


@dataclass(frozen=True)
class Answer:
    url: str
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == NOT_MODIFIED


class PoliteClient:
    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, delay: float = DEFAULT_DELAY,
                 attempts: int = DEFAULT_ATTEMPTS, backoff: float = DEFAULT_BACKOFF) -> None:
        self.delay = delay
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._http = httpx.Client(timeout=timeout, follow_redirects=True,
                                  headers={"User-Agent": USER_AGENT})
        self._lock = threading.Lock()
        self._next_start = 0.0
        self.requests = 0

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.close()

    def get(self, url: str, *, etag: str | None = None,
            last_modified: str | None = None) -> Answer:
        """GET ``url`` (conditionally, given what the last answer said). Raises
        :class:`HttpFailure` when the site refuses, answers 4xx, or keeps failing."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        reason = ""
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn()
            try:
                answer = self._once(url, headers)
            except httpx.TimeoutException:
                reason = "timed out"
                continue
            except httpx.ConnectError as exc:
                reason = f"cannot connect ({_why(exc)})"
                continue
            except httpx.TransportError as exc:  # dropped mid-body, reset, protocol error
                reason = f"connection dropped ({_why(exc)})"
                continue
            if answer.status == REFUSED:
                raise HttpFailure(url, "the site refused the request (HTTP 403: a web "
                                  "application firewall or a closed web service)", refused=True)
            if answer.status in RETRIED_STATUS or answer.status == TOO_MANY_REQUESTS:
                reason = f"HTTP {answer.status}"
                continue
            if answer.status >= 400:
                raise HttpFailure(url, f"HTTP {answer.status}")
            return answer
        tries = f"{self.attempts} tries" if self.attempts > 1 else "1 try"
        raise HttpFailure(url, f"{reason} ({tries})",
                          unreachable=reason.startswith("cannot connect"))

    def _once(self, url: str, headers: dict[str, str]) -> Answer:
        self.requests += 1
        with self._http.stream("GET", url, headers=headers) as response:
            body = b"".join(response.iter_bytes(CHUNK_BYTES))
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) != len(body) \
                    and not response.headers.get("Content-Encoding"):
                raise httpx.RemoteProtocolError(f"{len(body)} of {declared} bytes")
            return Answer(str(response.url), response.status_code, body,
                          response.headers.get("ETag"), response.headers.get("Last-Modified"))

    def _wait_turn(self) -> None:
        """Space the starts of requests by ``delay``, across threads."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self.delay
        if start > now:
            time.sleep(start - now)


def _why(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
