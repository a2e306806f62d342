#!/usr/bin/env bash
# Lints every Swift file with the toolchain's swift-format and the checked-in .swift-format
# (4 spaces, 140 columns); any finding fails. `swift format format -i -r Sources Tests
# Package.swift Plugins` fixes most of them.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict -r Sources Tests Package.swift Plugins
echo "lint: no findings"
