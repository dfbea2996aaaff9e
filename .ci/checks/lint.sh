#!/usr/bin/env bash
# `glossary lint --format sarif` read back by a real SARIF reader (PyPI sarif-tools): the log of
# the test documents must load, and list every finding the text report lists.
# Prints "N passed, M failed" last; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check sarif-tools

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixtures=Tests/GlossaryLintTests/Fixtures
glossary() { swift run -c debug glossary "$@" --content "$fixtures/content" --index "$work/index.sqlite"; }

passed=0
failed=0
check() {   # check NAME COMMAND...: runs one check and counts it
    local name=$1; shift
    if "$@"; then echo "lint: ok   $name"; passed=$((passed + 1)); else echo "lint: FAIL $name"; failed=$((failed + 1)); fi
}

glossary lint --format sarif "$fixtures"/documents/rapport.md "$fixtures"/documents/note.html > "$work/lint.sarif" 2>/dev/null
glossary lint "$fixtures"/documents/rapport.md "$fixtures"/documents/note.html > "$work/lint.txt" 2>/dev/null
expected=$(wc -l < "$work/lint.txt")

summary() {
    .venv/bin/sarif summary "$work/lint.sarif" > "$work/summary.txt" 2>&1 && grep -q "^warning: $expected$" "$work/summary.txt"
}
check "SARIF log read by sarif-tools with all $expected finding(s)" summary
check "sarif-tools lists every rule id the findings use" bash -c \
    ".venv/bin/python -c \"
import sys, sarif.loader as l
log = l.load_sarif_file('$work/lint.sarif')
results = log.get_results()
assert len(results) == $expected, (len(results), $expected)
ids = {r['ruleId'] for r in results}
assert ids <= {'obsolete-term', 'deprecated-term', 'authority-not-recommended'}, ids
print(len(results), 'results,', sorted(ids))
\""

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
