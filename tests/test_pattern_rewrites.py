"""Patterns rewritten for the regex engine's sake find what their plain forms find, and the
words looked for before a pattern is run are in every match of it.

A pattern that opens with ``\\b`` (or any assertion) makes Python's engine try every position
of the text; opening with a character class instead lets it skip to the characters that can
start a match. The rewritten forms read worse, so each is held here to its plain form: the same
spans and groups over the held-out papers, the samples and lines written to probe the edges.
A text without any of a pattern's words is not searched: each match must hold one."""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _constants, _parser  # type: ignore[attr-defined]

import pytest

import kcc_papers
from conftest import ROOT
from kcc_papers.classify import RECOMMEND
from kcc_papers.extract.contracts import award_phrasings, made_with, sentences
from kcc_papers.extract.decisions import report_fields
from kcc_papers.extract.meetings.council import COUNCIL
from kcc_papers.extract.meetings.minutes_heading import _ENDS_IN_BODY, _MINUTES_OF
from kcc_papers.extract.risks import labelled as risk_labels
from kcc_papers.extract.risks import reader as risks
from kcc_papers.extract.risks import values as risk_values
from kcc_papers.normalise import textclean
from kcc_papers.normalise.needles import holds_any
from kcc_papers.segment_starts import heading_kinds, layout

