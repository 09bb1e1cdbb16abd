#!/usr/bin/env bash
# PDF text extraction benchmark (no database): the documents benchmark's 100 KB PDF through PDFTextStripper, as
# extraction used it before, and through TextExtractor; prints CPU and wall ms per document. Asserts no timing.
#   bench/pdftext.sh [iterations, default 200] [-D…, e.g. -Dbench.pdf=random]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Dtest=PdfTextBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.iterations="${1:-200}" "${@:2}" test 2>&1 \
  | grep -E '^(===|pdf )'
