#!/usr/bin/env bash
# Builds the date reader on its own and runs its fuzzer or its benchmark.
#   scripts/when.sh fuzz [RUNS]   libFuzzer with AddressSanitizer, 1,000,000 inputs by default
#   scripts/when.sh bench         mean parse time per phrase over the test corpus
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-bench}
out=.build-when/$mode
mkdir -p "$out"
case "$mode" in
  fuzz) flags=(-Onone -g -sanitize=fuzzer,address -parse-as-library) ;;
  bench) flags=(-O) ;;
  *) echo "usage: scripts/when.sh fuzz [RUNS] | bench" >&2; exit 1 ;;
esac
library() {  # name, sources... (the linker's notes about sanitizer symbols are noise)
  local name=$1; shift
  swiftc "${flags[@]}" -parse-as-library -emit-library -static -emit-module -module-name "$name" \
    -I "$out" -o "$out/lib$name.a" -emit-module-path "$out/$name.swiftmodule" "$@"
}
library RingbackCore $(find Sources/RingbackCore -name '*.swift')
library RingbackWhen -I "$out" $(find Sources/RingbackWhen -name '*.swift')
if [ "$mode" = fuzz ]; then
  swiftc "${flags[@]}" -I "$out" -L "$out" -lRingbackWhen -lRingbackCore scripts/when/Fuzz.swift -o "$out/when-fuzz" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
  mkdir -p "$out/corpus"
  # Seed with the test corpus phrases, each behind four bytes of reference time.
  i=0
  grep -v '^#' Tests/RingbackWhenTests/Corpus/when-corpus.tsv | cut -f2 | while IFS= read -r phrase; do
    i=$((i + 1)); printf 'AAAA%s' "$phrase" > "$out/corpus/seed-$i"
  done
  "$out/when-fuzz" -runs="${2:-1000000}" -max_len=200 -timeout=5 -print_final_stats=1 "$out/corpus" > "$out/fuzz.log" 2>&1 \
    || { tail -40 "$out/fuzz.log"; echo "when fuzz: 0 passed, 1 failed"; exit 1; }
  grep -E "^Done|stat::number_of_executed_units|stat::peak_rss" "$out/fuzz.log"
  echo "when fuzz: 1 passed, 0 failed (no crash, hang or broken invariant in ${2:-1000000} inputs)"
else
  swiftc "${flags[@]}" -I "$out" -L "$out" -lRingbackWhen -lRingbackCore scripts/when/Bench.swift -o "$out/when-bench"
  "$out/when-bench" Tests/RingbackWhenTests/Corpus/when-corpus.tsv
fi
