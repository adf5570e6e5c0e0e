"""``ddl.py`` (what a new database is set up from, without importing the models) is what the
models, comments and views give now."""

from __future__ import annotations

from kcc_papers import ddl_gen


def test_the_generated_ddl_is_what_the_models_give() -> None:
    assert ddl_gen.TARGET.read_text() == ddl_gen.render(), (
        "the models changed: run `python -m kcc_papers.ddl_gen` (make schemas)")
