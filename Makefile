# Two commands matter: `make demo` and `make test`. Everything else is a step they use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
EG := $(VENV)/bin/electgraph
STORE ?= electgraph-data

.PHONY: venv demo test lint typecheck bench neo4j-up neo4j-down clean eval

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

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

eval: venv
	$(PY) ../shared/eval/score.py ../shared/eval/dev --cmd '$(EG) extract {dir} --format facts'

neo4j-up:
	bash tools/neo4j-server/neo4j-server.sh start

neo4j-down:
	bash tools/neo4j-server/neo4j-server.sh stop

clean:
	rm -rf $(VENV) $(STORE) .neo4j-test tools/neo4j-server/target
