#!/usr/bin/env bash
# A large TBX through import (issue 18, item 6): our own export of N synthetic concepts
# (default 100 000, about 200 MB with Benchmarks/GlossaryBench/SyntheticContent.swift) read
# back by `glossary import`, with its time and peak memory, beside the file's size.
#   Benchmarks/linear/roundtrip.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
swift build -c release --product glossary >/dev/null
swift build -c release --product glossary-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d /tmp/glossary-roundtrip.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%F)"
"$bin/glossary-bench" --concepts "$n" --keep "$work/src" --repeats 1 >/dev/null
/usr/bin/time -f "export: %e s, peak %M KB" "$bin/glossary" export --format tbx --content "$work/src/Content" --out "$work/kb.tbx"
echo "file: $(du -m "$work/kb.tbx" | cut -f1) MB"
mkdir -p "$work/dst/concepts"
cp "$work/src/Content/domains.yaml" "$work/dst/"
/usr/bin/time -f "import: %e s, peak %M KB" "$bin/glossary" import --format tbx "$work/kb.tbx" --content "$work/dst" | tail -2
echo "concept files written: $(ls "$work/dst/concepts" | wc -l)"
diff -rq "$work/src/Content/concepts" "$work/dst/concepts" >/dev/null && echo "round trip: identical files" \
    || echo "round trip: $(diff -rq "$work/src/Content/concepts" "$work/dst/concepts" | wc -l) file(s) differ"
