"""Shared by tests/unit (no server) and tests/e2e (the Neo4j server and the browser that
`make test` starts): `graph_fixtures` is importable from both."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# CI runs the property tests on a fixed set of examples (the same every run), so that a red CI
# always means a change broke something; locally they explore new examples each run.
import os  # noqa: E402

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
