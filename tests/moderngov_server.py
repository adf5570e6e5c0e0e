"""A loopback ModernGov site for the fetch tests: ``mgWebService.asmx`` answering with XML of
the shapes real sites give (namespaced replies, names in mixed case, dd/mm/yyyy dates, titles
entity-encoded twice, a GetMeetings that ignores its date filter), the sample PDFs as linked
documents, ETag/Last-Modified validators, and fault modes.

127.0.0.1 only, a free port, and a bounded life: the server stops itself after
``LIFETIME_SECONDS`` even if a test forgets to."""

from __future__ import annotations

import hashlib
import html
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
LIFETIME_SECONDS = 120.0
LAST_MODIFIED = "Thu, 30 Jan 2025 09:00:00 GMT"

# The documents the site links to: URL path -> sample file.
DOCUMENTS = {
    "/documents/g1001/Public reports pack 30th-Jan-2025 Cabinet.pdf": "sample_agenda_pack.pdf",
    "/documents/s2001/Risk register.pdf": "sample_budget_risk_register.pdf",
    "/documents/s2002/Exempt appendix.pdf": "sample_contracts_report.pdf",
    "/documents/s2003/Performance dashboard.pdf": "sample_dashboard_q4.pdf",
}
PACK, RISKS, EXEMPT, DASHBOARD = DOCUMENTS

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees xmlns="http://moderngov.co.uk/namespaces">
  <committee><committeeid>144</committeeid><committeetitle>Cabinet</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>
  </committee>
  <committee><committeeid>130</committeeid>
    <committeetitle>Policy &amp;amp; Resources Cabinet Committee</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>
  </committee>
  <committee><committeeid>99</committeeid><committeetitle>Old Board</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>True</committeeexpired>
  </committee>
</committees>"""

# The whole history, whatever the dates asked for (as some real sites answer).
MEETINGS = {
    "144": """<?xml version="1.0" encoding="utf-8"?>
<GetMeetings><meetings>
  <meeting><meetingid>900</meetingid><MeetingDate>12/03/2019</MeetingDate></meeting>
  <meeting><meetingid>1001</meetingid><MeetingDate>30/01/2025</MeetingDate>
    <meetingtime>10:00</meetingtime></meeting>
</meetings></GetMeetings>""",
    "130": """<?xml version="1.0" encoding="utf-8"?>
<getmeetings><meetings>
  <meeting><meetingid>1002</meetingid><meetingdate>15/05/2025</meetingdate></meeting>
</meetings></getmeetings>""",
}

MINUTES_HTML = (
    "<p><strong>Present:</strong> Mr R Gough (Chair), Mr P Oakford</p>"
    "<p>RESOLVED that the revenue budget monitoring report be noted.</p>"
)


def meeting_xml(base: str) -> dict[str, str]:
    """GetMeeting replies; ``base`` is the server's own http:// root (an absolute link)."""
    minutes = html.escape(MINUTES_HTML)
    return {
        "1001": f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>1001</meetingid><meetingdate>30/01/2025</meetingdate><meetingtime>10:00</meetingtime>
  <meetingstatus>Minutes published</meetingstatus>
  <meetinglocation>Council Chamber, Sessions House, County Hall, Maidstone</meetinglocation>
  <committeetitle>Cabinet</committeetitle><minutepublished>True</minutepublished>
  <agendaitems>
    <agendaitem><agendaitemid>1</agendaitemid><agendaitemnumber>1</agendaitemnumber>
      <agendaitemtitle>Agenda pack</agendaitemtitle><isrestricted>False</isrestricted>
      <linkeddocuments><linkeddoc><title>Public reports pack 30th-Jan-2025 Cabinet</title>
        <url>{PACK.replace(' ', '%20')}?T=10</url><attachmentid>5001</attachmentid>
        <isrestricted>False</isrestricted></linkeddoc></linkeddocuments>
    </agendaitem>
    <agendaitem><agendaitemid>2</agendaitemid><agendaitemnumber>2</agendaitemnumber>
      <AgendaItemTitle>Revenue &amp;amp; Capital Budget Monitoring</AgendaItemTitle>
      <isrestricted>False</isrestricted>
      <minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>
      <LinkedDocuments><LinkedDoc><Title>Risk register</Title>
        <URL>{base}{RISKS.replace(' ', '%20')}</URL><AttachmentId>5002</AttachmentId>
        <IsRestricted>False</IsRestricted></LinkedDoc></LinkedDocuments>
    </agendaitem>
    <agendaitem><agendaitemid>3</agendaitemid><agendaitemnumber>3</agendaitemnumber>
      <agendaitemtitle>Exempt contract award</agendaitemtitle><isrestricted>True</isrestricted>
      <linkeddocuments><linkeddoc><title>Exempt appendix</title>
        <url>{EXEMPT.replace(' ', '%20')}</url><attachmentid>5003</attachmentid>
        <isrestricted>True</isrestricted></linkeddoc></linkeddocuments>
    </agendaitem>
  </agendaitems>
</meeting>""",
        "1002": f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>1002</meetingid><meetingdate>15/05/2025</meetingdate>
  <committeetitle>Policy &amp;amp; Resources Cabinet Committee</committeetitle>
  <minutepublished>False</minutepublished>
  <agendaitems><agendaitem><agendaitemid>7</agendaitemid><agendaitemnumber>5</agendaitemnumber>
    <agendaitemtitle>Quarterly performance</agendaitemtitle><isrestricted>False</isrestricted>
    <linkeddocuments><linkeddoc><title>Performance dashboard</title>
      <url>{DASHBOARD.replace(' ', '%20')}</url><attachmentid>5004</attachmentid>
      <isrestricted>False</isrestricted></linkeddoc></linkeddocuments>
  </agendaitem></agendaitems>
</meeting>""",
    }


