import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end tests of `glossary export` and `glossary import`, run on the built binary.
struct InterchangeCLITests {
    static let fixtures = CLIRunner.fixture

    /// Runs the built `glossary` without colour, its index cache in this run's scratch folder.
    func run(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path])
    }

    @Test func exportThenImportIntoAnEmptyFolder() throws {
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

    @Test func importWithoutFormatTellsItFromTheFile() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder + "/concepts", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/domains.yaml", toPath: folder + "/domains.yaml")
        // Names that say nothing: the content decides.
        for (format, name) in [("csv", "sheet.txt"), ("tbx2", "terms.xml"), ("tbx", "terms.tbx")] {
            let export = try run(["export", "--format", format, "--content", Self.fixtures, "--out", folder + "/" + name])
            #expect(export.status == 0, "\(export.stderr)")
            let dryRun = try run(["import", folder + "/" + name, "--content", folder, "--dry-run"])
            #expect(dryRun.status == 0, "\(format): \(dryRun.stderr)")
            #expect(dryRun.stdout.contains("would create 7"), "\(format): \(dryRun.stdout)")
        }
        try "just some notes\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let unknown = try run(["import", folder + "/notes.txt", "--content", folder])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("notes.txt:1:1: cannot tell the format"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("pass --format"))
    }
}
