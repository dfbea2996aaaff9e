#!/usr/bin/env python3
"""Writes the grading fixture from the shipped content: terms.json (a snapshot of every
concept's terms, so the test does not move when the content does) and cases.tsv, the
labelled (card, answer, expected grade, category) set.

Labels are what a terminologist would sign, not what the grader happens to say:
- variant: any preferred or admitted term, with an article or elision, other small words
  (de/du/des), a plural, other case, no accents or hyphens -> good;
- expansion: an acronym card answered with the true expansion in the other language -> good;
- deprecated: a deprecated or obsolete term -> hard;
- typo: one real slip (adjacent swap, dropped or doubled letter, a neighbouring key) in a
  term of 4+ letters -> hard; a slip in an acronym makes another acronym -> again;
- wrong-concept: another concept's preferred term -> again;
- wrong-language: the concept's own term in the other language, on a card that asks one
  language and where that term is not also a term of the language asked -> again;
- nonsense: an empty answer, the acronym itself on an acronym card, an unrelated word -> again.
The typos are drawn with a fixed seed; cases whose label is ambiguous (a slip that makes
another concept's term) are dropped rather than guessed.
Run: python3 make_cases.py ../../../../Content (then review the diff by eye).
"""
import json, random, sys, unicodedata, pathlib, re
import yaml

content = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Content")
here = pathlib.Path(__file__).parent
concepts = []
for f in sorted((content / "concepts").glob("*.yaml")):
    d = yaml.safe_load(f.read_text())
    def terms(lang):
        return [{k: t[k] for k in ("text", "status", "type") if k in t} for t in d[lang]["terms"]]
    concepts.append({"id": d["id"], "broader": d.get("broader", []), "contrasts": [c["with"] for c in d.get("contrasts", [])],
                     "fr": terms("fr"), "en": terms("en")})
(here / "terms.json").write_text(json.dumps(concepts, ensure_ascii=False, indent=1) + "\n")

