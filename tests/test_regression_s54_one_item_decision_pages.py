"""Regression tests for decisions pages read as "other": a page titled "Decisions" over its
meeting's body and date holding one item (one "Decision" heading, no colon), and a page whose
title "Decisions" is decorated ("❖ Decisions ❖", "— Decisions —", "*** DECISIONS ***",
"Decisions:"). Small pages in other councils' words, with the traps the rules could reach."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_and_decisions, html_page, rendered, source_lines


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_GRANTED = "That the application be granted subject to the conditions set out in the report."


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_one_item_under_decisions_over_its_meeting(tmp_path: Path, fmt: str) -> None:
    """Before, "Decisions" over "Licensing Committee, Monday 3 April 2028" over one item's
    heading, "Decision" and its paragraph was read as "other" with no decision (a lone
    "Decision" heading under a title "Decisions" needed a second to be a list); read as a
    decision, the title was taken for the label, the meeting's name for the decision. A title
    "Decisions" over its meeting's body and date now makes one item's heading enough, and the
    title labels no decision."""
    lines = ["Decisions", "Licensing Committee, Monday 3 April 2028",
             "Premises licence application: The Anchor, Quay Street", "Decision", _GRANTED]
    if fmt == "html":
        path = _write(tmp_path, "decisions.html", html_page(
            f"<h1>{lines[0]}</h1>", f"<h2>{lines[1]}</h2>", f"<h3>{lines[2]}</h3>",
            f"<h4>{lines[3]}</h4>", f"<p>{lines[4]}</p>"))
    else:
        path = _write(tmp_path, "decisions.txt", "\n\n".join(lines) + "\n")
    assert documents_and_decisions(path) == (
        [("decision", "2028-04-03", "Licensing Committee")],
        [("decision_notice", _GRANTED, "other")])


@pytest.mark.parametrize("title", ["❖ Decisions ❖", "— Decisions —", "*** DECISIONS ***",
                                   "Decisions:"])
@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_decorated_decisions_title(tmp_path: Path, title: str, fmt: str) -> None:
    """Before, a title "Decisions" set off by marks that are no words, or ending in a colon,
    over "Planning Committee – 3 April 2028" and items each with "Decision:", was read as
    "other" with no decisions: only "Decisions" alone on its line titled such a page. The
    marks either side (a short run) and a closing colon now leave the title's word read."""
    items = [("1. Land at Mill Lane, Penrose",
              "That planning permission be granted subject to conditions."),
             ("2. 14 Fore Street, Penrose", "That planning permission be refused.")]
    if fmt == "html":
        parts = [f"<h1>{title}</h1>", "<h2>Planning Committee – 3 April 2028</h2>"]
        for head, text in items:
            parts += [f"<h3>{head}</h3>", f"<p>Decision: {text}</p>"]
        path = _write(tmp_path, "decisions.html", html_page(*parts))
    else:
        body = "\n\n".join(f"{head}\nDecision: {text}" for head, text in items)
        path = _write(tmp_path, "decisions.txt",
                      f"{title}\nPlanning Committee – 3 April 2028\n\n{body}\n")
    assert documents_and_decisions(path) == (
        [("decision", "2028-04-03", "Planning Committee")],
        [("decision_notice", "That planning permission be granted subject to conditions.",
          "approved"),
         ("decision_notice", "That planning permission be refused.", "rejected")])


def test_printed_decisions_pages_one_item_and_decorated(tmp_path: Path) -> None:
    """The same two layouts printed (a PDF's bold title over its meeting): "Decisions" over
    "Licensing Committee, Monday 3 April 2028" with one item, and "— Decisions —" over two
    items, were read as "other" with no decisions; now as the pages above."""
    one = rendered(source_lines(
        "## Decisions", "** Licensing Committee, Monday 3 April 2028",
        "** Premises licence application: The Anchor, Quay Street", "** Decision", _GRANTED),
        tmp_path, "one")
    assert documents_and_decisions(one) == ([("decision", "2028-04-03", "Licensing Committee")],
                          [("decision_notice", _GRANTED, "other")])
    decorated = rendered(source_lines(
        "## — Decisions —", "** Planning Committee – 3 April 2028",
        "** 1. Land at Mill Lane, Penrose", "Decision: That planning permission be refused.",
        "** 2. 14 Fore Street, Penrose", "Decision: That planning permission be granted."),
        tmp_path, "decorated")
    assert documents_and_decisions(decorated) == (
        [("decision", "2028-04-03", "Planning Committee")],
        [("decision_notice", "That planning permission be refused.", "rejected"),
         ("decision_notice", "That planning permission be granted.", "approved")])


