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
