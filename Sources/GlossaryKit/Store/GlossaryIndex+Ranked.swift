import GRDB

/// The index's small query API for ranked retrieval: searches ask it for documents, tokens and
/// passages rather than writing SQL against its tables.
extension GlossaryIndex {
    /// One concept in one language found by ranked retrieval.
    struct RankedDocument: Sendable {
        var conceptID: String
        var language: Language
        /// BM25 with the fields' weights, positive: higher is better.
        var bm25: Double
        /// The document's tokens, by field.
        var fields: [ConceptDocument.Field: Set<Substring>]
    }

    /// The `limit` documents that hold any of `tokens` or a token starting with one of
    /// `prefixes`, best BM25 first (FTS5's BM25, each field weighted by
    /// ``ConceptDocument/Field/weight``).
    static func rankedDocuments(anyOf tokens: [String], prefixes: [String] = [], language: Language?, limit: Int, in db: Database) throws -> [RankedDocument] {
        guard !tokens.isEmpty || !prefixes.isEmpty else { return [] }
        // Tokens are [a-z0-9] only (SearchTokens), quoted anyway: never FTS5 syntax.
        let pattern = (tokens.map { "\"\($0)\"" } + prefixes.map { "\"\($0)\"*" }).joined(separator: " OR ")
        let weights = ConceptDocument.Field.allCases.map { String($0.weight) }.joined(separator: ", ")
        // The language is an enum's raw value, never user text.
        let where_ = language.map { " AND lang = '\($0.rawValue)'" } ?? ""
        let statement = try db.cachedStatement(sql: """
            SELECT c.conceptId, c.lang, f.score, c.terms, c.keywords, c.definition, c.other FROM (
                SELECT rowid, bm25(concept_fts, \(weights), 0, 0) AS score FROM concept_fts
                WHERE concept_fts MATCH ?\(where_) ORDER BY score LIMIT ?) AS f
            JOIN concept_fts AS c ON c.rowid = f.rowid ORDER BY f.score
            """)
        var out: [RankedDocument] = []
        let rows = try Row.fetchCursor(statement, arguments: [pattern, limit])
        while let row = try rows.next() {
            var fields: [ConceptDocument.Field: Set<Substring>] = [:]
            for (column, field) in zip(3..., ConceptDocument.Field.allCases) {
                let text: String = row[column]
                fields[field] = Set(text.split(separator: " "))
            }
            out.append(RankedDocument(conceptID: row[0], language: Language(rawValue: row[1]) ?? .fr, bm25: -(row[2] as Double), fields: fields))
        }
        return out
    }

    /// Whether any document holds `token`.
    static func contains(token: String, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM concept_fts WHERE concept_fts MATCH ? LIMIT 1")
        return try Bool.fetchOne(statement, arguments: ["\"\(token)\""]) != nil
    }

    /// The definition, notes, examples and contrasts of a concept in one language, as plain text.
    static func passages(of conceptID: String, language: Language, in db: Database) throws -> [(kind: SearchMatch.Kind, text: String)] {
        let statement = try db.cachedStatement(sql: "SELECT kind, text FROM passage WHERE conceptId = ? AND lang = ? ORDER BY id")
        return try Row.fetchAll(statement, arguments: [conceptID, language.rawValue]).map {
            (SearchMatch.Kind(rawValue: $0[0]) ?? .note, $0[1])
        }
    }
}
