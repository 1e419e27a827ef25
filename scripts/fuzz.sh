#!/usr/bin/env bash
# Fuzzes the parser with libFuzzer for a fixed time (default 60 s), starting from the
# committed corpus (Tests/FuzzCorpus) and the fixtures. Any crash, or any input taking over
# 1 s, fails. New interesting inputs go to a temporary folder; copy the ones worth keeping
# into Tests/FuzzCorpus (`swift run communique-fuzz Tests/FuzzCorpus` replays them).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=.build-fuzz
mkdir -p "$out"
# libFuzzer brings its own main: compile the harness and the parser as one module.
swiftc -O -sanitize=fuzzer -parse-as-library -DFUZZING -module-name CommuniqueFuzz \
  $(find Sources/CommuniqueCore -name '*.swift') Sources/communique-fuzz/FuzzParser.swift \
  -o "$out/communique-fuzz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$out/communique-fuzz" "$work" Tests/FuzzCorpus Tests/Fixtures \
  -max_total_time="$seconds" -timeout=1 -max_len=1048576 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/"
