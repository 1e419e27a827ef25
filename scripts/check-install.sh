#!/usr/bin/env bash
# Checks scripts/install.sh as a new user would use it (CI runs it after the tests): installs
# under a fresh prefix that already holds a file, then checks `communique --version` from the
# PATH, `man -w communique` from the MANPATH, that the man page names every subcommand and
# every key binding, the bash completion of `communique sh<Tab>`, and that --uninstall leaves
# the prefix as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
prefix="$root/x"
mkdir -p "$prefix/bin"
echo "à garder" >"$prefix/bin/autre-programme"
before=$(cd "$root" && find . | sort)
fail() { echo "Échec de l’installation : $*" >&2; exit 1; }

scripts/install.sh --prefix "$prefix"

version=$(PATH="$prefix/bin:$PATH" communique --version)
[ "$version" = "$(grep -o '"[0-9.]*"' Sources/communique/Version.swift | tr -d '"')" ] ||
  fail "communique --version donne « $version »"
page=$(MANPATH="$prefix/share/man" man -w communique)
[ "$page" = "$prefix/share/man/man1/communique.1" ] || fail "man -w communique donne « $page »"
text=$(MANPATH="$prefix/share/man" MANWIDTH=200 man communique 2>/dev/null)
commands=$("$prefix/bin/communique" --experimental-dump-help |
  python3 -c 'import json,sys; print("\n".join(c["commandName"] for c in json.load(sys.stdin)["command"]["subcommands"]))')
for command in $commands; do
  grep -q "^\.It Em $command\$" "$page" || fail "la page de manuel ne nomme pas la sous-commande $command"
done
actions=$("$prefix/bin/communique" config | sed -n '/^\[keys\]/,/^\[colors\]/p' | grep -c '^[a-z-]* = ')
keys=$(sed -n '/^\.Sh TOUCHES DU LECTEUR/,/^\.El/p' "$page" | grep -c '^\.It Sy ')
[ "$actions" -gt 0 ] && [ "$keys" -eq "$actions" ] ||
  fail "la page de manuel montre $keys touches pour $actions actions"
for section in "TOUCHES DU LECTEUR" "LANGAGE DES RECHERCHES" FICHIERS ENVIRONNEMENT "CODE DE SORTIE"; do
  grep -q "^$section" <<<"$text" || fail "la page de manuel n’a pas de section $section"
done
completed=$(PATH="$prefix/bin:$PATH" bash -c '
  source "$1/share/bash-completion/completions/communique"
  COMP_WORDS=(communique sh); COMP_CWORD=1; COMP_LINE="communique sh"; COMP_POINT=${#COMP_LINE}
  _communique communique sh communique
  printf "%s\n" "${COMPREPLY[@]}"' bash "$prefix")
[ "$completed" = "show" ] || fail "la complétion bash de « communique sh » donne « $completed »"
for file in share/zsh/site-functions/_communique share/fish/vendor_completions.d/communique.fish; do
  [ -s "$prefix/$file" ] || fail "$file manque"
done

scripts/install.sh --prefix "$prefix" --uninstall
after=$(cd "$root" && find . | sort)
[ "$before" = "$after" ] || fail "--uninstall laisse : $(diff <(echo "$before") <(echo "$after") || true)"
echo "Installation vérifiée : --version, man -w, page de manuel, complétion bash, désinstallation."
