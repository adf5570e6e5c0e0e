"""Welsh papers date their meetings with the Welsh ordinal's ending glued to the day: "14eg
Mehefin 2028", "1af Mawrth", "2il Ebrill", "3ydd Mai", "5ed", "20fed", "21ain" (and "Dydd
Iau, 14eg Mehefin 2028 / Thursday, 14th June 2028" side by side). These were read as no date
wherever a Welsh day-month date is read (a label's "Dyddiad / Date:", a masthead's name and
date, a ModernGov page's "Cyfarfod:", a Welsh minutes' opening). The endings, a closed list,
are now read after a day's number before a month's name. Small papers in other councils'
words, each rule with its guards: English ordinals, "2il gyfarfod" (the second meeting, no
date), English-only papers as before."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.normalise.dates import find_date, parse_date_range, parse_partial_date
from test_regression_s53_welsh_mutations import WELSH_ISSUE_PAGE


def test_welsh_ordinal_endings_read_as_the_day() -> None:
    """Before, each of these was no date: the day's Welsh ending stood between the number and
    the month. Every ending of the closed list is read, before a Welsh month or an English
    one, and in a period's sides."""
    printed = {
        "1af Mawrth 2028": "2028-03-01", "2il Ebrill 2028": "2028-04-02",
        "2ail Ebrill 2028": "2028-04-02", "3ydd Mai 2028": "2028-05-03",
        "4ydd Mehefin 2028": "2028-06-04", "5ed Gorffennaf 2028": "2028-07-05",
        "6ed Awst 2028": "2028-08-06", "11eg Medi 2028": "2028-09-11",
        "14eg Mehefin 2028": "2028-06-14", "20fed Hydref 2028": "2028-10-20",
        "21ain Tachwedd 2028": "2028-11-21", "22ain Rhagfyr 2028": "2028-12-22",
        "30ain Ionawr 2029": "2029-01-30", "31ain Ionawr 2029": "2029-01-31",
        "12fed Chwefror / February 2029": "2029-02-12", "18fed June 2028": "2028-06-18",
        "Dydd Iau, 14eg Mehefin 2028 / Thursday, 14th June 2028": "2028-06-14",
    }
    assert {text: str(find_date(text)) for text in printed} == printed
    partial = parse_partial_date("1af Ebrill 2028")
    assert partial is not None and partial.iso() == "2028-04-01"
    period = parse_date_range("1af Ebrill 2028 - 31ain Mawrth 2029")
    assert period is not None and period.start is not None and period.end is not None
    assert (period.start.iso(), period.end.iso()) == ("2028-04-01", "2029-03-31")


def test_endings_with_no_month_are_no_date() -> None:
    """Guards: "2il gyfarfod" (the second meeting) and "5ed eitem" name no month and are no
    date; an ending set apart from its number is no Welsh ordinal; English ordinals and plain
    days read as before."""
    assert find_date("Dyddiad / Date: 2il gyfarfod y Pwyllgor 2028") is None
    assert find_date("Eitem 5ed eitem 2028") is None
    assert find_date("14 eg Mehefin 2028") is None
    assert str(find_date("Thursday, 14th June 2028")) == "2028-06-14"
    assert str(find_date("31 st March 2028")) == "2028-03-31"
    assert str(find_date("14 Mehefin 2028")) == "2028-06-14"


def _report(*head: str) -> str:
    return source_lines(
        "%% header CYNGOR BWRDEISTREF SIROL PENHALLT | PENHALLT COUNTY BOROUGH COUNCIL",
        *head,
        "** Pwnc / Subject: Review of Public Conveniences",
        "Awdur / Author:\tGareth Bowen, Head of Facilities",
        "** 1. Diben / Purpose",
        "1.1 This report sets out the findings of the review of the county's public toilets.",
        "** 2. Argymhellion / Recommendations",
        "2.1 That the Committee notes the findings of the review of public conveniences.",
    )


def test_labelled_welsh_ordinal_date_dates_the_report(tmp_path: Path) -> None:
    """Before, "Dyddiad / Date: 14eg Mehefin 2028" under the committee's name gave the report
    no date and, its date unread, no committee; so did "Meeting date: 11eg Gorffennaf 2028"
    and "Dyddiad y Cyfarfod / Date of Meeting: 30ain Medi 2028"."""
    heads = {
        "** Dyddiad / Date: 14eg Mehefin 2028": "2028-06-14",
        "Meeting date: 11eg Gorffennaf 2028": "2028-07-11",
        "** Dyddiad y Cyfarfod / Date of Meeting: 30ain Medi 2028": "2028-09-30",
    }
    for n, (label, date) in enumerate(heads.items()):
        path = rendered(_report("## Pwyllgor Craffu Lle / Place Scrutiny Committee", label),
                        tmp_path, f"report{n}")
        assert documents_of(path) == [("report", date, "Place Scrutiny Committee")], label


