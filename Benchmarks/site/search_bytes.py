#!/usr/bin/env python3
"""Bytes a browser loads to answer one query, for the site's search and for Pagefind built
on the same site, measured in headless Chromium over HTTP (the bytes of every file the test
server sent, uncompressed, scripts and Pagefind's worker and WebAssembly included; cache off).

    python Benchmarks/site/search_bytes.py SITE_DIR QUERY...
    python Benchmarks/site/search_bytes.py SITE_DIR --sample CONTENT_DIR N SEED

With --sample, the queries are drawn from the content (N concepts, fixed seed), in both
languages: for each concept and language, the headword (a first query), its longest word with
one letter dropped (a misspelt query), and the first three words of the definition. A summary
line follows: median and worst bytes by kind, for the site and for Pagefind, and the requests
the site made for files that do not exist (the browser's 404s; there must be none).

The site's search: the French home page is opened (its manifest and script count), the query is
typed and the results awaited; every file under assets/search.js and search/ is counted. Pagefind
(PyPI `pagefind[extended]`, run on SITE_DIR beforehand, into SITE_DIR/pagefind): a page that loads
pagefind.js, searches the query and loads the first ten results' data (what its UI shows),
counting every file under pagefind/. Prints one JSON object a query.
"""
import functools
import http.server
import json
import pathlib
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

site = pathlib.Path(sys.argv[1]).resolve()
queries = [q for q in sys.argv[2:] if q != "--files"]
kinds = {}
if sys.argv[2:3] == ["--sample"]:
    import random
    import re
    import yaml
    content, n, seed = pathlib.Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    rng = random.Random(seed)
    files = sorted((content / "concepts").glob("*.yaml"))
    queries = []
    for path in rng.sample(files, n):
        concept = yaml.safe_load(path.read_text())
        for language in ("fr", "en"):
            section = concept[language]
            headword = section["terms"][0]["text"]
            longest = max(headword.split(), key=len)
            at = rng.randrange(1, len(longest)) if len(longest) > 1 else 0
            definition = " ".join(re.sub(r"\[\[[^]]*\]\]", " ", section["definition"]).split()[:3])
            for kind, query in (("first", headword), ("misspelt", longest[:at] + longest[at + 1:]), ("definition", definition)):
                queries.append(query)
                kinds[query] = kind
(site / "pagefind-bench.html").write_text("""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>pf</title></head><body><script type="module">
window.run = async (q) => { const pf = await import('./pagefind/pagefind.js'); const r = await pf.search(q);
  const data = await Promise.all(r.results.slice(0, 10).map(x => x.data())); return data.map(d => d.url); };
window.ready = true;
</script></body></html>""")
SERVED = []   # (path, bytes) of every file the server sent: what the browser loaded, workers included
MISSING = []  # paths asked for that do not exist (404)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        f = super().send_head()
        if f is None:
            MISSING.append(self.path.split("?")[0])
        if f is not None and hasattr(f, "fileno"):
            import os
            SERVED.append((self.path.split("?")[0], os.fstat(f.fileno()).st_size))
        return f


def served(predicate):
    return sum(size for path, size in SERVED if predicate(path))


handler = functools.partial(Quiet, directory=str(site))
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}/"
options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
# Each query on a fresh cache, as a first visit.
browser.execute_cdp_cmd("Network.enable", {})
browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
try:
    rows = []
    for query in queries:
        SERVED.clear()
        MISSING.clear()
        browser.get(base + "fr/index.html")
        # The whole query at once (a paste), then wait for its answer: a count or "nothing".
        browser.execute_script("const i = document.getElementById('search-input'); i.value = arguments[0];"
                               "i.dispatchEvent(new Event('input'));", query)
        WebDriverWait(browser, 30).until(lambda b: any(ch.isdigit() for ch in b.find_element(By.CSS_SELECTOR, ".search-status").text)
                                         or b.find_element(By.CSS_SELECTOR, ".search-status").text == b.find_element(
                                             By.CSS_SELECTOR, ".search").get_attribute("data-none"))
        ours = served(lambda p: p.startswith("/search/") or p.endswith("/search.js"))
        first = browser.execute_script("return [...document.querySelectorAll('#search-results [role=option]')].map(o => o.dataset.href)[0] || null")
        row = {"query": query, "kind": kinds.get(query, "query"), "site_bytes": ours, "site_first": first,
               "site_404": [p for p in MISSING if p.startswith("/search/")]}
        if (site / "pagefind").exists():
            SERVED.clear()
            browser.get(base + "pagefind-bench.html")
            WebDriverWait(browser, 10).until(lambda b: b.execute_script("return window.ready === true"))
            urls = browser.execute_async_script("const done = arguments[arguments.length - 1]; window.run(arguments[0]).then(done, e => done(String(e)));", query)
            row["pagefind_bytes"] = served(lambda p: p.startswith("/pagefind/"))
            if "--files" in sys.argv:
                row["pagefind_files"] = [entry for entry in SERVED if entry[0].startswith("/pagefind/")]
            row["pagefind_first"] = urls[0] if isinstance(urls, list) and urls else None
        print(json.dumps(row, ensure_ascii=False), flush=True)
        rows.append(row)
    import statistics
    summary = {}
    for kind in sorted({r["kind"] for r in rows}):
        of = [r for r in rows if r["kind"] == kind]
        for engine in ("site", "pagefind"):
            sizes = [r[engine + "_bytes"] for r in of if engine + "_bytes" in r]
            if sizes:
                summary[f"{kind} {engine}"] = {"n": len(sizes), "median": statistics.median(sizes), "worst": max(sizes)}
    summary["site 404s"] = sum(len(r["site_404"]) for r in rows)
    print(json.dumps({"summary": summary}), flush=True)
finally:
    browser.quit()
    server.shutdown()
    (site / "pagefind-bench.html").unlink()
