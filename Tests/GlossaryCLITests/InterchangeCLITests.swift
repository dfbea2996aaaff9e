import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end tests of `glossary export` and `glossary import`, run on the built binary.
struct InterchangeCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/GlossaryKitTests/Fixtures/content").path

    /// The `glossary` binary next to the test bundle (swift test builds it).
    static var binary: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("glossary")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try #require(Self.binary)
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil)) func exportThenImportIntoAnEmptyFolder() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder + "/concepts", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/domains.yaml", toPath: folder + "/domains.yaml")

        let export = try run(["export", "--format", "tbx", "--content", Self.fixtures, "--out", folder + "/kb.tbx"])
        #expect(export.status == 0, "\(export.stderr)")
        let stdout = try run(["export", "--format", "csv", "--content", Self.fixtures])
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("concept,language,term,"))
        #expect(try run(["export", "--format", "anki", "--content", Self.fixtures]).status == 64)

        let dryRun = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder, "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("would create 7"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/concepts").isEmpty)

        let imported = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("created 7"))
        #expect(imported.stdout.contains("check: 0 error(s)"))

        // Changed file, no --overwrite: refused, nothing written.
        let path = folder + "/concepts/esn.yaml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try (original + "# edited\n").write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("--overwrite"))
        let forced = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder, "--overwrite"])
        #expect(forced.status == 0 && forced.stdout.contains("updated 1"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

        try "<tbx>\n<text>\n</tbx>\n".write(toFile: folder + "/bad.tbx", atomically: true, encoding: .utf8)
        let malformed = try run(["import", "--format", "tbx", folder + "/bad.tbx", "--content", folder])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("bad.tbx:3:"))
    }
}
