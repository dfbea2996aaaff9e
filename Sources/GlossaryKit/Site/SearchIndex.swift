/// The site's search index: every term of both languages, folded at build time by
/// ``TextFolding`` so the browser only folds the query, split into shards by the first two
/// letters of each word, plus the vocabulary of stemmed words for typo correction, split by
/// word length. The page loads a small manifest, then only the shard of the word being typed
/// (and, when nothing matches, the vocabulary of similar lengths), so the first query costs a
/// fraction of the whole index.
///
/// A term sits in the shard of its compact form (for exact and prefix matches) and in the
/// shard of each of its stemmed words (for matches on every word), so one shard holds every
/// candidate for a query.
struct SearchIndex {
    /// One shard: the concepts its terms belong to, and the terms.
    struct Shard {
        /// `[id, French headword, English headword]`.
        var concepts: [[String]] = []
        var conceptSlots: [String: Int] = [:]
        /// `[concept slot, language (0 fr, 1 en), status (0 preferred … 3 obsolete), text, folded]`.
        var terms: [(slot: Int, language: Int, status: Int, text: String, folded: String)] = []
        var termKeys: Set<String> = []
    }

    var shards: [String: Shard] = [:]
    /// Stemmed vocabulary words by length in Unicode scalars, most frequent first.
    var vocabulary: [Int: [String]] = [:]
    var termCount = 0

    init(knowledgeBase: KnowledgeBase) {
        var counts: [String: Int] = [:]
        for concept in knowledgeBase.concepts {
            for language in Language.allCases {
                for term in concept[language].terms {
                    let folded = TextFolding.fold(term.text)
                    let words = folded.split(separator: " ").map(String.init)
                    guard !words.isEmpty else { continue }
                    let stems = words.map(TextFolding.stem)
                    for stem in stems { counts[stem, default: 0] += 1 }
                    if words.count > 1 { counts[words.joined(), default: 0] += 1 }
                    var keys = Set([Self.key(words.joined())])
                    for stem in stems { keys.insert(Self.key(stem)) }
                    termCount += 1
                    for key in keys {
                        var shard = shards[key] ?? Shard()
                        let slot: Int
                        if let existing = shard.conceptSlots[concept.id] { slot = existing } else {
                            slot = shard.concepts.count
                            shard.conceptSlots[concept.id] = slot
                            shard.concepts.append([concept.id, concept.headword(.fr), concept.headword(.en)])
                        }
                        let status = TermStatus.allCases.firstIndex(of: term.status) ?? 1
                        let termKey = "\(slot)|\(language.rawValue)|\(term.text)"
                        if shard.termKeys.insert(termKey).inserted {
                            shard.terms.append((slot, language == .fr ? 0 : 1, status, term.text, folded))
                        }
                        shards[key] = shard
                    }
                }
            }
        }
        for (word, _) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            vocabulary[word.unicodeScalars.count, default: []].append(word)
        }
    }

    /// The shard key of a folded word: its first two Unicode scalars.
    static func key(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.prefix(2))) }

    /// The file name of a shard (search.js computes the same): the key itself when it is
    /// ASCII letters and digits, else `u` and its scalars in hexadecimal.
    static func fileName(forKey key: String) -> String {
        let plain = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return plain ? "s-\(key).js" : "s-u" + key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-") + ".js"
    }

    /// The files of the index, by path relative to the site's `search/` folder.
    func files() -> [(name: String, contents: String)] {
        var files: [(String, String)] = []
        let keys = shards.keys.sorted()
        let lengths = vocabulary.keys.sorted()
        files.append(("index.js", "window.GLOSSARY_INDEX={\"v\":1,\"terms\":\(termCount),\"shards\":[" + keys.map(Self.json).joined(separator: ",")
                      + "],\"vocab\":[" + lengths.map(String.init).joined(separator: ",") + "]};\n"))
        for key in keys {
            let shard = shards[key]!
            var out = "GLOSSARY_SHARD(" + Self.json(key) + ",{\"c\":["
            out += shard.concepts.map { "[" + $0.map(Self.json).joined(separator: ",") + "]" }.joined(separator: ",")
            out += "],\"t\":["
            out += shard.terms.map { t in
                "[\(t.slot),\(t.language),\(t.status)," + Self.json(t.text) + "," + (t.folded == t.text ? "0" : Self.json(t.folded)) + "]"
            }.joined(separator: ",")
            out += "]});\n"
            files.append((Self.fileName(forKey: key), out))
        }
        for length in lengths {
            files.append(("v-\(length).js", "GLOSSARY_VOCAB(\(length)," + Self.json(vocabulary[length]!.joined(separator: " ")) + ");\n"))
        }
        return files
    }

    /// A JSON string literal; `<` is escaped too, so the text is also safe inside HTML.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
