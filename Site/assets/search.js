/* Glossary search: client-side, no framework, works from file:// (the index is loaded
 * with <script> tags, never fetch).
 *
 * It answers as the CLI's `glossary search` (Sources/GlossarySearch/SearchEngine.swift): the
 * query is folded exactly as TextFolding.fold does in Swift and read as QueryAnalysis reads it
 * (translation intents, question frames, leading articles and stop words set aside; "A vs B"
 * looks up both sides); then, best first:
 *   1.0   the whole query equals a term;        0.97 equal once plurals are removed;
 *   0.8–0.9 a term starts with the query;      0.75 a term has the query's Snowball stems;
 *   0.6–0.7 every query word is in a term      (each times the term's status weight);
 *   0–0.5 ranked retrieval: any meaningful word anywhere in the concept (terms, keywords,
 *         definition, notes), 0.5 × (0.5 × coverage + 0.5 × BM25 / best BM25), BM25 with the
 *         CLI's field weights computed at build time (RankedIndex.swift).
 * A meaningful word of four letters or more that occurs nowhere is corrected to every
 * vocabulary word at the smallest distance allowed (1 for 4–7 letters, 2 from 8; OSA; same
 * first letter), and those readings' results are merged at 0.85 × their score (approximate).
 *
 * Index layout (written by SearchIndex.swift and RankedIndex.swift), no file list: a file a
 * query names and that does not exist is an empty answer.
 *   search/index.js   GLOSSARY_INDEX {split: [term keys split by one more letter], docs: chunks}
 *   search/q.js       GLOSSARY_QUERY({rsplit: [ranked keys split], words: {stop, articles,
 *                     alternatives, frames, intents}}), with the first query
 *   search/s-<key>.js GLOSSARY_SHARD(key, {c, t}): terms having a word starting with <key>
 *   search/r-<key>.js GLOSSARY_RANKED(key, {token: [doc, bm25×100, field…], "~word": [fr
 *                     token, en token], "=tokens of a term": [doc…]}), doc = 2 × concept + lang
 *   search/d-<n>.js   GLOSSARY_DOCS(n, [[id, fr headword, en headword]…]), 16 concepts a file
 *   search/v-<n>-<c>.js GLOSSARY_VOCAB("n-c", "words of n letters starting with c")
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
  var DOCS_PER_CHUNK = 16, RANKED_KEY = 4;   // RankedIndex.docsPerChunk, keyLength
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

  /** The vocabulary file key of words of `n` letters starting as `word` (SearchIndex.vocabularyKey). */
  function vocabKey(n, word) { return n + '-' + Array.from(word)[0]; }
  function vocabFile(k) {
    var at = k.indexOf('-'), c = k.slice(at + 1);
    return 'v-' + k.slice(0, at) + '-' + (/^[a-z0-9]$/.test(c) ? c : 'u' + c.codePointAt(0).toString(16)) + '.js';
  }

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

  // ---- Reading a query: a port of QueryAnalysis.swift -----------------------------------
  // The lists come from the CLI's StopWords through the manifest (index.js `words`).
  var LISTS = { stop: new Set(), articles: new Set(), alternatives: new Set(), frames: [], intents: [] };
  /** The contents of search/q.js: the query lists and the ranked shards' splits. */
  function setQuery(data) {
    rankedSplits = new Set(data.rsplit || []);
    setWords(data.words);
  }
  function setWords(w) {
    if (!w) return;
    LISTS = {
      stop: new Set(w.stop), articles: new Set(w.articles), alternatives: new Set(w.alternatives),
      frames: w.frames.map(function (f) { return f.split(' '); }),
      intents: w.intents.map(function (i) { return { phrase: i[0].split(' '), target: i[1] || null }; })
    };
  }

  function find(phrase, ws) {
    for (var start = 0; start + phrase.length <= ws.length; start++) {
      var ok = true;
      for (var k = 0; k < phrase.length; k++) if (ws[start + k] !== phrase[k]) { ok = false; break; }
      if (ok) return start;
    }
    return -1;
  }

  function withoutLeadingArticles(ws) {
    var i = 0;
    while (ws.length - i > 1 && LISTS.articles.has(ws[i])) i++;
    return ws.slice(i);
  }

  /** {core, parts, meaningful, target, translation}: QueryAnalysis's reading of `query`. */
  function analyse(query, intents) {
    var remaining = words(query), target = null, translation = false, at;
    if (intents !== false) {
      LISTS.intents.forEach(function (intent) {
        while ((at = find(intent.phrase, remaining)) >= 0 && remaining.length > intent.phrase.length) {
          remaining.splice(at, intent.phrase.length);
          translation = true;
          if (!target) target = intent.target;
        }
      });
    }
    LISTS.frames.forEach(function (frame) {
      while ((at = find(frame, remaining)) >= 0 && remaining.length > frame.length) remaining.splice(at, frame.length);
    });
    var core = withoutLeadingArticles(remaining), parts = [[]];
    core.forEach(function (w) { if (LISTS.alternatives.has(w)) parts.push([]); else parts[parts.length - 1].push(w); });
    parts = parts.map(withoutLeadingArticles).filter(function (p) { return p.length; });
    return { core: core, parts: parts, meaningful: core.filter(function (w) { return !LISTS.stop.has(w); }),
             target: target, translation: translation };
  }

  // ---- Ranked retrieval: SearchEngine.ranked over the build's BM25 (RankedIndex.swift) ---
  /** A ranked shard as {tokens: {token: [doc, bm25×100, field…]}, langs: {token: bitmask}}. */
  function prepareRanked(data) {
    var langs = {};
    Object.keys(data).forEach(function (t) {
      if (t[0] === '=' || t[0] === '~') return;
      var p = data[t], mask = 0;
      for (var i = 0; i < p.length; i += 3) mask |= 1 << (p[i] & 1);
      langs[t] = mask;
    });
    return { tokens: data, langs: langs };
  }

  /**
   * The token of a folded word in a language (0 fr, 1 en): the word when it is a token of the
   * language, else its stem as the build computed it (`~word`), else the longest token of the language that starts it, of at least four
   * letters and half the word (Snowball's stems are prefixes of their words); null if none.
   */
  function tokenOf(word, lang, shard) {
    if (!shard || !/^[a-z0-9]+$/.test(word)) return null;
    if (shard.langs[word] & (1 << lang)) return word;
    var known = shard.tokens['~' + word];
    if (known) return known[lang] && shard.langs[known[lang]] ? known[lang] : null;
    var best = null, n = word.length;
    for (var t in shard.langs) {
      if (!(shard.langs[t] & (1 << lang)) || t.length < RANKED_KEY || 2 * t.length < n) continue;
      if (word.indexOf(t) === 0 && (!best || t.length > best.length)) best = t;
    }
    return best;
  }

  /**
   * The ranked entries a word may need, merged: the shards on its path (its first four
   * letters, then one more letter for as long as that key was split; RankedIndex.partition).
   */
  var rankedSplits = new Set();
  function rankedKeys(word) {
    var k = word.slice(0, RANKED_KEY), keys = [k];
    while (rankedSplits.has(k) && k.length < word.length) { k = word.slice(0, k.length + 1); keys.push(k); }
    return keys;
  }
  async function rankedShard(word, loader) {
    if (!loader.ranked || !/^[a-z0-9]+$/.test(word)) return null;
    var parts = (await Promise.all(rankedKeys(word).map(loader.ranked))).filter(Boolean);
    if (parts.length === 1) return parts[0];
    if (!parts.length) return null;
    var merged = { tokens: {}, langs: {} };
    parts.forEach(function (p) { Object.assign(merged.tokens, p.tokens); Object.assign(merged.langs, p.langs); });
    return merged;
  }

  /** Per concept number: {score, lang, field, words}, as SearchEngine.ranked scores them. */
  async function rankedScores(ws, loader) {
    var out = new Map();
    if (!ws.length || !loader.ranked) return out;
    var shards = await Promise.all(ws.map(function (w) { return rankedShard(w, loader); }));
    var docs = new Map(), same = new Map();
    [0, 1].forEach(function (lang) {
      // The CLI's "same stems" tier: a term whose tokens are the query's (0.75).
      var all = ws.map(function (w, i) { return tokenOf(w, lang, shards[i]); });
      if (!all.every(Boolean) || !shards[0]) return;
      (shards[0].tokens['=' + all.join(' ')] || []).forEach(function (doc) {
        if ((doc & 1) === lang) same.set(doc >> 1, lang ? 'en' : 'fr');
      });
    });
    ws.forEach(function (w, i) {
      [0, 1].forEach(function (lang) {
        var token = tokenOf(w, lang, shards[i]);
        if (!token) return;
        var p = shards[i].tokens[token];
        for (var j = 0; j < p.length; j += 3) {
          if ((p[j] & 1) !== lang) continue;
          var d = docs.get(p[j]);
          if (!d) { d = { bm25: 0, words: new Set(), field: 9 }; docs.set(p[j], d); }
          if (!d.words.has(i)) { d.bm25 += p[j + 1] / 100; d.words.add(i); }
          d.field = Math.min(d.field, p[j + 2]);
        }
      });
    });
    var best = 0;
    docs.forEach(function (d) { best = Math.max(best, d.bm25); });
    if (best <= 0) return out;
    docs.forEach(function (d, doc) {
      var score = 0.5 * (0.5 * d.words.size / ws.length + 0.5 * d.bm25 / best);
      var c = doc >> 1, old = out.get(c);
      if (!old || old.score < score) out.set(c, { score: score, lang: (doc & 1) ? 'en' : 'fr', field: d.field, words: d.words });
    });
    same.forEach(function (lang, c) {
      var old = out.get(c);
      if (!old || old.score < 0.75) out.set(c, { score: 0.75, lang: lang, field: 0, words: new Set() });
    });
    return out;
  }

  /** Whether a folded word occurs in the content: a token of either language, or a term word. */
  async function occurs(word, loader) {
    var shard = await rankedShard(word, loader);
    if (shard && shard.langs[word]) return true;
    var vocab = await loader.vocab(vocabKey(length(stem(word)), stem(word)));
    return vocab.indexOf(stem(word)) >= 0;
  }

  /**
   * Searches `query` with `loader` ({shard(key) → Promise<entries|null>, vocab(n) →
   * Promise<words[]>, has(key) → bool, ranked(key) → Promise<shard|null>, docs(n) →
   * Promise<[[id, fr, en]]>}); resolves to {results, corrected}. As SearchEngine.search: the
   * term tiers on the whole query (and on each side of "A vs B"), then ranked retrieval over
   * the meaningful words; a word that occurs nowhere is corrected to its closest vocabulary
   * words and the results of the corrected readings are merged at 0.85 times their score.
   */
  async function search(query, loader, limit) {
    limit = limit || 10;
    var ws = words(query);
    if (!ws.length || length(ws.join('')) < 2) return { results: [], corrected: null, tooShort: ws.length > 0 };
    if (loader.prepare) await loader.prepare();
    var analysis = analyse(query);
    if (!analysis.core.length) return { results: [], corrected: null };

    async function attempt(ws2) {
      var stems2 = ws2.map(stem);
      var lists = await Promise.all(keysFor(ws2, stems2).filter(loader.has).map(loader.shard));
      var entries = [].concat.apply([], lists.filter(Boolean));
      return run(stems2, ws2, entries);
    }
    async function runAnalysis(a) {
      var hits = await attempt(a.core);
      if (a.parts.length > 1) {
        for (var p = 0; p < a.parts.length; p++) {
          (await attempt(a.parts[p])).forEach(function (h, id) { offerHit(hits, id, h); });
        }
      }
      var scores = await rankedScores(a.meaningful, loader);
      var top = Array.from(scores.entries()).sort(function (x, y) { return y[1].score - x[1].score || x[0] - y[0]; })
        .slice(0, limit);
      var rows = await Promise.all(top.map(function (t) { return loader.docs ? loader.docs(t[0]) : null; }));
      top.forEach(function (t, i) {
        var row = rows[i];
        if (!row) return;
        var entry = { id: row[0], fr: row[1], en: row[2], lang: t[1].lang, status: 0, text: t[1].lang === 'fr' ? row[1] : row[2] };
        offerHit(hits, row[0], { score: t[1].score, kind: 'ranked', entry: entry, words: t[1].words, field: t[1].field });
      });
      return hits;
    }

    var hits = await runAnalysis(analysis);
    if (!hits.size && analysis.translation) {
      analysis = analyse(query, false);
      hits = await runAnalysis(analysis);
    }
    // Typos: each meaningful word (4 letters or more) that occurs nowhere.
    var typos = [];
    var candidates = analysis.meaningful.length ? analysis.meaningful : analysis.core;
    for (var i = 0; i < candidates.length; i++) {
      var w = candidates[i];
      if (allowedTypos(length(w)) === 0) continue;
      if (await occurs(w, loader)) continue;
      typos.push(w);
    }
    var corrected = null;
    if (typos.length || !hits.size) {
      var alternatives = await corrections(typos.length ? analysis.core.map(function (w) { return typos.indexOf(w) >= 0 ? stem(w) : w; }) : analysis.core.map(stem), loader, typos);
      for (var a = 0; a < alternatives.length; a++) {
        var reading = analyse(alternatives[a].join(' '));
        var found = await runAnalysis(reading);
        if (!found.size) continue;
        if (!corrected) corrected = alternatives[a].join(' ');
        var factor = 0.85 - 0.001 * a;
        found.forEach(function (h, id) {
          var old = hits.get(id);
          if (old && old.score >= h.score * factor) return;
          h.score *= factor;
          h.approximate = true;
          hits.set(id, h);
        });
      }
    }
    var results = Array.from(hits.values()).sort(function (x, y) {
      return x.score !== y.score ? y.score - x.score : (x.entry.id < y.entry.id ? -1 : x.entry.id > y.entry.id ? 1 : 0);
    }).slice(0, limit);
    return { results: results, corrected: results.some(function (h) { return h.approximate; }) ? corrected : null,
             answerLanguage: analysis.translation ? analysis.target : null };
  }

  function offerHit(hits, id, hit) {
    var old = hits.get(id);
    if (old && old.score >= hit.score) return;
    hits.set(id, hit);
  }

  /** Readings to try: each typo corrected (every candidate at the best distance, closest
   * first), then, when nothing matched, the whole query as one word. */
  async function corrections(stems, loader, typos) {
    var out = [], first = stems.slice(), changed = false, others = [];
    for (var i = 0; i < stems.length; i++) {
      if (typos.length && typos.map(stem).indexOf(stems[i]) < 0) continue;
      var near = await closestAll(stems[i], loader);
      if (!near.length || near[0] === stems[i]) continue;
      first[i] = near[0];
      changed = true;
      near.slice(1).forEach(function (n) { others.push([i, n]); });
    }
    if (changed) {
      out.push(first);
      others.forEach(function (o) { var r = first.slice(); r[o[0]] = o[1]; out.push(r); });
    }
    if (!typos.length && stems.length > 1) {
      var whole = await closestAll(stems.join(''), loader);
      if (whole.length) out.push([whole[0]]);
    }
    return out;
  }

  /** Every vocabulary word at the smallest distance within the allowed typos: an added or
   * dropped letter first, then the most frequent; at most four. */
  async function closestAll(word, loader) {
    var n = length(word), allowed = allowedTypos(n);
    if (!allowed) return [];
    var lengths = [n];
    for (var d = 1; d <= allowed; d++) lengths.push(n - d, n + d);
    var lists = await Promise.all(lengths.map(function (m) { return loader.vocab(vocabKey(m, word)); }));
    if (lists[0].indexOf(word) >= 0) return [word];
    var found = [], bestD = allowed;
    lists.forEach(function (list) {
      for (var i = 0; i < list.length; i++) {
        var dd = distance(word, list[i], bestD);
        if (dd === null || dd === 0) continue;
        if (dd < bestD) { bestD = dd; found = found.filter(function (f) { return f.d <= dd; }); }
        found.push({ w: list[i], d: dd, lengthChange: Math.abs(length(list[i]) - n) === dd, order: found.length });
      }
    });
    return found.filter(function (f) { return f.d === bestD; })
      .sort(function (x, y) { return x.lengthChange !== y.lengthChange ? (x.lengthChange ? -1 : 1) : x.order - y.order; })
      .slice(0, 4).map(function (f) { return f.w; });
  }

  var api = { setSplits: setSplits, setWords: setWords, setQuery: setQuery, rankedKeys: rankedKeys, analyse: analyse, prepareRanked: prepareRanked, fold: fold, words: words, stem: stem, distance: distance, allowedTypos: allowedTypos,
              key: key, fileName: fileName, vocabFile: vocabFile, prepare: prepare, run: run, search: search, STATUS: STATUS, DOCS_PER_CHUNK: DOCS_PER_CHUNK };
  if (typeof module === 'object' && module.exports) module.exports = api;
  global.GlossarySearch = api;
  if (typeof document === 'undefined') return;

  // ---- Browser loader: one <script> per file, each loaded once --------------------------
  var shardData = {}, vocabData = {}, rankedData = {}, docsData = {}, pending = {};
  global.GLOSSARY_SHARD = function (k, data) { shardData[k] = prepare(data); };
  global.GLOSSARY_RANKED = function (k, data) { rankedData[k] = prepareRanked(data); };
  global.GLOSSARY_DOCS = function (n, rows) { docsData[n] = rows; };
  global.GLOSSARY_QUERY = function (data) { setQuery(data); };
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
    // The query lists and the ranked splits come with the first query (search/q.js). Shards
    // are not listed: a word with no shard gets a failed load, read as nothing found.
    function query() { return loadScript(root + 'search/q.js'); }
    return {
      has: function () { return true; },
      shard: function (k) {
        return loadScript(root + 'search/' + fileName(k)).then(function () { return shardData[k] || null; });
      },
      vocab: function (n) {
        return loadScript(root + 'search/' + vocabFile(n)).then(function () { return vocabData[n] || []; });
      },
      prepare: query,
      ranked: function (k) {
        return query().then(function () {
          return loadScript(root + 'search/r-' + k + '.js').then(function () { return rankedData[k] || null; });
        });
      },
      docs: function (c) {
        var n = Math.floor(c / DOCS_PER_CHUNK);
        if (n >= (index.docs || 0)) return Promise.resolve(null);
        return loadScript(root + 'search/d-' + n + '.js').then(function () { return (docsData[n] || [])[c % DOCS_PER_CHUNK] || null; });
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

    // Typographic apostrophes for display, as the pages show them (Typography.swift).
    function display(text) { return String(text).replace(/'/g, '\u2019'); }

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
        head.textContent = display(e[lang]);
        var second = document.createElement('span');
        second.className = 'other';
        second.lang = other;
        second.textContent = ' · ' + display(e[other]);
        a.appendChild(head); a.appendChild(second);
        var headword = e[e.lang];
        if (e.text !== headword) {
          var match = document.createElement('span');
          match.className = 'match';
          var term = document.createElement('span');
          term.lang = e.lang;
          term.textContent = display(e.text);
          match.appendChild(term);
          match.appendChild(document.createTextNode(' (' + LABELS[lang][STATUS[e.status]] + ') → '));
          var target = document.createElement('span');
          target.lang = e.lang;
          target.textContent = display(headword);
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
