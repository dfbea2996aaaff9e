#!/usr/bin/env bash
# Issue 13: `glossary optimize` fits review logs as well as the reference optimizer (fsrs-rs,
# PyPI fsrs-rs-python): on simulated learners' logs, the log loss of our fit on held-out
# reviews is at most 1.02 times the reference's (Benchmarks/optimize/compare.py). Uses the
# debug binary .ci/run has just built, on smaller logs than the benchmark.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product glossary >/dev/null
GLOSSARY_BIN="$(swift build --show-bin-path)/glossary" \
    bash Benchmarks/optimize/run.sh --sizes 300,1000 --seeds 1,2 --max-ratio 1.02
