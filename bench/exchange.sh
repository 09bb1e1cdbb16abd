#!/usr/bin/env bash
# Exchange benchmark: two eOffice nodes on loopback (separate contexts, ports and H2 databases) exchange signed
# QCVN 102 packages with a 100 KB attachment; prints packages/s and the time for a status to come back. It warms up
# with up to 16,000 packages first (-Dbench.warmup, ADR 0018): about 5 minutes in all.
#   bench/exchange.sh [packages] [status-samples] [senders]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.packages="${1:-3000}" -Dbench.statuses="${2:-100}" -Dbench.senders="${3:-4}" test 2>&1 \
  | grep -E '^(===|packages|status)'
