// Runs the site's search.js under Node against a built site, for the Swift tests:
//   node search-node.js SITE_DIR < requests.json > responses.json
// requests: {"fold": [texts], "search": [queries]}; responses: {"fold": [folded],
// "search": [{"query", "ids", "corrected"}]}.
'use strict';
const fs = require('fs');
const path = require('path');
const site = process.argv[2];
const search = require(path.join(site, 'assets', 'search.js'));
const shards = {}, vocab = {}, ranked = {}, docs = {};
global.GLOSSARY_SHARD = (k, data) => { shards[k] = search.prepare(data); };
global.GLOSSARY_RANKED = (k, data) => { ranked[k] = search.prepareRanked(data); };
global.GLOSSARY_DOCS = (n, rows) => { docs[n] = rows; };
global.GLOSSARY_QUERY = (data) => { search.setQuery(data); };
global.GLOSSARY_VOCAB = (n, text) => { vocab[n] = text ? text.split(' ') : []; };
const load = (file) => { const f = path.join(site, 'search', file); if (fs.existsSync(f)) eval(fs.readFileSync(f, 'utf8')); };
global.window = global;
load('index.js');
const index = global.GLOSSARY_INDEX;
search.setSplits(index.split);
const loader = {
  prepare: async () => { load('q.js'); },
  has: () => true,
  shard: async (k) => { if (!(k in shards)) load(search.fileName(k)); return shards[k] || null; },
  vocab: async (n) => { if (!(n in vocab)) load(search.vocabFile(n)); return vocab[n] || []; },
  ranked: async (k) => { if (!(k in ranked)) load('r-' + k + '.js'); return ranked[k] || null; },
  docs: async (c) => {
    const n = Math.floor(c / search.DOCS_PER_CHUNK);
    if (!(n in docs)) load('d-' + n + '.js');
    return (docs[n] || [])[c % search.DOCS_PER_CHUNK] || null;
  },
};
(async () => {
  const requests = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = { fold: (requests.fold || []).map(search.fold), search: [] };
  for (const query of requests.search || []) {
    const r = await search.search(query, loader);
    out.search.push({ query, ids: r.results.map((h) => h.entry.id), corrected: r.corrected });
  }
  process.stdout.write(JSON.stringify(out));
})();
