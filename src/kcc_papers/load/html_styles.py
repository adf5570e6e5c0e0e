"""A web page's type as the page model keeps it: a heading's size, bold tags, and the page's
class rules and inline styles that make text bold or larger (read as a PDF's larger type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kcc_papers.load.html_dom import Element

# Type sizes a browser gives headings, against body text of BODY_SIZE: headings read as a
# PDF's larger type.
BODY_SIZE = 10.0
HEADING_SIZES = {"h1": 20.0, "h2": 16.0, "h3": 14.0, "h4": 12.0, "h5": 11.0, "h6": 11.0}
BOLD_TAGS = {"b", "strong", "th"}
_CSS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(em|rem|%|px|pt)", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)", re.I)
# Points per CSS unit, against a body of 1em = BODY_SIZE.
_PER_UNIT = {"em": BODY_SIZE, "rem": BODY_SIZE, "%": BODY_SIZE / 100, "px": BODY_SIZE / 16,
             "pt": BODY_SIZE / 12}


@dataclass(frozen=True, slots=True)
class _Style:
    size: float = BODY_SIZE
    bold: bool = False


def _class_styles(styles: list[str]) -> dict[str, _Style]:
    """The page's class rules that make text bold or larger (``.mgAiTitleTxt{font-size:1.2em}``)."""
    out: dict[str, _Style] = {}
    for name, body in _CSS_RULE.findall("".join(styles)):
        style = _apply(_Style(), body)
        if style != _Style():
            out[name] = style
    return out


def _apply(style: _Style, css: str) -> _Style:
    if _BOLD_STYLE.search(css):
        style = replace(style, bold=True)
    if m := _FONT_SIZE.search(css):
        style = replace(style, size=float(m.group(1)) * _PER_UNIT[m.group(2).lower()])
    return style


def _style_of(element: Element, style: _Style, classes: dict[str, _Style]) -> _Style:
    tag = element.tag
    if tag in HEADING_SIZES:
        style = _Style(HEADING_SIZES[tag], True)
    elif tag in BOLD_TAGS:
        style = replace(style, bold=True)
    for name in element.attrs.get("class", "").split():
        if name in classes:
            rule = classes[name]
            style = _Style(max(style.size, rule.size), style.bold or rule.bold)
    if css := element.attrs.get("style"):
        style = _apply(style, css)
    return style
