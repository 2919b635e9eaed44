# Shared helpers for run.sh and query-plans.sh (sourced, not executed).

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Stops the run unless every named variable holds a whole number (the settings read from BENCH_*).
require_whole_numbers() {
    local v
    for v in "$@"; do
        [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, got '${!v}'"
    done
}

# The options of a benchmark that only builds or not: sets build (1, or 0 with --no-build); --help
# prints the script's header comment.
parse_build_option() {
    build=1
    while [ $# -gt 0 ]; do
        case "$1" in
            --no-build) build=0 ;;
            -h|--help) sed -n '2,/^set -euo pipefail/{/^set/!p}' "$0"; exit 0 ;;
            *) die "unknown option $1 (see --help)" ;;
        esac
        shift
    done
}

# Installs Debian packages when their command is missing (apt-get update first, once).
ensure_cmd() {
    local cmd=$1 pkg=$2
    command -v "$cmd" >/dev/null 2>&1 && return 0
    log "$cmd not found: installing Debian package $pkg"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -z "${_BENCH_APT_UPDATED:-}" ]; then
        timeout 300 $sudo apt-get update -qq >&2 || die "apt-get update failed"
        _BENCH_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive timeout 600 $sudo apt-get install -y -qq "$pkg" >&2 || die "could not install $pkg"
    command -v "$cmd" >/dev/null 2>&1 || die "$pkg installed but $cmd still missing"
}

# Sets PGHOST PGPORT PGDATABASE (and PGUSER/PGPASSWORD when given) from a JDBC URL:
#   jdbc:postgresql://host[:port]/db[?user=..&password=..]
# Credentials: QUARKUS_DATASOURCE_USERNAME / _PASSWORD win over the URL's parameters.
pg_env_from_jdbc() {
    local url=$1 rest hostport query
    [[ $url == jdbc:postgresql://* ]] || die "not a PostgreSQL JDBC URL: $url"
    rest=${url#jdbc:postgresql://}
    hostport=${rest%%/*}
    rest=${rest#*/}
    PGDATABASE=${rest%%\?*}
    query=""
    [[ $rest == *\?* ]] && query=${rest#*\?}
    if [[ $hostport == *:* ]]; then PGHOST=${hostport%%:*}; PGPORT=${hostport##*:}; else PGHOST=$hostport; PGPORT=5432; fi
    [ "$PGHOST" = "localhost" ] && PGHOST=127.0.0.1
    local kv
    IFS='&' read -r -a kvs <<< "$query"
    for kv in "${kvs[@]:-}"; do
        case "$kv" in
            user=*) PGUSER=${kv#user=} ;;
            password=*) PGPASSWORD=${kv#password=} ;;
        esac
    done
    [ -n "${QUARKUS_DATASOURCE_USERNAME:-}" ] && PGUSER=$QUARKUS_DATASOURCE_USERNAME
    [ -n "${QUARKUS_DATASOURCE_PASSWORD:-}" ] && PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
    export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
}

# psql that stops on the first error, never reads ~/.psqlrc, and cannot hang forever.
bench_psql() {
    PGOPTIONS="${PGOPTIONS:-} -c statement_timeout=600000" PGCONNECT_TIMEOUT=10 \
        timeout 900 psql -X -v ON_ERROR_STOP=1 "$@"
}

# Sets $java to a JDK 17 (JAVA_HOME, else one under /usr/lib/jvm, else the java on the PATH).
find_java() {
    if [ -z "${JAVA_HOME:-}" ]; then
        local d
        for d in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/temurin-17* /usr/lib/jvm/*-17-* /usr/lib/jvm/*17*; do
            if [ -x "$d/bin/java" ]; then JAVA_HOME=$d; break; fi
        done
    fi
    if [ -n "${JAVA_HOME:-}" ]; then
        export JAVA_HOME
        java="$JAVA_HOME/bin/java"
    else
        java=$(command -v java) || die "no JDK found: install a JDK 17 or set JAVA_HOME"
        log "no JDK 17 under /usr/lib/jvm: using $java"
    fi
    [ -x "$java" ] || die "$java is not executable (JAVA_HOME=${JAVA_HOME:-})"
}

# An API key in the format the app's ApiKeyToken accepts: shk_<8 of [a-z0-9]>_<43 base64url chars>.
new_api_key() {
    local alphabet=abcdefghijklmnopqrstuvwxyz0123456789 prefix="" b secret
    for b in $(od -An -tu1 -N8 /dev/urandom); do prefix+=${alphabet:$(( b % 36 )):1}; done
    secret=$(head -c 32 /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '=')
    printf 'shk_%s_%s' "$prefix" "$secret"
}

# Starts the packaged app on 127.0.0.1:$1 with a fresh embedded PostgreSQL in $2/pg, $api_key as its
# bootstrap admin key and JVM options $java_opts (extra -D options may follow); sets $app_pid, waits
# until /q/health/ready answers 200 and exports PG* for psql against its database.
start_app() {
    local port=$1 dir=$2 jar
    shift 2
    jar="$repo/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || die "$jar missing: run without --no-build"
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" && die "something already listens on 127.0.0.1:$port: set BENCH_PORT"
    # shellcheck disable=SC2086
    SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY=$api_key "$java" $java_opts -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
        -Dsocialhire.embedded-db.data-dir="$dir/pg" "$@" -jar "$jar" > "$dir/app.log" 2>&1 < /dev/null &
    app_pid=$!
    local deadline=$(( $(date +%s) + 180 ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/q/health/ready" || true)" = 200 ]; do
        kill -0 "$app_pid" 2>/dev/null || { tail -40 "$dir/app.log" >&2; die "the app exited during startup"; }
        [ "$(date +%s)" -lt "$deadline" ] || { tail -40 "$dir/app.log" >&2; die "not ready after 180 s"; }
        sleep 0.2
    done
    local pg_port
    pg_port=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$dir/app.log" | head -1)
    [ -n "$pg_port" ] || die "no 'Embedded PostgreSQL started on port' line in the app log"
    export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
}

# Stops the app started by start_app (TERM, KILL after 30 s) and the embedded PostgreSQL that only a
# JVM killed hard leaves behind in $1/pg.
stop_app() {
    local dir=$1 pg_pid
    if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2>/dev/null; then
        log "stopping the app (pid $app_pid)"
        kill -TERM "$app_pid" 2>/dev/null
        for _ in $(seq 1 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
        kill -0 "$app_pid" 2>/dev/null && kill -KILL "$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
    fi
    if [ -f "$dir/pg/postmaster.pid" ]; then
        pg_pid=$(head -1 "$dir/pg/postmaster.pid" 2>/dev/null)
        if [[ $pg_pid =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
            log "stopping the embedded PostgreSQL left behind (pid $pg_pid)"
            kill -INT "$pg_pid" 2>/dev/null
            for _ in $(seq 1 50); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.2; done
            kill -0 "$pg_pid" 2>/dev/null && kill -KILL "$pg_pid" 2>/dev/null
        fi
    fi
    return 0
}
