import Foundation
import GlossaryQuiz
import Testing

/// End-to-end: the built `glossary` binary driven through pipes, as a script would.
struct QuizSessionTests {
    let runner = QuizCLIRunner()

    /// The answers to the six cards of `esn`, in the order `--seed 7` gives them:
    /// fr-en (a typo), acronym (wrong), en-fr (an obsolete term), def-term (right),
    /// term-def (reveal, then Easy), choice (a wrong option).
    static let script = "IT service company\nentreprise de service numerique\nSSII\nentreprise de services du numerique\n\n4\n1\n"

    func arguments(_ folder: URL, _ extra: [String] = []) -> [String] {
        ["quiz", "--content", QuizCLIRunner.fixtureContent, "--index", folder.appendingPathComponent("index.sqlite").path,
         "--progress", folder.appendingPathComponent("progress.sqlite").path,
         "--seed", "7", "--now", "2025-01-06T09:00:00Z", "--concept", "esn", "--no-fuzz"] + extra
    }

    @Test func scriptedSessionThroughAPipe() throws {
        let folder = try QuizCLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runner.run(arguments(folder), input: Self.script)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("1/6 · 0 due left  [esn:fr-en]"))
        #expect(out.contains("~ almost — the spelling is « IT services company » (Hard)"))
        #expect(out.contains("diff:      entreprise de service[+s] [+du ]num[-e][+é]rique"))
        #expect(out.contains("« SSII » is obsolete: say « ESN »"))
        #expect(out.contains("✗ wrong — the answer is « ESN » (Again)"))
        #expect(out.contains("easy · next in 8 days (review)"))
        // The entry after every card, in both languages.
        #expect(out.components(separatedBy: "── ESN · IT services company [esn]").count == 7)
        #expect(out.contains("Company that sells IT services to other organisations."))
        // EOF during the first card shown again ends the session with a summary.
        #expect(out.contains("again  [esn:acronym]"))
        #expect(out.contains("reviewed:       6 card(s), 6 answer(s)"))
        #expect(out.contains("right 1st try:  4/6"))
        #expect(out.contains("next due:       in 1 min (2025-01-06T09:01:00Z)"))

        let store = try ProgressStore.open(path: folder.appendingPathComponent("progress.sqlite").path)
        let log = try store.reviews(since: .distantPast)
        #expect(log.map(\.cardID) == ["esn:fr-en", "esn:acronym", "esn:en-fr", "esn:def-term", "esn:term-def", "esn:choice"])
        #expect(log.map(\.rating) == [2, 1, 2, 3, 4, 1])
        #expect(log[2].answer == "SSII")
        #expect(log[5].answer == "cœur de métier")
        let progress = Dictionary(uniqueKeysWithValues: try store.allProgress().map { ($0.cardID, $0) })
        #expect(progress["esn:term-def"]?.state == .review)
        #expect(progress["esn:term-def"].map { ISO8601.string($0.due) } == "2025-01-14T09:00:00Z")
        #expect(progress["esn:fr-en"].map { ISO8601.string($0.due) } == "2025-01-06T09:05:30Z")

        // The next day: the same cards are due, and cram changes nothing.
        let cram = try runner.run(arguments(folder, ["--cram", "--count", "1"]) + ["--kinds", "fr-en"], input: "IT services company\n")
        #expect(cram.stdout.contains("cram: good, schedule unchanged"))
        #expect(try store.reviews(since: .distantPast).count == 6)
    }

    @Test func killNineMidSessionLosesNothingAnswered() throws {
        let folder = try QuizCLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, stdin, stdout, _) = try runner.start(arguments(folder))
        stdin.fileHandleForWriting.write(Data("IT service company\nentreprise de service numerique\nSSII\n".utf8))
        var seen = ""
        while !seen.contains("[esn:def-term]") {
            let data = stdout.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("[esn:def-term]"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let store = try ProgressStore.open(path: folder.appendingPathComponent("progress.sqlite").path)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.reviews(since: .distantPast).map(\.cardID) == ["esn:fr-en", "esn:acronym", "esn:en-fr"])
        #expect(try store.allProgress().count == 3)
    }

    @Test func twoSessionsAtOnceKeepEachOthersAnswers() throws {
        let folder = try QuizCLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Build the index first so the two sessions do not both build it.
        _ = try runner.run(arguments(folder, ["--count", "1"]), input: "")
        let first = try runner.start(arguments(folder))
        let second = try runner.start(arguments(folder))
        // Both sessions have chosen their cards (and shown the first) before either answers.
        for session in [first, second] {
            var seen = ""
            while !seen.contains("[esn:fr-en]") {
                let data = session.2.fileHandleForReading.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
        }
        for session in [first, second] {
            session.1.fileHandleForWriting.write(Data(Self.script.utf8))
        }
        for session in [first, second] {
            try session.1.fileHandleForWriting.close()
            _ = session.2.fileHandleForReading.readDataToEndOfFile()
            session.0.waitUntilExit()
            #expect(session.0.terminationStatus == 0)
        }
        let store = try ProgressStore.open(path: folder.appendingPathComponent("progress.sqlite").path)
        #expect(try store.reviews(since: .distantPast).count == 12)
        #expect(try store.allProgress().allSatisfy { $0.reps == 2 })
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aProgressFileFromANewerVersionIsRefusedAndLeftAlone() throws {
        let folder = try QuizCLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        _ = try runner.run(arguments(folder), input: "IT services company\n")
        // PRAGMA user_version is the big-endian integer at offset 60 of the SQLite header.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 60)
        handle.write(Data([0, 0, 0, 99]))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in [arguments(folder), ["review", "esn:fr-en", "good", "--progress", path, "--content", QuizCLIRunner.fixtureContent,
                                            "--index", folder.appendingPathComponent("index.sqlite").path]] {
            let result = try runner.run(command, input: "IT services company\n")
            #expect(result.status == 65)
            #expect(result.stderr.contains("comes from a newer glossary (schema 99"))
            #expect(result.stderr.contains("unchanged"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
