/// What one concept puts in the index besides its relations: its record, its terms and
/// passages already folded and stemmed, and its words for the typo vocabulary. Computing
/// these is most of an index build's work and needs nothing but the concept and the
/// knowledge base, so ``IndexBuilder`` prepares them on every core.
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

    struct PassageRow: Sendable {
        var language: Language
        var kind: SearchMatch.Kind
        /// Plain text, `[[id]]` links replaced by headwords.
        var text: String
        var stemmed: String
    }

    var record: [UInt8]
    var terms: [TermRow] = []
    var passages: [PassageRow] = []
    /// Stemmed term words, and the compact form of terms of several words.
    var vocabulary: [String] = []

    init(_ concept: Concept, in kb: KnowledgeBase) {
        record = ConceptRecord.encode(concept)
        for language in Language.allCases {
            let section = concept[language]
            for (position, term) in section.terms.enumerated() {
                let words = TextFolding.words(term.text)
                let stems = words.map(TextFolding.stem)
                terms.append(TermRow(language: language, position: position, text: term.text, status: term.status,
                                     compact: words.joined(), stemCompact: stems.joined(), stemmed: stems.joined(separator: " ")))
                vocabulary += stems
                if words.count > 1 { vocabulary.append(words.joined()) }
            }
            let texts = [(SearchMatch.Kind.definition, section.definition)] + section.notes.map { (.note, $0) }
                + section.examples.map { (.example, $0) } + concept.contrasts.map { (.contrast, $0[language]) }
            for (kind, markdown) in texts where !markdown.isEmpty {
                let plain = kb.plainText(markdown, language: language)
                passages.append(PassageRow(language: language, kind: kind, text: plain, stemmed: TextFolding.stemmed(plain)))
            }
        }
    }
}
