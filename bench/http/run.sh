#!/usr/bin/env bash
# socialhire HTTP load benchmark: build, start, seed 100,000 candidates, warm up, drive each
# endpoint with wrk, print one markdown table (also written to bench/http/last-run.md).
#
# Usage: bench/http/run.sh [--no-build] [--no-plans] [--help]
#
# Environment (all optional):
#   BENCH_DURATION=30        seconds of measurement per endpoint
#   BENCH_WARMUP_PASS=60     seconds per endpoint of a first pass over all selected endpoints, so the JIT
#                            has compiled the whole mix before anything is measured (0: no pass)
#   BENCH_WARMUP=5           seconds of warm-up per endpoint, right before its measurement
#   BENCH_THREADS=2          wrk threads
#   BENCH_CONNECTIONS=32     wrk connections (shared by the threads)
#   BENCH_CANDIDATES=100000  candidates to seed (2-4 channels each)
#   BENCH_DEEP_OFFSET=20000  the deep list page starts after this many matching candidates
#   BENCH_PLATFORM=discord   platform filter of the list pages
#   BENCH_ENDPOINTS=all      comma list among: baseline,scoring,get,list-first,list-deep,create,assessment
#   BENCH_PORT=18080         HTTP port of the app (bound to 127.0.0.1)
#   BENCH_JAVA_OPTS          JVM options of the app; default: the memory settings the container image
#                            ships (src/main/docker/Dockerfile.jvm), see bench/README.md
#   MALLOC_ARENA_MAX=2       glibc arenas of the app process (as in the image)
#   BENCH_OUT=bench/http/last-run.md
#   BENCH_KEEP_TMP=0         1: keep the work directory (logs, wrk output, embedded database)
#   JAVA_HOME                JDK that builds and runs the app (default: a JDK 17 under /usr/lib/jvm)
#   QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD): external PostgreSQL; unset = embedded.
#       The seed first deletes earlier benchmark rows (emails ending in bench.example.com).
#   SOCIALHIRE_API_KEY       sent as "Authorization: Bearer ..." on every request, and given to the
#       app as SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY (its first admin key). Unset: a random key in
#       the app's format (shk_<8 [a-z0-9]>_<43 base64url>) is made, so the script works with and
#       without authentication. With an external database, pass an existing admin key to avoid
#       registering a new admin key on every run.
#   SOCIALHIRE_RATE_LIMIT_CAPACITY / _REFILL_PER_SECOND: default 1000000000 here, so the app's
#       per-key rate limit does not turn the load into 429s.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

build=1
plans=1
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0 ;;
        --no-plans) plans=0 ;;
        -h|--help) sed -n '2,/^set -euo pipefail/{/^set/!p}' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done

duration=${BENCH_DURATION:-30}
warmup=${BENCH_WARMUP:-5}
warmup_pass=${BENCH_WARMUP_PASS:-60}
# Kept in step with JAVA_OPTS in src/main/docker/Dockerfile.jvm.
default_java_opts="-XX:+UseSerialGC -Xms64m -Xmx160m -Xmn48m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=80m -Xss512k -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000"
java_opts=${BENCH_JAVA_OPTS-$default_java_opts}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
candidates=${BENCH_CANDIDATES:-100000}
deep_offset=${BENCH_DEEP_OFFSET:-20000}
platform=${BENCH_PLATFORM:-discord}
endpoints=${BENCH_ENDPOINTS:-all}
port=${BENCH_PORT:-18080}
out=${BENCH_OUT:-$here/last-run.md}
require_whole_numbers duration warmup warmup_pass threads connections candidates deep_offset port
[ "$duration" -ge 1 ] || die "BENCH_DURATION must be at least 1"
[[ $platform =~ ^[a-z0-9_]+$ ]] || die "BENCH_PLATFORM must be a catalog id such as discord"
base="http://127.0.0.1:$port"

# --- tools -----------------------------------------------------------------------------------
ensure_cmd curl curl
ensure_cmd psql postgresql-client
ensure_cmd wrk wrk
ensure_cmd base64 coreutils

