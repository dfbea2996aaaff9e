#!/usr/bin/env python3
"""Typo correction that cannot mislead (issue 17): which words each spelling rule takes for real.

Reads the shipped Content/, writes three word lists (one-edit typos of the terms' words, the
words of the prose, common inflections from inflections.txt), runs them through
`glossary-bench --spelling stems|forms` (the earlier rule, today's) and through the real
Hunspell (`hunspell -l`, fr_FR + en_US + en_GB) as the reference, and prints the shares.
Usage: measure.py BENCH_BINARY CONTENT_FOLDER SCRATCH_FOLDER
"""
import glob, os, re, subprocess, sys, unicodedata
import yaml

bench, content, scratch = sys.argv[1:4]
os.makedirs(scratch, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))


def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def words(text):
    text = re.sub(r"\[\[([^\]|]*)\|?([^\]]*)\]\]", lambda m: m.group(2) or m.group(1), text)
    return [w for w in re.split(r"[^\w]+", text) if w and not any(c.isdigit() or c == "_" for c in w)]


terms, prose = set(), set()
for path in sorted(glob.glob(os.path.join(content, "concepts", "*.yaml"))):
    concept = yaml.safe_load(open(path, encoding="utf-8"))
    for language in ("fr", "en"):
        side = concept.get(language) or {}
        for term in side.get("terms", []):
            terms.update(words(term["text"]))
        for text in [side.get("definition") or ""] + (side.get("notes") or []) + (side.get("examples") or []):
            prose.update(words(text))
    for contrast in concept.get("contrasts") or []:
        prose.update(words(contrast.get("fr", "") + " " + contrast.get("en", "")))

content_words = {fold(w) for w in terms | prose}
# Prose words as written (a name keeps its capital), the rest lower case as a learner types.
prose = {w if w[:1].isupper() else w.lower() for w in prose}
prose = {w for w in prose if not (w[:1].isupper() and w.lower() in prose)}
letters = "abcdefghijklmnopqrstuvwxyz"
typos = set()
for word in {fold(t) for t in terms}:  # as a learner types them: lower case, no accents
    if len(word) < 5 or not word.isalpha():
        continue
    for i in range(len(word) + 1):
        typos.update(word[:i] + c + word[i:] for c in letters)
    for i in range(len(word)):
        typos.add(word[:i] + word[i + 1:])
        typos.update(word[:i] + c + word[i + 1:] for c in letters)
        if i + 1 < len(word):
            typos.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
typos -= content_words
inflections = [line.strip() for line in open(os.path.join(here, "inflections.txt"), encoding="utf-8") if line.strip()]


def hunspell_rejects(items):
    out = subprocess.run(["hunspell", "-l", "-i", "utf-8", "-d", "fr_FR,en_US,en_GB"], input="\n".join(items), capture_output=True, text=True).stdout
    return set(out.split())


def rule(name, items):
    out = subprocess.run([bench, "--spelling", name], input="\n".join(items), capture_output=True, text=True, check=True).stdout
    return {line.split("\t")[0]: line.split("\t")[1] == "1" for line in out.splitlines() if "\t" in line}


# A typo that Hunspell accepts as typed is a real word after all: not a typo.
typos = sorted(typos - (set(typos) - hunspell_rejects(sorted(typos))))
lists = {"typos": typos, "prose": sorted(prose), "inflections": inflections}
for name, items in lists.items():
    with open(os.path.join(scratch, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")

print(f"term words >= 5 letters: {len([w for w in {fold(t) for t in terms} if len(w) >= 5 and w.isalpha()])}")
for name, items in lists.items():
    # Each word once by its folded form (as typed: the first so written).
    seen = {}
    for w in items:
        if re.fullmatch(r"[a-z]+", fold(w)):
            seen.setdefault(fold(w), w)
    folded = sorted(seen)
    stems = {k: v for k, v in rule("stems", [seen[f] for f in folded]).items()}
    forms = {k: v for k, v in rule("forms", [seen[f] for f in folded]).items()}
    stems, forms = {f: stems[seen[f]] for f in folded}, {f: forms[seen[f]] for f in folded}
    line = f"{name}: {len(folded)} words; known by stems (before) {sum(stems[w] for w in folded)} = {100 * sum(stems[w] for w in folded) / len(folded):.2f} %"
    line += f", by forms (after) {sum(forms[w] for w in folded)} = {100 * sum(forms[w] for w in folded) / len(folded):.2f} %"
    print(line)
    if name == "typos":
        print("  typos still known (a real word typed without its accents):", " ".join(w for w in folded if forms[w])[:1200])
        print("  typos known before:", len([w for w in folded if stems[w]]), "e.g.", " ".join([w for w in folded if stems[w]][:25]))
    else:
        rejected = hunspell_rejects([w for w in items if re.fullmatch(r"[^\W\d_]+", w)])
        accepted = [w for w in items if w not in rejected and re.fullmatch(r"[a-z]+", fold(w))]
        missed = [w for w in accepted if not forms[fold(w)]]
        print(f"  Hunspell accepts {len(accepted)} as written; of those, not known by forms: {len(missed)} {' '.join(missed[:20])}")
        print("  known before, not after:", " ".join(w for w in folded if stems[w] and not forms[w])[:800])
        print("  known after, not before:", " ".join(w for w in folded if forms[w] and not stems[w])[:400])
