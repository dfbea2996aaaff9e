#!/usr/bin/env python3
"""Relevance benchmark of search engines over the shipped Content/ (issue 17).

Scores every engine on the same learner queries (queries.tsv): MRR@10, success@1 and the
share of queries with no result, per category and overall, side by side in one run.

    Benchmarks/relevance/run.py [--glossary PATH] [--engine NAME=COMMAND ...] [--only NAME,...]
                                [--pagefind SITE] [--json OUT] [--misses NAME]

Engines are pluggable: anything that takes a query and returns ranked concept ids.
Built in:
  glossary  the CLI, `glossary search --json --limit 10` (needs a built binary)
  fts5      SQLite FTS5, one document per concept (every text), plain BM25 over an OR query
  tantivy   tantivy (PyPI `tantivy`): BM25 with French and English Snowball stemmers, terms
            boosted, plus fuzzy terms (one edit; two from eight letters)
  pagefind  with --pagefind SITE (a folder `glossary site` wrote): Pagefind (PyPI
            `pagefind[extended]`) indexes the site's concept pages, one bundle per language
            with its stemmer, and its own pagefind.js answers under node
            (pagefind_engine.mjs), both languages merged by Pagefind's score
A command engine (--engine site="node Benchmarks/relevance/site_engine.js _site") runs the
command once, writes one query per line to its stdin and reads one JSON array of ids per line
from its stdout: that is how the website's search (run under node) is scored.
Needs: python3 with PyYAML and tantivy (pip install tantivy pyyaml); for --pagefind, node and
pip install "pagefind[extended]".
"""
import argparse, atexit, json, os, re, shlex, shutil, sqlite3, subprocess, sys, tempfile, unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONTENT = os.path.join(ROOT, "Content")
HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["exact", "typo", "inflected", "language", "description", "vague"]


def load_queries(path):
    queries = []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        category, query, ids = line.rstrip("\n").split("\t")
        queries.append((category, query, set(ids.split(","))))
    return queries


def load_concepts():
    import yaml
    concepts = []
    folder = os.path.join(CONTENT, "concepts")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            concepts.append(yaml.safe_load(open(os.path.join(folder, name), encoding="utf-8")))
    return concepts


def plain(markdown):
    """Text without [[id|label]] link syntax."""
    return re.sub(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]", lambda m: m.group(2) or m.group(1).replace("-", " "), markdown or "")


def fields(concept, lang):
    """(terms text, other text) of a concept in one language."""
    section = concept.get(lang, {})
    terms = " ; ".join(t["text"] for t in section.get("terms", []))
    texts = [section.get("definition", "")] + section.get("notes", []) + section.get("examples", []) + section.get("keywords", [])
    texts += [c.get(lang, "") for c in concept.get("contrasts", [])]
    return terms, " ".join(plain(t) for t in texts)


def words(text):
    return re.findall(r"\w+", text.lower())