find_java
jdk=$("$java" -version 2>&1 | head -1)

# --- state and cleanup -----------------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/socialhire-bench.XXXXXX")
app_pid=""
wrk_pid=""
cleanup() {
    local rc=$?
    set +e
    if [ -n "$wrk_pid" ] && kill -0 "$wrk_pid" 2>/dev/null; then
        kill -TERM "$wrk_pid" 2>/dev/null
        wait "$wrk_pid" 2>/dev/null
    fi
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        log "stopping the app (pid $app_pid)"
        kill -TERM "$app_pid" 2>/dev/null
        for _ in $(seq 1 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$app_pid" 2>/dev/null; then
            log "app still running after 30 s: killing it"
            kill -KILL "$app_pid" 2>/dev/null
        fi
        wait "$app_pid" 2>/dev/null
    fi
    # The embedded PostgreSQL stops with the JVM; only a JVM killed hard leaves it behind.
    if [ -f "$tmp/pg/postmaster.pid" ]; then
        local pg_pid
        pg_pid=$(head -1 "$tmp/pg/postmaster.pid" 2>/dev/null)
        if [[ $pg_pid =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
            log "stopping the embedded PostgreSQL left behind (pid $pg_pid)"
            kill -INT "$pg_pid" 2>/dev/null
            for _ in $(seq 1 50); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.2; done
            kill -0 "$pg_pid" 2>/dev/null && kill -KILL "$pg_pid" 2>/dev/null
        fi
    fi
    if [ "$rc" -ne 0 ] || [ "${BENCH_KEEP_TMP:-0}" = 1 ]; then
        log "work directory kept: $tmp (app.log, wrk-*.txt)"
    else
        rm -rf "$tmp"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

api_key=${SOCIALHIRE_API_KEY:-$(new_api_key)}
export SOCIALHIRE_API_KEY=$api_key
auth=(-H "Authorization: Bearer $api_key")
# The app's per-key rate limit (socialhire.rate-limit.*) would answer 429 to a load test from one
# key: raise it far above anything wrk can send unless the caller configured it.
export SOCIALHIRE_RATE_LIMIT_CAPACITY=${SOCIALHIRE_RATE_LIMIT_CAPACITY:-1000000000}
export SOCIALHIRE_RATE_LIMIT_REFILL_PER_SECOND=${SOCIALHIRE_RATE_LIMIT_REFILL_PER_SECOND:-1000000000}

# --- 1. build --------------------------------------------------------------------------------
if [ "$build" = 1 ]; then
    log "building (./mvnw -B -q package -DskipTests) with $jdk"
    (cd "$repo" && timeout 1800 ./mvnw -B -q package -DskipTests) || die "build failed"
fi
jar="$repo/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || die "$jar missing: run without --no-build"

# --- 2. start --------------------------------------------------------------------------------
read -r _ u n sy id io irq sirq st _ < /proc/stat
busy_a=$(( u + n + sy + irq + sirq + st )); total_a=$(( busy_a + id + io ))
sleep 3
read -r _ u n sy id io irq sirq st _ < /proc/stat
busy_b=$(( u + n + sy + irq + sirq + st )); total_b=$(( busy_b + id + io ))
busy_before=$(awk -v b="$(( busy_b - busy_a ))" -v t="$(( total_b - total_a ))" -v n="$(nproc)" \
    'BEGIN { printf "%.2f", (t > 0) ? b / (t / n) : 0 }')
log "CPUs busy before the app starts (other work on the machine): $busy_before of $(nproc)"
if curl -s -o /dev/null --max-time 2 "$base/"; then
    die "something already listens on 127.0.0.1:$port: stop it or set BENCH_PORT"
fi
db_args=()
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    db_kind="external PostgreSQL"
    log "using the external PostgreSQL at ${QUARKUS_DATASOURCE_JDBC_URL%%\?*}"
else
    db_kind="embedded PostgreSQL"
    db_args=(-Dsocialhire.embedded-db.data-dir="$tmp/pg")
fi
log "starting the app on $base"
# shellcheck disable=SC2086
start_ns=$(date +%s%N)
SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY=${SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY:-$api_key} \
    "$java" $java_opts -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" "${db_args[@]}" \
    -jar "$jar" > "$tmp/app.log" 2>&1 < /dev/null &
app_pid=$!
ready=0
deadline=$(( $(date +%s) + 180 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$tmp/app.log" >&2; die "the app exited during startup"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${auth[@]}" "$base/q/health/ready" || true)
    if [ "$code" = 200 ]; then ready=1; break; fi
    sleep 0.1
done
[ "$ready" = 1 ] || { tail -40 "$tmp/app.log" >&2; die "not ready after 180 s"; }
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
quarkus_started=$(sed -n 's/.*started in \([0-9.]*s\).*/\1/p' "$tmp/app.log" | head -1)
log "ready in $startup_ms ms (Quarkus: started in ${quarkus_started:-?})"

# --- 3. seed ---------------------------------------------------------------------------------
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    pg_env_from_jdbc "$QUARKUS_DATASOURCE_JDBC_URL"
else
    pg_port=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$tmp/app.log" | head -1)
    [ -n "$pg_port" ] || die "no 'Embedded PostgreSQL started on port' line in the app log"
    export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
fi
pg_version=$(bench_psql -qAt -c "SHOW server_version")
log "seeding $candidates candidates into PostgreSQL $pg_version at $PGHOST:$PGPORT/$PGDATABASE"
seed_start=$(date +%s%N)
bench_psql -q -v n="$candidates" -f "$here/sql/seed.sql" > "$tmp/seed.txt" || die "seeding failed"
seed_ms=$(( ($(date +%s%N) - seed_start) / 1000000 ))
counts=$(bench_psql -qAt -c "SELECT (SELECT count(*) FROM candidate) || ' candidates, '
    || (SELECT count(*) FROM participation_channel) || ' channels'")
log "seeded in $seed_ms ms: $counts"

bench_psql -qAt -c "SELECT id FROM candidate WHERE email LIKE '%@bench.example.com' ORDER BY random() LIMIT 20000" \
    > "$tmp/ids.txt"
[ -s "$tmp/ids.txt" ] || die "no seeded ids"

# Deep cursor, built the way io.socialhire.common.Cursor encodes it: base64url, no padding, of
# "v1|<created_at in epoch microseconds>|<id>" of the last row before the page.
deep=$(bench_psql -qAt -F '|' -c "SELECT floor(extract(epoch FROM date_trunc('second', c.created_at)))::bigint * 1000000
        + (extract(microseconds FROM c.created_at)::bigint % 1000000), c.id
    FROM candidate c WHERE EXISTS (SELECT 1 FROM participation_channel ch WHERE ch.candidate_id = c.id AND ch.platform = '$platform')
    ORDER BY c.created_at, c.id OFFSET $deep_offset LIMIT 1")
[ -n "$deep" ] || die "fewer than $deep_offset candidates on $platform: lower BENCH_DEEP_OFFSET"
cursor=$(printf 'v1|%s' "$deep" | base64 -w0 | tr '+/' '-_' | tr -d '=')
list_first="/api/v1/candidates?platform=$platform&limit=50"
list_deep="$list_first&cursor=$cursor"
code=$(curl -s -o "$tmp/deep.json" -w '%{http_code}' --max-time 30 "${auth[@]}" "$base$list_deep")
[ "$code" = 200 ] && grep -q '"fullName"' "$tmp/deep.json" || die "deep page check failed ($code): $(head -c 300 "$tmp/deep.json")"

# --- 4. load ---------------------------------------------------------------------------------
# name|lua script|BENCH_PATH|label
all_endpoints=(
    "baseline|get-path.lua|/api/v1/platforms/reddit|GET /api/v1/platforms/reddit (baseline)"
    "scoring|post-scoring.lua||POST /api/v1/scorings (25 answers, ~150 words)"
    "get|get-candidate.lua||GET /api/v1/candidates/{id} (random of 20,000)"
    "list-first|get-path.lua|$list_first|GET /api/v1/candidates?platform=$platform&limit=50, first page"
    "list-deep|get-path.lua|$list_deep|GET same, deep page (after $deep_offset)"
    "create|post-candidate.lua||POST /api/v1/candidates (2 channels)"
    "assessment|post-assessment.lua||POST /api/v1/candidates/{id}/assessments"
)
selected() { [ "$endpoints" = all ] || [[ ",$endpoints," == *",$1,"* ]]; }

run_wrk() { # name phase seconds script path
    local name=$1 phase=$2 secs=$3 script=$4 path=$5
    BENCH_LUA_DIR="$here/lua" BENCH_DATA_DIR="$tmp" BENCH_PATH="$path" BENCH_TAG="r$$${phase:0:1}" \
        timeout $((secs + 60)) wrk -t"$threads" -c"$connections" -d"${secs}s" --timeout 10s \
        -s "$here/lua/$script" "$base" > "$tmp/wrk-$name-$phase.txt" 2>&1 &
    wrk_pid=$!
    wait "$wrk_pid" || log "wrk exited with status $? for $name ($phase): see $tmp/wrk-$name-$phase.txt"
    wrk_pid=""
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }

# CPU accounting, to show how much of the machine other processes took during a measurement
# (another build or benchmark on the same 2 cores skews every figure). Clock ticks from /proc.
proc_ticks() { # pid -> utime + stime + cutime + cstime (0 when gone)
    local s
    s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
    s=${s##*) }
    # shellcheck disable=SC2086
    set -- $s
    echo $(( ${12} + ${13} + ${14} + ${15} ))
}
ours_ticks() { # the app, its embedded PostgreSQL (backends included) and this script's children (wrk)
    local t pg_pid p
    t=$(( $(proc_ticks "$app_pid") + $(proc_ticks $$) ))
    pg_pid=$(head -1 "$tmp/pg/postmaster.pid" 2>/dev/null || true)
    if [[ $pg_pid =~ ^[0-9]+$ ]]; then
        for p in "$pg_pid" $(pgrep -P "$pg_pid" || true); do t=$(( t + $(proc_ticks "$p") )); done
    fi
    echo "$t"
}
machine_ticks() { # -> "busy total" over all CPUs
    local _cpu user nice system idle iowait irq softirq steal _rest
    read -r _cpu user nice system idle iowait irq softirq steal _rest < /proc/stat
    echo "$(( user + nice + system + irq + softirq + steal )) $(( user + nice + system + idle + iowait + irq + softirq + steal ))"
}
others_cores() { # busy0 total0 ours0 busy1 total1 ours1 -> CPUs used by other processes
    awk -v b0="$1" -v t0="$2" -v o0="$3" -v b1="$4" -v t1="$5" -v o1="$6" -v n="$(nproc)" \
        'BEGIN { d = (t1 - t0) / n; x = (d > 0) ? ((b1 - b0) - (o1 - o0)) / d : 0; if (x < 0) x = 0; printf "%.2f", x }'
}

declare -A res
baseline_rps=""
total_non2xx=0
warm_pass_non2xx=0
if [ "$warmup_pass" -gt 0 ]; then
    # The JVM keeps compiling for a minute or more under load on 2 cores; measuring the first
    # endpoints while it does would charge them for compiling the rest of the app.
    for e in "${all_endpoints[@]}"; do
        IFS='|' read -r name script path label <<< "$e"
        selected "$name" || continue
        log "$name: JIT warm-up pass ${warmup_pass}s"
        run_wrk "$name" pass "$warmup_pass" "$script" "$path"
        n=$(field "$(grep '^BENCH_RESULT' "$tmp/wrk-$name-pass.txt" 2>/dev/null || true)" non2xx)
        warm_pass_non2xx=$(( warm_pass_non2xx + ${n:-0} ))
    done
fi
total_non2xx=$warm_pass_non2xx
if [ "$warmup_pass" -gt 0 ] && { selected create || selected assessment; }; then
    # The pass wrote tens of thousands of rows; left to autovacuum, their vacuum would run during
    # whichever row happens to be measured then.
    log "vacuuming what the warm-up pass wrote"
    bench_psql -q -c "VACUUM (ANALYZE)" > /dev/null || die "VACUUM after the warm-up pass failed"
fi
for e in "${all_endpoints[@]}"; do
    IFS='|' read -r name script path label <<< "$e"
    selected "$name" || continue
    if [ "$warmup" -gt 0 ]; then
        log "$name: warm-up ${warmup}s"
        run_wrk "$name" warmup "$warmup" "$script" "$path"
    fi
    log "$name: measuring ${duration}s, $threads threads, $connections connections"
    read -r busy0 total0 <<< "$(machine_ticks)"; ours0=$(ours_ticks)
    run_wrk "$name" measure "$duration" "$script" "$path"
    read -r busy1 total1 <<< "$(machine_ticks)"; ours1=$(ours_ticks)
    others=$(others_cores "$busy0" "$total0" "$ours0" "$busy1" "$total1" "$ours1")
    if ! kill -0 "$app_pid" 2>/dev/null; then
        grep -v '^[[:space:]]at ' "$tmp/app.log" | tail -15 >&2
        die "the app stopped during '$name' (see $tmp/app.log; 'Shutdown thread' there means it got a SIGTERM from outside)"
    fi
    line=$(grep '^BENCH_RESULT' "$tmp/wrk-$name-measure.txt" || true)
    if [ -z "$line" ]; then
        log "$name: no result line from wrk:"; tail -20 "$tmp/wrk-$name-measure.txt" >&2
        res[$name]="$label|failed||||||||"
        continue
    fi
    rps=$(field "$line" rps); p50=$(field "$line" p50_ms); p99=$(field "$line" p99_ms)
    reqs=$(field "$line" requests); non2xx=$(field "$line" non2xx)
    sock=$(( $(field "$line" err_connect) + $(field "$line" err_read) + $(field "$line" err_write) + $(field "$line" err_timeout) ))
    wrk_non=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$tmp/wrk-$name-measure.txt")
    warm_non=$(field "$(grep '^BENCH_RESULT' "$tmp/wrk-$name-warmup.txt" 2>/dev/null || true)" non2xx)
    total_non2xx=$(( total_non2xx + non2xx + ${warm_non:-0} ))
    [ "$name" = baseline ] && baseline_rps=$rps
    ratio="n/a"
    [ -n "$baseline_rps" ] && ratio=$(awk -v a="$rps" -v b="$baseline_rps" 'BEGIN { printf "%.2f", a / b }')
    # No warm-up file when BENCH_WARMUP=0: sed on a missing file fails the pipeline, and set -e would end the run.
    outputs=("$tmp/wrk-$name-measure.txt")
    [ -f "$tmp/wrk-$name-warmup.txt" ] && outputs+=("$tmp/wrk-$name-warmup.txt")
    first_err=$(sed -n 's/^BENCH_FIRST_ERROR //p' "${outputs[@]}" | head -1)
    [ -n "$first_err" ] && log "$name: first non-2xx: $first_err"
    res[$name]="$label|$rps|$ratio|$p50|$p99|$reqs|$non2xx|${wrk_non:-0}|$sock|$others"
    log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $non2xx, socket errors $sock, other processes $others CPUs"
done

rss_kb=$(ps -o rss= -p "$app_pid" | tr -d ' ')
rss_mb=$(( rss_kb / 1024 ))
hwm_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status")
hwm_mb=$(( ${hwm_kb:-0} / 1024 ))

# --- 5./6. report ----------------------------------------------------------------------------
target_for() { # name -> "min ratio|max p99 ms" ("" when none)
    case "$1" in
        scoring) echo "0.60|" ;;
        get) echo "0.40|" ;;
        list-first|list-deep) echo "0.25|50" ;;
        *) echo "|" ;;
    esac
}
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ] && commit="$commit (with local changes)"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
    printf '## HTTP load: %s\n\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf '| endpoint | req/s | ratio to baseline | p50 ms | p99 ms | requests | non-2xx (Lua / wrk) | socket errors | CPUs taken by other processes | target | met |\n'
    printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n'
    for e in "${all_endpoints[@]}"; do
        IFS='|' read -r name _ _ _ <<< "$e"
        [ -n "${res[$name]:-}" ] || continue
        IFS='|' read -r label rps ratio p50 p99 reqs non2xx wrk_non sock others <<< "${res[$name]}"
        IFS='|' read -r min_ratio max_p99 <<< "$(target_for "$name")"
        target="2xx only"; met="yes"
        if [ "$rps" = failed ]; then met="NO (no result)"; fi
        [ "${non2xx:-1}" = 0 ] && [ "${sock:-1}" = 0 ] || met="NO"
        if [ -n "$min_ratio" ]; then
            target=">= $min_ratio x baseline"
            awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { exit !(r != "n/a" && r + 0 >= m + 0) }' || met="NO"
        fi
        if [ -n "$max_p99" ]; then
            target="$target, p99 < $max_p99 ms"
            awk -v p="$p99" -v m="$max_p99" 'BEGIN { exit !(p + 0 < m + 0) }' || met="NO"
        fi
        [ "$name" = baseline ] && target="-"
        printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s | %s | %s | %s |\n' \
            "$label" "$rps" "$ratio" "$p50" "$p99" "$reqs" "$non2xx" "$wrk_non" "$sock" "$others" "$target" "$met"
    done
    printf '\n'
    printf -- '- startup to ready (`GET /q/health/ready` 200, including the embedded database): %s ms; Quarkus "started in" %s\n' \
        "$startup_ms" "${quarkus_started:-?}"
    rss_met="yes"; [ "$rss_mb" -lt 350 ] || rss_met="NO"
    printf -- '- RSS of the app process after the run: %s MiB (target < 350 MiB: %s), peak %s MiB; JVM options: `%s`\n' \
        "$rss_mb" "$rss_met" "$hwm_mb" "${java_opts:-(JVM defaults)} (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
    printf -- '- non-2xx responses in all warm-ups (the pass included) and measurements: %s\n' "$total_non2xx"
    printf -- '- load: wrk %s threads, %s connections, from 127.0.0.1; a JIT warm-up pass of %s s per endpoint, then per endpoint %s s warm-up and %s s measured\n' \
        "$threads" "$connections" "$warmup_pass" "$warmup" "$duration"
    printf -- '- data: %s (%s seeded in %s ms), %s %s\n' "$counts" "$candidates" "$seed_ms" "$db_kind" "$pg_version"
    printf -- '- JDK: %s\n' "$jdk"
    printf -- '- commit: %s\n' "$commit"
    printf -- '- CPUs busy with other work just before the app started: %s of %s\n' "$busy_before" "$(nproc)"
    printf -- '- CPUs taken by other processes: measured from /proc during each measurement (whole machine minus the app,\n'
    printf -- '  its embedded PostgreSQL and wrk); above ~0.2 the figures of that row are skewed by other work on the machine\n'
    printf -- '- machine: %s CPUs (%s), %s RAM, %s; wrk, the app and PostgreSQL share the CPUs\n' \
        "$(nproc)" "$cpu" "$mem" "$(uname -sr)"
} > "$tmp/table.md"
cat "$tmp/table.md"
mkdir -p "$(dirname "$out")"
cp "$tmp/table.md" "$out"
if [ "$plans" = 1 ]; then
    log "query plans"
    { printf '\n'; BENCH_PLATFORM=$platform BENCH_DEEP_OFFSET=$deep_offset "$here/query-plans.sh"; } >> "$out" \
        || log "query plans failed (the table is still in $out)"
fi
log "written to $out"
