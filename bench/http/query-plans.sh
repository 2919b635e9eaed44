#!/usr/bin/env bash
# Prints, as markdown, EXPLAIN (ANALYZE, BUFFERS) of the SQL that GET /api/v1/candidates runs
# (CandidateService.list): the keyset id query with the platform EXISTS filter and LIMIT 51, for
# the first page and a deep page, then the fetch of the page's candidates with their channels.
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

# Exactly the statement CandidateService.list builds (Hibernate sends it as a prepared statement).
list_sql="SELECT c.id FROM candidate c WHERE true AND EXISTS (SELECT 1 FROM participation_channel ch WHERE ch.candidate_id = c.id AND ch.platform = \$1)"
first_sql="$list_sql ORDER BY c.created_at, c.id LIMIT \$2"
deep_sql="$list_sql AND (c.created_at, c.id) > (\$3, \$4) ORDER BY c.created_at, c.id LIMIT \$2"
# The second statement: the page's candidates with their channels (HQL "SELECT DISTINCT c FROM
# Candidate c LEFT JOIN FETCH c.channels WHERE c.id IN :ids", as Hibernate renders it).
fetch_sql="SELECT DISTINCT c1_0.id, c1_0.ats_external_id, c1_0.ats_source, c2_0.candidate_id, c2_0.id, c2_0.audience_size,
  c2_0.channel_key, c2_0.community_name, c2_0.created_at, c2_0.frequency, c2_0.handle, c2_0.kind, c2_0.notes, c2_0.platform,
  c2_0.profile_url, c2_0.role, c2_0.since, c2_0.updated_at, c2_0.version, c1_0.created_at, c1_0.email, c1_0.full_name,
  c1_0.headline, c1_0.location, c1_0.phone, c1_0.tags, c1_0.updated_at, c1_0.version
FROM candidate c1_0 LEFT JOIN participation_channel c2_0 ON c1_0.id = c2_0.candidate_id
WHERE c1_0.id = ANY (\$1)"

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
printf 'Custom plans use the literal values; generic plans are what PostgreSQL may switch to once the JDBC driver\n'
printf 'has turned the statement into a server-side prepared statement (after 5 executions).\n'

explain "First page, custom plan" "PREPARE p1(text, int) AS $first_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p1('$platform', 51);"
explain "Deep page, custom plan" "PREPARE p2(text, int, timestamptz, uuid) AS $deep_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p2('$platform', 51, '$deep_ts', '$deep_id');"
explain "First page, generic plan" "SET plan_cache_mode = force_generic_plan;
PREPARE p1(text, int) AS $first_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p1('$platform', 51);"
explain "Deep page, generic plan" "SET plan_cache_mode = force_generic_plan;
PREPARE p2(text, int, timestamptz, uuid) AS $deep_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p2('$platform', 51, '$deep_ts', '$deep_id');"
ids=$(q "SELECT string_agg(id::text, ',') FROM (SELECT c.id FROM candidate c WHERE EXISTS (SELECT 1 FROM participation_channel ch
          WHERE ch.candidate_id = c.id AND ch.platform = '$platform') AND (c.created_at, c.id) > ('$deep_ts', '$deep_id')
          ORDER BY c.created_at, c.id LIMIT 50) t")
explain "Deep page: fetch of its 50 candidates with their channels" "PREPARE p3(uuid[]) AS $fetch_sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p3('{$ids}');"
