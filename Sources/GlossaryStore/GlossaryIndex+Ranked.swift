import Foundation
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
    ///
    /// Without prefixes, the scores are added up from the index's lists of each token's impacts
    /// (``TokenImpacts``), which give FTS5's own; word families' prefixes have no list, and FTS5
    /// scores every row that matches them.
    package func rankedDocuments(
        anyOf tokens: [String], prefixes: [String] = [], pairs: Set<String> = [], language: Language?, limit: Int
    ) throws -> [RankedDocument] {
        guard !tokens.isEmpty || !prefixes.isEmpty, limit > 0 else { return [] }
        let reader = DocumentReader(tokens: tokens, prefixes: prefixes, pairs: pairs)
        if prefixes.isEmpty { return try impactDocuments(tokens, language: language, limit: limit, reader: reader) }
        // Tokens are [a-z0-9] only (SearchTokens), quoted anyway: never FTS5 syntax.
        let pattern = (tokens.map { "\"\($0)\"" } + prefixes.map { "\"\($0)\"*" }).joined(separator: " OR ")
        return try scoredDocuments(pattern, language: language, limit: limit, reader: reader)
    }

    /// The best `limit` documents for `tokens` from their lists of impacts: each document's
    /// impacts added in the order of `tokens`, as FTS5 adds its phrases' scores.
    private func impactDocuments(_ tokens: [String], language: Language?, limit: Int, reader: DocumentReader) throws -> [RankedDocument] {
        let lists = try db.cachedStatement(
            sql: "SELECT lang, impacts FROM tokenImpact WHERE token = ?\(language.map { " AND lang = '\($0.rawValue)'" } ?? "")")
        var best = BestDocuments(limit: limit)
        if tokens.count == 1 {
            // Each document once, in lists sorted best first: each list is read until it can
            // no longer place a document.
            for row in try Row.fetchAll(lists, arguments: [tokens[0]]) {
                TokenImpacts.forEachEntry(row[1]) { best.offer($0.rowid, $0.impact) }
            }
        } else {
            var sums: [Int64: Double] = [:]
            for token in tokens {
                for row in try Row.fetchAll(lists, arguments: [token]) {
                    TokenImpacts.forEachEntry(row[1]) { entry in
                        sums[entry.rowid, default: 0] += entry.impact
                        return true
                    }
                }
            }
            for (rowid, score) in sums { best.offer(rowid, score) }
        }
        let document = try db.cachedStatement(sql: "SELECT conceptId, lang, terms, keywords, definition, other FROM concept_fts WHERE rowid = ?")
        var out: [RankedDocument] = []
        // The lists were built from these rows: each is there.
        for (rowid, score) in best.ranked {
            let rows = try Row.fetchCursor(document, arguments: [rowid])
            if let row = try rows.next() { out.append(reader.document(row, from: 0, bm25: score)) }
        }
        return out
    }

    /// FTS5's best `limit` documents matching `pattern`, in order: scores and documents in one
    /// statement, which costs less than reading the documents one by one afterwards.
    private func scoredDocuments(_ pattern: String, language: Language?, limit: Int, reader: DocumentReader) throws -> [RankedDocument] {
        let weights = ConceptDocument.Field.allCases.map { String($0.weight) }.joined(separator: ", ")
        // The language is an enum's raw value, never user text.
        let languageClause = language.map { " AND lang = '\($0.rawValue)'" } ?? ""
        let statement = try db.cachedStatement(
            sql: """
                SELECT f.score, c.conceptId, c.lang, c.terms, c.keywords, c.definition, c.other FROM (
                    SELECT rowid, bm25(concept_fts, \(weights), 0, 0) AS score FROM concept_fts
                    WHERE concept_fts MATCH ?\(languageClause) ORDER BY score, rowid LIMIT ?) AS f
                JOIN concept_fts AS c ON c.rowid = f.rowid ORDER BY f.score, f.rowid
                """)
        var out: [RankedDocument] = []
        let rows = try Row.fetchCursor(statement, arguments: [pattern, limit])
        // FTS5's BM25 is negated: lower is better.
        while let row = try rows.next() { out.append(reader.document(row, from: 1, bm25: -(row[0] as Double))) }
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
        while let row = try rows.next() { out.append(TermRow(row)) }
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

/// Reads a ranked document from its row: the tokens a query asked for, by field, and the pairs
/// of them that stand next to each other.
private struct DocumentReader {
    let wanted: [[UInt8]], wantedPrefixes: [[UInt8]]
    let pairs: Set<String>

    init(tokens: [String], prefixes: [String], pairs: Set<String>) {
        wanted = tokens.map { Array($0.utf8) }
        wantedPrefixes = prefixes.map { Array($0.utf8) }
        self.pairs = pairs
    }

    private func isAsked(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = token.count
        return wanted.contains { $0.count == count && token.elementsEqual($0) }
            || wantedPrefixes.contains { $0.count <= count && token.starts(with: $0) }
    }

    /// The document of `row`, whose columns from `first` on are `conceptId`, `lang` and the
    /// fields, read in place (not copied out of the statement).
    ///
    /// A field holds hundreds of tokens and the query a handful: each token is compared as
    /// bytes with the few asked for (tokens are ASCII, one space apart, each term, keyword or
    /// passage on a line of its own), in one pass over the text, and only those kept become
    /// strings.
    func document(_ row: Row, from first: Int, bm25: Double) -> GlossaryIndex.Reader.RankedDocument {
        var fields: [ConceptDocument.Field: Set<Substring>] = [:]
        var adjacent: [ConceptDocument.Field: Set<String>] = [:]
        for (column, field) in zip((first + 2)..., ConceptDocument.Field.allCases) {
            var text: String = row[column]
            var kept = Set<Substring>()
            text.withUTF8 { bytes in
                // The last token asked for, when the one before this one: neighbours on one
                // line only (the last word of a term and the first of the next are no phrase).
                var previous: Substring?
                var start = 0
                for end in 0...bytes.count {
                    let byte = end < bytes.count ? bytes[end] : 0x0A
                    guard byte == 0x20 || byte == 0x0A else { continue }
                    if end > start {
                        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        if isAsked(token) {
                            let word = Substring(String(decoding: token, as: UTF8.self))
                            kept.insert(word)
                            if let before = previous, !pairs.isEmpty {
                                let pair = "\(before) \(word)"
                                if pairs.contains(pair) { adjacent[field, default: []].insert(pair) }
                            }
                            previous = word
                        } else {
                            previous = nil
                        }
                    }
                    if byte == 0x0A { previous = nil }
                    start = end + 1
                }
            }
            fields[field] = kept
        }
        return GlossaryIndex.Reader.RankedDocument(
            conceptID: row[first], language: Language(rawValue: row[first + 1]) ?? .fr, bm25: bm25, fields: fields,
            adjacent: adjacent)
    }
}
