import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

@Suite("Writing files: one atomic writer, one knowledge base loader")
struct AtomicFileTests {
    @Test func writesReplacesAndLeavesNoTemporaryFile() throws {
        let folder = TestScratch.path("atomic")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("first".utf8), to: path)
        try AtomicFile.write(Data("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    @Test func aFolderThatDoesNotExistIsAWriteErrorNamingThePath() {
        let path = TestScratch.path("missing").appendingPathComponent("out.txt").path
        #expect(throws: OutputError.write(path: path, reason: "No such file or directory")) {
            try AtomicFile.write(Data("x".utf8), to: path)
        }
    }

    @Test func theIndexGivesTheWholeKnowledgeBaseWithItsDomains() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let loaded = try content.load()
        let fromIndex = try content.index().knowledgeBase(content: content.content)
        #expect(!fromIndex.domains.isEmpty)
        #expect(fromIndex == loaded.knowledgeBase)
    }
}
