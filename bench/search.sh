#!/usr/bin/env bash
# Search benchmark on PostgreSQL: generates N projection rows (default 100,000), rebuilds the index, runs 200 queries
# (half without diacritics) for a leader and an officer, prints p50/p95. Asserts no timing.
#   bench/search.sh [documents]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Ppostgres -Deoffice.test.pg.url=jdbc:postgresql://127.0.0.1:5432/eoffice_bench \
  -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.documents="${1:-100000}" \
  -Deoffice.search.directory-type=local-filesystem -Deoffice.search.index-directory=target/bench-index test 2>&1 \
  | grep -E '^(===|mass|leader|officer)'
