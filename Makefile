# Two commands matter: `make demo` and `make test`. Everything else is a step they use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
EG := $(VENV)/bin/electgraph
STORE ?= electgraph-data
# uv resolves the lock files (`make lock`); it lives in a venv of its own inside .venv (so git
# ignores it and `make clean` removes it), apart from the packages of the lock.
UV_VERSION ?= 0.13.9
UV_VENV := $(VENV)/.uv
UV := $(UV_VENV)/bin/uv

WEB := src/electgraph/serve/static/vendor

.PHONY: web venv demo test fuzz lint typecheck bench neo4j-up neo4j-down fuseki-up fuseki-down clean eval lock

# The venv installs the pinned, hashed versions of requirements-test.lock (runtime + test and
# dask extras: CI tests the Dask engine) without resolving (--no-deps: the lock holds every
# package; pip 23.2 would otherwise take the newest lxml for justext's "lxml[html_clean]" and
# refuse it as unpinned), then electgraph itself. Python 3.11's own pip (23.2.1) is
# enough: no pip upgrade. Set PIP_UPGRADE=1 to upgrade pip first anyway.
$(VENV)/.installed: pyproject.toml requirements-test.lock
	$(PYTHON) -m venv $(VENV)
	$(if $(PIP_UPGRADE),$(PY) -m pip install -q --upgrade pip)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-test.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $@

venv: $(VENV)/.installed web

# The JavaScript libraries of the explorer and the HTML export, from npm at the versions of
# package-lock.json, copied into the git-ignored folder that the wheel ships.
web: $(WEB)/.installed

$(WEB)/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	mkdir -p $(WEB)
	cp node_modules/cytoscape/dist/cytoscape.min.js $(WEB)/
	cp node_modules/@zazuko/yasgui/build/yasgui.min.js node_modules/@zazuko/yasgui/build/yasgui.min.css $(WEB)/
	cp node_modules/cytoscape/LICENSE $(WEB)/LICENSE.cytoscape
	cp node_modules/@zazuko/yasgui/LICENSE* $(WEB)/ 2>/dev/null || true
	touch $@

demo: venv
	bash scripts/demo.sh

lint: venv
	$(VENV)/bin/ruff check src tests benchmarks

typecheck: venv
	$(VENV)/bin/mypy

test: venv
	bash scripts/test.sh

bench: venv
	bash scripts/bench.sh

# The reliability figures of the README: 100,000+ mutated articles through the whole chain in
# parallel workers (FUZZ_WORKERS, default one per core), the bad-input suite and the kill -9
# trials; writes docs/fuzz-results.json. `make test` runs a short fuzz.
fuzz: venv
	bash scripts/fuzz.sh

eval: venv
	$(PY) ../shared/eval/score.py ../shared/eval/dev --cmd '$(EG) extract {dir} --format facts'

# Regenerate the lock files after a change to the ranges in pyproject.toml: `make lock` (keeps
# the current pins that still fit), or `make lock UPGRADE=1` (the newest versions in range);
# then `make venv`, run the tests and commit both .lock files. Resolved for Python 3.11 on
# x86_64 Linux, with the hash of every file of each pinned version, so pip installs them in
# hash-checking mode. The locks leave out electgraph itself (installed with --no-deps -e .).
$(UV):
	$(PYTHON) -m venv $(UV_VENV)
	$(UV_VENV)/bin/pip install -q --disable-pip-version-check 'uv==$(UV_VERSION)'

LOCK_FLAGS := --python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
	--generate-hashes --quiet --custom-compile-command 'make lock' $(if $(UPGRADE),--upgrade)

lock: $(UV)
	$(UV) pip compile pyproject.toml $(LOCK_FLAGS) -o requirements.lock
	$(UV) pip compile pyproject.toml --extra test --extra dask -c requirements.lock $(LOCK_FLAGS) \
		-o requirements-test.lock

neo4j-up:
	bash tools/neo4j-server/neo4j-server.sh start

neo4j-down:
	bash tools/neo4j-server/neo4j-server.sh stop

# Apache Jena Fuseki (SPARQL 1.1 server) on $FUSEKI_PORT (3030), dataset /electgraph, in memory
# (FUSEKI_TDB2=DIR keeps it in TDB2).
fuseki-up:
	bash tools/fuseki-server/fuseki-server.sh start

fuseki-down:
	bash tools/fuseki-server/fuseki-server.sh stop

clean:
	rm -rf $(VENV) $(STORE) .neo4j-test tools/neo4j-server/target .fuseki-test \
		tools/fuseki-server/target
