"""Shared by tests/unit (no server) and tests/e2e (the Neo4j server and the browser that
`make test` starts): `graph_fixtures` is importable from both, and CI runs the property tests
on a fixed set of examples (the same every run), so that a red CI always means a change broke
something; locally they explore new examples each run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
