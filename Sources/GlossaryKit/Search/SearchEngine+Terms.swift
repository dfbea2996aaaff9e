import GRDB

extension SearchEngine {
    /// Tiers 1 to 3: the words equal a term, start one, or are all in one. Each tier scores
    /// below the one before, so once `limit` concepts score above everything the next tier can
    /// give, it is skipped: the best `limit` results are the same, found sooner.
    func termTiers(_ words: [String], language: Language?, limit: Int, into hits: inout [String: Hit], in db: Database) throws {
        guard !words.isEmpty else { return }
        let stems = words.map(TextFolding.stem)
        func offer(_ id: String, _ score: Double, _ match: SearchMatch) {
            var match = match
            match.words = words
            Self.offer(id, Hit(score: score, match: match), into: &hits)
        }
        func settled(above floor: Double) -> Bool {
            hits.count >= limit && hits.values.count(where: { $0.score > floor }) >= limit
        }
        let compact = words.joined(), stemCompact = stems.joined()
        // The language is an enum's raw value, never user text, so it can stand in the SQL.
        func langClause(_ column: String, _ keyword: String = "AND") -> String {
            language.map { " \(keyword) \(column) = '\($0.rawValue)'" } ?? ""
        }
        // Term rows, as tiers 1 to 3 select them: conceptId, lang, text, status, compact, stemmed.
        func termMatch(_ kind: SearchMatch.Kind, _ row: Row) -> SearchMatch {
            SearchMatch(kind: kind, language: Language(rawValue: row[1]) ?? .fr, text: row[2], term: nil)
        }
        func weight(_ row: Row) -> Double { (TermStatus(rawValue: row[3]) ?? .admitted).weight }
        let termColumns = "term.conceptId, term.lang, term.text, term.status, term.compact, term.stemmed"

        // 1. Whole query equals a term, exactly or but for plurals.
        let equal = try db.cachedStatement(sql: "SELECT \(termColumns) FROM term WHERE (compact = ? OR stemCompact = ?)\(langClause("lang"))")
        let rows = try Row.fetchCursor(equal, arguments: [compact, stemCompact])
        while let row = try rows.next() {
            let kind: SearchMatch.Kind = row[4] == compact ? .exact : .plural
            offer(row[0], (kind == .exact ? 1.0 : 0.97) * weight(row), termMatch(kind, row))
        }
        // 2. A term starts with the query.
        let prefix = try db.cachedStatement(sql: "SELECT \(termColumns) FROM term WHERE compact > ? AND compact < ?\(langClause("lang")) LIMIT 500")
        let prefixRows = try Row.fetchCursor(prefix, arguments: [compact, compact + "\u{10FFFF}"])
        let typed = Double(compact.utf8.count)
        while let row = try prefixRows.next() {
            let termLength = Double((row[4] as String).utf8.count)
            offer(row[0], (0.8 + 0.1 * typed / termLength) * weight(row), termMatch(.prefix, row))
        }
        if settled(above: 0.7) { return }
        // 3. Every word of the query is in a term (the last one may be unfinished).
        let inTerms = try db.cachedStatement(sql: """
            SELECT \(termColumns) FROM (SELECT rowid FROM term_fts WHERE term_fts MATCH ? LIMIT 500) AS f
            JOIN term ON term.id = f.rowid\(langClause("term.lang", "WHERE"))
            """)
        let wordRows = try Row.fetchCursor(inTerms, arguments: [Self.ftsPattern(stems, lastIsPrefix: true)])
        while let row = try wordRows.next() {
            let termWords = Double((row[5] as String).split(separator: " ").count)
            offer(row[0], (0.6 + 0.1 * Double(stems.count) / max(termWords, 1)) * weight(row), termMatch(.words, row))
        }
    }

    /// The terms whose Snowball stems are the query's, in their language: a derived or
    /// inflected form of a term ("externaliser", "hébergeur" aside, which stems to hébergement).
    func sameStems(_ words: [String], language: Language?, tokens: SearchTokens, into hits: inout [String: Hit], in db: Database) throws {
        guard !words.isEmpty else { return }
        let statement = try db.cachedStatement(sql: "SELECT conceptId, lang, text, status FROM term WHERE tokens = ? AND lang = ?")
        for l in language.map({ [$0] }) ?? Language.allCases {
            let key = words.map { tokens.token($0, l) }.joined(separator: " ")
            let rows = try Row.fetchCursor(statement, arguments: [key, l.rawValue])
            while let row = try rows.next() {
                let weight = (TermStatus(rawValue: row[3]) ?? .admitted).weight
                let match = SearchMatch(kind: .stems, language: l, text: row[2], term: nil, words: words)
                Self.offer(row[0], Hit(score: 0.75 * weight, match: match), into: &hits)
            }
        }
    }

    /// `"w1" "w2"*`: every word required, quoted so it is never FTS5 syntax.
    static func ftsPattern(_ words: [String], lastIsPrefix: Bool) -> String {
        words.enumerated().map { i, word in
            // Folded words have no quotes; a quote would be doubled, the FTS5 way.
            let escaped = word.utf8.contains(0x22) ? word.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") : word
            let quoted = "\"" + escaped + "\""
            return i == words.count - 1 && lastIsPrefix ? quoted + "*" : quoted
        }.joined(separator: " ")
    }
}
