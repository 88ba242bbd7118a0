# One command per developer task, the same locally and in CI.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= crisismap.db

.PHONY: demo test lint install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: set everything up, ingest the bundled examples into ./crisismap.db and show the events
demo: $(STAMP)
	$(BIN)/crisismap ingest examples/ --db $(DB)
	$(BIN)/crisismap events --db $(DB)

## test: set up and run the whole suite (starts PostgreSQL for the store tests if needed)
test: $(STAMP)
	bash scripts/ensure-postgres.sh
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_bench.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