PLAIN = {
    "council": (COUNCIL, re.compile(
        r"\b((?:[A-Z][A-Za-z]+\s+){1,3}(?:COUNTY|CITY|BOROUGH|DISTRICT|COMMUNITY|TOWN|PARISH|"
        r"County|City|Borough|District|Community|Town|Parish)\s+(?:COUNCIL|Council)|"
        r"(?:CITY|City)\s+(?:OF|of)\s+(?:[A-Z][A-Za-z]+\s+){1,3}(?:COUNCIL|Council)"
        r"|(?:[A-Z][A-Za-z]+\s+(?:of\s+)?){1,5}(?:COMBINED|Combined)\s+(?:AUTHORITY|Authority))")),
    "recommend": (RECOMMEND, re.compile(
        r"Recommendations?(\(s\))?\s*:|\bRECOMMENDATIONS?\b|Cabinet\s+is\s+asked")),
    "spaced_run": (textclean._SPACED_RUN, re.compile(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b")),
    "split_initial": (textclean._SPLIT_INITIAL,
                      re.compile(r"(?<!/)\b([B-HJ-Z]) ([a-z]{2,})\b")),
    "ordinal": (textclean._ORDINAL, re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")),
    "sentence break": (sentences._SENTENCE_BREAK,
                       re.compile(r"(?:(?<=[.!?])|(?<=;)(?!\s+(?:Lot|Part|Package|Section)\s+"
                                  r"[A-Z0-9]{1,3}\b(?:\s*\([^()]{3,80}\))?\s+to\b))"
                                  r"(?<!\b[Nn]o\.)(?<!\b[Ee]xcl\.)(?<!\b[Ii]ncl\.)"
                                  r"(?<!\bCo\.(?=\s+(?:Ltd|Limited|LLP|plc)\b))"
                                  r"\s+(?=[A-Z(\d•-])")),
    "masthead date split": (layout.MASTHEAD_DATE_SPLIT,
                            re.compile(r"\s+[–—-]\s+(?=(?:\w+day,?\s+)?\d)")),
    "minutes of": (_MINUTES_OF, re.compile(
        r"\b(?:MINUTES\s+of\s+(?:a|the)\s+|MINUTE\s+of\s+(?:a\s+|the\s+)?(?=meeting\b)"
        r"|(?-i:MINUTES?|Minutes?)\s+of\s+(?=(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}(?:Committee|Cabinet|"
        r"Council|Board|Panel|Sub-Committee|Forum|Commission|Executive|Authority)\s+"
        r"(?:Meeting\s+)?held\b)"
        r"|NOTES\s+of\s+(?:(?:the|an?)\s+)?(?:informal\s+)?(?=(?:[\w'’-]+\s+){0,5}?Briefing\s+held\b)"
        r"|NOTES\s+of\s+(?:the\s+)?(?=(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}(?:Committee|Board|Panel|"
        r"Forum|Group|Partnership)\s+meeting\s+held\b))"
        r"(?:(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|inaugural)\s+"
        r"(?=(?:[a-z]+\s+)?(?:meeting|hearing)\s+of\b))?"
        r"(?:(?:special|extraordinary|annual|ordinary|virtual|remote|"
        r"hybrid|additional|reconvened)\s+"
        r"|(?!(?:[\w'’-]+\s+)?(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|"
        r"Commission|Executive|Authority)\b)(?:[\w'’-]+\s+){1,2}?"
        r"(?=(?:meeting|hearing)\s+of\s+the\s))?"
        r"(?:(?:meeting|hearing)\s+of\s+(?:the\s+)?)?"
        r"(?-i:(?:new\s+)?(?:municipal\s+|civic\s+|council\s+)?year\s+of\s+(?:the\s+)?)?"
        r"(?P<name>.+?)"
        r"(?=\s+held\b|\s+(?:called|convened|summoned)\s+for\b|\s+on\s+(?:\w+day\b|\d)|,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        r"|\s*[–—-]?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b"
        r"|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|,(?:"
        + _ENDS_IN_BODY + r"|(?!\s+(?:[\w&'’-]+\s+){0,5}?"
        r"(?:Committee|Board|Panel|Sub-Committee|Forum|Commission)\b))|\.(?:\s|$)|$)",
        re.I)),
}
# Where a word boundary is and is not: after a letter, a digit, an underscore or an accented
# letter, at a text's start, after punctuation.
WRITTEN = [
    "Kent County Council", "xKent County Council", "_Kent County Council", "ÉKent County Council",
    "(Kent County Council)", "CITY OF BRADFORD METROPOLITAN DISTRICT COUNCIL",
    "City of London Council", "aCity of London Council", "West of England Combined Authority",
    "Recommendation(s):", "RECOMMENDATIONS", "xRECOMMENDATIONS", "ÉRECOMMENDATION",
    "Recommendations :", "The Cabinet is asked to", "C o r p o r a t e", "xC o r p o r",
    "é C o r p o", "C orporate Parenting", "aC orporate", "13 th February", "113 th", "a13 th",
    "1 st", "²1 st", "Ё1 st", "cremator no. 2", "Reno. 2", "No.  Two", "end. \n (a)", "end;\tB",
    "Acme Ltd (£1); Lot 2 to B", "Acme;  Part A to B", "Acme; Lots 2", "Acme. Lot 2 was let",
    "MINUTES of the Cabinet  held on", "Minutes of the Cabinet , Monday 2 May",
    "Minutes of a  meeting of the Board   on 3 May", "MINUTES of the  \n Panel - 4 May 2026",
    "Minutes of the Cabinet 12/03/2026", "Minutes of Planning Committee Meeting held on 3 May",
    "MINUTES OF CABINET  HELD ON 4 MAY", "minutes of Audit Committee held on 3 May",
    "Minutes of the   Cabinet,  Monday", "Minutes of the  ",
    "MINUTE of Meeting  of the Board -12 March",
    "Minutes of the first meeting of the municipal year of the  Board held on 3 May",
    "Minutes of the second hearing of the Year of Culture Panel, Monday",
    "CABINET  -  20 April 2026", "A - B -  Monday, 2 May", "PANEL\t–\t3 June", "X -- 4",
]


def _texts() -> list[str]:
    papers = sorted((ROOT / "tests" / "heldout" / "papers").iterdir())
    papers += sorted((ROOT / "data" / "raw").glob("*.txt"))
    texts = [p.read_text(errors="replace") for p in papers if p.is_file()]
    return texts + [line for t in texts for line in t.splitlines()] + WRITTEN


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_rewritten_pattern_finds_what_its_plain_form_finds(name: str, texts: list[str]) -> None:
    fast, plain = PLAIN[name]
    found = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text[:120]
        found += len(want)
    assert found > 0


# A pattern and the words (lower case) every match of it holds in any case.
NEEDS = {
    "risk id cell": (risks.ID_CELL, risks.ID_WORDS),
    "likelihood": (risks.FACTOR_WORDS[0], risks.LIKELIHOOD_WORDS),
    "risk key entry": (risk_values.KEY_ENTRY, risk_values.KEY_MARKS),
    "risk key entry, number first": (risk_values.KEY_ENTRY_NUMBER_FIRST, risk_values.KEY_MARKS),
    "dot leader": (risk_labels.LEADER, (risk_labels.LEADER_DOTS,)),
    "agenda stamp": (report_fields._STAMP, report_fields.STAMP_WORDS),
}
# Letters re.IGNORECASE matches to ASCII ones (a long s, a dotless i, a dotted capital I).
WRITTEN_NEEDED = ["Ref", "No.", "\u0130D", "\u0130d", "Likel\u0131hood", "Probab\u0131l\u0131ty",
                  # the keys of a register's factors
                  "Key: H = 3, M = 2, L = 1", "3 = High, 2 = Medium, 1 = Low", "High (H) = 3",
                  "Very high (4)", "Likelihood ....... 3", "Impact (net) .... 4",
                  "Page 1 Agenda Item 7", "AGENDA  ITEM No. B1"]


@pytest.mark.parametrize("name", sorted(NEEDS))
def test_words_looked_for_are_in_every_match(name: str, texts: list[str]) -> None:
    pattern, words = NEEDS[name]
    found = 0
    for text in [*texts, *WRITTEN_NEEDED]:
        for m in pattern.finditer(text):
            assert holds_any(m.group(), words), m.group()
            found += 1
    assert found > 0


def test_report_from_words_are_in_every_match(texts: list[str]) -> None:
    """REPORT_FROM is case-sensitive: its words as written are in every match."""
    found = 0
    for text in [*texts, "From: Jane Officer", "  By  A Person", "Report xFrom: Anne"]:
        for m in heading_kinds.REPORT_FROM.finditer(text):
            assert any(w in m.group() for w in heading_kinds.REPORT_FROM_WORDS), m.group()
            found += 1
    assert found > 0


# The call-off's pattern as it was: its looks behind first, tried at every place of a text
# (a fifth of the corpus's reading, through AWARD_CUE, session 55).
_CALL_OFF_LEAD = rf"\b(?=(?i:call[\s-]))(?i:{made_with.CALL_OFF_SUBJECT})"
_CALL_OFF_PLAIN = rf"(?i:{made_with.CALL_OFF_SUBJECT})\b"
# Text either side of each "call" a paper holds: every match of either form holds one.
CALL_WINDOW = 400


def _call_windows(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        lower = text.lower()
        at = lower.find("call")
        while at >= 0:
            out.append(text[max(0, at - CALL_WINDOW): at + CALL_WINDOW])
            at = lower.find("call", at + CALL_WINDOW)
    return [*out, "The call-off was made with Trackwise Fleet Systems Ltd on 22 October",
            "Orders under the call-off were placed with Acme Ltd", "A recall-off made with X Ltd",
            "the CALL OFF CONTRACT WAS PLACED WITH ACME LTD", "xcall-off"]


def test_regression_s55_call_off_made_with_finds_what_it_found(texts: list[str]) -> None:
    assert made_with.CALL_OFF_MADE_WITH.startswith(_CALL_OFF_LEAD)
    fast = re.compile(made_with.CALL_OFF_MADE_WITH)
    plain = re.compile(_CALL_OFF_PLAIN + made_with.CALL_OFF_MADE_WITH[len(_CALL_OFF_LEAD):])
    found = 0
    for text in _call_windows(texts):
        want = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text[:120]
        found += len(want)
    assert found > 0


# Looks behind a pattern tries before anything that skips a place cheaply (a character it
# must read, a look ahead for one): each is tried at every place of every text searched.
# The readers' most is 14 (a contract term's key, fields.KEYED_TERM); the call-off's 80 were
# what this guards against.
MOST_LEADING_LOOKBEHINDS = 16


def _leading_lookbehinds(items: list[tuple[object, object]]) -> int:
    count = 0
    for op, av in items:
        if op is _constants.ASSERT and av[0] == 1:  # type: ignore[index]
            return count
        if op in (_constants.ASSERT, _constants.ASSERT_NOT):
            count += av[0] == -1  # type: ignore[index]
            continue
        if op is _constants.AT:
            continue
        if op is _constants.SUBPATTERN:
            return count + _leading_lookbehinds(list(av[3]))  # type: ignore[index]
        if op is _constants.BRANCH:
            return count + max(_leading_lookbehinds(list(b)) for b in av[1])  # type: ignore[index]
        return count
    return count


def _readers_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(kcc_papers.__path__, "kcc_papers."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for at, item in enumerate(values):
                item = item[0] if isinstance(item, tuple) and item else item
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[f"{info.name}.{name}[{at}]"] = item
    return found


def test_regression_s55_no_pattern_opens_on_many_lookbehinds() -> None:
    patterns = _readers_patterns()
    assert "kcc_papers.extract.contracts.award_phrasings.AWARD_CUE[0]" in patterns
    costly = {name: n for name, p in patterns.items()
              if (n := _leading_lookbehinds(list(_parser.parse(p.pattern, p.flags))))
              > MOST_LEADING_LOOKBEHINDS}
    assert costly == {}


def test_regression_s55_lookbehind_count_sees_the_old_call_off() -> None:
    old = _CALL_OFF_PLAIN + made_with.CALL_OFF_MADE_WITH[len(_CALL_OFF_LEAD):]
    assert _leading_lookbehinds(list(_parser.parse(old))) > MOST_LEADING_LOOKBEHINDS
    assert _leading_lookbehinds(list(_parser.parse(made_with.CALL_OFF_MADE_WITH))) == 0
    assert award_phrasings.AWARD_CUE.search("The call-off was made with Acme Ltd.")
