#!/usr/bin/env bash
# Main pages benchmark on the demo data: time to answer each page over HTTP (home, incoming list, a document, tasks,
# a task, meetings, a meeting, calendar, monitoring, a monitored document, dashboard, search, outgoing list, queue,
# people, positions, staff statistics, competency gaps, training plans), p50/p95
# per page after a warm-up, and the page's size as sent (gzipped). Prints the figures; asserts no timing.
#   bench/pages.sh [requests-per-page, default 200] [-D…]     BENCH_DB=postgres runs it on PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_DB:-h2}" = postgres ]; then
  database=(-Ppostgres -Deoffice.test.pg.url=jdbc:postgresql://127.0.0.1:5432/eoffice_bench)
else
  database=()
fi
./mvnw -B -q "${database[@]}" -Dtest=PagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.requests="${1:-200}" "${@:2}" test 2>&1 | grep --line-buffered -E '^(===|page)'
