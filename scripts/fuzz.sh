#!/usr/bin/env bash
# `make fuzz`: start the Neo4j test server (for the kill -9 trials on Neo4j), run
# scripts/fuzz.py (100,000+ fuzz cases and the reliability suites), stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEO4J_PORT="${NEO4J_PORT:-7687}"
export NEO4J_URI="bolt://127.0.0.1:${NEO4J_PORT}"
# The kill -9 trial of a Neo4j server starts (and kills) a server of its own on this port.
export NEO4J_SECOND_PORT="${NEO4J_SECOND_PORT:-$((NEO4J_PORT + 2))}"
bash tools/neo4j-server/neo4j-server.sh start
trap 'bash tools/neo4j-server/neo4j-server.sh stop >/dev/null 2>&1 || true' EXIT
.venv/bin/python scripts/fuzz.py "$@"
