#!/usr/bin/env bash
# Webhooks are delivered at least once across a crash of the application, against the packaged jar.
#
# A local receiver (reliability/WebhookReceiver.java, run from source) verifies every request's Standard
# Webhooks signature, logs its webhook-id and the candidate id in its data, and holds each answer a
# while, so deliveries are in flight. An endpoint subscribed to candidate.created points at it; writers
# create candidates, and while some deliveries are in flight and others still pending the JVM is killed
# with kill -9. After the restart the dispatcher drains the outbox: deliveries claimed before the kill
# come again once their lease (60 s) runs out. Then every candidate answered 201 must have arrived at
# least once with a valid signature; arrivals more than once are counted, not failed (receivers drop a
# webhook-id they have handled). Exits non-zero on a lost event, a bad signature, no deliveries in
# flight at the kill, or a drain (no pending delivery left) slower than REL_DRAIN_LIMIT s.
#
# Usage: reliability/webhook-crash.sh [--no-build]
# Environment (optional):
#   REL_JAR=target/quarkus-app/quarkus-run.jar   the packaged application (built when missing)
#   REL_PORT=18590          HTTP port of the application (bound to 127.0.0.1)
#   REL_RECEIVER_PORT=18591 HTTP port of the receiver (bound to 127.0.0.1)
#   REL_CLIENTS=4           concurrent writers
#   REL_LOAD_BEFORE=4       seconds of writes before the kill
#   REL_HOLD_MS=5000        how long the receiver holds each answer (under the 15 s delivery timeout)
#   REL_START_LIMIT=60      seconds the start after the kill may take
#   REL_DRAIN_LIMIT=120     seconds after that start within which every delivery must be done
#   REL_KEEP_TMP=0          1: keep the work directory (app logs, receiver log, database)
#   JAVA_HOME               JDK that runs the application and the receiver (default: java on PATH)
# Needs bash, a JDK 17+ and curl (installed with apt-get when missing).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
# shellcheck source=reliability/lib.sh
. "$here/lib.sh"
log_name=webhook-crash

app_settings 18590 "$@"
receiver_port=${REL_RECEIVER_PORT:-18591}
clients=${REL_CLIENTS:-4}
load_before=${REL_LOAD_BEFORE:-4}
hold_ms=${REL_HOLD_MS:-5000}
start_limit=${REL_START_LIMIT:-60}
drain_limit=${REL_DRAIN_LIMIT:-120}
receiver="http://127.0.0.1:$receiver_port"

require_curl
require_jar "$repo" "$build"
if curl -s -o /dev/null --max-time 2 "$receiver/"; then
    die "something already listens on 127.0.0.1:$receiver_port: stop it or set REL_RECEIVER_PORT"
fi

tmp=$(mktemp -d -t socialhire-webhook-crash.XXXXXX)
data="$tmp/pg"
key=$(new_admin_key webhookc)
app_pid=""
receiver_pid=""
load_pids=()
failed=1
# The receiver is on loopback over plain http.
export SOCIALHIRE_WEBHOOKS_ALLOW_PRIVATE_NETWORK=true

cleanup() {
    stop_load
    if [ -n "$receiver_pid" ]; then
        kill "$receiver_pid" 2>/dev/null || true
        wait "$receiver_pid" 2>/dev/null || true
    fi
    stop_all_and_tidy
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The candidate ids that arrived with a valid signature, sorted, one a line.
delivered_ids() {
    awk '$2 == "ok" && $3 == "candidate.created" { print $4 }' "$tmp/received" | sort -u
}

# How many acknowledged candidates have not arrived (yet).
missing_count() {
    sort -u "$tmp/acked" > "$tmp/acked.sorted"
    delivered_ids > "$tmp/delivered.sorted"
    comm -23 "$tmp/acked.sorted" "$tmp/delivered.sorted" | wc -l
}

receiver_stat() { # received | inflight
    curl -s --max-time 2 "$receiver/stats" | awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }'
}

: > "$tmp/acked"
: > "$tmp/received"

log "starting the app on $base (data: $data)"
start_app first 180; t=$started_ms
case "$t" in failed|timeout) die "the app did not start ($t)";; esac
log "ready in $(ms_to_s "$t") s"

endpoint=$(curl -s --max-time 10 -X POST "$base/api/v1/webhook-endpoints" -H "Authorization: Bearer $key" \
    -H 'Content-Type: application/json' \
    -d "{\"url\":\"$receiver/hooks\",\"description\":\"crash check\",\"eventTypes\":[\"candidate.created\"]}")
