"""Regression tests for two misreadings of decision papers round 38's review left: a notice with
one "DECISION" heading over numbered decisions "1." and "2.", then its own numbered sections
("3. Right of appeal"), ran its decision into the appeal; and a decisions page printing
"Decision status: ..." after each decision did not read that status for the outcome. Small
papers in other councils' words, each rule with its guards."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _rows(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _paper(source: str, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    return rendered(source, where)


_HEAD = ("## Brackenfold Borough Council", "^^ NOTICE OF DECISION", "** Licensing Sub-Committee",
         "Date of hearing:\t14 April 2027",
         "Premises:\tThe Anchor, 12 Quay Street, Brackenfold",
         "Application:\tVariation of a premises licence")
_GRANT = ("1. The Sub-Committee resolved to grant the application to vary the premises licence, "
          "subject to the conditions set out below.")
_HOURS = "2. The hours for the sale of alcohol on Fridays and Saturdays shall end at 00.30."
_APPEAL = ("Any party may appeal against this decision to the Magistrates' Court within 21 days "
           "of notification of it.")


def test_regression_numbered_decisions_end_at_the_notice_next_section(tmp_path: Path) -> None:
    """Before, "DECISION" over "1." and "2." then "3. Right of appeal" gave one decision whose
    text ran on into the appeal. The numbering run on into a section's title after a finished
    sentence is the notice's next section: the decision (one, its points under one heading)
    ends there, in bold or plain headings and under "DECISIONS"."""
    want = [(_GRANT + "\n" + _HOURS, "approved")]
    for n, heading in enumerate(("** DECISION", "DECISION", "** DECISIONS")):
        path = _paper(source_lines(*_HEAD, heading, _GRANT, _HOURS, "** 3. Right of appeal",
                                   _APPEAL, "** 4. Reasons for the decision",
                                   "The conditions will promote the licensing objectives."),
                      tmp_path / str(n))
        assert _rows(path) == want, heading


def test_regression_decision_section_ends_at_the_next_numbered_section(tmp_path: Path) -> None:
    """Before, a decision in the notice's section "2. Decision" ran into "3. Right of appeal";
    and a record's "Decision:" over "1." and "2." ran into "3. Right of appeal"."""
    section = _paper(source_lines(
        *_HEAD, "** 1. Background", "The applicant applied to vary the licence.",
        "** 2. Decision", "The Sub-Committee resolved to refuse the application.",
        "** 3. Right of appeal", _APPEAL), tmp_path / "section")
    assert _rows(section) == [("The Sub-Committee resolved to refuse the application.",
                               "rejected")]
    record = _paper(source_lines(
        "## Fernleigh District Council", "^^ RECORD OF DECISION",
        "Decision maker:\tCabinet Member for Assets", "Date of decision:\t3 May 2027",
        "Subject:\tDisposal of 4 Mill Lane", "Decision:",
        "1. To approve the disposal of the freehold of 4 Mill Lane to the tenant for £240,000.",
        "2. To delegate authority to the Head of Legal Services to complete the transfer.",
        "3. Right of appeal", "There is no right of appeal against this decision.",
        "4. Reasons for the decision", "The disposal secures best consideration."),
        tmp_path / "record")
    assert _rows(record) == [(
        "1. To approve the disposal of the freehold of 4 Mill Lane to the tenant for £240,000.\n"
        "2. To delegate authority to the Head of Legal Services to complete the transfer.",
        "approved")]


def test_regression_decision_own_numbered_headings_kept(tmp_path: Path) -> None:
    """The guard: a decision whose own numbered points are headings ("1. Hours" over its
    times, "2. Conditions" over its conditions) keeps them all: they are its parts."""
    path = _paper(source_lines(
        *_HEAD, "** DECISION",
        "The Sub-Committee resolved to grant the variation as follows:",
        "1. Hours", "Sale of alcohol Friday and Saturday until 00.30.",
        "2. Conditions", "CCTV shall be installed and maintained at the premises.",
        "** Right of appeal", _APPEAL), tmp_path)
    assert _rows(path) == [(
        "The Sub-Committee resolved to grant the variation as follows:\n"
        "1. Hours Sale of alcohol Friday and Saturday until 00.30.\n"
        "2. Conditions CCTV shall be installed and maintained at the premises.", "approved")]


def _item(title: str, decided: str, status: str, *after: str) -> str:
    return (f'<div class="mgDecision"><h2 class="mgSectionTitle">{title}</h2>'
            f"<p><strong>Decision:</strong></p><p>{decided}</p>"
            "<p><strong>Reasons for the decision:</strong> As set out in the report.</p>"
            f"<p>Decision status: {status}</p>" + "".join(after) + "</div>")


