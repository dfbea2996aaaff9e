import GlossaryModel

/// What one concept puts in the index besides its relations and passages: its record, and its
/// terms already folded and stemmed, and its words for the typo vocabulary. Computing these
/// needs nothing but the concept, so ``IndexBuilder`` prepares them on every core.
struct ConceptRows: Sendable {
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
    }

    var record: [UInt8]
    var terms: [TermRow] = []
    /// Stemmed term words, and the compact form of terms of several words.
    var vocabulary: [String] = []

    init(_ concept: Concept) {
        record = ConceptRecord.encode(concept)
        for language in Language.allCases {
            for (position, term) in concept[language].terms.enumerated() {
                let words = TextFolding.words(term.text)
                let stems = words.map(TextFolding.stem)
                terms.append(TermRow(language: language, position: position, text: term.text, status: term.status,
                                     compact: words.joined(), stemCompact: stems.joined(), stemmed: stems.joined(separator: " ")))
                vocabulary += stems
                if words.count > 1 { vocabulary.append(words.joined()) }
            }
        }
    }
}
