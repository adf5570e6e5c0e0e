"""JSON Schema files in ``schemas/``, generated from the models (one per stored model)."""

from __future__ import annotations

import json
from pathlib import Path

from kcc_papers.export import make_folder
from kcc_papers.models import STORED_MODELS


def schema_documents() -> dict[str, str]:
    """file name -> JSON text, for every stored model."""
    return {
        f"{model.table}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"  # noqa: E501
        for model in STORED_MODELS
        if model.table
    }


def write_schemas(out: Path | str) -> list[Path]:
    out = Path(out)
    make_folder(out)
    written = []
    for name, text in schema_documents().items():
        path = out / name
        path.write_text(text)
        written.append(path)
    return written
