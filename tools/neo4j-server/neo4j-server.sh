#!/usr/bin/env bash
# Manage the local Neo4j Community test server (see Main.java next to this script).
#
#   neo4j-server.sh build    compile + copy dependencies (skipped when up to date)
#   neo4j-server.sh start    build if needed, start in background, wait until Bolt is ready
#   neo4j-server.sh stop     SIGTERM, wait up to 30 s, then SIGKILL
#   neo4j-server.sh status   exit 0 if running and accepting Bolt connections, 3 otherwise
#
# Environment:
#   NEO4J_PORT       Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_DATA       Neo4j home / data dir (default <repo>/.neo4j-test/<port>/data); wiped on start
#   NEO4J_KEEP_DATA  set to 1 to keep the data dir across starts
#   NEO4J_TIMEOUT    seconds to wait for readiness (default 120)
#   NEO4J_JAVA_OPTS  extra JVM options, appended last (defaults: -Xmx1g, C1-only JIT, serial GC)
#   JAVA_HOME / MVN  java and maven to use
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
PORT="${NEO4J_PORT:-7687}"
# State per port, so that servers on different ports (tests, benchmarks) can run side by side.
STATE="$REPO/.neo4j-test/$PORT"
PID_FILE="$STATE/neo4j.pid"
PORT_FILE="$STATE/neo4j.port"
LOG="$STATE/neo4j.log"
STAMP="$SCRIPT_DIR/target/.build-stamp"
MAIN_CLASS="org.electgraph.neo4jserver.Main"
MARKER=".electgraph-neo4j-data" # only dirs carrying this marker are ever wiped

DATA="${NEO4J_DATA:-$STATE/data}"
TIMEOUT="${NEO4J_TIMEOUT:-120}"
MVN="${MVN:-mvn}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "neo4j-server: $*" >&2; }

needs_build() {
    [[ -f "$STAMP" && -d "$SCRIPT_DIR/target/lib" && -d "$SCRIPT_DIR/target/classes" ]] || return 0
    # Anything in the pom or the sources newer than the last successful build?
    [[ -n "$(find "$SCRIPT_DIR/pom.xml" "$SCRIPT_DIR/src" -newer "$STAMP" -print -quit)" ]]
}

cmd_build() {
    if ! needs_build; then
        return 0
    fi
    log "building (mvn package; the first build downloads ~125 MB from Maven Central)"
    local t0=$SECONDS
    (cd "$SCRIPT_DIR" && "$MVN" -q -B package)
    touch "$STAMP"
    log "build done in $((SECONDS - t0))s"
}

