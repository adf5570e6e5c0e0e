"""A council web page as a small element tree: what a browser would build from markup that
leaves ends implied (``<p>`` and ``<li>`` unclosed, ``<td>`` without ``</td>``), without the
site's chrome (navigation, cookie banners, breadcrumbs, footers, hidden elements), with the
page's simple class styles (``.title{font-size:1.2em}``) read so headings keep their weight."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source",
        "embed", "param", "track"}
# Elements whose content is never the paper's text.
SKIP = {"script", "style", "noscript", "head", "nav", "footer", "aside", "template", "svg",
        "select", "button", "iframe", "object", "canvas", "map"}
# Class or id words that mark a page's chrome in every theme ("omb-crumbs", "cookie-bar",
# "skip-link", "site-footer"); a role the page gives its chrome. A sidebar ("sidebar",
# "sidenav") lists links to the site's other pages and papers, as <aside> does.
CHROME_WORDS = {"cookie", "cookies", "crumb", "crumbs", "breadcrumb", "breadcrumbs", "skip",
                "skiplink", "nav", "navbar", "navigation", "menu", "menubar", "footer",
                "social", "share", "sharing", "sitesearch", "consent", "gdpr", "sidebar",
                "sidenav"}
# Words that mark chrome only as the last word of a class or id ("omb-foot", "site-search",
# "col-side"): first, they name content ("foot-note", "search-results", "side-note").
CHROME_SUFFIXES = {"foot", "search", "side"}
# Words that mark chrome at the start of a word a theme runs together ("cookiebar",
# "cookienotice", "consentbanner"): no word of a paper's own opens so, but the word itself
# inflected, which names content ("consents-table", a planning committee's list of consents
# granted; "consented-schemes").
CHROME_PREFIXES = ("cookie", "consent")
_INFLECTED = re.compile(r"(?:cookie|consent)(?:s|ed|ing|ers?)?")
CHROME_ROLES = {"navigation", "contentinfo", "search", "menu", "menubar"}
_WORDS = re.compile(r"[a-z]+")
# The words of a name written in camel case ("mgBreadCrumbs", "siteFooter"): each capital
# starts a word, as a hyphen parts them in "omb-crumbs".
_CAMEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# What a start tag implicitly closes, as browsers parse: (the open tags it closes, the open
# tags the search for them stops at).
_P_CLOSERS = {"p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6",
              "section", "article", "blockquote", "pre", "form", "header", "hr"}
_IMPLIED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    **{tag: (frozenset({"p"}), frozenset({"td", "th", "li", "dd", "table", "button"}))
       for tag in _P_CLOSERS},
    "li": (frozenset({"li"}), frozenset({"ul", "ol"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr"}), frozenset({"table"})),
    "thead": (frozenset({"tr", "thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tbody": (frozenset({"tr", "thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tfoot": (frozenset({"tr", "thead", "tbody", "tfoot"}), frozenset({"table"})),
}
# An end tag does not close across a table or a list (a stray one is ignored).
_SCOPES = {"table", "ul", "ol", "dl"}
# What a <head> may hold: any other start tag (<body>, <h1>, <p>) closes a head left open.
_HEAD_TAGS = {"title", "meta", "link", "style", "script", "base", "noscript", "template"}
# Form controls a block start tag closes when a page leaves them open (an unclosed <select> or
# <button> would otherwise hide the rest of the page as their content).
_CONTROLS = {"select", "button"}
_BLOCK_STARTS = _P_CLOSERS | {"li", "dl", "dt", "dd", "tr", "td", "th", "main", "body", "nav",
                              "aside", "footer", "caption", "center", "address", "figure"}
_WATCHED = _CONTROLS | {"head"}
# Elements nest no deeper than this: past it an element joins the one open at this depth, so a
# page of 600 unclosed <span>s or 350 nested tables cannot exhaust the recursion of the walks
# that read the tree (each level costs a few frames of Python's 1000).
MAX_DEPTH = 200
# A table's own parts, where text has no place: a browser shows such text before the table.
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr"}
_ROW_GROUPS = {"table", "thead", "tbody", "tfoot"}


@dataclass(slots=True)
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    def find_all(self, tags: Collection[str], *, into: Collection[str] = ()) -> list[Element]:
        """Descendants with one of ``tags``, not looking inside elements of ``into``'s tags."""
        found: list[Element] = []
        for child in self.children:
            if isinstance(child, Element):
                if child.tag in tags:
                    found.append(child)
                if child.tag not in into:
                    found.extend(child.find_all(tags, into=into))
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.stack = [self.root]
        self.styles: list[str] = []
        self._in_style = False
        # Open elements past MAX_DEPTH, by tag: their end tags close them, not an ancestor.
        self._overflow: Counter[str] = Counter()
        # How many head, select and button elements are open: most tags need not look for them.
        self._open: Counter[str] = Counter()

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A "<![" section; one that is no well-formed marked section (a control character or
        a space after the bracket) is a bogus comment to its ">" (or the page's end), as the
        HTML standard and a browser read it, not the AssertionError Python's parser raises for
        it (a broken page must load, or fail as the file's error)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            # (the page is fed whole: an unclosed one runs to its end, as a browser reads it)
            end = self.rawdata.find(">", i + 3)
            return len(self.rawdata) if end < 0 else end + 1

    def _pop(self, depth: int, *, own_end_tag: bool = False) -> None:
        """Close the open elements from ``depth`` up; ``own_end_tag`` when the one at ``depth``
        is closed by its own end tag."""
        last = depth + 1 if own_end_tag else depth
        for k in range(len(self.stack) - 1, last - 1, -1):
            if self.stack[k].tag == "template":
                self._unwrap(k)
        for element in self.stack[depth:]:
            if element.tag in _WATCHED:
                self._open[element.tag] -= 1
        del self.stack[depth:]
        if len(self.stack) < MAX_DEPTH:
            self._overflow.clear()  # closed with the element they were put in

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HEAD_TAGS:
            self._close_open("head")
        if tag in _BLOCK_STARTS:
            for control in _CONTROLS:
                self._close_open(control)
        self._close_implied(tag)
        if tag in ("td", "th") and self.stack[-1].tag in _ROW_GROUPS:
            self.handle_starttag("tr", [])  # a cell outside a row opens one, as browsers do
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag == "style":
            self._in_style = True
        if tag in VOID:
            return
        if len(self.stack) < MAX_DEPTH:
            self.stack.append(element)
            if tag in _WATCHED:
                self._open[tag] += 1
        else:
            self._overflow[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read </br> as <br>
            self.handle_starttag(tag, [])
            return
        if tag == "style":
            self._in_style = False
        if self._overflow[tag]:
            self._overflow[tag] -= 1
            return
        for k in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[k].tag
            if open_tag == tag:
                self._pop(k, own_end_tag=True)
                return
            if open_tag in _SCOPES and tag not in _SCOPES:
                return  # a stray end tag inside a table or list

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        if self.stack[-1].tag in _TABLE_PARTS and data.strip():
            self._foster(data)
            return
        self.stack[-1].children.append(data)

    def _foster(self, data: str) -> None:
        """Text loose in a table's rows, as a browser shows it: before the table."""
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == "table":
                siblings, table = self.stack[k - 1].children, self.stack[k]
                siblings.insert(next(i for i, c in enumerate(siblings) if c is table), data)
                return
        self.stack[-1].children.append(data)

    def _close_open(self, tag: str) -> None:
        if not self._open[tag]:
            return
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                self._pop(k)
                return

    def close(self) -> None:
        super().close()
        self._pop(1)

    def _unwrap(self, depth: int) -> None:
        """A <template> closed by anything but its own end tag holds the rest of the page (an
        unclosed one): its content is shown in its place rather than the page lost."""
        template, siblings = self.stack[depth], self.stack[depth - 1].children
        at = next(i for i, c in enumerate(siblings) if c is template)
        siblings[at:at + 1] = template.children

    def _close_implied(self, tag: str) -> None:
        closes, stops = _IMPLIED.get(tag, (frozenset(), frozenset()))
        for k in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[k].tag
            if open_tag in closes:
                self._pop(k)
                return
            if open_tag in stops or open_tag == "template":  # a template's content is its own
                return


def parse(text: str) -> tuple[Element, list[str]]:
    """The page's element tree and the text of its ``<style>`` elements."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    _drop_replaced(builder.root)
    return builder.root, builder.styles


def _drop_replaced(element: Element) -> None:
    """Drop text struck out and replaced at once, a correction of an amended page ("at a total
    value of <del>£42,800,000</del> <ins>£48,200,000</ins>"): the old words are no longer the
    page's. A <del> with no <ins> after it stays: it may be what the page is about ("to delete
    the words <del>by March 2029</del>", an amendment's or a tracked change's words)."""
    kids = element.children
    keep: list[Element | str] = []
    for at, kid in enumerate(kids):
        if isinstance(kid, Element):
            if kid.tag == "del" and _ins_follows(kids, at + 1):
                continue
            _drop_replaced(kid)
        keep.append(kid)
    element.children = keep


def _ins_follows(kids: list[Element | str], at: int) -> bool:
    """Whether the next child from ``at`` that is not white space is an <ins>."""
    for kid in kids[at:]:
        if isinstance(kid, str):
            if kid.strip():
                return False
            continue
        return kid.tag == "ins"
    return False


# A heading's own button is the heading's text: an accordion's section title is printed as the
# disclosure button inside its heading (``<h2><button aria-expanded>2. CCTV Contract</button>``,
# the WAI-ARIA accordion pattern that Jadu and GOV.UK themes use), not a control of the site.
# Only a button that is all the heading says: one beside the heading's own words ("Decisions
# <button>Show more</button>") is a control of the site still.
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def is_chrome(element: Element, parent: Element | None = None) -> bool:
    """Whether an element is the site around the paper, or hidden (``parent``: the element
    holding it, where the caller knows it)."""
    if element.tag in SKIP and not _heading_title(element, parent):
        return True
    attrs = element.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role", "").lower() in CHROME_ROLES or (
            element.tag == "form" and _searches_site(attrs.get("action", ""))):
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".split()
    if parent is not None and parent.tag == "button" and any(
            _control_words(_WORDS.findall(name.lower())) for name in names):
        return True
    # (a word run together is read from the name's camel-case words: "consentsTable" is the
    # words "consents" and "table", not one word opening "consent")
    return any(_chrome_name(_WORDS.findall(name.lower())) or _chrome_name(
        [word.lower() for word in _CAMEL_WORDS.findall(name)], run_together=True)
        for name in names)


# The parts of an accordion's button that are the control's, not its heading's title: the
# toggle's state ("govuk-accordion__section-toggle": "Show"), and words for screen readers
# only ("govuk-visually-hidden": " this section", "sr-only"). Read inside a button only, the
# one kind of button kept (a heading's title): elsewhere such a class may hold a paper's words.
CONTROL_WORDS = (("toggle",), ("visually", "hidden"), ("sr", "only"))


def _control_words(words: list[str]) -> bool:
    return any(tuple(words[-len(end):]) == end for end in CONTROL_WORDS)


def _heading_title(element: Element, parent: Element | None) -> bool:
    """Whether a button is its heading's title: the heading holds nothing else but white space
    and hidden or site parts that are no buttons (an accordion's icon)."""
    if element.tag != "button" or parent is None or parent.tag not in HEADINGS:
        return False
    return all(kid is element or (not kid.strip() if isinstance(kid, str) else
                                  kid.tag != "button" and is_chrome(kid))
               for kid in parent.children)


def _searches_site(action: str) -> bool:
    """Whether a form sends its words to the site's search ("<form action="/search">", its
    label "Search" over its box): the site's search box, as a form of role "search" is, never
    the paper's words (a page's own form posts back to the page: "Default.aspx")."""
    page = action.split("?")[0].rstrip("/").rsplit("/", 1)[-1].split(".")[0]
    words = [word.lower() for word in _CAMEL_WORDS.findall(page)]
    return bool(words) and words[-1] == "search"


def _chrome_name(words: list[str], *, run_together: bool = False) -> bool:
    return any(word in CHROME_WORDS or (run_together and word.startswith(CHROME_PREFIXES)
                                        and not _INFLECTED.fullmatch(word))
               for word in words) or (
        bool(words) and words[-1] in CHROME_SUFFIXES)
