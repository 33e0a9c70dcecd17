#!/usr/bin/env bash
# The install a user does, not the locked one of `make venv`: a fresh venv of Python 3.11 with
# its own bundled pip (no upgrade), `pip install -e .` resolving the ranges of pyproject.toml,
# then `electgraph read data/articles` (.txt, .json, .jsonl and .html) must exit 0.
# It catches a dependency that the newest versions in range no longer bring in (issue 9:
# lxml_html_clean). pip's cache is reused, so a second run downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON311="${PYTHON311:-python3.11}"

venv="$(mktemp -d "${TMPDIR:-/tmp}/electgraph-install.XXXXXX")"
trap 'rm -rf "$venv"' EXIT

"$PYTHON311" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version'
"$PYTHON311" -m venv "$venv"
echo "check_install: $("$venv/bin/pip" --version | cut -d' ' -f1-2) (bundled with $("$venv/bin/python" -V))"
"$venv/bin/pip" install -q --disable-pip-version-check -e .

err="$venv/read.err"
if ! "$venv/bin/electgraph" read data/articles >/dev/null 2>"$err"; then
    echo "check_install: FAILED: \`electgraph read data/articles\` after a plain \`pip install -e .\`:" >&2
    cat "$err" >&2
    exit 1
fi
echo "check_install: pip install -e . and electgraph read data/articles: ok"
