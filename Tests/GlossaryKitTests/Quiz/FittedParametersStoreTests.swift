import Foundation
import GRDB
import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

struct FittedParametersStoreTests {
    let fitted: [Double] = [0.5, 1.5, 3.0, 9.0] + FSRSScheduler.defaultParameters[4...]

    @Test func theLatestFitIsKept() throws {
        let path = try QuizFixtures.temporaryPath()
        let store = try ProgressStore.open(path: path)
        #expect(try store.fittedParameters() == nil)
        try store.saveFittedParameters(FSRSScheduler.defaultParameters, fittedCount: 4, reviewCount: 100, at: QuizFixtures.monday)
        try store.saveFittedParameters(fitted, fittedCount: 4, reviewCount: 120, at: QuizFixtures.monday)
        #expect(try ProgressStore.open(path: path).fittedParameters() == fitted)
        #expect(try ProgressStore.readLogAndParameters(path: path).parameters == fitted)
    }

    @Test func aVersion2FileGetsTheTableAndKeepsItsLog() throws {
        let path = try QuizFixtures.temporaryPath()
        let store = try ProgressStore.open(path: path)
        var random = SeededGenerator(seed: 1)
        try store.record(
            CardID(concept: "esn", kind: .frEn), rating: .good, at: QuizFixtures.monday,
            scheduler: FSRSScheduler(enableFuzzing: false), random: &random)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE fsrs_parameters; DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%'; PRAGMA user_version = 2")
        }
        // Read-only, as optimize --dry-run: no table yet, nothing written.
        let snapshot = try ProgressStore.readLogAndParameters(path: path)
        #expect(snapshot.log.count == 1 && snapshot.parameters == nil)
        #expect(try DatabaseQueue(path: path).read { try $0.tableExists("fsrs_parameters") } == false)
        let reopened = try ProgressStore.open(path: path)
        try reopened.saveFittedParameters(fitted, fittedCount: 4, reviewCount: 10, at: QuizFixtures.monday)
        #expect(try reopened.fittedParameters() == fitted)
        #expect(try reopened.allReviews().count == 1)
        #expect(try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 3)
    }

    @Test func theSchedulerUsesFittedParameters() {
        let scheduler = FSRSScheduler(parameters: fitted, enableFuzzing: false)
        var random = SeededGenerator(seed: 1)
        let card = scheduler.review(.new(due: QuizFixtures.monday), rating: .easy, at: QuizFixtures.monday, random: &random)
        #expect(card.stability == 9.0)
        #expect(card.due == QuizFixtures.monday.addingTimeInterval(9 * 86400))
    }
}
