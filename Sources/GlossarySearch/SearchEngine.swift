import Foundation
import GlossaryModel
import GlossaryStore

/// Finds the concepts a learner means, whatever they type.
///
/// Both the query and the index are folded by ``TextFolding`` (case, accents, NFC/NFD,
/// œ/oe, apostrophes and hyphens), and plurals are stemmed, so the comparisons below are on
/// equal terms. Ranking, from best (each score then multiplied by the term's
/// ``TermStatus/weight``, so a preferred term beats a deprecated one for the same kind):
///
/// | match | score |
/// |---|---|
/// | the whole query equals a term | 1.0 |
/// | equal once plurals are removed | 0.97 |
/// | a term starts with the query | 0.80–0.90, closer to 0.90 the more of the term is typed |
/// | every word of the query is in a term | 0.60–0.70 |
/// | words of a definition, note, example or contrast | 0.35–0.50, by kind and BM25 |
///
/// When nothing matches, each query word is corrected to the closest word of the index's
/// vocabulary within the typos ``EditDistance/allowedTypos(forLength:)`` allows, the search
/// runs again, and its results are flagged approximate with their score times 0.85.
///
/// User text never reaches FTS5 syntax: queries are reduced to folded alphanumeric words, each
/// quoted, so `"`, `*`, `AND`, `NEAR(` or `-` are only text.
public struct SearchEngine: Sendable {
    public let index: GlossaryIndex

    public init(index: GlossaryIndex) { self.index = index }

    private struct Hit {
        var score: Double
        var match: SearchMatch
    }

    public func search(_ query: String, language: Language? = nil, limit: Int = 10) throws -> SearchResponse {
        let words = TextFolding.words(query)
        guard !words.isEmpty, limit > 0 else { return SearchResponse(query: query, results: []) }
        let stems = words.map(TextFolding.stem)
        return try index.read { db in
            var corrected: String?
            var hits = try run(stems: stems, words: words, language: language, limit: limit, in: db)
            if hits.isEmpty {
                for alternative in try corrections(for: stems, in: db) {
                    let found = try run(stems: alternative, words: alternative, language: language, limit: limit, in: db)
                    guard !found.isEmpty else { continue }
                    corrected = alternative.joined(separator: " ")
                    hits = found
                    break
                }
            }
            let ranked = hits.sorted { a, b in
                a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key
            }.prefix(limit)
            let concepts = try db.concepts(ranked.map(\.key))
            let queryStems = (corrected.map { TextFolding.words($0) } ?? words).map(TextFolding.stem)
            var results: [SearchResult] = []
            for (id, hit) in ranked {
                guard let concept = concepts[id] else { continue }
                var match = hit.match
                let snippet: Snippet
                if match.kind.isTerm {
                    match.term = concept[match.language].terms.first { $0.text == match.text }
                    let definition = try db.plainText(concept[match.language].definition, language: match.language)
                    snippet = Snippet.make(text: definition, queryWords: [], lastIsPrefix: false)
                } else {
                    snippet = Snippet.make(text: match.text, queryWords: queryStems, lastIsPrefix: true)
                }
                let approximate = corrected != nil
                results.append(SearchResult(concept: concept, score: (hit.score * (approximate ? 0.85 : 1) * 1000).rounded() / 1000,
                                            approximate: approximate, match: match, snippet: snippet))
            }
            return SearchResponse(query: query, results: results, correctedQuery: corrected)
        }
    }

    // MARK: - Tiers

