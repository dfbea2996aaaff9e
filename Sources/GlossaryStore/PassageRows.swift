import GlossaryModel

/// Every definition, note, example and contrast of a knowledge base as the index stores it,
/// in the order of their rowids.
///
/// Rowids follow the order a search prefers passages when their words match: definitions
/// first, then notes and examples, then contrasts; within a kind, shortest first; then by
/// concept and language. A search ranks with BM25 only the first matches in rowid order, so a
/// common word costs no more than a rare one.
struct PassageRows: Sendable {
    struct Row: Sendable {
        var conceptID: String
        var language: Language
        var kind: PassageKind
        /// Plain text, `[[id]]` links replaced by headwords.
        var text: String
        /// Folded, stemmed words: what FTS5 indexes.
        var stemmed: String
    }

    /// In rowid order: the row at offset `i` gets rowid `i + 1`.
    let rows: [Row]

    /// Folds and stems every passage on every core, then sorts them.
    init(_ kb: KnowledgeBase) {
        let perConcept = Parallel.map(kb.concepts.count) { Self.rows(of: kb.concepts[$0], in: kb) }
        var order: [Order] = []
        order.reserveCapacity(perConcept.reduce(0) { $0 + $1.count })
        for (concept, rows) in perConcept.enumerated() {
            for (offset, row) in rows.enumerated() { order.append(Order(row, concept: concept, offset: offset)) }
        }
        order.sort()
        rows = order.map { perConcept[$0.concept][$0.offset] }
    }

    private static func rows(of concept: Concept, in kb: KnowledgeBase) -> [Row] {
        var rows: [Row] = []
        for language in Language.allCases {
            let section = concept[language]
            let texts = [(PassageKind.definition, section.definition)] + section.notes.map { (.note, $0) }
                + section.examples.map { (.example, $0) } + concept.contrasts.map { (.contrast, $0[language]) }
            for (kind, markdown) in texts where !markdown.isEmpty {
                let plain = kb.plainText(markdown, language: language)
                rows.append(Row(conceptID: concept.id, language: language, kind: kind, text: plain, stemmed: TextFolding.stemmed(plain)))
            }
        }
        return rows
    }

    /// A passage's place, packed so that sorting 300,000 of them moves no strings.
    private struct Order: Comparable {
        var key: UInt64
        var concept: Int
        var offset: Int

        init(_ row: Row, concept: Int, offset: Int) {
            // The kind's score as a search gives it, best first; length; concept (in id order);
            // language (English first): 7 + 17 + 39 + 1 bits.
            let rank = UInt64(((1 - row.kind.score) * 100).rounded())
            let length = UInt64(min(row.stemmed.utf8.count, 0x1_FFFF))
            key = rank << 57 | length << 40 | UInt64(concept) << 1 | (row.language == .en ? 0 : 1)
            self.concept = concept
            self.offset = offset
        }

        static func < (a: Self, b: Self) -> Bool { (a.key, a.offset) < (b.key, b.offset) }
    }
}
