#!/usr/bin/env bash
# socialhire invitations load benchmark: build, start the packaged app on a fresh embedded PostgreSQL, then
#  1. order BENCH_CANDIDATES invitations through the API and let that many candidates open their page
#     and submit it all at once (errors, submit latency, total time; then checks through the API that every
#     invitation is completed and has its assessment);
#  2. queue BENCH_EVENTS webhook events for one endpoint on a local receiver and time their delivery
#     (throughput, lag from the event to its delivery, duplicates, failures, signatures checked).
# Prints one markdown report, also written to bench/invitations/last-run.md.
#
# Usage: bench/invitations/run.sh [--no-build] [--help]
#
# Environment (all optional):
#   BENCH_CANDIDATES=200         invitations ordered, and candidates submitting at the same time
#   BENCH_WARMUP_CANDIDATES=0    candidates who order and submit first, unmeasured (0: the measured ones meet a cold app)
#   BENCH_EVENTS=10000           webhook events queued for delivery
#   BENCH_DELIVERY_TIMEOUT=1800  seconds to wait for every delivery
#   BENCH_PORT=18190             HTTP port of the app (bound to 127.0.0.1); the receiver uses BENCH_PORT + 1
#   BENCH_JAVA_OPTS              JVM options of the app; default: the container image's memory settings
#   BENCH_OUT=bench/invitations/last-run.md
#   BENCH_KEEP_TMP=0             1: keep the work directory (app log, receiver log, embedded database)
#   JAVA_HOME                    JDK that builds and runs the app (default: a JDK 17 under /usr/lib/jvm)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=../http/lib.sh
. "$here/../http/lib.sh"

parse_build_option "$@"

candidates=${BENCH_CANDIDATES:-200}
warmup_candidates=${BENCH_WARMUP_CANDIDATES:-0}
events=${BENCH_EVENTS:-10000}
delivery_timeout=${BENCH_DELIVERY_TIMEOUT:-1800}
port=${BENCH_PORT:-18190}
out=${BENCH_OUT:-$here/last-run.md}
require_whole_numbers candidates warmup_candidates events delivery_timeout port
[ "$candidates" -ge 1 ] && [ "$events" -ge 2 ] || die "BENCH_CANDIDATES must be at least 1 and BENCH_EVENTS at least 2"
receiver_port=$(( port + 1 ))
java_opts=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xms64m -Xmx160m -Xmn48m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=80m -Xss512k -XX:MaxDirectMemorySize=64m"}
base="http://127.0.0.1:$port"

