import Foundation
import Testing

struct ReviewStatsCommandTests {
    let runner = CLIRunner.quiz

    func common(_ folder: URL) -> [String] {
        [
            "--content", CLIRunner.fixture, "--index", folder.appendingPathComponent("index.sqlite").path,
            "--progress", folder.appendingPathComponent("progress.sqlite").path, "--create"
        ]
    }

    @Test func reviewRecordsOneAnswerAndPrintsTheState() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runner.run(["review", "infogerance:fr-en", "good", "--now", "2025-01-06T09:00:00Z", "--no-fuzz", "--json"] + common(folder))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["state"] as? String == "learning")
        #expect(json["due"] as? String == "2025-01-06T09:10:00Z")
        #expect(json["previous_state"] as? String == "new")
        #expect((json["stability"] as? Double).map { abs($0 - 2.3065) < 1e-4 } == true)
        let second = try runner.run(["review", "infogerance:fr-en", "3", "--now", "2025-01-06T09:10:00Z", "--no-fuzz"] + common(folder))
        #expect(second.stdout.contains("good: learning → review"))
        #expect(second.stdout.contains("2025-01-08T09:10:00Z"))
    }

    @Test func unknownCardNamesTheClosestIDs() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runner.run(["review", "infogerance:fr_en", "good"] + common(folder))
        #expect(result.status == 1)
        #expect(result.stderr.contains("no card 'infogerance:fr_en'; did you mean: infogerance:fr-en"))
        let rating = try runner.run(["review", "infogerance:fr-en", "great"] + common(folder))
        #expect(rating.status == 64)
    }

    @Test func statsCountsAndListsCards() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (card, rating, time) in [("esn:fr-en", "easy", "2025-01-06T09:00:00Z"), ("esn:acronym", "good", "2025-01-06T09:00:00Z")] {
            _ = try runner.run(["review", card, rating, "--now", time, "--no-fuzz"] + common(folder))
        }
        let result = try runner.run(["stats", "--json", "--now", "2025-01-06T12:00:00Z"] + common(folder))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["review"] == 1)
        #expect(counts["learning"] == 1)
        #expect(json["reviews_today"] as? Int == 2)
        let cards = try #require(json["cards"] as? [[String: Any]])
        #expect(Set(cards.compactMap { $0["id"] as? String }) == ["esn:fr-en", "esn:acronym"])
        let keys = Set(cards[0].keys)
        #expect(keys == ["id", "concept", "kind", "state", "due", "stability", "difficulty", "reps", "lapses", "last_review"])
        #expect(cards.first { $0["id"] as? String == "esn:fr-en" }?["last_review"] as? String == "2025-01-06T09:00:00Z")
        let forecast = try #require(json["forecast"] as? [[String: Any]])
        #expect(forecast.count == 14)
        #expect(forecast[0]["due"] as? Int == 1)
        let text = try runner.run(["stats", "--now", "2025-01-06T12:00:00Z"] + common(folder))
        #expect(text.stdout.contains("learning 1 · review 1"))
        #expect(text.stdout.contains("█"))
    }

    @Test func retentionIsKeptAndStatsShowsItBesideTheAchievedOne() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try runner.run(
            ["review", "esn:fr-en", "easy", "--retention", "0.80", "--now", "2025-01-06T09:00:00Z", "--no-fuzz", "--json"] + common(folder))
        #expect(first.status == 0, "\(first.stderr)")
        // A later review without --retention uses the kept 0.80: a longer interval than at 0.90.
        let kept = try runner.run(["review", "esn:en-fr", "easy", "--now", "2025-01-06T09:00:00Z", "--no-fuzz", "--json"] + common(folder))
        let other = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        let fresh = try runner.run(["review", "esn:en-fr", "easy", "--now", "2025-01-06T09:00:00Z", "--no-fuzz", "--json"] + common(other))
        func due(_ r: CLIRunner.Output) throws -> String {
            try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])["due"] as? String ?? ""
        }
        #expect(try due(kept) > due(fresh))
        let stats = try runner.run(["stats", "--now", "2025-01-06T10:00:00Z"] + common(folder))
        #expect(stats.stdout.contains("desired 80 %"), "\(stats.stdout)")
        let bad = try runner.run(["review", "esn:fr-en", "good", "--retention", "0.5"] + common(folder))
        #expect(bad.status == 64)
        let csv = try runner.run(["stats", "--export-log", "-"] + common(folder))
        #expect(csv.stdout.split(separator: "\n").first == "card_id,review_time,review_rating,review_state,review_duration")
        #expect(csv.stdout.split(separator: "\n").count == 3)
    }
}
