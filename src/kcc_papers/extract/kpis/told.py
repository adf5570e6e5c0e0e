"""KPIs told in short paragraphs, one under each measure's heading: a heading naming the measure
(its code and name, "HS04 Average days to relet a council home", printed as a heading is:
bold), then a paragraph opening with labelled figures as sentences ("Target 46%. Actual 44.1%
(Amber). Last year: 45.2%. ..."), the rating in brackets after the figure it rates. The labels
are known by the words the dashboard reader knows columns by (``columns.role_of``), never by
their order; the figures a paragraph tells after its labelled run (last year's, a national
average's, in sentences of their own words) are context, not the measure's. A paragraph needs
its latest figure and a rating or a target to be a KPI, as a card does (``cards``)."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.cards import CODED_HEADING
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.common import Extracted, Parsed
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value, parse_value

# A sentence ends at a full stop with a space after it (a decimal point has none: "44.1%").
SENTENCE_END = re.compile(r"(?<=\S)\.\s+")
# A labelled figure told as a sentence: a label of a few words, perhaps a colon, the figure,
# and perhaps its rating in brackets ("Actual 44.1% (Amber)", "Last year: 19.8 days").
LABELLED_FIGURE = re.compile(
    r"^(?P<label>[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,3}?)\s*:?\s+"
    r"(?P<figure>[-£\d.][^()]*?)(?:\s*\((?P<rating>[^()]{1,30})\))?\.?$")
# A rating told as a sentence of its own, its label naming it ("Status: Amber", "Rating: Red").
LABELLED_RATING = re.compile(r"^(?P<label>[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,2}?)\s*:\s*"
                             r"(?P<figure>[A-Za-z][A-Za-z ]{1,20})\.?$")
# The figures a measure's paragraph gives as its own (its rating is told in brackets, or in
# a sentence of its own: "Status: Amber").
VALUE_ROLES = ("latest", "target", "previous", "previous_year")
RATING_ROLE = "rag"
# A paragraph tells its figures in its first lines; a measure's paragraph is read so far.
MAX_PARAGRAPH_LINES = 4
# The fewest labelled sentences a measure's paragraph opens with: its figure and what rates it.
MIN_LABELLED = 2


def read_told(items: list[Item], key: dict[str, Rag]) -> Extracted:
    """The measures told in paragraphs under their headings (see the module's docstring)."""
    out = Extracted()
    texts = [i for i in items if isinstance(i, Text) and not i.in_table and not i.header]
    for n, item in enumerate(texts):
        heading = _heading(item)
        if heading is None:
            continue
        paragraph = _paragraph(texts, n)
        if not paragraph:
            continue
        parsed = _measure(heading, paragraph, key, item.page)
        if parsed is not None:
            out.kpis.append(parsed)
    return out


def _heading(item: Text) -> tuple[str | None, str] | None:
    """The measure's code (where it prints one) and name a line heads with, where it prints
    as a heading: bold in a PDF or, where a line's weight is not known (a text file), a code
    and a name alone. A labelled figure in bold is a paragraph's, no heading."""
    text = " ".join(item.text.split())
    coded = CODED_HEADING.match(text)
    if item.bold is None:
        return (coded.group("ref"), coded.group("desc")) if coded else None
    if not item.bold or LABELLED_FIGURE.match(text):
        return None
    return (coded.group("ref"), coded.group("desc")) if coded else (None, text)


def _paragraph(texts: list[Text], n: int) -> str:
    """The paragraph under the heading ``texts[n]``: its lines on the page until the next
    heading (a bold line), read as one text; empty where none follows."""
    lines: list[str] = []
    for item in texts[n + 1 : n + 1 + MAX_PARAGRAPH_LINES]:
        if item.page != texts[n].page or item.bold or (item.bold is None and _heading(item)):
            break
        lines.append(item.text)
    return " ".join(" ".join(lines).split())


def _measure(heading: tuple[str | None, str], paragraph: str, key: dict[str, Rag],
             page: int) -> Parsed | None:
    """The KPI a measure's paragraph tells in its opening run of labelled figures (the first
    sentence that is not one ends the run), if it tells its latest figure and a rating or a
    target."""
    raw: dict[str, Value] = {}
    rag: Rag | None = None
    labelled = 0
    for sentence in SENTENCE_END.split(paragraph):
        m = LABELLED_FIGURE.match(sentence.strip())
        rated = None if m else LABELLED_RATING.match(sentence.strip())
        # (a sentence of words under a label is the measure's only where it rates it)
        if rated is not None and role_of(rated.group("label")) == RATING_ROLE:
            m = rated
        role = role_of(m.group("label")) if m else None
        # (a sentence opening with words and a figure whose words name no column, "In 2026
        # the service ...", is prose: the run ends there)
        if m is None or role is None:
            break
        labelled += 1
        if role == RATING_ROLE:
            rag = rag or status_rag(m.group("figure"), key, None)
        elif role in VALUE_ROLES and role not in raw:
            raw[role] = parse_value(m.group("figure"))
            if role == "latest" and m.groupdict().get("rating"):
                rag = status_rag(m.group("rating"), key, None)
    latest = raw.get("latest")
    if (labelled < MIN_LABELLED or latest is None or latest.value is None
            or not (rag or "target" in raw)):
        return None
    ref, desc = heading
    kpi = Kpi(ref=ref, description=desc.strip(), latest_rag=rag, page=page)
    for role, name in (("latest", "latest_value"), ("target", "target"),
                       ("previous", "previous_value"), ("previous_year", "previous_year")):
        if role in raw:
            setattr(kpi, name, raw[role].value)
    kpi.latest_text = latest.text or None
    kpi.unit = next((v.unit for v in raw.values() if v.unit), None)
    return Parsed(kpi, raw)
