# `make run` and `make test` work on a fresh clone: they build .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# setup.py compiles app/extract (Cython): a changed source there means building it again.
BUILT_FROM := pyproject.toml setup.py $(wildcard app/extract/*.py)

$(VENV)/.installed: $(BUILT_FROM) | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(BUILT_FROM) | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/chancery db upgrade
	$(BIN)/chancery ingest seeds
	$(BIN)/chancery serve

test: install-dev
	$(BIN)/pytest

clean:
	rm -rf $(VENV) data build app/extract/*.c app/extract/*.so
