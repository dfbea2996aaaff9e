#!/usr/bin/env bash
# `glossary optimize` against the reference optimizer (fsrs-rs through PyPI's fsrs-rs-python)
# on simulated review logs: log loss and binned RMSE on held-out reviews, side by side, as
# ratios ours / reference (compare.py says how). Prints the table to paste into BENCHMARKS.md.
#   Benchmarks/optimize/run.sh [compare.py options]   e.g. --sizes 300,1000 --seeds 1,2
# GLOSSARY_BIN: the glossary binary to test (default: a release build, made here).
# Exits 1 when a log loss ratio exceeds --max-ratio (default 1.02, the target of issue 13).
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv-fsrs
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check fsrs-rs-python==0.9.3

bin="${GLOSSARY_BIN:-}"
if [ -z "$bin" ]; then
    swift build -c release --product glossary >/dev/null
    bin="$(swift build -c release --show-bin-path)/glossary"
fi
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%F); fsrs-rs-python $("$venv/bin/pip" show fsrs-rs-python | awk '/^Version/{print $2}')"
"$venv/bin/python" Benchmarks/optimize/compare.py "$bin" "$@"
