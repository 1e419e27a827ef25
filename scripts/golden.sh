#!/usr/bin/env bash
# The parser's golden corpus: `communique parse --json` (output, diagnostics and exit status)
# on the fixtures, the sample releases, the fuzz corpus and 2 000 generated releases, one
# process per file, kept as one SHA-256 per file in Tests/Golden/parse-json.sha256.
#
#   scripts/golden.sh            compares the current parser with the frozen digests
#   scripts/golden.sh --freeze   writes the digests anew (only when the output must change)
#
# Frozen before issue 11's speed work: every step of it must leave the output byte-identical.
# The generated releases come from `communique-bench generate --seed 11`, so the generator is
# part of what is frozen.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
manifest=Tests/Golden/parse-json.sha256
freeze=false
[ "${1:-}" = "--freeze" ] && freeze=true
swift build -c release --product communique >/dev/null
swift build -c release --product communique-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/communique-bench" generate --count 2000 --seed 11 --out "$work/generated" >/dev/null

digest() { # digest DIR FILE: the hash of what `parse --json FILE` prints, run from DIR
  local out status=0
  out=$(cd "$1" && "$bin/communique" parse --json "$2" 2>&1) || status=$?
  printf '%s\nstatus %s\n' "$out" "$status" | sha256sum | cut -c1-64
}
export -f digest
export bin
{
  find Tests/Fixtures Content Tests/FuzzCorpus -type f ! -name '*.json' ! -name '*.md' \
    | sort | sed "s|^|$root |"
  (cd "$work" && find generated -type f | sort) | sed "s|^|$work |"
} | xargs -P 2 -n 2 bash -c 'printf "%s  %s\n" "$(digest "$0" "$1")" "$1"' \
  | sort -k2 > "$work/now.sha256"

count=$(wc -l < "$work/now.sha256")
if $freeze; then
  mkdir -p "$(dirname "$manifest")"
  cp "$work/now.sha256" "$manifest"
  echo "Corpus doré figé : $count fichiers ($manifest)."
  exit 0
fi
if diff <(sort -k2 "$manifest") "$work/now.sha256" > "$work/diff"; then
  echo "Sortie identique au corpus doré : $count fichiers."
else
  grep '^>' "$work/diff" | awk '{print "diffère : " $3}' >&2
  echo "Échec : $(grep -c '^>' "$work/diff") fichiers sur $count diffèrent du corpus doré ($manifest)." >&2
  exit 1
fi
