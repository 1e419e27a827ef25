#!/usr/bin/env bash
# Installs the Debian packages communique needs, only those that are missing (idempotent).
# With --bench, also what the benchmark compares with and measures through (newsboat, GNU time).
set -euo pipefail
packages=(libncursesw5-dev tmux libsqlite3-dev libstemmer-dev python3 man-db)
if [ "${1:-}" = "--bench" ]; then
  packages+=(newsboat time)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des paquets manquants : ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "Swift introuvable : installez la chaîne Swift 6 (https://swift.org/install) puis relancez." >&2
  exit 1
fi