def fold(s):
    s = unicodedata.normalize("NFD", s.replace("œ", "oe").replace("Œ", "oe"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

SMALL = {"de", "du", "des", "d", "l", "la", "le", "les", "the", "a", "an"}
def key(s):
    w = fold(s).split()
    return "".join(x[:-1] if len(x) > 3 and x[-1] in "sx" and not x.endswith("ss") else x for x in w if x not in SMALL)

all_keys = {}
for c in concepts:
    for lang in ("fr", "en"):
        for t in c[lang]:
            all_keys.setdefault(key(t["text"]), set()).add(c["id"])

rec = lambda ts: [t for t in ts if t["status"] in ("preferred", "admitted")]
old = lambda ts: [t for t in ts if t["status"] in ("deprecated", "obsolete")]
def full_forms(ts):
    m = [t for t in ts if t.get("type") == "fullForm"]
    return m or [t for t in rec(ts) if t.get("type") not in ("acronym", "abbreviation")]

def is_acronym(t):
    return t.get("type") == "acronym" or (" " not in t["text"] and t["text"] == t["text"].upper())

rng = random.Random(13)
NEIGHBOURS = {"a": "zqs", "e": "rz", "i": "uo", "o": "ip", "n": "bm", "r": "et", "s": "dz", "t": "ry", "c": "xv", "l": "km", "u": "yi", "m": "n,"}
def typo(text):
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    i = rng.choice(letters[1:-1] if len(letters) > 3 else letters)
    kind = rng.choice(["swap", "drop", "double", "neighbour"])
    if kind == "swap" and i + 1 < len(text) and text[i + 1].isalpha() and text[i] != text[i + 1]:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if kind == "drop":
        return text[:i] + text[i + 1:]
    if kind == "double":
        return text[:i] + text[i] + text[i:]
    n = NEIGHBOURS.get(fold(text[i])[:1])
    return text[:i] + rng.choice(n) + text[i + 1:] if n else text[:i] + text[i + 1:]

cases = []
def add(card, answer, expected, category):
    cases.append((card, answer, expected, category))

ids = [c["id"] for c in concepts]
by_id = {c["id"]: c for c in concepts}
for c in concepts:
    cid = c["id"]
    for card, lang in ((cid + ":fr-en", "en"), (cid + ":en-fr", "fr"), (cid + ":def-term", "fr")):
        prompt = c["fr"][0]["text"] if card.endswith("fr-en") else c["en"][0]["text"] if card.endswith("en-fr") else None
        accepted = rec(c[lang])
        if prompt is not None and any(key(t["text"]) == key(prompt) for t in accepted):
            continue  # a giveaway card: not generated
        other = "en" if lang == "fr" else "fr"
        own_keys = {key(t["text"]) for t in c[lang]}
        for t in accepted[:2]:
            add(card, t["text"], "good", "variant")
        p = accepted[0]["text"]
        if lang == "fr":
            art = "l'" if fold(p)[0] in "aeiouh" else rng.choice(["le ", "la "])
            add(card, art + p, "good", "variant")
        else:
            add(card, "the " + p, "good", "variant")
        add(card, fold(p).upper(), "good", "variant")
        if " de " in p:
            add(card, p.replace(" de ", " des ", 1), "good", "variant")
        if " du " in p:
            add(card, p.replace(" du ", " de ", 1), "good", "variant")
        if "-" in p:
            add(card, p.replace("-", " "), "good", "variant")
        for t in old(c[lang])[:1]:
            add(card, t["text"], "hard", "deprecated")
        k = key(p)
        if len(k) >= 4 and card.endswith(("fr-en", "def-term")):
            for _ in range(2):
                slip = typo(p)
                sk = key(slip)
                if sk == k or sk in all_keys:
                    continue  # no slip at all, or another term: ambiguous
                # A slip in an acronym makes another acronym (ANSSI / ANSI): wrong.
                add(card, slip, "again" if is_acronym(accepted[0]) or len(sk) < 4 else "hard", "typo")
        for t in c[other][:2]:
            if key(t["text"]) not in own_keys and key(t["text"]) not in {key(x["text"]) for x in c[lang]}:
                add(card, t["text"], "again", "wrong-language")
                break
        rivals = [x for x in c["contrasts"] if x in by_id] + [x for x in ids if by_id[x]["broader"] == c["broader"] and x != cid and c["broader"]]
        rivals = rivals[:2] or [rng.choice([x for x in ids if x != cid])]
        for r in rivals:
            rt = rec(by_id[r][lang])[0]["text"]
            if key(rt) not in own_keys:
                add(card, rt, "again", "wrong-concept")
    acr = [t for t in rec(c["fr"]) if t.get("type") == "acronym"]
    if acr and full_forms(c["fr"]):
        card = cid + ":acronym"
        ff = full_forms(c["fr"])
        add(card, ff[0]["text"], "good", "variant")
        add(card, "l'" + ff[0]["text"] if fold(ff[0]["text"])[0] in "aeiou" else "le " + ff[0]["text"], "good", "variant")
        for t in full_forms(c["en"])[:1]:
            add(card, t["text"], "good", "expansion")
            add(card, "the " + t["text"], "good", "expansion")
        add(card, acr[0]["text"], "again", "nonsense")
        slip = typo(ff[0]["text"])
        if key(slip) != key(ff[0]["text"]) and key(slip) not in all_keys:
            add(card, slip, "hard", "typo")
    add(cid + ":def-term", "", "again", "nonsense")

# Hand-written cases from the issue and from real sessions.
add("sla:acronym", "service level agreement", "good", "expansion")
add("infogerance:en-fr", "l'infogérance", "good", "variant")
add("infogerance:en-fr", "infogerence", "hard", "typo")
add("infogerance:en-fr", "infographie", "again", "wrong-concept")
add("support-informatique:fr-en", "IT support", "good", "variant")
add("esn:en-fr", "entreprise de services numériques", "good", "variant")
add("esn:en-fr", "entreprise de service du numérique", "good", "variant")
add("cloud-computing:def-term", "le cloud", "good", "variant")
add("onshore:fr-en", "offshore", "again", "wrong-concept")
add("offshore:fr-en", "nearshore", "again", "wrong-concept")
add("saas:def-term", "PaaS", "again", "wrong-concept")
add("iaas:def-term", "SaaS", "again", "wrong-concept")
add("sous-traitance:en-fr", "sous traitance", "good", "variant")
add("sous-traitance:en-fr", "soustraitance", "good", "variant")
add("externalisation:en-fr", "outsourcing", "hard", "deprecated")  # a deprecated anglicism in French
add("delocalisation:fr-en", "délocalisation", "again", "wrong-language")
add("kpi:def-term", "accord de niveau de service", "again", "wrong-concept")
add("sla:def-term", "indicateur clé de performance", "again", "wrong-concept")
add("reversibilite:en-fr", "réversibilté", "hard", "typo")
add("scalabilite:en-fr", "scalabilitée", "hard", "typo")

with open(here / "cases.tsv", "w") as out:
    out.write("# card\tanswer\texpected\tcategory (generated by make_cases.py; see its docstring)\n")
    for row in cases:
        out.write("\t".join(row) + "\n")
print(len(cases), "cases", file=sys.stderr)
