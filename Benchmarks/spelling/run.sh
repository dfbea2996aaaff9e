#!/usr/bin/env bash
# Typo correction that cannot mislead (issue 17): the share of one-edit typos of the shipped
# content's terms, of its prose's words and of common inflections that each spelling rule takes
# for a real word (measure.py), then the cost of the first search of a process (loading the
# dictionaries from the user's cache) and of one more word check, in instructions (callgrind).
# Needs: hunspell (the CLI, as the reference), valgrind, python3-yaml.
# Usage: Benchmarks/spelling/run.sh [BEFORE_GLOSSARY_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
before=${1:-}
scratch=$(mktemp -d /tmp/spell-bench-XXXXXX)
swift build -c release --product glossary-bench >/dev/null
swift build -c release --product glossary >/dev/null
python3 Benchmarks/spelling/measure.py .build/release/glossary-bench Content "$scratch"

# Instructions (callgrind) of one search in a fresh process, the index and the dictionary caches
# warm, each binary with its own cache folder: `parité` (a real word that names no concept:
# the same answer before and after) checks one word, so the process loads the dictionaries;
# `SLA` checks none (under four letters), so the difference is about the load.
# (valgrind reads copies stripped of their debug information, which it cannot read.)
instructions() {
    { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
n=0
for binary in ${before:+"$before"} .build/release/glossary .build/release/glossary-bench; do
    n=$((n + 1))
    strip --strip-debug -o "$scratch/bin-$n" "$binary"
done
n=0
for binary in ${before:+"$before"} .build/release/glossary; do
    n=$((n + 1))
    export XDG_CACHE_HOME="$scratch/cache-$n"
    "$binary" search --content Content parité >/dev/null 2>&1 || true
    "$binary" search --content Content parité >/dev/null 2>&1 || true
    load=$(instructions "$scratch/bin-$n" search --content Content parité)
    none=$(instructions "$scratch/bin-$n" search --content Content SLA)
    echo "$binary: search parité $load instructions, search SLA $none, difference $((load - none)) ($(uptime | sed 's/.*load/load/'))"
done

# Instructions of one word check, each rule: glossary-bench over the 20 000 first typos and over
# none; the difference over 20 000 (reading, folding and printing the word included, the same
# for both rules).
n=$((n + 1))
export XDG_CACHE_HOME="$scratch/cache-$((n - 1))"
head -20000 "$scratch/typos.txt" >"$scratch/20k.txt"
for rule in stems forms; do
    many=$(instructions "$scratch/bin-$n" --spelling $rule <"$scratch/20k.txt")
    zero=$(instructions "$scratch/bin-$n" --spelling $rule </dev/null)
    echo "rule $rule: $(((many - zero) / 20000)) instructions a word ($many - $zero over 20 000)"
done
rm -rf "$scratch"