def test_guard_decisions_index_of_meetings(tmp_path: Path) -> None:
    """Guard: a page titled "❖ Decisions ❖" listing meetings (links, no decision text) is no
    record of decisions."""
    path = _write(tmp_path, "decisions.html", html_page(
        "<h1>❖ Decisions ❖</h1>", "<h2>Planning Committee, Monday 3 April 2028</h2>",
        "<ul><li><a href='/m1'>Planning Committee, 3 April 2028</a></li>",
        "<li><a href='/m2'>Cabinet, 5 April 2028</a></li>",
        "<li><a href='/m3'>Licensing Committee, 12 April 2028</a></li></ul>"))
    docs, decisions = documents_and_decisions(path)
    assert [kind for kind, _, _ in docs] != ["decision"]
    assert decisions == []


def test_guard_report_with_decision_required(tmp_path: Path) -> None:
    """Guard: a report whose heading is "Decision required" under its subject stays a report,
    its recommendation a report decision."""
    path = _write(tmp_path, "report.txt", "\n\n".join([
        "Licensing Committee, Monday 3 April 2028",
        "Review of Street Trading Fees",
        "Report of the Head of Licensing",
        "Decision required",
        "Recommendation: That the Committee approves the street trading fees for 2028/29.",
        "1. Background",
        "1.1 The fees were last reviewed in 2026."]) + "\n")
    docs, decisions = documents_and_decisions(path)
    assert [kind for kind, _, _ in docs] != ["decision"]
    assert all(source != "decision_notice" for source, _, _ in decisions)


def test_guard_minutes_with_decision_heading(tmp_path: Path) -> None:
    """Guard: minutes titled by their meeting whose item prints a "Decision" heading stay
    minutes."""
    path = _write(tmp_path, "minutes.txt", "\n\n".join([
        "Minutes of the Licensing Committee held on Monday 3 April 2028",
        "Present: Councillors A Trevail (Chair), B Rowe and C Nance",
        "4. Premises licence application: The Anchor, Quay Street",
        "The Committee considered the application and heard from the applicant.",
        "Decision",
        "RESOLVED: That the application be granted subject to conditions.",
        "The meeting closed at 11.20 am."]) + "\n")
    docs, _ = documents_and_decisions(path)
    assert [kind for kind, _, _ in docs] == ["minutes"]


def test_guard_agenda_item_decisions_under_delegated_powers(tmp_path: Path) -> None:
    """Guard: an agenda whose item is "Decisions taken under delegated powers" stays an
    agenda."""
    path = _write(tmp_path, "agenda.txt", "\n\n".join([
        "Planning Committee",
        "Agenda",
        "Monday 3 April 2028 at 10.00 am, Council Chamber, Penrose",
        "1. Apologies for absence",
        "2. Declarations of interest",
        "3. Decisions taken under delegated powers",
        "To note the decisions taken by officers under delegated powers.",
        "4. Land at Mill Lane, Penrose"]) + "\n")
    docs, _ = documents_and_decisions(path)
    assert [kind for kind, _, _ in docs] == ["agenda"]


def test_guard_forward_plan_decision_column(tmp_path: Path) -> None:
    """Guard: a forward plan titled so, its table's "Decision" column over decisions to come,
    stays a forward plan with no decision notices."""
    path = _write(tmp_path, "plan.html", html_page(
        "<h1>Forward Plan of Key Decisions</h1>",
        "<h2>Cabinet, 1 April 2028 to 31 July 2028</h2>",
        "<table><tr><th>Subject</th><th>Decision</th><th>Decision maker</th><th>Date</th></tr>",
        "<tr><td>Leisure centre contract</td><td>To award the leisure management contract</td>"
        "<td>Cabinet</td><td>12 June 2028</td></tr>",
        "<tr><td>Local Plan review</td><td>To approve the draft plan for consultation</td>"
        "<td>Cabinet</td><td>10 July 2028</td></tr></table>"))
    docs, decisions = documents_and_decisions(path)
    assert [kind for kind, _, _ in docs] == ["forward_plan"]
    assert all(source != "decision_notice" for source, _, _ in decisions)
