#!/usr/bin/env bash
# Sets up, builds, and runs every test: the Swift test suite, then the reliability
# script against the real binary (kill -9, concurrent writers, damaged stores).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
swift build
swift test
python3 scripts/reliability.py --binary "$(swift build --show-bin-path)/ringback"
