"""Generates N synthetic concepts in the glossary's content format, and the equivalent Hugo
site (one Markdown page per concept holding both languages, minimal templates).

    python3 generate.py N OUT_DIR    ->  OUT_DIR/content (glossary) and OUT_DIR/hugo (Hugo)

Deterministic (fixed seed). Words are made from syllables, so the vocabulary grows with N as a
real term bank's does (a few thousand distinct words), with accents, apostrophes and hyphens.
"""
import os
import random
import sys

N = int(sys.argv[1])
OUT = sys.argv[2]
rng = random.Random(42)

SYLLABLES = ["ba", "ré", "ti", "ges", "mon", "pla", "ser", "vi", "ce", "in", "fo", "ra", "tion", "cal", "lo",
             "dé", "pro", "tec", "nu", "mé", "ri", "que", "sys", "tè", "me", "con", "trat", "ex", "ter", "na",
             "li", "sa", "hé", "ber", "ge", "ment", "cœur", "mé", "tier", "clou", "da", "ta", "por", "tail"]
EN_SYLLABLES = ["ser", "vice", "out", "sour", "cing", "data", "net", "work", "host", "ing", "man", "age", "ment",
                "cloud", "plat", "form", "sup", "port", "con", "tract", "lev", "el", "pro", "vid", "er", "sys", "tem"]
DOMAINS = ["modeles-externalisation", "acteurs", "contrats", "cloud", "securite", "pilotage"]


def word(syllables, lo=2, hi=4):
    return "".join(rng.choice(syllables) for _ in range(rng.randint(lo, hi)))


FR_WORDS = [word(SYLLABLES) for _ in range(2500)]
EN_WORDS = [word(EN_SYLLABLES) for _ in range(2500)]


def phrase(words, n):
    return " ".join(rng.choice(words) for _ in range(n))


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


content = os.path.join(OUT, "content", "concepts")
hugo = os.path.join(OUT, "hugo")
os.makedirs(content, exist_ok=True)
os.makedirs(os.path.join(hugo, "content", "concepts"), exist_ok=True)
os.makedirs(os.path.join(hugo, "layouts", "_default"), exist_ok=True)

with open(os.path.join(OUT, "content", "domains.yaml"), "w") as f:
    for d in DOMAINS:
        f.write(f"- id: {d}\n  fr: {{ name: \"Domaine {d}\" }}\n  en: {{ name: \"Domain {d}\" }}\n")

ids = [f"c{i:05d}" for i in range(N)]
for i, cid in enumerate(ids):
    fr_head = phrase(FR_WORDS, rng.randint(1, 3))
    en_head = phrase(EN_WORDS, rng.randint(1, 3))
    fr_terms = [(fr_head, "preferred"), (phrase(FR_WORDS, 2) + " d'" + rng.choice(FR_WORDS), "admitted")]
    en_terms = [(en_head, "preferred"), (phrase(EN_WORDS, 2) + "-" + rng.choice(EN_WORDS), "admitted")]
    if i % 5 == 0:
        fr_terms.append(("".join(w[0] for w in fr_head.split()).upper() + str(i % 97), "preferred"))
    if i % 7 == 0:
        fr_terms.append((phrase(FR_WORDS, 2), "deprecated"))
    broader = [ids[rng.randrange(i)]] if i > 0 else []
    related = sorted({ids[rng.randrange(N)] for _ in range(2)} - {cid})
    link = ids[(i + 1 + rng.randrange(N - 1)) % N]
    fr_def = f"{phrase(FR_WORDS, 6)} [[{link}]] {phrase(FR_WORDS, 14)}."
    en_def = f"{phrase(EN_WORDS, 6)} [[{link}]] {phrase(EN_WORDS, 14)}."
    fr_note = phrase(FR_WORDS, 18) + "."
    en_note = phrase(EN_WORDS, 18) + "."
    lines = [f"id: {cid}", f"domains: [{rng.choice(DOMAINS)}]"]
    if broader:
        lines.append(f"broader: [{', '.join(broader)}]")
    if related:
        lines.append(f"related: [{', '.join(related)}]")
    for lang, terms, definition, note in (("fr", fr_terms, fr_def, fr_note), ("en", en_terms, en_def, en_note)):
        lines.append(f"{lang}:")
        lines.append("  terms:")
        for text, status in terms:
            extra = ", gender: f" if lang == "fr" else ""
            lines.append(f"    - {{ text: {q(text)}, status: {status}, pos: noun{extra} }}")
        lines.append(f"  definition: {q(definition)}")
        lines.append(f"  notes: [{q(note)}]")
    lines.append("sources:")
    lines.append(f"  - {{ title: {q('Source ' + cid)}, publisher: \"Bench\", url: \"https://example.org/{cid}\" }}")
    with open(os.path.join(content, cid + ".yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    # The Hugo equivalent: one page with both languages' terms, definitions and notes.
    body = [f"## Français\n", *[f"- **{t}** ({s})" for t, s in fr_terms], "", fr_def.replace(f"[[{link}]]", f"[{link}](/concepts/{link}/)"),
            "", fr_note, "", "## English\n", *[f"- **{t}** ({s})" for t, s in en_terms], "",
            en_def.replace(f"[[{link}]]", f"[{link}](/concepts/{link}/)"), "", en_note, "", "## Sources", "",
            f"- [Source {cid}](https://example.org/{cid})"]
    with open(os.path.join(hugo, "content", "concepts", cid + ".md"), "w") as f:
        f.write(f"---\ntitle: {q(fr_head)}\n---\n\n" + "\n".join(body) + "\n")

with open(os.path.join(hugo, "hugo.toml"), "w") as f:
    f.write('baseURL = "https://example.org/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
with open(os.path.join(hugo, "layouts", "_default", "baseof.html"), "w") as f:
    f.write('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
            '<link rel="stylesheet" href="/style.css"></head><body><header><a href="/">Glossaire</a></header>'
            '<main>{{ block "main" . }}{{ end }}</main></body></html>\n')
with open(os.path.join(hugo, "layouts", "_default", "single.html"), "w") as f:
    f.write('{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n')
with open(os.path.join(hugo, "layouts", "_default", "list.html"), "w") as f:
    f.write('{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
print(f"generated {N} concepts in {OUT}")
