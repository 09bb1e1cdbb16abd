#!/usr/bin/env bash
# Study figures benchmark: 100 committees and 50,000 learners bulk-inserted, then p50/p95 ms of the province-wide
# aggregate query and of the figures pages (organiser, a commune). Prints the figures; asserts no timing.
#   bench/study-figures.sh [runs, default 100] [-D…]     BENCH_DB=postgres runs it on PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_DB:-h2}" = postgres ]; then
  database=(-Ppostgres -Deoffice.test.pg.url=jdbc:postgresql://127.0.0.1:5432/${BENCH_PG_DB:-eoffice_bench})
else
  database=()
fi
./mvnw -B -q "${database[@]}" -Dtest=StudyFiguresBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.requests="${1:-100}" "${@:2}" test 2>&1 | grep --line-buffered -E '^(===|generated|aggregate|page)'
