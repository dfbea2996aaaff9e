import Foundation
import GRDB
import GlossaryQuiz
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

/// Ranked retrieval adds up the index's lists of token impacts (``TokenImpacts``): over a
/// synthetic index where many tokens are common and many documents tie, it gives exactly FTS5's
/// top documents and scores over every matching row.
@Suite("ranked retrieval's token impacts give FTS5's own top documents")
struct TokenImpactsTests {
    static let syllables = ["ka", "lo", "mi", "ter", "vu", "zan"]

    /// 3,000 concepts: words of two syllables are common (hundreds of documents each), of three
    /// rarer, of four rare; every tenth concept copies an earlier one's texts, so scores tie.
    static let knowledgeBase: KnowledgeBase = {
        var rng = SeededGenerator(seed: 17)
        func word() -> String { (0..<Int.random(in: 2...4, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined() }
        func words(_ n: ClosedRange<Int>) -> String { (0..<Int.random(in: n, using: &rng)).map { _ in word() }.joined(separator: " ") }
        var concepts: [Concept] = []
        for i in 0..<3000 {
            if i % 10 == 9 {
                var copy = concepts[Int.random(in: 0..<i, using: &rng)]
                copy.id = "c\(i)"
                concepts.append(copy)
                continue
            }
            let fr = LanguageSection(
                terms: [Term(text: words(1...3), status: .preferred), Term(text: words(1...2), status: .admitted)],
                definition: words(6...16), notes: i % 3 == 0 ? [words(4...10)] : [], keywords: i % 7 == 0 ? [words(2...4)] : [])
            let en = LanguageSection(terms: [Term(text: words(1...3), status: .preferred)], definition: words(6...16))
            concepts.append(Concept(id: "c\(i)", fr: fr, en: en))
        }
        return KnowledgeBase(concepts: concepts, domains: [])
    }()

    static let index: GlossaryIndex = {
        let path = TestScratch.path("tokenimpacts").path
        try! IndexBuilder(path: path).build(knowledgeBase, fingerprint: "token-impacts", contentDirectory: "")
        return try! GlossaryIndex.openReadOnly(path)
    }()

    /// Every token of the documents and how many documents hold it.
    static let tokens: [(token: String, documents: Int)] = {
        var counts: [String: Int] = [:]
        for document in PassageRows(knowledgeBase).documents {
            let all = ConceptDocument.Field.allCases.flatMap { document.text($0).split { $0 == " " || $0 == "\n" }.map(String.init) }
            for token in Set(all) { counts[token, default: 0] += 1 }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }()

    static let weights = ConceptDocument.Field.allCases.map { String($0.weight) }.joined(separator: ", ")

    /// FTS5's scores of every document matching `pattern`, by rowid.
    static func allScores(_ pattern: String, in db: Database) throws -> [Int64: Double] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT rowid, bm25(concept_fts, \(weights), 0, 0) FROM concept_fts WHERE concept_fts MATCH ?", arguments: [pattern])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, -($0[1] as Double)) })
    }

    /// Each stored list holds every document of its language that holds the token, with
    /// FTS5's own score for the token alone (to the last bit), best first and equal scores by
    /// rowid.
    @Test func eachListIsFTS5sScoreOfItsTokenAlone() throws {
        try Self.index.read { reader in
            let db = reader.db
            let rows = try Row.fetchAll(db, sql: "SELECT token, lang, impacts FROM tokenImpact")
            #expect(Set(rows.map { $0[0] as String }) == Set(Self.tokens.map(\.token)))
            let languages = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT rowid, lang FROM concept_fts").map { ($0[0] as Int64, $0[1] as String) })
            for row in rows {
                let token: String = row[0], language: String = row[1]
                var entries: [TokenImpacts.Entry] = []
                TokenImpacts.forEachEntry(row[2]) {
                    entries.append($0)
                    return true
                }
                let scores = try Self.allScores("\"\(token)\"", in: db).filter { languages[$0.key] == language }
                let expected = scores.map { TokenImpacts.Entry(rowid: $0.key, impact: $0.value) }.sorted {
                    $0.impact != $1.impact ? $0.impact > $1.impact : $0.rowid < $1.rowid
                }
                #expect(entries == expected, "\(token) \(language)")
            }
        }
    }

    /// The documents and scores of ranked retrieval are FTS5's top `limit` over every matching
    /// row (equal scores by rowid), for queries of one to five tokens, common, rare and absent,
    /// some asked twice, in either language or both.
    @Test func impactRetrievalIsTheFullQuery() throws {
        var rng = SeededGenerator(seed: 5)
        let common = Self.tokens.filter { $0.documents > 256 }.map(\.token)
        let middle = Self.tokens.filter { $0.documents > 40 && $0.documents <= 256 }.map(\.token)
        let rare = Self.tokens.filter { $0.documents <= 40 }.map(\.token)
        #expect(common.count >= 20 && middle.count >= 20 && rare.count >= 20)
        try Self.index.read { reader in
            for n in 0..<600 {
                var query: [String] = []
                // A third of the queries are common tokens only: the longest lists.
                let onlyCommon = n % 3 == 0
                for _ in 0..<Int.random(in: onlyCommon ? 2...4 : 1...5, using: &rng) {
                    switch onlyCommon ? 0 : Int.random(in: 0..<10, using: &rng) {
                    case 0..<5: query.append(common.randomElement(using: &rng)!)
                    case 5..<8: query.append(middle.randomElement(using: &rng)!)
                    case 8: query.append(rare.randomElement(using: &rng)!)
                    default: query.append("zzqx\(n)")
                    }
                }
                // Once each, as a search asks, but every tenth query (FTS5 then scores a token
                // asked twice twice).
                if n % 10 != 0 { query = query.enumerated().filter { !query[..<$0.offset].contains($0.element) }.map(\.element) }
                let language = [nil, Language.fr, .en].randomElement(using: &rng)!
                let limit = [1, 10, 30, 30, 30].randomElement(using: &rng)!
                let got = try reader.rankedDocuments(anyOf: query, language: language, limit: limit).map {
                    "\($0.conceptID) \($0.language.rawValue) \($0.bm25)"
                }
                let pattern = query.map { "\"\($0)\"" }.joined(separator: " OR ")
                let languageClause = language.map { " AND lang = '\($0.rawValue)'" } ?? ""
                let expected = try Row.fetchAll(
                    reader.db,
                    sql: """
                        SELECT conceptId, lang, bm25(concept_fts, \(Self.weights), 0, 0) AS score FROM concept_fts
                        WHERE concept_fts MATCH ?\(languageClause) ORDER BY score, rowid LIMIT ?
                        """, arguments: [pattern, limit]
                ).map { "\($0[0] as String) \($0[1] as String) \(-($0[2] as Double))" }
                #expect(got == expected, "\(query) \(language?.rawValue ?? "-") \(limit)")
            }
        }
    }
}
