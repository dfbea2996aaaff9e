import Foundation
import Testing

@testable import GlossaryModel

/// Every content error has `path:line:column`, files the content does not own are never
/// quoted, control characters are shown escaped, and one broken file gives one error.
struct ContentErrorTests {
    func errors(_ content: TestContent) throws -> [Diagnostic] { try content.load().diagnostics.errors }

    @Test func fileLevelProblemsHaveAPosition() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try Data([0x69, 0x64, 0x3A, 0x20, 0x78, 0x0A, 0x66, 0x72, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: content.concepts.appendingPathComponent("utf.yaml"))
        try Data().write(to: content.concepts.appendingPathComponent("empty.yaml"))
        try "id: ctl\nfr: \"a\u{1B}[31mred\"\n".write(to: content.concepts.appendingPathComponent("ctl.yaml"), atomically: true, encoding: .utf8)
        let found = try errors(content)
        let utf = try #require(found.first { $0.path.hasSuffix("utf.yaml") })
        #expect((utf.line, utf.column) == (2, 5) && utf.message.contains("UTF-8"))
        let empty = try #require(found.first { $0.path.hasSuffix("empty.yaml") })
        #expect(empty.description.contains("empty.yaml:1:1: error: the file is empty"))
        let control = try #require(found.first { $0.path.hasSuffix("ctl.yaml") })
        #expect((control.line, control.column) == (2, 7) && control.message.contains("U+001B"))
        for diagnostic in found {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
            #expect(!diagnostic.description.unicodeScalars.contains { ControlCharacters.isControl($0) })
        }
    }

    @Test func controlCharactersWrittenAsEscapesAreRefused() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("escape", TestContent.concept("escape", fr: "a\\e[2Jb"))
        let error = try #require(try errors(content).first { $0.path.hasSuffix("escape.yaml") })
        #expect(error.message.contains("control character U+001B") && error.line == 6)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let file = content.concepts.appendingPathComponent("esn.yaml")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: file)).write(to: file)
        #expect(try content.load().isValid)
    }

    @Test func filesOutsideTheFolderAreNeverReadNorQuoted() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let secret = content.root.appendingPathComponent("secret.txt")
        try "SECRET-FIRST-LINE: hunter2\n".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: content.concepts.appendingPathComponent("link.yaml"), withDestinationURL: secret)
        #expect(mkfifo(content.concepts.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let found = try errors(content)
        #expect(found.contains { $0.path.hasSuffix("link.yaml") && $0.message.contains("symbolic link") })
        #expect(found.contains { $0.path.hasSuffix("pipe.yaml") && $0.message.contains("not a regular file") })
        #expect(!found.contains { $0.message.contains("SECRET") || $0.message.contains("hunter2") })
    }

    @Test func errorsThatFollowFromAnotherAreNotReported() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        // esn is referred to by other concepts; one typo that breaks its YAML is one error.
        let file = content.concepts.appendingPathComponent("esn.yaml")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "domains:", with: "domains: [\n").write(
            to: file, atomically: true, encoding: .utf8)
        let found = try errors(content)
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.path.hasSuffix("esn.yaml") == true)

        // Without domains.yaml: one error at domains.yaml:1:1, not one per concept.
        try content.write("esn", try String(contentsOf: TestContent.fixture.appendingPathComponent("concepts/esn.yaml"), encoding: .utf8))
        try FileManager.default.removeItem(atPath: content.content + "/domains.yaml")
        let missing = try errors(content)
        #expect(
            missing.map(\.description) == [
                "\(content.content)/domains.yaml:1:1: error: missing domains.yaml: list the domains with their French and English names (see Content/README.md)"
            ])
    }
}
