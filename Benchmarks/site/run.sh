#!/usr/bin/env bash
# Benchmark (not a test): builds the site of N synthetic concepts (default 10 000) with
# `glossary site` (release build) and, in the same run, the equivalent Hugo site, in ROUNDS
# interleaved rounds (default 3); prints each round's CPU time (user + sys) and wall-clock time,
# the files each wrote, and what the site's search loads to answer a few first queries.
#   Benchmarks/site/run.sh [N] [ROUNDS]
# CPU time is the figure to compare on a shared machine: wall-clock time follows the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000}
ROUNDS=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
swift build -c release --product glossary >/dev/null
bin=$(swift build -c release --show-bin-path)/glossary
python3 Benchmarks/site/generate.py "$N" "$work" >/dev/null

measure() {   # measure COMMAND...: "CPU-seconds wall-seconds" of one run (GNU time)
    /usr/bin/time -f '%U %S %e' -o "$work/time" "$@" >/dev/null 2>&1
    awk '{printf "%.2f %.2f", $1 + $2, $3}' "$work/time"
}

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "hugo: $(hugo version | cut -d' ' -f1-2)"
# A first build of each, not counted: it fills the caches (dictionaries, spelling filter).
"$bin" site --content "$work/content" --out "$work/site" --templates Site >/dev/null
hugo --quiet -s "$work/hugo" -d "$work/hugo-out" >/dev/null
printf '%-6s %-22s %-22s %s\n' round "glossary CPU / wall" "hugo CPU / wall" "CPU ratio"
for round in $(seq "$ROUNDS"); do
    read -r gc gw <<<"$(measure "$bin" site --content "$work/content" --out "$work/site" --templates Site)"
    read -r hc hw <<<"$(measure hugo --quiet -s "$work/hugo" -d "$work/hugo-out")"
    printf '%-6s %-22s %-22s %s\n' "$round" "$gc s / $gw s" "$hc s / $hw s" "$(echo "scale=2; $gc / $hc" | bc)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: glossary $(find "$work/site" -type f | wc -l) ($(find "$work/site" -name '*.html' | wc -l) pages, $(find "$work/site/search" -type f | wc -l) search files), hugo $(find "$work/hugo-out" -type f | wc -l)"
echo "search index: $(du -sb "$work/site/search" | cut -f1) B"
# What a fresh page loads to answer a first query (script, manifest and every file it asks for).
printf '%s\n' infogerence reseua "externalisation des services" "cloud" |
    node Benchmarks/relevance/site_engine.js "$work/site" --bytes |
    paste -d' ' <(printf '%s\n' infogerence reseua "externalisation des services" "cloud") - |
    sed 's/^/query payload: /'