@dataclass
class Site:
    """What the site does. ``faults``: URL path -> faults to apply to its next requests, in
    order ("500", "drop": headers then half the body then the connection closed, "slow": no
    answer before the client's timeout); ``always``: path -> a fault for every request."""

    forbid_all: bool = False
    faults: dict[str, list[str]] = field(default_factory=dict)
    always: dict[str, str] = field(default_factory=dict)
    slow_seconds: float = 2.0
    etags: bool = True
    hits: Counter[str] = field(default_factory=Counter)
    bodies_sent: Counter[str] = field(default_factory=Counter)
    user_agents: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_fault(self, path: str) -> str | None:
        with self.lock:
            self.hits[path] += 1
            queued = self.faults.get(path)
            if queued:
                return queued.pop(0)
        return self.always.get(path)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        site = self.server.site
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        site.user_agents.add(self.headers.get("User-Agent", ""))
        fault = site.next_fault(path)
        if site.forbid_all or fault == "403":
            return self._send(403, b"<html><body>Request blocked</body></html>", "text/html")
        if fault == "500":
            return self._send(500, b"Internal Server Error", "text/plain")
        if fault == "slow":
            time.sleep(site.slow_seconds)
        body, ctype = self._body(path, parse_qs(parts.query))
        if body is None:
            return self._send(404, b"Not found", "text/plain")
        etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        if site.etags and self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", ctype, etag=etag)
        if fault == "drop":
            return self._drop(body, ctype)
        site.bodies_sent[path] += 1
        self._send(200, body, ctype, etag=etag if site.etags else None)

    def _body(self, path: str, query: dict[str, list[str]]) -> tuple[bytes | None, str]:
        xml = "text/xml; charset=utf-8"
        if path.lower().endswith("/mgwebservice.asmx/getcommittees"):
            return COMMITTEES.encode(), xml
        if path.lower().endswith("/mgwebservice.asmx/getmeetings"):
            reply = MEETINGS.get(query.get("lCommitteeId", [""])[0])
            return (reply.encode() if reply else None), xml
        if path.lower().endswith("/mgwebservice.asmx/getmeeting"):
            base = f"http://127.0.0.1:{self.server.server_port}"
            reply = meeting_xml(base).get(query.get("lMeetingId", [""])[0])
            return (reply.encode() if reply else None), xml
        if path in DOCUMENTS:
            return (RAW / DOCUMENTS[path]).read_bytes(), "application/pdf"
        return None, "text/plain"

    def _send(self, status: int, body: bytes, ctype: str, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def _drop(self, body: bytes, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site = site

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (the timeout test) closes the socket under a slow answer:
        expected here, so no traceback in the test output."""


class FixtureSite:
    """``with FixtureSite(Site(...)) as url:`` a running site at ``url``."""

    def __init__(self, site: Site | None = None) -> None:
        self.site = site or Site()
        self.server = _Server(self.site)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.timer = threading.Timer(LIFETIME_SECONDS, self.server.shutdown)
        self.timer.daemon = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self) -> FixtureSite:
        self.thread.start()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def free_port() -> int:
    """A port nothing listens on (for the unreachable site)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