def test_masthead_name_and_welsh_ordinal_date(tmp_path: Path) -> None:
    """Before, a masthead printing the body's name beside its date ("Pwyllgor Cynllunio /
    Planning Committee" in one column, "14eg Mehefin 2028" in the next; "Planning Committee -
    21ain Tachwedd 2028"), or over a date line going on with the time and the place ("3ydd
    Mai 2028, 10.00 am, Siambr y Cyngor / Council Chamber"), gave no date and no committee."""
    heads = {
        ("## Pwyllgor Cynllunio / Planning Committee\t14eg Mehefin 2028",): "2028-06-14",
        ("## Planning Committee - 21ain Tachwedd 2028",): "2028-11-21",
        ("## Planning Committee",
         "** 3ydd Mai 2028, 10.00 am, Siambr y Cyngor / Council Chamber, Neuadd y Sir"):
            "2028-05-03",
    }
    for n, (head, date) in enumerate(heads.items()):
        path = rendered(_report(*head), tmp_path, f"masthead{n}")
        assert documents_of(path) == [("report", date, "Planning Committee")], head


def test_second_meeting_is_no_masthead_date(tmp_path: Path) -> None:
    """Guards: "Dyddiad / Date: 2il gyfarfod" (the second meeting) dates nothing; English
    ordinals in the same places read as before."""
    path = rendered(_report("## Planning Committee", "** Dyddiad / Date: 2il gyfarfod 2028"),
                    tmp_path, "second")
    assert documents_of(path) == [("report", None, None)]
    path = rendered(_report("## Planning Committee - 21st November 2028"), tmp_path, "english")
    assert documents_of(path) == [("report", "2028-11-21", "Planning Committee")]
    path = rendered(_report("## Planning Committee", "** Date: 14th June 2028"), tmp_path,
                    "english_label")
    assert documents_of(path) == [("report", "2028-06-14", "Planning Committee")]




def test_moderngov_meeting_label_with_welsh_ordinal(tmp_path: Path) -> None:
    """Before, an issue page's "Cyfarfod: Dydd Iau, 9fed Mawrth, 2028 10.00 am - Cabinet"
    (or "Meeting:", "1af Mawrth") gave no date and no committee; "9 Mawrth" read. The
    ending is read as the English one is. Guard: the English "9th March" reads as before."""
    cases = {
        ("Cyfarfod", "Dydd Iau, 9fed Mawrth, 2028 10.00 am - Cabinet"): "2028-03-09",
        ("Meeting", "Dydd Iau, 9fed Mawrth, 2028 - Cabinet"): "2028-03-09",
        ("Cyfarfod", "Dydd Mercher, 1af Mawrth, 2028 10.00 am - Cabinet"): "2028-03-01",
        ("Meeting", "Thursday, 9th March, 2028 10.00 am - Cabinet"): "2028-03-09",
    }
    for n, ((label, meeting), date) in enumerate(cases.items()):
        path = tmp_path / f"issue{n}.html"
        path.write_text(WELSH_ISSUE_PAGE.format(label=label, meeting=meeting))
        assert documents_of(path) == [("report", date, "Cabinet")], meeting


def _minutes(*head: str) -> str:
    return source_lines(
        "## Cyngor Sir Cefnfor",
        *head,
        "Present:\tCouncillors A Rees (Chair), B Hughes and C Lloyd",
        "** 1 Apologies for absence",
        "Apologies were received from Councillor D Evans.",
        "** 2 Library opening hours",
        "RESOLVED: That the revised library opening hours be approved.",
        "The meeting closed at 11.40 am.")


