"""Shared by tests/unit (no server) and tests/e2e (the Neo4j server and the browser that
`make test` starts): `graph_fixtures` is importable from both."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
