#!/usr/bin/env bash
# Installs Ringback for the current user (or under PREFIX): scripts/install.sh [PREFIX]
# A release build with the Swift runtime linked in (the built-in content too, so the binary
# can be copied anywhere that has libedit), the man page, and bash, zsh and fish completions.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-$HOME/.local}"
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

bash scripts/setup.sh
echo "install: building ringback (release, Swift runtime linked statically)"
swift build -c release --static-swift-stdlib --product ringback
swift build -c release --static-swift-stdlib --product generate-manual
bin="$(swift build -c release --show-bin-path)"

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 -s "$bin/ringback" "$prefix/bin/ringback"

# The man page: generated from the commands' help, with our ENVIRONMENT, FILES and EXIT STATUS.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin/generate-manual" "$bin/ringback" --output-directory "$work" --date "$(date +%F)" >/dev/null
sed '/^\.Sh "EXIT STATUS"/,$d' "$work/ringback.1" > "$work/ringback.full.1"
cat docs/ringback.1.tail.mdoc >> "$work/ringback.full.1"
install -m 0644 "$work/ringback.full.1" "$prefix/share/man/man1/ringback.1"

"$prefix/bin/ringback" --generate-completion-script bash > "$prefix/share/bash-completion/completions/ringback"
"$prefix/bin/ringback" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_ringback"
"$prefix/bin/ringback" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/ringback.fish"

echo "install: $("$prefix/bin/ringback" --version) in $prefix/bin/ringback"
echo "install: man page $prefix/share/man/man1/ringback.1; completions for bash, zsh and fish under $prefix/share"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: add $prefix/bin to your PATH, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