# pid of our running server, or nothing. Checks the command line so a recycled pid
# belonging to some other process is never signalled.
live_pid() {
    local pid
    [[ -f "$PID_FILE" ]] || return 0
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"; then
        echo "$pid"
    fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Wait until the READY line is in the log and the Bolt port accepts TCP connections.
wait_ready() {
    local pid="$1" port="$2" deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "server (pid $pid) exited during startup; last log lines ($LOG):"
            tail -n 40 "$LOG" >&2 || true
            rm -f "$PID_FILE"
            return 1
        fi
        if grep -q "^NEO4J READY " "$LOG" 2>/dev/null && port_open "$port"; then
            return 0
        fi
        sleep 0.2
    done
    log "timed out after ${TIMEOUT}s waiting for Neo4j on 127.0.0.1:$port; last log lines ($LOG):"
    tail -n 40 "$LOG" >&2 || true
    return 1
}

# SIGTERM (clean shutdown via the JVM shutdown hook), wait up to 30 s, then SIGKILL.
terminate() {
    local pid="$1" deadline=$((SECONDS + 30))
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid still alive after 30s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
}

prepare_data() {
    if [[ "${NEO4J_KEEP_DATA:-0}" != 1 && -e "$DATA" ]]; then
        if [[ -f "$DATA/$MARKER" || -z "$(ls -A "$DATA" 2>/dev/null)" ]]; then
            rm -rf "$DATA"
        else
            log "refusing to wipe $DATA: not created by this script (no $MARKER); remove it or set NEO4J_KEEP_DATA=1"
            exit 1
        fi
    fi
    mkdir -p "$DATA"
    touch "$DATA/$MARKER"
}

cmd_start() {
    mkdir -p "$STATE"
    # Serialise concurrent start/stop calls (e.g. parallel test sessions).
    exec 9>"$STATE/lock"
    flock -w $((TIMEOUT + 30)) 9 || { log "could not lock $STATE/lock"; exit 1; }

    local pid
    pid="$(live_pid)"
    if [[ -n "$pid" ]]; then
        local running_port
        running_port="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
        if [[ "$running_port" != "$PORT" ]]; then
            log "already running (pid $pid) on port $running_port, not $PORT; stop it first"
            exit 1
        fi
        wait_ready "$pid" "$PORT" || exit 1
        echo "NEO4J READY bolt://127.0.0.1:$PORT (already running, pid $pid)"
        return 0
    fi
    rm -f "$PID_FILE" "$PORT_FILE"

    if port_open "$PORT"; then
        log "port 127.0.0.1:$PORT is already in use by another process; set NEO4J_PORT"
        exit 1
    fi

    cmd_build
    prepare_data

    local t0=$SECONDS
    : >"$LOG"
    # --add-opens: Neo4j uses NIO internals (direct buffers, file descriptors for
    # fadvise); without them it logs warnings and falls back to slower paths.
    # C1-only JIT + serial GC: a short-lived test server on 2 cores reaches READY
    # ~40% sooner (5 s vs 9 s with another core busy) and uses a bit less memory.
    # NEO4J_JAVA_OPTS comes last, so e.g. -XX:TieredStopAtLevel=4 overrides this.
    # setsid: detach from the caller's process group so Ctrl-C in a test run does not
    # kill the server mid-write; stdin/stdout/stderr must not keep the caller's pipes open,
    # and fd 9 (the start/stop lock) must not be inherited or `stop` would block on it.
    # shellcheck disable=SC2086
    setsid "$JAVA" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        --add-opens=java.base/java.nio=ALL-UNNAMED \
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
        --add-opens=java.base/java.io=ALL-UNNAMED \
        ${NEO4J_JAVA_OPTS:-} \
        -cp "$SCRIPT_DIR/target/classes:$SCRIPT_DIR/target/lib/*" \
        "$MAIN_CLASS" --port "$PORT" --data "$DATA" \
        </dev/null >>"$LOG" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    echo "$PORT" >"$PORT_FILE"

    if ! wait_ready "$pid" "$PORT"; then
        terminate "$pid"
        rm -f "$PID_FILE" "$PORT_FILE"
        exit 1
    fi
    echo "NEO4J READY bolt://127.0.0.1:$PORT (pid $pid, $((SECONDS - t0))s)"
}

cmd_stop() {
    mkdir -p "$STATE"
    exec 9>"$STATE/lock"
    flock -w $((TIMEOUT + 60)) 9 || { log "could not lock $STATE/lock"; exit 1; }

    local pid
    pid="$(live_pid)"
    if [[ -z "$pid" ]]; then
        rm -f "$PID_FILE" "$PORT_FILE"
        echo "neo4j not running"
        return 0
    fi
    local t0=$SECONDS
    terminate "$pid"
    rm -f "$PID_FILE" "$PORT_FILE"
    echo "neo4j stopped (pid $pid, $((SECONDS - t0))s)"
}

cmd_status() {
    local pid port
    pid="$(live_pid)"
    if [[ -z "$pid" ]]; then
        echo "neo4j not running"
        return 3
    fi
    port="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
    if port_open "$port"; then
        echo "neo4j running: pid $pid, bolt://127.0.0.1:$port, data $DATA"
        return 0
    fi
    echo "neo4j starting: pid $pid, bolt://127.0.0.1:$port not accepting connections yet"
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
