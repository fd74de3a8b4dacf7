# Preflight developer commands. `make run` and `make test` work on a fresh clone: the first call
# creates .venv/ with a Python that actually runs (scripts/find-python) and installs the project.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE ?= Call me at 415.555.0199 or mail jane.doe@gmail.com: the new pricing is under NDA until Monday!

.PHONY: run sample test lint eval bench clean venv openapi contract console console-size docs

venv: $(STAMP)

# Every file installed is checked against a hash: requirements/dev.lock (make lock) holds the whole
# tree of pyproject.toml's dependencies with its dev extra, pip and the build backend, so it is
# installed as listed (--no-deps: pip's resolver also refuses an extra such as smart-open[http] that
# a lock cannot pin); the project itself then goes in editable mode with that backend, the spaCy
# model from requirements/model.txt, and `pip check` proves the tree complete.
$(STAMP): pyproject.toml requirements/dev.lock requirements/model.txt
	@test -x $(BIN)/python || $$(scripts/find-python) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip check
	@touch $(STAMP)

## Regenerates requirements/dev.lock after a change to pyproject.toml's pins (commit both): uv, pinned
## in its own venv, resolves for every platform and Python >= 3.11 with the hashes of every file, and
## constrained by the Lambda layer's lock, so packages in both get the same version (make check-locks).
UV_VERSION := 0.13.8
.venv-uv/.tool-installed: Makefile scripts/tool-venv
	scripts/tool-venv .venv-uv uv==$(UV_VERSION)

.PHONY: lock check-locks
lock: .venv-uv/.tool-installed
	.venv-uv/bin/uv pip compile pyproject.toml requirements/build.in --extra dev --universal \
	  --generate-hashes --constraints layers/dependencies/requirements.lock \
	  --custom-compile-command 'make lock' --quiet --output-file requirements/dev.lock

## The development lock agrees with the Lambda layer's lock on every package both install, and holds
## every pin of pyproject.toml: the tests run what the functions run (scripts/check-locks).
check-locks:
	$$(scripts/find-python) scripts/check-locks

## Serve the API and the console on http://127.0.0.1:3000 (the real handlers, an embedded DynamoDB;
## the console at /console/, built first when needed; Ctrl-C stops). `make run PORT=8080` moves it.
PORT ?= 3000
run: $(STAMP) console
	$(BIN)/preflight local serve --port $(PORT)

## The reviewer and auditor console (docs/console.md): console/dist/, built with the npm packages
## pinned in console/package-lock.json (npm ci again whenever the lock changes).
CONSOLE_MODULES := console/node_modules/.installed
CONSOLE_SOURCES := $(shell find console/src console/public -type f 2>/dev/null) console/index.html \
  console/vite.config.js console/package.json

console: console/dist/index.html

$(CONSOLE_MODULES): console/package-lock.json
	cd console && npm ci --no-audit --no-fund
	@touch $@

console/dist/index.html: $(CONSOLE_MODULES) $(CONSOLE_SOURCES)
	cd console && npm run --silent build
	@touch $@

## The console bundle's size, gzipped (the budget is 200 KB).
console-size: console
	$(BIN)/python scripts/console-size

## Screen a sample draft with the command line and the example overlay.
sample: $(STAMP)
	$(BIN)/preflight screen --rules rules/examples/acme "$(SAMPLE)"; test $$? -le 1

## The whole test suite, with lint first (the browser tests need the built console). The tests run on
## every core (pytest-xdist; each worker loads its own engine): PYTEST_WORKERS=0 runs them in one process.
PYTEST_WORKERS ?= auto
test: $(STAMP) console
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python scripts/check-locks
	$(BIN)/preflight rules check rules/examples/acme
	$(MAKE) --no-print-directory docs
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS)

## The documentation site (mkdocs.yml, docs/) in site/, warnings as errors: a broken link or anchor,
## a page missing from the navigation or a missing include fails the build. `mkdocs serve` previews.
## NO_MKDOCS_2_WARNING: the theme's end-of-life banner on every build (see mkdocs.yml).
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

## The OpenAPI document (every function's routes, as the local runner serves at /openapi.json).
openapi: $(STAMP)
	$(BIN)/python -c 'import json; from preflight_tools.local.routes import openapi_document; \
	  print(json.dumps(openapi_document(), indent=2))' > openapi.json
	@echo "wrote openapi.json"

## Contract test: schemathesis (pinned, own venv) against the local runner on a free port.
contract: $(STAMP)
	scripts/contract-test

.PHONY: loadtest
## Load test of the local runner: 10,000 POST /screen from 16 clients, then integrity checks
## (docs/measurements.md, "Load test"). LOADTEST_ARGS passes options, e.g. LOADTEST_ARGS='--requests 2000 --json'.
loadtest: $(STAMP)
	$(BIN)/python scripts/loadtest $(LOADTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python scripts/check-locks

.PHONY: typecheck
## mypy on the runtime package and the tools (layers/preflight/preflight, tooling/preflight_tools) ([tool.mypy] in pyproject.toml).
typecheck: $(STAMP)
	$(BIN)/mypy

## Quality on the shared corpus (needs ../shared beside the clone).
eval: $(STAMP)
	$(BIN)/preflight eval ../shared/corpus/dev.jsonl --rules rules/examples/acme

bench: $(STAMP)
	$(BIN)/preflight bench --rules rules/examples/acme --compare

.PHONY: peer-bench
## Preflight beside the Presidio + better_profanity + detect-secrets bundle on the same drafts: cost per
## draft, ratio, quality (scripts/peer-bench). The bundle lives in its own env, on Preflight's spaCy
## and model. PEER_BENCH_ARGS passes options, e.g. PEER_BENCH_ARGS='--corpus FILE --rounds 3'.
PEERS_VENV := .venv-peers
PEERS := presidio-analyzer==2.2.366 better-profanity==0.7.0 detect-secrets==1.5.0 \
  $(shell grep -o '"spacy==[^"]*' pyproject.toml | tr -d '"')
peer-bench: $(STAMP) $(PEERS_VENV)/.tool-installed
	$(BIN)/python scripts/peer-bench $(PEER_BENCH_ARGS)

$(PEERS_VENV)/.tool-installed: Makefile pyproject.toml requirements/model.txt scripts/tool-venv
	scripts/tool-venv $(PEERS_VENV) $(PEERS)
	$(PEERS_VENV)/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt

clean:
	rm -rf $(VENV) console/dist console/node_modules .aws-sam .pytest_cache .ruff_cache .mypy_cache .hypothesis .venv-schemathesis .venv-uv $(PEERS_VENV) openapi.json site

include infra.mk
