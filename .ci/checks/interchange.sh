#!/usr/bin/env bash
# Interop check for issue #6: exports the shipped Content/ in every format and has each file
# read by the tool that really reads it (lxml RELAX NG + pyschematron for TBX, translate-toolkit
# for TBX v2, rdflib and skosify's checks for SKOS, Anki's own library for the deck, Python's csv module for CSV).
# Prints one line per check and "N passed, M failed"; exits non-zero on any failure.
#
# Environment: GLOSSARY_CONTENT (default Content, or the test fixtures while it is empty),
# TBX_SCHEMAS (default ../shared/schemas/tbx, else the copy in Tests/Interop/tbx), PYTHON312 (a Python >= 3.12, which pyschematron needs).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/apt_install.sh

content="${GLOSSARY_CONTENT:-Content}"
schemas="${TBX_SCHEMAS:-../shared/schemas/tbx}"
if [ ! -f "$schemas/TBXcoreStructV03.rng" ]; then
    schemas=Tests/Interop/tbx   # LTAC's published grammar and Schematron, copied
fi
if ! ls "$content"/concepts/*.yaml >/dev/null 2>&1; then
    echo "interchange: no concepts in $content/concepts yet; checking the test fixtures instead"
    content=Tests/GlossaryKitTests/Fixtures/content
fi

# Python >= 3.12 for pyschematron 1.2.5: PYTHON312, python3.12 on PATH, or pyenv's.
python="${PYTHON312:-}"
if [ -z "$python" ]; then
    for candidate in python3.12 python3.13 "$HOME"/.pyenv/versions/3.12*/bin/python3.12 /root/.pyenv/versions/3.12*/bin/python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            python="$candidate"; break
        fi
    done
fi
if [ -z "$python" ]; then
    apt_install python3 python3-venv
    python=python3
fi
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
    rm -rf .venv
    "$python" -m venv .venv
fi
.venv/bin/pip install -q --disable-pip-version-check lxml pyschematron==1.2.5 translate-toolkit rdflib skosify anki

swift build -c debug >/dev/null
glossary="$(swift build --show-bin-path)/glossary"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

"$glossary" export --content "$content" --format tbx --out "$out/kb.tbx"
"$glossary" export --content "$content" --format tbx2 --out "$out/kb.tbx2"
"$glossary" export --content "$content" --format csv --out "$out/kb.csv"
"$glossary" export --content "$content" --format skos --out "$out/kb.ttl"
"$glossary" export --content "$content" --format json --out "$out/kb.json"
"$glossary" export --content "$content" --format anki --out "$out/kb.apkg"

# An updated deck, exported later from a copy of the content with one French term changed,
# to check that Anki updates the note instead of adding a second one.
sleep 1
cp -r "$content" "$out/content-updated"
concepts=("$out"/content-updated/concepts/*.yaml)   # not `ls | head`: with pipefail, ls's SIGPIPE fails the script
first="${concepts[0]}"
.venv/bin/python - "$first" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(re.sub(r"(text:\s*)([\"']?)", r"\1\2ZZ ", text, count=1))
PY
"$glossary" export --content "$out/content-updated" --format anki --out "$out/kb-updated.apkg"

# The learner's progress in the deck: answers recorded with `glossary review` (FSRS without
# fuzz, at chosen times) on three concepts' translation cards, then a definition card that has
# no Anki card; exported with --with-progress. Then one more answer and a later export of the
# updated content, to check that re-importing keeps the reviews made in Anki meanwhile.
progress="$out/progress.sqlite"
review() { "$glossary" review --content "$content" --progress "$progress" --create --no-fuzz --now "$3" "$1" "$2" >/dev/null; }
ago() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
ids=()
for file in "${concepts[@]:0:3}"; do ids+=("$(basename "$file" .yaml)"); done
review "${ids[0]}:fr-en" easy "$(ago '-3 days')"                    # review, due in a few days
review "${ids[0]}:en-fr" good "$(ago '-2 days')"
review "${ids[0]}:en-fr" good "$(ago '-2 days +10 minutes')"        # graduated: review
review "${ids[1]}:fr-en" good "$(ago '-1 minute')"                  # learning, second step
review "${ids[2]}:fr-en" easy "$(ago '-40 days')"
review "${ids[2]}:fr-en" again "$(ago '-5 minutes')"                # lapsed: relearning
review "${ids[1]}:def-term" good "$(ago '-1 minute')"               # no Anki card
"$glossary" export --content "$content" --format anki --with-progress --progress "$progress" --out "$out/kb-progress.apkg"
cp "$progress" "$out/progress-at-export.sqlite"
review "${ids[1]}:en-fr" good "$(ago '-1 second')"                  # after the first export
sleep 1
"$glossary" export --content "$out/content-updated" --format anki --with-progress --progress "$progress" --out "$out/kb-progress-updated.apkg"

.venv/bin/python Tests/Interop/check_interchange.py "$out" "$schemas"
