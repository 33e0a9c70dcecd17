#!/usr/bin/env bash
# Run every benchmark; start the Neo4j test server for the Neo4j one (and stop it after).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEO4J_PORT="${NEO4J_BENCH_PORT:-7688}"
unset NEO4J_DATA  # the server keeps its data under .neo4j-test/<port>/
# The full JIT and a larger heap for the load benchmark (the test server uses C1 only).
export NEO4J_JAVA_OPTS="${NEO4J_JAVA_OPTS:--XX:TieredStopAtLevel=4 -Xmx2g}"
export NEO4J_URI="bolt://127.0.0.1:${NEO4J_PORT}"
bash tools/neo4j-server/neo4j-server.sh start
trap 'bash tools/neo4j-server/neo4j-server.sh stop >/dev/null 2>&1 || true' EXIT
.venv/bin/python benchmarks/run.py "$@"
