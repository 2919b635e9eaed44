# Helpers shared by the scripts that run the packaged application (source it; not run on its own).
#
# The caller calls app_settings, then sets, before calling the functions below:
#   log_name  prefix of log lines            java  the java binary      jar   the packaged app
#   port      HTTP port (127.0.0.1)          base  http://127.0.0.1:$port
#   tmp       work directory (app logs)      data  the embedded database's data directory
#   key       the bootstrap admin key        app_pid=""  (set by start_app)
#   clients   concurrent writers             load_pids=()  (set by start_load)
# shellcheck shell=bash

log() { printf '[%s %s] %s\n' "${log_name:-socialhire}" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# The settings every script takes: --no-build as first argument, REL_PORT (default: the first argument
# here), REL_JAR and JAVA_HOME; sets build, port, jar, java and base.
app_settings() {
    local default_port=$1
    shift
    build=1
    [ "${1:-}" = "--no-build" ] && build=0
    port=${REL_PORT:-$default_port}
    jar=${REL_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
    java=${JAVA_HOME:+$JAVA_HOME/bin/}java
    base="http://127.0.0.1:$port"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
ms_to_s() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# curl, installed with apt-get when missing.
require_curl() {
    command -v curl >/dev/null 2>&1 && return 0
    log "curl not found: installing it with apt-get"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    timeout 300 $sudo apt-get update -qq >&2 || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive timeout 600 $sudo apt-get install -y -qq curl >&2 || die "could not install curl"
}

# The jar: built with ./mvnw package when missing, or when build=1 and REL_JAR is unset.
require_jar() {
    local repo=$1 build=$2
    command -v "$java" >/dev/null 2>&1 || die "no java: put a JDK 17+ on PATH or set JAVA_HOME"
    if [ ! -f "$jar" ] || { [ "$build" = 1 ] && [ -z "${REL_JAR:-}" ]; }; then
        log "building the application (./mvnw -B -q package -DskipTests)"
        (cd "$repo" && ./mvnw -B -q package -DskipTests) || die "build failed"
    fi
    if curl -s -o /dev/null --max-time 2 "$base/"; then
        die "something already listens on 127.0.0.1:$port: stop it or set REL_PORT"
    fi
}

# A fresh admin key for the bootstrap setting.
new_admin_key() {
    echo "shk_$1_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' | head -c 43)"
}

# The postmaster on $data and everything it started (children found through /proc, no procps needed).
postgres_pids() {
    local master p ppid
    [ -f "$data/postmaster.pid" ] || return 0
    master=$(head -1 "$data/postmaster.pid")
    [ -d "/proc/$master" ] || return 0
    echo "$master"
    for p in /proc/[0-9]*; do
        ppid=$(awk '{print $4}' "$p/stat" 2>/dev/null || true)
        [ "$ppid" = "$master" ] && echo "${p#/proc/}"
    done
    return 0
}

# Stops the app (TERM, then KILL after 10 s) and whatever PostgreSQL is left on $data (an orphan of
# a killed JVM).
stop_app_and_database() {
    if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    local pids
    pids=$(postgres_pids)
    if [ -n "$pids" ]; then
        kill -INT "$(head -1 "$data/postmaster.pid")" 2>/dev/null || true
        sleep 2
        # shellcheck disable=SC2086
        kill -9 $(postgres_pids) 2>/dev/null || true
    fi
}

# Starts the app with $key as admin key and $base as public base URL; sets started_ms to the
# milliseconds until /q/health/ready answered 200, or to "failed" (the app exited) or "timeout"
# (still not ready after limit seconds). Rate limits are lifted.
start_app() {
    local name=$1 limit=$2 began code
    began=$(now_ms)
    SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY=$key SOCIALHIRE_RATE_LIMIT_CAPACITY=1000000000 \
        SOCIALHIRE_RATE_LIMIT_REFILL_PER_SECOND=1000000000 \
        "$java" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
        -Dsocialhire.public-base-url="$base" \
        -Dsocialhire.embedded-db.data-dir="$data" -jar "$jar" >> "$tmp/app-$name.log" 2>&1 < /dev/null &
    app_pid=$!
    while [ $(( $(now_ms) - began )) -lt $(( limit * 1000 )) ]; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            log "the app exited during start ($name); last lines of its log:"
            tail -15 "$tmp/app-$name.log" >&2
            started_ms=failed
            return 0
        fi
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/q/health/ready" || true)
        if [ "$code" = 200 ]; then
            started_ms=$(( $(now_ms) - began ))
            return 0
        fi
        sleep 0.1
    done
    started_ms=timeout
}

# Stops the app and its database, then removes $tmp after a success ($failed=0) unless
# REL_KEEP_TMP=1; after a failure it is kept for a look.
stop_all_and_tidy() {
    stop_app_and_database
    if [ "${failed:-1}" = 0 ] && [ "${REL_KEEP_TMP:-0}" != 1 ]; then
        rm -rf "$tmp"
    else
        log "work directory kept: $tmp"
    fi
}

# Write load: $clients writers, each creating candidates until stop_load; the id of every 201 goes to
# $tmp/acked, every status to $tmp/codes.<writer> (counted by status_counts).
writer() {
    local n=$1 i=0 code location
    while [ ! -e "$tmp/stop" ]; do
        i=$((i + 1))
        code=$(curl -s -o /dev/null -D "$tmp/h.$n" -w '%{http_code}' --max-time 30 -X POST "$base/api/v1/candidates" \
            -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
            -d "{\"fullName\":\"Load $n $i\",\"email\":\"l$n.$i.$RANDOM$RANDOM@${log_name:-load}.example.com\"}" || true)
        code=${code:-000}
        if [ "$code" = 201 ]; then
            location=$(tr -d '\r' < "$tmp/h.$n" | sed -n 's/^[Ll]ocation: *//p')
            echo "${location##*/}" >> "$tmp/acked"
        fi
        echo "$code" >> "$tmp/codes.$n"
    done
}

start_load() {
    local n
    for n in $(seq 1 "$clients"); do
        writer "$n" &
        load_pids+=($!)
    done
}

stop_load() {
    touch "$tmp/stop"
    local p
    for p in "${load_pids[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
    load_pids=()
    rm -f "$tmp/stop"
}

# The answers since the last call, by status ("201 x80, 503 x3").
status_counts() {
    cat "$tmp"/codes.* 2>/dev/null | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}'
    rm -f "$tmp"/codes.*
}
