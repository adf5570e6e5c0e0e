"""Where a report's recommendations block ends (the report's next section by its numbering
or heading words, a one-paragraph ask's full stop, a list's numbering run out) and the
block's lines joined into its text, one list item per line."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.ask_patterns import ASKS, HEADING, THAT_ASK
from kcc_papers.extract.decisions.that_runs import next_that_point
from kcc_papers.normalise.textclean import join_lines

# A report section: "1. Introduction", "1.3 Reasons for Recommendation", "Background".
# A section heading that ends a recommendations block is a short line, at most a few words
# when it is a bare label ("Background:"); longer, it is a recommendation's own sentence.
MAX_SECTION_HEADING_CHARS = 70
MAX_LABEL_WORDS = 4
_SECTION_WORDS = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:Introduction|Background|Reasons?\b|Summary|Contact|Financial|"
    r"Legal|Equalit|Purpose|Voting\s+arrangements|Corporate\s+Strategy|Appendi|Report\s+Authors?|"
    r"Consultation|Risk|Implications|Options|Context|Alternative|Evidence\s+Base|Issue\s+for|"
    r"Publication|Classification|Key\s+Decision|Ward|Policy|Next\s+Steps|Conclusions?)\b",
    re.I,
)
NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*(?:\.|\s*\|)?\s+[A-Z][^.;:,]{0,50}$")

DECIMAL = re.compile(r"^(\d+(?:\.\d+)+)\.?\s")
# A recommendation labelled with its number, as a panel's report lists what it recommends
# ("Recommendation 1: that the basic allowance be ...", "Recommendation 2: that ..."): each is
# one paragraph, so the first finished line after one that is no such label ends the list, and
# the block.
_LABEL = r"^Recommendation\s+\d{1,2}\s*:\s"
_LABELLED = re.compile(_LABEL)
# Items as lettered/numbered lists or as capitalised verbs ("APPROVE the proposal ..."), or
# each labelled with its number (_LABELLED).
_LIST_ITEM = re.compile(
    r"^(?:\(?[a-zA-Z]\)|[a-zA-Z]\.|\(?\d{1,2}[.)]|\(?[ivx]{1,5}[.)])\s|"
    + _LABEL + "|"
    r"^(?:APPROVE|DELEGATE|NOTE|AGREE|ENDORSE|AUTHORI[SZ]E|CONSIDER|TRANSFER|COMMENT|ADOPT|"
    r"RECOMMEND|REQUEST|CONFIRM|APPOINT|ALLOCATE|ACCEPT|RECEIVE|REFER)S?\b"
)
_LIST_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s")
MAX_LINES = 60


def end_of_block(texts: list[str], start: int, num: str, inline: bool) -> int:
    last_list: int | None = None
    content = 1 if inline else 0
    section_of_paragraphs = False  # the block's number read from its first paragraph's
    labelled = False  # inside a recommendation labelled with its number (_LABELLED)
    for j in range(start, min(len(texts), start + MAX_LINES)):
        line = texts[j]
        if re.fullmatch(r"[\W_]*", line):
            continue  # a stray ":" or "." the text layer split from its line
        if HEADING.match(line):
            # An empty "5. Recommendation" heading is then skipped: "Recommendation:" follows.
            return j
        decimal = DECIMAL.match(line)
        if decimal and not num and not content:
            # an unnumbered heading over its section's next paragraph ("Recommendation" over
            # "2.3 That the Board ..."): the paragraphs of that section are the block's, and
            # the next section's number ends it ("3. Scheme B: ...")
            num, section_of_paragraphs = decimal.group(1).rsplit(".", 1)[0], True
        if decimal and not (num and decimal.group(1).startswith(num + ".")):
            return j
        if (section_of_paragraphs and (n := _SECTION_NUMBER.match(line))
                and int(n.group(1)) == int(num.split(".")[0]) + 1):
            return j
        if decimal:
            # "3.2" under "3 Recommendations": the section's own next paragraph.
            content += 1
            continue
        if not content and _next_section(line, num):
            # "3. Recommendations of the Group" straight over "4. Financial implications":
            # nothing under the heading (its table read as none of the report's asks)
            return j
        if content and NUMBERED_HEADING.match(line) and not decimal:
            n = _LIST_NUMBER.match(line)
            if not (n and last_list is not None and int(n.group(1)) == last_list + 1):
                return j
        if (content and _SECTION_WORDS.match(line) and len(line) < MAX_SECTION_HEADING_CHARS
                and not _wrapped_on(texts[j - 1], line)):
            return j
        if (content and line.endswith(":") and len(line.split()) <= MAX_LABEL_WORDS
                and not _LIST_ITEM.match(line)):
            # "Contractual:" inside a list continues it; a new section restarts the numbering.
            nxt = _LIST_NUMBER.match(texts[j + 1]) if j + 1 < len(texts) else None
            if not (nxt and last_list is not None and int(nxt.group(1)) == last_list + 1):
                return j
        if (content and labelled and sentence_done(texts[j - 1])
                and not _LABELLED.match(line)):
            # (the labelled list's last recommendation done: the panel's text goes on)
            return j
        labelled = bool(_LABELLED.match(line)) or (labelled and not _LIST_ITEM.match(line))
        if (
            content
            and sentence_done(texts[j - 1])
            and not _LIST_ITEM.match(line)
            and not _list_open(texts[start:j])
            # (unnumbered "That the Board ..." paragraphs, one after another, are its points)
            and not next_that_point(texts[start:j], line)
        ):
            # A one-paragraph recommendation ("... is asked to note the report.") ends there.
            return j
        n = _LIST_NUMBER.match(line)
        if n:
            last_list = int(n.group(1))
        content += 1
    return min(len(texts), start + MAX_LINES)


def _next_section(line: str, num: str) -> bool:
    """Whether ``line`` heads the section numbered after section ``num``: "4. Financial
    implications" after "3" (a list under the heading starts at its own "1."). An ask is no
    heading, though numbered next: a report numbering every paragraph in one run puts its
    ask under "5. Recommendation" as "6. That Cabinet approves the capital programme"."""
    m = _SECTION_NUMBER.match(line)
    return bool(num and m and NUMBERED_HEADING.match(line)
                and int(m.group(1)) == int(num.split(".")[0]) + 1
                and not THAT_ASK.match(line) and not ASKS.match(line[m.end():].lstrip()))

_SECTION_NUMBER = re.compile(r"^(\d{1,2})\.?\s")


def sentence_done(line: str) -> bool:
    return line.rstrip().endswith((".", "?"))


def _wrapped_on(above: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence above: it opens in small letters under a line
    that ends no sentence ("... Appendix 1 for public" over "consultation for eight weeks"),
    so a section's word it opens with heads nothing."""
    return line[:1].islower() and not sentence_done(above)


def _list_open(lines: list[str]) -> bool:
    """Whether the block so far introduces or contains a list (so paragraphs may follow)."""
    return any(line.rstrip().endswith(":") or _LIST_ITEM.match(line) for line in lines)


def join_items(lines: list[str]) -> str:
    """Wrapped lines as text, each list item ("a)", "(1)", "2.1", "APPROVE ...") on its own line."""
    paragraphs: list[list[str]] = []
    for line in lines:
        line = line.strip()
        numbered = bool(DECIMAL.match(line))
        line = DECIMAL.sub("", line)
        if not line or re.fullmatch(r"[\W_]+", line):
            continue
        if not paragraphs or numbered or _LIST_ITEM.match(line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return "\n".join(join_lines(p) for p in paragraphs).strip()
