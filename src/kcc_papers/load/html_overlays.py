"""What a web page floats over itself: an element its style fixes to the window
(``position: fixed``), a cookie banner, a chat button, a "back to top" link, stays on screen
as the paper scrolls under it. It is the site's, not the paper's, whatever its class or id is
called (``<div id="ck">`` styled ``#ck{position:fixed;bottom:0}``): dropped from the page's
tree before it is read, as chrome named so is (html_dom.is_chrome). A sticky element
(``position: sticky``, a table's header row kept in view) is the paper's own and stays; so is
a fixed element that holds the paper's matter: a heading or a table (a fixed header naming the
committee and its date), or more words than a notice runs to (a page whose whole content sits
in a fixed, scrolled box, or carries a class a rule fixes for a banner too)."""

from __future__ import annotations

import re

from kcc_papers.load.html_dom import Element

# The paper's own matter: a fixed element holding one of these is the paper's, kept.
_MATTER_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "table"})
# How many characters of text a notice floated over the page runs to at most (a cookie banner's
# few sentences and buttons); a fixed element with more holds the paper's text.
OVERLAY_CHARS = 600
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


def _text_chars(element: Element, limit: int) -> int:
    """How many characters of text ``element`` holds, counted up to just past ``limit``."""
    total = 0
    for kid in element.children:
        total += len(kid.strip()) if isinstance(kid, str) else _text_chars(kid, limit - total)
        if total > limit:
            break
    return total


def _holds_matter(element: Element) -> bool:
    """Whether a fixed ``element`` holds the paper's own matter (see the module's note)."""
    return (bool(element.find_all(_MATTER_TAGS)) or element.tag in _MATTER_TAGS
            or _text_chars(element, OVERLAY_CHARS) > OVERLAY_CHARS)


def drop_overlays(root: Element, styles: list[str]) -> None:
    """Drop from ``root``'s tree each element fixed to the window (see the module's note)."""
    names = fixed_names(styles)
    _drop(root, names)


def _drop(element: Element, names: set[str]) -> None:
    keep: list[Element | str] = []
    for kid in element.children:
        if isinstance(kid, Element):
            if _is_fixed(kid, names) and not _holds_matter(kid):
                continue
            _drop(kid, names)
        keep.append(kid)
    element.children = keep
