# corti-interactions: every task starts here. `make test` and `make demo` need nothing else
# installed: the first target that needs the venv creates it from pyproject's pinned extras.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
SPEC := openapi/interactions.yaml
PKG := corti_interactions_api
GENERATED := generated/$(PKG)

.PHONY: help venv generate check-generated lint test pytest wheel demo clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

venv: $(STAMP) ## create .venv with the pinned tooling

# Generates the client from the spec into $(1)/$(PKG), with the spec and py.typed beside it.
# The pinned ruff in the venv runs as the generator's post hook (generator-config.yml).
define generate_into
	rm -rf $(1) && mkdir -p $(1)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
	  --config generator-config.yml --meta none --output-path $(1)/$(PKG) --fail-on-warning >/dev/null
	cp $(SPEC) $(1)/$(PKG)/openapi.yaml
	touch $(1)/$(PKG)/py.typed
endef

generate: $(STAMP) ## regenerate generated/corti_interactions_api from the spec
	$(call generate_into,.generate-tmp)
	rm -rf $(GENERATED) && mv .generate-tmp/$(PKG) $(GENERATED) && rm -rf .generate-tmp

check-generated: $(STAMP) ## fail with a diff if generated/ is not what the spec generates
	$(call generate_into,.generate-check)
	@diff -ru --exclude=__pycache__ $(GENERATED) .generate-check/$(PKG) \
	  || { rm -rf .generate-check; echo "generated/ is out of step with $(SPEC): run 'make generate' and commit the diff." >&2; exit 1; }
	@rm -rf .generate-check && echo "check-generated: generated/ matches $(SPEC)"

lint: $(STAMP) ## ruff, mypy --strict (overrides and generated), spec validation
	$(BIN)/ruff check overrides tests
	$(BIN)/ruff format --check overrides tests
	$(BIN)/mypy overrides/corti_interactions generated/$(PKG)
	$(BIN)/openapi-spec-validator $(SPEC)

pytest: $(STAMP) ## the test suite alone
	$(BIN)/pytest -q

test: lint check-generated pytest ## everything CI runs

wheel: $(STAMP) ## build the wheel into dist/
	rm -rf dist && $(PY) -m build --wheel --outdir dist . >/dev/null && ls dist

demo: $(STAMP) ## the main job: real updates through the CLI against the fake service
	@$(PY) tools/demo.py

clean: ## remove the venv and build output
	rm -rf $(VENV) dist build .generate-tmp .generate-check
