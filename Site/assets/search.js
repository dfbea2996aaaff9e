/* Glossary search: client-side, no framework, works from file:// (the index is loaded
 * with <script> tags, never fetch).
 *
 * It behaves like the CLI's `glossary search` (Sources/GlossaryKit/Search/SearchEngine.swift):
 * the query is folded exactly as TextFolding.fold does in Swift (case, accents, NFC/NFD,
 * œ→oe, æ→ae, ß→ss, apostrophes and hyphens as word breaks), the index holds terms already
 * folded by Swift, and results are ranked, best first (times the term's status weight):
 *   1.0   the whole query equals a term;        0.97 equal once plurals are removed;
 *   0.8–0.9 a term starts with the query;      0.6–0.7 every query word is in a term.
 * When nothing matches, each word is corrected to the closest vocabulary word within the
 * typos Meilisearch allows (1 for 4–7 letters, 2 from 8; OSA distance) and the search runs
 * again; those results are approximate (score × 0.85). Definitions are not searched here:
 * the index stays small (see docs/README-site.md).
 *
 * Index layout (written by SearchIndex.swift): search/index.js sets GLOSSARY_INDEX
 * {shards: [keys], split: [keys split by one more letter], vocab: [lengths]};
 * search/s-<key>.js calls GLOSSARY_SHARD(key, {c, t}) with the terms having a word (or
 * compact form) starting with <key> (two letters, more where a prefix was split);
 * search/v-<n>.js calls GLOSSARY_VOCAB(n, "words of n letters, most frequent first").
 */
