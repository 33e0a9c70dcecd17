#!/usr/bin/env bash
# The main job on the sample corpus: read it, build the knowledge graph, check it, ask it.
set -euo pipefail
cd "$(dirname "$0")/.."
EG=.venv/bin/electgraph
STORE="${STORE:-electgraph-data}"

step() { printf '\n== %s\n' "$*"; }

step "Articles in data/articles"
$EG read data/articles

step "Ingest into the embedded store ($STORE)"
$EG ingest data/articles --store "$STORE"

step "Validate the graph against ontology/shapes.ttl"
$EG validate --store "$STORE"

step "Who holds which role in KPU Kabupaten Banyuasin"
$EG query sparql @ontology/queries/holders.rq --store "$STORE"

step "Events and the bodies that hosted them"
$EG query sparql @ontology/queries/hosted_events.rq --store "$STORE"

step "Candidates of each election"
$EG query sparql @ontology/queries/candidates.rq --store "$STORE"

if $EG explore --help >/dev/null 2>&1; then
  step "Explore: Legar Saputra"
  $EG explore "Legar Saputra" --store "$STORE"
fi
