import Foundation
import GRDB
import Testing

@testable import GlossaryModel
@testable import GlossarySearch
@testable import GlossaryStore

@Suite("The index: freshness and atomic rebuilds")
struct IndexTests {
    @Test func firstOpenBuildsThenReuses() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let first = try GlossaryIndex.open(content: content.content, path: content.indexPath)
        guard case .rebuilt(let report) = first.freshness else { Issue.record("expected a build"); return }
        #expect(report.concepts == 7)
        #expect(try first.index.conceptIDs().count == 7)
        #expect(try GlossaryIndex.open(content: content.content, path: content.indexPath).freshness == .upToDate)
    }

    /// The same folder named two ways (`Content`, `./Content`) is the same content.
    @Test func anotherSpellingOfTheFolderKeepsTheIndexFresh() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        _ = try content.index()
        let respelled = content.root.path + "/./content/"
        #expect(try GlossaryIndex.open(content: respelled, path: content.indexPath).freshness == .upToDate)
        #expect(try ContentFingerprint.compute(directory: respelled) == ContentFingerprint.compute(directory: content.content))
    }

    @Test func staleIndexIsRebuiltWhenContentChanges() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        _ = try content.index()
        try content.write("nouveau", TestContent.concept("nouveau", fr: "nuage", en: "cloud"))
        let opened = try GlossaryIndex.open(content: content.content, path: content.indexPath)
        guard case .rebuilt = opened.freshness else { Issue.record("expected a rebuild, got \(opened.freshness)"); return }
        #expect(try SearchEngine(index: opened.index).search("nuage").results.first?.concept.id == "nouveau")
        // Removing a file is a change too.
        try content.remove("nouveau")
        let again = try GlossaryIndex.open(content: content.content, path: content.indexPath)
        #expect(try again.index.concept("nouveau") == nil)
    }

    @Test func editingAFileInPlaceIsNoticed() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        _ = try content.index()
        let file = content.concepts.appendingPathComponent("esn.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "IT services company", with: "digital services company")
        try text.write(to: file, atomically: false, encoding: .utf8)
        let index = try content.index()
        #expect(try SearchEngine(index: index).search("digital services company").results.first?.concept.id == "esn")
    }

    @Test func invalidContentKeepsThePreviousIndex() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        _ = try content.index()
        let before = try Data(contentsOf: URL(fileURLWithPath: content.indexPath))
        try content.write("esn", "id: esn\nfr: [unclosed\n")
        let opened = try GlossaryIndex.open(content: content.content, path: content.indexPath)
        #expect(opened.freshness == .stale)
        #expect(!opened.diagnostics.errors.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: content.indexPath)) == before)
        #expect(try SearchEngine(index: opened.index).search("SSII").results.first?.concept.id == "esn")
        // No temporary file is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: content.root.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func invalidContentWithoutAnIndexIsAnError() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("esn", "id: esn\nfr: [unclosed\n")
        #expect(throws: ContentError.self) { try content.index() }
        #expect(!FileManager.default.fileExists(atPath: content.indexPath))
    }

    /// The concepts' words are written into a file of their own alongside the rest, then
    /// copied into the index: the copy must be a whole FTS5 table, one document per concept and
    /// language, each found by its own words under its own concept.
    @Test func conceptWordsWrittenAlongsideAreWholeAndAligned() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        _ = try content.index()
        // FTS5's integrity check is an INSERT, so it needs a connection that may write.
        let (passages, indexed, matches) = try DatabaseQueue(path: content.indexPath).write { db in
            try db.execute(sql: "INSERT INTO concept_fts(concept_fts, rank) VALUES('integrity-check', 0)")
            let passages = try Int.fetchOne(db, sql: "SELECT 2 * count(*) FROM concept")
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM concept_fts_docsize")
            // Every document is found by the first token of its definition, under its own concept.
            var matches = 0
            for row in try Row.fetchAll(db, sql: "SELECT conceptId, lang, definition FROM concept_fts") {
                let word = (row["definition"] as String).split(separator: " ").first.map(String.init) ?? ""
                let ids = try Row.fetchAll(db, sql: "SELECT conceptId, lang FROM concept_fts WHERE concept_fts MATCH ?", arguments: ["\"\(word)\""])
                if ids.contains(where: { $0["conceptId"] == row["conceptId"] as String && $0["lang"] == row["lang"] as String }) { matches += 1 }
            }
            return (passages, indexed, matches)
        }
        #expect(passages ?? 0 > 10)
        #expect(indexed == passages)
        #expect(matches == passages)
        // Neither the index's temporary file nor the side file is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: content.root.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aReaderKeepsItsIndexWhileItIsReplaced() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let old = try content.index()
        try content.write("nouveau", TestContent.concept("nouveau", fr: "nuage", en: "cloud"))
        _ = try GlossaryIndex.open(content: content.content, path: content.indexPath, rebuild: true)
        // The old connection still reads a whole, consistent index.
        #expect(try old.conceptIDs().count == 7)
        #expect(try content.index().conceptIDs().count == 8)
    }

    @Test func defaultLocationIsInTheCacheKeyedByFolder() {
        let a = IndexLocation.defaultPath(forContent: "/tmp/a/Content", environment: ["XDG_CACHE_HOME": "/cache", "HOME": "/home/u"])
        let b = IndexLocation.defaultPath(forContent: "/tmp/b/Content", environment: ["XDG_CACHE_HOME": "/cache", "HOME": "/home/u"])
        #expect(a.hasPrefix("/cache/glossary/"))
        #expect(a != b)
        #expect(IndexLocation.defaultPath(forContent: "/tmp/a/Content", environment: ["HOME": "/home/u"]).hasPrefix("/home/u/.cache/glossary/"))
    }

    @Test(arguments: [
        "Content", "/tmp/a/Content", "Content/", "./Content", "a/../Content", "/tmp//a/Content", "/", "", "é/Contenu",
        "/tmp/a/./b/../Content"
    ])
    func absolutePathIsWhatURLStandardizationGives(_ directory: String) {
        #expect(IndexLocation.absolutePath(directory) == URL(fileURLWithPath: directory).standardizedFileURL.path)
    }
}
