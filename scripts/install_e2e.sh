#!/usr/bin/env bash
# End-to-end test of scripts/install.sh: installs into a temporary prefix, then runs the
# installed ringback from another folder through PATH (a command, the shell, a symlink),
# a copied binary alone with a bare environment, and a content override with a mistake.
# Ends with 'install e2e: N passed, N failed'.
set -uo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d /tmp/ringback-install-e2e-XXXXXX)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
home="$work/home"
elsewhere="$work/elsewhere"
mkdir -p "$home" "$elsewhere"
passed=0
failed=0
ok() { echo "  $1"; passed=$((passed + 1)); }
bad() { echo "  FAILED $1"; failed=$((failed + 1)); }

if ! bash scripts/install.sh "$prefix" > "$work/install.log" 2>&1; then
  cat "$work/install.log"
  echo "install e2e: 0 passed, 1 failed"
  exit 1
fi
run() { (cd "$elsewhere" && env -i HOME="$home" PATH="$prefix/bin:/usr/bin:/bin" TZ=Europe/Paris LANG=C.UTF-8 "$@"); }

version="$(run ringback --version)"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] && ok "ringback --version through PATH: $version" || bad "--version printed '$version'"

out="$(run ringback next --now 2026-11-24T10:00 2>&1)"
[[ $? -eq 0 && "$out" == *"Nothing to follow up"* ]] && ok "ringback next from another folder on a new default store" || bad "next: $out"

out="$(printf 'log "Dana Ruiz" --outcome vm\nnext\n' | run ringback --now 2026-11-24T10:00 2>&1)"
[[ "$out" == *"New contact: Dana Ruiz."* && "$out" == *"Next:"* && -f "$home/.local/share/ringback/store.json" ]] \
  && ok "the shell through PATH, piped, saves to the XDG store" || bad "shell: $out"

mkdir -p "$home/.local/bin" && ln -s "$prefix/bin/ringback" "$home/.local/bin/rb"
out="$(cd "$elsewhere" && env -i HOME="$home" PATH="$home/.local/bin:/usr/bin:/bin" rb show dana --now 2026-11-24T10:00 2>&1)"
[[ "$out" == *"Dana Ruiz"* ]] && ok "a symlink in ~/.local/bin works" || bad "symlink: $out"

cp "$prefix/bin/ringback" "$work/copied"
out="$(cd / && env -i HOME="$home" PATH=/usr/bin:/bin "$work/copied" demo --now 2026-11-24T10:00 2>&1)"
swiftlibs="$(ldd "$work/copied" | grep -c 'libswift\|libFoundation' || true)"
[[ "$out" == *"Next:"* && "$swiftlibs" == 0 ]] && ok "a copied binary alone runs (content built in, no Swift libraries needed)" \
  || bad "copied binary ($swiftlibs Swift libraries linked): $out"

overrides="$home/.config/ringback/content"
run ringback content --export "$overrides" > /dev/null
sed -i 's/technique: wait-three-days/technique: wait-four-days/' "$overrides/cadences.yaml"
out="$(run ringback next 2>&1)"
status=$?
[[ $status -eq 1 && "$out" =~ $overrides/cadences.yaml:[0-9]+:\ unknown\ technique ]] \
  && ok "a content override with a mistake: ${out#ringback: content error: $work}" || bad "override ($status): $out"

[[ -s "$prefix/share/man/man1/ringback.1" ]] && grep -q '^\.Sh ENVIRONMENT' "$prefix/share/man/man1/ringback.1" \
  && grep -q '^\.Sh FILES' "$prefix/share/man/man1/ringback.1" && grep -q 'config.toml' "$prefix/share/man/man1/ringback.1" \
  && grep -q 'PGPASSFILE' "$prefix/share/man/man1/ringback.1" && grep -q 'store.d/' "$prefix/share/man/man1/ringback.1" \
  && ! grep -q 'touches.jsonl' "$prefix/share/man/man1/ringback.1" \
  && ok "man page with ENVIRONMENT and FILES (the store's folder, config.toml, PGPASSFILE)" || bad "man page"
grep -q '__ringback_add_offered' "$prefix/share/bash-completion/completions/ringback" \
  && ok "bash completion offers names as Ringback matched them" || bad "bash completion filters names again"

for file in share/bash-completion/completions/ringback share/zsh/site-functions/_ringback share/fish/vendor_completions.d/ringback.fish; do
  grep -q -- '---completion' "$prefix/$file" || { bad "completion $file"; continue; }
done
[[ $failed -eq 0 ]] && ok "bash, zsh and fish completions installed"

echo "install e2e: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
