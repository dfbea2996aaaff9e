#!/usr/bin/env bash
# Relevance of `glossary search` on the shipped content (issue 17): the relevance benchmark
# (Benchmarks/relevance/run.py) scores the CLI on its learner queries beside the peers a user
# could pick instead (SQLite FTS5, tantivy, Pagefind on the built site), prints the table, and
# fails when the CLI drops below the issue's targets: MRR@10 at least 0.90 over all queries,
# 0.70 on descriptions, 1.00 on exact terms, acronyms and prefixes, at most 2 % of queries
# without a result. The targets hold on every query set of Benchmarks/relevance/, not only on
# queries.tsv, the set search was tuned on: the holdout, probe and blind sets were written
# without looking at results, and a change that helps one set by hurting another fails here.
# The peers are scored on queries.tsv only. About two minutes on top of the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

source .ci/apt_install.sh

apt_install python3-venv nodejs hunspell-fr hunspell-en-us hunspell-en-gb
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q pyyaml tantivy "pagefind[extended]"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product glossary >/dev/null
bin=$(swift build --show-bin-path)
"$bin/glossary" site --content Content --out "$work/site" >/dev/null
failed=0
for queries in Benchmarks/relevance/queries*.tsv; do
    name=$(basename "$queries" .tsv)
    echo "relevance: $name"
    peers=()
    [ "$name" = queries ] || peers=(--only glossary)
    .venv/bin/python Benchmarks/relevance/run.py --glossary "$bin/glossary" --pagefind "$work/site" \
        --queries "$queries" "${peers[@]}" --json "$work/$name.json" --misses glossary
    .venv/bin/python - "$work/$name.json" "$name" <<'PY' || failed=1
import json, sys
s = json.load(open(sys.argv[1]))["summaries"]["glossary"]
targets = [("all", "mrr10", ">=", 0.90), ("description", "mrr10", ">=", 0.70),
           ("exact", "mrr10", ">=", 1.00), ("all", "zero", "<=", 0.02)]
failed = 0
for category, measure, op, bound in targets:
    if category not in s:
        continue
    value = s[category][measure]
    ok = value >= bound - 1e-9 if op == ">=" else value <= bound + 1e-9
    failed += not ok
    print(f"relevance: {'ok  ' if ok else 'FAIL'} {sys.argv[2]}: glossary {category} {measure} {value:.3f} {op} {bound:.2f}")
sys.exit(1 if failed else 0)
PY
done
exit "$failed"
