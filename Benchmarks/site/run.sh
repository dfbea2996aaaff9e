#!/usr/bin/env bash
# Benchmark (not a test): builds the site of N synthetic concepts (default 10 000) with
# `glossary site` (release build) and, in the same run, the equivalent Hugo site; prints the
# times, page counts and the search payload of a first query.
#   Benchmarks/site/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
swift build -c release --product glossary >/dev/null
bin=$(swift build -c release --show-bin-path)/glossary
python3 Benchmarks/site/generate.py "$N" "$work" >/dev/null

timed() {   # timed RUNS COMMAND...: best wall-clock seconds of RUNS runs
    local runs=$1; shift; local best=
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
        local t; t=$(echo "$end - $start" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    printf '%.2f' "$best"
}

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM; $(date -u +%Y-%m-%d)"
echo "hugo: $(hugo version | cut -d' ' -f1-2)"
g=$(timed 3 "$bin" site --content "$work/content" --out "$work/site" --templates Site)
h=$(timed 3 hugo --quiet -s "$work/hugo" -d "$work/hugo-out")
gpages=$(find "$work/site" -name '*.html' | wc -l)
hpages=$(find "$work/hugo-out" -name '*.html' | wc -l)
echo "glossary site: $g s for $gpages pages ($N concepts × 2 languages + indexes), content loading and validation included"
echo "hugo:          $h s for $hpages pages"
manifest=$(stat -c %s "$work/site/search/index.js")
largest=$(ls -S "$work/site/search"/s-*.js | sed -n 1p || true)
total=$(du -sb "$work/site/search" | cut -f1)
js=$(stat -c %s "$work/site/assets/search.js")
echo "search: manifest $manifest B + search.js $js B; largest shard $(stat -c %s "$largest") B ($(basename "$largest")); whole index $total B in $(ls "$work/site/search" | wc -l) files"
# First query "infogerence"-like: the manifest, the script and the shard of its first two letters.
median=$(stat -c %s "$work/site/search"/s-*.js | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
p95=$(stat -c %s "$work/site/search"/s-*.js | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.95)]}')
echo "first query payload = manifest + search.js + one shard: median $((manifest + js + median)) B, 95th percentile $((manifest + js + p95)) B, worst $((manifest + js + $(stat -c %s "$largest"))) B"
for q in infogerence reseua; do
    node -e '
      const fs=require("fs"), path=require("path"), s=require(path.resolve(process.argv[1],"assets/search.js"));
      global.window=global; eval(fs.readFileSync(path.join(process.argv[1],"search/index.js"),"utf8")); s.setSplits(GLOSSARY_INDEX.split);
      const w=s.words(process.argv[2]), k=s.key(w.join(""));
      console.log("query " + process.argv[2] + ": shard " + k + " = " + fs.statSync(path.join(process.argv[1],"search",s.fileName(k))).size + " B");
    ' "$work/site" "$q" 2>/dev/null || true
done
