import Foundation
import GRDB
import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

struct ProgressStoreTests {
    let card = CardID(concept: "infogerance", kind: .frEn)
    let scheduler = FSRSScheduler(enableFuzzing: false)

    @Test func recordsStateAndLog() throws {
        let store = try ProgressStore.open(path: try QuizFixtures.temporaryPath())
        var random = SeededGenerator(seed: 1)
        let first = try store.record(
            card, rating: .good, at: QuizFixtures.monday, answer: "IT outsourcing", durationMs: 1200,
            scheduler: scheduler, random: &random)
        #expect(first.before == nil)
        #expect(first.after.state == .learning)
        #expect(first.after.step == 1)
        #expect(ISO8601.string(first.after.due) == "2025-01-06T09:10:00Z")
        let second = try store.record(card, rating: .good, at: first.after.due, scheduler: scheduler, random: &random)
        #expect(second.after.state == .review)
        #expect(second.after.reps == 2)
        #expect(second.log.stateBefore == "learning")
        #expect(second.log.intervalBefore == 600)
        #expect(second.log.intervalAfter == 2 * 86400)
        let log = try store.reviews(since: .distantPast)
        #expect(log.map(\.rating) == [3, 3])
        #expect(log.first?.answer == "IT outsourcing")
        #expect(log.first?.durationMs == 1200)
        #expect(try store.newCardsIntroduced(since: QuizFixtures.monday) == 1)
        #expect(try store.progress(card)?.cardID == "infogerance:fr-en")
    }

    @Test func lapsesCountAgainInReview() throws {
        let store = try ProgressStore.open(path: try QuizFixtures.temporaryPath())
        var random = SeededGenerator(seed: 1)
        var at = QuizFixtures.monday
        for rating in [Rating.easy, .again, .good] {
            at = try store.record(card, rating: rating, at: at, scheduler: scheduler, random: &random).after.due
        }
        let progress = try #require(try store.progress(card))
        #expect(progress.lapses == 1)
        #expect(progress.reps == 3)
    }

    @Test func theLogIsAppendOnly() throws {
        let path = try QuizFixtures.temporaryPath()
        let store = try ProgressStore.open(path: path)
        var random = SeededGenerator(seed: 1)
        try store.record(card, rating: .good, at: QuizFixtures.monday, scheduler: scheduler, random: &random)
        let queue = try DatabaseQueue(path: path)
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "DELETE FROM review_log") } }
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "UPDATE review_log SET rating = 1") } }
    }

    @Test func usesWAL() throws {
        let path = try QuizFixtures.temporaryPath()
        _ = try ProgressStore.open(path: path)
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test(arguments: ["userVersion", "migration"])
    func refusesANewerSchemaWithoutTouchingIt(_ how: String) throws {
        let path = try QuizFixtures.temporaryPath()
        _ = try ProgressStore.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            if how == "userVersion" {
                try db.execute(sql: "PRAGMA user_version = 99")
            } else {
                try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9: from the future')")
            }
        }
        _ = try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try ProgressStore.open(path: path)
        } throws: { error in
            guard case ProgressError.progressFromNewerVersion(let p, _, let known)? = error as? ProgressError else { return false }
            return p == path && known == ProgressSchema.version && (error as? ProgressError)?.errorDescription?.contains("unchanged") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aSchema2FileOpensAndLogsTheConceptOfWrongAnswersFromThenOn() throws {
        // A progress file as glossary wrote it before schema 3, with one wrong answer logged.
        let path = try QuizFixtures.temporaryPath()
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for (identifier, body) in ProgressSchema.migrations.prefix(2) {
                try body(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
            }
            try db.execute(
                sql: """
                    INSERT INTO review_log (cardId, reviewedAt, rating, answer, stateBefore, stateAfter, intervalBefore, intervalAfter,
                                            dueAfter, stabilityAfter, difficultyAfter)
                    VALUES ('infogerance:fr-en', '2025-01-01 09:00:00.000', 1, 'subcontracting', 'review', 'relearning', 86400, 600,
                            '2025-01-01 09:10:00.000', 1.0, 5.0)
                    """)
        }
        try old.close()
        let store = try ProgressStore.open(path: path)
        var random = SeededGenerator(seed: 1)
        try store.record(
            CardID(concept: "infogerance", kind: .choice), rating: .again, at: QuizFixtures.monday, answer: "ESN",
            answerConcept: "esn", scheduler: scheduler, random: &random)
        try store.record(
            CardID(concept: "infogerance", kind: .enFr), rating: .good, at: QuizFixtures.monday, answer: "infogérance",
            scheduler: scheduler, random: &random)
        try store.record(
            CardID(concept: "infogerance-x", kind: .enFr), rating: .again, at: QuizFixtures.monday, answer: "ESN",
            scheduler: scheduler, random: &random)
        let wrong = try store.wrongAnswers(concept: "infogerance")
        #expect(wrong.map(\.answer) == ["subcontracting", "ESN"])
        #expect(wrong.map(\.answerConcept) == [nil, "esn"])
        let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == ProgressSchema.version)
    }

    @Test func twoWritersDoNotLoseAnswers() async throws {
        let path = try QuizFixtures.temporaryPath()
        let a = try ProgressStore.open(path: path), b = try ProgressStore.open(path: path)
        let scheduler = scheduler, card = card
        await withTaskGroup(of: Void.self) { group in
            for (n, store) in [a, b].enumerated() {
                group.addTask {
                    var random = SeededGenerator(seed: UInt64(n))
                    for i in 0..<25 {
                        _ = try? store.record(
                            card, rating: .good, at: QuizFixtures.monday.addingTimeInterval(Double(i)),
                            scheduler: scheduler, random: &random)
                    }
                }
            }
        }
        #expect(try a.reviews(since: .distantPast).count == 50)
        #expect(try a.progress(card)?.reps == 50)
    }
}

