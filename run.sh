#!/usr/bin/env bash
# Opens the communique reader on Content/ (or on the folder given), installing what is missing.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-dependencies.sh
swift build -c release --product communique
exec .build/release/communique "$@"
