#!/usr/bin/env bash
# Linear time on hostile input (issue 18, item 5): each input doubled four times, glossary
# timed beside what a user would otherwise run on the same file (reference.py), best of 3.
#   Benchmarks/linear/run.sh [BIN]     BIN: the glossary binary (default: a release build)
# Needs python3 with PyYAML (apt-get install python3-yaml).
# Prints one line per size: seconds for glossary and the reference, and each one's ratio to
# the previous size (2.0 is linear; 4.0 is quadratic).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
if [ $# -ge 1 ]; then bin="$1"; else
    swift build -c release --product glossary >/dev/null
    bin="$(swift build -c release --show-bin-path)/glossary"
fi
work=$(mktemp -d /tmp/glossary-linear.XXXXXX)
trap 'rm -rf "$work"' EXIT
fixture="Tests/GlossaryKitTests/Fixtures/content"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%F)"

best() {   # best wall-clock seconds of 3 runs of "$@"
    local best=""
    for _ in 1 2 3; do
        local t
        t=$( { /usr/bin/time -f "%e" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    done
    echo "$best"
}

measure() {   # kind, label, sizes...
    local kind=$1 label=$2; shift 2
    echo "== $label"
    printf '%10s %10s %7s %12s %7s\n' size glossary ratio reference ratio
    local previous="" previousRef=""
    for n in "$@"; do
        local input="$work/$kind-$n"
        python3 "$here/generate.py" "$kind" "$n" "$input"
        local t r
        case $kind in
            entities) t=$(best "$bin" import --format tbx "$input" --content "$fixture" --dry-run) ;;
            list) t=$(best "$bin" check --content "$input") ;;
            rows) t=$(best "$bin" import --format csv "$input" --content "$fixture" --dry-run) ;;
        esac
        r=$(best python3 "$here/reference.py" "$kind" "$input")
        local ratio="" refRatio=""
        [ -n "$previous" ] && ratio=$(awk "BEGIN{printf \"%.2f\", $t / $previous}")
        [ -n "$previousRef" ] && refRatio=$(awk "BEGIN{printf \"%.2f\", $r / $previousRef}")
        printf '%10s %10s %7s %12s %7s\n' "$n" "$t" "$ratio" "$r" "$refRatio"
        previous=$t previousRef=$r
        rm -rf "$input"
    done
}

measure entities "TBX: one note of N entity and character references (import --dry-run)" 250000 500000 1000000 2000000 4000000
measure list "YAML: one concept with a list of N notes (check)" 125000 250000 500000 1000000 2000000
measure rows "CSV: N rows of one concept (import --dry-run)" 12500 25000 50000 100000 200000