/// Settings kept per file, and the review log as the FSRS optimizers' CSV.
struct ProgressSettingsTests {
    @Test func desiredRetentionIsKeptPerFile() throws {
        let path = try QuizFixtures.temporaryPath()
        let store = try ProgressStore.open(path: path)
        #expect(try store.desiredRetention() == nil)
        try store.setDesiredRetention(0.85)
        #expect(try ProgressStore.open(path: path).desiredRetention() == 0.85)
        #expect(try ProgressStore.open(path: try QuizFixtures.temporaryPath("other.sqlite")).desiredRetention() == nil)
    }

    @Test func reviewLogExportsAsTheOptimizersCSV() throws {
        let store = try ProgressStore.open(path: try QuizFixtures.temporaryPath())
        var random = SeededGenerator(seed: 1)
        let scheduler = FSRSScheduler(enableFuzzing: false)
        let day = QuizFixtures.monday
        try store.record(CardID("esn:fr-en")!, rating: .again, at: day, durationMs: 1500, scheduler: scheduler, random: &random)
        try store.record(CardID("esn:en-fr")!, rating: .good, at: day.addingTimeInterval(5), scheduler: scheduler, random: &random)
        try store.record(CardID("esn:fr-en")!, rating: .good, at: day.addingTimeInterval(120), durationMs: 800, scheduler: scheduler, random: &random)
        let lines = ReviewLogCSV.text(try store.allReviews()).split(separator: "\n")
        #expect(
            lines == [
                "card_id,review_time,review_rating,review_state,review_duration",
                "1,1736154000000,1,0,1500",
                "2,1736154005000,3,0,0",
                "1,1736154120000,3,1,800"
            ])
    }

    @Test func leechesAreCardsWithEnoughLapses() throws {
        func row(_ id: String, lapses: Int) -> CardProgress {
            CardProgress(
                cardID: id, concept: String(id.split(separator: ":")[0]), kind: "fr-en", state: .review, step: nil,
                stability: 1, difficulty: 5, due: QuizFixtures.monday, lastReview: QuizFixtures.monday, reps: 10, lapses: lapses)
        }
        let stats = ProgressStats(
            progress: [row("a:fr-en", lapses: 8), row("b:fr-en", lapses: 7), row("c:fr-en", lapses: 9)],
            reviews30Days: [], cardIDs: nil, now: QuizFixtures.monday, desiredRetention: 0.85)
        #expect(stats.leeches.map(\.id) == ["c:fr-en", "a:fr-en"])
        #expect(stats.desiredRetention == 0.85)
        let stricter = ProgressStats(progress: [row("b:fr-en", lapses: 7)], reviews30Days: [], cardIDs: nil, now: QuizFixtures.monday, leechLapses: 5)
        #expect(stricter.leeches.count == 1)
    }
}
