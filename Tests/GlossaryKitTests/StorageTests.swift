import Foundation
import Testing
@testable import GlossaryKit

@Suite("The index's storage: concept records and the text helpers it is built with")
struct StorageTests {
    /// Every concept of the shipped knowledge base (notes, examples, contrasts, sources with
    /// seeds and notes, every term field) reads back from the index exactly as it was loaded.
    @Test func everyShippedConceptReadsBackUnchanged() throws {
        let loaded = try ContentLoader(directory: KnowledgeBaseTests.contentPath).load()
        #expect(loaded.isValid)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-storage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("index.sqlite").path
        try IndexBuilder(path: path).build(loaded.knowledgeBase, fingerprint: "test", contentDirectory: KnowledgeBaseTests.contentPath)
        let index = try GlossaryIndex.openReadOnly(path)
        #expect(try index.allConcepts() == loaded.knowledgeBase.concepts)
        let some = loaded.knowledgeBase.concepts[3]
        #expect(try index.concept(some.id) == some)
        #expect(try index.concept("no-such-concept") == nil)
    }

    /// A record cut short anywhere is reported as damaged, never read as a different concept
    /// and never a crash.
    @Test func aTruncatedRecordIsAnError() throws {
        let concept = try #require(try ContentLoader(directory: KnowledgeBaseTests.contentPath).load().knowledgeBase.concept("infogerance"))
        let bytes = ConceptRecord.encode(concept)
        #expect(try bytes.withUnsafeBytes { try ConceptRecord.decode($0) } == concept)
        for length in 0..<bytes.count {
            #expect(throws: ConceptRecord.Corrupt.self) {
                try Array(bytes[..<length]).withUnsafeBytes { try ConceptRecord.decode($0) }
            }
        }
        #expect(throws: ConceptRecord.Corrupt.self) { try (bytes + [0]).withUnsafeBytes { try ConceptRecord.decode($0) } }
    }

    @Test func wikiLinks() {
        let text = "Voir [[infogerance]], [[ tma | la TMA ]] et [[externalisation|l’externalisation]] ; [[pas fermé"
        let links = WikiLink.all(in: text)
        #expect(links.map(\.id) == ["infogerance", "tma", "externalisation"])
        #expect(links.map(\.label) == [nil, "la TMA", "l’externalisation"])
        #expect(String(text[links[0].range]) == "[[infogerance]]")
        #expect(WikiLink.replacing(in: text) { $0.label ?? $0.id.uppercased() }
            == "Voir INFOGERANCE, la TMA et l’externalisation ; [[pas fermé")
        #expect(WikiLink.all(in: "[[]] [[a]").map(\.id) == [""])
    }
}
