#!/usr/bin/env bash
# Builds one of Ringback's pure readers on its own and runs its fuzzer or its benchmark.
#   scripts/readers.sh when fuzz [RUNS]      the date reader under libFuzzer + AddressSanitizer (1,000,000 inputs by default)
#   scripts/readers.sh when bench            mean time per phrase over the date corpus
#   scripts/readers.sh answers fuzz [RUNS]   the debrief answer reader, the same way
#   scripts/readers.sh answers bench         mean time per answer over the answer corpus
#   scripts/readers.sh store fuzz [RUNS]     the JSON store's files (seeded with a real store, scripts/readers/store-seed.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
reader=${1:-}
mode=${2:-bench}
case "$reader" in
  when) name=When; libraries=(RingbackCore RingbackWhen); corpus=Tests/RingbackWhenTests/Corpus/when-corpus.tsv; column=2 ;;
  answers) name=Answers; libraries=(RingbackBuiltIn RingbackCore RingbackWhen RingbackReading); corpus=Tests/RingbackReadingTests/Corpus/answers.txt; column=1 ;;
  store) name=Store; libraries=(RingbackCore RingbackStore); corpus= ;;
  *) echo "usage: scripts/readers.sh when|answers|store fuzz [RUNS] | when|answers bench" >&2; exit 1 ;;
esac
out=.build-readers/$reader-$mode
mkdir -p "$out"
case "$mode" in
  fuzz) flags=(-Onone -g -sanitize=fuzzer,address -parse-as-library) ;;
  bench) flags=(-O) ;;
  *) echo "usage: scripts/readers.sh when|answers fuzz [RUNS] | bench" >&2; exit 1 ;;
esac
links=()
extra=()
if [ "${libraries[0]}" = RingbackBuiltIn ]; then
  # The built-in files as the build plugin makes them (the answer reader's model among them).
  swiftc -O Sources/EmbedFilesTool/main.swift -o "$out/embed-files"
  "$out/embed-files" "$out/BuiltInFiles+Generated.swift" content/*.yaml data/demo.json data/answer-model.tsv
  extra=("$out/BuiltInFiles+Generated.swift")
fi
for library in "${libraries[@]}"; do  # the linker's notes about sanitizer symbols are noise
  sources=($(find "Sources/$library" -name '*.swift'))
  [ "$library" = RingbackBuiltIn ] && sources+=("${extra[@]}")
  swiftc "${flags[@]}" -parse-as-library -emit-library -static -emit-module -module-name "$library" -package-name Ringback \
    -I "$out" -o "$out/lib$library.a" -emit-module-path "$out/$library.swiftmodule" "${sources[@]}"
  links=("-l$library" "${links[@]}")
done
if [ "$mode" = fuzz ]; then
  swiftc "${flags[@]}" -I "$out" -L "$out" "${links[@]}" scripts/readers/FuzzInput.swift "scripts/readers/${name}Fuzz.swift" -o "$out/fuzz" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
  mkdir -p "$out/corpus"
  if [ "$reader" = store ]; then
    # Seed with a real store's files, written by the binary.
    bash scripts/readers/store-seed.sh "$out/corpus/seed-1"
    export FUZZ_STORE_FILES="$PWD/scripts/readers/store-files.txt"
    max_len=40000
  else
    # Seed with the test corpus, each text behind four bytes of reference time.
    i=0
    grep -v '^#' "$corpus" | cut -f"$column" | while IFS= read -r text; do
      i=$((i + 1)); printf 'AAAA%s' "$text" > "$out/corpus/seed-$i"
    done
    max_len=300
  fi
  # Store inputs are laid out as files: in memory when the machine has /dev/shm.
  [ -d /dev/shm ] && export FUZZ_FOLDER=/dev/shm
  "$out/fuzz" -runs="${3:-1000000}" -max_len=$max_len -timeout=5 -print_final_stats=1 "$out/corpus" > "$out/fuzz.log" 2>&1 \
    || { tail -40 "$out/fuzz.log"; echo "$reader fuzz: 0 passed, 1 failed"; exit 1; }
  grep -E "^Done|stat::number_of_executed_units|stat::peak_rss" "$out/fuzz.log"
  echo "$reader fuzz: 1 passed, 0 failed (no crash, hang or broken invariant in ${3:-1000000} inputs)"
else
  swiftc "${flags[@]}" -I "$out" -L "$out" "${links[@]}" "scripts/readers/${name}Bench.swift" -o "$out/bench"
  "$out/bench" "$corpus"
fi