ensure_cmd curl curl
ensure_cmd psql postgresql-client
find_java
jdk=$("$java" -version 2>&1 | head -1)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/socialhire-bench-invitations.XXXXXX")
app_pid=""
receiver_pid=""
cleanup() {
    local rc=$?
    set +e
    if [ -n "$receiver_pid" ] && kill -0 "$receiver_pid" 2>/dev/null; then
        kill -TERM "$receiver_pid" 2>/dev/null
        wait "$receiver_pid" 2>/dev/null
    fi
    stop_app "$tmp"
    if [ "$rc" -ne 0 ] || [ "${BENCH_KEEP_TMP:-0}" = 1 ]; then log "work directory kept: $tmp"; else rm -rf "$tmp"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

api_key=$(new_api_key)
auth=(-H "Authorization: Bearer $api_key")
# One key orders every invitation and reads every result: the default per-key limit (a burst of 300,
# then 10/s) would answer 429 before the end, so it is raised for this run, as bench/http does.
export SOCIALHIRE_RATE_LIMIT_CAPACITY=1000000000 SOCIALHIRE_RATE_LIMIT_REFILL_PER_SECOND=1000000000
# The receiver is on 127.0.0.1, which endpoints may use only when private URLs are allowed.
export SOCIALHIRE_WEBHOOKS_ALLOW_PRIVATE_NETWORK=true

if [ "$build" = 1 ]; then
    log "building (./mvnw -B -q package -DskipTests)"
    (cd "$repo" && timeout 1800 ./mvnw -B -q package -DskipTests) || die "build failed"
fi
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "starting the app on $base (embedded PostgreSQL in $tmp/pg); load average $load_start"
start_app "$port" "$tmp" -Dsocialhire.public-base-url="$base"
pg_version=$(bench_psql -qAt -c "SHOW server_version")
durability=$(bench_psql -qAt -c "SELECT 'synchronous_commit ' || current_setting('synchronous_commit') || ', fsync ' || current_setting('fsync')")

# --- 1. candidates submitting at once -----------------------------------------------------------
run_id=$(date +%s)
order_invitations() { # count name -> one /a/{token} path per line in $tmp/name.txt
    local i code body
    : > "$tmp/$2.txt"
    for i in $(seq 1 "$1"); do
        body="{\"packageId\": \"community-manager-participation\", \"candidate\": {\"fullName\": \"Load Candidate $i\",
            \"email\": \"load-$run_id-$2-$i@bench.example.com\", \"source\": \"greenhouse\", \"externalId\": \"load-$run_id-$2-$i\"},
            \"job\": {\"externalId\": \"4012345\", \"title\": \"Community manager\"}}"
        code=$(curl -s -o "$tmp/order.json" -w '%{http_code}' --max-time 30 "${auth[@]}" -H 'Content-Type: application/json' \
            -H "Idempotency-Key: load-$run_id-$2-$i" -d "$body" "$base/api/v1/invitations")
        [ "$code" = 201 ] || die "ordering invitation $i answered $code: $(head -c 400 "$tmp/order.json")"
        grep -o '"candidateUrl":"[^"]*"' "$tmp/order.json" | sed 's/.*\(\/a\/[^"]*\)"/\1/' >> "$tmp/$2.txt" || true
    done
    [ "$(wc -l < "$tmp/$2.txt")" = "$1" ] || die "not every order returned a candidateUrl"
}
if [ "$warmup_candidates" -gt 0 ]; then
    # The first submits of a fresh JVM pay for class loading and compiling the whole path once.
    log "warm-up: $warmup_candidates candidates order and submit, unmeasured"
    order_invitations "$warmup_candidates" warmup
    "$java" "$here/InvitationLoad.java" submit "$base" "$tmp/warmup.txt" "$warmup_candidates" > "$tmp/warmup-submit.txt" 2>&1 \
        || die "the warm-up submits failed: $(grep SUBMIT_ERROR "$tmp/warmup-submit.txt" | head -3)"
fi
log "ordering $candidates invitations"
order_invitations "$candidates" paths

log "$candidates candidates open their page and submit at the same time"
load_submit=$(cut -d' ' -f1-3 /proc/loadavg)
"$java" "$here/InvitationLoad.java" submit "$base" "$tmp/paths.txt" "$candidates" > "$tmp/submit.txt" 2>&1 \
    || log "some submits failed: $(grep SUBMIT_ERROR "$tmp/submit.txt" | head -3)"
line=$(grep '^SUBMIT_RESULT' "$tmp/submit.txt") || { cat "$tmp/submit.txt" >&2; die "no result from the submitting clients"; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }
submit_errors=$(field "$line" errors)
log "$line"

# Checked through the API: every invitation completed, each with an assessment that can be read.
bench_get() { curl -s -o "$tmp/get.json" -w '%{http_code}' --max-time 30 "${auth[@]}" "$base$1"; }
: > "$tmp/assessments.txt"
cursor=""
while :; do
    code=$(bench_get "/api/v1/invitations?status=completed&limit=200${cursor:+&cursor=$cursor}")
    [ "$code" = 200 ] || die "listing invitations answered $code"
    grep -o '"assessmentId":"[^"]*"' "$tmp/get.json" | cut -d'"' -f4 >> "$tmp/assessments.txt" || true
    cursor=$(sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p' "$tmp/get.json")
    [ -n "$cursor" ] || break
done
completed=$(sort -u "$tmp/assessments.txt" | wc -l)
assessments=0
while read -r id; do
    [ "$(bench_get "/api/v1/assessments/$id")" = 200 ] && assessments=$(( assessments + 1 ))
done < <(sort -u "$tmp/assessments.txt")
log "through the API: $completed completed invitations with distinct assessments, $assessments assessments read"

# --- 2. webhook delivery of queued events --------------------------------------------------------
log "starting the webhook receiver on 127.0.0.1:$receiver_port"
"$java" "$here/InvitationLoad.java" receive "$receiver_port" "$tmp/secret.txt" > "$tmp/receiver.log" 2>&1 &
receiver_pid=$!
for _ in $(seq 1 300); do
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$receiver_port/stats" && break
    kill -0 "$receiver_pid" 2>/dev/null || { cat "$tmp/receiver.log" >&2; die "the receiver did not start"; }
    sleep 0.2
done
code=$(curl -s -o "$tmp/endpoint.json" -w '%{http_code}' --max-time 30 "${auth[@]}" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: load-$run_id-endpoint" \
    -d "{\"url\": \"http://127.0.0.1:$receiver_port/hooks\", \"description\": \"load benchmark\", \"eventTypes\": [\"candidate.created\"]}" \
    "$base/api/v1/webhook-endpoints")
[ "$code" = 201 ] || die "registering the endpoint answered $code: $(head -c 400 "$tmp/endpoint.json")"
sed -n 's/.*"secret":"\([^"]*\)".*/\1/p' "$tmp/endpoint.json" > "$tmp/secret.txt"
endpoint_id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$tmp/endpoint.json")
[ -s "$tmp/secret.txt" ] && [ -n "$endpoint_id" ] || die "no secret or id in $(head -c 400 "$tmp/endpoint.json")"

# All but one event are queued straight into the outbox tables, shaped as Outbox.publish writes them
# (candidate.created, the thin payload); the candidates they name do not exist, which delivery does not
# look at. The last one is a real candidate created through the API: its commit wakes the dispatcher,
# as any write of the app would after an outage left deliveries queued.
log "queueing $(( events - 1 )) events in the outbox"
bench_psql -q -v n="$(( events - 1 ))" -v endpoint="$endpoint_id" -v base="$base" > /dev/null <<'SQL'
BEGIN;
CREATE TEMP TABLE queued ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, gen_random_uuid() AS candidate_id FROM generate_series(1, :n);
INSERT INTO webhook_event (id, type, payload, occurred_at)
    SELECT q.id, 'candidate.created', jsonb_build_object('type', 'candidate.created',
        'timestamp', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'data', jsonb_build_object('id', q.candidate_id, 'url', :'base' || '/api/v1/candidates/' || q.candidate_id)), now()
    FROM queued q;
INSERT INTO webhook_delivery (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
    SELECT gen_random_uuid(), :'endpoint', q.id, 'pending', 0, now(), now() FROM queued q;
COMMIT;
SQL
load_delivery=$(cut -d' ' -f1-3 /proc/loadavg)
t0_ms=$(date +%s%3N)
code=$(curl -s -o "$tmp/candidate.json" -w '%{http_code}' --max-time 30 "${auth[@]}" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: load-$run_id-candidate" \
    -d "{\"fullName\": \"Load Wake\", \"email\": \"load-$run_id-wake@bench.example.com\"}" "$base/api/v1/candidates")
[ "$code" = 201 ] || die "creating the candidate answered $code: $(head -c 400 "$tmp/candidate.json")"
queued=$(bench_psql -qAt -c "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = '$endpoint_id'")
[ "$queued" = "$events" ] || die "$queued deliveries queued, expected $events"

log "waiting for $events deliveries (at most $delivery_timeout s)"
deadline=$(( $(date +%s) + delivery_timeout ))
last_log=0
while :; do
    IFS='|' read -r done_ok done_failed retried <<< "$(bench_psql -qAt -F '|' -c "SELECT count(*) FILTER (WHERE status = 'succeeded'),
        count(*) FILTER (WHERE status = 'failed'), count(*) FILTER (WHERE status = 'pending' AND attempts > 0)
        FROM webhook_delivery WHERE endpoint_id = '$endpoint_id'")"
    [ $(( done_ok + done_failed )) -ge "$events" ] && break
    if [ "$(date +%s)" -ge "$deadline" ]; then log "timed out: $done_ok delivered, $done_failed failed"; break; fi
    if [ $(( $(date +%s) - last_log )) -ge 30 ]; then
        log "$done_ok delivered, $done_failed failed, $retried waiting for a retry; load average $(cut -d' ' -f1-3 /proc/loadavg)"
        last_log=$(date +%s)
    fi
    sleep 2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
IFS='|' read -r first_ms last_ms lag50 lag95 lagmax retries <<< "$(bench_psql -qAt -F '|' -c "
    SELECT (extract(epoch FROM min(d.last_attempt_at)) * 1000)::bigint, (extract(epoch FROM max(d.last_attempt_at)) * 1000)::bigint,
        round((extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY d.last_attempt_at - e.occurred_at)) * 1000)::numeric),
        round((extract(epoch FROM percentile_cont(0.95) WITHIN GROUP (ORDER BY d.last_attempt_at - e.occurred_at)) * 1000)::numeric),
        round((extract(epoch FROM max(d.last_attempt_at - e.occurred_at)) * 1000)::numeric),
        count(*) FILTER (WHERE d.attempts > 1)
    FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
    WHERE d.endpoint_id = '$endpoint_id' AND d.status = 'succeeded'")"
stats=$(curl -s --max-time 10 "http://127.0.0.1:$receiver_port/stats")
log "receiver: $stats"
total_s=$(awk -v a="$t0_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
rate=$(awk -v n="$done_ok" -v a="$t0_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (b > a) ? n / ((b - a) / 1000) : 0 }')

# --- report --------------------------------------------------------------------------------------
ms() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
verdict() { [ "$1" = 0 ] && echo "**0** (met)" || echo "**$1** (NOT met)"; }
{
    echo "Run of $(date -u +%Y-%m-%dT%H:%M:%SZ), commit \`$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)\`" \
        "(\`bench/invitations/run.sh\`), embedded PostgreSQL $pg_version, $(nproc) CPUs shared with other work:" \
        "load average (1, 5, 15 min) $load_start at the start."
    echo
    echo "**$candidates candidates submitting at once** (load average $load_submit when they started; $( [ "$warmup_candidates" -gt 0 ] && echo "after $warmup_candidates unmeasured warm-up submits" || echo "the first submits the fresh app serves" ))"
    echo
    echo "| measure | value |"
    echo "|---|---:|"
    echo "| errors (any answer but 200 to the page, 303 to the submit, or no answer) | $(verdict "$submit_errors") |"
    echo "| submit \`POST /a/{token}\`: p50 / p95 / p99 / max | $(ms "$(field "$line" submit_p50_ms)") / $(ms "$(field "$line" submit_p95_ms)") / $(ms "$(field "$line" submit_p99_ms)") / $(ms "$(field "$line" submit_max_ms)") ms |"
    echo "| page \`GET /a/{token}\`: p50 / p95 / p99 / max | $(ms "$(field "$line" page_p50_ms)") / $(ms "$(field "$line" page_p95_ms)") / $(ms "$(field "$line" page_p99_ms)") / $(ms "$(field "$line" page_max_ms)") ms |"
    echo "| all $candidates candidates, first page request to last submit answered | $(field "$line" total_ms) ms |"
    echo "| checked through the API: completed invitations / their assessments read | $completed / $assessments of $(( candidates + warmup_candidates )) |"
    echo
    echo "**$events queued webhook events delivered to a local receiver** (load average $load_delivery when queued, $load_after at the end)"
    echo
    echo "| measure | value |"
    echo "|---|---:|"
    echo "| delivered (2xx) / failed for good / still pending | $done_ok / $done_failed / $(( events - done_ok - done_failed )) |"
    echo "| time from the wake-up write to the last delivery | $total_s s |"
    echo "| throughput | **$rate deliveries/s** |"
    echo "| lag, event to delivery recorded (database): p50 / p95 / max | $(( lag50 / 1000 )).$(printf '%03d' $(( lag50 % 1000 ))) / $(( lag95 / 1000 )).$(printf '%03d' $(( lag95 % 1000 ))) / $(( lagmax / 1000 )).$(printf '%03d' $(( lagmax % 1000 ))) s |"
    echo "| deliveries that needed a retry | $retries |"
    echo "| receiver: requests / distinct \`webhook-id\`s / duplicates / bad signatures | $(field "$stats" received) / $(field "$stats" unique) / $(field "$stats" duplicates) / $(field "$stats" bad_signatures) |"
    echo "| receiver: lag, payload timestamp to arrival: p50 / p95 / max | $(ms "$(field "$stats" lag_p50_ms)") / $(ms "$(field "$stats" lag_p95_ms)") / $(ms "$(field "$stats" lag_max_ms)") ms |"
    echo "| receiver: first to last arrival | $(awk -v a="$(field "$stats" first_ms)" -v b="$(field "$stats" last_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s |"
    echo
    echo "- the receiver (\`bench/invitations/InvitationLoad.java receive\`) answers 204 at once and checks the Standard Webhooks"
    echo "  signature (v1, HMAC-SHA256 of id.timestamp.body) of every request; duplicates are counted by \`webhook-id\`;"
    echo "  its lag is the arrival time minus the event's payload timestamp (milliseconds)"
    echo "- the app: JDK $jdk, options \`$java_opts\`, per-key rate limit raised, private webhook URLs allowed;"
    echo "  durability as shipped (PostgreSQL: $durability)"
    echo "- machine: $(nproc) CPUs ($(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1)), shared by the app, PostgreSQL, the"
    echo "  clients, the receiver and other work"
} > "$out"
cat "$out"
