#!/usr/bin/env bash
# The README's "Try it" section, run as a newcomer pastes it, against the packaged application.
#
# Takes the ```bash blocks of README.md's "## Try it" section in order, points them at a throwaway
# instance of the packaged jar (its own port, embedded database in a temporary folder, a fresh admin
# key in place of `export KEY=shk_...`), and runs them in one bash with `set -euo pipefail` and
# every curl given --fail-with-body: any command that fails, any answer of 400 or more, or a
# variable a block assigns (ID=, ETAG=) that comes out empty fails the run.
#
# Usage: reliability/readme-try-it.sh [--no-build]
# Environment (optional):
#   REL_JAR=target/quarkus-app/quarkus-run.jar   the packaged application (built when missing)
#   REL_PORT=18090          HTTP port (bound to 127.0.0.1)
#   REL_KEEP_TMP=0          1: keep the work directory (app log, extracted script)
#   JAVA_HOME               JDK that runs the application (default: java on PATH)
# Needs bash, a JDK 17+ and curl 7.76+ (installed with apt-get when missing).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
# shellcheck source=reliability/lib.sh
. "$here/lib.sh"
log_name=readme-try-it

app_settings 18090 "$@"
readme_url="http://localhost:8080"

require_curl
require_jar "$repo" "$build"

tmp=$(mktemp -d -t socialhire-try-it.XXXXXX)
data="$tmp/pg"
key=$(new_admin_key readmeit)
app_pid=""
failed=1

trap stop_all_and_tidy EXIT
trap 'exit 130' INT TERM

began=$(now_ms)

# The section's bash blocks, each followed by a check of the variables it assigns.
awk '
    /^## / { in_section = ($0 == "## Try it") ; next }
    in_section && /^```bash$/ { in_block = 1; blocks++; printf "echo \"--- block %d\" >&2\n", blocks; next }
    in_section && in_block && /^```$/ { in_block = 0; for (v in assigned) printf ": \"${%s:?came out empty}\"\n", v; delete assigned; next }
    in_section && in_block {
        print
        if (match($0, /^[A-Za-z_][A-Za-z0-9_]*=/)) assigned[substr($0, 1, RLENGTH - 1)] = 1
    }
    END { if (blocks < 2) exit 1 }
' "$repo/README.md" > "$tmp/blocks.sh" || die "README.md has no \"## Try it\" section with bash blocks"
grep -q '^export KEY=' "$tmp/blocks.sh" || die "the Try it section no longer exports KEY"
grep -q "$readme_url" "$tmp/blocks.sh" || die "the Try it section no longer calls $readme_url"

{
    echo 'set -euo pipefail'
    echo 'curl() { command curl --fail-with-body --max-time 30 "$@"; }'
    # The README's placeholder key and address become this instance's.
    sed -e "s|^export KEY=.*|export KEY='$key'|" -e "s|$readme_url|$base|g" "$tmp/blocks.sh"
} > "$tmp/try-it.sh"

log "starting the app on $base (data: $data)"
start_app try-it 120
case "$started_ms" in failed|timeout) die "the app did not start ($started_ms)";; esac
log "ready in $(ms_to_s "$started_ms") s; running $(grep -c '^echo "--- block' "$tmp/try-it.sh") blocks of README.md's Try it"

if (cd "$tmp" && bash "$tmp/try-it.sh") > "$tmp/output.txt" 2>&1; then
    failed=0
    log "every Try it command ran ($(ms_to_s $(( $(now_ms) - began ))) s in all)"
else
    log "FAIL: a Try it command failed; output so far:"
    cat "$tmp/output.txt" >&2
    log "the script that ran: $tmp/try-it.sh"
fi
exit "$failed"
