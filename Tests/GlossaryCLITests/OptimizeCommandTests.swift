import Foundation
import GlossaryQuiz
import Testing

struct OptimizeCommandTests {
    let runner = CLIRunner.quiz

    /// A log written through the library as sessions write it: `cards` cards answered on their
    /// due dates (Good four times in five, else Again) for `days` days.
    func writeLog(_ path: String, cards: Int, days: Int) throws {
        let store = try ProgressStore.open(path: path)
        let scheduler = FSRSScheduler(enableFuzzing: false)
        var fuzz = SeededGenerator(seed: 1), answers = SeededGenerator(seed: 2)
        let start = try #require(ISO8601.date("2025-01-06T09:00:00Z"))
        for card in 0..<cards {
            var at = start.addingTimeInterval(Double(card % 10) * 86400 + Double(card) * 60)
            while at < start.addingTimeInterval(Double(days) * 86400) {
                let rating: Rating = Double.random(in: 0..<1, using: &answers) < 0.8 ? .good : .again
                at = try store.record(
                    CardID(concept: "c\(card)", kind: .frEn), rating: rating, at: at,
                    scheduler: scheduler, random: &fuzz
                ).after.due
            }
        }
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func optimizeSavesTheParametersAndSessionsScheduleWithThem() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        try writeLog(path, cards: 40, days: 40)
        let result = try runner.run(["optimize", "--progress", path, "--json", "--now", "2025-03-10T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try json(result.stdout)
        #expect(output["saved"] as? Bool == true)
        #expect(output["fitted_count"] as? Int == 4)
        let parameters = try #require(output["parameters"] as? [Double])
        #expect(parameters.count == 21)
        #expect(parameters[2] != FSRSScheduler.defaultParameters[2])
        #expect(output["held_out_after"] is [String: Any])
        // A new card answered Good now starts at the fitted S0(Good), not FSRS-6's 2.3065.
        let review = try runner.run([
            "review", "infogerance:fr-en", "good", "--no-fuzz", "--json", "--progress", path,
            "--content", CLIRunner.fixture, "--index", folder.appendingPathComponent("index.sqlite").path,
            "--now", "2025-03-10T10:00:00Z"
        ])
        #expect(review.status == 0, "\(review.stderr)")
        let stability = try #require(try json(review.stdout)["stability"] as? Double)
        #expect(abs(stability - parameters[2]) < 1e-9)
        // A second run starts from the saved parameters.
        let again = try json(try runner.run(["optimize", "--progress", path, "--dry-run", "--json"]).stdout)
        #expect(again["current_is_default"] as? Bool == false)
        #expect((again["current_parameters"] as? [Double]).map { zip($0, parameters).allSatisfy { abs($0 - $1) < 1e-9 } } == true)
    }

    /// A fit that does not predict the reviews better than the parameters in use is not saved
    /// (as Anki keeps "params already optimal"): here, the second run on the same log, whose fit
    /// is the one already saved; and a learner's own parameters, saved beforehand.
    @Test func aFitThatCannotHelpIsNotSaved() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        try writeLog(path, cards: 40, days: 40)
        let first = try runner.run(["optimize", "--progress", path, "--json", "--now", "2025-03-10T09:00:00Z"])
        #expect(first.status == 0, "\(first.stderr)")
        let firstOutput = try json(first.stdout)
        #expect(firstOutput["saved"] as? Bool == true)
        #expect(firstOutput["fitted_is_better"] as? Bool == true)
        let current = try #require(firstOutput["current"] as? [String: Any])
        let fitted = try #require(firstOutput["fitted"] as? [String: Any])
        let before = try #require(current["log_loss"] as? Double), after = try #require(fitted["log_loss"] as? Double)
        #expect(after < before)
        #expect(current["reviews"] as? Int == firstOutput["reviews"] as? Int)

        let second = try runner.run(["optimize", "--progress", path, "--json", "--now", "2025-03-11T09:00:00Z"])
        #expect(second.status == 0, "\(second.stderr)")
        let secondOutput = try json(second.stdout)
        #expect(secondOutput["saved"] as? Bool == false)
        #expect(secondOutput["fitted_is_better"] as? Bool == false)
        let kept = try #require(secondOutput["current"] as? [String: Any])
        #expect(kept["log_loss"] as? Double == (secondOutput["fitted"] as? [String: Any])?["log_loss"] as? Double)
        // Still the first fit, saved on the first day: nothing was added.
        let saved = try #require(try ProgressStore.open(path: path).latestFit())
        #expect(saved.fittedAt == ISO8601.date("2025-03-10T09:00:00Z"))

        let text = try runner.run(["optimize", "--progress", path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.contains("The current parameters (fitted earlier) already fit your reviews as well as the fit does: kept, nothing saved"),
            "\(text.stdout)")
        #expect(!text.stdout.contains("saved in"))
        #expect(try ProgressStore.open(path: path).latestFit()?.fittedAt == ISO8601.date("2025-03-10T09:00:00Z"))
    }

    /// `stats` says which parameters schedule the cards: the defaults, then the fit, with
    /// when, on what, and how well they predict the reviews.
    @Test func statsNamesTheParametersInUse() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        try writeLog(path, cards: 40, days: 40)
        let common = ["--progress", path, "--now", "2025-03-10T10:00:00Z"]
        let before = try json(try runner.run(["stats", "--json"] + common).stdout)
        let defaults = try #require(before["parameters"] as? [String: Any])
        #expect(defaults["source"] as? String == "defaults")
        #expect(defaults["fitted_at"] == nil)
        let defaultLoss = try #require(defaults["log_loss"] as? Double)
        #expect(try runner.run(["stats"] + common).stdout.contains("FSRS-6's defaults"))

        let optimize = try json(try runner.run(["optimize", "--progress", path, "--json", "--now", "2025-03-10T09:00:00Z"]).stdout)
        #expect(optimize["saved"] as? Bool == true)
        let after = try json(try runner.run(["stats", "--json"] + common).stdout)
        let fitted = try #require(after["parameters"] as? [String: Any])
        #expect(fitted["source"] as? String == "fitted")
        #expect(fitted["fitted_at"] as? String == "2025-03-10T09:00:00Z")
        #expect(fitted["fitted_count"] as? Int == 4)
        #expect(fitted["fitted_on"] as? Int == optimize["reviews"] as? Int)
        #expect(fitted["reviews"] as? Int == optimize["reviews"] as? Int)
        // The same figure optimize gave for the fit, on the same reviews, and lower than the defaults'.
        let loss = try #require(fitted["log_loss"] as? Double)
        #expect(abs(loss - ((optimize["fitted"] as? [String: Any])?["log_loss"] as? Double ?? -1)) < 1e-12)
        #expect(loss < defaultLoss)
        let text = try runner.run(["stats"] + common).stdout
        #expect(text.contains("fitted by glossary optimize on 2025-03-10T09:00:00Z: the first 4 fitted to"), "\(text)")
        #expect(text.contains(String(format: "log loss %.4f", loss)), "\(text)")
    }

    @Test func dryRunPrintsTheCheckAndWritesNothing() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        try writeLog(path, cards: 40, days: 40)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let result = try runner.run(["optimize", "--progress", path, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Fitted the first 4 parameters"))
        #expect(result.stdout.contains("log loss   RMSE (bins)"))
        #expect(result.stdout.contains("current (defaults)"))
        #expect(result.stdout.contains("--dry-run: nothing written"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files)
        #expect(try ProgressStore.readLogAndParameters(path: path).parameters == nil)
    }

    @Test func aTooSmallLogIsADataError() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        try writeLog(path, cards: 2, days: 3)
        for extra in [[], ["--dry-run"]] {
            let result = try runner.run(["optimize", "--progress", path] + extra)
            #expect(result.status == 65)
            #expect(result.stderr.contains("the review log is too small to fit"))
            #expect(result.stdout.isEmpty)
        }
        let missing = try runner.run(["optimize", "--progress", folder.appendingPathComponent("nothing.sqlite").path])
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nothing.sqlite").path))
    }

    @Test func aNewerFileIsLeftAlone() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        try writeLog(path, cards: 40, days: 40)
        // PRAGMA user_version is the big-endian integer at offset 60 of the SQLite header.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 60)
        handle.write(Data([0, 0, 0, 99]))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for extra in [[], ["--dry-run"]] {
            let result = try runner.run(["optimize", "--progress", path] + extra)
            #expect(result.status == 65)
            #expect(result.stderr.contains("newer glossary"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
