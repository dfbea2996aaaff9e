// Pagefind as an engine of the relevance benchmark (run.py --engine):
//   node Benchmarks/relevance/pagefind_engine.mjs BUNDLE_FR BUNDLE_EN
// BUNDLE_FR and BUNDLE_EN are the folders Pagefind (PyPI `pagefind[extended]`) wrote for the
// French and the English concept pages of a site `glossary site` built (run.py --pagefind
// makes them). Reads one query a line on stdin and writes, for each, one JSON array of concept
// ids, best first: the query runs through Pagefind's own pagefind.js (its WebAssembly search,
// stemming for the language of each bundle) in both languages, the hits merged by Pagefind's
// score, each page mapped back to its concept (`…/concepts/ID.html`).
//
// Offline and without a browser: pagefind.js loads its files with fetch(), which Node has but
// not for file:// URLs; this script answers those from the disk, nothing else changes.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL, fileURLToPath } from 'node:url';

const realFetch = globalThis.fetch;
globalThis.fetch = async (url, options) => {
  const href = typeof url === 'string' ? url : url.href ?? url.url;
  if (!href.startsWith('file:')) return realFetch(url, options);
  const file = fileURLToPath(href.split('?')[0]);
  if (!fs.existsSync(file)) return new Response(null, { status: 404 });
  return new Response(fs.readFileSync(file), { status: 200 });
};

const bundles = process.argv.slice(2);
if (bundles.length === 0) {
  process.stderr.write('usage: node pagefind_engine.mjs BUNDLE...\n');
  process.exit(64);
}
// One module instance per bundle: pagefind.js holds one index, found next to itself.
const engines = [];
for (const bundle of bundles) {
  const pagefind = await import(pathToFileURL(path.resolve(bundle, 'pagefind.js')).href);
  await pagefind.options({ basePath: pathToFileURL(path.resolve(bundle)).href + '/' });
  await pagefind.init();
  engines.push(pagefind);
}

async function search(query) {
  const hits = [];
  for (const pagefind of engines) {
    const response = await pagefind.search(query);
    if (!response || !response.results) continue;
    for (const result of response.results.slice(0, 10)) {
      const data = await result.data();
      const match = /concepts\/([^/]+?)(?:\.html)?\/?$/.exec(data.url.split(/[?#]/)[0]);
      if (match) hits.push({ id: decodeURIComponent(match[1]), score: result.score });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  const ids = [];
  for (const hit of hits) if (!ids.includes(hit.id)) ids.push(hit.id);
  return ids.slice(0, 10);
}

const lines = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (query) => {
  queue = queue.then(async () => {
    let ids = [];
    try { ids = await search(query); } catch (error) { process.stderr.write(`pagefind: ${query}: ${error}\n`); }
    process.stdout.write(JSON.stringify(ids) + '\n');
  });
});
