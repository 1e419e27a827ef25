#!/usr/bin/env bash
# Writes the man page communique(1): the page swift-argument-parser's generate-manual plugin
# makes from the command definitions, plus the sections only the program knows (the reader's
# keys in effect, queries, configuration, files, environment, exit status), through the hidden
# `communique manual-sections`. Builds every product in the configuration given (release by
# default, as scripts/install.sh needs).
# Usage: scripts/generate-manual.sh [--configuration release|debug] OUT
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=release
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --configuration) configuration="$2"; shift 2 ;;
    -*) echo "generate-manual.sh : option inconnue $1" >&2; exit 2 ;;
    *) out="$1"; shift ;;
  esac
done
if [ -z "$out" ]; then
  echo "Usage : scripts/generate-manual.sh [--configuration release|debug] FICHIER" >&2
  exit 2
fi
swift package --allow-writing-to-package-directory generate-manual --configuration "$configuration"
generated=.build/plugins/GenerateManual/outputs/communique/communique.1
binary=".build/$configuration/communique"
dump=$(mktemp)
trap 'rm -f "$dump"' EXIT
"$binary" --experimental-dump-help >"$dump"
mkdir -p "$(dirname "$out")"
"$binary" manual-sections --generated "$generated" --dump-help "$dump" >"$out"
