"""fetch and update against a loopback ModernGov site (tests/moderngov_server.py): files,
manifest, records, and every fault mode's documented outcome. Nothing reaches the internet."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from kcc_papers.cli import app
from kcc_papers.fetch import files, parser
from kcc_papers.fetch.client import USER_AGENT
from kcc_papers.fetch.run import FetchOptions, document_url, fetch, site_base
from kcc_papers.load import load
from moderngov_server import (
    COMMITTEES,
    DASHBOARD,
    DOCUMENTS,
    EXEMPT,
    MEETINGS,
    PACK,
    RAW,
    RISKS,
    FixtureSite,
    Site,
    free_port,
    meeting_xml,
)

runner = CliRunner()
WINDOW = ["--from", "2025-01-01", "--to", "2025-12-31"]
FAST = ["--delay", "0", "--backoff", "0.05", "--quiet"]
HOST = "127.0.0.1"
CABINET = Path(HOST) / "Cabinet" / "2025-01-30"
PANDR = Path(HOST) / "Policy & Resources Cabinet Committee" / "2025-05-15"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _options(tmp_path: Path, **kw: Any) -> FetchOptions:
    defaults = FetchOptions(out=tmp_path / "raw", date_from=dt.date(2025, 1, 1),
                            date_to=dt.date(2025, 12, 31), delay=0.0, backoff=0.01)
    return dataclasses.replace(defaults, **kw)


def _sources(db: Path) -> dict[str, tuple[str, str | None]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT url, status, message FROM sources").fetchall()
    return {url.rsplit("/", 1)[-1]: (status, message) for url, status, message in rows}


def _part_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part")]


# ------------------------------------------------------------------------------ the XML


def test_parser_reads_names_in_any_case_namespaced_and_double_encoded() -> None:
    committees = parser.committees(COMMITTEES.encode())
    assert [(c.id, c.title, c.expired) for c in committees] == [
        (144, "Cabinet", False),
        (130, "Policy & Resources Cabinet Committee", False),
        (99, "Old Board", True),
    ]
    refs = parser.meetings(MEETINGS["144"].encode())  # <MeetingDate>, dd/mm/yyyy
    assert [(m.id, m.date) for m in refs] == [(900, dt.date(2019, 3, 12)),
                                              (1001, dt.date(2025, 1, 30))]
    meeting = parser.meeting(meeting_xml("http://x")["1001"].encode())
    assert (meeting.id, meeting.date, meeting.committee, meeting.minutes_published) == (
        1001, dt.date(2025, 1, 30), "Cabinet", True)
    items = meeting.items
    assert items[1].title == "Revenue & Capital Budget Monitoring"
    assert "RESOLVED that" in (items[1].minutes_html or "")
    docs = [(d.title, d.restricted, d.attachment_id) for _, d in meeting.documents()]
    assert docs == [("Public reports pack 30th-Jan-2025 Cabinet", False, "5001"),
                    ("Risk register", False, "5002"), ("Exempt appendix", True, "5003")]
    assert items[2].restricted


def test_parser_says_a_reply_that_is_not_xml_is_the_sites_fault() -> None:
    from kcc_papers.errors import SiteResponseError

    with pytest.raises(SiteResponseError, match="not XML"):
        parser.committees(b"<html><body>Service unavailable")


def test_document_urls_are_absolute_and_https_on_an_https_site() -> None:
    base = "https://democracy.kent.gov.uk"
    assert document_url(base, "/documents/s1/A b.pdf") == f"{base}/documents/s1/A b.pdf"
    assert document_url(base, "documents/s1/x.pdf") == f"{base}/documents/s1/x.pdf"
    assert document_url(base, "http://democracy.kent.gov.uk/documents/s2/y.pdf?T=9") == (
        f"{base}/documents/s2/y.pdf?T=9")
    # another host's http link is left as it is (its https may not exist)
    assert document_url(base, "http://example.org/a.pdf") == "http://example.org/a.pdf"
    assert site_base("https://democracy.kent.gov.uk/mgWebService.asmx") == base
    assert site_base("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"


def test_file_names_are_safe_and_unique_within_a_meeting() -> None:
    taken: set[str] = set()
    url = "https://x/documents/s1/a.pdf"
    assert files.document_name("Report: 24/00123 ../..", url, taken, "7") == "Report_ 24_00123.pdf"
    assert files.document_name("Report: 24/00123 ../..", url, taken, "8") == (
        "Report_ 24_00123 (8).pdf")
    assert files.document_name("Minutes.PDF", url, taken, None) == "Minutes.pdf"
    assert files.safe_name("..") == "untitled"


def test_a_write_that_fails_midway_leaves_neither_file_nor_temporary(tmp_path: Path) -> None:
    target = tmp_path / "m" / "paper.pdf"

    class Broken(list[bytes]):  # a body whose second chunk never arrives
        def __iter__(self):
            yield b"%PDF-1.4 first half"
            raise OSError("disk full")

    with pytest.raises(OSError):
        files.write_atomic(target, Broken())
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_a_saved_meeting_reply_is_read_by_the_html_loader(tmp_path: Path) -> None:
    path = tmp_path / files.MEETING_XML
    path.write_text(meeting_xml("http://x")["1001"], encoding="utf-8")
    source = load(path)
    assert source.format == "html"
    text = source.iter_text()
    assert "Minutes of the meeting of the Cabinet" in text
    assert "RESOLVED that the revenue budget monitoring report be noted." in text
    assert "&lt;" not in text and "<p>" not in text


# ------------------------------------------------------------------------------ update


def test_update_downloads_ingests_exports_and_a_second_run_downloads_nothing(
        tmp_path: Path) -> None:
    db, out, export = tmp_path / "p.duckdb", tmp_path / "raw", tmp_path / "export"
    args = ["update", "", "--committee", "Cabinet", "--committee", "130", *WINDOW,
            "--out", str(out), "--db", str(db), "--export", str(export), "--workers", "1", *FAST]
    with FixtureSite() as site:
        args[1] = site.url
        first = runner.invoke(app, args)
        assert first.exit_code == 0, first.output
        assert "2 meetings: 4 documents, 3 downloaded" in first.output
        assert "1 restricted (skipped), 0 failed" in first.output

        # files where they belong, whole, and nothing half-written
        assert _sha(out / CABINET / "Public reports pack 30th-Jan-2025 Cabinet.pdf") == _sha(
            RAW / DOCUMENTS[PACK])
        assert _sha(out / CABINET / "Risk register.pdf") == _sha(RAW / DOCUMENTS[RISKS])
        assert _sha(out / PANDR / "Performance dashboard.pdf") == _sha(RAW / DOCUMENTS[DASHBOARD])
        assert (out / CABINET / "meeting.xml").exists() and (out / PANDR / "meeting.xml").exists()
        assert not _part_files(out)
        assert not (out / HOST / "Cabinet" / "2019-03-12").exists()  # outside the window
        assert site.site.hits[EXEMPT] == 0  # restricted: never asked for
        assert site.site.user_agents == {USER_AGENT} and "kcc-papers" in USER_AGENT

        with duckdb.connect(str(db), read_only=True) as con:
            statuses = dict(con.execute("SELECT title, status FROM sources").fetchall())
            traced = con.execute(
                "SELECT count(*), count(source_url) FROM documents").fetchone()
            xml_minutes = con.execute(
                "SELECT resolution FROM minutes WHERE source_path LIKE '%meeting.xml' "
                "AND resolution IS NOT NULL").fetchall()
            risk_url = con.execute(
                "SELECT DISTINCT source_url FROM documents WHERE path LIKE '%Risk register.pdf'"
            ).fetchone()
        assert statuses["Exempt appendix"] == "restricted"
        assert statuses["Risk register"] == "downloaded"
        assert traced is not None and traced[0] == traced[1] > 0  # every document traced
        assert xml_minutes == [("RESOLVED that the revenue budget monitoring report be noted.",)]
        assert risk_url == (f"{site.url}/documents/s2001/Risk%20register.pdf",)
        assert (export / "sources.csv").exists() and (export / "documents.csv").exists()

        sent = sum(site.site.bodies_sent[p] for p in DOCUMENTS)
        mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
        second = runner.invoke(app, args)
        assert second.exit_code == 0, second.output
        assert "0 downloaded" in second.output and "3 unchanged" in second.output
        assert sum(site.site.bodies_sent[p] for p in DOCUMENTS) == sent  # 304s only
        assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == mtimes
        assert "0 ingested, 5 unchanged" in second.output


def test_fetch_command_fetches_every_current_committee(tmp_path: Path) -> None:
    with FixtureSite() as site:
        result = runner.invoke(app, ["fetch", site.url, *WINDOW, "--out", str(tmp_path / "raw"),
                                     "--db", str(tmp_path / "p.duckdb"), *FAST])
    assert result.exit_code == 0, result.output
    assert "2 meetings: 4 documents, 3 downloaded" in result.output
    assert (tmp_path / "raw" / PANDR / "Performance dashboard.pdf").exists()


# ------------------------------------------------------------------------------ faults


def test_a_site_refusing_everything_is_exit_2_one_line_and_asked_once(tmp_path: Path) -> None:
    with FixtureSite(Site(forbid_all=True)) as site:
        result = runner.invoke(app, ["update", site.url, "--out", str(tmp_path / "raw"),
                                     "--db", str(tmp_path / "p.duckdb"), *FAST])
        hits = sum(site.site.hits.values())
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "refused GetCommittees" in lines[0] and "403" in lines[0]
    assert "Traceback" not in result.output
    assert hits == 1  # a 403 is never retried


def test_a_site_that_cannot_be_reached_is_exit_2_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["fetch", f"http://127.0.0.1:{free_port()}", "--timeout", "2",
                                 "--out", str(tmp_path / "raw"),
                                 "--db", str(tmp_path / "p.duckdb"), *FAST])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "cannot connect" in lines[0]


def test_an_unknown_committee_is_exit_2_with_the_near_names(tmp_path: Path) -> None:
    with FixtureSite() as site:
        result = runner.invoke(app, ["fetch", site.url, "--committee", "Resources",
                                     "--out", str(tmp_path / "raw"),
                                     "--db", str(tmp_path / "p.duckdb"), *FAST])
    assert result.exit_code == 2
    assert "no committee 'Resources'" in result.output
    assert "Policy & Resources Cabinet Committee" in result.output


def test_a_500_then_success_is_retried_and_fetched(tmp_path: Path) -> None:
    faults = {RISKS: ["500"], "/mgWebService.asmx/GetCommittees": ["500", "500"]}
    with FixtureSite(Site(faults=faults)) as site:
        summary = fetch(site.url, _options(tmp_path), tmp_path / "p.duckdb")
        assert site.site.hits[RISKS] == 2
        assert site.site.hits["/mgWebService.asmx/GetCommittees"] == 3
    assert summary.ok and summary.downloaded == 3
    assert _sha(tmp_path / "raw" / CABINET / "Risk register.pdf") == _sha(RAW / DOCUMENTS[RISKS])


def test_a_connection_dropped_mid_body_is_retried_and_never_half_written(
        tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    # the pack drops once then comes whole; the dashboard drops every time
    site_faults = Site(faults={PACK: ["drop"]}, always={DASHBOARD: "drop"})
    with FixtureSite(site_faults) as site:
        result = runner.invoke(app, ["fetch", site.url, *WINDOW, "--out", str(tmp_path / "raw"),
                                     "--db", str(db), *FAST])
        assert site.site.hits[PACK] == 2 and site.site.hits[DASHBOARD] == 3
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Performance%20dashboard.pdf" in errors[0]
    assert "connection dropped" in errors[0] and "3 tries" in errors[0]
    assert "Traceback" not in result.output
    pack = tmp_path / "raw" / CABINET / "Public reports pack 30th-Jan-2025 Cabinet.pdf"
    assert _sha(pack) == _sha(RAW / DOCUMENTS[PACK])
    assert not (tmp_path / "raw" / PANDR / "Performance dashboard.pdf").exists()
    assert not _part_files(tmp_path / "raw")
    status, message = _sources(db)["Performance%20dashboard.pdf"]
    assert status == "failed" and message and "connection dropped" in message


def test_a_response_slower_than_the_timeout_fails_that_document_only(tmp_path: Path) -> None:
    site_faults = Site(always={RISKS: "slow"}, slow_seconds=1.5)
    with FixtureSite(site_faults) as site:
        summary = fetch(site.url, _options(tmp_path, timeout=0.3, attempts=2),
                        tmp_path / "p.duckdb")
        assert site.site.hits[RISKS] == 2
    assert summary.failed == 1 and summary.downloaded == 2
    assert "Risk%20register.pdf" in summary.errors[0] and "timed out (2 tries)" in summary.errors[0]


def test_a_403_on_one_document_fails_it_without_retrying(tmp_path: Path) -> None:
    with FixtureSite(Site(always={RISKS: "403"})) as site:
        summary = fetch(site.url, _options(tmp_path), tmp_path / "p.duckdb")
        assert site.site.hits[RISKS] == 1
    assert summary.failed == 1 and summary.downloaded == 2 and "403" in summary.errors[0]


def test_an_etag_that_says_unchanged_downloads_nothing(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    with FixtureSite() as site:
        fetch(site.url, _options(tmp_path), db)
        sent = dict(site.site.bodies_sent)
        again = fetch(site.url, _options(tmp_path), db)
        assert all(site.site.bodies_sent[p] == sent[p] for p in (PACK, RISKS, DASHBOARD))
    assert (again.downloaded, again.unchanged) == (0, 3)
    assert _sources(db)["Risk%20register.pdf"][0] == "unchanged"


def test_a_server_without_validators_costs_a_download_but_no_rewrite(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    with FixtureSite(Site(etags=False)) as site:
        fetch(site.url, _options(tmp_path), db)
        paper = tmp_path / "raw" / CABINET / "Risk register.pdf"
        before = paper.stat().st_mtime_ns
        again = fetch(site.url, _options(tmp_path), db)
    assert (again.downloaded, again.unchanged) == (0, 3)
    assert paper.stat().st_mtime_ns == before
