#!/usr/bin/env bash
# Quiz and review at scale (issue 18, item 5): `glossary review` of one card and the first card
# of `glossary quiz`, beside `glossary search` on the same index (what a user runs anyway, and
# the bound the issue sets), as the knowledge base doubles.
#   Benchmarks/quiz/run.sh [SIZES...]     default: 12500 25000 50000 100000
# Prints, per size, the best of 3 wall-clock seconds of each command and the ratio of each to
# the previous size (2.0 would be linear in the size, 4.0 quadratic; ~1.0 means it does not
# depend on the size), and review/search, quiz/search at that size; then the CPU seconds
# (user + system, best of 3) of the same runs, which a loaded machine disturbs less than wall
# time, and `stats` (it counts the new cards of the whole content). BEFORE_BIN=path/to/glossary
# times that build's `stats` beside this one's on the same files.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-12500 25000 50000 100000}")
swift build -c release --product glossary >/dev/null
swift build -c release --product glossary-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d /tmp/glossary-quiz-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%F)"

best() {   # "wall cpu": the best wall-clock and CPU (user+sys) seconds of 3 runs of "$@", stdin from /dev/null
    python3 -c '
import resource, subprocess, sys, time
walls, cpus = [], []
for _ in range(3):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN); t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - t); r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
print(f"{min(walls):.3f} {min(cpus):.3f}")' "$@"
}

printf "%9s %9s %9s %9s %9s %9s %9s %13s %11s  %s\n" concepts search x review x quiz1 x review/search quiz/search "cpu: search review quiz1 | stats wall cpu | before: stats wall cpu"
prev_s="" prev_r="" prev_q=""
for n in ${sizes[@]}; do
    # Writes the content and builds its index; its own search figures are not needed here
    # (and a failed search sample must not stop this benchmark).
    "$bin/glossary-bench" --concepts "$n" --keep "$work/$n" >/dev/null 2>&1 || true
    [ -f "$work/$n/index.sqlite" ] || { echo "no index built for $n concepts" >&2; exit 1; }
    content="$work/$n/Content" index="$work/$n/index.sqlite" progress="$work/$n/progress.sqlite"
    card="$(ls "$content/concepts" | sed -n '1s/\.yaml$//p'):fr-en"
    common=(--content "$content" --index "$index")
    "$bin/glossary" search "${common[@]}" warmup >/dev/null 2>&1 || true
    read -r s sc < <(best "$bin/glossary" search "${common[@]}" --limit 10 service)
    read -r r rc < <(best "$bin/glossary" review "$card" good "${common[@]}" --progress "$progress" --create --no-fuzz --now 2025-01-06T09:00:00Z)
    read -r q qc < <(best "$bin/glossary" quiz --count 1 --seed 1 "${common[@]}" --progress "$progress" --create --now 2025-01-06T09:00:00Z)
    read -r st stc < <(best "$bin/glossary" stats "${common[@]}" --progress "$progress" --now 2025-01-06T10:00:00Z)
    before="–"
    if [ -n "${BEFORE_BIN:-}" ]; then before=$(best "$BEFORE_BIN" stats "${common[@]}" --progress "$progress" --now 2025-01-06T10:00:00Z); fi
    ratio() { [ -z "$2" ] && echo "–" || awk "BEGIN{printf \"%.2f\", $1 / ($2 > 0 ? $2 : 0.005)}"; }
    printf "%9s %9s %9s %9s %9s %9s %9s %13s %11s\n" "$n" "$s" "$(ratio "$s" "$prev_s")" "$r" "$(ratio "$r" "$prev_r")" \
        "$q" "$(ratio "$q" "$prev_q")" "$(ratio "$r" "$s")" "$(ratio "$q" "$s")"
    printf "%9s cpu: %s %s %s | stats %s %s | before: stats %s\n" "" "$sc" "$rc" "$qc" "$st" "$stc" "$before"
    prev_s=$s prev_r=$r prev_q=$q
    rm -rf "$work/$n"
done
