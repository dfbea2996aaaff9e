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
        let perConcept = Parallel.map(
            kb.concepts.count, state: { SearchTokens() },
            { tokens, i in
                Self.rows(of: kb.concepts[i], in: kb, tokens: tokens)
            })
        rows = perConcept.flatMap(\.rows)
        documents = perConcept.flatMap(\.documents)
    }

    private static func rows(of concept: Concept, in kb: KnowledgeBase, tokens: SearchTokens) -> (rows: [Row], documents: [ConceptDocument]) {
        var rows: [Row] = []
        var documents: [ConceptDocument] = []
        for language in Language.allCases {
            let section = concept[language]
            let texts =
                [(PassageKind.definition, section.definition)] + section.notes.map { (.note, $0) }
                + section.examples.map { (.example, $0) } + concept.contrasts.map { (.contrast, $0[language]) }
            var document = ConceptDocument(conceptID: concept.id, language: language)
            for term in section.terms { document.append(tokens.tokens(term.text, language), to: .terms) }
            for keyword in section.keywords { document.append(tokens.tokens(keyword, language), to: .keywords) }
            for (kind, markdown) in texts where !markdown.isEmpty {
                let plain = kb.plainText(markdown, language: language)
                rows.append(Row(conceptID: concept.id, language: language, kind: kind, text: plain))
                document.append(tokens.tokens(plain, language), to: kind == .definition ? .definition : .other)
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

        package static func < (a: Field, b: Field) -> Bool { a.slot < b.slot }

        /// The field's place in ``allCases``.
        var slot: Int {
            switch self {
            case .terms: 0
            case .keywords: 1
            case .definition: 2
            case .other: 3
            }
        }
    }

    var conceptID: String
    var language: Language
    /// Each field's tokens as FTS5 stores them, in the order of ``Field/allCases``: one string
    /// per field rather than an array of tokens, since 200,000 documents are held at once
    /// during a build. Tokens are space-separated, and each term, keyword or passage is a line
    /// of its own, so that a search's phrase never spans two terms (the tokenizer takes a line
    /// break as it takes a space: BM25 is the same).
    private var texts = ["", "", "", ""]

    init(conceptID: String, language: Language) {
        self.conceptID = conceptID
        self.language = language
    }

    /// Adds `tokens` at the end of `field`, on a line of their own.
    mutating func append(_ tokens: [String], to field: Field) {
        guard !tokens.isEmpty else { return }
        let slot = field.slot
        if !texts[slot].isEmpty { texts[slot] += "\n" }
        texts[slot] += tokens.joined(separator: " ")
    }

    /// A field's tokens as FTS5 stores them: space-separated, a line per term, keyword or passage.
    func text(_ field: Field) -> String { texts[field.slot] }
}
