"""The wheel ships the JavaScript libraries that `make web` vendors from npm.

`src/electgraph/serve/static/vendor/` is git-ignored (no third-party code is committed) and
hatchling leaves git-ignored files out unless `artifacts` names them, so a wrong setting would
build a wheel whose explorer and HTML export cannot draw. With hatchling importable the wheel is
built here (in-process, no network) and its file list read; the setting is checked either way.
"""

from __future__ import annotations

import fnmatch
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "electgraph" / "serve" / "static" / "vendor"
# What the pages and the offline export load, as paths inside the wheel.
NEEDED = ["electgraph/serve/static/vendor/cytoscape.min.js",
          "electgraph/serve/static/vendor/yasgui.min.js",
          "electgraph/serve/static/vendor/yasgui.min.css",
          "electgraph/serve/static/viewer.js",
          "electgraph/serve/static/explorer.js",
          "electgraph/export/templates/viewer.html",
          "electgraph/export/templates/offline.js"]


def vendored() -> list[Path]:
    files = sorted(p for p in VENDOR.rglob("*") if p.is_file())
    if not files:
        pytest.fail(f"{VENDOR} is empty: run `make web` (npm ci) first")
    return files


def test_vendor_folder_is_git_ignored_but_named_as_artifacts() -> None:
    files = vendored()
    ignored = subprocess.run(["git", "check-ignore", "-q", str(files[0])], cwd=ROOT,
                             check=False).returncode == 0
    assert ignored, "static/vendor must stay out of git (it comes from npm)"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    targets = config["tool"]["hatch"]["build"]["targets"]
    assert "src/electgraph" in targets["wheel"]["packages"]
    # The wheel, and the sdist (a wheel built from it must ship them too).
    for target in ("wheel", "sdist"):
        globs = targets[target].get("artifacts", [])
        for f in files:
            rel = f.relative_to(ROOT).as_posix()
            assert any(fnmatch.fnmatch(rel, g) for g in globs), (target, rel, globs)


def test_built_wheel_contains_the_vendored_libraries(tmp_path: Path) -> None:
    builder = pytest.importorskip(
        "hatchling.builders.wheel",
        reason="hatchling is not installed; the artifacts setting is checked above")
    vendored()
    [wheel] = list(builder.WheelBuilder(str(ROOT)).build(directory=str(tmp_path),
                                                         versions=["standard"]))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in NEEDED if n not in names]
    assert not missing, missing
    assert not any(n.startswith("electgraph/node_modules") for n in names)
