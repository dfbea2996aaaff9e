import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end tests of `glossary lint`, running the built binary.
@Suite("Lint command")
struct LintCommandTests {
    static let fixtures = CLIRunner.root.appendingPathComponent("Tests/GlossaryLintTests/Fixtures")

    func glossary(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> CLIRunner.Output {
        let index = TestScratch.root.appendingPathComponent("lint-index.sqlite").path
        return try CLIRunner.run(
            arguments + ["--content", Self.fixtures.appendingPathComponent("content").path, "--index", index],
            environment: ["NO_COLOR": "1"], input: input, directory: directory)
    }

    func document(_ name: String) -> String { Self.fixtures.appendingPathComponent("documents/\(name)").path }

    @Test("exit 1 with path:line:column warnings on stdout; 0 on clean text; 66 for a missing file; 64 for bad usage")
    func exitCodes() throws {
        let run = try glossary(["lint", document("rapport.md"), document("propre.md")])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("rapport.md:6:7: warning: « SSII » est un terme obsolète ; employez « ESN »"))
        #expect(run.stdout.split(separator: "\n").count == 6)
        #expect(run.stderr.contains("6 finding(s) in 1 of 2 file(s)"))
        #expect(try glossary(["lint", document("propre.md"), document("clean.txt")]).status == 0)
        let missing = try glossary(["lint", "/nonexistent/report.md"])
        #expect(missing.status == 66 && missing.stderr.contains("cannot read '/nonexistent/report.md'"))
        #expect(try glossary(["lint"]).status == 64)
        #expect(try glossary(["lint", "--dry-run", document("propre.md")]).status == 64)
        #expect(try glossary(["lint", "--min-status", "bad", document("propre.md")]).status == 64)
    }

    @Test("standard input, --json and --format sarif")
    func formats() throws {
        let input = "Notre SSII a signé.\n"
        let json = try glossary(["lint", "--json", "-"], input: input)
        #expect(json.status == 1)
        let findings = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(findings?.count == 1)
        #expect(findings?.first?["file"] as? String == "-")
        #expect(findings?.first?["column"] as? Int == 7 && findings?.first?["end_column"] as? Int == 11)
        #expect(findings?.first?["rule"] as? String == "obsolete-term")
        #expect(findings?.first?["suggestions"] as? [String] == ["ESN", "entreprise de services du numérique"])
        let sarif = try glossary(["lint", "--format", "sarif", "-"], input: input)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
    }

    @Test("--fix --dry-run prints the diff and changes nothing; --fix rewrites atomically; a second --fix finds nothing")
    func fixing() throws {
        let folder = TestScratch.path("lint-fix")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.md")
        let original = "# R\n\nLa SSII et `SSII` dans le code.\n"
        try original.write(to: file, atomically: true, encoding: .utf8)
        let dry = try glossary(["lint", "--fix", "--dry-run", file.path])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("-La SSII et `SSII` dans le code.\n+L'ESN et `SSII` dans le code.\n"))
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        let fixed = try glossary(["lint", "--fix", file.path])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "# R\n\nL'ESN et `SSII` dans le code.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.md"])
        let again = try glossary(["lint", "--fix", file.path])
        #expect(again.status == 0 && again.stdout.isEmpty)
    }
}