def test_welsh_minutes_opening_with_welsh_ordinal(tmp_path: Path) -> None:
    """Before, minutes opening "Cofnodion cyfarfod y Cabinet a gynhaliwyd ddydd Iau, 14eg
    Mehefin 2028", under a masthead "CABINET - 14eg Mehefin 2028", or labelled "Dyddiad /
    Date: 2il Ebrill 2028" under the body's name had no meeting date."""
    heads = {
        ("** Cofnodion cyfarfod y Cabinet a gynhaliwyd ddydd Iau, 14eg Mehefin 2028",):
            ("2028-06-14", "Cabinet"),
        ("** CABINET - 14eg Mehefin 2028",): ("2028-06-14", "Cabinet"),
        ("** Cabinet", "Dyddiad / Date: 2il Ebrill 2028"): ("2028-04-02", "Cabinet"),
    }
    for n, (head, (date, body)) in enumerate(heads.items()):
        path = rendered(_minutes(*head), tmp_path, f"minutes{n}")
        assert documents_of(path) == [("minutes", date, body)], head


def _named_report(*head: str) -> str:
    return source_lines(
        "%% header CYNGOR SIR CEFNFOR | CEFNFOR COUNTY COUNCIL",
        *head,
        "** Dyddiad / Date: 14 Mehefin 2028",
        "** Pwnc / Subject: Review of Public Conveniences",
        "1.1 This report sets out the findings of the review of the county's public toilets.",
        "** 2. Recommendations",
        "2.1 That the Committee notes the findings of the review of public conveniences.",
    )


def test_long_bilingual_name_in_two_columns(tmp_path: Path) -> None:
    """Before, a masthead setting "Pwyllgor Craffu Amgylchedd, Tai a Chymunedau" in one column
    and "Environment, Housing and Communities Scrutiny Committee" beside it, each wrapped,
    was read a line at a time across both columns, and the committee was the second line's
    "Chymunedau Scrutiny Committee": the Welsh name's last word left on the English name's
    last words. The two columns, the left opening on a Welsh body's word and the right ending
    on an English body's word, are read as one name, and its English column is the body."""
    path = rendered(_named_report(
        "<> Pwyllgor Craffu Amgylchedd, Tai a Chymunedau || Environment, Housing and Communities"
        " Scrutiny Committee"), tmp_path, "columns")
    assert documents_of(path) == [
        ("report", "2028-06-14", "Environment, Housing and Communities Scrutiny Committee")]


def test_long_bilingual_name_wrapped_after_its_stroke(tmp_path: Path) -> None:
    """Before, "Pwyllgor Craffu Lle a Chymunedau / Place and Communities Scrutiny Committee"
    as a heading, wrapped after "Place and Communities", was read as the "Scrutiny Committee"
    of its second line alone (and "Pwyllgor Llywodraethu ac Archwilio / Governance and Audit
    Committee" as "Committee"): an English half wanting its body's word goes on over the next
    line, and the English name is read whole."""
    heads = {
        "## Pwyllgor Craffu Lle a Chymunedau / Place and Communities Scrutiny Committee":
            "Place and Communities Scrutiny Committee",
        "## Pwyllgor Llywodraethu ac Archwilio / Governance and Audit Committee":
            "Governance and Audit Committee",
        "** Pwyllgor Craffu Amgylchedd, Tai a Chymunedau / Environment, Housing and Communities"
        " Scrutiny Committee": "Environment, Housing and Communities Scrutiny Committee",
    }
    for n, (head, name) in enumerate(heads.items()):
        path = rendered(_named_report(head), tmp_path, f"stroke{n}")
        assert documents_of(path) == [("report", "2028-06-14", name)], head


def test_short_or_english_names_read_as_before(tmp_path: Path) -> None:
    """Guards: a bilingual name on one line ("Pwyllgor Craffu / Scrutiny Committee"), a
    council's name over the committee's, each whole in both languages, and an English-only
    name read as before; a Welsh body's line whose English half names no body ("Pwyllgor
    Archwilio / Audit") over a subject's label is joined to nothing and names no committee."""
    heads = {
        ("## Pwyllgor Craffu / Scrutiny Committee",): "Scrutiny Committee",
        ("## Cyngor Sir Cefnfor / Cefnfor County Council",
         "## Pwyllgor Cynllunio / Planning Committee"): "Planning Committee",
        ("## Environment, Housing and Communities Scrutiny Committee",):
            "Environment, Housing and Communities Scrutiny Committee",
    }
    for n, (head, name) in enumerate(heads.items()):
        path = rendered(_named_report(*head), tmp_path, f"guard{n}")
        assert documents_of(path) == [("report", "2028-06-14", name)], head
    path = rendered(_named_report("## Pwyllgor Archwilio / Audit"), tmp_path, "no_body")
    assert documents_of(path) == [("report", None, None)]
