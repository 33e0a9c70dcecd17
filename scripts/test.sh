#!/usr/bin/env bash
# Lint, then run every test against real servers that this script starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest "$@"
