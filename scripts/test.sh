#!/usr/bin/env bash
# Lint and type-check, check a plain `pip install -e .` with Python 3.11's bundled pip, start the
# Neo4j and Fuseki test servers, run every test against them, stop the servers.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
# About 40 s with a warm pip cache; SKIP_INSTALL_CHECK=1 skips it when iterating locally.
if [[ -z "${SKIP_INSTALL_CHECK:-}" ]]; then
    bash scripts/check_install.sh
fi
# The browser test needs Debian's Chromium; install it when it is missing (CI machines start
# without it).
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# The explorer's JavaScript libraries (npm ci at package-lock.json's versions, into the wheel's
# static folder); Playwright's Python package comes from the lock and drives the system Chromium.
make -s web
export NEO4J_PORT="${NEO4J_PORT:-7687}"
export NEO4J_URI="bolt://127.0.0.1:${NEO4J_PORT}"
# The SPARQL backend's test server: Apache Jena Fuseki, in memory (FUSEKI_PORT, default 3030).
export FUSEKI_PORT="${FUSEKI_PORT:-3030}"
export FUSEKI_URL="http://127.0.0.1:${FUSEKI_PORT}/${FUSEKI_DATASET:-electgraph}"
trap 'bash tools/neo4j-server/neo4j-server.sh stop >/dev/null 2>&1 || true
      bash tools/fuseki-server/fuseki-server.sh stop >/dev/null 2>&1 || true' EXIT
# The kill -9 trial of a Neo4j server starts (and kills) a server of its own on this port.
export NEO4J_SECOND_PORT="${NEO4J_SECOND_PORT:-$((NEO4J_PORT + 2))}"
bash tools/neo4j-server/neo4j-server.sh start
bash tools/fuseki-server/fuseki-server.sh start
.venv/bin/python -m pytest "$@"
