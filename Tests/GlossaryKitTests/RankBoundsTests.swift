import Foundation
import GRDB
import GlossaryQuiz
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

/// Ranked retrieval scores only the candidates of ``RankBounds`` when it can: over a synthetic
/// index where many tokens are common and many documents tie, it gives exactly FTS5's top
/// documents and scores over every matching row.
@Suite("ranked retrieval's bounds give FTS5's own top documents")
struct RankBoundsTests {
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
        let path = TestScratch.path("rankbounds").path
        try! IndexBuilder(path: path).build(knowledgeBase, fingerprint: "rank-bounds", contentDirectory: "")
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

    /// Each stored list holds its token's best documents in one language, and no other
    /// document of that language scores above `rest` on the token alone.
    @Test func listsHoldTheBestDocumentsAndRestBoundsTheOthers() throws {
        try Self.index.read { reader in
            let db = reader.db
            let rows = try Row.fetchAll(db, sql: "SELECT token, lang, rest, top FROM rankBound")
            #expect(rows.count >= 40, "too few common tokens to test: \(rows.count)")
            #expect(rows.contains { ($0[2] as Double) > 0 })
            let languages = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT rowid, lang FROM concept_fts").map { ($0[0] as Int64, $0[1] as String) })
            for row in rows {
                let token: String = row[0], language: String = row[1], rest: Double = row[2]
                let listed = RankBounds.rowids(row[3] as Data)
                let scores = try Self.allScores("\"\(token)\"", in: db).filter { languages[$0.key] == language }
                let others = scores.filter { !listed.contains($0.key) }
                #expect(listed.count == min(RankBounds.listed, scores.count), "\(token) \(language)")
                #expect(rest == 0 ? others.isEmpty : others.values.allSatisfy { $0 <= rest }, "\(token) \(language)")
                #expect(rest == 0 || others.values.contains { $0 * RankBounds.margin >= rest }, "\(token) \(language): rest too loose")
                #expect(listed.allSatisfy { scores[$0]! * RankBounds.margin >= rest }, "\(token) \(language)")
            }
        }
    }

    /// The documents and scores of ranked retrieval are FTS5's top `limit` over every matching
    /// row (equal scores by rowid), for queries of one to five tokens, common, rare and absent,
    /// in either language or both.
    @Test func boundedRetrievalIsTheFullQuery() throws {
        var rng = SeededGenerator(seed: 5)
        let common = Self.tokens.filter { $0.documents > RankBounds.listed }.map(\.token)
        let middle = Self.tokens.filter { $0.documents > 40 && $0.documents <= RankBounds.listed }.map(\.token)
        let rare = Self.tokens.filter { $0.documents <= 40 }.map(\.token)
        #expect(common.count >= 20 && middle.count >= 20 && rare.count >= 20)
        let before = RankedRetrievalTally.shared.snapshot
        try Self.index.read { reader in
            for n in 0..<600 {
                var query: [String] = []
                // A third of the queries are common tokens only: those the bounds decide least.
                let onlyCommon = n % 3 == 0
                for _ in 0..<Int.random(in: onlyCommon ? 2...4 : 1...5, using: &rng) {
                    switch onlyCommon ? 0 : Int.random(in: 0..<10, using: &rng) {
                    case 0..<5: query.append(common.randomElement(using: &rng)!)
                    case 5..<8: query.append(middle.randomElement(using: &rng)!)
                    case 8: query.append(rare.randomElement(using: &rng)!)
                    default: query.append("zzqx\(n)")
                    }
                }
                // Once each, as a search asks (a token twice is scored by the full query, below).
                if n % 50 != 0 { query = query.enumerated().filter { !query[..<$0.offset].contains($0.element) }.map(\.element) }
                let language = [nil, Language.fr, .en].randomElement(using: &rng)!
                let limit = [1, 10, 30, 30, 30].randomElement(using: &rng)!
                // Candidates are tried however many they are (most of this small index's rows
                // otherwise), and as a search would every fourth time.
                let sparsity = n % 4 == 0 ? 2 : 0
                let got = try reader.rankedDocuments(anyOf: query, language: language, limit: limit, sparsity: sparsity).map {
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
        let after = RankedRetrievalTally.shared.snapshot
        // The test means something only if the bounds often decide alone, and sometimes only
        // once the documents holding two common tokens are scored.
        #expect(after[.bounded, default: 0] - before[.bounded, default: 0] >= 200)
        #expect(after[.pairs, default: 0] - before[.pairs, default: 0] >= 20)
    }
}
