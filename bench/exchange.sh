#!/usr/bin/env bash
# Exchange benchmark: two eOffice nodes on loopback (separate contexts, ports and H2 databases in files) exchange
# signed QCVN 102 packages with a 100 KB attachment; prints packages/s and the time for a status to come back. It
# warms up first until the JIT compilers settle, with up to 50,000 packages (-Dbench.warmup, ADR 0018): about
# 7 minutes in all, and up to 7 GB of free space in the temporary directory while it runs.
#   bench/exchange.sh [packages] [status-samples] [senders] [-D…]
# Extra -D options go to Maven, e.g. -Dbench.windows=3 or -Dbench.h2=mem (in memory, warm-up at most 16,000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.packages="${1:-3000}" -Dbench.statuses="${2:-100}" -Dbench.senders="${3:-4}" "${@:4}" test 2>&1 \
  | grep --line-buffered -E '^(===|packages|status|java\.lang\.IllegalStateException)'
