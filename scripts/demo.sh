#!/usr/bin/env bash
# The main job on the sample corpus: read it and summarise.
set -euo pipefail
cd "$(dirname "$0")/.."
EG=.venv/bin/electgraph
$EG read data/articles
