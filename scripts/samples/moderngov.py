"""ModernGov web pages as a council's website serves them (HTML) and as they are saved from a
browser (text): "Decision details", "Agenda and minutes", "Agenda item" and "Meeting
attendance". The markup imitates ModernGov's own (mgLabel spans, an item table with the
number in its own cell, "Minutes:" under each item); every name, date and decision is invented.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

COUNCIL = "Fernbridge Borough Council"

DECISION_TITLE = "Allotment Rents and Charges 2025-26"
DECISION_FACTS = [
    ("Decision Maker", "Cabinet"),
    ("Decision status", "Recommendations Approved"),
    ("Is Key decision?", "No"),
    ("Is subject to call in?", "Yes"),
]
DECISION_PURPOSE = "To set allotment rents and water charges for the year from 1 April 2025."
DECISION_TEXT = [
    "RESOLVED: That Cabinet:",
    "(1) approve allotment rents of £42 a year for a full plot and £24 for a half plot from "
    "1 April 2025;",
    "(2) approve a water charge of £9 a plot; and",
    "(3) delegate to the Head of Parks the setting of concessionary rents.",
]
DECISION_REASONS = "Rents have not changed since 2021 and no longer cover the cost of water."
DECISION_DATES = [
    ("Publication date", "12/09/2024"),
    ("Date of decision", "10/09/2024"),
    ("Decided at meeting", "10/09/2024 - Cabinet"),
    ("Effective from", "20/09/2024"),
]

MEETING_HEADING = "Environment and Leisure Committee - Wednesday, 27th November, 2024 6.30 pm"
MEETING_VENUE = "Venue: Committee Room 2, Town Hall, Fernbridge. View directions"
MEETING_CONTACT = "Contact: Priya Lomax, Democratic Services Officer 01632 960471"
# (number, title, minutes paragraphs)
MINUTE_ITEMS: list[tuple[str, str, list[str]]] = [
    ("31", "Apologies for Absence", ["Apologies were received from Councillor Tamsin Orde."]),
    (
        "32",
        "Declarations of Interest",
        ["There were no declarations of interest."],
    ),
    (
        "33",
        "Minutes of the meeting held on 18 September 2024",
        ["RESOLVED: That the minutes of the meeting held on 18 September 2024 be approved as "
         "a correct record and signed by the Chair."],
    ),
    (
        "34",
        "Street Tree Planting Programme",
        [
            "The Committee considered a report of the Head of Parks on planting 400 street "
            "trees over the winter.",
            "Members welcomed the programme and asked that wards with the fewest trees come "
            "first.",
            "RESOLVED: That the Committee:",
            "(1) approve the street tree planting programme for 2024-25; and",
            "(2) ask the Head of Parks to report progress in March 2025.",
        ],
    ),
    (
        "35",
        "Work Programme",
        ["RESOLVED: That the work programme be noted."],
    ),
]

AGENDA_ITEM_TITLE = "Minutes of the Previous Meeting"
AGENDA_ITEM_MINUTES = [
    "The minutes of the meeting held on 9 July 2024 were agreed as a correct record and "
    "signed by the Chair.",
]
AGENDA_ITEM_MEETING = "08/10/2024 - Licensing Committee"

ATTENDANCE_HEADING = "Cabinet - Tuesday, 10th September, 2024 7.00 pm"
# (attendee, role, attendance, notes)
ATTENDANCE_MEMBERS = [
    ("Councillor Helena Marsh", "Chair", "Present", ""),
    ("Councillor Idris Penwarden", "Vice-Chair", "Present", ""),
    ("Councillor Sunita Varma", "Committee Member", "Apologies", ""),
    ("Councillor Owen Castell", "Committee Member", "Present", ""),
    ("Councillor Ruth Adeyemi", "Committee Member", "Present as substitute",
     "Substitute for Councillor Sunita Varma"),
]
ATTENDANCE_OTHERS = [
    ("Graham Tull", "Chief Executive", "In attendance", ""),
    ("Leanne Fisk", "Democratic Services Officer", "In attendance", ""),
]


def _page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)} - {COUNCIL}</title>
<style>.mgLabel {{ font-weight: bold; }}</style>
</head>
<body>
<header><p>{COUNCIL}</p>
<nav><a href="/">Home</a> | <a href="mgListCommittees.aspx">Committees</a></nav></header>
<div id="modgov"><div class="mgContent">
{body}
</div></div>
<footer><p>Copyright {COUNCIL}</p></footer>
</body>
</html>
"""


def _label(label: str, value: str) -> str:
    return f'<p><span class="mgLabel">{escape(label)}: </span>{escape(value)}</p>'


