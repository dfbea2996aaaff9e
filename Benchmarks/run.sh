#!/usr/bin/env bash
# Benchmarks of the core (index and search). Prints figures to paste into BENCHMARKS.md.
#   Benchmarks/run.sh [SIZES...]      default sizes: 1000 10000 100000
# Needs: hyperfine and sqlite3 (apt-get install hyperfine sqlite3), and for the fully static
# glossary binary libsqlite3-dev libxml2-dev libicu-dev liblzma-dev zlib1g-dev (see Package.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
work=$(mktemp -d /tmp/glossary-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%F)"
GLOSSARY_STATIC=1 swift build -c release --static-swift-stdlib --product glossary >/dev/null
swift build -c release --product glossary-bench >/dev/null
bin=$(swift build -c release --show-bin-path)

echo "== in process: index build, search latency, peak memory"
for n in ${sizes[@]}; do
    "$bin/glossary-bench" --concepts "$n" --keep "$work/$n" | tee "$work/$n.json"
done

echo "== end to end: glossary search vs the sqlite3 CLI on the same index (largest size)"
n=$(echo ${sizes[@]} | tr ' ' '\n' | tail -1)
index="$work/$n/index.sqlite"
content="$work/$n/Content"
query=$(python3 -c "import json;print(json.load(open('$work/$n.json'))['sample_definition_query'])")
# The index holds stemmed tokens, not words: the sqlite3 CLI queries one token of the index
# found in a few dozen documents, as glossary's definition query does.
first=$(sqlite3 "$index" "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, concept_fts, 'row'); SELECT term FROM temp.v WHERE doc BETWEEN 20 AND 200 LIMIT 1")
hyperfine -N --warmup 5 --runs 50 \
    -n "glossary search (${n} concepts)" "$bin/glossary search --content $content --index $index --limit 10 '$query'" \
    -n "sqlite3 FTS5 query (${n} concepts)" "sqlite3 $index \"SELECT conceptId FROM concept_fts WHERE concept_fts MATCH '\\\"$first\\\"' ORDER BY bm25(concept_fts, 10, 6, 3, 1) LIMIT 10\"" \
    2>&1 | grep -Ev '^\s*$'

echo "== end to end on the shipped Content/: glossary search vs a bare Swift executable"
printf 'import Foundation\nprint("hello")\n' > "$work/hello.swift"
swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello" 2>/dev/null
"$bin/glossary" index --index "$work/shipped.sqlite" >/dev/null
hyperfine -N --warmup 5 --runs 100 \
    -n "bare Swift hello (Foundation, -static-stdlib)" "$work/hello" \
    -n "glossary --version" "$bin/glossary --version" \
    -n "glossary search infogérance (shipped content)" "$bin/glossary search --index $work/shipped.sqlite infogérance" \
    -n "grep -ril infogérance Content/" "grep -ril infogérance Content/" \
    2>&1 | grep -Ev '^\s*$'
