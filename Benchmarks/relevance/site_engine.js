// The website's search as an engine of the relevance benchmark (run.py --engine):
//   node Benchmarks/relevance/site_engine.js SITE_DIR [--bytes]
// reads one query a line on stdin and writes, for each, one JSON array of concept ids (best
// first) on stdout. It runs the site's own assets/search.js on the index files `glossary
// site` wrote, loading them as the browser does (one file at a time, when the search asks
// for it). With --bytes, each line is {"ids": [...], "bytes": N, "missing": [...]}: the bytes
// of the files that query loaded on a fresh page (script and manifest included), and the
// files it asked for that do not exist (the browser's 404s: there must be none).
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const site = path.resolve(process.argv[2]);
const withBytes = process.argv.includes('--bytes');
const scriptPath = path.join(site, 'assets', 'search.js');
const search = require(scriptPath);
global.window = global;
search.install(global);
let bytes = 0, missing = [];
const load = (file) => {
  const f = path.join(site, 'search', file);
  if (!fs.existsSync(f)) { missing.push(file); return false; }
  if (process.env.SHOW_FILES) process.stderr.write(file + ' ' + fs.statSync(f).size + '\n');
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  eval(text);
  return true;
};
load('index.js');
search.setIndex(global.GLOSSARY_INDEX);
const fixed = bytes + fs.statSync(scriptPath).size;
const loader = { load: async (name) => load(name) };
const lines = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (query) => {
  queue = queue.then(async () => {
    if (withBytes) { search.reset(); bytes = fixed; missing = []; }
    const r = await search.search(query, loader);
    const ids = r.results.map((h) => h.entry.id);
    process.stdout.write(JSON.stringify(withBytes ? { ids, bytes, missing } : ids) + '\n');
  });
});
