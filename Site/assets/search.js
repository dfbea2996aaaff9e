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
 * A meaningful word of four letters or more named by no term is checked against the French
 * and English word lists (SpellingDictionary, as a Bloom filter): a real word is never
 * replaced; alone in the query, the answer says no concept is called so and offers its near
 * concepts as "see also". Another word that occurs nowhere is corrected to every vocabulary
 * word at the smallest distance allowed (1 for 4–7 letters, 2 from 8; OSA; same first letter,
 * else a typo in the first letter), and those readings' results are merged at 0.85 × their
 * score (approximate); the corrected query is shown as typed, corrections as terms write them.
 *
 * Index layout (written by SearchIndex.swift, RankedIndex.swift and SpellingFilter.swift). A
 * file is asked for only if the key file of its first letter lists it: no request fails.
 *   search/index.js   GLOSSARY_INDEX {k: bitmap of the [a-z0-9]{2} key files, ku: other key
 *                     files, docs: number of d- files}
 *   search/q.js       GLOSSARY_QUERY({words: {stop, articles, alternatives, frames, intents},
 *                     vmax: {letter: longest v- file},
 *                     vp: {letter: "first length of each pack of v- files"}})
 *   search/k-<xy>.js  GLOSSARY_KEYS(xy, {s, ss, r, rs, w, b, p}): the keys starting with xy of
 *                     each kind of file (ss, rs: keys split by one more letter; w: lengths of
 *                     the w-n-xy files; b: spelling filters holding words starting with xy; p:
 *                     the packs of s, r and w files, "s:key r:key w:n|…")
 *   search/s-<key>.js GLOSSARY_SHARD(key, {c, t}): terms having a word starting with <key>
 *   search/r-<key>.js GLOSSARY_RANKED(key, {token: [doc delta, bm25×100×4 + field…], "~word":
 *                     [fr token, en token], "=tokens of a term": [doc…]}), doc = 2 × concept + lang
 *   search/d-<n>.js   GLOSSARY_DOCS(n, [[id, fr headword, en headword]…]), 16 concepts a file
 *   search/v-<n>-<c>.js GLOSSARY_VOCAB("n-c", "words of n letters starting with c");
 *                     w-<n>-<xy>.js the same by second and third letters ("2:n-xy")
 *   search/b-<key>.js GLOSSARY_BLOOM(key, base64 bits): dictionary forms whose
 *                     first four letters run from <key> to the next b- file's key
 * Packs (SearchPack.swift): the s, r and w files of a prefix, and the v files of a letter, are
 * written several to a file, under the first one's name, as the key file (p) and q.js (vp) say;
 * a file asked for is loaded through its pack, and its data used only once it is asked for.
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
  // Folded endings of French and English inflection and derivation, as Snowball removes them
  // ("ees" of relocalisées, "ing" of outsourcing): what may follow a guessed stem.
  var STEM_ENDINGS = new Set(['e', 'es', 'ee', 'ees', 's', 'x', 'er', 'ez', 'ent', 'ant', 'ants', 'ante', 'antes',
    'ai', 'ais', 'ait', 'aient', 'ions', 'iez', 'erent', 'era', 'eront', 'erait', 'eraient', 'ation', 'ations',
    'ement', 'ements', 'eur', 'eurs', 'euse', 'euses', 'le', 'les', 'lle', 'lles', 'elle', 'elles', 'al', 'ale', 'ales',
    'aux', 'aire', 'aires', 'if', 'ifs', 'ive', 'ives', 'ique', 'iques', 'iste', 'istes', 'isme', 'able', 'ables', 'ible',
    'ibles', 'ed', 'ing', 'ings', 'ers', 'ly', 'ment', 'ments']);
  var WEIGHT = [1.0, 0.98, 0.95, 0.95];

  /*
   * Everything the index files deliver, by kind and key. A loader only loads a file by name
   * ({load(name) → Promise}); the files call the GLOSSARY_* functions (install) that fill this.
   * A file is asked for only when the key file of its first letter (k-<c>.js, listed by
   * index.js `first`) says it exists: no request ever fails.
   */
  var store, loads, files, pending, packOf, INDEX = { bits: '', others: new Set(), docs: 0 }, VMAX = {};
  function reset() {
    store = { shard: {}, ranked: {}, docs: {}, vocab: {}, keys: {}, bloom: {} };
    // loads: by file asked for; files: by file loaded (a pack); pending: what each file
    // delivered, until it is asked for; packOf: the pack holding a file, when not its own.
    loads = {};
    files = {};
    pending = {};
    packOf = {};
  }
  reset();
  function setIndex(index) {
    index = index || {};
    INDEX = { bits: index.k && typeof atob === 'function' ? atob(index.k) : '', others: spaced(index.ku), docs: index.docs || 0 };
  }
  var ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
  /** Whether the key file of a two-letter prefix exists (index.js: bitmap, then others). */
  function hasKeyFile(p) {
    var a = p.length === 2 ? ALPHABET.indexOf(p[0]) : -1, b = a >= 0 ? ALPHABET.indexOf(p[1]) : -1;
    if (b < 0) return INDEX.others.has(p);
    var bit = a * 36 + b;
    return !!((INDEX.bits.charCodeAt(bit >> 3) >> (bit & 7)) & 1);
  }
  function spaced(text) { return new Set(text ? String(text).split(' ') : []); }
  /** Each file's data, kept under the file's name until the file is asked for (see get). */
  function deliver(name, use) { pending[name] = use; }
  var callbacks = {
    GLOSSARY_SHARD: function (k, data) { deliver(fileName(k), function () { store.shard[k] = prepare(data); }); },
    GLOSSARY_RANKED: function (k, data) { deliver('r-' + k + '.js', function () { store.ranked[k] = prepareRanked(data); }); },
    GLOSSARY_DOCS: function (n, rows) { deliver('d-' + n + '.js', function () { store.docs[n] = rows; }); },
    GLOSSARY_QUERY: function (data) { deliver('q.js', function () { setQuery(data); }); },
    GLOSSARY_VOCAB: function (k, text) {
      var second = k.slice(0, 2) === '2:';
      deliver(vocabFile(second ? k.slice(2) : k, second ? 'w' : 'v'), function () { store.vocab[k] = text ? text.split(' ') : []; });
    },
    GLOSSARY_KEYS: function (c, d) {
      deliver('k-' + encoded(c) + '.js', function () {
        store.keys[c] = { s: spaced(d.s), ss: spaced(d.ss), r: spaced(d.r), rs: spaced(d.rs), w: spaced(d.w), b: spaced(d.b) };
        // The packs of this prefix's files: each file's name, the pack's is its first file's.
        (d.p ? String(d.p).split('|') : []).forEach(function (pack) {
          var names = pack.split(' ').map(function (m) {
            var at = m.indexOf(':'), kind = m.slice(0, at), k = m.slice(at + 1);
            return kind === 's' ? fileName(k) : kind === 'r' ? 'r-' + k + '.js' : vocabFile(k + '-' + c, 'w');
          });
          names.slice(1).forEach(function (name) { packOf[name] = names[0]; });
        });
      });
    },
    GLOSSARY_BLOOM: function (k, bits) { deliver('b-' + k + '.js', function () { store.bloom[k] = typeof atob === 'function' ? atob(bits) : ''; }); }
  };
  /** Defines the GLOSSARY_* functions the index files call, on `target` (the page's window). */
  function install(target) { Object.keys(callbacks).forEach(function (name) { target[name] = callbacks[name]; }); }

  /**
   * Loads the file `name` once (through its pack's file, once for all its files) and puts its
   * data in the store: only the files asked for are used, as if each were loaded alone.
   */
  function get(loader, name) {
    if (!loads[name]) {
      var file = packOf[name] || name;
      if (!files[file]) files[file] = Promise.resolve(loader.load(file));
      loads[name] = files[file].then(function (ok) {
        var use = pending[name];
        if (use) { delete pending[name]; use(); }
        return ok;
      });
    }
    return loads[name];
  }
  function first(text) { return Array.from(text)[0]; }
  /** The key file prefix of a key or word: its first two code points. */
  function prefixOf(text) { return Array.from(text).slice(0, 2).join(''); }
  /** File names of keys that are not [a-z0-9]: `u` and each code point in hexadecimal. */
  function encoded(k) {
    return /^[a-z0-9]+$/.test(k) ? k : 'u' + Array.from(k).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }
  /** The key file of a word's first two letters: which files exist for them (or null). */
  async function keysOf(text, loader) {
    var p = prefixOf(text || '');
    if (!p || !hasKeyFile(p)) return null;
    await get(loader, 'k-' + encoded(p) + '.js');
    return store.keys[p] || null;
  }
  async function lettersOf(list, loader) {
    var ps = new Set();
    list.forEach(function (w) { if (w) ps.add(prefixOf(w)); });
    await Promise.all(Array.from(ps).map(function (p) { return keysOf(p, loader); }));
  }
  function keysFor1(k) { return store.keys[prefixOf(k)] || null; }

  /**
   * The shard key of a folded word, as SearchIndex.key(for:): its first two code points, one
   * more for as long as that prefix was split and the word is longer (its key file loaded).
   */
  function key(word) {
    var scalars = Array.from(word), n = 2, keys = keysFor1(word), splits = keys ? keys.ss : new Set();
    while (n < scalars.length && splits.has(scalars.slice(0, n).join(''))) n++;
    return scalars.slice(0, n).join('');
  }

  /** The vocabulary file key of words of `n` letters starting as `word` (SearchIndex.vocabularyKey). */
  function vocabKey(n, word) { return n + '-' + first(word); }
  function vocabFile(k, prefix) {
    var at = k.indexOf('-');
    return (prefix || 'v') + '-' + k.slice(0, at) + '-' + encoded(k.slice(at + 1)) + '.js';
  }
  function fileName(k) { return 's-' + encoded(k) + '.js'; }

  async function shardOf(k, loader) {
    var keys = await keysOf(k, loader);
    if (!keys || !keys.s.has(k)) return null;
    await get(loader, fileName(k));
    return store.shard[k] || null;
  }
  async function rankedOf(k, loader) {
    var keys = await keysOf(k, loader);
    if (!keys || !keys.r.has(k)) return null;
    await get(loader, 'r-' + k + '.js');
    return store.ranked[k] || null;
  }
  /**
   * Words of n letters whose first letter is c (`n-c`), or, with second, whose second and
   * third letters are xy (`n-xy`, the w- files).
   */
  async function vocabOf(k, loader, second) {
    var at = k.indexOf('-'), n = +k.slice(0, at), letters = Array.from(k.slice(at + 1));
    if (!(n >= 1) || !letters[0] || (second && !letters[1])) return [];
    if (second) {
      // w- files: listed in the key file of their two letters.
      var keys = await keysOf(letters[0] + letters[1], loader);
      if (!keys || !keys.w.has(String(n))) return [];
    } else if (!(n <= (VMAX[letters[0]] || 0))) return [];   // v- files: every length up to the longest
    await get(loader, vocabFile(k, second ? 'w' : 'v'));
    return store.vocab[(second ? '2:' : '') + k] || [];
  }
  async function docsOf(c, loader) {
    var n = Math.floor(c / DOCS_PER_CHUNK);
    if (n >= INDEX.docs) return null;
    await get(loader, 'd-' + n + '.js');
    return (store.docs[n] || [])[c % DOCS_PER_CHUNK] || null;
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

  // ---- Real words: SpellingDictionary through the build's Bloom filter (SpellingFilter.swift)
  var HASHES = 11;
  function bitsOf(element, size) {
    var a = 2166136261, b = 5381;
    for (var i = 0; i < element.length; i++) {
      var u = element.charCodeAt(i);
      a = Math.imul(a ^ u, 16777619) >>> 0;
      b = (Math.imul(b, 33) ^ u) >>> 0;
    }
    b = (b | 1) >>> 0;
    var out = [];
    for (i = 0; i < HASHES; i++) out.push(((a + (Math.imul(i, b) >>> 0)) >>> 0) % size);
    return out;
  }
  function inFilter(bits, element) {
    var size = bits.length * 8;
    return size > 0 && bitsOf(element, size).every(function (p) { return (bits.charCodeAt(p >> 3) >> (p & 7)) & 1; });
  }
  /**
   * Whether a folded word is correctly spelt French or English, as SpellingDictionary.knows:
   * some form the Hunspell dictionaries accept (an entry or an inflected form) folds to it; a
   * name's forms (marked ^) only when `typed`, the word as written, starts with a capital.
   */
  async function known(word, loader, typed) {
    if (!/^[a-z][a-z0-9]{3,}$/.test(word)) return false;
    var keys = await keysOf(word, loader);
    if (!keys) return false;
    // The filter whose range holds the word: among the files holding words of its first two
    // letters, the last whose key is not after its first four (SpellingFilter.shardKey).
    var own = word.slice(0, 4), starts = Array.from(keys.b).sort(), k = starts[0];
    starts.forEach(function (start) { if (start <= own) k = start; });
    if (!k) return false;
    await get(loader, 'b-' + k + '.js');
    var bits = store.bloom[k];
    if (!bits) return false;
    if (inFilter(bits, word)) return true;
    var first = typed ? String(typed).charAt(0) : '';
    return first !== first.toLowerCase() && inFilter(bits, '^' + word);
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
  /** The contents of search/q.js: the query lists and the vocabulary's lengths. */
  function setQuery(data) {
    VMAX = data.vmax || {};
    // The packs of v- files: each letter's files from the first length of a pack to the next
    // pack's are in the first one's file.
    Object.keys(data.vp || {}).forEach(function (c) {
      var starts = String(data.vp[c]).split(' ').map(Number), start = 1;
      for (var n = 1; n <= (VMAX[c] || 0); n++) {
        if (starts.indexOf(n) >= 0) start = n;
        if (start !== n) packOf[vocabFile(n + '-' + c, 'v')] = vocabFile(start + '-' + c, 'v');
      }
    });
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
  /**
   * A ranked shard as {tokens: {token: [doc, bm25×100, field…]}, langs: {token: bitmask}}; the
   * file writes a token's postings as [document − previous document, bm25×100×4 + field…].
   */
  function prepareRanked(data) {
    var langs = {}, tokens = {};
    Object.keys(data).forEach(function (t) {
      var p = data[t];
      if (t[0] === '=' || t[0] === '~') { tokens[t] = p; return; }
      var out = [], mask = 0, doc = 0;
      for (var i = 0; i < p.length; i += 2) {
        doc += p[i];
        out.push(doc, p[i + 1] >> 2, p[i + 1] & 3);
        mask |= 1 << (doc & 1);
      }
      tokens[t] = out;
      langs[t] = mask;
    });
    return { tokens: tokens, langs: langs };
  }

  /**
   * The token of a folded word in a language (0 fr, 1 en): the word when it is a token of the
   * language, else its stem as the build computed it (`~word`), else the longest token of the
   * language that starts it, of at least four letters and half the word (Snowball's stems are
   * prefixes of their words); null if none.
   */
  function tokenOf(word, lang, shard) {
    if (!shard || !/^[a-z0-9]+$/.test(word)) return null;
    if (shard.langs[word] & (1 << lang)) return word;
    var stemmed = shard.tokens['~' + word];
    if (stemmed) return stemmed[lang] && shard.langs[stemmed[lang]] ? stemmed[lang] : null;
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
  function rankedKeys(word) {
    var keys = keysFor1(word), splits = keys ? keys.rs : new Set();
    var k = word.slice(0, RANKED_KEY), out = [k];
    while (splits.has(k) && k.length < word.length) { k = word.slice(0, k.length + 1); out.push(k); }
    return out;
  }
  async function rankedShard(word, loader) {
    if (!/^[a-z0-9]+$/.test(word)) return null;
    await keysOf(word, loader);
    var parts = (await Promise.all(rankedKeys(word).map(function (k) { return rankedOf(k, loader); }))).filter(Boolean);
    if (parts.length === 1) return parts[0];
    if (!parts.length) return null;
    var merged = { tokens: {}, langs: {} };
    parts.forEach(function (p) { Object.assign(merged.tokens, p.tokens); Object.assign(merged.langs, p.langs); });
    return merged;
  }

  /** Per concept number: {score, lang, field, words}, as SearchEngine.ranked scores them. */
  async function rankedScores(ws, loader) {
    var out = new Map();
    if (!ws.length) return out;
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
    // A token that is only a guess (a token that starts the word, [token, shard, true])
    // matches, but does not name the word (TypoPlan may still correct it).
    // Each word's tokens by language: its own, and its family's ("disponible":
    // disponibilité), whose postings are in their own shards.
    var lists = await Promise.all(ws.map(async function (w, i) {
      return Promise.all([0, 1].map(async function (lang) {
        var token = tokenOf(w, lang, shards[i]), out = [];
        if (token) {
          var guessed = token !== w && !shards[i].tokens['~' + w];
          out.push([token, shards[i], guessed, !guessed || STEM_ENDINGS.has(w.slice(token.length))]);
        }
        var entry = shards[i] && shards[i].tokens['~' + w], family = (entry && entry[2 + lang]) || [];
        for (var f = 0; f < family.length; f++) {
          var shard = await rankedShard(family[f], loader);
          if (shard && shard.tokens[family[f]]) out.push([family[f], shard, false, true]);
        }
        return out;
      }));
    }));
    ws.forEach(function (w, i) {
      [0, 1].forEach(function (lang) {
        lists[i][lang].forEach(function (pair) {
          var token = pair[0], p = pair[1].tokens[token];
          for (var j = 0; j < p.length; j += 3) {
            if ((p[j] & 1) !== lang) continue;
            var d = docs.get(p[j]);
            if (!d) { d = { bm25: 0, words: new Set(), named: new Set(), matched: new Set(), tokens: new Set(), field: 9 }; docs.set(p[j], d); }
            // BM25 of the OR query: each distinct token once.
            if (!d.tokens.has(token)) { d.bm25 += p[j + 1] / 100; d.tokens.add(token); }
            d.words.add(i);
            if (!pair[2]) d.named.add(i);
            if (pair[3]) d.matched.add(i);
            d.field = Math.min(d.field, p[j + 2]);
          }
        });
      });
    });
    var best = 0;
    docs.forEach(function (d) { best = Math.max(best, d.bm25); });
    if (best <= 0) return out;
    docs.forEach(function (d, doc) {
      var score = 0.5 * (0.5 * d.words.size / ws.length + 0.5 * d.bm25 / best);
      var c = doc >> 1, old = out.get(c);
      if (!old || old.score < score) out.set(c, { score: score, lang: (doc & 1) ? 'en' : 'fr', field: d.field, words: d.named, matched: d.matched });
    });
    same.forEach(function (lang, c) {
      var old = out.get(c);
      var all = new Set();
      ws.forEach(function (w, i) {
        var l = lang === 'en' ? 1 : 0;
        if (lists[i][l].some(function (pair) { return !pair[2]; })) all.add(i);
      });
      if (!old || old.score < 0.75) out.set(c, { score: 0.75, lang: lang, field: 0, words: all, matched: all });
    });
    return out;
  }

  /** Whether a folded word occurs in the content: a token of either language, or a term word. */
  async function occurs(word, loader) {
    var shard = await rankedShard(word, loader);
    if (shard && shard.langs[word]) return true;
    var vocab = await vocabOf(vocabKey(length(stem(word)), stem(word)), loader);
    return vocab.indexOf(stem(word)) >= 0;
  }

  /**
   * Searches `query`, loading index files with `loader` ({load(name) → Promise}, the files
   * calling the functions `install` defines); resolves to {results, corrected, unnamed,
   * seeAlso, answerLanguage}. As SearchEngine.search: the term tiers on the whole query (and
   * on each side of "A vs B"), then ranked retrieval over the meaningful words. A word named by
   * no term that is correctly spelt French or English is never replaced: alone in the query, it
   * is `unnamed` and its near concepts are `seeAlso` (never results). Another word that occurs
   * nowhere is corrected to its closest vocabulary words and the corrected readings' results
   * are merged at 0.85 times their score; `corrected` is the query as typed with the
   * corrections written as the terms write them (accents kept).
   */
  async function search(query, loader, limit) {
    limit = limit || 10;
    var ws = words(query);
    if (!ws.length || length(ws.join('')) < 2) return { results: [], corrected: null, tooShort: ws.length > 0 };
    await get(loader, 'q.js');
    var analysis = analyse(query);
    if (!analysis.core.length) return { results: [], corrected: null };

    async function attempt(ws2) {
      var stems2 = ws2.map(stem);
      await lettersOf([ws2.join('')].concat(stems2), loader);
      var lists = await Promise.all(keysFor(ws2, stems2).map(function (k) { return shardOf(k, loader); }));
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
      var rows = await Promise.all(top.map(function (t) { return docsOf(t[0], loader); }));
      top.forEach(function (t, i) {
        var row = rows[i];
        if (!row) return;
        var entry = { id: row[0], fr: row[1], en: row[2], lang: t[1].lang, status: 0, text: t[1].lang === 'fr' ? row[1] : row[2] };
        var named = new Set(), matched = new Set();
        t[1].words.forEach(function (n) { named.add(a.meaningful[n]); });
        t[1].matched.forEach(function (n) { matched.add(a.meaningful[n]); });
        offerHit(hits, row[0], { score: t[1].score, kind: 'ranked', entry: entry, words: named, matched: matched, field: t[1].field });
      });
      return hits;
    }
    /** Whether a hit names `w` in a term or keyword (TypoPlan: nothing to correct). */
    function names(hits, w) {
      var yes = false;
      hits.forEach(function (h) { if (h.kind !== 'ranked' || (h.field <= 1 && h.words.has(w))) yes = true; });
      return yes;
    }

    var hits = await runAnalysis(analysis);
    if (!hits.size && analysis.translation) {
      analysis = analyse(query, false);
      hits = await runAnalysis(analysis);
    }
    // TypoPlan: each meaningful word of 4 letters or more named by no term or keyword. A real
    // word is left alone (alone in the query: unnamed, with "see also"); a word that occurs
    // nowhere else is a typo.
    var typos = [], unnamed = [], realWords = new Set();
    var candidates = analysis.meaningful.length ? analysis.meaningful : analysis.core;
    var distinct = Array.from(new Set(candidates));
    for (var i = 0; i < distinct.length; i++) {
      var w = distinct[i];
      if (allowedTypos(length(w)) === 0 || names(hits, w)) continue;
      if (distinct.length === 1 && await known(w, loader, rewrite(w, undefined, query))) { unnamed.push(w); realWords.add(w); continue; }
      if (await occurs(w, loader)) continue;
      if (await known(w, loader, rewrite(w, undefined, query))) { realWords.add(w); continue; }
      typos.push(w);
    }
    var corrected = null;
    if (typos.length || (!hits.size && !unnamed.length)) {
      var toCorrect = typos.length ? typos : analysis.core.filter(function (w) { return !realWords.has(w); });
      var alternatives = await corrections(analysis.core, loader, toCorrect, !typos.length);
      for (var a = 0; a < alternatives.length; a++) {
        var reading = analyse(alternatives[a].words.join(' '));
        var found = await runAnalysis(reading);
        if (!found.size) continue;
        if (!corrected) corrected = rewrite(query, alternatives[a].replaced);
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
    if (unnamed.length) {
      // Results are then only texts that hold the word: its own token, or, the word being a
      // real one, the longest token that starts it when what is left is an inflection or
      // derivation ending (the page's guess at its stem, as the CLI stems it: `relocalisées`
      // holds relocalis-; `parité` does not hold pari-, from Paris), never a correction of it.
      hits.forEach(function (h, id) {
        if (h.kind === 'ranked' && !unnamed.every(function (w) { return h.matched.has(w); })) hits.delete(id);
      });
    }
    var results = sorted(hits).slice(0, limit);
    var seeAlso = [];
    if (unnamed.length) {
      // The near concepts of each unnamed word, as the CLI's "see also": never results.
      var seen = new Set(results.map(function (h) { return h.entry.id; }));
      var near = await corrections(analysis.core, loader, unnamed, false);
      for (var n = 0; n < near.length; n++) {
        sorted(await runAnalysis(analyse(near[n].words.join(' ')))).slice(0, 5).forEach(function (h) {
          if (!seen.has(h.entry.id)) { seen.add(h.entry.id); seeAlso.push(h.entry); }
        });
      }
      seeAlso = seeAlso.slice(0, 5);
    }
    return { results: results, corrected: results.some(function (h) { return h.approximate; }) ? corrected : null,
             unnamed: unnamed.map(function (w) { return rewrite(w, {}, query); }), seeAlso: seeAlso,
             answerLanguage: analysis.translation ? analysis.target : null };
  }

  function sorted(hits) {
    return Array.from(hits.values()).sort(function (x, y) {
      return x.score !== y.score ? y.score - x.score : (x.entry.id < y.entry.id ? -1 : x.entry.id > y.entry.id ? 1 : 0);
    });
  }

  function offerHit(hits, id, hit) {
    var old = hits.get(id);
    if (old && old.score >= hit.score) return;
    hits.set(id, hit);
  }

  /**
   * `query` as typed, each word whose folded form (or its plural-less stem) `replaced` maps
   * written as the terms write the replacement (SearchEngine.rewrite). With `source` instead,
   * the word of `source` whose folded form is `query`, as typed there.
   */
  function rewrite(query, replaced, source) {
    if (source !== undefined) {
      var typed = String(source).match(/[\p{L}\p{M}\p{N}]+/gu) || [];
      for (var i = 0; i < typed.length; i++) if (fold(typed[i]) === query) return typed[i];
      return query;
    }
    return String(query).replace(/[\p{L}\p{M}\p{N}]+/gu, function (word) {
      var f = words(word);
      if (f.length !== 1) return word;
      var r = replaced[f[0]] !== undefined ? replaced[f[0]] : replaced[stem(f[0])];
      if (r === undefined) return word;
      return r === '' ? '' : surfaceOf(r);
    }).replace(/\s+/g, ' ').trim();
  }

  /**
   * How the terms write a vocabulary word, accents kept (ConceptRows.vocabulary: lowercase,
   * acronyms as they are), read in the term shards loaded to run the correction; else the
   * word itself.
   */
  function surfaceOf(word) {
    var found = null;
    Object.keys(store.shard).some(function (k) {
      return (store.shard[k] || []).some(function (e) {
        if (e.compact === word && e.stems.length > 1) { found = lowered(e.text); return true; }
        var i = e.stems.indexOf(word);
        if (i < 0) return false;
        var written = e.text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
        found = written.length === e.stems.length ? lowered(written[i]) : word;
        return true;
      });
    });
    return found || word;
  }
  function lowered(w) { return (w.match(/\p{Lu}/gu) || []).length >= 2 ? w : w.toLowerCase(); }

  /**
   * Readings to try ({words, replaced: {word: replacement}}): each of `wrong` corrected (every
   * candidate at the best distance, closest first), then, with `whole`, the query as one word.
   */
  async function corrections(core, loader, wrong, whole) {
    var out = [], firstReading = core.map(function (w) { return whole || wrong.indexOf(w) >= 0 ? stem(w) : w; }), replaced = {}, changed = false, others = [];
    for (var i = 0; i < core.length; i++) {
      if (wrong.indexOf(core[i]) < 0) continue;
      var near = await closestAll(stem(core[i]), loader);
      if (!near.length || near[0] === stem(core[i])) continue;
      firstReading[i] = near[0];
      replaced[core[i]] = near[0];
      changed = true;
      near.slice(1).forEach(function (n) { others.push([i, n]); });
    }
    if (changed) {
      out.push({ words: firstReading, replaced: replaced });
      others.forEach(function (o) {
        var r = firstReading.slice(), rep = Object.assign({}, replaced);
        r[o[0]] = o[1]; rep[core[o[0]]] = o[1];
        out.push({ words: r, replaced: rep });
      });
    }
    if (whole && core.length > 1) {
      var one = await closestAll(core.map(stem).join(''), loader);
      if (one.length) {
        var rep1 = {};
        core.forEach(function (w, j) { rep1[w] = j === 0 ? one[0] : ''; });
        out.push({ words: [one[0]], replaced: rep1 });
      }
    }
    return out;
  }

  /**
   * Every vocabulary word at the smallest distance within the allowed typos: an added or
   * dropped letter first, then the most frequent; at most four. Words of the same first letter
   * first; when none is close, a typo in the first letter: a letter added before the word or
   * the first two swapped (words starting with its second letter), the first letter dropped or
   * changed (words whose second and third letters are its first two, or its second and third;
   * the `w-` files).
   */
  async function closestAll(word, loader) {
    var n = length(word), allowed = allowedTypos(n);
    if (!allowed) return [];
    var lengths = [n];
    for (var d = 1; d <= allowed; d++) lengths.push(n - d, n + d);
    var lists = await Promise.all(lengths.map(function (m) { return vocabOf(vocabKey(m, word), loader); }));
    if (lists[0].indexOf(word) >= 0) return [word];
    var found = nearest(word, lists, allowed);
    if (found.length) return found;
    var letters = Array.from(word);
    var more = await Promise.all([
      vocabOf(vocabKey(n - 1, letters[1]), loader), vocabOf(vocabKey(n, letters[1]), loader),
      vocabOf((n + 1) + '-' + letters[0] + letters[1], loader, true), vocabOf(n + '-' + letters[1] + (letters[2] || ''), loader, true)
    ]);
    return nearest(word, more, allowed);
  }
  function nearest(word, lists, allowed) {
    var n = length(word), found = [], bestD = allowed, seen = new Set();
    lists.forEach(function (list) {
      for (var i = 0; i < list.length; i++) {
        if (seen.has(list[i])) continue;
        var dd = distance(word, list[i], bestD);
        if (dd === null || dd === 0) continue;
        seen.add(list[i]);
        if (dd < bestD) { bestD = dd; found = found.filter(function (f) { return f.d <= dd; }); }
        found.push({ w: list[i], d: dd, lengthChange: Math.abs(length(list[i]) - n) === dd, order: found.length });
      }
    });
    return found.filter(function (f) { return f.d === bestD; })
      .sort(function (x, y) { return x.lengthChange !== y.lengthChange ? (x.lengthChange ? -1 : 1) : x.order - y.order; })
      .slice(0, 4).map(function (f) { return f.w; });
  }

  var api = { install: install, reset: reset, setIndex: setIndex, setWords: setWords, setQuery: setQuery, analyse: analyse,
              fold: fold, words: words, stem: stem, distance: distance, allowedTypos: allowedTypos, known: known,
              key: key, rankedKeys: rankedKeys, rewrite: rewrite, search: search, STATUS: STATUS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  global.GlossarySearch = api;
  if (typeof document === 'undefined') return;

  // ---- Browser loader: one <script> per file, each loaded once --------------------------
  install(global);
  function browserLoader(root) {
    setIndex(global.GLOSSARY_INDEX);
    return {
      load: function (name) {
        return new Promise(function (resolve) {
          var s = document.createElement('script');
          s.src = root + 'search/' + name;
          s.onload = function () { resolve(true); };
          s.onerror = function () { resolve(false); };
          document.head.appendChild(s);
        });
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

    function option(e, i, seeAlso) {
      var li = document.createElement('li');
      li.id = 'search-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-href', href(e.id));
      var a = document.createElement('a');
      a.href = href(e.id);
      a.tabIndex = -1;
      if (seeAlso) {
        // "See also": near concepts of a real word no concept is called, never the answer.
        li.className = seeAlso === 1 ? 'see-also see-also-first' : 'see-also';
        var label = document.createElement('span');
        label.className = 'see-also-label';
        label.textContent = box.getAttribute('data-see-also');
        a.appendChild(label);
      }
      var head = document.createElement('span');
      head.className = 'result-head';
      head.textContent = display(e[lang]);
      var second = document.createElement('span');
      second.className = 'other';
      second.lang = other;
      second.textContent = ' · ' + display(e[other]);
      a.appendChild(head); a.appendChild(second);
      var headword = e[e.lang];
      if (!seeAlso && e.text !== headword) {
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
    }

    function render(response) {
      list.textContent = '';
      items = [];
      response.results.forEach(function (hit, i) { option(hit.entry, i, 0); });
      var count = items.length;
      (response.seeAlso || []).forEach(function (e, i) { option(e, count + i, i + 1); });
      var message = '';
      if (response.tooShort) message = box.getAttribute('data-more');
      else if (response.unnamed && response.unnamed.length) {
        message = box.getAttribute('data-unnamed').replace('{q}', function () { return display(response.unnamed.join(' ')); })
          + (count ? ' ' + countLabel(count) : '');
      } else if (!items.length && input.value.trim()) message = box.getAttribute('data-none');
      else if (items.length) {
        message = (response.corrected ? box.getAttribute('data-approximate').replace('{q}', function () { return display(response.corrected); }) + ' ' : '')
          + countLabel(count);
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
