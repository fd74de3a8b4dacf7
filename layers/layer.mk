# What both layer Makefiles share. SAM runs each in a scratch copy of its ContentUri, so they find
# the repository (ROOT) from their own path and include this file from there.
SHELL := /bin/bash
PYTHON ?= $(shell $(ROOT)/scripts/find-python)
OUT = $(ARTIFACTS_DIR)/python
# Bytecode is compiled with CPython 3.12 (the Lambda runtime) because /opt is read-only: without .pyc
# files every cold start compiles again (spaCy and the model took 2.0 s instead of 0.95 s). Unchecked
# hashes, so a zip's 2-second timestamps cannot invalidate them (a built layer never changes).
COMPILE = $(PYTHON) -m compileall -q -j 0 --invalidation-mode unchecked-hash "$(OUT)"

.PHONY: check-python

check-python:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (run through sam build)" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' || \
	  { echo "layer bytecode must be compiled by CPython 3.12 (the Lambda runtime); found $(PYTHON)" >&2; exit 1; }
