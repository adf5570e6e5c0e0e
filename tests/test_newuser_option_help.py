"""Every option of every command says what it does in --help (a new user's first reference):
--from/--to, --format and schemas' --out printed only their type."""

from __future__ import annotations

from typing import Any

import typer

from kcc_papers.cli import app


def _commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Every leaf command under ``group`` by its full name (typer's own click: duck-typed)."""
    found = []
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            found += _commands(cmd, f"{prefix}{name} ")
        else:
            found.append((prefix + name, cmd))
    return found


def test_every_option_has_help() -> None:
    bare = [f"{name} {param.opts[0]}" for name, cmd in _commands(typer.main.get_command(app))
            for param in cmd.params
            if param.param_type_name == "option" and not (param.help or "").strip()]
    assert bare == []
