#!/usr/bin/env bash
# Lint speed: a 10 MB Markdown document checked by `glossary lint` against the shipped content
# and against 100 000 synthetic concepts, beside `grep -F -i -w -f` over the same advised-against
# terms in the same run (grep finds the strings; glossary also folds accents, reduces plurals,
# skips code and markup, guesses languages and words its findings). Prints hyperfine's table.
#   Benchmarks/lint/run.sh [SIZE_BYTES]     default 10000000
# Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../.."
size="${1:-10000000}"
work=$(mktemp -d /tmp/glossary-lint-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%F)"
swift build -c release --product glossary >/dev/null
swift build -c release --product glossary-bench >/dev/null
bin=$(swift build -c release --show-bin-path)

"$bin/glossary" export --format json --out "$work/kb.json" >/dev/null
python3 Benchmarks/lint/make_document.py "$work/kb.json" "$size" "$work/doc.md" "$work/terms.txt"
"$bin/glossary" index --index "$work/shipped.sqlite" >/dev/null
"$bin/glossary-bench" --concepts 100000 --keep "$work/100k" >/dev/null
echo "document: $(wc -c < "$work/doc.md") bytes, $(wc -w < "$work/doc.md") words; $(wc -l < "$work/terms.txt") advised-against terms"
echo "findings on the shipped content: $("$bin/glossary" lint --index "$work/shipped.sqlite" "$work/doc.md" 2>/dev/null | wc -l)"
echo "lines grep -F matches: $(grep -F -i -w -c -f "$work/terms.txt" "$work/doc.md")"

hyperfine -N -i --output=pipe --warmup 1 --runs 5 \
    -n "glossary lint, shipped content" "$bin/glossary lint --index $work/shipped.sqlite $work/doc.md" \
    -n "glossary lint, 100 000 concepts" "$bin/glossary lint --content $work/100k/Content --index $work/100k/index.sqlite $work/doc.md" \
    -n "grep -F -i -w -f terms (shipped)" "grep -F -i -w -o -f $work/terms.txt $work/doc.md" \
    2>&1 | grep -Ev '^\s*$'
