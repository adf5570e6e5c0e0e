"""The report in a real browser: headless Chromium opens the pages from disk, screenshots them,
and dumps the DOM it built, in which the heat map, the KPI grid and every source link are
checked. Skips (saying why) only where Chromium is not installed; ``.ci/run`` installs it."""

from __future__ import annotations

import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import ROOT
from kcc_papers.pipeline import ingest
from kcc_papers.report import data, write_report
from report_papers import HOSTILE_MEETING, HOSTILE_TITLE, Node, parse, write_hostile

RAW = ROOT / "data" / "raw"
PACK_MEETING = "-/policy-and-resources-cabinet-committee/2025-01-15"
# Bounded: a page from disk renders in well under a second; this only stops a hung browser.
BROWSER_TIMEOUT_SECONDS = 90
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# The network is closed and the profile fresh: nothing may reach out or wait for a service.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--window-size=1280,1600"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if found is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install -y chromium; "
                    ".ci/run installs it when missing)")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chromium()
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "papers.duckdb"
    assert ingest([RAW, write_hostile(tmp / "hostile")], db, workers=1).ok
    return write_report(db, tmp / "report").out


def browse(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=BROWSER_TIMEOUT_SECONDS, check=True)


def dom(site: Path, name: str, tmp_path: Path) -> Node:
    """The DOM Chromium built from the page, after a screenshot of it was taken."""
    shot = tmp_path / f"{name}.png"
    browse(site / name, tmp_path / "profile", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == PNG_MAGIC and shot.stat().st_size > 10_000
    dumped = browse(site / name, tmp_path / "profile", "--dump-dom").stdout
    assert "</html>" in dumped
    return parse(dumped)


def check_source_links(site: Path, tree: Node) -> int:
    """Every source link resolves to an existing file; a page number is a page of that PDF."""
    links = tree.find_all("a", cls="source")
    for a in links:
        target, _, fragment = a.attrs["href"].partition("#")
        path = (site / urllib.parse.unquote(target)).resolve()
        assert path.is_file(), a.attrs["href"]
        if fragment:
            page = int(fragment.removeprefix("page="))
            pdf = pdfium.PdfDocument(str(path))
            try:
                assert 1 <= page <= len(pdf), a.attrs["href"]
            finally:
                pdf.close()
    return len(links)


def test_index_in_the_browser(site: Path, tmp_path: Path) -> None:
    tree = dom(site, "index.html", tmp_path)
    meetings = tree.find_all("table", id="meetings")[0]
    linked = [a.attrs["href"] for a in meetings.find_all("a")]
    assert data.page_name(PACK_MEETING) in linked
    assert all((site / href).is_file() for href in linked)
    assert tree.find_all("table", id="findings-by-severity")


def test_meeting_page_in_the_browser_links_every_source(site: Path, tmp_path: Path) -> None:
    tree = dom(site, data.page_name(PACK_MEETING), tmp_path)
    assert [r.find_all("td")[0].text for r in tree.find_all("table", id="agenda")[0]
            .find_all("tr")[1:]] == ["A1", "A2", "A3", "A4", "B1", "C1", "C2", "D1"]
    assert check_source_links(site, tree) >= 20
    hrefs = {a.attrs["href"] for a in tree.find_all("a", cls="source")}
    assert any(h.endswith("sample_agenda_pack.pdf#page=13") for h in hrefs)


def test_heat_map_has_25_cells_and_places_crr01_in_its_cell(site: Path, tmp_path: Path) -> None:
    tree = dom(site, "risks.html", tmp_path)
    register = next(s for s in tree.find_all("section", cls="register")
                    if "Strategic Risk Register" in s.find_all("h2")[0].text)
    heatmap = register.find_all("svg", cls="heatmap")[0]
    assert len(heatmap.find_all("g", cls="cell")) == 25
    marker = heatmap.find_all("g", cls="risk", data_risk="CRR 01")[0]
    cell = marker.ancestor("g", "cell")
    assert cell is not None
    assert (cell.attrs["data-likelihood"], cell.attrs["data-impact"]) == ("4", "4")
    ghost = heatmap.find_all("g", cls="ghost", data_risk="CRR 01")[0].ancestor("g", "cell")
    assert ghost is not None
    assert (ghost.attrs["data-likelihood"], ghost.attrs["data-impact"]) == ("2", "4")
    assert check_source_links(site, tree) > 0


def test_kpi_grid_shows_cs02_red_in_march(site: Path, tmp_path: Path) -> None:
    tree = dom(site, "kpis.html", tmp_path)
    row = tree.find_all("tr", data_kpi="-/CS02")[0]
    cell = row.find_all("td", data_period="2025-03-31")[0]
    assert cell.attrs["data-rag"] == "red"
    assert cell.find_all("span", cls="chip")[0].text == "R"
    assert "84%" in cell.text
    assert len(row.find_all("svg", cls="trend")) == 1
    assert check_source_links(site, tree) == 16


def test_findings_page_links_every_source(site: Path, tmp_path: Path) -> None:
    tree = dom(site, "findings.html", tmp_path)
    assert check_source_links(site, tree) == len(tree.find_all("tr")) - 1


def test_hostile_text_is_text_in_the_browser(site: Path, tmp_path: Path) -> None:
    tree = dom(site, data.page_name(HOSTILE_MEETING), tmp_path)
    assert not tree.find_all("script") and not tree.find_all("img")
    assert any(HOSTILE_TITLE in h.text for h in tree.find_all("h3"))


def test_screenshots_in_docs_are_kept() -> None:
    """The README shows a screenshot of each page type; they must exist beside it."""
    readme = (ROOT / "README.md").read_text()
    for name in ("report-overview.png", "report-meeting.png", "report-kpis.png",
                 "report-risks.png", "report-findings.png"):
        assert f"docs/{name}" in readme
        assert (ROOT / "docs" / name).read_bytes()[:8] == PNG_MAGIC

