"""KPIs told in short paragraphs, one under each measure's heading: a heading naming the measure
(its code and name, "HS04 Average days to relet a council home", printed as a heading is:
bold), then a paragraph opening with labelled figures as sentences ("Target 46%. Actual 44.1%
(Amber). Last year: 45.2%. ..."), the rating in brackets after the figure it rates. The labels
are known by the words the dashboard reader knows columns by (``columns.role_of``), never by
their order; the figures a paragraph tells after its labelled run (last year's, a national
average's, in sentences of their own words) are context, not the measure's. A paragraph needs
its latest figure and a rating or a target to be a KPI, as a card does (``cards``). A figure
may count a noun ("Actual 26 homes (Red)"), and a label and a rating print in two languages
("Targed / Target: 85%. Gwirioneddol / Actual: 82.4% (Ambr / Amber).")."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.cards import CODED_HEADING, sum_or_risk
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.common import Extracted, Parsed
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value, parse_value
from kcc_papers.normalise.textclean import is_furniture

# A sentence ends at a full stop with a space after it (a decimal point has none: "44.1%").
SENTENCE_END = re.compile(r"(?<=\S)\.\s+")
# A labelled figure told as a sentence: a label of a few words, perhaps a colon, the figure,
# and perhaps its rating in brackets ("Actual 44.1% (Amber)", "Last year: 19.8 days"). A label
# may name the period its figure is for, a quarter or a year ("Actual Q3: 44.1%", "Q3 actual
# 44.1%", "Target 2026/27: 46%"), the period no part of the figure (which holds no colon). A
# dash between label and figure parts them as a colon does ("Target - 92%", "Actual – 89.5%"):
# a minus sign is the figure's only where it is set against its digits ("Actual -12").
# A label printed in two languages parts its halves with a stroke ("Targed / Target: 85%",
# "Target / Targed 85%"), either language first: each half a label of its own words, the
# column it names read from either (``columns.role_of`` reads a bilingual heading so).
_PERIOD_WORD = r"Q[1-4]|(?:19|20)\d\d(?:/\d{2,4})?"
_LABEL_HALF = (rf"(?:[A-Z][A-Za-z]*|{_PERIOD_WORD})(?:\s(?:[A-Za-z]+|{_PERIOD_WORD})){{0,3}}?")
LABELLED_FIGURE = re.compile(
    rf"^(?P<label>{_LABEL_HALF}(?:\s*/\s*{_LABEL_HALF})?)"
    r"(?:\s*:|\s+[-–—])?\s+(?P<figure>(?:-(?=\d)|[£\d.])(?:(?!:\s)[^()])*?)"
    r"(?:\s*\((?P<rating>[^()]{1,30})\))?\.?$")
# A label naming a period and no more ("2026/27: 44.1%") says not which figure it is; two
# labels of the latest figure naming their periods ("Actual 2025/26: 45%. Actual 2026/27:
# 44%.") leave which is the latest to the periods, which a paragraph's run does not settle.
PERIOD_ONLY = re.compile(rf"^(?:(?:{_PERIOD_WORD})\s*)+$")
PERIOD_IN_LABEL = re.compile(rf"(?<!\S)(?:{_PERIOD_WORD})(?!\S)")
# The stroke parting a label's two languages; a stroke inside a year ("2026/27") parts none.
HALF_STROKE = re.compile(r"\s*/\s*(?!\d)")
# A risk's likelihood or impact scored anywhere in a paragraph ("Likelihood 3, impact 4"): a
# risk's paragraph, its "Current 12 (Amber)" a score, no measure's figure.
RISK_SCORED = re.compile(r"\b(?:likelihood|impact|probability|severity)(?:\s+score)?\s*[:=]?\s*"
                         r"\d", re.I)
# A paragraph's own number before its words ("3.2 Target 46%. ..."): no label's.
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}\s+(?=[A-Z])")
# A rating told as a sentence of its own, its label naming it ("Status: Amber", "Rating: Red").
# (Each printed in two languages, as a label and a rating are: "Statws / Status: Ambr / Amber".)
_RATING_HALF = r"[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,2}?"
_RATING_WORDS = r"[A-Za-z][A-Za-z ]{1,20}"
LABELLED_RATING = re.compile(rf"^(?P<label>{_RATING_HALF}(?:\s*/\s*{_RATING_HALF})?)\s*:\s*"
                             rf"(?P<figure>{_RATING_WORDS}(?:\s*/\s*{_RATING_WORDS})?)\.?$")
# The figures a measure's paragraph gives as its own (its rating is told in brackets, or in
# a sentence of its own: "Status: Amber").
VALUE_ROLES = ("latest", "target", "previous", "previous_year")
RATING_ROLE = "rag"
# A figure told as a count of what the measure counts, its noun after it ("26 homes", "1,250
# visits", "120 households"): the count is the figure, the noun no unit the numbers reader
# knows. The noun is a word or two of its own (no figure, no stroke, no semicolon), so a run
# of figures under one label ("31 homes; England average 28 homes") is no count; a word
# joining the figure to more words ("26 against", "26 in") is prose, no noun.
COUNTED_FIGURE = re.compile(r"^(?P<count>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
                            r"\s+(?P<noun>[a-z]+(?:[\s-][a-z]+)?)$")
NOT_A_NOUN = frozenset({"against", "and", "as", "at", "by", "compared", "for", "from", "in",
                        "of", "on", "or", "than", "to", "versus", "vs", "with"})
# A paragraph tells its figures in its first lines; a measure's paragraph is read so far.
MAX_PARAGRAPH_LINES = 4
# The fewest labelled sentences a measure's paragraph opens with: its figure and what rates it.
MIN_LABELLED = 2


def read_told(items: list[Item], key: dict[str, Rag],
              furniture: set[str] | None = None) -> Extracted:
    """The measures told in paragraphs under their headings (see the module's docstring);
    ``furniture``: the paper's running headers and footers (``textclean.furniture``), no
    paragraph's lines where one runs over a page."""
    out = Extracted()
    texts = [i for i in items if isinstance(i, Text) and not i.in_table and not i.header
             and not is_furniture(i.text, furniture or set())]
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
    """The paragraph under the heading ``texts[n]``: its lines until the next heading (a bold
    line), on the heading's page or running on to the next (a heading last on its page, its
    paragraph over the page), read as one text without its paragraph number ("3.2"); empty
    where none follows."""
    lines: list[str] = []
    for item in texts[n + 1 : n + 1 + MAX_PARAGRAPH_LINES]:
        if item.page not in (texts[n].page, texts[n].page + 1) or item.bold \
                or (item.bold is None and _heading(item)):
            break
        lines.append(item.text)
    return PARAGRAPH_NUMBER.sub("", " ".join(" ".join(lines).split()))


def _measure(heading: tuple[str | None, str], paragraph: str, key: dict[str, Rag],
             page: int) -> Parsed | None:
    """The KPI a measure's paragraph tells in its opening run of labelled figures (the first
    sentence that is not one ends the run), if it tells its latest figure and a rating or a
    target."""
    if RISK_SCORED.search(paragraph):
        return None
    raw: dict[str, Value] = {}
    rag: Rag | None = None
    labelled = periods = 0
    for sentence in SENTENCE_END.split(paragraph):
        m = LABELLED_FIGURE.match(sentence.strip())
        rated = None if m else LABELLED_RATING.match(sentence.strip())
        # (a sentence of words under a label is the measure's only where it rates it)
        if rated is not None and _label_role(rated.group("label")) == RATING_ROLE:
            m = rated
        role = _label_role(m.group("label")) if m else None
        # (a sentence opening with words and a figure whose words name no column, "In 2026
        # the service ...", is prose: the run ends there)
        if m is None or role is None:
            break
        # (a paragraph labelling a risk's score or a budget, "Current score 16 (Red). Target
        # score 6.", is a risk's or a budget line's, told as a measure's is: ``cards``)
        if sum_or_risk(m.group("label")):
            return None
        labelled += 1
        if role == "latest" and PERIOD_IN_LABEL.search(m.group("label")):
            periods += 1
        if role == RATING_ROLE:
            rag = rag or status_rag(m.group("figure"), key, None)
        elif role in VALUE_ROLES and role not in raw:
            raw[role] = _figure(m.group("figure"))
            if role == "latest" and m.groupdict().get("rating"):
                rag = status_rag(m.group("rating"), key, None)
    latest = raw.get("latest")
    if (labelled < MIN_LABELLED or latest is None or latest.value is None
            or not (rag or "target" in raw) or periods > 1):
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


def _label_role(label: str) -> str | None:
    """The column a label names (``columns.role_of``): none where it names only periods, or
    where its halves parted by a stroke name two columns ("Actual / Target", "Last year / This
    year": two figures' labels over one, no label printed in two languages)."""
    halves = HALF_STROKE.split(label)
    if all(PERIOD_ONLY.match(half) for half in halves):
        return None
    if len({role for half in halves if (role := role_of(half))}) > 1:
        return None
    return role_of(label)


def _figure(figure: str) -> Value:
    """A labelled figure's value: as the numbers reader reads it, or a count told with the
    noun it counts ("26 homes": 26; see ``COUNTED_FIGURE``)."""
    value = parse_value(figure)
    counted = COUNTED_FIGURE.match(" ".join(figure.split())) if value.value is None else None
    if counted is None or NOT_A_NOUN.intersection(counted.group("noun").split()):
        return value
    count = parse_value(counted.group("count"))
    return Value(value.text, count.value, count.unit, decimals=count.decimals)
