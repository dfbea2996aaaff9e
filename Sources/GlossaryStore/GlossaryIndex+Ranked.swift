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
    /// FTS5 scores every row its `WHERE` keeps, and a common token is held by thousands of
    /// documents: without prefixes, only the candidates of ``RankBounds`` are scored (each
    /// common token's best documents, every document of a rarer one), and the result is kept
    /// when its last score is above what any other document could reach; failing that, the
    /// documents holding two common tokens are scored too, which leaves the others one token
    /// each; failing that, and for prefixes, every matching document is scored.
    ///
    /// `sparsity`: the candidates are scored alone only when they are fewer than the rows the
    /// common tokens match divided by this (0: always, for tests).
    package func rankedDocuments(
        anyOf tokens: [String], prefixes: [String] = [], pairs: Set<String> = [], language: Language?, limit: Int,
        sparsity: Int = 2
    ) throws -> [RankedDocument] {
        guard !tokens.isEmpty || !prefixes.isEmpty else { return [] }
        // Tokens are [a-z0-9] only (SearchTokens), quoted anyway: never FTS5 syntax.
        let pattern = (tokens.map { "\"\($0)\"" } + prefixes.map { "\"\($0)\"*" }).joined(separator: " OR ")
        var best: [Scored]
        // A token asked twice is two phrases, which FTS5 scores twice, and the bounds once.
        if prefixes.isEmpty, Set(tokens).count == tokens.count,
            let bounded = try boundedScores(tokens, pattern: pattern, language: language, limit: limit, sparsity: sparsity)
        {
            RankedRetrievalTally.shared.count(bounded.path)
            best = bounded.scores
        } else {
            RankedRetrievalTally.shared.count(prefixes.isEmpty ? .fallback : .prefixes)
            best = try scores(pattern, candidates: nil, language: language, limit: limit)
        }
        return try documents(best, tokens: tokens, prefixes: prefixes, pairs: pairs)
    }

    /// The scores of ``rankedDocuments(anyOf:prefixes:pairs:language:limit:)`` from the
    /// candidates of ``RankBounds``, or nil when the bounds cannot prove them the best.
    private func boundedScores(
        _ tokens: [String], pattern: String, language: Language?, limit: Int, sparsity: Int
    ) throws -> (scores: [Scored], path: RankedRetrievalTally.Path)? {
        let languages = Set((language.map { [$0] } ?? Language.allCases).map(\.rawValue))
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT token, lang, rest, top, documents FROM rankBound WHERE token IN (\(tokens.map { _ in "?" }.joined(separator: ",")))"),
            arguments: StatementArguments(tokens))
        // No common token: the matching documents are few, and all are scored.
        guard !rows.isEmpty else { return (try scores(pattern, candidates: nil, language: language, limit: limit), .rare) }
        var candidates = Set<Int64>()
        // Each language's sum of the tokens' `rest` (a document is in one language), the
        // largest single `rest`, and the tokens that have one.
        var rest: [String: Double] = [:]
        var largest = 0.0
        var unlisted = Set<String>()
        for row in rows where languages.contains(row[1] as String) {
            let value: Double = row[2]
            rest[row[1] as String, default: 0] += value
            largest = max(largest, value)
            if value > 0 { unlisted.insert(row[0] as String) }
            candidates.formUnion(RankBounds.rowids(row[3] as Data))
        }
        let listed = Set(rows.map { $0[0] as String })
        let rare = tokens.filter { !listed.contains($0) }
        let rowids = try db.cachedStatement(sql: "SELECT rowid FROM concept_fts WHERE concept_fts MATCH ?")
        if !rare.isEmpty {
            candidates.formUnion(try Int64.fetchAll(rowids, arguments: [rare.map { "\"\($0)\"" }.joined(separator: " OR ")]))
        }
        // Each matching row is checked against the candidates, which costs about what scoring
        // it does (BENCHMARKS.md): unless the candidates are a small share of the rows the
        // common tokens match, all are scored.
        var common: [String: Int] = [:]
        for row in rows { common[row[0] as String] = row[4] as Int }
        guard sparsity * candidates.count < common.values.reduce(0, +) else {
            return (try scores(pattern, candidates: nil, language: language, limit: limit), .dense)
        }
        // A document outside the candidates holds no rare token and each listed one at most
        // as strongly as its `rest` in the document's language.
        let found = try scores(pattern, candidates: candidates, language: language, limit: limit)
        let bound = (rest.values.max() ?? 0) * RankBounds.margin
        if bound == 0 || (found.count == limit && -found[limit - 1].score > bound) { return (found, .bounded) }
        // Otherwise the documents holding two or more of the tokens with a `rest` join the
        // candidates: any other holds one of them at most, and scores at most the largest `rest`.
        let two = unlisted.sorted()
        guard found.count == limit, -found[limit - 1].score > largest * RankBounds.margin, (2...4).contains(two.count) else { return nil }
        var both: [String] = []
        for (i, a) in two.enumerated() { for b in two[(i + 1)...] { both.append("(\"\(a)\" AND \"\(b)\")") } }
        let extra = Set(try Int64.fetchAll(rowids, arguments: [both.joined(separator: " OR ")])).subtracting(candidates)
        guard !extra.isEmpty else { return (found, .pairs) }
        let merged = (found + (try scores(pattern, candidates: extra, language: language, limit: limit))).sorted {
            $0.score != $1.score ? $0.score < $1.score : $0.rowid < $1.rowid
        }
        return (Array(merged.prefix(limit)), .pairs)
    }

    /// One row of ``scores(_:candidates:language:limit:)``: its rowid, its score (BM25 negated,
    /// as FTS5 gives it: lower is better), and its document's columns from `conceptId` on.
    private typealias Scored = (rowid: Int64, score: Double, row: Row)

    /// FTS5's best `limit` rows matching `pattern` (among `candidates`, rowids, when given),
    /// in order, each with its document: scores and documents in one statement, which costs
    /// less than reading the documents one by one afterwards.
    private func scores(_ pattern: String, candidates: Set<Int64>?, language: Language?, limit: Int) throws -> [Scored] {
        let weights = ConceptDocument.Field.allCases.map { String($0.weight) }.joined(separator: ", ")
        // The language is an enum's raw value, never user text.
        let languageClause = language.map { " AND lang = '\($0.rawValue)'" } ?? ""
        // `+rowid`: a filter on the rows FTS5 finds, not a lookup of each rowid, which would
        // run the query (and BM25's counts of each token) again per rowid.
        let candidateClause = candidates == nil ? "" : " AND +rowid IN (SELECT value FROM json_each(?))"
        let statement = try db.cachedStatement(
            sql: """
                SELECT f.rowid, f.score, c.conceptId, c.lang, c.terms, c.keywords, c.definition, c.other FROM (
                    SELECT rowid, bm25(concept_fts, \(weights), 0, 0) AS score FROM concept_fts
                    WHERE concept_fts MATCH ?\(candidateClause)\(languageClause) ORDER BY score, rowid LIMIT ?) AS f
                JOIN concept_fts AS c ON c.rowid = f.rowid ORDER BY f.score, f.rowid
                """)
        let arguments: StatementArguments =
            if let candidates { [pattern, "[" + candidates.map(String.init).joined(separator: ",") + "]", limit] } else { [pattern, limit] }
        var out: [Scored] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() { out.append((row[0], row[1], row.copy())) }
        return out
    }

    /// The documents of `best` (rowids, FTS5 scores and their rows), with the tokens asked for.
    private func documents(_ best: [Scored], tokens: [String], prefixes: [String], pairs: Set<String>) throws -> [RankedDocument] {
        var out: [RankedDocument] = []
        // A field holds hundreds of tokens and the query a handful: each token is compared as
        // bytes with the few asked for (tokens are ASCII, one space apart, each term, keyword
        // or passage on a line of its own), in one pass over the text, and only those kept
        // become strings.
        let wanted = tokens.map { Array($0.utf8) }, wantedPrefixes = prefixes.map { Array($0.utf8) }
        func isAsked(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = token.count
            return wanted.contains { $0.count == count && token.elementsEqual($0) }
                || wantedPrefixes.contains { $0.count <= count && token.starts(with: $0) }
        }
        for (_, score, row) in best {
            var fields: [ConceptDocument.Field: Set<Substring>] = [:]
            var adjacent: [ConceptDocument.Field: Set<String>] = [:]
            for (column, field) in zip(4..., ConceptDocument.Field.allCases) {
                var text: String = row[column]
                var kept = Set<Substring>()
                text.withUTF8 { bytes in
                    // The last token asked for, when the one before this one: neighbours on
                    // one line only (the last word of a term and the first of the next are no
                    // phrase).
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
            out.append(
                RankedDocument(
                    conceptID: row[2], language: Language(rawValue: row[3]) ?? .fr, bm25: -score, fields: fields,
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
