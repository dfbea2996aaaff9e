import Foundation
import GRDB
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

/// The index is written only over an index, and builds killed midway leave nothing behind
/// once the next build has run.
struct IndexSafetyTests {
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func anIndexIsNeverWrittenOverSomethingElse() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let kb = try content.load().knowledgeBase
        let document = content.root.appendingPathComponent("thesis.txt").path
        try "my thesis".write(toFile: document, atomically: true, encoding: .utf8)
        let progress = content.root.appendingPathComponent("progress.sqlite").path
        try DatabaseQueue(path: progress).write { try $0.execute(sql: "CREATE TABLE reviews(card TEXT); INSERT INTO reviews VALUES ('x')") }
        for target in [document, progress, content.content] {
            #expect {
                try IndexBuilder(path: target).build(kb, fingerprint: "f", contentDirectory: content.content)
            } throws: { error in
                if case OutputError.refusedOutput = error { true } else { false }
            }
        }
        #expect(try String(contentsOfFile: document, encoding: .utf8) == "my thesis")
        // An index replaces an index.
        try IndexBuilder(path: content.indexPath).build(kb, fingerprint: "f", contentDirectory: content.content)
        try IndexBuilder(path: content.indexPath).build(kb, fingerprint: "g", contentDirectory: content.content)
        #expect(try GlossaryIndex.openReadOnly(content.indexPath).meta("fingerprint") == "g")
    }

    @Test func temporaryFilesOfKilledBuildsAreRemovedByTheNext() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let dead = try Self.deadPID()
        let debris = ["index.sqlite.tmp-\(dead)-12", "index.sqlite.tmp-\(dead)-12-words"]
        let alive = "index.sqlite.tmp-\(getpid())-34"
        for name in debris + [alive] {
            try Data(count: 4096).write(to: content.root.appendingPathComponent(name))
        }
        _ = try content.index()
        let left = try FileManager.default.contentsOfDirectory(atPath: content.root.path)
        #expect(!left.contains(debris[0]) && !left.contains(debris[1]))
        #expect(left.contains(alive) && left.contains("index.sqlite"))
    }
}
