# Shared helpers for run.sh and query-plans.sh (sourced, not executed).

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

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
