#!/usr/bin/env bash
# Writes one seed for the store fuzzer (scripts/readers.sh store fuzz) to $1: a real store
# made by the binary, its files in the order of scripts/readers/store-files.txt, each after a NUL byte.
# RINGBACK_BINARY names a built binary to use (scripts/test.sh runs this beside another build).
set -euo pipefail
cd "$(dirname "$0")/../.."
seed=$1
binary="${RINGBACK_BINARY:-}"
if [ -z "$binary" ]; then
  swift build --product ringback >/dev/null
  binary="$(swift build --show-bin-path)/ringback"
fi
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
run() { XDG_CONFIG_HOME="$folder/config" "$binary" --store "$folder/store.json" --now 2026-11-23T10:00 "$@" >/dev/null; }
run log "Dana Ruiz" --company Acme --outcome connected --owe "send the quote" --owe-by tomorrow --note "budget talk"
run log "Sam Lee" --outcome vm
echo "Understood, I'll take you off my list. Thanks for telling me." | run practice told
run log "Dana Ruiz" --outcome sent --channel email --tag warm
: >"$seed"
while IFS= read -r name; do
  printf '\0' >>"$seed"
  if [ -f "$folder/$name" ]; then cat "$folder/$name" >>"$seed"; fi
done <scripts/readers/store-files.txt
