#!/usr/bin/env bash
# Runs the whole test suite (unit, command-line and tmux end-to-end tests), installing what is
# missing first. Fails on any compiler warning.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-dependencies.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift build --build-tests 2>&1 | tee "$log"
if grep -q "warning:" "$log"; then
  echo "Échec : le code compile avec des avertissements (voir ci-dessus)." >&2
  exit 1
fi
swift test