endpoint_id=$(printf '%s' "$endpoint" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
secret=$(printf '%s' "$endpoint" | grep -o '"secret":"whsec_[^"]*"' | cut -d'"' -f4)
[ -n "$endpoint_id" ] && [ -n "$secret" ] || die "the endpoint was not created: $endpoint"

WEBHOOK_SECRET=$secret "$java" "$here/WebhookReceiver.java" "$receiver_port" "$tmp/received" "$hold_ms" \
    > "$tmp/receiver.log" 2>&1 < /dev/null &
receiver_pid=$!
for _ in $(seq 1 300); do
    [ -n "$(receiver_stat received)" ] && break
    kill -0 "$receiver_pid" 2>/dev/null || { cat "$tmp/receiver.log" >&2; die "the receiver did not start"; }
    sleep 0.1
done
[ -n "$(receiver_stat received)" ] || die "the receiver did not answer within 30 s"
log "endpoint $endpoint_id delivers to $receiver/hooks, which holds each answer $hold_ms ms"

# --- kill -9 of the JVM with deliveries in flight and pending ------------------------------------
start_load
sleep "$load_before"
# Kill when the receiver holds requests and acknowledged events remain that it has not been sent yet
# (for up to 30 s more).
inflight=0
unsent=0
waited_from=$(now_ms)
while [ $(( $(now_ms) - waited_from )) -lt 30000 ]; do
    inflight=$(receiver_stat inflight)
    sent=$(receiver_stat received)
    unsent=$(( $(wc -l < "$tmp/acked") - ${sent:-0} ))
    [ "${inflight:-0}" -gt 0 ] && [ "$unsent" -gt 0 ] && break
    sleep 0.1
done
received_at_kill=$(wc -l < "$tmp/received")
acked_at_kill=$(wc -l < "$tmp/acked")
kill -9 "$app_pid"
killed_at=$(now_ms)
wait "$app_pid" 2>/dev/null || true
stop_load
pending=$(missing_count)
log "kill -9 of the JVM after $acked_at_kill acknowledged writes; the receiver had $received_at_kill requests," \
    "${inflight:-0} held (in flight); $pending acknowledged events not yet received, $unsent of them not yet sent"
log "answers to the writers: $(status_counts)"
result=0
if [ "${inflight:-0}" -eq 0 ] || [ "$unsent" -le 0 ]; then
    log "FAIL: no deliveries in flight with others pending at the kill: raise REL_LOAD_BEFORE or REL_HOLD_MS"
    result=1
fi

start_app after-kill "$start_limit"; t=$started_ms
case "$t" in failed|timeout) die "the app did not start again within $start_limit s ($t)";; esac
restarted_at=$(now_ms)
log "started again in $(ms_to_s "$t") s; waiting for the dispatcher to deliver every pending event"

# Drained: every acknowledged event arrived, and the endpoint has no pending delivery left.
drained=""
while [ $(( $(now_ms) - restarted_at )) -lt $(( drain_limit * 1000 )) ]; do
    if [ "$(missing_count)" = 0 ] && curl -s --max-time 5 -H "Authorization: Bearer $key" \
            "$base/api/v1/webhook-endpoints/$endpoint_id/deliveries?status=pending&limit=1" | grep -q '"items":\[\]'; then
        drained=$(( $(now_ms) - restarted_at ))
        break
    fi
    sleep 1
done

acked=$(sort -u "$tmp/acked" | wc -l)
lost=$(missing_count)
requests=$(wc -l < "$tmp/received")
distinct=$(awk '{ print $1 }' "$tmp/received" | sort -u | wc -l)
duplicates=$((requests - distinct))
repeated=$(awk '{ print $1 }' "$tmp/received" | sort | uniq -d | wc -l)
bad=$(awk '$2 != "ok"' "$tmp/received" | wc -l)
delivered=$((acked - lost))
# Writes committed whose 201 the kill cut off: their events may arrive too, and count for nothing.
unacknowledged=$(comm -13 "$tmp/acked.sorted" "$tmp/delivered.sorted" | wc -l)

if [ -n "$drained" ]; then
    drain="$(ms_to_s "$drained") s after the restart ($(ms_to_s $(( restarted_at + drained - killed_at ))) s after the kill)"
else
    drain="not within $drain_limit s"
    log "FAIL: deliveries still pending or events missing $drain_limit s after the restart"
    result=1
fi
log "$requests requests for $distinct events; $duplicates extra arrivals ($repeated events more than once);" \
    "$unacknowledged events of writes whose answer the kill cut off"
if [ "$lost" != 0 ]; then
    log "FAIL: $lost acknowledged events never arrived:"
    comm -23 "$tmp/acked.sorted" "$tmp/delivered.sorted" | head -20 >&2
    result=1
fi
if [ "$bad" != 0 ]; then
    log "FAIL: $bad requests without a valid signature"
    result=1
fi

echo
echo "| crash | acknowledged events | delivered | duplicates | lost | bad signatures | drained |"
echo "|---|---|---|---|---|---|---|"
echo "| kill -9 of the JVM, ${inflight:-0} deliveries in flight, $pending not yet received | $acked | $delivered | $duplicates | $lost | $bad | $drain |"
failed=$result
exit "$result"
