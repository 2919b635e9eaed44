#!/usr/bin/env bash
# socialhire impact-report benchmark: build, start the packaged app on a fresh embedded PostgreSQL, seed
# 100,000 candidates (bench/http/sql/seed.sql) with an assessment each and voluntary self-identification
# (bench/fairness/sql/seed.sql), then time GET /api/v1/fairness/impact-report over all of them and
# EXPLAIN (ANALYZE, BUFFERS) the query it runs (src/main/resources/sql/impact-counts.sql). Prints one
# markdown report, also written to bench/fairness/last-run.md. Target: under 2 s per report.
#
# Usage: bench/fairness/run.sh [--no-build] [--help]
#
# Environment (all optional):
#   BENCH_CANDIDATES=100000  candidates to seed
#   BENCH_REPEAT=10          timed reports (after 3 untimed ones that warm the JIT and PostgreSQL's cache)
#   BENCH_PORT=18090         HTTP port of the app (bound to 127.0.0.1)
#   BENCH_JAVA_OPTS          JVM options of the app; default: the container image's memory settings
#   BENCH_OUT=bench/fairness/last-run.md
#   BENCH_KEEP_TMP=0         1: keep the work directory (app log, report, plan, embedded database)
#   JAVA_HOME                JDK that builds and runs the app (default: a JDK 17 under /usr/lib/jvm)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=../http/lib.sh
. "$here/../http/lib.sh"

parse_build_option "$@"

candidates=${BENCH_CANDIDATES:-100000}
repeat=${BENCH_REPEAT:-10}
port=${BENCH_PORT:-18090}
out=${BENCH_OUT:-$here/last-run.md}
require_whole_numbers candidates repeat port
[ "$repeat" -ge 1 ] || die "BENCH_REPEAT must be at least 1"
java_opts=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xms64m -Xmx160m -Xmn48m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=80m -Xss512k -XX:MaxDirectMemorySize=64m"}
base="http://127.0.0.1:$port"
# The window covers every seeded assessment (the seed spreads them over 2025).
from=2024-12-01T00:00:00Z
to=2026-01-01T00:00:00Z

ensure_cmd curl curl
ensure_cmd psql postgresql-client
find_java

tmp=$(mktemp -d "${TMPDIR:-/tmp}/socialhire-bench-fairness.XXXXXX")
app_pid=""
cleanup() {
    local rc=$?
    set +e
    stop_app "$tmp"
    if [ "$rc" -ne 0 ] || [ "${BENCH_KEEP_TMP:-0}" = 1 ]; then log "work directory kept: $tmp"; else rm -rf "$tmp"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# An admin key in the app's format (shk_<8 [a-z0-9]>_<43 base64url>), registered at startup.
api_key=$(new_api_key)

if [ "$build" = 1 ]; then
    log "building (./mvnw -B -q package -DskipTests)"
    (cd "$repo" && ./mvnw -B -q package -DskipTests) || die "build failed"
fi
log "starting the app on $base (embedded PostgreSQL in $tmp/pg)"
start_app "$port" "$tmp"

log "seeding $candidates candidates, their assessments and self-identification"
seed_start=$(date +%s%N)
bench_psql -q -v n="$candidates" -f "$repo/bench/http/sql/seed.sql" > "$tmp/seed-candidates.txt" || die "seeding candidates failed"
bench_psql -q -f "$here/sql/seed.sql" > "$tmp/seed-fairness.txt" || die "seeding assessments failed"
seed_ms=$(( ($(date +%s%N) - seed_start) / 1000000 ))
rows=$(bench_psql -qAt -c "SELECT (SELECT count(*) FROM assessment) || ' assessments of ' || (SELECT count(DISTINCT candidate_id)
    FROM assessment) || ' candidates, ' || (SELECT count(*) FROM assessment_review) || ' reviews, '
    || (SELECT count(*) FROM candidate_self_identification) || ' self-identifications'")
log "seeded in $seed_ms ms: $rows"

url="$base/api/v1/fairness/impact-report?rubricKey=participation&from=$from&to=$to"
report() {
    curl -s -o "$tmp/report.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $api_key" "$url"
}
for _ in 1 2 3; do read -r code _ <<< "$(report)"; [ "$code" = 200 ] || die "the report answered $code: $(head -c 400 "$tmp/report.json")"; done
assessed=$(grep -o '"assessedCandidates":[0-9]*' "$tmp/report.json" | cut -d: -f2)
[ "$assessed" = "$candidates" ] || die "the report counted $assessed candidates, $candidates were seeded"
times=()
for _ in $(seq 1 "$repeat"); do
    read -r code seconds <<< "$(report)"
    [ "$code" = 200 ] || die "the report answered $code"
    times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
min=$(head -1 <<< "$sorted"); max=$(tail -1 <<< "$sorted")
median=$(awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }' <<< "$sorted")

# The very text the service runs, with this run's parameters and no optional filters.
perl -pe "s/(?<!:):key\b/'participation'/g; s/(?<!:):from\b/timestamptz '$from'/g; s/(?<!:):to\b/timestamptz '$to'/g;" \
    "$repo/src/main/resources/sql/impact-counts.sql" > "$tmp/query.sql"
{ printf 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)\n'; grep -v '^--' "$tmp/query.sql"; printf ';\n'; } > "$tmp/explain.sql"
bench_psql -qAt -f "$tmp/explain.sql" > "$tmp/plan.txt" || die "EXPLAIN failed"
db_ms=$(sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p' "$tmp/plan.txt")

{
    echo "Run of $(date -u +%Y-%m-%dT%H:%M:%SZ), commit \`$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)\`" \
        "(\`bench/fairness/run.sh\`), embedded PostgreSQL $(bench_psql -qAt -c 'SHOW server_version'):"
    echo
    echo "| measure | value |"
    echo "|---|---:|"
    echo "| data | $rows |"
    echo "| \`GET /api/v1/fairness/impact-report\` over $assessed candidates, $repeat runs after 3 warm-ups: median | **$median ms** |"
    echo "| min / max | $min / $max ms |"
    echo "| the query alone in PostgreSQL (EXPLAIN ANALYZE execution time) | $db_ms ms |"
    echo "| target | < 2000 ms: $([ "${max}" -lt 2000 ] && echo met || echo NOT met) |"
    echo
    echo "- machine: $(nproc) CPUs ($(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1)), shared with the app and PostgreSQL; JDK: $("$java" -version 2>&1 | head -1)"
    echo "- CPU load average when measured: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "Query plan (\`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)\` of src/main/resources/sql/impact-counts.sql):"
    echo
    echo '```'
    cat "$tmp/plan.txt"
    echo '```'
} > "$out"
cat "$out"
