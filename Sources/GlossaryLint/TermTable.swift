import GlossaryModel

/// Every term of one language as a trie of folded, stemmed words: the multi-pattern automaton
/// `glossary lint` runs over a document, one step per word, so a document is read once
/// whatever the number of terms.
///
/// Words are interned to integers; an edge is a (node, word) pair packed into one `UInt64`.
struct TermTable {
    /// One term that ends at a node.
    struct Entry {
        var concept: Int
        var term: Term
        /// The term as written, when it must match with its case (an acronym that is also an
        /// ordinary word of the language, or any acronym when no word list is at hand).
        var exactText: [UInt8]?
        /// The hashes of the folded acronym and of its plural, one of which a word must have:
        /// an acronym is not a word whose endings vary ("SSIIX" is not "SSII").
        var acronym: (singular: UInt64, plural: UInt64)?

        /// Whether the word `raw` (its bytes), folded to the hash `word`, can be this term.
        func fits(raw: ArraySlice<UInt8>, word: UInt64) -> Bool {
            if let exactText { return raw.elementsEqual(exactText) || raw.elementsEqual(exactText + [0x73]) }
            if let acronym { return word == acronym.singular || word == acronym.plural }
            return true
        }
    }

    let language: Language
    /// Word ids by the FNV-1a hash of the normalized word (see ``ProseToken``).
    private(set) var words: [UInt64: UInt32] = [:]
    private(set) var edges: [UInt64: UInt32] = [:]
    private(set) var entries: [UInt32: [Entry]] = [:]
    private(set) var nodeCount: UInt32 = 1
    /// The most words in one term.
    private(set) var longest = 0

    /// A folded word as the table keys it: plural and inflection endings removed, so that
    /// « délocalisations » meets « délocalisation ».
    /// (``ProseToken`` applies the same rule to ASCII words byte by byte.)
    static func normalize(_ folded: String) -> String {
        TextFolding.stem(folded)
    }

    /// An acronym by its type, or by its spelling: two or more capitals and digits.
    static func isAcronym(_ term: Term) -> Bool {
        term.type == .acronym || (term.text.count > 1 && term.text.allSatisfy { $0.isUppercase || $0.isNumber })
    }

    /// `isOrdinaryWord` tells whether a folded acronym is also a word of the language (nil:
    /// unknown, taken as yes, so the acronym matches only with its own case).
    init(concepts: [Concept], language: Language, isOrdinaryWord: (String) -> Bool?) {
        self.language = language
        for (c, concept) in concepts.enumerated() {
            for term in concept[language].terms {
                let folded = TextFolding.words(term.text).map { Self.normalize($0) }
                guard !folded.isEmpty else { continue }
                let isAcronym = Self.isAcronym(term)
                var exact: [UInt8]?
                if isAcronym, folded.count == 1, isOrdinaryWord(TextFolding.fold(term.text)) ?? true {
                    exact = Array(term.text.utf8)
                }
                let acronym = TextFolding.fold(term.text)
                insert(
                    folded,
                    Entry(
                        concept: c, term: term, exactText: exact,
                        acronym: isAcronym && folded.count == 1 ? (FNV1a.hash(acronym), FNV1a.hash(acronym + "s")) : nil))
            }
        }
    }

    private mutating func insert(_ path: [String], _ entry: Entry) {
        var node: UInt32 = 0
        for word in path.map(FNV1a.hash) {
            let id: UInt32
            if let known = words[word] { id = known } else { id = UInt32(words.count); words[word] = id }
            let key = UInt64(node) << 32 | UInt64(id)
            if let next = edges[key] { node = next } else { node = nodeCount; edges[key] = node; nodeCount += 1 }
        }
        entries[node, default: []].append(entry)
        longest = max(longest, path.count)
    }

    /// The word's id, if any term has the word (`stem`: the hash of its normalized form).
    func word(_ stem: UInt64) -> UInt32? { words[stem] }

    func child(_ node: UInt32, _ word: UInt32) -> UInt32? { edges[UInt64(node) << 32 | UInt64(word)] }

    func terms(at node: UInt32) -> [Entry]? { entries[node] }
}