def _page(*items: str) -> str:
    return ("<html><head><title>Decisions - Cabinet | Thornleigh Borough Council</title></head>"
            '<body><h1 class="mgMainTitleTxt">Decisions</h1>'
            '<p class="mgSubTitleTxt">Decisions published for Cabinet, Wednesday 9 June 2027, '
            "7.00 pm</p>" + "".join(items) + "</body></html>")


def _html(html: str, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    path = where / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


_SOLD = "That the former depot at Mill Road be sold to Harland Homes Ltd for £1,150,000."
_HOURS_LATER = ("That the proposed changes to library opening hours be considered at the July "
                "meeting after further consultation.")
_TARIFFS = "That the proposed increase to car park tariffs from 1 September 2027."
_ROOF = "That the replacement of the leisure centre roof be funded from the capital programme."


def test_regression_status_after_decision_names_its_outcome(tmp_path: Path) -> None:
    """Before, a decisions page printing "Decision status: Recommendations Approved" (or
    "Deferred", "Rejected") after each decision read no outcome from it: "be sold" was other.
    The printed status names the outcome the decision's words do not; "For Determination" and
    "Called in" name none; a "Call-in deadline:" under the status is no part of it."""
    path = _html(_page(
        _item("Disposal of Former Depot, Mill Road", _SOLD, "Recommendations Approved",
              "<p>Call-in deadline: 18 June 2027</p>"),
        _item("Library Opening Hours", _HOURS_LATER, "Deferred"),
        _item("Car Park Tariffs", _TARIFFS, "Rejected"),
        _item("Leisure Centre Roof", _ROOF, "For Determination"),
        _item("Waste Depot Lease", "That the lease of the waste depot be renewed for ten years.",
              "Called in")), tmp_path)
    assert _rows(path) == [(_SOLD, "approved"), (_HOURS_LATER, "deferred"),
                           (_TARIFFS, "rejected"), (_ROOF, "other"),
                           ("That the lease of the waste depot be renewed for ten years.",
                            "other")]


def test_regression_status_never_overrides_decision_words(tmp_path: Path) -> None:
    """The guard: where the decision's own words name its outcome ("be noted", "be
    deferred"), a status printed after it ("Recommendations Approved") changes nothing."""
    path = _html(_page(
        _item("Annual Complaints Report", "That the annual complaints report be noted.",
              "Recommendations Approved"),
        _item("Play Area Strategy", "That consideration of the play area strategy be deferred.",
              "Recommendations Approved")), tmp_path)
    assert _rows(path) == [("That the annual complaints report be noted.", "noted"),
                           ("That consideration of the play area strategy be deferred.",
                            "deferred")]


def test_regression_forward_plan_status_decides_nothing(tmp_path: Path) -> None:
    """The guard: a forward plan's entries printing "Decision status: For Determination"
    are decisions to come: none is read."""
    entry = ("<h2>{t}</h2><p>Decision maker: Cabinet</p><p>Decision due: 14 July 2027</p>"
             "<p>Decision status: For Determination</p><p>Lead officer: Head of Property</p>")
    path = _html("<html><head><title>Forward Plan | Thornleigh Borough Council</title></head>"
                 "<body><h1>Forward Plan</h1><p>Forward plan of key decisions, 1 July 2027 to "
                 "31 October 2027</p>"
                 + entry.format(t="Disposal of Former Depot, Mill Road")
                 + entry.format(t="Leisure Centre Roof Replacement") + "</body></html>",
                 tmp_path)
    assert _rows(path) == []


def test_regression_issue_history_status_after_decision(tmp_path: Path) -> None:
    """Before, an issue history page's "Decision:" then "Decision status: Recommendations
    Approved" (a "Call-in deadline:" under it) gave "be sold" the outcome other; the status
    names it."""
    path = _html("<html><head><title>Issue - items at meetings - Sale of Former Depot | "
                 "Thornleigh Borough Council</title></head><body>"
                 '<h1 class="mgMainTitleTxt">Issue - items at meetings - Sale of Former Depot, '
                 'Mill Road</h1><p class="mgSubTitleTxt">Issue history</p>'
                 '<h2 class="mgSectionTitle">Meeting: 09/06/2027 - Cabinet (Item 8)</h2>'
                 '<p class="mgSubSubTitleTxt">8 Sale of Former Depot, Mill Road</p>'
                 f"<h3>Decision:</h3><p>{_SOLD}</p>"
                 "<p>Reasons for the decision: the site is surplus to requirements.</p>"
                 "<p>Decision status: Recommendations Approved</p>"
                 "<p>Call-in deadline: 18 June 2027</p></body></html>", tmp_path)
    assert _rows(path) == [(_SOLD, "approved")]
