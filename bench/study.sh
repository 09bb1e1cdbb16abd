#!/usr/bin/env bash
# Resolution study at a province's scale: 100 hosted committees, 50,000 Party members registered as learners; p50/p95
# of a 1,000-person commune's attendance (one bulk statement + 50 absences), that committee's learner page over HTTP,
# and the per-committee aggregate over all learners. Prints the figures; asserts no timing.
#   bench/study.sh [runs, default 30] [-D…]     BENCH_DB=postgres runs it on PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_DB:-h2}" = postgres ]; then
  database=(-Ppostgres -Deoffice.test.pg.url=jdbc:postgresql://127.0.0.1:5432/eoffice_bench)
else
  database=()
fi
./mvnw -B -q "${database[@]}" -Dtest=StudyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.requests="${1:-30}" "${@:2}" test 2>&1 | grep --line-buffered -E '^(===|generated|\(a\)|\(b\)|\(c\))'
