"""Session 38: the workers' server preloads only what every worker uses before its first page."""

from __future__ import annotations

import subprocess
import sys


def test_the_workers_preload_imports_no_xml_parser() -> None:
    """The meeting-XML reader and OCR's hOCR parser are imported by the files that need them,
    not by the workers' server before the first page of every run."""
    probe = ("import importlib, sys\n"
             "from kcc_papers import pattern_cache\n"
             "for name in pattern_cache.READERS: importlib.import_module(name)\n"
             "print(sorted(m for m in ('kcc_papers.fetch.parser', 'xml.etree.ElementTree')"
             " if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
