// Runs the site's search.js under Node against a built site, for the Swift tests:
//   node search-node.js SITE_DIR < requests.json > responses.json
// requests: {"fold": [texts], "search": [queries], "known": [folded words]}; responses:
// {"fold": [folded], "search": [{"query", "ids", "corrected", "unnamed", "seeAlso"}],
// "known": [bool], "missing": [files asked for that do not exist]}.
'use strict';
const fs = require('fs');
const path = require('path');
const site = path.resolve(process.argv[2]);
const search = require(path.join(site, 'assets', 'search.js'));
global.window = global;
search.install(global);
const missing = [];
const load = (file) => {
  const f = path.join(site, 'search', file);
  if (!fs.existsSync(f)) { missing.push(file); return false; }
  eval(fs.readFileSync(f, 'utf8'));
  return true;
};
load('index.js');
search.setIndex(global.GLOSSARY_INDEX);
const loader = { load: async (name) => load(name) };
(async () => {
  const requests = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = { fold: (requests.fold || []).map(search.fold), search: [] };
  for (const query of requests.search || []) {
    const r = await search.search(query, loader);
    out.search.push({ query, ids: r.results.map((h) => h.entry.id), corrected: r.corrected, unnamed: r.unnamed,
                      seeAlso: (r.seeAlso || []).map((e) => e.id) });
  }
  out.missing = missing;
  out.known = [];
  for (const word of requests.known || []) out.known.push(await search.known(word, loader));
  process.stdout.write(JSON.stringify(out));
})();
