import Foundation
import GlossaryQuiz
import Testing

/// End-to-end: the built `glossary` binary driven through pipes, as a script would.
struct QuizSessionTests {
    let runner = CLIRunner.quiz

    /// The answers to the seven cards `--seed 7` gives on the fixture content at 09:00, one
    /// card per concept (siblings buried): delocalisation:choice (right), esn:en-fr (an
    /// obsolete term: Hard), reseau:choice (wrong), externalisation:choice (right),
    /// infogerance:en-fr (right, with an elision), coeur-de-metier:choice (right),
    /// sous-traitance:fr-en (a typo: Hard).
    static let script = "3\nSSII\n2\n4\nl'infogérance\n1\nsubcontractng\n"
    static let order = [
        "delocalisation:choice", "esn:en-fr", "reseau:choice", "externalisation:choice",
        "infogerance:en-fr", "coeur-de-metier:choice", "sous-traitance:fr-en"
    ]

    func arguments(_ folder: URL, now: String = "2025-01-06T09:00:00Z", _ extra: [String] = []) -> [String] {
        [
            "quiz", "--content", CLIRunner.fixture, "--index", folder.appendingPathComponent("index.sqlite").path,
            "--progress", folder.appendingPathComponent("progress.sqlite").path, "--create",
            "--seed", "7", "--now", now, "--count", "7", "--no-fuzz"
        ] + extra
    }

    func cardsShown(_ out: String) -> [String] {
        out.split(separator: "\n").compactMap { line in
            guard line.first?.isNumber == true, let open = line.lastIndex(of: "["), line.hasSuffix("]") else { return nil }
            return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        }
    }

    @Test func scriptedSessionHonoursLearningStepsAndBuriesSiblings() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try runner.run(arguments(folder), input: Self.script)
        #expect(first.status == 0, "\(first.stderr)")
        let out = first.stdout
        #expect(!out.contains("\u{1B}"))
        let shown = cardsShown(out)
        #expect(shown == Self.order)
        // Siblings buried: one card per concept; no card shown twice although all are in a step.
        #expect(Set(shown.map { $0.split(separator: ":")[0] }).count == shown.count)
        #expect(out.contains("~ almost — the answer is « subcontracting » (Hard)"))
        #expect(out.contains("diff:      subcontract[+i]ng"))
        #expect(out.contains("reviewed:       7 card(s), 7 answer(s)"))
        #expect(out.contains("next step:      7 card(s) wait for a learning step; the first is due in 1 min (2025-01-06T09:01:00Z)"))

        // 30 s later: every card waits for its step and every concept is buried: nothing to show.
        let early = try runner.run(arguments(folder, now: "2025-01-06T09:00:30Z"), input: "")
        #expect(cardsShown(early.stdout).isEmpty)
        #expect(early.stdout.contains("Nothing due"))
        #expect(early.stdout.contains("next due:       next in 30 s (2025-01-06T09:01:00Z), 7 card(s) due within 24 h"))

        // At 09:02 only the card failed at 09:00 (a 1-minute step) is due; the Hard ones
        // (5.5 min) and the Good ones (10 min) still wait.
        let later = try runner.run(arguments(folder, now: "2025-01-06T09:02:00Z"), input: "3\n")
        #expect(cardsShown(later.stdout) == ["reseau:choice"])
        let store = try ProgressStore.open(path: folder.appendingPathComponent("progress.sqlite").path)
        let log = try store.reviews(since: .distantPast)
        #expect(log.map(\.cardID) == shown + ["reseau:choice"])
        #expect(log.map(\.rating) == [3, 2, 1, 3, 3, 3, 2, 3])
        #expect(log[4].answer == "l'infogérance")

