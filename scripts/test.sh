#!/usr/bin/env bash
# Sets up, lints (scripts/lint.sh), builds with warnings as errors, and runs every test: the Swift test suite (its
# end-to-end tests a second time against a throwaway PostgreSQL server), then the real binary in a
# pseudo-terminal (shell_e2e.py), under kill -9 and concurrent writers (reliability.py),
# installed into a temporary prefix (install_e2e.sh), its calendar export re-imported by khal
# (calendar_check.sh), and a short fuzz of the date reader,
# of the debrief answer reader and of the store's files (the full 1,000,000-input runs: scripts/readers.sh when|answers|store fuzz).
# The fuzzers build with swiftc in .build-readers, not SwiftPM, so they run beside install_e2e.sh's
# release build (one module at a time, mostly one core); kill -9 is tried 300 times here (1,000 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
bash scripts/lint.sh
python3 scripts/train_answer_model.py --check
python3 scripts/train_reply_model.py --check
swift build
swift test
# The same end-to-end tests against the team store, on a throwaway PostgreSQL server.
eval "$(bash scripts/postgres.sh start)"
fuzz=
trap 'bash scripts/postgres.sh stop "$RINGBACK_TEST_PGDIR"; [ -z "$fuzz" ] || kill "$fuzz" 2>/dev/null || true' EXIT
swift test --skip-build --filter RingbackEndToEndTests
binary="$(swift build --show-bin-path)/ringback"
python3 scripts/shell_e2e.py --binary "$binary"
python3 scripts/reliability.py --binary "$binary" --trials 300
python3 scripts/reliability_postgres.py --binary "$binary"
fuzzed="$(mktemp)"
(
  bash scripts/readers.sh when fuzz 20000 && bash scripts/readers.sh answers fuzz 20000 \
    && RINGBACK_BINARY="$binary" bash scripts/readers.sh store fuzz 3000
) > "$fuzzed" 2>&1 &
fuzz=$!
bash scripts/install_e2e.sh
bash scripts/calendar_check.sh "$binary"
if ! wait "$fuzz"; then cat "$fuzzed"; echo "fuzz: failed"; exit 1; fi
fuzz=
cat "$fuzzed"
rm -f "$fuzzed"
