"""Review of held-out round 20's fixes, part D: the text agenda's prose measure (a title line
ending well short of it was ended by its writer) read from lines that end together, and the
CLI's main-only script. Each regression test fails with its fix reverted."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from process_groups import FAULTHANDLER, interrupt_and_reap


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# A title hand-wrapped at the agenda's measure (some 75 characters), its line ending on a word
# that leaves no open end ("Provision" over "Policy and ...").
WRAPPED_TITLE = """\
3.   Treasury Management Strategy Statement, Minimum Revenue Provision
     Policy and Annual Investment Strategy 2027/28
"""

EXPECTED = [
    ("1", "Apologies for Absence"), ("2", "Minutes of the Previous Meeting"),
    ("3", "Treasury Management Strategy Statement, Minimum Revenue Provision Policy and "
          "Annual Investment Strategy 2027/28"),
    ("4", "Internal Audit Progress Report")]


def _paper(tail: str) -> str:
    return f"""HOLLOWAY VALE BOROUGH COUNCIL

AUDIT AND GOVERNANCE COMMITTEE

Wednesday 17th February 2027 at 6.30 pm, Committee Room 1, Town Hall, Holloway

AGENDA

1.   Apologies for Absence

2.   Minutes of the Previous Meeting

{WRAPPED_TITLE}
4.   Internal Audit Progress Report

{tail}"""


def test_regression_text_measure_not_one_unwrapped_line(tmp_path: Path) -> None:
    # one contact sentence left unwrapped (some 160 characters) is no measure the agenda was
    # wrapped to: the title's first line ends near the agenda's own and goes on below
    paper = tmp_path / "agenda.txt"
    paper.write_text(_paper(
        "For further information about this agenda please contact Democratic Services on "
        "01632 960123 or email committees@hollowayvale.example.gov.uk quoting the date.\n"))
    assert _agenda(paper) == EXPECTED


def test_regression_text_measure_not_a_markdown_tables_rows(tmp_path: Path) -> None:
    # a Markdown table's rows written unpadded end close together, wider than the agenda's
    # lines, but they are no prose its writer wrapped
    paper = tmp_path / "agenda.md"
    paper.write_text(_paper(
        "| Member of the committee | Role on the committee | Attendance at meetings this year |\n"
        "|---|---|---|\n"
        "| Councillor A. Brightwell-Hay | Chair of the Audit and Governance Committee | "
        "Five of six |\n"
        "| Councillor P. Osei-Mensah | Vice-Chair of the Audit and Governance Committee | "
        "Six of six |\n"
        "| Mr K. Lindgren (co-opted) | Independent member of the Audit Committee | "
        "Four of six |\n"))
    assert _agenda(paper) == EXPECTED


def test_hand_wrapped_prose_still_sets_the_measure(tmp_path: Path) -> None:
    # the round's own case kept: prose wrapped to its measure (three lines ending together),
    # a title line ending far short of it, and a description under it
    paper = tmp_path / "agenda.txt"
    paper.write_text("""HOLLOWAY VALE BOROUGH COUNCIL

LICENSING COMMITTEE

AGENDA

1.   Apologies for Absence

2.   Review of the Street Trading Policy
     Verbal update of the Licensing Manager.

3.   Date of Next Meeting

Members of the public may attend this meeting in person, or may watch it live on
the Council's website, where a recording will remain available for six months
after the meeting; please contact Democratic Services if you need assistance.
""")
    assert _agenda(paper) == [
        ("1", "Apologies for Absence"), ("2", "Review of the Street Trading Policy"),
        ("3", "Date of Next Meeting")]


# ------------------------------------------------ the kcc-papers script: main-only code

# The installed script as pip writes it, marking each time its top level runs (in the parent,
# and in any worker that imports it again to find what it defines).
SCRIPT = """\
import sys
import os
with open(os.environ["SCRIPT_RUNS"], "a") as runs:
    runs.write("ran\\n")
from kcc_papers.cli import console
if __name__ == "__main__":
    sys.exit(console())
"""

PAPER = """WESTBRIDGE TOWN COUNCIL

MINUTES OF THE PLANNING COMMITTEE HELD ON 3RD MARCH 2027

{n}. APOLOGIES FOR ABSENCE

