#!/usr/bin/env bash
# Style check: `swift format lint` (it ships with the toolchain) with the rules of .swift-format
# over Sources, Tests and Benchmarks. Any rule finding fails the check.
# Among the rules, AllPublicDeclarationsHaveDocumentation: every `public` declaration (the API
# a library user gets, README "Architecture") has a `///` comment; the rest is `package`.
#
# Layout included: the code is laid out by `swift format format -i -r Sources Tests Benchmarks`.
set -uo pipefail
cd "$(dirname "$0")/../.."

findings=$(swift format lint --parallel --configuration .swift-format --recursive Sources Tests Benchmarks 2>&1)
status=$?
rules=$(printf '%s\n' "$findings" | grep -E 'warning:|error:')
if [ -n "$rules" ]; then
    printf '%s\n' "$rules"
    echo "format: $(printf '%s\n' "$rules" | wc -l) finding(s) of .swift-format's rules; fix them (swift format format -i FILE fixes most)"
    exit 1
fi
if [ "$status" -ne 0 ] && [ -z "$(printf '%s\n' "$findings" | grep -E 'warning:|error:')" ]; then
    printf '%s\n' "$findings"
    echo "format: swift format lint failed"
    exit 1
fi
echo "format: ok (no finding)"