def decision_details_html() -> str:
    facts = "\n".join(_label(k, v) for k, v in DECISION_FACTS)
    decision = "\n".join(f"<p>{escape(p)}</p>" for p in DECISION_TEXT)
    dates = "\n".join(_label(k, v) for k, v in DECISION_DATES)
    body = f"""<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">{escape(DECISION_TITLE)}</h2>
{facts}
<h3 class="mgSubSubTitleTxt">Purpose:</h3>
<p>{escape(DECISION_PURPOSE)}</p>
<h3 class="mgSubSubTitleTxt">Decision:</h3>
{decision}
<h3 class="mgSubSubTitleTxt">Reasons for the decision:</h3>
<p>{escape(DECISION_REASONS)}</p>
<h3 class="mgSubSubTitleTxt">Alternative options considered:</h3>
<p>To keep the current rents.</p>
<h3 class="mgSubSubTitleTxt">Interests and Nature of Interests Declared:</h3>
<p>None</p>
{dates}
<h3 class="mgSubSubTitleTxt">Accompanying Documents:</h3>
<ul><li><a href="documents/s1201/report.pdf">Allotment Rents report PDF 210 KB</a></li></ul>"""
    return _page("Decision details", body)


def decision_details_text() -> str:
    """The same page saved from a browser as text: one field a line, blank lines between."""
    lines = ["Decision details", DECISION_TITLE]
    lines += [f"{k}: {v}" for k, v in DECISION_FACTS]
    lines += ["Purpose:", DECISION_PURPOSE, "Decision:", *DECISION_TEXT]
    lines += ["Reasons for the decision:", DECISION_REASONS]
    lines += ["Alternative options considered:", "To keep the current rents."]
    lines += [f"{k}: {v}" for k, v in DECISION_DATES]
    lines += ["Accompanying Documents:", "Allotment Rents report PDF 210 KB"]
    return "\n\n".join(lines) + "\n"


# What the agenda printed under an item's title, above its "Minutes:": not the minute.
AGENDA_TEXT = {
    "33": ["PDF 96 KB"],
    "34": ["To consider a report of the Head of Parks.", "PDF 210 KB"],
}


def _agenda_text(number: str) -> str:
    return "\n".join(f"<p>{escape(t)}</p>" for t in AGENDA_TEXT.get(number, []))


def _minutes_cell(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f'<div class="mgWordPara"><p><strong>Minutes:</strong></p>\n{body}</div>'


def agenda_and_minutes_html() -> str:
    rows = "\n".join(
        f'<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">{n}.</p></td>'
        f'<td><p class="mgAiTitleTxt">{escape(title)}</p>\n{_agenda_text(n)}\n'
        f"{_minutes_cell(paras)}</td></tr>"
        for n, title, paras in MINUTE_ITEMS
    )
    body = f"""<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">{escape(MEETING_HEADING)}</h2>
<p class="mgSubTitleTxt">{escape(MEETING_VENUE)}</p>
<p>{escape(MEETING_CONTACT)}</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><th>No.</th><th>Item</th></tr>
{rows}
</table>"""
    return _page("Agenda and minutes", body)


def agenda_and_minutes_text() -> str:
    """Saved as text: "31." and its title on one line, "Minutes:" and the text below."""
    lines = ["Agenda and minutes", MEETING_HEADING, MEETING_VENUE, MEETING_CONTACT, "Items",
             "No.\tItem"]
    for n, title, paras in MINUTE_ITEMS:
        lines += [f"{n}.\t{title}", *AGENDA_TEXT.get(n, []), "Minutes:", *paras]
    return "\n\n".join(lines) + "\n"


def agenda_item_html() -> str:
    body = f"""<h1 class="mgMainTitleTxt">Agenda item</h1>
<h2 class="mgSubTitleTxt">{escape(AGENDA_ITEM_TITLE)}</h2>
<p class="mgSubTitleTxt">Meeting: {escape(AGENDA_ITEM_MEETING)} (Item 3.)</p>
<p>To confirm the minutes of the meeting held on 9 July 2024.</p>
{_minutes_cell(AGENDA_ITEM_MINUTES)}
<p>Supporting documents:</p>
<ul><li><a href="documents/g88/minutes.pdf">Minutes, 09/07/2024 PDF 120 KB</a></li></ul>"""
    return _page("Agenda item", body)


def _attendance_table(caption: str, rows: list[tuple[str, str, str, str]]) -> str:
    cells = "\n".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"""<table class="mgStatsTable">
<caption>{escape(caption)}</caption>
<tr><th>Attendee</th><th>Role</th><th>Attendance</th><th>Notes</th></tr>
{cells}
</table>"""


def attendance_html() -> str:
    body = f"""<h1 class="mgMainTitleTxt">Meeting attendance</h1>
<h2 class="mgSubTitleTxt">{escape(ATTENDANCE_HEADING)}</h2>
{_attendance_table("Members", ATTENDANCE_MEMBERS)}
{_attendance_table("Officers and others", ATTENDANCE_OTHERS)}"""
    return _page("Meeting attendance", body)


PAGES = {
    "sample_moderngov_decision_details.html": decision_details_html,
    "sample_moderngov_decision_details.txt": decision_details_text,
    "sample_moderngov_agenda_and_minutes.html": agenda_and_minutes_html,
    "sample_moderngov_agenda_and_minutes.txt": agenda_and_minutes_text,
    "sample_moderngov_agenda_item.html": agenda_item_html,
    "sample_moderngov_attendance.html": attendance_html,
}


def write_moderngov_pages(out: Path) -> None:
    for name, make in PAGES.items():
        (out / name).write_bytes(make().encode("utf-8"))
