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
DEMO_STAMP := $(VENV)/.installed-demo
SPEC := openapi/interactions.yaml
PKG := corti_interactions_api
GENERATED := generated/$(PKG)
TEMPLATES := overrides/templates

.PHONY: help venv lock generate check-generated lint test pytest wheel demo clean spec-diff release verify mutate bench publish review

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $@

venv: $(STAMP) ## create .venv with the pinned tooling

# What `make demo` needs only (the package with its testing, streaming and formats extras, and
# lameenc, the MP3 encoder of the audio it streams, pinned by constraints.txt): a
# newcomer's first command installs in seconds; `make test` adds the dev toolchain on top.
$(DEMO_STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@if [ -f $(STAMP) ] && [ $(STAMP) -nt pyproject.toml ] && [ $(STAMP) -nt constraints.txt ]; then :; \
	  else $(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[testing,streaming,formats]' lameenc; fi
	@touch $@

lock: ## re-resolve the dev extra in a scratch venv and rewrite constraints.txt
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check pip==25.3
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev]'
	{ sed -n '1,3p' constraints.txt; .lock-venv/bin/pip freeze --exclude-editable --disable-pip-version-check; } > constraints.tmp
	mv constraints.tmp constraints.txt && rm -rf .lock-venv

# Generates the client from the spec into $(1)/$(PKG), with the spec and py.typed beside it.
# The pinned ruff in the venv runs as the generator's post hook (generator-config.yml).
define generate_into
	rm -rf $(1) && mkdir -p $(1)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) tools/generate.py $(SPEC) generator-config.yml $(TEMPLATES) $(1)/$(PKG) >/dev/null
	rm $(1)/$(PKG)/errors.py
	cp $(SPEC) $(1)/$(PKG)/openapi.yaml
	touch $(1)/$(PKG)/py.typed
	$(PY) tools/api_surface.py $(SPEC) $(1)/$(PKG) > $(1)/API.md
endef

generate: $(STAMP) ## regenerate generated/ (the package and API.md) from the spec
	$(call generate_into,.generate-tmp)
	rm -rf $(GENERATED) && mv .generate-tmp/$(PKG) $(GENERATED)
	mv .generate-tmp/API.md generated/API.md && rm -rf .generate-tmp

check-generated: $(STAMP) ## fail with a diff if generated/ is not what the spec generates
	$(call generate_into,.generate-check)
	@diff -ru --exclude=__pycache__ generated .generate-check \
	  || { rm -rf .generate-check; echo "generated/ is out of step with $(SPEC): run 'make generate' and commit the diff." >&2; exit 1; }
	@rm -rf .generate-check && echo "check-generated: generated/ matches $(SPEC)"

lint: $(STAMP) ## ruff, mypy --strict (overrides and generated), spec validation
	$(BIN)/ruff check overrides tests tools bench
	$(BIN)/ruff format --check overrides tests tools bench
	MYPYPATH=tools $(BIN)/mypy overrides/corti_interactions overrides/corti_interactions_pytest.py generated/$(PKG) tools bench
	$(BIN)/openapi-spec-validator $(SPEC)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

CONTRACT := tests/contract/node_modules/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
$(CONTRACT): tests/contract/package.json tests/contract/package-lock.json
	npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
	@touch $@

# On every core (pytest-xdist); a file's tests stay on one worker (`loadfile`), in their order,
# sharing their module's fixtures. Hypothesis properties run a few dozen examples each here
# (profile `ci`, tests/conftest.py) and hundreds in `make verify` (`verify`); files marked
# `slow` (schemathesis over the fake, the 10,000-line bulk run, Chromium) run in verify only.
pytest: $(STAMP) $(CONTRACT) ## the whole test suite, verification included (tests marked slow: make verify)
	$(BIN)/pytest -q -m 'not slow' -n auto --dist loadfile

test: lint check-generated pytest ## everything CI runs; stamps the commit for make publish
	@$(PY) tools/publish.py --record-tested

verify: $(STAMP) $(CONTRACT) ## the oracles alone (Prism, schemathesis, hypothesis, faults, security); writes docs/RELIABILITY.md
	command -v chromium >/dev/null || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q --no-install-recommends chromium; }  # tests/verify/test_proxy_browser.py
	rm -f build/verify-results.json
	$(BIN)/pytest -q --hypothesis-profile=verify tests/verify tests/test_publish_index.py
	$(PY) tools/reliability_report.py build/verify-results.json docs/RELIABILITY.md

MODULES ?=
mutate: $(STAMP) ## mutation testing of overrides/ (cosmic-ray; not part of test): MODULES="_auth _retries" for some
	$(PY) tools/mutate.py $(MODULES)

wheel: $(STAMP) ## build the wheel into dist/
	rm -rf dist && $(PY) -m build --wheel --no-isolation --outdir dist . >/dev/null && ls dist

BASE ?= HEAD
spec-diff: $(STAMP) ## list spec changes since BASE (default HEAD); fail on breaking ones without a version bump
	$(PY) tools/spec_diff.py $(BASE)

release: $(STAMP) ## build wheel + sdist, twine check, smoke-test the wheel in a fresh venv, list its files
	rm -rf dist .release-venv
	$(PY) -m build --no-isolation --outdir dist . >/dev/null
	$(BIN)/twine check --strict dist/*
	$(PYTHON) -m venv .release-venv
	.release-venv/bin/pip install --quiet --disable-pip-version-check "$$(ls dist/*.whl)[testing]"
	cd /tmp && $(CURDIR)/.release-venv/bin/python $(CURDIR)/tools/release_smoke.py
	@$(PY) -c "import sys, zipfile; names = zipfile.ZipFile(sys.argv[1]).namelist(); \
	  bad = [n for n in names if n.startswith('tests/') or '__pycache__' in n or n.endswith('.pyc')]; \
	  need = ['corti_interactions/py.typed', 'corti_interactions_api/py.typed', 'corti_interactions_api/openapi.yaml', 'corti_interactions_pytest.py']; \
	  missing = [n for n in need if n not in names]; print('\n'.join(names)); \
	  sys.exit(f'wheel holds {bad} / lacks {missing}' if bad or missing else 0)" dist/*.whl
	rm -rf .release-venv

# The index and its credentials come from the environment only (tools/publish.py says which).
publish: $(STAMP) ## gates (clean tree, CHANGELOG, spec-diff vs last tag, index, check-generated, test), upload, tag
	$(PY) tools/publish.py

review: $(STAMP) ## Markdown summary of the change since BASE for a pull request: spec changes, bump, generated/
	@$(PY) tools/review.py $(BASE)

demo: $(DEMO_STAMP) ## the main job: real updates through the CLI against the fake service
	@$(PY) tools/demo.py

# The peer's tools go into .venv too (the peer runs in the bench's process), within the pins.
PEER_TOOLS := openapi-generator-cli==7.26.0 python-dateutil==2.9.0.post0
bench: $(STAMP) ## benchmarks (not part of test): writes bench/results.md
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt $(PEER_TOOLS)
	rm -rf bench/.peer
	if command -v java >/dev/null; then $(BIN)/openapi-generator-cli generate -i $(SPEC) -g python \
	  -o bench/.peer --package-name corti_peer >/dev/null; else echo "no java: peer skipped"; fi
	$(PY) -m bench.run

clean: ## remove the venv and build output
	rm -rf $(VENV) .lock-venv dist build .generate-tmp .generate-check .release-venv tests/contract/node_modules
