import Foundation
import GlossaryModel
import GlossaryStore

/// The site's ranked-retrieval index: the same documents, tokens and BM25 as the CLI's
/// (`glossary search`, ``SearchTokens``, ``ConceptDocument``), computed at build time so the
/// browser only adds numbers.
///
/// One document per concept and language (number `2 × concept + language`, 0 French), with the
/// fields of ``ConceptDocument``: terms, keywords, definition, other texts. Each token's
/// postings hold, per document, FTS5's BM25 as the CLI asks for it (frequencies weighted by
/// ``ConceptDocument/Field/weight`` and summed, k1 = 1.2, b = 0.75 over the document's length,
/// idf = ln((N − n + 0.5)/(n + 0.5)) floored at 10⁻⁶ as FTS5 does), rounded to hundredths, and
/// the number of the best field it occurs in.
/// Summing a query's tokens per document gives the score FTS5 would.
///
/// Files, in the site's `search/` folder:
/// - `r-<key>.js`: `GLOSSARY_RANKED(key, {"token": [document − previous document,
///   bm25 × 100 × 4 + field, …]…,
///   "=tokens of a term": [document…]…})`, the tokens whose first ``keyLength`` letters are
///   `key`, and the terms whose first token's are; a token keeps its ``maxPostings`` best
///   documents (a word in that many documents ranks by its other words anyway), so a shard
///   stays small at any size of content.
///   `"~word": [French token or 0, English token or 0, French family, English family]` gives
///   the tokens of a word that is not itself a token (stems computed here, see below), and,
///   for a correctly spelt word, the tokens of its family (the CLI's `familyRoot`), if any;
/// - `d-<n>.js`: `GLOSSARY_DOCS(n, [[id, French headword, English headword]…])`, concepts
///   `16 n` to `16 n + 15` (``docsPerChunk``), loaded for the results shown only.
///
/// The browser has no Snowball: a query word's token is the word itself when it is a token of
/// the language, else its `~word` entry (every word of the content and of the Hunspell
/// dictionaries whose stem occurs), else the longest token of that language that starts the
/// word (at least four letters and half the word): Snowball's stems are prefixes of their
/// words in nearly all cases.
struct RankedIndex {
    static let maxPostings = 200
    /// Concepts a `d-` file holds: 16 rather than 4 makes 625 files instead of 2 500 at 10 000
    /// concepts, for about 1 kB a result shown instead of 250 bytes.
    static let docsPerChunk = 16

    /// Shard contents by key, and document chunks by number.
    var shards: [String: String] = [:]
    /// Keys whose entries were split by one more letter (as the term shards are, see
    /// ``SearchIndex``): search.js loads every shard on a word's path.
    var split: [String] = []
    /// Bytes a ranked shard may reach before it is split.
    static let shardBudget = 6_000
    static let maxKeyLength = 16
    var chunks: [Int: String] = [:]

    /// One document's frequencies of a token in each field (``ConceptDocument/Field``).
    private struct Posting {
        var document: Int
        var frequencies: SIMD4<Int32>
    }

