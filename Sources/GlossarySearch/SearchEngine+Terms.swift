import GlossaryModel
import GlossaryStore

extension SearchEngine {
    /// Tiers 1 to 3: the words equal a term, start one, or are all in one. Each tier scores
    /// below the one before, so once `limit` concepts score above everything the next tier can
    /// give, it is skipped: the best `limit` results are the same, found sooner.
    func termTiers(_ words: [String], language: Language?, limit: Int, into hits: inout [String: Hit], in db: GlossaryIndex.Reader) throws {
        guard !words.isEmpty else { return }
        let stems = words.map(TextFolding.stem)
        func offer(_ kind: SearchMatch.Kind, _ score: Double, _ row: GlossaryIndex.Reader.TermRow) {
            let match = SearchMatch(kind: kind, language: row.language, text: row.text, term: nil, words: words)
            Self.offer(row.conceptID, Hit(score: score * row.status.weight, match: match), into: &hits)
        }
        func settled(above floor: Double) -> Bool {
            hits.count >= limit && hits.values.count(where: { $0.score > floor }) >= limit
        }
        let compact = words.joined(), stemCompact = stems.joined()

        // 1. Whole query equals a term, exactly or but for plurals.
        for row in try db.termsEqual(compact: compact, stemCompact: stemCompact, language: language) {
            let kind: SearchMatch.Kind = row.compact == compact ? .exact : .plural
            offer(kind, kind == .exact ? 1.0 : 0.97, row)
        }
        // 2. A term starts with the query.
        let typed = Double(compact.utf8.count)
        for row in try db.termsStarting(with: compact, language: language) {
            offer(.prefix, 0.8 + 0.1 * typed / Double(row.compact.utf8.count), row)
        }
        if settled(above: 0.7) { return }
        // 3. Every word of the query is in a term (the last one may be unfinished).
        for row in try db.termsMatching(Self.ftsPattern(stems, lastIsPrefix: true), language: language) {
            let termWords = Double(row.stemmed.split(separator: " ").count)
            offer(.words, 0.6 + 0.1 * Double(stems.count) / max(termWords, 1), row)
        }
    }

    /// The terms whose Snowball stems are the query's, in their language: a derived or
    /// inflected form of a term ("externaliser": externalisation; "hébergeur": hébergement).
    func sameStems(_ words: [String], language: Language?, tokens: SearchTokens, into hits: inout [String: Hit], in db: GlossaryIndex.Reader) throws {
        guard !words.isEmpty else { return }
        for l in language.map({ [$0] }) ?? Language.allCases {
            for row in try db.termsWithTokens(words.map { tokens.token($0, l) }.joined(separator: " "), language: l) {
                let match = SearchMatch(kind: .stems, language: l, text: row.text, term: nil, words: words)
                Self.offer(row.conceptID, Hit(score: 0.75 * row.status.weight, match: match), into: &hits)
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
