#!/usr/bin/env bash
# Exchange benchmark: two eOffice nodes on loopback (separate contexts, ports and H2 databases) exchange signed
# QCVN 102 packages with a 100 KB attachment; prints packages/s and the time for a status to come back.
#   bench/exchange.sh [packages] [status-samples] [senders]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.packages="${1:-1000}" -Dbench.statuses="${2:-100}" -Dbench.senders="${3:-16}" test 2>&1 \
  | grep -E '^(===|packages|status)'
