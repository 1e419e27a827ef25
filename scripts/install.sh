#!/usr/bin/env bash
# Installs communique under a prefix (default ~/.local): the binary built in release mode in
# PREFIX/bin, the man page in PREFIX/share/man/man1, the bash, zsh and fish completions where
# those shells look under PREFIX/share. Every file and folder it creates is listed in
# PREFIX/share/communique/installed, and --uninstall removes exactly those.
# Usage: scripts/install.sh [--prefix DIR] [--uninstall]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="$HOME/.local"
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=true; shift ;;
    *) echo "install.sh : option inconnue « $1 » (--prefix DIR, --uninstall)" >&2; exit 2 ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
manifest="$prefix/share/communique/installed"

if $uninstall; then
  if [ ! -f "$manifest" ]; then
    echo "Rien à désinstaller : $manifest est introuvable." >&2
    exit 1
  fi
  # Files first, then the folders the installation created, deepest first, if left empty.
  tac "$manifest" | while IFS= read -r entry; do
    path="${entry#* }"
    case "$entry" in
      "file "*) rm -f "$path" ;;
    esac
  done
  folders=$(grep '^dir ' "$manifest" | sed 's/^dir //' | sort -r)
  rm -f "$manifest"
  while IFS= read -r folder; do
    [ -n "$folder" ] && rmdir "$folder" 2>/dev/null || true
  done <<<"$folders"
  echo "communique désinstallé de $prefix."
  exit 0
fi

scripts/install-dependencies.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/generate-manual.sh --configuration release "$work/communique.1"
binary=.build/release/communique
"$binary" --generate-completion-script bash >"$work/communique.bash"
"$binary" --generate-completion-script zsh >"$work/_communique"
"$binary" --generate-completion-script fish >"$work/communique.fish"

entries=()
if [ -f "$manifest" ]; then mapfile -t entries <"$manifest"; fi
# Creates a folder and its missing parents, remembering those it created.
make_folder() {
  local missing=() folder="$1"
  while [ ! -d "$folder" ]; do
    missing=("$folder" "${missing[@]}")
    folder=$(dirname "$folder")
  done
  for folder in "${missing[@]}"; do
    mkdir "$folder"
    entries+=("dir $folder")
  done
}
# Copies a file to its place, remembering it.
place() {
  make_folder "$(dirname "$2")"
  install -m "$3" "$1" "$2"
  printf '%s\n' "${entries[@]}" | grep -qxF "file $2" || entries+=("file $2")
}
place "$binary" "$prefix/bin/communique" 755
place "$work/communique.1" "$prefix/share/man/man1/communique.1" 644
place "$work/communique.bash" "$prefix/share/bash-completion/completions/communique" 644
place "$work/_communique" "$prefix/share/zsh/site-functions/_communique" 644
place "$work/communique.fish" "$prefix/share/fish/vendor_completions.d/communique.fish" 644
make_folder "$(dirname "$manifest")"
printf '%s\n' "${entries[@]}" >"$manifest"
echo "communique $("$prefix/bin/communique" --version) installé dans $prefix."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Ajoutez $prefix/bin à votre PATH." ;; esac
