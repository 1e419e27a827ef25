#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer: address (default) or thread.
#   scripts/sanitizers.sh [address|thread]
# Leak detection is off: Foundation keeps its compiled regular expressions and some runtime
# caches for the life of the process, which LeakSanitizer reports as leaks at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-address}"
scripts/install-dependencies.sh
ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=halt_on_error=1 \
  swift test --sanitize="$kind" --scratch-path ".build-$kind"
