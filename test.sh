#!/usr/bin/env bash
# Runs the whole test suite (unit, command-line and tmux end-to-end tests), installing what is
# missing first. Fails on any compiler warning or any swift-format lint finding.
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
lint_status=0
lint=$(swift format lint --strict -r Sources Tests Package.swift 2>&1) || lint_status=$?
if [ -n "$lint" ] || [ "$lint_status" -ne 0 ]; then
  printf '%s\n' "$lint" >&2
  echo "Échec : swift format lint --strict signale des écarts de style (voir ci-dessus)." >&2
  exit 1
fi
swift test
