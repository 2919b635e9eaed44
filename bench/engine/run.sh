#!/usr/bin/env bash
# Builds and runs the engine's JMH benchmarks (30, 150 and 400-word answers, and a job-title role match; one thread).
# Extra arguments go to JMH, e.g.  bench/engine/run.sh -wi 5 -i 10
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/../../mvnw" -B -q -f "$here/pom.xml" package
exec java -jar "$here/target/benchmarks.jar" -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1 "$@"