        // Cram ignores steps and burying and changes nothing.
        let cram = try runner.run(
            arguments(folder, ["--cram", "--count", "1", "--kinds", "fr-en", "--concept", "IT outsourcing"]),
            input: "IT outsourcing\n")
        #expect(cram.stdout.contains("cram: good, schedule unchanged"))
        #expect(try store.reviews(since: .distantPast).count == 8)
    }

    @Test func summaryCountsOverdueCards() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try runner.run(arguments(folder), input: Self.script)
        // At 09:20 all seven are overdue; a session quit at its first card leaves them due now.
        let result = try runner.run(arguments(folder, now: "2025-01-06T09:20:00Z", ["--count", "1"]), input: "q\n")
        #expect(result.stdout.contains("next due:       7 card(s) due now"), "\(result.stdout)")
    }

    @Test func selfGradedCardsShowTheIntervalOfEachGrade() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runner.run(arguments(folder, ["--kinds", "term-def", "--count", "1"]), input: "\n3\n")
        #expect(result.stdout.contains("1 Again <1m · 2 Hard <6m · 3 Good <10m · 4 Easy 8d"), "\(result.stdout)")
    }

    @Test func conceptAcceptsAnyTermAsShowDoes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runner.run(arguments(folder, ["--concept", "SSII", "--cram", "--count", "3"]), input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(cardsShown(result.stdout).allSatisfy { $0.hasPrefix("esn:") })
        let missing = try runner.run(arguments(folder, ["--concept", "zzzzqqq"]), input: "")
        #expect(missing.status == 1)
    }

    @Test func killNineRightAfterTheVerdictKeepsTheAnswer() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for trial in 0..<3 {
            let path = folder.appendingPathComponent("progress-\(trial).sqlite").path
            var args = arguments(folder)
            args[args.firstIndex(of: "--progress")! + 1] = path
            let (process, stdin, stdout, _) = try runner.start(args)
            stdin.fileHandleForWriting.write(Data("2\n".utf8)) // delocalisation:choice, wrong
            var seen = ""
            while !seen.contains("(Again)") {
                let data = stdout.fileHandleForReading.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(seen.contains("✗ wrong"))
            #expect(process.terminationReason == .uncaughtSignal)
            let store = try ProgressStore.open(path: path, create: false)
            #expect(try store.integrityCheck() == "ok")
            #expect(try store.reviews(since: .distantPast).map(\.cardID) == ["delocalisation:choice"])
        }
    }

    @Test func sixteenProcessesOnANewProgressFileKeepEveryAnswer() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("index.sqlite").path
        // Build the index once, so that the processes only race on the progress file.
        _ = try runner.run(["list", "--content", CLIRunner.fixture, "--index", index])
        let cards = [
            "esn:fr-en", "esn:en-fr", "infogerance:fr-en", "infogerance:en-fr", "reseau:fr-en", "reseau:en-fr",
            "delocalisation:fr-en", "delocalisation:en-fr"
        ]
        for round in 0..<3 {
            let progress = folder.appendingPathComponent("round-\(round).sqlite").path
            let started = try (0..<16).map { i in
                try runner.start([
                    "review", cards[i % cards.count], i < 8 ? "good" : "again", "--progress", progress, "--create",
                    "--content", CLIRunner.fixture, "--index", index, "--now", "2025-01-06T09:00:00Z"
                ])
            }
            for (process, _, stdout, stderr) in started {
                _ = stdout.fileHandleForReading.readDataToEndOfFile()
                let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(errors)")
                #expect(!errors.contains("already exists"))
            }
            let store = try ProgressStore.open(path: progress, create: false)
            #expect(try store.reviews(since: .distantPast).count == 16)
            #expect(try store.allProgress().map(\.reps).reduce(0, +) == 16)
        }
    }

    @Test func twoSessionsAtOnceKeepEachOthersAnswers() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Build the index and the progress file first so the two sessions do not both build it.
        _ = try runner.run(arguments(folder, ["--count", "1"]), input: "")
        let first = try runner.start(arguments(folder))
        let second = try runner.start(arguments(folder))
        // Both sessions have chosen their cards (and shown the first) before either answers.
        for session in [first, second] {
            var seen = ""
            while !seen.contains("Your choice") {
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
        #expect(try store.reviews(since: .distantPast).count == 14)
        #expect(try store.allProgress().allSatisfy { $0.reps == 2 })
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aMissingProgressPathIsAnErrorWithoutCreate() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progres.sqlite").path
        for command in [["quiz"], ["review", "esn:fr-en", "good"], ["stats"]] {
            let result = try runner.run(
                command + [
                    "--progress", path, "--content", CLIRunner.fixture,
                    "--index", folder.appendingPathComponent("index.sqlite").path
                ], input: "")
            #expect(result.status == 66)
            #expect(result.stderr.contains("no progress database at '\(path)'"))
            #expect(result.stderr.contains("--create"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func statsAndReviewWorkWithoutAContentFolder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outside = runner
        outside.directory = folder
        let progress = ["--progress", folder.appendingPathComponent("progress.sqlite").path, "--create"]
        let review = try outside.run(["review", "esn:fr-en", "good", "--now", "2025-01-06T09:00:00Z"] + progress)
        #expect(review.status == 0, "\(review.stderr)")
        let stats = try outside.run(["stats", "--now", "2025-01-06T10:00:00Z"] + progress)
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("new – (no content folder) · learning 1"))
    }

    @Test func aProgressFileFromANewerVersionIsRefusedAndLeftAlone() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        _ = try runner.run(arguments(folder), input: "1\n")
        // PRAGMA user_version is the big-endian integer at offset 60 of the SQLite header.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 60)
        handle.write(Data([0, 0, 0, 99]))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in [
            arguments(folder),
            [
                "review", "esn:fr-en", "good", "--progress", path, "--content", CLIRunner.fixture,
                "--index", folder.appendingPathComponent("index.sqlite").path
            ]
        ] {
            let result = try runner.run(command, input: "IT services company\n")
            #expect(result.status == 65)
            #expect(result.stderr.contains("comes from a newer glossary (schema 99"))
            #expect(result.stderr.contains("unchanged"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
