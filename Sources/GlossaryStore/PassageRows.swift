import GlossaryModel

/// Every definition, note, example and contrast of a knowledge base as the index stores it,
/// and the ranked-retrieval document of each concept in each language (``ConceptDocument``).
///
/// Passages are kept for snippets: a search that ranked a concept by the words of its texts
/// shows the passage those words are in. Rowids follow concept order.
struct PassageRows: Sendable {
    struct Row: Sendable {
        var conceptID: String
        var language: Language
        var kind: PassageKind
        /// Plain text, `[[id]]` links replaced by headwords.
        var text: String
    }

    /// In rowid order: the row at offset `i` gets rowid `i + 1`.
    let rows: [Row]
    /// Two per concept (French, then English), in concept order.
    let documents: [ConceptDocument]

    /// Resolves links, folds and stems every text on every core.
    init(_ kb: KnowledgeBase) {
        let perConcept = Parallel.map(kb.concepts.count) { Self.rows(of: kb.concepts[$0], in: kb) }
        rows = perConcept.flatMap(\.rows)
        documents = perConcept.flatMap(\.documents)
    }

    private static func rows(of concept: Concept, in kb: KnowledgeBase) -> (rows: [Row], documents: [ConceptDocument]) {
        var rows: [Row] = []
        var documents: [ConceptDocument] = []
        let tokens = SearchTokens()
        for language in Language.allCases {
            let section = concept[language]
            let texts = [(PassageKind.definition, section.definition)] + section.notes.map { (.note, $0) }
                + section.examples.map { (.example, $0) } + concept.contrasts.map { (.contrast, $0[language]) }
            var document = ConceptDocument(conceptID: concept.id, language: language)
            document.fields[.terms] = section.terms.flatMap { tokens.tokens($0.text, language) }
            document.fields[.keywords] = section.keywords.flatMap { tokens.tokens($0, language) }
            for (kind, markdown) in texts where !markdown.isEmpty {
                let plain = kb.plainText(markdown, language: language)
                rows.append(Row(conceptID: concept.id, language: language, kind: kind, text: plain))
                document.fields[kind == .definition ? .definition : .other, default: []] += tokens.tokens(plain, language)
            }
            documents.append(document)
        }
        return (rows, documents)
    }
}

/// What ranked retrieval sees of one concept in one language: the tokens (``SearchTokens``) of
/// each field, which FTS5 ranks with BM25 weighted by field (``Field/weight``).
package struct ConceptDocument: Sendable {
    /// The fields of a document, best evidence first.
    package enum Field: String, Sendable, CaseIterable, Comparable {
        case terms, keywords, definition, other

        /// BM25's weight for words found in this field: a word of a term says far more about
        /// the concept than a word of a note.
        package var weight: Double {
            switch self {
            case .terms: 10
            case .keywords: 6
            case .definition: 3
            case .other: 1
            }
        }

        package static func < (a: Field, b: Field) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    var conceptID: String
    var language: Language
    var fields: [Field: [String]] = [:]

    /// A field's tokens as FTS5 stores them: space-separated.
    func text(_ field: Field) -> String { (fields[field] ?? []).joined(separator: " ") }
}