Apologies were received from Councillor T. Ferreira.
"""

# Seconds a script's ingest may take in all: a few small files, two workers starting.
SCRIPT_RUN_SECONDS = 120
# Seconds the hung file is given before its worker is ended.
HUNG_FILE_SECONDS = 3
# Seconds a worker is waited for after the run ended.
REAP_SECONDS = 10


def _script(tmp_path: Path) -> tuple[Path, Path]:
    script, runs = tmp_path / "kcc-papers", tmp_path / "runs.txt"
    script.write_text(SCRIPT)
    return script, runs


def _papers(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    papers = [folder / f"minutes_{n}.txt" for n in range(1, count + 1)]
    for n, paper in enumerate(papers, 1):
        paper.write_text(PAPER.format(n=n))
    return papers


def _ingest(script: Path, folder: Path, db: Path, *more: str) -> list[str]:
    return [sys.executable, str(script), "ingest", str(folder), "--db", str(db), "--workers",
            "2", "-q", *more]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "KCC_PAPERS_DB"}
    return {**env, **extra}


def test_regression_workers_do_not_run_the_script_again(tmp_path: Path) -> None:
    # each worker used to import the script run from its file (typer and the CLI with it);
    # named as a package's main-only module, it runs once, in the parent
    script, runs = _script(tmp_path)
    _papers(tmp_path / "in", 4)
    db = tmp_path / "p.duckdb"
    done = subprocess.run(
        _ingest(script, tmp_path / "in", db),
        capture_output=True, text=True, timeout=SCRIPT_RUN_SECONDS, env=_env(SCRIPT_RUNS=str(runs)))
    assert done.returncode == 0, done.stderr
    assert runs.read_text().splitlines() == ["ran"]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM files").fetchone() == (4,)


def test_script_help_names_the_script(tmp_path: Path) -> None:
    # the name given to the script's module is no package's: its usage keeps its own name
    script, runs = _script(tmp_path)
    done = subprocess.run([sys.executable, str(script), "--help"],
                          capture_output=True, text=True, timeout=SCRIPT_RUN_SECONDS,
                          env=_env(SCRIPT_RUNS=str(runs)))
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith("Usage: kcc-papers ")


def test_script_worker_past_its_time_is_ended(tmp_path: Path) -> None:
    # a worker that no longer imported the script still answers to the per-file time limit
    script, runs = _script(tmp_path)
    papers = _papers(tmp_path / "in", 3)
    db = tmp_path / "p.duckdb"
    done = subprocess.run(
        _ingest(script, tmp_path / "in", db, "--file-timeout", str(HUNG_FILE_SECONDS)),
        capture_output=True, text=True, timeout=SCRIPT_RUN_SECONDS,
        env=_env(SCRIPT_RUNS=str(runs), KCC_PAPERS_FAULT=f"hang={papers[-1].name}"))
    assert done.returncode == 1 and "took longer than --file-timeout" in done.stderr
    assert runs.read_text().splitlines() == ["ran"]


def test_script_ctrl_c_ends_the_run_and_its_workers(tmp_path: Path) -> None:
    # Ctrl-C to the script's process group: one line, exit 130, no worker left behind
    script, runs = _script(tmp_path)
    papers = _papers(tmp_path / "in", 3)
    db = tmp_path / "p.duckdb"
    proc = subprocess.Popen(
        _ingest(script, tmp_path / "in", db),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=_env(SCRIPT_RUNS=str(runs), KCC_PAPERS_FAULT=f"hang={papers[-1].name}",
                 **FAULTHANDLER),
        start_new_session=True)

    def files_written() -> None:
        deadline = time.monotonic() + SCRIPT_RUN_SECONDS
        while not _files_written(db) and time.monotonic() < deadline:
            time.sleep(0.1)

    err = interrupt_and_reap(proc, files_written, end_seconds=SCRIPT_RUN_SECONDS,
                             reap_seconds=REAP_SECONDS)
    assert proc.returncode == 130
    assert err.splitlines() == [
        "error: interrupted (files already written are complete; run again to finish)"]


def _files_written(db: Path) -> bool:
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT count(*) FROM files").fetchone()
    except duckdb.Error:
        return False
    return row is not None and row[0] > 0



def test_regression_text_measure_counts_a_tab_as_the_indent_does(tmp_path: Path) -> None:
    # a title set after tabs ends where its tabs expanded put it (as its indent is read), here
    # within a word of the prose's measure: wrapped, not ended (a tab read as one character
    # left it room enough to have been ended)
    paper = tmp_path / "agenda.txt"
    paper.write_text(
        "HOLLOWAY VALE BOROUGH COUNCIL\n\nCABINET\n\nAGENDA\n\n"
        "\t1.\tApologies for Absence\n\n"
        "\t2.\tTreasury Management Statement, Minimum Revenue Provision\n"
        "\t\tPolicy and Annual Investment Strategy 2027/28\n\n"
        "\t3.\tDate of Next Meeting\n\n"
        "Members of the public may attend this meeting in person, or may watch it live on the\n"
        "Council website, where a recording of the meeting will remain available for a year;\n"
        "please contact Democratic Services if you need any assistance to attend the meeting.\n")
    assert _agenda(paper) == [
        ("1", "Apologies for Absence"),
        ("2", "Treasury Management Statement, Minimum Revenue Provision Policy and Annual "
              "Investment Strategy 2027/28"),
        ("3", "Date of Next Meeting")]


def test_regression_text_title_going_on_in_small_letters_is_wrapped(tmp_path: Path) -> None:
    # a title its writer broke early (some twenty characters short of the prose's measure)
    # whose next line goes on in small letters: the title's sentence goes on, not a description
    paper = tmp_path / "agenda.txt"
    paper.write_text("""KINGSMERE CITY COUNCIL

CONSTITUTION AND GOVERNANCE COMMITTEE

AGENDA

1.   Apologies for Absence

2.   Review of the Constitution: proposed amendments
     concerning the Scheme of Delegation to Officers

3.   Date of Next Meeting

Members of the public may attend this meeting in person, or may watch it live on the
Council website, where a recording of the meeting will remain available for a year;
please contact Democratic Services if you need any assistance to attend the meeting.
""")
    assert _agenda(paper) == [
        ("1", "Apologies for Absence"),
        ("2", "Review of the Constitution: proposed amendments concerning the Scheme of "
              "Delegation to Officers"),
        ("3", "Date of Next Meeting")]
