PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= data/out/papers.duckdb
STAMP := $(VENV)/.installed

.PHONY: install system-deps run test lint typecheck bench samples schemas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,samples,ocr,dask]'
	@# bytecode up front: ingest starts a process per worker, each importing the package
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

# The readers' patterns compiled ahead for the workers' server (kcc_papers/pattern_cache.py:
# a third of its preload otherwise), made again whenever a source file changes; so is the
# changed files' bytecode, which an interpreter run with PYTHONDONTWRITEBYTECODE set never
# writes itself: each run's preload then compiled every module changed since the install.
PATTERNS := $(VENV)/.patterns
$(PATTERNS): $(shell find src -name '*.py') | $(STAMP)
	$(BIN)/python -m compileall -q src
	$(BIN)/python -m kcc_papers.pattern_cache
	touch $(PATTERNS)

install: $(STAMP) $(PATTERNS)

# Programs the tests run for real (Tesseract for OCR), installed with apt-get when missing.
system-deps:
	scripts/system-deps.sh

run: install
	$(BIN)/kcc-papers ingest data/raw --db $(DB)

test: install system-deps typecheck
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/python -m pytest

# ruff's lint rules (line length included); the code is wrapped by hand, not by `ruff format`,
# whose check failed on every file it would rewrap and so said nothing.
lint: install typecheck
	$(BIN)/ruff check src tests scripts benchmarks

# mypy --strict with the pydantic plugin over src, scripts and benchmarks ([tool.mypy] in
# pyproject.toml). Tests less strictly: annotated helpers and tests are checked, bodies of
# unannotated test functions are not, and tests may reach names a module imported (the ones
# they monkeypatch, e.g. reading.segment). A cache of their own keeps both runs incremental.
MYPY_TESTS := --allow-untyped-defs --allow-incomplete-defs --allow-untyped-calls \
	--no-check-untyped-defs --implicit-reexport --cache-dir .mypy_cache/tests
typecheck: install
	$(BIN)/mypy
	$(BIN)/mypy $(MYPY_TESTS) tests

bench: install
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_ocr.py
	$(BIN)/python benchmarks/bench_lake.py

samples: install
	$(BIN)/python scripts/make_samples.py data/raw

schemas: install
	$(BIN)/kcc-papers schemas --out schemas
	$(BIN)/python -m kcc_papers.ddl_gen

clean:
	rm -rf $(VENV) data/out/*.duckdb data/out/*.wal
