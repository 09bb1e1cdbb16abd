#!/usr/bin/env bash
# Documents benchmark on PostgreSQL (127.0.0.1:5432): numbering across two nodes vs a raw locked counter,
# registrations with 100 KB PDFs, inbox page latency. Prints the figures; asserts no timing.
#   bench/documents.sh [seconds-per-window] [registrations] [incoming documents for the inbox, default 100000] [-D…]
# Extra -D options go to Maven, e.g. -Dbench.phases=registrations -Dbench.registration.clients=16
# BENCH_DB=h2 measures the registrations on H2 in a file under target/bench-h2 instead, with the settings of a default
# installation (application.yml; ADR 0020).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_DB:-postgres}" = h2 ]; then
  database=()
else
  database=(-Ppostgres -Deoffice.test.pg.url=jdbc:postgresql://127.0.0.1:5432/eoffice_bench)
fi
./mvnw -B -q "${database[@]}" \
  -Dtest=DocumentsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.seconds="${1:-10}" -Dbench.registrations="${2:-400}" -Dbench.inbox.documents="${3:-100000}" "${@:4}" test 2>&1 \
  | grep --line-buffered -E '^(===|raw|eOffice|registrations|inbox|seeded|  CPU)'
