"""Contract rows from running text:

* labelled blocks, one label a line ("Mid Kent / Contractor - Amey / Contract Signature - 29th
  August 2014 / Contract Start Date – 31st October 2014"), one row per provider label;
* statements about all the document's contracts ("The contracts are for 5 years with an option
  to extend for 2 years", "£10 million spend per annum across the three contracts") that fill
  in the rows read elsewhere in the same document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.draft import Draft, read_date, set_period, set_value
from kcc_papers.extract.contracts.fields import (
    LABEL,
    extension,
    labelled,
    parties,
    term_years,
)
from kcc_papers.extract.contracts.label_cells import label_rows
from kcc_papers.normalise.dates import find_date, parse_partial_date
from kcc_papers.normalise.money import Period, find_money

# --- labelled blocks ------------------------------------------------------------------------

# A provider label inside a line, with another label after it.
INLINE_PROVIDER = re.compile(
    r"\S\s+(?:Service\s+)?(?:Provider|Contractor|Supplier)s?\s*:\s*\S.*?\s(?:Contract\s+\w+|"
    r"Value|Term|Duration)\s*:"
)
ANNUAL_LABEL = re.compile(r"^\s*Annual\s+(?:Contract\s+)?Value\s*:", re.I)
# "Goods, works or services: ...": a label of a few words, a colon, its value.
OTHER_LABEL = re.compile(r"^[A-Z][\w ,/&()'-]{1,40}:\s+\S")
BLOCK_FIELDS = {"provider", "signed", "start", "end", "value", "period", "length", "extension"}


def _names_a_party(text: str) -> bool:
    """The words INLINE_PROVIDER needs (as printed: it is case-sensitive), looked for before it
    is run on every line of a paper."""
    return "Provider" in text or "Contractor" in text or "Supplier" in text


def _heading(text: str) -> str | None:
    """A short line that can name the area of the block below it ("Mid Kent")."""
    text = text.strip()
    if (not text or len(text.split()) > MAX_HEADING_WORDS or text[-1] in ".:;,–-"
            or LABEL.match(text)):
        return None
    return text if text[0].isupper() else None


def block_drafts(lines: Sequence[tuple[int, str]], service: str | None) -> list[Draft]:
    """Rows from label-per-line blocks. A block needs a provider label and one more field; a
    provider label naming several ("Alpha for North, and Beta for South") gives a row each."""
    out: list[Draft] = []
    inline: list[Draft] = []
    group: list[Draft] = []
    count = 0
    previous: list[str] = []  # the non-blank lines before the current one

    def close() -> None:
        if group and count > 1:
            out.extend(group)

    for page, raw in lines:
        text = raw.strip()
        if not text:
            continue
        found = labelled(text) if LABEL.match(text) else []
        if not found and _names_a_party(text) and INLINE_PROVIDER.search(text):
            # "... Provider: DUCL Contract Period: 2014-2020" inside a line (a table cell the
            # PDF reader did not find as a table): read it as a label cell.
            inline.extend(label_rows([text], page))
        if found and found[0][0] in BLOCK_FIELDS:
            for name, value in found:
                if name == "provider":
                    close()
                    heading = _heading(previous[-1]) if previous else None
                    group = [
                        Draft(
                            page=page,
                            service=service,
                            area=p.area or heading,
                            provider=p.name,
                            text=text,
                        )
                        for p in parties(value)
                    ]
                    count = 1
                elif group and name in BLOCK_FIELDS:
                    # "Annual value: £870,000" is a year's worth: a total printed beside it
                    # ("Total contract value: £4,350,000") is the contract's value
                    annual = name == "value" and ANNUAL_LABEL.match(text) is not None
                    for draft in group:
                        if not (annual and draft.value_gbp is not None):
                            _apply(draft, name, value, "annual" if annual else None)
                    count += 1
            for draft in group:
                if draft.text != text:
                    draft.text = f"{draft.text}\n{text}"
        elif group and OTHER_LABEL.match(text):
            # a label this reader has no field for ("Goods, works or services:", "Reason:")
            # is still a line of the same block: the fields after it belong to it too
            pass
        elif group and text[:1].islower():
            # the wrapped end of a labelled value ("... an option to extend for two / years")
            for draft in group:
                draft.text = f"{draft.text}\n{text}"
        elif group and _heading(text) is None:
            close()
            group, count = [], 0
        previous.append(text)
    close()
    return out + inline


def _apply(draft: Draft, name: str, value: str, period: Period | None = None) -> None:
    if name == "signed":
        draft.signed_date = value
        d = parse_partial_date(value)
        if d is None or d.date() is None:
            draft.problems.append(
                ("contract_date_unparsed", f"signed {value!r} is not a date; signed date empty")
            )
    elif name in ("start", "end"):
        setattr(draft, f"{name}_date", read_date(value, draft, f"{name} date"))
    elif name == "value":
        set_value(draft, value, period=period)
    elif name == "period":
        set_period(draft, value)
    elif name == "length":
        draft.term_years = term_years(value)
        draft.extension_options = extension(value) or draft.extension_options
    elif name == "extension":
        draft.extension_options = value.strip() or None


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
# A heading over a block of labels ("Mid Kent") is a few words.
MAX_HEADING_WORDS = 5
# The date of "expires on"/"new contract from" follows within this many characters.
DATE_AFTER_CHARS = 30
# "across the three contracts": the shared value is printed this far before it.
SHARED_VALUE_CHARS = 120
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
    # "The contracts are for 5 years" speaks for all rows only when they are one group.
    one_group = len({(d.service or "").lower() for d in drafts}) == 1
    for m in ALL_TERM.finditer(flat) if one_group else ():
        for d in drafts:
            if d.term_years is None:
                d.term_years = term_years(m.group(0))
            d.extension_options = d.extension_options or extension(m.group(0))
    for m in ONE_TERM.finditer(flat):
        if len(news) == 1 and news[0].term_years is None:
            news[0].term_years = term_years(m.group(0))
    for m in EXPIRES.finditer(flat):
        ends = find_date(flat[m.end() : m.end() + DATE_AFTER_CHARS])
        if ends and len(currents) == 1 and currents[0].end_date is None:
            currents[0].end_date = ends.isoformat()
    for m in NEW_FROM.finditer(flat):
        starts = find_date(flat[m.end() : m.end() + DATE_AFTER_CHARS])
        if starts and len(news) == 1 and news[0].start_date is None:
            news[0].start_date = starts.isoformat()
    _shared_value(drafts, flat)


def _shared_value(drafts: list[Draft], flat: str) -> None:
    for m in SHARED_VALUE.finditer(flat):
        n = WORDS.get(m.group(1).lower()) or int(m.group(1))
        lacking = [d for d in drafts if d.value_gbp is None and d.provider]
        before = flat[max(0, m.start() - SHARED_VALUE_CHARS) : m.start()]
        money = find_money(before)
        if not money or len(lacking) != n:
            continue
        for d in lacking:
            set_value(d, money[-1].text, covers=n)
