#!/usr/bin/env bash
# Durability and recovery of the embedded PostgreSQL, against the packaged application.
#
# Two crashes under write load (POST /api/v1/candidates from several curl loops):
#   1. kill -9 of the embedded PostgreSQL (the postmaster and every process it started): the
#      application must answer 503 meanwhile, start the server again by itself, and keep every
#      write it acknowledged with 201.
#   2. kill -9 of the application's JVM: the orphaned PostgreSQL keeps running; the next start must
#      deal with it at once, and every acknowledged write must be there.
# Afterwards every id answered 201 is read back with GET; a missing one is a lost write. Exits
# non-zero on any lost write, on an answer other than 201 or 503 while PostgreSQL is away (a 500, a
# request cut off or hanging for 30 s), on no recovery within REL_RECOVERY_LIMIT s, or on a start
# slower than REL_START_LIMIT s.
#
# Usage: reliability/durability.sh [--no-build]
# Environment (optional):
#   REL_JAR=target/quarkus-app/quarkus-run.jar   the packaged application (built when missing)
#   REL_PORT=18490          HTTP port (bound to 127.0.0.1)
#   REL_CLIENTS=8           concurrent writers
#   REL_LOAD_BEFORE=5       seconds of load before each kill
#   REL_LOAD_AFTER=3        seconds of load once the service answers again
#   REL_RECOVERY_LIMIT=20   seconds the service may take to answer again after the database died
#   REL_START_LIMIT=30      seconds a start after kill -9 of the JVM may take
#   REL_KEEP_TMP=0          1: keep the work directory (app logs, database)
#   JAVA_HOME               JDK that runs the application (default: java on PATH)
# Needs bash, a JDK 17+ and curl (installed with apt-get when missing).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
# shellcheck source=reliability/lib.sh
. "$here/lib.sh"
log_name=durability

app_settings 18490 "$@"
clients=${REL_CLIENTS:-8}
load_before=${REL_LOAD_BEFORE:-5}
load_after=${REL_LOAD_AFTER:-3}
recovery_limit=${REL_RECOVERY_LIMIT:-20}
start_limit=${REL_START_LIMIT:-30}

require_curl
require_jar "$repo" "$build"

tmp=$(mktemp -d -t socialhire-durability.XXXXXX)
data="$tmp/pg"
key=$(new_admin_key durabilt)
app_pid=""
load_pids=()
failed=1

cleanup() {
    stop_load
    stop_all_and_tidy
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Reads every acknowledged id back; prints how many are missing.
lost_writes() {
    local id lost=0 code
    while read -r id; do
        [ -n "$id" ] || continue
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $key" \
            "$base/api/v1/candidates/$id" || echo 000)
        if [ "$code" != 200 ]; then
            lost=$((lost + 1))
            echo "$id $code" >> "$tmp/lost"
        fi
    done < "$tmp/acked"
    echo "$lost"
}

result=0
: > "$tmp/acked"

log "starting the app on $base (data: $data)"
start_app first 180; t=$started_ms
case "$t" in failed|timeout) die "the app did not start ($t)";; esac
log "ready in $(ms_to_s "$t") s"

# --- 1. kill -9 of the embedded PostgreSQL -------------------------------------------------
start_load
sleep "$load_before"
pids=$(postgres_pids)
[ -n "$pids" ] || die "no embedded PostgreSQL found for $data"
acked_at_kill=$(wc -l < "$tmp/acked")
log "kill -9 of the embedded PostgreSQL ($(echo $pids | wc -w) processes) after $acked_at_kill acknowledged writes"
killed_at=$(now_ms)
# shellcheck disable=SC2086
kill -9 $pids
recovered=""
while [ $(( $(now_ms) - killed_at )) -lt $(( recovery_limit * 1000 )) ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/q/health/ready" || true)
    if [ "$code" = 200 ]; then recovered=$(( $(now_ms) - killed_at )); break; fi
    sleep 0.1
done
if [ -n "$recovered" ]; then
    log "answering again $(ms_to_s "$recovered") s after the kill, without a restart of the app"
    sleep "$load_after"
else
    log "FAIL: no recovery within $recovery_limit s; restarting the app to count the writes"
    result=1
fi
stop_load
# While the database is away a write is refused with 503, never a 500 or a hanging request.
unexpected=$(cat "$tmp"/codes.* 2>/dev/null | grep -c -v -x -e 201 -e 503 || true)
log "answers during scenario 1: $(status_counts)"
if [ "$unexpected" != 0 ]; then
    log "FAIL: $unexpected answers other than 201 or 503 during the outage"
    result=1
fi
if [ -z "$recovered" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    start_app after-postgres-kill 180; t=$started_ms
    case "$t" in failed|timeout) die "the app did not start again ($t)";; esac
fi
acked=$(wc -l < "$tmp/acked")
lost=$(lost_writes)
log "scenario 1 (kill -9 of PostgreSQL): $acked acknowledged writes, $lost lost"
[ "$lost" = 0 ] || result=1
lost_pg=$lost
acked_pg=$acked

# --- 2. kill -9 of the JVM -----------------------------------------------------------------
: > "$tmp/acked"
start_load
sleep "$load_before"
log "kill -9 of the JVM (pid $app_pid) after $(wc -l < "$tmp/acked") acknowledged writes"
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
stop_load
status_counts > /dev/null
orphan=$(postgres_pids | sed -n 1p)
log "orphaned PostgreSQL left running: ${orphan:-none}"
start_app after-jvm-kill "$start_limit"; t=$started_ms
case "$t" in
    failed|timeout)
        log "FAIL: the start after kill -9 of the JVM did not succeed within $start_limit s ($t); starting once more"
        result=1
        # Let that start fail by itself (a kill -9 here would leave one more orphan behind).
        for _ in $(seq 1 900); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        start_app after-jvm-kill-2 180; t=$started_ms
        case "$t" in failed|timeout) die "the second start failed too ($t)";; esac
        log "the second start took $(ms_to_s "$t") s"
        ;;
    *) log "started in $(ms_to_s "$t") s with the orphan on the data directory" ;;
esac
start_after_jvm_kill=$t
acked=$(wc -l < "$tmp/acked")
lost=$(lost_writes)
log "scenario 2 (kill -9 of the JVM): $acked acknowledged writes, $lost lost"
[ "$lost" = 0 ] || result=1

echo
echo "| crash | acknowledged writes | lost | recovery |"
echo "|---|---|---|---|"
if [ -n "$recovered" ]; then recovery="answering again after $(ms_to_s "$recovered") s"; else recovery="none within $recovery_limit s"; fi
echo "| kill -9 of the embedded PostgreSQL | $acked_pg | $lost_pg | $recovery |"
echo "| kill -9 of the JVM | $acked | $lost | next start ready in $(ms_to_s "$start_after_jvm_kill") s |"
[ -s "$tmp/lost" ] && { log "lost ids (id, status):"; cat "$tmp/lost" >&2; }
failed=$result
exit "$result"
