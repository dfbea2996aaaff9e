import Foundation
import GlossaryInterchange
import GlossaryModel
import GlossaryQuiz
import GlossarySite
import GlossaryStore
import GlossaryTestSupport
import Testing

/// End-to-end: each domain's error reaches the user as the library describes it, on stderr
/// after `error:`, and the command exits with the error's own code.
struct ErrorCLITests {
    func run(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path])
    }

    /// `output` is exactly `error` as the CLI prints it.
    func expectPrinted(_ output: CLIRunner.Output, _ error: some GlossaryFailure, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(output.status == error.exitCode, "\(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.stderr == "error: \(error.errorDescription ?? "")\n", sourceLocation: sourceLocation)
    }

    @Test func contentError() throws {
        let missing = TestScratch.path("no-content").path
        expectPrinted(try run(["check", "--content", missing]), ContentError.contentNotFound(missing))
        #expect(ContentError.contentNotFound(missing).exitCode == 66)
    }

    @Test func outputError() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = OutputError.refusedOutput(
            path: folder.path, reason: "it is a folder, which this command never replaces; name a new file or an existing regular file")
        expectPrinted(try run(["export", "--format", "csv", "--content", CLIRunner.fixture, "--out", folder.path]), refused)
        #expect(refused.exitCode == 73)
    }

    @Test func indexError() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The index's folder would have to be made inside a regular file.
        try "not a folder".write(to: folder.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("file/index.sqlite").path
        let out = try run(["list", "--content", CLIRunner.fixture, "--index", path])
        #expect(out.status == 74, "\(out.stderr)")
        #expect(out.stderr.hasPrefix("error: index '\(path)': cannot build: "), "\(out.stderr)")
        #expect(out.stderr.hasSuffix("; delete the file to have it rebuilt, or pass --index PATH\n"), "\(out.stderr)")
    }

    @Test func progressError() throws {
        let path = TestScratch.path("no-progress").appendingPathComponent("progress.sqlite").path
        expectPrinted(try run(["stats", "--content", CLIRunner.fixture, "--progress", path]), ProgressError.progressNotFound(path: path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func importError() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.tbx").path
        expectPrinted(try run(["import", missing, "--into", folder.path]), ImportError.inputNotFound(missing))
        let empty = folder.appendingPathComponent("empty.csv").path
        try Data().write(to: URL(fileURLWithPath: empty))
        expectPrinted(
            try run(["import", "--format", "csv", empty, "--into", folder.path]),
            ImportError.malformedInput(
                path: empty, line: 1, column: 1,
                reason: "the file is empty; expected a header row with at least concept, language, term"))
    }

    @Test func siteError() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("no-site").path
        let out = try run(["site", "--content", CLIRunner.fixture, "--templates", templates, "--out", folder.appendingPathComponent("out").path])
        expectPrinted(out, SiteError.siteFilesNotFound(path: templates + "/templates", reason: "no templates folder here"))
    }
}
