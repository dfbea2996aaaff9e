import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossarySite

/// The site's ranked-retrieval index (RankedIndex.swift) and search.js reading it: the CLI's
/// BM25 over whole concepts, stems shipped for the words a learner types, the query read as
/// the CLI reads it.
@Suite("Site ranked index")
struct SiteRankedIndexTests {
    /// token → [(document, score × 100, field)] parsed back from the shards (documents as
    /// differences, score and field in one number).
    static func postings(_ index: RankedIndex) -> [String: [(document: Int, score: Int, field: Int)]] {
        var out: [String: [(Int, Int, Int)]] = [:]
        for (_, text) in index.shards {
            let start = text.firstIndex(of: "{")!, end = text.lastIndex(of: "}")!
            let json = try! JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as! [String: Any]
            for (token, value) in json where !token.hasPrefix("=") && !token.hasPrefix("~") {
                // [document − previous, score × 4 + field…]
                let numbers = value as! [Int]
                var document = 0
                out[token] = stride(from: 0, to: numbers.count, by: 2).map {
                    document += numbers[$0]
                    return (document, numbers[$0 + 1] >> 2, numbers[$0 + 1] & 3)
                }
            }
        }
        return out
    }

    @Test("BM25 varies, and a word in a term outweighs the same word in a note")
    func scores() throws {
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        let index = RankedIndex(knowledgeBase: kb)
        let postings = Self.postings(index)
        let all = postings.values.flatMap { $0.map(\.score) }
        #expect(Set(all).count > 50, "scores take many values")
        // The French token of "réversibilité": in reversibilite's terms (field 0), and in other
        // concepts' definitions or notes only.
        let id = kb.concepts.firstIndex { $0.id == "reversibilite" }!
        let list = try #require(postings.first { token, list in list.contains { $0.document == 2 * id && $0.field == 0 } && token.hasPrefix("revers") }?.value)
        let own = list.first { $0.document == 2 * id }!
        for other in list where other.document != 2 * id && other.field > 0 {
            #expect(own.score > other.score)
        }
        // Documents are numbered 2 × concept + language, both languages present.
        #expect(Set(all.indices.isEmpty ? [] : postings.values.flatMap { $0.map { $0.document & 1 } }) == [0, 1])
    }

    @Test("each document chunk lists its concepts' ids and headwords in order")
    func chunks() throws {
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        let index = RankedIndex(knowledgeBase: kb)
        #expect(index.chunks.count == (kb.concepts.count + RankedIndex.docsPerChunk - 1) / RankedIndex.docsPerChunk)
        let first = try #require(index.chunks[0])
        #expect(first.hasPrefix("GLOSSARY_DOCS(0,[[\"\(kb.concepts[0].id)\","))
    }

    @Test(
        "the page answers descriptions, other words of a family, translation intents and comparisons",
        .enabled(if: nodePath != nil, "node is not installed"))
    func retrieval() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let queries = [
            "reprendre ses données à la fin du contrat", "l'infogérance", "infogérance in English",
            "c'est quoi le SaaS", "offshore vs nearshore", "externaliser", "take back data at the end of the contract"
        ]
        let response = try SiteSearchScriptTests().run(site: out, search: queries)
        let ids = Dictionary(uniqueKeysWithValues: response.search.map { ($0.query, $0.ids) })
        #expect(ids[queries[0]]?.first == "reversibilite")
        #expect(ids[queries[1]]?.first == "infogerance")
        #expect(ids[queries[2]]?.first == "infogerance")
        #expect(ids[queries[3]]?.first == "saas")
        #expect(Set(ids[queries[4]]?.prefix(2) ?? []) == ["offshore", "nearshore"])
        #expect(ids[queries[5]]?.first == "externalisation")
        #expect(ids[queries[6]]?.first == "reversibilite")
    }
}