    /// The best hit of each concept. Each tier scores below the one before, so once `limit`
    /// concepts score above everything the next tiers can give, those tiers are skipped: the
    /// best `limit` results are the same, found sooner.
    private func run(stems: [String], words: [String], language: Language?, limit: Int, in db: GlossaryIndex.Reader) throws -> [String: Hit] {
        var hits: [String: Hit] = [:]
        func offer(_ id: String, _ score: Double, _ match: SearchMatch) {
            if let existing = hits[id], existing.score >= score { return }
            hits[id] = Hit(score: score, match: match)
        }
        func settled(above floor: Double) -> Bool {
            hits.count >= limit && hits.values.count(where: { $0.score > floor }) >= limit
        }
        let compact = words.joined(), stemCompact = stems.joined()
        // Term rows, as tiers 1 to 3 select them.
        func termMatch(_ kind: SearchMatch.Kind, _ row: GlossaryIndex.Reader.TermRow) -> SearchMatch {
            SearchMatch(kind: kind, language: row.language, text: row.text, term: nil)
        }
        func weight(_ row: GlossaryIndex.Reader.TermRow) -> Double { row.status.weight }

        // 1. Whole query equals a term, exactly or but for plurals.
        for row in try db.termsEqual(compact: compact, stemCompact: stemCompact, language: language) {
            let kind: SearchMatch.Kind = row.compact == compact ? .exact : .plural
            offer(row.conceptID, (kind == .exact ? 1.0 : 0.97) * weight(row), termMatch(kind, row))
        }
        // 2. A term starts with the query.
        let typed = Double(compact.utf8.count)
        for row in try db.termsStarting(with: compact, language: language) {
            let termLength = Double(row.compact.utf8.count)
            offer(row.conceptID, (0.8 + 0.1 * typed / termLength) * weight(row), termMatch(.prefix, row))
        }
        if settled(above: 0.7) { return hits }
        // 3. Every word of the query is in a term (the last one may be unfinished).
        for row in try db.termsMatching(Self.ftsPattern(stems, lastIsPrefix: true), language: language) {
            let termWords = Double(row.stemmed.split(separator: " ").count)
            offer(row.conceptID, (0.6 + 0.1 * Double(stems.count) / max(termWords, 1)) * weight(row), termMatch(.words, row))
        }
        if settled(above: 0.5) { return hits }
        // 4. Words of the definitions and other passages. Passages are stored best first (see
        // IndexBuilder), so BM25 ranks only the first matches: enough to fill the results.
        let window = 4 * limit + 20
        let pattern = Self.ftsPattern(stems, lastIsPrefix: stems.last!.count >= 3)
        for row in try db.passagesMatching(pattern, window: window, language: language) {
            let kind = SearchMatch.Kind(rawValue: row.kind.rawValue) ?? .note
            let rank = row.rank   // negative: more relevant is more negative
            let bonus = 0.05 * min(1, -rank / 10)
            offer(row.conceptID, row.kind.score + bonus,
                  SearchMatch(kind: kind, language: row.language, text: row.text, term: nil))
        }
        return hits
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

    // MARK: - Typos

    /// Queries to try when nothing matched: each word replaced by its closest vocabulary word,
    /// then the whole query as one word ("soustraitanse" → "soustraitance").
    private func corrections(for stems: [String], in db: GlossaryIndex.Reader) throws -> [[String]] {
        var alternatives: [[String]] = []
        var corrected: [String] = []
        var changed = false
        for word in stems {
            if let better = try closest(to: word, in: db) {
                corrected.append(better)
                changed = changed || better != word
            } else {
                corrected.append(word)
            }
        }
        if changed { alternatives.append(corrected) }
        if stems.count > 1, let whole = try closest(to: stems.joined(), in: db) { alternatives.append([whole]) }
        return alternatives
    }

    /// The vocabulary word closest to `word` within the allowed typos, preferring the most
    /// frequent; `word` itself when it is in the vocabulary; nil when nothing is close.
    private func closest(to word: String, in db: GlossaryIndex.Reader) throws -> String? {
        let allowed = EditDistance.allowedTypos(forLength: word.count)
        guard allowed > 0 else { return nil }
        let length = word.utf8.count
        var matcher = EditDistance.Matcher(word)
        var best: (word: String, distance: Int)?
        let bands = try db.vocabularyBands(lengths: (length - allowed)...(length + allowed), nearest: length)
        // Words are most frequent first within a band, so the first word at the smallest
        // distance is the most frequent one; the word's own band comes first, so a word of the
        // vocabulary finds itself at distance 0 and stops the scan.
        for band in bands {
            band.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                while start < bytes.count, best?.distance != 0 {
                    var end = start
                    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                    let candidate = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if let d = matcher.distance(to: candidate, limit: min(allowed, (best?.distance ?? allowed + 1) - 1)) {
                        best = (String(decoding: candidate, as: UTF8.self), d)
                    }
                    start = end + 1
                }
            }
            if let distance = best?.distance, distance <= 1 { break }
        }
        return best?.word
    }
}
