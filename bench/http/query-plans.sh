#!/usr/bin/env bash
# Prints, as markdown, EXPLAIN (ANALYZE, BUFFERS) of the one statement GET /api/v1/candidates runs
# (CandidateRepository.page): the keyset page of candidates with the platform EXISTS filter and LIMIT 51,
# joined to their channels, for the first page and a deep page (custom and generic plans).
#
# Connection: --jdbc-url URL (or QUARKUS_DATASOURCE_JDBC_URL, with QUARKUS_DATASOURCE_USERNAME /
# _PASSWORD), else the usual PGHOST / PGPORT / PGUSER / PGPASSWORD / PGDATABASE.
# Options: --platform ID (default discord), --deep-offset N (default BENCH_DEEP_OFFSET or 20000:
# the deep page starts after the N-th matching candidate).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

jdbc_url=${QUARKUS_DATASOURCE_JDBC_URL:-}
platform=${BENCH_PLATFORM:-discord}
deep_offset=${BENCH_DEEP_OFFSET:-20000}
while [ $# -gt 0 ]; do
    case "$1" in
        --jdbc-url) jdbc_url=$2; shift 2 ;;
        --platform) platform=$2; shift 2 ;;
        --deep-offset) deep_offset=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
done
[[ $platform =~ ^[a-z0-9_]+$ ]] || die "platform must be a catalog id such as discord"
[[ $deep_offset =~ ^[0-9]+$ ]] || die "--deep-offset must be a number"
[ -n "$jdbc_url" ] && pg_env_from_jdbc "$jdbc_url"
ensure_cmd psql postgresql-client

q() { bench_psql -qAt -c "$1"; }

# Keyset position after the deep_offset-th candidate with a channel on the platform.
deep=$(q "SELECT c.created_at::text || '|' || c.id FROM candidate c
          WHERE EXISTS (SELECT 1 FROM participation_channel ch WHERE ch.candidate_id = c.id AND ch.platform = '$platform')
          ORDER BY c.created_at, c.id OFFSET $deep_offset LIMIT 1")
[ -n "$deep" ] || die "fewer than $deep_offset candidates on $platform: seed the database first"
deep_ts=${deep%%|*}
deep_id=${deep##*|}

# The statement io.socialhire.candidate.CandidateRepository.page sends: the page of candidates (platform and
# page size as literals, the cursor as parameters), joined to their channels.
columns="c.id, c.full_name, c.email, c.phone, c.location, c.headline, c.tags, c.ats_source, c.ats_external_id,
  c.created_at, c.updated_at, c.version, ch.id, ch.platform, ch.kind, ch.handle, ch.profile_url, ch.community_name,
  ch.role, ch.frequency, ch.since, ch.audience_size, ch.notes, ch.created_at, ch.updated_at, ch.version"
page_sql() { # extra condition
    printf '%s' "SELECT $columns FROM (SELECT * FROM candidate c WHERE true AND EXISTS (SELECT 1 FROM participation_channel p
  WHERE p.candidate_id = c.id AND p.platform = '$platform')$1 ORDER BY c.created_at, c.id LIMIT 51) c
LEFT JOIN participation_channel ch ON ch.candidate_id = c.id ORDER BY c.created_at, c.id, ch.created_at, ch.id"
}
first_sql=$(page_sql "")
deep_sql=$(page_sql " AND (c.created_at, c.id) > (\$1, \$2)")

counts=$(q "SELECT (SELECT count(*) FROM candidate) || ' candidates, ' || (SELECT count(*) FROM participation_channel)
           || ' channels, ' || (SELECT count(DISTINCT candidate_id) FROM participation_channel WHERE platform = '$platform')
           || ' candidates on $platform; ' || version()")

explain() { # title, sql to explain (may use PREPAREd statements)
    printf '\n#### %s\n\n```\n' "$1"
    bench_psql -qAt -c "$2" | sed -E -e '/^PREPARE$/d' -e '/^SET$/d' -e '/^$/d' \
        -e "s/'\\{[0-9a-f,-]{200,}\\}'/'{...the 50 ids of the page...}'/g"
    printf '```\n'
}

printf '### Query plans (GET /api/v1/candidates?platform=%s&limit=50)\n\n' "$platform"
printf 'Database: %s\n\n' "$counts"
printf 'Deep page: after the %s-th %s candidate (created_at %s, id %s).\n' "$deep_offset" "$platform" "$deep_ts" "$deep_id"
printf 'The first page has no parameters. For the deep page, the custom plan uses the cursor values; the generic\n'
printf 'plan is the one PostgreSQL may keep once the JDBC driver has made the statement a server-side prepared\n'
printf 'statement (after 5 executions) and no longer plans each request.\n'

explain "First page" "EXPLAIN (ANALYZE, BUFFERS) $first_sql;"
explain "Deep page, custom plan" "PREPARE p2(timestamptz, uuid) AS $deep_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p2('$deep_ts', '$deep_id');"
explain "Deep page, generic plan" "SET plan_cache_mode = force_generic_plan;
PREPARE p2(timestamptz, uuid) AS $deep_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p2('$deep_ts', '$deep_id');"
