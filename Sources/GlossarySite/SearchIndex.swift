import Foundation
import GlossaryModel
import GlossaryStore

/// The site's search index: every term of both languages, folded at build time by
/// ``TextFolding`` so the browser only folds the query, split into shards by word prefix, plus
/// the vocabulary of stemmed words for typo correction, split by word length and first letter,
/// and the ranked-retrieval index over whole concepts (``RankedIndex``). A page loads a small
/// manifest, then only the shards its query's words name, so a query costs a fraction of the
/// whole index (see BENCHMARKS.md: about 60–130 kB for a first query at 10 000 concepts).
///
/// Each term is indexed under its compact form (for exact and prefix matches) and under each
/// of its stemmed words (for matches on every word). Index words are grouped by their first
/// two letters; a group larger than ``shardBudget`` is split by one more letter, recursively,
/// and the words no longer than the split prefix stay in a small shard of their own under
/// that prefix ("si" holds "SI"; "sia"…, "sib"… hold the longer words). search.js walks
/// the same tree from the key files' `ss` lists (the keys split by one more letter), so one
/// shard holds every candidate for a query.
/// Files are written packed (``SearchPack``): several of a prefix to a file, as its key file says.
struct SearchIndex {
    /// Bytes a shard may reach before it is split by one more letter.
    static let shardBudget = 5_000
    static let maxKeyLength = 8

    struct Entry {
        var concept: Int
        var language: Int
        var status: Int
        var text: String
        var folded: String
        var bytes: Int { text.utf8.count + (folded == text ? 1 : folded.utf8.count) + 12 }
        /// The entry's JSON after its concept slot: `,language,status,text,folded or 0]`,
        /// written once although the entry is in the shard of each of its words.
        var jsonTail: String {
            ",\(language),\(status)," + JSON.string(text) + "," + (folded == text ? "0" : JSON.string(folded)) + "]"
        }
    }

    /// What the shards repeat, computed once: each entry's JSON tail, concept and size, and
    /// each concept's `[id, French headword, English headword]` (nil until a shard needs it).
    private struct SharedJSON {
        var entries: [String]
        var concepts: [String?]
        let entryConcepts: [Int]
        let entryBytes: [Int]

        mutating func concept(_ index: Int, _ knowledgeBase: KnowledgeBase) -> String {
            if let known = concepts[index] { return known }
            let concept = knowledgeBase.concepts[index]
            let json =
                "[" + JSON.string(concept.id) + "," + JSON.string(concept.headword(.fr)) + ","
                + JSON.string(concept.headword(.en)) + "]"
            concepts[index] = json
            return json
        }
    }

    /// One shard's file contents, by key.
    var shards: [String: String] = [:]
    /// Keys whose words were split further by one more letter.
    var split: [String] = []
    /// Stemmed vocabulary words by length in Unicode scalars and first letter (key `n-c`),
    /// most frequent first. A typo's candidates are looked for among words of its first letter
    /// only, so a misspelt query loads a few small files at any size of content (a typo in the
    /// first letter is not corrected).
    var vocabulary: [String: [String]] = [:]
    /// The same words by length and second and third letters (key `n-xy`): a typo in the first
    /// letter is looked for among them (``vocabularyFileName(_:second:)``): a first letter
    /// dropped ("nfogérance": words whose second and third letters are the typo's first two)
    /// or changed (the typo's second and third).
    var secondLetter: [String: [String]] = [:]
    var termCount = 0
    /// The French and English word lists, so a real word is never corrected.
    var spelling = SpellingFilter.installed()
    /// Ranked retrieval over whole concepts (terms, keywords, definitions, notes).
    var ranked: RankedIndex

