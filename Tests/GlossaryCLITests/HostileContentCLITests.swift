import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end: content written to do harm (ids that climb out of folders, broken bytes,
/// links to private files) is reported with its position and never acted on.
struct HostileContentCLITests {
    func run(_ arguments: [String], in directory: URL? = nil) throws -> CLIRunner.Output {
        try CLIRunner.run(
            arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path],
            directory: directory)
    }

    /// A copy of the fixture content in a new folder; returns (folder, content).
    func copyOfFixture() throws -> (URL, String) {
        let folder = try CLIRunner.temporaryDirectory()
        let content = folder.appendingPathComponent("content").path
        try FileManager.default.copyItem(atPath: CLIRunner.fixture, toPath: content)
        return (folder, content)
    }

    @Test func aDomainIdThatClimbsOutIsAnErrorAndNothingIsWrittenOutside() throws {
        let (folder, content) = try copyOfFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let domains = content + "/domains.yaml"
        let original = try String(contentsOfFile: domains, encoding: .utf8)
        for bad in ["../../../X", "a/b", "Upper"] {
            try (original + "- id: \"\(bad)\"\n  fr: { name: \"Mauvais\" }\n  en: { name: \"Bad\" }\n")
                .write(toFile: domains, atomically: true, encoding: .utf8)
            let check = try run(["check", "--content", content])
            #expect(check.status == 65, "\(bad): \(check.stderr)")
            let line = original.split(separator: "\n").count + 1
            #expect(
                check.stdout.contains("domains.yaml:\(line):7: error: domain id '\(bad)' is not a valid slug")
                    || check.stderr.contains("domains.yaml:\(line):7: error: domain id '\(bad)' is not a valid slug"),
                "\(bad): \(check.stdout) \(check.stderr)")
            let site = try run([
                "site", "--content", content, "--out", folder.appendingPathComponent("out/site").path,
                "--templates", CLIRunner.root.appendingPathComponent("Site").path
            ])
            #expect(site.status == 65, "\(bad): \(site.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["content"])
    }
}

extension HostileContentCLITests {
    @Test func controlCharactersInAQueryReachTheTerminalEscaped() throws {
        for command in [["search", "\u{1B}[2J\u{7}"], ["show", "\u{1B}]0;owned\u{7}"]] {
            let run = try run(command + ["--content", CLIRunner.fixture])
            #expect(run.status != 0)
            #expect(!(run.stdout + run.stderr).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(command)")
        }
    }
}
