"""`kcc-papers --version` answers (the first thing a new user, or a bug report, asks)."""

from __future__ import annotations

from importlib import metadata

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


def test_version_prints_the_installed_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"kcc-papers {metadata.version('kcc-papers')}\n"


def test_help_lists_version() -> None:
    assert "--version" in runner.invoke(app, ["--help"]).output
