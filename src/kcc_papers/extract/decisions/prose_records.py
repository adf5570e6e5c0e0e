"""A record of a meeting's decisions that states each item's decision as a sentence naming the
body that took it, with no "Decision:" label over it: "Item 6: Budget Monitoring" (its
"Decision number: 32/2027" above or below it, "Key decision: No") over "The Cabinet noted the
forecast revenue overspend ...", "Reasons: ..." under it. A notice per item so headed."""

from __future__ import annotations

import re
from bisect import bisect_right

from kcc_papers.extract.decisions.block_end import join_items
from kcc_papers.extract.decisions.fields import key_decision
from kcc_papers.extract.decisions.notices import ITEM_HEAD, Notice, item_ref, until_label
from kcc_papers.extract.decisions.numbered_decisions import BARE_HEADING
from kcc_papers.extract.minutes.resolution_marks import BODY, WEIGHED_UNDATED
from kcc_papers.normalise.textclean import join_lines

# The sentence that records the decision: "The Cabinet agreed to award ...", "The Leader of
# the Council noted ...": the body by its capitalised name, then what it did.
_BODY_DECIDED = re.compile(
    r"^\s*The\s+(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for)){0,6}?)\s+"
    r"(?:agreed|noted|recommended|resolved|decided|approved|endorsed|deferred|refused|rejected|"
    r"authori[sz]ed|delegated)\b"
)
# The item's own labelled fields, printed between its heading and the sentence (or just above
# the heading): "Decision number: 31/2027", "Key decision: Yes".
_NUMBER = re.compile(r"^\s*Decision\s+(?:number|no\.?)\s*:?\s*(?P<n>\S+)\s*$", re.I)
_KEY = re.compile(r"^\s*Key\s+decision\s*\??:\s*(?P<v>.*)$", re.I)


def prose_records(lines: list[tuple[int, str]]) -> list[Notice]:
    """A notice for each item heading whose lines hold a sentence of the body deciding."""
    texts = [t for _, t in lines]
    heads = [n for n, t in enumerate(texts) if ITEM_HEAD.match(t)]
    # (an item ends at a heading of a decision by its number alone, "DECISION 2", after its
    # own lines: what follows that heading is its decision, not the item's above it; right
    # under the item's heading, "Decision No. 14" is the item's own field)
    bounds = sorted({*heads, *(n for n, t in enumerate(texts)
                               if BARE_HEADING.match(t) and n - 1 not in heads)})
    out: list[Notice] = []
    for head in heads:
        end = bounds[bisect_right(bounds, head)] if bounds[-1] > head else len(texts)
        body = texts[head + 1 : end]
        first = next((i for i, t in enumerate(body) if _BODY_DECIDED.match(t)), None)
        if first is None:
            continue
        text = join_items(until_label(body[first:]))
        item = ITEM_HEAD.match(texts[head])
        decided = _BODY_DECIDED.match(body[first])
        assert item and decided
        fields = ([texts[head - 1]] if head else []) + body[:first]
        number = next((m.group("n") for t in fields if (m := _NUMBER.match(t))), None)
        key, reason = key_decision(next((m.group("v") for t in fields if (m := _KEY.match(t))),
                                        None))
        out.append(Notice(
            title=item.group("title").strip(),
            text=text,
            page=lines[head][0],
            ref=number,
            decision_number=number,
            decision_maker=" ".join(decided.group("body").split()),
            key_decision=key,
            key_reason=reason,
            status="recorded",
            agenda_item_ref=item_ref(item),
        ))
    return out


# A notice that labels no decision, under headings of its own ("Decision on the complaint",
# "Sanctions"), may word each decision as a sentence of the body deciding: "Having considered
# the report ..., the Sub-Committee found that Councillor A failed to comply with ...", "The
# Sub-Committee decided to impose the following sanctions:" (a standards hearing's notice). The
# sentence opens a sentence, perhaps after a clause of what the body weighed (never of when:
# "On 14 January 2027, the Assessment Sub-Committee decided that the complaint be referred
# for investigation" is the notice's background, a decision of another meeting).
_BODY_FINDS = re.compile(
    rf"(?m:^|(?<=[.;]\s))(?:{WEIGHED_UNDATED})?(?i:the)\s+(?:[A-Z][\w&'’-]*\s+){{0,6}}?"
    rf"{BODY}\s+(?:unanimously\s+)?(?:found|decided|determined|resolved|agreed)"
    r"\s+(?:that|to)\b")
# Where the sentence ends: its stop, or its colon over the list of what was decided.
_STOP = re.compile(r"[.;:](?=\s|$)")
_FINDS_WORDS = ("found", "decided", "determined", "resolved", "agreed")
# A sentence of the body deciding is looked for its stop this far: a line printed without one
# (a heading, a table's row) ends it there, where the rest of a long paper would otherwise be
# read as its sentence, once for each such line.
_MAX_SENTENCE = 1000


def _unstopped_end(joined: str, at: int) -> int:
    """Where a sentence from ``at`` that no stop ends within _MAX_SENTENCE ends: with the
    paper, if that is as near; else with its line."""
    if len(joined) - at <= _MAX_SENTENCE:
        return len(joined)
    line_end = joined.find("\n", at)
    return len(joined) if line_end < 0 else line_end


def prose_findings(lines: list[tuple[int, str]]) -> list[Notice]:
    """A notice per sentence of the body deciding (_BODY_FINDS) in a paper that labels no
    decision; a sentence ending on its colon takes the list under it, up to the next
    heading or label."""
    texts = [t.strip() for _, t in lines]
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    joined = "\n".join(texts)  # (a sentence opens a line after a heading too)
    if not any(word in joined for word in _FINDS_WORDS):
        return []
    out: list[Notice] = []
    for m in _BODY_FINDS.finditer(joined):
        stop = _STOP.search(joined, m.end(), m.end() + _MAX_SENTENCE)
        end = stop.end() if stop else _unstopped_end(joined, m.end())
        if stop and stop.group() == ":":
            # (the list from the colon's line on: the rest of that line, then the lines under)
            line = bisect_right(starts, stop.start()) - 1
            text = join_items([join_lines(joined[m.start():starts[line] + len(texts[line])]
                                          .split("\n")),
                               *until_label(texts[line + 1:])])
        else:
            text = join_lines(joined[m.start():end].split("\n"))
        out.append(Notice(title=None, text=text.strip(),
                          page=lines[bisect_right(starts, m.start()) - 1][0],
                          status="recorded"))
    return out
