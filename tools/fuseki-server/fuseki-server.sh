#!/usr/bin/env bash
# Manage the local Apache Jena Fuseki test server (jena-fuseki-main from Maven Central, see
# pom.xml next to this script), like tools/neo4j-server/neo4j-server.sh does for Neo4j.
#
#   fuseki-server.sh build    copy the runtime classpath to target/lib (skipped when up to date)
#   fuseki-server.sh start    build if needed, start in background, wait until the dataset answers
#   fuseki-server.sh stop     SIGTERM, wait up to 30 s, then SIGKILL
#   fuseki-server.sh status   exit 0 if running and answering, 3 otherwise
#
# Environment:
#   FUSEKI_PORT     HTTP port on 127.0.0.1 (default 3030)
#   FUSEKI_DATASET  dataset name (default electgraph): http://127.0.0.1:PORT/DATASET
#   FUSEKI_TDB2     set to a directory to keep the data in TDB2 there (default: in memory)
#   FUSEKI_TIMEOUT  seconds to wait for readiness (default 120)
#   FUSEKI_JAVA_OPTS extra JVM options, appended last (default -Xmx1g)
#   JAVA_HOME / MVN  java and maven to use
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
PORT="${FUSEKI_PORT:-3030}"
DATASET="${FUSEKI_DATASET:-electgraph}"
STATE="$REPO/.fuseki-test/$PORT"
PID_FILE="$STATE/fuseki.pid"
LOG="$STATE/fuseki.log"
STAMP="$SCRIPT_DIR/target/.build-stamp"
MAIN_CLASS="org.apache.jena.fuseki.main.cmds.FusekiMainCmd"
TIMEOUT="${FUSEKI_TIMEOUT:-120}"
MVN="${MVN:-mvn}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "fuseki-server: $*" >&2; }

cmd_build() {
    if [[ -f "$STAMP" && -d "$SCRIPT_DIR/target/lib" && -z "$(find "$SCRIPT_DIR/pom.xml" -newer "$STAMP")" ]]; then
        return 0
    fi
    log "building (mvn package; the first build downloads the Jena jars from Maven Central)"
    (cd "$SCRIPT_DIR" && "$MVN" -q -B package)
    touch "$STAMP"
}

# pid of our running server, or nothing (checks the command line: a recycled pid is never hit).
live_pid() {
    local pid
    [[ -f "$PID_FILE" ]] || return 0
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"; then
        echo "$pid"
    fi
}

answers() {
    curl -sf -o /dev/null --data-urlencode 'query=ASK {}' "http://127.0.0.1:$PORT/$DATASET/query"
}

cmd_start() {
    mkdir -p "$STATE"
    exec 9>"$STATE/lock"
    flock -w $((TIMEOUT + 30)) 9 || { log "could not lock $STATE/lock"; exit 1; }
    local pid
    pid="$(live_pid)"
    if [[ -n "$pid" ]]; then
        echo "FUSEKI READY http://127.0.0.1:$PORT/$DATASET (already running, pid $pid)"
        return 0
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
        log "port 127.0.0.1:$PORT is already in use by another process; set FUSEKI_PORT"
        exit 1
    fi
    cmd_build
    local store=(--mem)
    if [[ -n "${FUSEKI_TDB2:-}" ]]; then mkdir -p "$FUSEKI_TDB2"; store=(--tdb2 --loc "$FUSEKI_TDB2"); fi
    : >"$LOG"
    local t0=$SECONDS
    # shellcheck disable=SC2086
    setsid "$JAVA" ${FUSEKI_JAVA_OPTS:--Xmx1g} -cp "$SCRIPT_DIR/target/lib/*" "$MAIN_CLASS" \
        --localhost --port "$PORT" --update "${store[@]}" "/$DATASET" \
        </dev/null >>"$LOG" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    local deadline=$((SECONDS + TIMEOUT))
    until answers; do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
            log "Fuseki did not come up on 127.0.0.1:$PORT; last log lines ($LOG):"
            tail -n 30 "$LOG" >&2 || true
            kill -TERM "$pid" 2>/dev/null || true
            rm -f "$PID_FILE"
            exit 1
        fi
        sleep 0.3
    done
    echo "FUSEKI READY http://127.0.0.1:$PORT/$DATASET (pid $pid, $((SECONDS - t0))s)"
}

cmd_stop() {
    mkdir -p "$STATE"
    exec 9>"$STATE/lock"
    flock -w $((TIMEOUT + 60)) 9 || { log "could not lock $STATE/lock"; exit 1; }
    local pid deadline=$((SECONDS + 30))
    pid="$(live_pid)"
    if [[ -z "$pid" ]]; then
        rm -f "$PID_FILE"
        echo "fuseki not running"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    rm -f "$PID_FILE"
    echo "fuseki stopped (pid $pid)"
}

cmd_status() {
    local pid
    pid="$(live_pid)"
    if [[ -n "$pid" ]] && answers; then
        echo "fuseki running: pid $pid, http://127.0.0.1:$PORT/$DATASET"
        return 0
    fi
    echo "fuseki not running"
    return 3
}

case "${1:-}" in
build) cmd_build ;;
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
*)
    echo "usage: $0 {build|start|stop|status}" >&2
    exit 2
    ;;
esac
