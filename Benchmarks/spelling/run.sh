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

# Instructions of one search in a fresh process, the index and the dictionary caches warm:
# a one-word typo (checks one word, loads the dictionaries) against a query with no word to
# check (an exact term: no load), and the same typo query with 20 typos (20 more checks).
export XDG_CACHE_HOME="$scratch/cache"
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for binary in ${before:+"$before"} .build/release/glossary; do
    "$binary" search --content Content comtié >/dev/null 2>&1 || true
    "$binary" search --content Content comtié >/dev/null 2>&1 || true
    load=$(instructions "$binary" search --content Content comtié)
    none=$(instructions "$binary" search --content Content externalisation)
    many=$(instructions "$binary" search --content Content "comtié libretés intégation odering prestatiare reversibilte outsorcing externalsation hebergemnt infogeranse contrt fournisseru sous-traitnce clouud deloclisation relocalisaton internalisaton nearshorre offshorring onshorre")
    echo "$binary: search comtié $load instructions, search externalisation $none, search 20 typos $many ($(uptime | sed 's/.*load/load/'))"
done
rm -rf "$scratch"
