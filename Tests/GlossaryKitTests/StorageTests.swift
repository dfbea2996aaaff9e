import Foundation
import GRDB
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

@Suite("The index's storage: concept records and the text helpers it is built with")
struct StorageTests {
    /// Every concept of the shipped knowledge base (notes, examples, contrasts, sources with
    /// seeds and notes, every term field) reads back from the index exactly as it was loaded.
    @Test func everyShippedConceptReadsBackUnchanged() throws {
        let loaded = try ContentLoader(directory: KnowledgeBaseTests.contentPath).load()
        #expect(loaded.isValid)
        let folder = TestScratch.path("glossary-storage")
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

    /// The index builder's bulk inserts bind values through SQLite's C API: empty text and
    /// bytes stay empty (not NULL), and a constraint failure is an error with SQLite's message.
    @Test func rowInserterBindsExactlyAndReportsFailures() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, text TEXT NOT NULL, bytes BLOB NOT NULL)")
            let row = try RowInserter(db, sql: "INSERT INTO t(id, text, bytes) VALUES (?, ?, ?)")
            for (id, text, bytes) in [(1, "", [UInt8]()), (2, "délocalisation", [0, 255])] {
                row.bind(1, id); row.bind(2, text); row.bind(3, bytes)
                try row.insert()
            }
            let rows = try Row.fetchAll(db, sql: "SELECT text, bytes, typeof(text), typeof(bytes) FROM t ORDER BY id")
            #expect(rows.map { $0[0] as String } == ["", "délocalisation"])
            #expect(rows.map { [UInt8]($0[1] as Data) } == [[], [0, 255]])
            #expect(rows.map { $0[2] as String } == ["text", "text"])
            #expect(rows.map { $0[3] as String } == ["blob", "blob"])
            row.bind(1, 2); row.bind(2, "again"); row.bind(3, [1])
            #expect { try row.insert() } throws: { ($0 as? DatabaseError)?.message?.contains("UNIQUE") == true }
            // The statement is reset after a failure and takes the next row.
            row.bind(1, 3); row.bind(2, "next"); row.bind(3, [1])
            try row.insert()
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 3)
        }
    }

    @Test func wikiLinks() {
        let text = "Voir [[infogerance]], [[ tma | la TMA ]] et [[externalisation|l’externalisation]] ; [[pas fermé"
        let links = WikiLink.all(in: text)
        #expect(links.map(\.id) == ["infogerance", "tma", "externalisation"])
        #expect(links.map(\.label) == [nil, "la TMA", "l’externalisation"])
        #expect(String(text[links[0].range]) == "[[infogerance]]")
        #expect(
            WikiLink.replacing(in: text) { $0.label ?? $0.id.uppercased() }
                == "Voir INFOGERANCE, la TMA et l’externalisation ; [[pas fermé")
        #expect(WikiLink.all(in: "[[]] [[a]").map(\.id) == [""])
    }
}
