"""The package's explicit structure: every extractor package is registered once, the package
root exports the public API without importing it up front, and the type marker ships."""

from __future__ import annotations

import pkgutil
from importlib import import_module
from pathlib import Path

import kcc_papers
from conftest import ROOT
from kcc_papers import extract, models, pipeline
from kcc_papers.extract.registry import EXTRACTORS, extractor
from test_startup import imported_after


def test_every_extractor_package_is_registered_once() -> None:
    packages = sorted(m.name for m in pkgutil.iter_modules(extract.__path__) if m.ispkg)
    names = [e.name for e in EXTRACTORS]
    assert sorted(names) == packages
    assert len(set(names)) == len(names)
    for e in EXTRACTORS:
        module = import_module(f"kcc_papers.extract.{e.name}")
        assert (e.kinds, e.extract) == (module.KINDS, module.extract)


def test_an_extractor_applies_to_its_kinds_only() -> None:
    assert extractor("kpis").applies("performance_report")
    assert extractor("kpis").applies("minutes")  # a scorecard appended to minutes
    assert not extractor("kpis").applies("agenda")
    assert extractor("meetings").applies("minutes")  # kinds None: every kind


def test_the_package_root_exports_the_public_api() -> None:
    assert kcc_papers.ingest is pipeline.ingest
    assert kcc_papers.process_file is pipeline.process_file
    assert kcc_papers.Kpi is models.Kpi
    record_models = {n for n, v in vars(models).items()
                     if isinstance(v, type) and issubclass(v, models.Record)}
    assert record_models <= set(kcc_papers.__all__)


def test_the_package_root_imports_its_api_only_when_asked() -> None:
    assert "kcc_papers.models" not in imported_after("import kcc_papers")
    assert "kcc_papers.pipeline" in imported_after("from kcc_papers import ingest")


def test_the_type_marker_is_packaged() -> None:
    assert (Path(kcc_papers.__file__).parent / "py.typed").exists()
    assert '"kcc_papers" = ["py.typed"]' in (ROOT / "pyproject.toml").read_text()
