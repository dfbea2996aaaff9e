import GlossaryModel

/// What one concept puts in the index besides its relations and passages: its record, and its
/// terms already folded and stemmed, and its words for the typo vocabulary. Computing these
/// needs nothing but the concept, so ``IndexBuilder`` prepares them on every core.
package struct ConceptRows: Sendable {
    struct TermRow: Sendable {
        var language: Language
        var position: Int
        var text: String
        var status: TermStatus
        /// The folded term without spaces ("soustraitance").
        var compact: String
        /// The same, each word without its plural ending.
        var stemCompact: String
        /// The stemmed words, space-separated: what FTS5 indexes.
        var stemmed: String
        /// The term's ``SearchTokens`` in its language, space-separated.
        var tokens: String
    }

    var record: [UInt8]
    var terms: [TermRow] = []
    /// Stemmed term and keyword words, and the compact form of terms of several words, each with how it
    /// is written in the term (lowercase, accents kept; acronyms as they are).
    var vocabulary: [(word: String, surface: String)] = []

    /// The rows of `concept`, its words made tokens by `searchTokens` (one per thread).
    init(_ concept: Concept, tokens searchTokens: SearchTokens) {
        record = ConceptRecord.encode(concept)
        for language in Language.allCases {
            for (position, term) in concept[language].terms.enumerated() {
                let words = TextFolding.words(term.text)
                let stems = words.map(TextFolding.stem)
                terms.append(
                    TermRow(
                        language: language, position: position, text: term.text, status: term.status,
                        compact: words.joined(), stemCompact: stems.joined(), stemmed: stems.joined(separator: " "),
                        tokens: searchTokens.tokens(term.text, language).joined(separator: " ")))
            }
        }
        vocabulary = Self.vocabulary(of: concept)
    }

    /// The typo vocabulary a concept brings, in both languages: each term word without its
    /// plural ending, the compact form of terms of several words, and the meaningful words of
    /// keywords, each with how it is written (lowercase, accents kept; acronyms as they are).
    /// The website's search corrects to the same words (GlossarySite's `SearchIndex`).
    package static func vocabulary(of concept: Concept) -> [(word: String, surface: String)] {
        vocabulary(of: concept, surfaces: true)
    }

    /// The words of ``vocabulary(of:)`` alone, in the same order: the website's index needs no
    /// surface, and splitting and casing the terms as written is most of the cost.
    package static func vocabularyWords(of concept: Concept) -> [String] {
        vocabulary(of: concept, surfaces: false).map(\.word)
    }

    /// ``vocabulary(of:)``, with empty surfaces unless `surfaces`.
    private static func vocabulary(of concept: Concept, surfaces: Bool) -> [(word: String, surface: String)] {
        var vocabulary: [(word: String, surface: String)] = []
        for language in Language.allCases {
            for term in concept[language].terms {
                let words = TextFolding.words(term.text)
                let written = surfaces ? Self.writtenWords(term.text) : []
                for (i, word) in words.enumerated() {
                    vocabulary.append((TextFolding.stem(word), !surfaces ? "" : written.count == words.count ? written[i] : word))
                }
                if words.count > 1 { vocabulary.append((words.joined(), surfaces ? Self.lowercased(term.text) : "")) }
            }
            // Learners' phrasings: their meaningful words may be corrected to as well.
            for keyword in concept[language].keywords {
                let words = TextFolding.words(keyword), written = surfaces ? Self.writtenWords(keyword) : []
                for (i, word) in words.enumerated() where !StopWords.contains(word) {
                    vocabulary.append((TextFolding.stem(word), !surfaces ? "" : written.count == words.count ? written[i] : word))
                }
            }
        }
        return vocabulary
    }

    /// The words of a term as written, split where folding splits them.
    static func writtenWords(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map { lowercased(String($0)) }
    }

    /// Lowercase, unless the word is an acronym (two capitals or more).
    static func lowercased(_ word: String) -> String {
        word.filter(\.isUppercase).count >= 2 ? word : word.lowercased()
    }
}