class Glossary:
    name = "glossary"

    def __init__(self, binary):
        self.binary = binary
        folder = tempfile.mkdtemp(prefix="relevance-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        self.index = os.path.join(folder, "index.sqlite")
        subprocess.run([binary, "index", "--content", CONTENT, "--index", self.index], check=True, capture_output=True)

    def search(self, query):
        out = subprocess.run([self.binary, "search", "--json", "--limit", "10", "--content", CONTENT, "--index", self.index, "--", query],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            raise RuntimeError(f"glossary search {query!r}: exit {out.returncode}: {out.stderr}")
        return [r["id"] for r in json.loads(out.stdout)["results"]]


class FTS5:
    """What a developer gets from SQLite in ten lines: one row per concept, BM25, OR query."""
    name = "fts5"

    def __init__(self, concepts):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE doc USING fts5(id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')")
        for c in concepts:
            body = " ".join(" ".join(fields(c, lang)) for lang in ("fr", "en"))
            self.db.execute("INSERT INTO doc(id, body) VALUES (?, ?)", (c["id"], body))

    def search(self, query):
        tokens = words(query)
        if not tokens:
            return []
        pattern = " OR ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        return [row[0] for row in self.db.execute("SELECT id FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT 10", (pattern,))]


class Tantivy:
    """tantivy with its French and English stemmers, terms boosted, plus fuzzy matching."""
    name = "tantivy"

    def __init__(self, concepts):
        import tantivy
        self.tantivy = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        for lang in ("fr", "en"):
            builder.add_text_field(f"terms_{lang}", tokenizer_name=f"{lang}_stem2")
            builder.add_text_field(f"text_{lang}", tokenizer_name=f"{lang}_stem2")
        schema = builder.build()
        self.index = tantivy.Index(schema)
        for lang, stemmer in (("fr", "french"), ("en", "english")):
            analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
                        .filter(tantivy.Filter.ascii_fold()).filter(tantivy.Filter.stemmer(stemmer)).build())
            self.index.register_tokenizer(f"{lang}_stem2", analyzer)
        writer = self.index.writer()
        for c in concepts:
            doc = {"id": c["id"]}
            for lang in ("fr", "en"):
                doc[f"terms_{lang}"], doc[f"text_{lang}"] = fields(c, lang)
            writer.add_document(tantivy.Document(**doc))
        writer.commit()
        self.index.reload()
        self.fields = ["terms_fr", "terms_en", "text_fr", "text_en"]
        self.boosts = {"terms_fr": 3.0, "terms_en": 3.0, "text_fr": 1.0, "text_en": 1.0}

    def search(self, query):
        tokens = words(query)
        if not tokens:
            return []
        text = " ".join(tokens)
        t = self.tantivy
        exact = self.index.parse_query(text, self.fields, field_boosts=self.boosts)
        # Fuzzy terms score lower than exact ones, as tantivy users combine them.
        fuzzy = self.index.parse_query(" ".join(w for w in tokens if len(w) >= 4) or text, self.fields,
                                       fuzzy_fields={f: (False, 1, True) for f in self.fields})
        query = t.Query.boolean_query([(t.Occur.Should, exact), (t.Occur.Should, t.Query.boost_query(fuzzy, 0.3))])
        searcher = self.index.searcher()
        hits = searcher.search(query, 10).hits
        return [searcher.doc(address)["id"][0] for _, address in hits]


class Command:
    """Any search as a command: queries on stdin, one JSON array of ids per line on stdout."""

    def __init__(self, name, command):
        self.name = name
        self.process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)

    def search(self, query):
        self.process.stdin.write(query.replace("\n", " ") + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())


def pagefind(site):
    """Pagefind's bundles for the French and the English concept pages of `site`, and the
    command engine that queries them."""
    work = tempfile.mkdtemp(prefix="relevance-pagefind-")
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    bundles = []
    for lang in ("fr", "en"):
        bundle = os.path.join(work, lang)
        subprocess.run([sys.executable, "-m", "pagefind", "--site", site, "--glob", f"{lang}/concepts/*.html",
                        "--force-language", lang, "--output-path", bundle, "--silent"], check=True)
        bundles.append(bundle)
    script = os.path.join(HERE, "pagefind_engine.mjs")
    return Command("pagefind", "node " + " ".join(shlex.quote(p) for p in [script] + bundles))


def score(engine, queries):
    rows = []
    for category, query, correct in queries:
        ids = engine.search(query)[:10]
        rank = next((i + 1 for i, id in enumerate(ids) if id in correct), None)
        rows.append({"category": category, "query": query, "rank": rank, "empty": not ids, "top": ids[:3]})
    return rows


def summary(rows):
    by = defaultdict(list)
    for row in rows:
        by[row["category"]].append(row)
        by["all"].append(row)
    out = {}
    for category, items in by.items():
        n = len(items)
        out[category] = {
            "n": n,
            "mrr10": sum(1 / r["rank"] for r in items if r["rank"]) / n,
            "success1": sum(1 for r in items if r["rank"] == 1) / n,
            "zero": sum(1 for r in items if r["empty"]) / n,
        }
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--glossary", default=os.path.join(ROOT, ".build/release/glossary"))
    parser.add_argument("--engine", action="append", default=[], help="NAME=COMMAND: a command engine")
    parser.add_argument("--only", help="comma-separated engine names")
    parser.add_argument("--queries", default=os.path.join(HERE, "queries.tsv"))
    parser.add_argument("--pagefind", metavar="SITE", help="score Pagefind on this built site")
    parser.add_argument("--json", help="write every engine's per-query ranks here")
    parser.add_argument("--misses", help="print the queries this engine does not rank first")
    args = parser.parse_args()
    queries = load_queries(args.queries)
    concepts = load_concepts()
    known = {c["id"] for c in concepts}
    for _, query, ids in queries:
        unknown = ids - known
        if unknown:
            sys.exit(f"queries.tsv: {query!r} names unknown concepts {sorted(unknown)}")
    only = set(args.only.split(",")) if args.only else None
    engines = []
    if not only or "glossary" in only:
        engines.append(Glossary(args.glossary))
    if not only or "fts5" in only:
        engines.append(FTS5(concepts))
    if not only or "tantivy" in only:
        engines.append(Tantivy(concepts))
    if args.pagefind and (not only or "pagefind" in only):
        engines.append(pagefind(args.pagefind))
    for spec in args.engine:
        name, command = spec.split("=", 1)
        engines.append(Command(name, command))
    results = {e.name: score(e, queries) for e in engines}
    summaries = {name: summary(rows) for name, rows in results.items()}
    names = list(results)
    print(f"{len(queries)} queries, {len(concepts)} concepts; MRR@10 / success@1 / no result")
    print("| category | n | " + " | ".join(names) + " |")
    print("|---|---:|" + "---|" * len(names))
    for category in CATEGORIES + ["all"]:
        if category not in summaries[names[0]]:
            continue
        cells = []
        for name in names:
            s = summaries[name][category]
            cells.append(f"{s['mrr10']:.2f} / {s['success1']:.2f} / {100 * s['zero']:.0f} %")
        print(f"| {category} | {summaries[names[0]][category]['n']} | " + " | ".join(cells) + " |")
    if args.misses:
        print(f"\n{args.misses}: queries not ranked first")
        for row in results[args.misses]:
            if row["rank"] != 1:
                print(f"  [{row['category']}] {row['query']!r}: rank {row['rank']}, top {row['top']}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"summaries": summaries, "results": results}, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
