import GRDB
import GlossaryModel

/// Ranked retrieval, typo vocabulary and passages: the rest of the query API a search uses
/// (see ``GlossaryIndex/Reader``).
extension GlossaryIndex.Reader {
    /// One concept in one language found by ranked retrieval.
    package struct RankedDocument: Sendable {
        package var conceptID: String
        package var language: Language
        /// BM25 with the fields' weights, positive: higher is better.
        package var bm25: Double
        /// The document's tokens that the query looked for (one of its tokens, or starting
        /// with one of its prefixes), by field: all a search asks of them, and a few set
        /// entries where a document's whole text would be hundreds.
        package var fields: [ConceptDocument.Field: Set<Substring>]
        /// The pairs asked for (`"a b"`, see ``rankedDocuments(anyOf:prefixes:pairs:language:limit:)``)
        /// whose two tokens stand next to each other in a field, by field.
        package var adjacent: [ConceptDocument.Field: Set<String>] = [:]
    }

    /// The `limit` documents that hold any of `tokens` or a token starting with one of
    /// `prefixes`, best BM25 first (FTS5's BM25, each field weighted by
    /// ``ConceptDocument/Field/weight``), equal scores in rowid order, so the same index always
    /// gives the same documents. Tokens are ``SearchTokens``. `pairs` are two tokens
    /// joined by a space (`"qualit servic"`): each document says in which fields they stand
    /// next to each other (stop words are not tokens, so "qualité de service" holds that pair).
    package func rankedDocuments(
        anyOf tokens: [String], prefixes: [String] = [], pairs: Set<String> = [], language: Language?, limit: Int
    ) throws -> [RankedDocument] {
        guard !tokens.isEmpty || !prefixes.isEmpty else { return [] }
        // Tokens are [a-z0-9] only (SearchTokens), quoted anyway: never FTS5 syntax.
        let pattern = (tokens.map { "\"\($0)\"" } + prefixes.map { "\"\($0)\"*" }).joined(separator: " OR ")
        let weights = ConceptDocument.Field.allCases.map { String($0.weight) }.joined(separator: ", ")
        // The language is an enum's raw value, never user text.
        let languageClause = language.map { " AND lang = '\($0.rawValue)'" } ?? ""
        let statement = try db.cachedStatement(
            sql: """
                SELECT c.conceptId, c.lang, f.score, c.terms, c.keywords, c.definition, c.other FROM (
                    SELECT rowid, bm25(concept_fts, \(weights), 0, 0) AS score FROM concept_fts
                    WHERE concept_fts MATCH ?\(languageClause) ORDER BY score, rowid LIMIT ?) AS f
                JOIN concept_fts AS c ON c.rowid = f.rowid ORDER BY f.score, f.rowid
                """)
        var out: [RankedDocument] = []
        // A field holds hundreds of tokens and the query a handful: each token is compared as
        // bytes with the few asked for (tokens are ASCII, one space apart), and only those
        // kept become set entries.
        let wanted = tokens.map { Array($0.utf8) }, wantedPrefixes = prefixes.map { Array($0.utf8) }
        func isAsked(_ token: Substring.UTF8View) -> Bool {
            let count = token.count
            return wanted.contains { $0.count == count && token.elementsEqual($0) }
                || wantedPrefixes.contains { $0.count <= count && token.starts(with: $0) }
        }
        let rows = try Row.fetchCursor(statement, arguments: [pattern, limit])
        while let row = try rows.next() {
            var fields: [ConceptDocument.Field: Set<Substring>] = [:]
            var adjacent: [ConceptDocument.Field: Set<String>] = [:]
            for (column, field) in zip(3..., ConceptDocument.Field.allCases) {
                let text: String = row[column]
                var kept = Set<Substring>()
                var previous: Substring.UTF8View?
                for token in text.utf8.split(separator: 0x20) {
                    guard isAsked(token) else {
                        previous = nil
                        continue
                    }
                    kept.insert(Substring(token))
                    if let before = previous, !pairs.isEmpty {
                        let pair = "\(Substring(before)) \(Substring(token))"
                        if pairs.contains(pair) { adjacent[field, default: []].insert(pair) }
                    }
                    previous = token
                }
                fields[field] = kept
            }
            out.append(
                RankedDocument(
                    conceptID: row[0], language: Language(rawValue: row[1]) ?? .fr, bm25: -(row[2] as Double), fields: fields,
                    adjacent: adjacent))
        }
        return out
    }

    /// Whether any document holds the ``SearchTokens`` token `token`.
    package func contains(token: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM concept_fts WHERE concept_fts MATCH ? LIMIT 1")
        return try Bool.fetchOne(statement, arguments: ["\"\(token)\""]) != nil
    }

    /// Terms whose ``SearchTokens``, space-separated, are `tokens`, in `language`.
    package func termsWithTokens(_ tokens: String, language: Language) throws -> [TermRow] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT conceptId, lang, text, status, compact, stemmed FROM term WHERE tokens = ? AND lang = ?
                """)
        var out: [TermRow] = []
        let rows = try Row.fetchCursor(statement, arguments: [tokens, language.rawValue])
        while let row = try rows.next() {
            out.append(
                TermRow(
                    conceptID: row[0], language: language, text: row[2],
                    status: TermStatus(rawValue: row[3]) ?? .admitted, compact: row[4], stemmed: row[5]))
        }
        return out
    }

    /// The definition, notes, examples and contrasts of a concept in one language, as plain
    /// text, in the order of the concept file.
    package func passages(of conceptID: String, language: Language) throws -> [(kind: PassageKind, text: String)] {
        let statement = try db.cachedStatement(sql: "SELECT kind, text FROM passage WHERE conceptId = ? AND lang = ? ORDER BY id")
        return try Row.fetchAll(statement, arguments: [conceptID, language.rawValue]).map {
            (PassageKind(rawValue: $0[0]) ?? .note, $0[1])
        }
    }

    /// Whether `word` (folded, plural removed) is a word of the typo vocabulary.
    package func vocabularyContains(_ word: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM vocabulary WHERE word = ?")
        return try Bool.fetchOne(statement, arguments: [word]) != nil
    }

    /// Vocabulary words with the sound key `key` (``PhoneticKey``), with how terms write them.
    package func vocabulary(soundingLike key: String) throws -> [(word: String, surface: String)] {
        let statement = try db.cachedStatement(sql: "SELECT word, surface FROM vocabulary WHERE phonetic = ? ORDER BY word")
        return try Row.fetchAll(statement, arguments: [key]).map { ($0[0], $0[1]) }
    }

    /// How terms write each of `words` of the vocabulary.
    package func surfaces(of words: [String]) throws -> [String: String] {
        guard !words.isEmpty else { return [:] }
        let rows = try Row.fetchAll(
            db, sql: "SELECT word, surface FROM vocabulary WHERE word IN (\(words.map { _ in "?" }.joined(separator: ",")))",
            arguments: StatementArguments(words))
        return Dictionary(rows.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
    }
}