    init(knowledgeBase: KnowledgeBase) {
        let tokens = SearchTokens()
        let fields = ConceptDocument.Field.allCases
        // Tokens by number, with their postings (documents in increasing order, frequencies
        // per field) and the languages of their documents (bit 0 French, 1 English).
        var names: [String] = []
        var numbers: [String: Int] = [:]
        var postings: [[Posting]] = []
        // The token number of each folded word met, by language, -1 for a stop word: a word
        // is looked up once a text instead of three times (stop word, token, number).
        var wordNumbers: [[String: Int]] = [[:], [:]]
        func number(_ word: String, _ language: Language) -> Int {
            let l = language == .fr ? 0 : 1
            if let known = wordNumbers[l][word] { return known }
            var number = -1
            if !StopWords.contains(word) {
                let token = tokens.token(word, language)
                if let known = numbers[token] {
                    number = known
                } else {
                    number = names.count
                    numbers[token] = number
                    names.append(token)
                    postings.append([])
                }
            }
            wordNumbers[l][word] = number
            return number
        }
        // Documents by the tokens of one of their terms, space-separated: the CLI's "same
        // stems" tier ("externaliser": externalisation).
        var termTokens: [String: Set<Int>] = [:]
        // Every folded word of the content, for its tokens (below).
        var contentWords = Set<String>()
        var lengths: [[Int]] = []
        // One document's frequencies by token number, and the tokens it has.
        var counts: [SIMD4<Int32>] = []
        var touched: [Int] = []
        for (c, concept) in knowledgeBase.concepts.enumerated() {
            for language in Language.allCases {
                let section = concept[language]
                // Each text is folded once, for its words and its tokens (folding is most of
                // the cost of this index); a Markdown text's tokens are those of its plain
                // text, folded again only when wiki links made it differ.
                func tokenNumbers(_ words: [String]) -> [Int] {
                    var out: [Int] = []
                    out.reserveCapacity(words.count)
                    for word in words {
                        let n = number(word, language)
                        if n >= 0 { out.append(n) }
                    }
                    return out
                }
                func wordsAndTokens(_ text: String, markdown: Bool) -> [Int] {
                    let words = TextFolding.words(text)
                    contentWords.formUnion(words)
                    guard markdown else { return tokenNumbers(words) }
                    let plain = knowledgeBase.plainText(text, language: language)
                    return tokenNumbers(plain == text ? words : TextFolding.words(plain))
                }
                let termLists = section.terms.map { wordsAndTokens($0.text, markdown: false) }
                let others = section.notes + section.examples + concept.contrasts.map { $0[language] }
                let texts: [[Int]] = [
                    termLists.flatMap { $0 },
                    section.keywords.flatMap { wordsAndTokens($0, markdown: false) },
                    wordsAndTokens(section.definition, markdown: true),
                    others.flatMap { wordsAndTokens($0, markdown: true) }
                ]
                let document = 2 * c + (language == .fr ? 0 : 1)
                for list in termLists where !list.isEmpty {
                    termTokens[list.map { names[$0] }.joined(separator: " "), default: []].insert(document)
                }
                if counts.count < names.count { counts += Array(repeating: .zero, count: names.count - counts.count) }
                for (f, list) in texts.enumerated() {
                    for token in list {
                        if counts[token] == .zero { touched.append(token) }
                        counts[token][f] += 1
                    }
                }
                for token in touched {
                    postings[token].append(Posting(document: document, frequencies: counts[token]))
                    counts[token] = .zero
                }
                touched.removeAll(keepingCapacity: true)
                lengths.append(texts.map(\.count))
            }
        }
        let n = Double(lengths.count)
        let totals = lengths.map { Double($0.reduce(0, +)) }
        let average = max(1, totals.reduce(0, +) / max(n, 1))
        let weights = fields.map(\.weight)
        /// (the string whose prefix places it: token, word or first token; JSON key; value)
        var entries: [(place: String, key: String, value: String)] = []
        for (token, documents) in zip(names, postings) {
            let idf = max(1e-6, log((n - Double(documents.count) + 0.5) / (Double(documents.count) + 0.5)))
            var scored: [(document: Int, score: Double, field: Int)] = documents.map { posting in
                // FTS5's bm25(): the fields' weighted frequencies summed, then saturated once
                // over the document's whole length.
                var f = 0.0
                for (i, weight) in weights.enumerated() { f += weight * Double(posting.frequencies[i]) }
                let score = idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * totals[posting.document] / average))
                return (posting.document, score, (0..<4).first { posting.frequencies[$0] > 0 } ?? 3)
            }
            // Postings come in document order: only a token in more documents than it keeps
            // needs sorting by score, then back by document.
            var kept = scored[...]
            if scored.count > Self.maxPostings {
                scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
                kept = scored.prefix(Self.maxPostings).sorted { $0.document < $1.document }[...]
            }
            // Documents as the difference from the previous one, score and field in one number.
            var previous = 0
            var list = "["
            for posting in kept {
                if list.utf8.count > 1 { list += "," }
                list += String(posting.document - previous) + "," + String(Int((posting.score * 100).rounded()) * 4 + posting.field)
                previous = posting.document
            }
            entries.append((token, token, list + "]"))
        }
        // The tokens of the words a learner may type, computed here with Snowball since the
        // browser has none: every word of the content and of the French and English
        // dictionaries (``SpellingDictionary``) whose token in a language occurs in that
        // language's documents, when it differs from the word ("externaliser" → "externalis").
        let languages: [UInt8] = postings.map { list in list.reduce(0) { $0 | UInt8(1 << ($1.document & 1)) } }
        func occurs(_ token: String, _ l: Int) -> Bool { numbers[token].map { languages[$0] & UInt8(1 << l) != 0 } ?? false }
        // A word is written to its own shard, and only with a token of that shard: a word
        // whose key no token has is skipped before stemming.
        let tokenKeys = Set(names.map(Self.key))
        // Word families, as the CLI's search adds them (SearchEngine, `familyRoot`): a correctly
        // spelt word of six letters or more also matches the tokens that start with its stem
        // less an adjective or noun ending ("disponible": disponibilité). Tokens sorted, to
        // find those of a root by binary search.
        let sortedTokens = (0..<2).map { l in names.indices.filter { languages[$0] & UInt8(1 << l) != 0 }.map { names[$0] }.sorted() }
        func family(_ word: String, _ l: Int, stem: String) -> [String] {
            guard word.utf8.count >= 6, let root = SearchTokens.familyRoot(ofStem: stem) else { return [] }
            let list = sortedTokens[l]
            var low = 0, high = list.count
            while low < high { let mid = (low + high) / 2; if list[mid] < root { low = mid + 1 } else { high = mid } }
            var out: [String] = []
            while low < list.count, list[low].hasPrefix(root), out.count < 8 { out.append(list[low]); low += 1 }
            return out
        }
        // `word`'s entry, given its stems in French and English and whether it is spelt right.
        func addWord(_ word: String, _ stems: [String], known: Bool) {
            let mapped = stems.enumerated().map { l, stem -> String? in
                let token = SearchTokens.encode(stem)
                return token != word && occurs(token, l) ? token : nil
            }
            let families =
                known
                ? stems.enumerated().map { l, stem in family(word, l, stem: stem).filter { $0 != mapped[l] && $0 != word } }
                : [[], []]
            let hasFamily = families.contains { !$0.isEmpty }
            // Only tokens in the word's own shard: the browser looks no further (a family's
            // tokens are looked for in their own shards).
            guard hasFamily || mapped.contains(where: { $0 != nil && Self.key($0!) == Self.key(word) }) else { return }
            var value = mapped.map { $0.map(JSON.string) ?? "0" }.joined(separator: ",")
            if hasFamily { value += "," + families.map { "[" + $0.map(JSON.string).joined(separator: ",") + "]" }.joined(separator: ",") }
            entries.append((word, "~" + word, "[" + value + "]"))
        }
        // The dictionaries' words come with their stems (``DictionaryWords``, cached between
        // runs); the content's other words are stemmed here, each once.
        let dictionary = SpellingDictionary.list
        for i in dictionary.words.indices where tokenKeys.contains(Self.key(dictionary.words[i])) {
            let word = dictionary.words[i]
            addWord(word, [dictionary.french[i], dictionary.english[i]], known: word.utf8.count >= 6)
        }
        let entrySet = SpellingDictionary.entries
        for word in contentWords where !word.isEmpty && !entrySet.contains(word) && tokenKeys.contains(Self.key(word)) {
            let stems = Language.allCases.map { tokens.stemmer($0).stem(word) }
            addWord(word, stems, known: word.utf8.count >= 6 && SpellingDictionary.knows(word))
        }
        for (joined, documents) in termTokens {
            let list = documents.sorted().prefix(Self.maxPostings).map(String.init).joined(separator: ",")
            entries.append((String(joined.prefix { $0 != " " }), "=" + joined, "[" + list + "]"))
        }
        var groups: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() { groups[Self.key(entry.place), default: []].append(i) }
        for (key, members) in groups { partition(key: key, members: members, entries: entries) }
        split.sort()
        let concepts = knowledgeBase.concepts
        for start in stride(from: 0, to: concepts.count, by: Self.docsPerChunk) {
            let rows = concepts[start..<min(concepts.count, start + Self.docsPerChunk)].map { concept in
                "[" + JSON.string(concept.id) + "," + JSON.string(concept.headword(.fr)) + ","
                    + JSON.string(concept.headword(.en)) + "]"
            }
            chunks[start / Self.docsPerChunk] = "GLOSSARY_DOCS(\(start / Self.docsPerChunk),[" + rows.joined(separator: ",") + "]);\n"
        }
    }

    private mutating func partition(key: String, members: [Int], entries: [(place: String, key: String, value: String)]) {
        let bytes = members.reduce(0) { $0 + entries[$1].key.utf8.count + entries[$1].value.utf8.count + 4 }
        let length = key.count
        if bytes <= Self.shardBudget || length >= Self.maxKeyLength {
            write(key, members, entries)
            return
        }
        split.append(key)
        var own: [Int] = [], children: [String: [Int]] = [:]
        for member in members {
            let place = entries[member].place
            if place.count <= length { own.append(member) } else { children[String(place.prefix(length + 1)), default: []].append(member) }
        }
        if !own.isEmpty { write(key, own, entries) }
        for (child, list) in children { partition(key: child, members: list, entries: entries) }
    }

    private mutating func write(_ key: String, _ members: [Int], _ entries: [(place: String, key: String, value: String)]) {
        let body = members.map { entries[$0] }.sorted { $0.key < $1.key }
            .map { JSON.string($0.key) + ":" + $0.value }.joined(separator: ",")
        shards[key] = "GLOSSARY_RANKED(" + JSON.string(key) + ",{" + body + "});\n"
    }

    /// A token's shard key: its first four characters (tokens are `[a-z0-9]`, see
    /// ``SearchTokens``). search.js looks a word up under its own first four letters, where
    /// every token that can stand for it (itself, or a prefix of four letters or more) is.
    static let keyLength = 4
    static func key(_ token: String) -> String { String(token.prefix(keyLength)) }

    /// The document chunks' files (the ranked shards are packed with the term shards by
    /// ``SearchIndex``), by name in the site's `search/` folder.
    func documentFiles() -> [(name: String, contents: String)] {
        chunks.keys.sorted().map { ("d-\($0).js", chunks[$0]!) }
    }

    /// The keys that have a shard, for the manifest.
    var keys: [String] { shards.keys.sorted() }
}
