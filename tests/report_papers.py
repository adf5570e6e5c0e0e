"""What the report tests share: a minutes paper full of hostile text, and a small DOM reader
(the standard library's HTML parser building a tree) for the pages the report writes and the
DOM headless Chromium dumps."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HOSTILE_TITLE = 'Budget "Options" & <script>alert("pwned")</script>'
HOSTILE_RESOLUTION = "RESOLVED that the <script>document.write('x')</script> report be noted."
LONG_TITLE = "Highways Maintenance " + " ".join(f"Programme{n}" for n in range(40))
HOSTILE_MEETING = "-/hostile-testing-committee/2025-01-15"

HOSTILE_MINUTES = f"""MINUTES of a meeting of the Hostile Testing Committee held in the
Council Chamber, Sessions House, Maidstone on Wednesday, 15 January 2025.

PRESENT: Mr R Ashdown (Chairman), Mrs L O'Baird, Mr D Chalk.

UNRESTRICTED ITEMS

41. {HOSTILE_TITLE}
(Item A1)
The body mentions <img src=x onerror=alert(1)> and "quotes" & ampersands.
{HOSTILE_RESOLUTION}

42. {LONG_TITLE}
(Item A2)
RESOLVED that the long item be noted.
"""


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile_minutes.txt"
    path.write_text(HOSTILE_MINUTES)
    return path


# Elements that never have children (the parser sees no end tag for them).
VOID = {"meta", "br", "img", "input", "link", "hr", "col", "source", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.texts) + "".join(c.text for c in self.children)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> list[Node]:
        found = [self]
        for child in self.children:
            found += child.iter()
        return found

    def find_all(self, tag: str | None = None, cls: str | None = None,
                 **attrs: str) -> list[Node]:
        return [n for n in self.iter()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def ancestor(self, tag: str, cls: str | None = None) -> Node | None:
        node = self.parent
        while node is not None:
            if node.tag == tag and (cls is None or cls in node.classes()):
                return node
            node = node.parent
        return None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag: str) -> None:
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent  # type: ignore[assignment]  # only the root has none: stops there
        if node is not self.root:
            self.current = node.parent  # type: ignore[assignment]  # not the root: has one

    def handle_data(self, data: str) -> None:
        self.current.texts.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root
