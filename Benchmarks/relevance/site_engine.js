// The website's search as an engine of the relevance benchmark (run.py --engine):
//   node Benchmarks/relevance/site_engine.js SITE_DIR [--bytes]
// reads one query a line on stdin and writes, for each, one JSON array of concept ids (best
// first) on stdout. It runs the site's own assets/search.js on the index files `glossary
// site` wrote, loading them as the browser does (one file at a time, when the search asks
// for it). With --bytes, each line is {"ids": [...], "bytes": N}: the bytes of index files
// that query loaded on a fresh page (script and manifest included).
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const site = process.argv[2];
const withBytes = process.argv.includes('--bytes');
const scriptPath = path.join(site, 'assets', 'search.js');
const search = require(scriptPath);
let shards = {}, vocab = {}, ranked = {}, docs = {}, loaded = new Set(), bytes = 0;
global.GLOSSARY_SHARD = (k, data) => { shards[k] = search.prepare(data); };
global.GLOSSARY_VOCAB = (n, text) => { vocab[n] = text ? text.split(' ') : []; };
global.GLOSSARY_RANKED = (k, data) => { ranked[k] = search.prepareRanked(data); };
global.GLOSSARY_DOCS = (n, rows) => { docs[n] = rows; };
global.GLOSSARY_QUERY = (data) => { search.setQuery(data); };
global.window = global;
const load = (file) => {
  const f = path.join(site, 'search', file);
  if (loaded.has(f) || !fs.existsSync(f)) return;
  loaded.add(f);
  if (process.env.SHOW_FILES) process.stderr.write(path.basename(f) + " " + fs.statSync(f).size + "\n");
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  eval(text);
};
load('index.js');
const index = global.GLOSSARY_INDEX;
const fixed = bytes + fs.statSync(scriptPath).size;
search.setSplits(index.split);
// As the browser: no list of files; a file that does not exist is an empty answer.
const loader = {
  prepare: async () => { load('q.js'); },
  has: () => true,
  shard: async (k) => { load(search.fileName(k)); return shards[k] || null; },
  vocab: async (n) => { load(search.vocabFile(n)); return vocab[n] || []; },
  ranked: async (k) => { load('r-' + k + '.js'); return ranked[k] || null; },
  docs: async (c) => {
    const n = Math.floor(c / search.DOCS_PER_CHUNK);
    if (n >= index.docs) return null;
    load('d-' + n + '.js');
    return (docs[n] || [])[c % search.DOCS_PER_CHUNK] || null;
  },
};
const lines = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (query) => {
  queue = queue.then(async () => {
    if (withBytes) { shards = {}; vocab = {}; ranked = {}; docs = {}; loaded = new Set([path.join(site, 'search', 'index.js')]); bytes = fixed; }
    const r = await search.search(query, loader);
    const ids = r.results.map((h) => h.entry.id);
    process.stdout.write(JSON.stringify(withBytes ? { ids, bytes } : ids) + '\n');
  });
});
