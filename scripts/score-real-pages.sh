#!/usr/bin/env bash
# Scores the parser on real pages kept outside the repository (Tests/RealPages/README.md):
#   scripts/score-real-pages.sh DIR [--quiet]
# DIR holds <name>.txt pages; Tests/RealPages/labels/<name>.json their facts. Fetches nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-}
if [ -z "$pages" ] || [ ! -d "$pages" ]; then
  echo "Pas de dossier de pages réelles (${pages:-non indiqué}) : rien à mesurer." \
    "Usage : scripts/score-real-pages.sh DOSSIER (voir Tests/RealPages/README.md)."
  exit 0
fi
scripts/install-dependencies.sh >/dev/null
swift build -c release --product communique >/dev/null
exec python3 scripts/real_pages.py score "$pages" Tests/RealPages/labels .build/release/communique "${@:2}"
