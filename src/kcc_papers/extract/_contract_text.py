"""Contract rows from running text:

* labelled blocks, one label a line ("Mid Kent / Contractor - Amey / Contract Signature - 29th
  August 2014 / Contract Start Date – 31st October 2014"), one row per provider label;
* sentences that name a provider ("the Mid Kent Contract with Amey", "Bytes Software, who hold
  the current Enterprise Agreement contract") or tie a value to a contract ("commits the
  Council to spend approximately £1million per year for 3 years");
* statements about all the document's contracts ("The contracts are for 5 years with an option
  to extend for 2 years", "£10 million spend per annum across the three contracts") that fill
  in the rows read elsewhere in the same document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract._contract_draft import Draft, read_date, set_period, set_value
from kcc_papers.extract._contract_fields import (
    LABEL,
    extension,
    labelled,
    parties,
    term_years,
)
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.money import find_money

# --- labelled blocks ------------------------------------------------------------------------

BLOCK_FIELDS = {"provider", "signed", "start", "end", "value", "period", "length", "extension"}


def _heading(text: str) -> str | None:
    """A short line that can name the area of the block below it ("Mid Kent")."""
    text = text.strip()
    if not text or len(text.split()) > 5 or text[-1] in ".:;,–-" or LABEL.match(text):
        return None
    return text if text[0].isupper() else None


def block_drafts(lines: Sequence[tuple[int, str]], service: str | None) -> list[Draft]:
    """Rows from label-per-line blocks. A block needs a provider label and one more field."""
    out: list[Draft] = []
    current: Draft | None = None
    count = 0
    previous: list[str] = []  # the non-blank lines before the current one
    for page, raw in lines:
        text = raw.strip()
        if not text:
            continue
        m = LABEL.match(text)
        found = labelled(text) if m else []
        if found and found[0][0] in BLOCK_FIELDS:
            name, value = found[0]
            if name == "provider":
                if current and count > 1:
                    out.append(current)
                named = parties(value)
                area = _heading(previous[-1]) if previous else None
                current = Draft(
                    page=page,
                    service=service,
                    area=area,
                    provider=named[0].name if named else None,
                    text=text,
                )
                count = 1 if named else 0
                previous.append(text)
                continue
            if current is not None:
                _apply(current, name, value)
                current.text = f"{current.text}\n{text}"
                count += 1
        elif current is not None and _heading(text) is None:
            if count > 1:
                out.append(current)
            current, count = None, 0
        previous.append(text)
    if current and count > 1:
        out.append(current)
    return [d for d in out if d.provider]


def _apply(draft: Draft, name: str, value: str) -> None:
    if name == "signed":
        draft.signed_date = value
        d = find_date(value)
        if d is None:
            draft.problems.append(("contract_date_unparsed", f"signed {value!r} is not a date"))
    elif name in ("start", "end"):
        setattr(draft, f"{name}_date", read_date(value, draft, f"{name} date"))
    elif name == "value":
        set_value(draft, value)
    elif name == "period":
        set_period(draft, value)
    elif name == "length":
        draft.term_years = term_years(value)
        draft.extension_options = extension(value) or draft.extension_options
    elif name == "extension":
        draft.extension_options = value.strip() or None


# --- sentences ------------------------------------------------------------------------------

CONTRACT_WORD = re.compile(r"\b(?:contract|agreement)s?\b", re.I)
_NAME = r"[A-Z][\w&'./-]*(?:\s+(?:[A-Z0-9][\w&'./-]*|&|of(?=\s+[A-Z])))*"
NOT_PARTY = re.compile(
    r"^(?:the|this|that|these|a|an|KCC|Kent\s+County\s+Council|Council|us|"
    r"we|it|them)\b",
    re.I,
)
PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    # "the Mid Kent Contract with Amey", "the Corporate Support Services Contract with Serco"
    (
        re.compile(rf"(?P<service>(?:[A-Z][\w&'-]*\s+){{1,6}})Contract\s+with\s+(?P<name>{_NAME})"),
        None,
    ),
    # "The contract with Serco would end in March 2024"
    (
        re.compile(
            rf"\b[Cc]ontract\s+with\s+(?P<name>{_NAME})\s*,?\s*(?:would|will|is\s+due\s+to|"
            rf"was\s+due\s+to)?\s*(?P<ends>end|expire|run\s+until)"
        ),
        None,
    ),
    # "Bytes Software, who hold the current Enterprise Agreement contract"
    (
        re.compile(
            rf"(?P<name>{_NAME})\s*,?\s+who\s+holds?\s+(?P<which>the\s+current|the\s+existing|"
            r"another|an?|the)\s+(?P<service>[\w\s/&-]*?)\s*contract\b"
        ),
        None,
    ),
    # "awarded the contract to Amey", "award to Kier"
    (
        re.compile(
            rf"\b(?:awarded|award|let)\s+(?:the\s+|a\s+|this\s+)?(?:new\s+)?(?:contract\s+)?to"
            rf"\s+(?P<name>{_NAME})"
        ),
        "new",
    ),
    # "KCC has secured a new two-year textiles and shoe recycling contract with SAIT Recycling"
    (
        re.compile(
            rf"\b(?:secured|signed|awarded|entered\s+into|let|agreed)\s+(?:a|an|the)\s+"
            rf"(?:new\s+)?(?P<service>[^.;]{{3,80}}?)\s+contract\s+with\s+(?P<name>{_NAME})"
        ),
        "new",
    ),
)
VALUE_CUE = re.compile(
    r"(?:commits?\s+the\s+(?:Council|Authority|County\s+Council)\s+to\s+(?:spend|spending)|"
    r"(?:contract|agreement)s?\s+(?:is\s+|are\s+|was\s+|will\s+be\s+)?(?:worth|valued\s+at)|"
    r"(?:contract|total|annual)\s+value\s+(?:of\s+|is\s+|was\s+|will\s+be\s+)?|"
    r"at\s+an?\s+(?:total\s+|annual\s+|estimated\s+)?cost\s+of)\s*(?:up\s+to\s+)?\W{0,2}$",
    re.I,
)
SERVICE_IN_SENTENCE = re.compile(
    r"\b(?:renew|renewal\s+of|award|extend|extension\s+of|procure|let|re-?procure)\s+(?:the\s+)?"
    r"(?P<service>(?:[A-Z][\w&'-]*\s+){0,5}(?:Contract|Agreement|Framework))s?\b"
)
NEW_CUE = re.compile(r"\b(?:renew|renewal|new|award|re-?procure|extend)", re.I)
CURRENT_CUE = re.compile(r"\b(?:current|existing|incumbent)\b", re.I)


def sentences(text: str) -> list[str]:
    """Sentences of running text; line breaks inside a paragraph are spaces."""
    flat = re.sub(r"[ \t]*\n[ \t]*", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+(?=[A-Z(\d•-])", flat) if s.strip()]


def _name(raw: str) -> str | None:
    name = re.sub(r"\s+(?:and|of|&)$", "", raw.strip(" ,.")).strip()
    if not name or NOT_PARTY.match(name) or len(name.split()) > 6:
        return None
    return name


def _provider_drafts(sentence: str, page: int | None, service: str | None) -> list[Draft]:
    out = []
    for pattern, status in PROVIDER_PATTERNS:
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            name = _name(groups["name"])
            if not name:
                continue
            draft = Draft(
                page=page,
                provider=name,
                text=sentence,
                status=status,
                service=_service(groups.get("service")) or service,
            )
            # "current" must qualify this contract, not another one earlier in the sentence.
            cue = (
                groups.get("which")
                if "which" in groups
                else sentence[max(0, m.start() - 30) : m.start() + 1]
            )
            if cue and CURRENT_CUE.search(cue):
                draft.status = draft.status or "current"
            if groups.get("ends"):
                rest = sentence[m.end() :]
                d = find_date(rest) or _month_year(rest)
                if d:
                    draft.end_date = d if isinstance(d, str) else d.isoformat()
            if "two-year" in m.group(0).lower() or re.search(r"\d+[\s-]year", m.group(0)):
                draft.term_years = term_years(m.group(0))
            out.append(draft)
    return out


MONTH_YEAR = re.compile(
    r"\b(?:in|by|until)\s+((?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?:19|20)\d\d)\b"
)


def _month_year(text: str) -> str | None:
    from kcc_papers.normalise.dates import parse_partial_date

    m = MONTH_YEAR.search(text)
    d = parse_partial_date(m.group(1)) if m else None
    return d.iso() if d else None


def _service(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = re.sub(r"^(?:the\s+)?(?:recent|current|existing|new)\s+", "", raw.strip(), flags=re.I)
    raw = re.sub(r"\s+contracts?$", "", raw, flags=re.I).strip()
    if re.fullmatch(r"(?:[a-z][\w-]*\s*)*", raw) and len(raw.split()) > 6:
        return None
    return raw or None


def _value_drafts(sentence: str, page: int | None, service: str | None) -> list[Draft]:
    out = []
    for money in find_money(sentence):
        before = sentence[max(0, money.start - 80) : money.start]
        if not VALUE_CUE.search(before):
            continue
        m = SERVICE_IN_SENTENCE.search(sentence)
        named = _service(m.group("service")) if m else None
        draft = Draft(page=page, service=named or service, text=sentence)
        set_value(draft, money.text)
        draft.status = "new" if NEW_CUE.search(sentence[: money.start]) else None
        out.append(draft)
    return out


def sentence_drafts(paragraphs: Sequence[tuple[int, str]], service: str | None) -> list[Draft]:
    out: list[Draft] = []
    for page, paragraph in paragraphs:
        for sentence in sentences(paragraph):
            if not CONTRACT_WORD.search(sentence) or LABEL.search(sentence):
                continue
            out.extend(_provider_drafts(sentence, page, service))
            out.extend(_value_drafts(sentence, page, service))
    return out


# --- statements about the document's contracts ----------------------------------------------

_NUM = r"(\d+|two|three|four|five|six|seven|eight|nine|ten)"
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10}  # fmt: skip
ALL_TERM = re.compile(
    r"\b(?:the|these|all)\s+(?:\w+\s+){0,3}?contracts\s+are\s+for\s+[^.;]*?"
    r"\b\d+\s+years?\b[^.;]*",
    re.I,
)
ONE_TERM = re.compile(
    r"\bthe\s+new\s+(?:[\w-]+\s+){0,4}?(?:contract|agreement)\s+will\s+be\s+"
    r"for\s+[^.;]*?\b\d+\s+years?\b",
    re.I,
)
SHARED_VALUE = re.compile(rf"across\s+(?:the|all|these)\s+{_NUM}\s+contracts", re.I)
EXPIRES = re.compile(
    r"\b(?:existing|current)\s+contract\s+(?:for\s+[^.;]{0,60}?)?"
    r"(?:expires|ends|will\s+end|is\s+due\s+to\s+end)\s+(?:on\s+)?",
    re.I,
)
NEW_FROM = re.compile(
    r"\bnew\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement)\s+(?:is\s+required\s+|"
    r"will\s+(?:start|commence|begin|run)\s+|starts\s+|commences\s+)"
    r"(?:from|on)\s+",
    re.I,
)


def enrich(drafts: list[Draft], text: str) -> None:
    """Fill rows from what the document says of its contracts as a group (see module doc)."""
    if not drafts:
        return
    flat = re.sub(r"\s+", " ", text)
    news = [d for d in drafts if d.status == "new"]
    currents = [d for d in drafts if d.status == "current"]
    for m in ALL_TERM.finditer(flat):
        for d in drafts:
            if d.term_years is None:
                d.term_years = term_years(m.group(0))
            d.extension_options = d.extension_options or extension(m.group(0))
    for m in ONE_TERM.finditer(flat):
        if len(news) == 1 and news[0].term_years is None:
            news[0].term_years = term_years(m.group(0))
    for m in EXPIRES.finditer(flat):
        d = find_date(flat[m.end() : m.end() + 30])
        if d and len(currents) == 1 and currents[0].end_date is None:
            currents[0].end_date = d.isoformat()
    for m in NEW_FROM.finditer(flat):
        d = find_date(flat[m.end() : m.end() + 30])
        if d and len(news) == 1 and news[0].start_date is None:
            news[0].start_date = d.isoformat()
    _shared_value(drafts, flat)


def _shared_value(drafts: list[Draft], flat: str) -> None:
    for m in SHARED_VALUE.finditer(flat):
        n = WORDS.get(m.group(1).lower()) or int(m.group(1))
        lacking = [d for d in drafts if d.value_gbp is None and d.provider]
        before = flat[max(0, m.start() - 120) : m.start()]
        money = find_money(before)
        if not money or len(lacking) != n:
            continue
        for d in lacking:
            set_value(d, money[-1].text, covers=n)