    init(knowledgeBase: KnowledgeBase) {
        ranked = RankedIndex(knowledgeBase: knowledgeBase)
        var counts: [String: Int] = [:]
        var entries: [Entry] = []
        /// (index word, entry number), one per distinct word of a term.
        var postings: [(word: [Unicode.Scalar], entry: Int)] = []
        for (c, concept) in knowledgeBase.concepts.enumerated() {
            // The CLI's typo vocabulary (ConceptRows). How terms write a corrected word, the page
            // reads in the term shards it loads to run the correction.
            for word in ConceptRows.vocabularyWords(of: concept) { counts[word, default: 0] += 1 }
            for language in Language.allCases {
                for term in concept[language].terms {
                    let folded = TextFolding.fold(term.text)
                    let words = folded.split(separator: " ").map(String.init)
                    guard !words.isEmpty else { continue }
                    let stems = words.map(TextFolding.stem)
                    let status = TermStatus.allCases.firstIndex(of: term.status) ?? 1
                    let number = entries.count
                    entries.append(Entry(concept: c, language: language == .fr ? 0 : 1, status: status, text: term.text, folded: folded))
                    // One-letter words ("d", "l" of "d'", "l'") are in half the French terms and
                    // are never a query's only word of two letters or more: no posting.
                    for word in Set([words.joined()] + stems) where word.unicodeScalars.count >= 2 || words.count == 1 {
                        postings.append((Array(word.unicodeScalars), number))
                    }
                    termCount += 1
                }
            }
        }
        var groups: [String: [Int]] = [:]
        for (i, posting) in postings.enumerated() { groups[Self.key(posting.word, length: 2), default: []].append(i) }
        var shared = SharedJSON(
            entries: entries.map(\.jsonTail), concepts: Array(repeating: nil, count: knowledgeBase.concepts.count),
            entryConcepts: entries.map(\.concept), entryBytes: entries.map(\.bytes))
        for (key, members) in groups {
            partition(key: key, members: members, postings: postings, shared: &shared, knowledgeBase: knowledgeBase)
        }
        split.sort()
        for (word, _) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            vocabulary[Self.vocabularyKey(word), default: []].append(word)
            let scalars = Array(word.unicodeScalars)
            if scalars.count > 2 {
                secondLetter["\(scalars.count)-" + String(String.UnicodeScalarView(scalars[1...2])), default: []].append(word)
            }
        }
    }

    private mutating func partition(
        key: String, members: [Int], postings: [(word: [Unicode.Scalar], entry: Int)],
        shared: inout SharedJSON, knowledgeBase: KnowledgeBase
    ) {
        let distinct = Self.distinctSorted(members.map { postings[$0].entry })
        let bytes = distinct.reduce(0) { $0 + shared.entryBytes[$1] }
        let length = key.unicodeScalars.count
        if bytes <= Self.shardBudget || length < 2 || length >= Self.maxKeyLength {
            shards[key] = Self.shard(key, distinct, shared: &shared, knowledgeBase: knowledgeBase)
            return
        }
        split.append(key)
        var own: [Int] = []
        var children: [String: [Int]] = [:]
        // The words of a group nearly always start with the same scalars: then they are grouped
        // by their next scalar, and a key made once per child rather than once per word (a
        // String per word and level was most of this function). Otherwise (keys equal as
        // strings but not as scalars), each word's key is made.
        let first = postings[members[0]].word.prefix(length)
        if members.allSatisfy({ postings[$0].word.prefix(length).elementsEqual(first) }) {
            var next: [Unicode.Scalar: [Int]] = [:]
            for member in members {
                let word = postings[member].word
                if word.count <= length { own.append(member) } else { next[word[length], default: []].append(member) }
            }
            for (_, list) in next { children[Self.key(postings[list[0]].word, length: length + 1), default: []] += list }
        } else {
            for member in members {
                let word = postings[member].word
                if word.count <= length { own.append(member) } else { children[Self.key(word, length: length + 1), default: []].append(member) }
            }
        }
        if !own.isEmpty {
            shards[key] = Self.shard(key, Self.distinctSorted(own.map { postings[$0].entry }), shared: &shared, knowledgeBase: knowledgeBase)
        }
        for (child, members) in children {
            partition(key: child, members: members, postings: postings, shared: &shared, knowledgeBase: knowledgeBase)
        }
    }

    /// `numbers` sorted, each once.
    private static func distinctSorted(_ numbers: [Int]) -> [Int] {
        var sorted = numbers.sorted()
        var kept = 0
        for number in sorted where kept == 0 || sorted[kept - 1] != number {
            sorted[kept] = number
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// `GLOSSARY_SHARD(key, {c: [[id, French headword, English headword]…], t: [[concept slot,
    /// language (0 fr, 1 en), status (0 preferred … 3 obsolete), text, folded or 0 when equal]…]})`.
    private static func shard(_ key: String, _ numbers: [Int], shared: inout SharedJSON, knowledgeBase: KnowledgeBase) -> String {
        var slots: [Int: Int] = [:]
        var concepts = "", terms = ""
        for number in numbers {
            let concept = shared.entryConcepts[number]
            let slot: Int
            if let known = slots[concept] {
                slot = known
            } else {
                slot = slots.count
                slots[concept] = slot
                if slot > 0 { concepts += "," }
                concepts += shared.concept(concept, knowledgeBase)
            }
            if !terms.isEmpty { terms += "," }
            terms += "[" + String(slot) + shared.entries[number]
        }
        return "GLOSSARY_SHARD(" + JSON.string(key) + ",{\"c\":[" + concepts + "],\"t\":[" + terms + "]});\n"
    }

    /// The first `length` Unicode scalars of a folded word.
    static func key(_ word: [Unicode.Scalar], length: Int) -> String {
        // Encoded to UTF-8 by hand: appending scalars to a String one by one costs thousands
        // of instructions per key, and there is a key per posting and per split.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * length) { buffer in
            var count = 0
            for scalar in word.prefix(length) {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The shard key of a folded word, following the splits (as search.js does).
    func key(for word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        var length = 2
        let splits = Set(split)
        while length < scalars.count, splits.contains(Self.key(scalars, length: length)) { length += 1 }
        return Self.key(scalars, length: length)
    }

    /// The file name of a shard (search.js computes the same): the key itself when it is
    /// ASCII letters and digits, else `u` and its scalars in hexadecimal.
    static func fileName(forKey key: String) -> String { "s-" + encoded(key) + ".js" }

    /// The vocabulary key of a word: its length in Unicode scalars and its first scalar.
    static func vocabularyKey(_ word: String) -> String {
        "\(word.unicodeScalars.count)-" + String(word.unicodeScalars.first.map(Character.init) ?? " ")
    }

    /// `v-<n>-<letter>.js` (`w-<n>-<two letters>.js` for the second-letter files), letters as
    /// `u` and their hexadecimal codes when they are not ASCII alphanumeric (search.js computes
    /// the same).
    static func vocabularyFileName(_ key: String, second: Bool = false) -> String {
        let parts = key.split(separator: "-", maxSplits: 1)
        let letters = parts.count > 1 ? String(parts[1]) : " "
        return (second ? "w-" : "v-") + "\(parts[0])-" + encoded(letters) + ".js"
    }

    /// A key as a file name: itself when it is ASCII letters and digits, else `u` and its
    /// scalars in hexadecimal, dash-separated (search.js `encoded`).
    static func encoded(_ key: String) -> String {
        let plain = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return plain ? key : "u" + key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    /// The key file prefix of a key: its first two Unicode scalars (one for a one-letter key).
    static func prefix(_ key: String) -> String { String(String.UnicodeScalarView(key.unicodeScalars.prefix(2))) }

    /// The 36 × 36 two-letter prefixes of `[a-z0-9]`, in index.js's bitmap order.
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".unicodeScalars)

    /// The term, ranked and second-letter vocabulary files of each two-letter prefix, packed
    /// (``SearchPack``): term and ranked files by key (at one key, the term file first), then
    /// the vocabulary files by length.
    func prefixPacks() -> [String: [SearchPack]] {
        var members: [String: [(order: (Int, String, Int), member: SearchPack.Member)]] = [:]
        for (key, contents) in shards {
            members[Self.prefix(key), default: []].append(((0, key, 0), .init(code: "s:" + key, name: Self.fileName(forKey: key), contents: contents)))
        }
        for (key, contents) in ranked.shards {
            members[Self.prefix(key), default: []].append(((0, key, 1), .init(code: "r:" + key, name: "r-\(key).js", contents: contents)))
        }
        for (key, words) in secondLetter {
            let parts = key.split(separator: "-", maxSplits: 1)
            let file = vocabularyFile(key, words, second: true)
            members[String(parts[1]), default: []].append(((1, "", Int(parts[0]) ?? 0), .init(code: "w:" + parts[0], name: file.name, contents: file.contents)))
        }
        return members.mapValues { list in SearchPack.packs(list.sorted { $0.order < $1.order }.map(\.member)) }
    }

    /// The key files: for each two-letter prefix, the keys of every file of the index that
    /// starts with it (`s` term shards, `ss` their splits, `r` ranked shards, `rs` their
    /// splits, `w` the lengths of the second-letter vocabulary files of these two letters, `b`
    /// the spelling filters that hold words starting so), space-separated, and the packs of
    /// more than one of these files (`p`: each file as `s:key`, `r:key` or `w:length`,
    /// space-separated, packs separated by `|`; the first file's name is the pack's).
    /// search.js loads the one of each word's first two letters before any other file of the
    /// word, and asks for no file that does not exist.
    func keyFiles(packs: [String: [SearchPack]]) -> [String: String] {
        var lists: [String: [String: [String]]] = [:]
        func add(_ kind: String, _ value: String, prefix: String) {
            guard !prefix.isEmpty else { return }
            lists[prefix, default: [:]][kind, default: []].append(value)
        }
        for key in shards.keys { add("s", key, prefix: Self.prefix(key)) }
        for key in split { add("ss", key, prefix: Self.prefix(key)) }
        for key in ranked.shards.keys { add("r", key, prefix: Self.prefix(key)) }
        for key in ranked.split { add("rs", key, prefix: Self.prefix(key)) }
        for key in secondLetter.keys {
            let parts = key.split(separator: "-", maxSplits: 1)
            add("w", String(parts[0]), prefix: String(parts[1]))
        }
        for (start, prefixes) in spelling.prefixes { for prefix in prefixes { add("b", start, prefix: prefix) } }
        var files: [String: String] = [:]
        for (prefix, kinds) in lists {
            var body = kinds.keys.sorted().map { JSON.string($0) + ":" + JSON.string(Set(kinds[$0]!).sorted().joined(separator: " ")) }
            let packed = (packs[prefix] ?? []).filter { $0.members.count > 1 }
            if !packed.isEmpty {
                body.append("\"p\":" + JSON.string(packed.map { $0.members.map(\.code).joined(separator: " ") }.joined(separator: "|")))
            }
            files[prefix] = "GLOSSARY_KEYS(" + JSON.string(prefix) + ",{" + body.joined(separator: ",") + "});\n"
        }
        return files
    }

    /// The key files, for tests.
    func keyFiles() -> [String: String] { keyFiles(packs: prefixPacks()) }

    /// Which key files exist, for index.js: a bitmap over the two-letter prefixes of `[a-z0-9]`
    /// (bit `36 × first + second`, base64), and the other prefixes listed.
    static func keyBitmap(_ prefixes: [String]) -> (bits: String, others: [String]) {
        var bytes = [UInt8](repeating: 0, count: (alphabet.count * alphabet.count + 7) / 8)
        var others: [String] = []
        for prefix in prefixes {
            let scalars = Array(prefix.unicodeScalars)
            if scalars.count == 2, let a = alphabet.firstIndex(of: scalars[0]), let b = alphabet.firstIndex(of: scalars[1]) {
                let bit = a * alphabet.count + b
                bytes[bit >> 3] |= 1 << UInt8(bit & 7)
            } else {
                others.append(prefix)
            }
        }
        return (Data(bytes).base64EncodedString(), others.sorted())
    }

    /// The longest vocabulary word of each first letter: every `v-` file from length 1 to it
    /// exists (empty when no word has that length), so the page needs no list of them.
    var vocabularyLengths: [String: Int] {
        var out: [String: Int] = [:]
        for key in vocabulary.keys {
            let parts = key.split(separator: "-", maxSplits: 1)
            out[String(parts[1]), default: 0] = max(out[String(parts[1])] ?? 0, Int(parts[0]) ?? 0)
        }
        return out
    }

    /// A vocabulary file's name and contents (``vocabularyFileName(_:second:)``).
    func vocabularyFile(_ key: String, _ words: [String], second: Bool) -> (name: String, contents: String) {
        (
            Self.vocabularyFileName(key, second: second),
            "GLOSSARY_VOCAB(" + JSON.string((second ? "2:" : "") + key) + "," + JSON.string(words.joined(separator: " ")) + ");\n"
        )
    }

    /// The index's files as written, and the file that holds each packed one (``SearchPack``),
    /// by the name search.js asks for.
    struct Layout {
        /// Each file's name and contents, packs as one file.
        var files: [(name: String, contents: String)] = []
        /// The pack's file name of every file in a pack but its first.
        var holder: [String: String] = [:]
    }

    /// The files of the index, by path relative to the site's `search/` folder.
    func files() -> [(name: String, contents: String)] { layout().files }

    /// The files of the index and where each packed file went (``files()`` is its `files`).
    func layout() -> Layout {
        var layout = Layout()
        func add(_ packs: [SearchPack]) {
            for pack in packs {
                layout.files.append((pack.name, pack.members.count == 1 ? pack.members[0].contents : pack.contents))
                for member in pack.members.dropFirst() { layout.holder[member.name] = pack.name }
            }
        }
        let packs = prefixPacks()
        let keys = keyFiles(packs: packs)
        let bitmap = Self.keyBitmap(Array(keys.keys))
        // On every page: which key files exist, and the number of `d-` files.
        layout.files.append(
            (
                "index.js",
                "window.GLOSSARY_INDEX={\"v\":5,\"terms\":\(termCount),\"docs\":\(ranked.chunks.count)"
                    + ",\"k\":" + JSON.string(bitmap.bits) + ",\"ku\":" + JSON.string(bitmap.others.joined(separator: " ")) + "};\n"
            ))
        // The vocabulary files of each first letter, from length 1 to the longest, packed.
        let lengths = vocabularyLengths
        var vocabularyPacks: [(letter: String, packs: [SearchPack])] = []
        for (letter, longest) in lengths.sorted(by: { $0.key < $1.key }) {
            let members = (1...max(1, longest)).map { n -> SearchPack.Member in
                let key = "\(n)-" + letter
                let file = vocabularyFile(key, vocabulary[key] ?? [], second: false)
                return SearchPack.Member(code: String(n), name: file.name, contents: file.contents)
            }
            vocabularyPacks.append((letter, SearchPack.packs(members)))
        }
        // With the first query: the lists that read a query, the vocabulary's longest word by
        // first letter, and the first length of each pack of vocabulary files.
        let vmax = lengths.keys.sorted().map { JSON.string($0) + ":" + String(lengths[$0]!) }.joined(separator: ",")
        let vp = vocabularyPacks.filter { $0.packs.count < $0.packs.reduce(0) { $0 + $1.members.count } }.map { letter, packs in
            JSON.string(letter) + ":" + JSON.string(packs.map(\.members[0].code).joined(separator: " "))
        }
        layout.files.append(
            (
                "q.js",
                "GLOSSARY_QUERY({\"words\":" + Self.queryWords + ",\"vmax\":{" + vmax + "},\"vp\":{"
                    + vp.joined(separator: ",") + "}});\n"
            ))
        for (prefix, contents) in keys { layout.files.append(("k-" + Self.encoded(prefix) + ".js", contents)) }
        for prefix in packs.keys.sorted() where !prefix.isEmpty { add(packs[prefix]!) }
        // Files of no prefix (none in practice) are no key file's, and never packed.
        for pack in packs[""] ?? [] { for member in pack.members { layout.files.append((member.name, member.contents)) } }
        layout.files += ranked.documentFiles()
        layout.files += spelling.files()
        for (_, packs) in vocabularyPacks { add(packs) }
        return layout
    }

    /// The CLI's lists for reading a query (``StopWords``), as JSON for search.js: stop words,
    /// leading articles, comparison words, question frames and translation intents (phrase and
    /// target language, "" for either), so the site reads a query as `glossary search` does.
    static let queryWords: String = {
        func list(_ words: [String]) -> String { "[" + words.map(JSON.string).joined(separator: ",") + "]" }
        let frames = StopWords.questionFrames.map { list([$0.joined(separator: " ")]) }
        let intents = StopWords.translationIntents.map {
            "[" + JSON.string($0.phrase.joined(separator: " ")) + "," + JSON.string($0.target?.rawValue ?? "") + "]"
        }
        return "{\"stop\":" + list(StopWords.french.union(StopWords.english).sorted())
            + ",\"articles\":" + list(StopWords.leadingArticles.sorted())
            + ",\"alternatives\":" + list(StopWords.alternatives.sorted())
            + ",\"frames\":[" + frames.map { String($0.dropFirst().dropLast()) }.joined(separator: ",") + "]"
            + ",\"intents\":[" + intents.joined(separator: ",") + "]}"
    }()
}
