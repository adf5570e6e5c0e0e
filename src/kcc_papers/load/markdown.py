"""Markdown exports read as the plain text they stand for: a parish or town council's website
or notes app exports its papers as Markdown ("# Minutes", "### 29/031 Apologies", "**Resolved:**",
"| No. | Item |" pipe tables under YAML front matter). Its marks are no words of the paper, so
a file that shows itself to be Markdown has them taken off before it is read as text:
- YAML front matter (``---`` ... ``---`` at the top) is metadata of the export, not the paper;
- a level-one heading ("# Little Wendover Parish Council") over headings of lower levels
  ("## Agenda", "### 29/031 Apologies") opens a paper, its masthead or title: a page break (a
  form feed) goes before it, as a text export's form feed parts its papers. (Headings of one
  level are no such outline: a text agenda numbering its items "# 1", "# 2" is no paper each.)
- a thematic break (a line of ``---``) is a line drawn across, no words: an export puts one
  between its papers (over the next one's level-one heading) and as often between a paper's
  own sections (over "### 29/043 Bus shelter"); a page break there would make the file a paged
  one, whose papers start only at a page's top, and a rule would run on the resolution above;
- ``#`` heading marks, ``>`` quote marks, ``**`` / ``__`` / ``*`` emphasis, a link's target
  (its words kept), an image and a line's trailing backslash are dropped;
- a pipe table's rows become tab-separated lines (its ``|---|`` rule row dropped), the cells a
  ModernGov text export gives, so the text loader reads them as a table."""

from __future__ import annotations

import re

# (its closing hashes, "## Agenda ##", are taken off by _heading_text: a lazy text before an
# optional closing run and trailing spaces was tried at every space of a long run, 9.6 s on a
# "# a" line of 20,000 spaces, on every line of every text file)
ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*)$")
# A pipe table's delimiter row: "|----:|------|", "--- | :---:".
PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:-\s*){3,}$|^\s{0,3}(?:\*\s*){3,}$|^\s{0,3}(?:_\s*){3,}$")
FRONT_MATTER_KEY = re.compile(r"^[A-Za-z_][\w-]*:")
BLOCKQUOTE = re.compile(r"^\s{0,3}>\s?")
# (strong text holds no run of its own mark: from each "**" the search stops at the next "**",
# where ".+?" ran on to the line's end from each "**" that no "**" closed, 2.4 s on a line of
# 5,000 "**a ")
STRONG = re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*"
                    r"|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__")
# A link, its words kept ("[Minutes of 16 April](/documents/minutes.pdf "Minutes")"), or an
# image, dropped ("![Crest](crest.png)"): a website's export links an agenda's items to their
# papers. (No bracket inside either part: from each "[" the search stops at the next one.)
LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
# A file is read as Markdown when it has this many ATX headings ("## Agenda"), or any pipe
# table with its delimiter row: either is a Markdown construct no plain text paper writes by
# chance (a "#" line alone or a hash-numbered line, "#3 Budget", has no space after one to
# six hashes followed by words at this rate).
MIN_ATX_HEADINGS = 3


def is_markdown(lines: list[str]) -> bool:
    headings = sum(1 for s in lines if ATX_HEADING.match(s))
    return headings >= MIN_ATX_HEADINGS or any(PIPE_RULE.match(s) for s in lines)


def plain_text(text: str) -> str:
    """``text`` without its Markdown marks when it is Markdown; as it is otherwise."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not is_markdown(lines):
        return text
    lines = _without_front_matter(lines)
    outlined = len(_heading_levels(lines)) > 1
    out: list[str] = []
    written = False  # (a page break only once the paper has words: no empty first page)
    for s in lines:
        if PIPE_RULE.match(s):
            continue
        if outlined and written and _heading_levels([s]) == {1}:
            out.append("\f")
        out.append("" if THEMATIC_BREAK.match(s) else _plain_line(s))
        written = written or bool(out[-1].strip())
    return "\n".join(out)


def _heading_levels(lines: list[str]) -> set[int]:
    """The levels of the ATX headings among ``lines`` ("# Minutes" 1, "## Agenda" 2)."""
    return {len(m.group(1)) for s in lines if (m := ATX_HEADING.match(s))}


def _without_front_matter(lines: list[str]) -> list[str]:
    """The lines after a leading YAML block ("---", "key: value" lines, "---")."""
    if not lines or lines[0].strip() != "---":
        return lines
    for i, s in enumerate(lines[1:], start=1):
        if s.strip() in ("---", "..."):
            return lines[i + 1:]
        if s.strip() and not FRONT_MATTER_KEY.match(s) and not s.startswith((" ", "-")):
            return lines  # not a YAML block: a rule over the paper's first lines
    return lines


def _plain_line(s: str) -> str:
    s = BLOCKQUOTE.sub("", s)
    m = ATX_HEADING.match(s)
    if m:
        s = _heading_text(m.group(2))
    if PIPE_ROW.match(s):
        s = "\t".join(_inline(c.strip()) for c in s.strip().strip("|").split("|"))
        return s
    return _inline(s.rstrip("\\").rstrip())


def _heading_text(text: str) -> str:
    """An ATX heading's text without its closing hashes ("Agenda ##" is "Agenda")."""
    text = text.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1].isspace()) else text


def _inline(s: str) -> str:
    s = LINK.sub(lambda m: "" if m.group(1) else m.group(2), s)
    s = STRONG.sub(lambda m: m.group(1) or m.group(2), s)
    return EMPHASIS.sub(r"\1", s)