(function (global) {
  'use strict';

  // ---- Text folding: a port of TextFolding.swift --------------------------------------
  var MARK = /\p{Mn}/gu;
  var ALNUM = /[\p{L}\p{M}\p{N}]/u;

  // Latin letters whose accent is not a combining mark (NFD leaves them whole), folded as
  // TextFolding.swift does.
  var BASE = { 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ł': 'l', 'ŀ': 'l', 'ŧ': 't' };

  function fold(text) {
    var s = String(text).normalize('NFD').replace(MARK, '').normalize('NFC');
    s = s.replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); });
    s = s.toLowerCase();
    var out = '', pending = false;
    for (var ch of s) {
      var expanded;
      if (ch === 'œ') expanded = 'oe';
      else if (ch === 'æ') expanded = 'ae';
      else if (ch === 'ß') expanded = 'ss';
      else if (BASE[ch]) expanded = BASE[ch];
      else if (ALNUM.test(ch)) expanded = ch.toLowerCase();
      else { if (out) pending = true; continue; }
      if (pending) { out += ' '; pending = false; }
      out += expanded;
    }
    return out;
  }

  function words(text) { var f = fold(text); return f ? f.split(' ') : []; }

  function length(word) { return Array.from(word).length; }

  function stem(word) {
    if (length(word) <= 3) return word;
    var last = word[word.length - 1];
    if (last !== 's' && last !== 'x') return word;
    if (word.slice(-2) === 'ss') return word;
    return word.slice(0, -1);
  }

  // ---- Typos: a port of EditDistance.swift --------------------------------------------
  function distance(a, b, limit) {
    var s = Array.from(a), t = Array.from(b);
    if (limit === undefined) limit = Infinity;
    if (Math.abs(s.length - t.length) > limit) return null;
    if (!s.length) return t.length <= limit ? t.length : null;
    if (!t.length) return s.length <= limit ? s.length : null;
    var prev2 = new Array(t.length + 1).fill(0), prev = [], cur = new Array(t.length + 1).fill(0);
    for (var j = 0; j <= t.length; j++) prev[j] = j;
    for (var i = 1; i <= s.length; i++) {
      cur[0] = i;
      var rowMin = i;
      for (j = 1; j <= t.length; j++) {
        var cost = s[i - 1] === t[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > limit) return null;
      var tmp = prev2; prev2 = prev; prev = cur; cur = tmp;
    }
    return prev[t.length] <= limit ? prev[t.length] : null;
  }

  function allowedTypos(n) { return n < 4 ? 0 : n <= 7 ? 1 : 2; }

  // ---- Index ----------------------------------------------------------------------------
  var STATUS = ['preferred', 'admitted', 'deprecated', 'obsolete'];
  var WEIGHT = [1.0, 0.98, 0.95, 0.95];

  /**
   * The shard key of a folded word, as SearchIndex.key(for:): its first two code points, one
   * more for as long as that prefix was split and the word is longer.
   */
  var splits = new Set();
  function key(word) {
    var scalars = Array.from(word), n = 2;
    while (n < scalars.length && splits.has(scalars.slice(0, n).join(''))) n++;
    return scalars.slice(0, n).join('');
  }
  function setSplits(list) { splits = new Set(list || []); }

  function fileName(k) {
    if (/^[a-z0-9]+$/.test(k)) return 's-' + k + '.js';
    return 's-u' + Array.from(k).map(function (c) { return c.codePointAt(0).toString(16); }).join('-') + '.js';
  }

  /** Turns raw shard data into entries with their folded forms precomputed. */
  function prepare(data) {
    return data.t.map(function (t) {
      var folded = t[4] === 0 ? t[3] : t[4];
      var ws = folded.split(' ');
      var stems = ws.map(stem);
      var c = data.c[t[0]];
      return {
        id: c[0], fr: c[1], en: c[2], lang: t[1] === 0 ? 'fr' : 'en', status: t[2], text: t[3],
        folded: folded, compact: ws.join(''), stemCompact: stems.join(''), stems: stems
      };
    });
  }

  // ---- Ranking: the tiers of SearchEngine.run -------------------------------------------
  function run(stems, ws, entries) {
    var hits = new Map();
    function offer(e, score, kind) {
      var old = hits.get(e.id);
      if (old && old.score >= score) return;
      hits.set(e.id, { score: score, kind: kind, entry: e });
    }
    var compact = ws.join(''), stemCompact = stems.join('');
    var last = stems.length - 1;
    entries.forEach(function (e) {
      var w = WEIGHT[e.status];
      if (e.compact === compact) offer(e, 1.0 * w, 'exact');
      else if (e.stemCompact === stemCompact) offer(e, 0.97 * w, 'plural');
      else if (e.compact.length > compact.length && e.compact.indexOf(compact) === 0) {
        offer(e, (0.8 + 0.1 * length(compact) / length(e.compact)) * w, 'prefix');
      }
      var all = stems.every(function (s, i) {
        return e.stems.some(function (t) { return i === last ? t.indexOf(s) === 0 : t === s; });
      });
      if (all) offer(e, (0.6 + 0.1 * stems.length / Math.max(e.stems.length, 1)) * w, 'words');
    });
    return hits;
  }

  /** The shard keys that hold every candidate for these words (see SearchIndex.swift). */
  function keysFor(ws, stems) {
    var keys = [key(ws.join(''))], longest = '';
    // The longest word is the most selective, and its shard holds every term with all words.
    stems.forEach(function (s) { if (length(s) > length(longest)) longest = s; });
    if (length(longest) >= 2) keys.push(key(longest));
    return Array.from(new Set(keys));
  }

  /**
   * Searches `query` with `loader` ({shard(key) → Promise<entries|null>, vocab(n) →
   * Promise<words[]>, has(key) → bool}); resolves to {results, corrected}.
   */
  async function search(query, loader, limit) {
    limit = limit || 10;
    var ws = words(query);
    if (!ws.length || length(ws.join('')) < 2) return { results: [], corrected: null, tooShort: ws.length > 0 };
    var stems = ws.map(stem);
    async function attempt(ws2, stems2) {
      var lists = await Promise.all(keysFor(ws2, stems2).filter(loader.has).map(loader.shard));
      var entries = [].concat.apply([], lists.filter(Boolean));
      return run(stems2, ws2, entries);
    }
    var hits = await attempt(ws, stems);
    var corrected = null;
    if (!hits.size) {
      var alternatives = await corrections(stems, loader);
      for (var a = 0; a < alternatives.length; a++) {
        var found = await attempt(alternatives[a], alternatives[a]);
        if (!found.size) continue;
        corrected = alternatives[a].join(' ');
        found.forEach(function (h) { h.score *= 0.85; });
        hits = found;
        break;
      }
    }
    var results = Array.from(hits.values()).sort(function (x, y) {
      return x.score !== y.score ? y.score - x.score : (x.entry.id < y.entry.id ? -1 : x.entry.id > y.entry.id ? 1 : 0);
    }).slice(0, limit);
    return { results: results, corrected: corrected };
  }

  /** Queries to try when nothing matched: each word corrected, then the whole query as one word. */
  async function corrections(stems, loader) {
    var out = [], corrected = [], changed = false;
    for (var i = 0; i < stems.length; i++) {
      var better = await closest(stems[i], loader);
      corrected.push(better || stems[i]);
      changed = changed || (better !== null && better !== stems[i]);
    }
    if (changed) out.push(corrected);
    if (stems.length > 1) {
      var whole = await closest(stems.join(''), loader);
      if (whole) out.push([whole]);
    }
    return out;
  }

  /** The vocabulary word closest to `word` within the allowed typos, most frequent first. */
  async function closest(word, loader) {
    var n = length(word), allowed = allowedTypos(n);
    if (!allowed) return null;
    var lengths = [n];
    for (var d = 1; d <= allowed; d++) lengths.push(n - d, n + d);
    var lists = await Promise.all(lengths.map(loader.vocab));
    if (lists[0].indexOf(word) >= 0) return word;
    var best = null, bestD = allowed + 1;
    lists.forEach(function (list) {
      for (var i = 0; i < list.length; i++) {
        var dd = distance(word, list[i], Math.min(allowed, bestD - 1));
        if (dd !== null && dd < bestD) { best = list[i]; bestD = dd; }
      }
    });
    return best;
  }

  var api = { setSplits: setSplits, fold: fold, words: words, stem: stem, distance: distance, allowedTypos: allowedTypos,
              key: key, fileName: fileName, prepare: prepare, run: run, search: search, STATUS: STATUS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  global.GlossarySearch = api;
  if (typeof document === 'undefined') return;

  // ---- Browser loader: one <script> per file, each loaded once --------------------------
  var shardData = {}, vocabData = {}, pending = {};
  global.GLOSSARY_SHARD = function (k, data) { shardData[k] = prepare(data); };
  global.GLOSSARY_VOCAB = function (n, text) { vocabData[n] = text ? text.split(' ') : []; };

  function loadScript(src) {
    if (!pending[src]) {
      pending[src] = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = function () { resolve(true); };
        s.onerror = function () { resolve(false); };
        document.head.appendChild(s);
      });
    }
    return pending[src];
  }

  function browserLoader(root) {
    var index = global.GLOSSARY_INDEX || { shards: [], vocab: [] };
    setSplits(index.split);
    var shardSet = new Set(index.shards), vocabSet = new Set(index.vocab);
    return {
      has: function (k) { return shardSet.has(k); },
      shard: function (k) {
        return loadScript(root + 'search/' + fileName(k)).then(function () { return shardData[k] || null; });
      },
      vocab: function (n) {
        if (!vocabSet.has(n)) return Promise.resolve([]);
        return loadScript(root + 'search/v-' + n + '.js').then(function () { return vocabData[n] || []; });
      }
    };
  }

  // ---- The combobox ---------------------------------------------------------------------
  var LABELS = {
    fr: { preferred: 'privilégié', admitted: 'admis', deprecated: 'déconseillé', obsolete: 'vieilli' },
    en: { preferred: 'preferred', admitted: 'admitted', deprecated: 'deprecated', obsolete: 'obsolete' }
  };

  function init() {
    var box = document.querySelector('.search');
    if (!box || !global.GLOSSARY_INDEX) return;
    var form = box.querySelector('.search-form'), input = box.querySelector('input');
    var list = box.querySelector('[role=listbox]'), status = box.querySelector('.search-status');
    var root = box.getAttribute('data-root') || '', lang = box.getAttribute('data-lang') || 'fr';
    var other = lang === 'fr' ? 'en' : 'fr';
    var loader = browserLoader(root);
    var active = -1, items = [], generation = 0;
    box.querySelector('.search-fallback').hidden = true;
    form.hidden = false;

    // "1 résultat", "2 résultats": French takes the singular for 0 and 1, English for 1 only
    // (SiteStrings.counted applies the same rule in Swift).
    function countLabel(n) {
      var plural = lang === 'fr' ? n > 1 : n !== 1;
      return n + '\u00a0' + box.getAttribute(plural ? 'data-count-other' : 'data-count-one');
    }

    function href(id) { return root + lang + '/concepts/' + id + '.html'; }

    function close() {
      list.hidden = true; input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant'); active = -1;
    }

    function select(i) {
      if (!items.length) return;
      active = (i + items.length) % items.length;
      items.forEach(function (li, j) { li.setAttribute('aria-selected', j === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    }

    function go(i) {
      if (i < 0 || i >= items.length) i = 0;
      if (items[i]) global.location.href = items[i].getAttribute('data-href');
    }

    function render(response) {
      list.textContent = '';
      items = [];
      response.results.forEach(function (hit, i) {
        var e = hit.entry, li = document.createElement('li');
        li.id = 'search-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-href', href(e.id));
        var a = document.createElement('a');
        a.href = href(e.id);
        a.tabIndex = -1;
        var head = document.createElement('span');
        head.className = 'result-head';
        head.textContent = e[lang];
        var second = document.createElement('span');
        second.className = 'other';
        second.lang = other;
        second.textContent = ' · ' + e[other];
        a.appendChild(head); a.appendChild(second);
        var headword = e[e.lang];
        if (e.text !== headword) {
          var match = document.createElement('span');
          match.className = 'match';
          var term = document.createElement('span');
          term.lang = e.lang;
          term.textContent = e.text;
          match.appendChild(term);
          match.appendChild(document.createTextNode(' (' + LABELS[lang][STATUS[e.status]] + ') → '));
          var target = document.createElement('span');
          target.lang = e.lang;
          target.textContent = headword;
          match.appendChild(target);
          a.appendChild(match);
        }
        li.appendChild(a);
        li.addEventListener('mousedown', function (ev) { ev.preventDefault(); go(i); });
        list.appendChild(li);
        items.push(li);
      });
      var message = '';
      if (response.tooShort) message = box.getAttribute('data-more');
      else if (!items.length && input.value.trim()) message = box.getAttribute('data-none');
      else if (items.length) {
        message = (response.corrected ? box.getAttribute('data-approximate').replace('{q}', response.corrected) + ' ' : '')
          + countLabel(items.length);
      }
      status.textContent = message;
      if (items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); active = -1; }
      else close();
    }

    input.addEventListener('input', function () {
      var mine = ++generation, query = input.value;
      if (!query.trim()) { list.textContent = ''; items = []; status.textContent = ''; close(); return; }
      search(query, loader).then(function (response) { if (mine === generation) render(response); });
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown') { ev.preventDefault(); if (list.hidden && items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } select(active + 1); }
      else if (ev.key === 'ArrowUp') { ev.preventDefault(); select(active - 1); }
      else if (ev.key === 'Enter') { ev.preventDefault(); go(active); }
      else if (ev.key === 'Escape') { if (!list.hidden) { ev.preventDefault(); close(); } else { input.value = ''; status.textContent = ''; } }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); go(active); });
    var params = new URLSearchParams(global.location.search);
    if (params.get('q')) { input.value = params.get('q'); input.dispatchEvent(new Event('input')); }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : globalThis);
