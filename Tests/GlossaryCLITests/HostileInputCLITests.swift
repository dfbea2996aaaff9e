import Foundation
import GlossaryTestSupport
import Testing

/// Issue 18, item 3: no string makes `search`, `show`, `list`, `quiz` or `review` print SQLite's
/// text, crash or fail with anything but a documented exit status. The library test runs all
/// 5,000 strings of the generated corpus; the binary runs every 25th through each command.
@Suite("CLI end to end: hostile strings through search, show, list, quiz and review")
final class HostileInputCLITests: Sendable {
    let cache: URL
    let base: [String]

    init() throws {
        cache = try CLIRunner.temporaryDirectory()
        base = ["--content", CLIRunner.fixture, "--index", cache.appendingPathComponent("index.sqlite").path]
    }

    deinit { try? FileManager.default.removeItem(at: cache) }

    @Test func everyCommandAnswersEveryStringWithoutSQLiteText() throws {
        let corpus = HostileStrings.corpus()
        _ = try CLIRunner.run(["index"] + base)
        var runs = 0
        let progress = cache.appendingPathComponent("progress.sqlite").path
        for (i, text) in corpus.enumerated() where i % 25 == 0 {
            // NUL cannot pass through argv; the library test covers it.
            let text = text.replacingOccurrences(of: "\u{0}", with: "")
            for args in [
                ["search", "--", text], ["search", "--json", "--lang", "en", "--", text], ["show", "--", text],
                ["list", "--domain", text],
                ["quiz", "--concept", text, "--count", "1", "--progress", progress, "--create"],
                ["review", "--progress", progress, "--create", "--", text, "good"]
            ] {
                let out = try CLIRunner.run(args + base, input: "q\n")
                runs += 1
                let scalars = text.unicodeScalars.prefix(40).map { String($0.value, radix: 16) }
                #expect([0, 1, 64, 65].contains(out.status), "\(args[0]) \(scalars): exit \(out.status): \(out.stderr)")
                #expect(!out.stderr.contains("SQLite") && !out.stdout.contains("SQLite"), "\(args[0]) \(scalars): \(out.stderr)")
                #expect(!out.stderr.contains("fts5"), "\(args[0]) \(scalars): \(out.stderr)")
            }
        }
        #expect(runs >= 1200)
    }
}
