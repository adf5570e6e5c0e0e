"""What a web page floats over itself: an element its style fixes to the window
(``position: fixed``), a cookie banner, a chat button, a "back to top" link, stays on screen
as the paper scrolls under it. It is the site's, not the paper's, whatever its class or id is
called (``<div id="ck">`` styled ``#ck{position:fixed;bottom:0}``): dropped from the page's
tree before it is read, as chrome named so is (html_dom.is_chrome). A sticky element
(``position: sticky``, a table's header row kept in view) is the paper's own and stays."""

from __future__ import annotations

import re

from kcc_papers.load.html_dom import Element

# A rule of the page's style sheet: its selectors (comma-separated) and its declarations.
_CSS_RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
_FIXED = re.compile(r"(?<![\w-])position\s*:\s*fixed\b", re.I)
# A selector naming an element by its id or one class alone ("#ck", ".cookie-bar", "div#ck"):
# the name, with its mark. (A selector of several parts, "#main .note", names no element alone.)
_SIMPLE_SELECTOR = re.compile(r"^\s*[a-z]*(?P<name>[#.][\w-]+)\s*$", re.I)


def fixed_names(styles: list[str]) -> set[str]:
    """The ids ("#ck") and classes (".banner") the page's style sheets fix to the window."""
    names: set[str] = set()
    for selectors, body in _CSS_RULE.findall("".join(styles)):
        if not _FIXED.search(body):
            continue
        for selector in selectors.split(","):
            if m := _SIMPLE_SELECTOR.match(selector):
                names.add(m.group("name"))
    return names


def _is_fixed(element: Element, names: set[str]) -> bool:
    attrs = element.attrs
    if _FIXED.search(attrs.get("style", "")):
        return True
    own = {f"#{attrs['id']}"} if attrs.get("id") else set()
    own |= {f".{name}" for name in attrs.get("class", "").split()}
    return bool(own & names)


def drop_overlays(root: Element, styles: list[str]) -> None:
    """Drop from ``root``'s tree each element fixed to the window (see the module's note)."""
    names = fixed_names(styles)
    _drop(root, names)


def _drop(element: Element, names: set[str]) -> None:
    keep: list[Element | str] = []
    for kid in element.children:
        if isinstance(kid, Element):
            if _is_fixed(kid, names):
                continue
            _drop(kid, names)
        keep.append(kid)
    element.children = keep
