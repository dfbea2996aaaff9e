#!/usr/bin/env python3
"""Writes a Markdown document of about SIZE bytes for the lint benchmark: the definitions,
notes and examples of a knowledge base (from `glossary export --format json`), shuffled into
paragraphs, with one advised-against term every ~40 words, so the linter has work to do.
Also writes the advised-against terms, one per line, for `grep -F -f`.

    make_document.py KB.json SIZE DOCUMENT TERMS
"""
import json, random, re, sys

kb = json.load(open(sys.argv[1]))
size = int(sys.argv[2])
link = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
texts, flagged = [], []
for concept in kb["concepts"]:
    for lang in ("fr", "en"):
        section = concept[lang]
        for text in [section["definition"], *section.get("notes", []), *section.get("examples", [])]:
            texts.append(link.sub(lambda m: m.group(2) or m.group(1).replace("-", " "), text))
        flagged += [t["text"] for t in section["terms"] if t["status"] in ("deprecated", "obsolete")]
random.seed(42)
out, total = [], 0
while total < size:
    words = random.choice(texts).split()
    if flagged and len(words) > 4:
        words.insert(random.randrange(len(words)), random.choice(flagged))
    paragraph = " ".join(words)
    out.append(paragraph)
    total += len(paragraph.encode()) + 2
open(sys.argv[3], "w").write("\n\n".join(out) + "\n")
open(sys.argv[4], "w").write("\n".join(sorted(set(flagged))) + "\n")
