#!/usr/bin/env bash
# Benchmark (not a test): each speed path that shadows a library or Foundation (Markdown's plain
# path beside Ink, trimming, HTML escaping), timed against what it replaces over the texts of
# the site benchmark's synthetic content, at each size given (default 1 000 and 10 000 concepts).
# One JSON line per comparison: CPU seconds of one thread, best of 7 passes, and whether both
# ways gave the same output (see Benchmarks/GlossaryBench/Shortcuts.swift).
#   Benchmarks/site/shortcuts.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product glossary-bench >/dev/null
bench=$(swift build -c release --show-bin-path)/glossary-bench
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"
for n in "${@:-1000 10000}"; do
    python3 Benchmarks/site/generate.py "$n" "$work/$n" >/dev/null
    echo "== $n concepts"
    "$bench" --shortcuts "$work/$n/content"
done
echo "== shipped Content/"
"$bench" --shortcuts Content
