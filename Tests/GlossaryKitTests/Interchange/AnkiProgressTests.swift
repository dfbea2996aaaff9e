import Foundation
import GRDB
import GlossaryTestSupport
import Testing
import ZIPFoundation

@testable import GlossaryInterchange
@testable import GlossaryModel
@testable import GlossaryQuiz

/// The learner's progress in the Anki deck (`export --format anki --with-progress`), read back
/// from the SQLite inside the package: the `cards` columns, the `data` JSON, the `revlog`.
/// Anki's own library reads the same package in `.ci/checks/interchange.sh`.
struct AnkiProgressTests {
    let kb: KnowledgeBase
    let utc = TimeZone(identifier: "UTC")!
    /// Monday 2027-01-11 09:00 UTC.
    let start = Date(timeIntervalSince1970: 1_799_658_000)

    init() throws { kb = try InterchangeSupport.load(InterchangeSupport.fixtureContent) }

    struct Row: Equatable {
        var type, queue: Int
        var due: Int64
        var ivl, reps, lapses, left: Int
        var data: String
    }

    /// Answers some cards, exports the deck at `exportTime`, and reads back each card by
    /// (concept, ord) and the review log.
    func exportAfterReviews(_ folder: URL, exportTime: Date) throws -> (ProgressStore, [String: Row], [[String: DatabaseValue]], Int64) {
        let store = try ProgressStore.open(path: folder.appendingPathComponent("progress.sqlite").path)
        let scheduler = FSRSScheduler(enableFuzzing: false)
        var random = SeededGenerator(seed: 1)
        // esn FR → EN: easy at once, into review.
        try store.record(CardID(concept: "esn", kind: .frEn), rating: .easy, at: start, durationMs: 95_000, scheduler: scheduler, random: &random)
        // externalisation EN → FR: good once, on the second learning step.
        try store.record(CardID(concept: "externalisation", kind: .enFr), rating: .good, at: start, scheduler: scheduler, random: &random)
        // infogerance FR → EN: easy, then forgotten when due: relearning, one lapse.
        let infogerance = CardID(concept: "infogerance", kind: .frEn)
        let first = try store.record(infogerance, rating: .easy, at: start, scheduler: scheduler, random: &random)
        try store.record(infogerance, rating: .again, at: first.after.due, scheduler: scheduler, random: &random)
        // A definition card: no Anki card for it.
        try store.record(CardID(concept: "esn", kind: .defTerm), rating: .good, at: start, scheduler: scheduler, random: &random)

        let progress = AnkiProgress(cards: try store.allProgress(), reviews: try store.allReviews(), desiredRetention: 0.9, scheduler: scheduler)
        let data = try AnkiExporter(now: exportTime, progress: progress, timeZone: utc).export(kb)
        let apkg = folder.appendingPathComponent("kb.apkg")
        try data.write(to: apkg)
        let archive = try Archive(url: apkg, accessMode: .read)
        let collection = folder.appendingPathComponent("c.anki2")
        _ = try archive.extract(try #require(archive["collection.anki2"]), to: collection)
        let db = try DatabaseQueue(path: collection.path)
        defer { try? db.close() }
        return try db.read { db in
            var rows: [String: Row] = [:]
            for r in try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT n.guid, c.ord, c.type, c.queue, c.due, c.ivl, c.reps, c.lapses, c.left, c.data
                    FROM cards c JOIN notes n ON n.id = c.nid
                    """)
            {
                rows["\(r["guid"] as String):\(r["ord"] as Int)"] = Row(
                    type: r["type"], queue: r["queue"], due: r["due"], ivl: r["ivl"], reps: r["reps"], lapses: r["lapses"],
                    left: r["left"], data: r["data"])
            }
            let revlog = try GRDB.Row.fetchAll(db, sql: "SELECT * FROM revlog ORDER BY id").map { row in
                Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) })
            }
            let crt = try Int64.fetchOne(db, sql: "SELECT crt FROM col")!
            return (store, rows, revlog, crt)
        }
    }

    func json(_ text: String) throws -> [String: Double] {
        try JSONDecoder().decode([String: Double].self, from: Data(text.utf8))
    }

    @Test func reviewedCardsCarryTheirScheduleAndMemoryState() throws {
        let folder = TestScratch.path("anki-progress")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let exportTime = start.addingTimeInterval(3600)
        let (store, rows, revlog, crt) = try exportAfterReviews(folder, exportTime: exportTime)
        // The collection starts at the day's 4 a.m. (UTC here), as Anki sets `crt`.
        #expect(crt == 1_799_640_000)

        // Review: due as the Anki day counted from crt, interval in days, memory state in data.
        let esn = try #require(try store.progress(CardID(concept: "esn", kind: .frEn)))
        #expect(esn.state == .review)
        let review = try #require(rows["glossary/esn:0"])
        let days = Int64((esn.due.timeIntervalSince1970 - Double(crt)) / 86400)
        #expect(review.type == 2 && review.queue == 2 && review.due == days && review.due > 0)
        #expect(review.ivl == Int((esn.due.timeIntervalSince(esn.lastReview) / 86400).rounded()))
        #expect(review.reps == 1 && review.lapses == 0 && review.left == 0)
        let state = try json(review.data)
        #expect(abs(state["s"]! - esn.stability) < 0.00005)
        #expect(abs(state["d"]! - esn.difficulty) < 0.0005)
        #expect(state["dr"] == 0.9 && state["decay"] == 0.154)
        #expect(state["lrt"] == esn.lastReview.timeIntervalSince1970)

        // Learning: due in epoch seconds, one step left of two.
        let ext = try #require(try store.progress(CardID(concept: "externalisation", kind: .enFr)))
        let learning = try #require(rows["glossary/externalisation:1"])
        #expect(
            learning
                == Row(
                    type: 1, queue: 1, due: Int64(ext.due.timeIntervalSince1970), ivl: 0, reps: 1, lapses: 0,
                    left: 1001, data: learning.data))
        #expect(abs(try json(learning.data)["s"]! - ext.stability) < 0.00005)

        // Relearning: type 3 in the intraday queue, the lapse counted.
        let info = try #require(try store.progress(CardID(concept: "infogerance", kind: .frEn)))
        #expect(info.state == .relearning)
        let relearning = try #require(rows["glossary/infogerance:0"])
        #expect(relearning.type == 3 && relearning.queue == 1 && relearning.due == Int64(info.due.timeIntervalSince1970))
        #expect(relearning.reps == 2 && relearning.lapses == 1 && relearning.left == 1001)

        // Never reviewed here: new, no memory state; the other direction of esn too.
        for key in ["glossary/esn:1", "glossary/externalisation:0", "glossary/infogerance:1"] {
            let row = try #require(rows[key])
            #expect(row.type == 0 && row.queue == 0 && row.reps == 0 && row.data == "", "\(key)")
        }

        // The review log: one row per answer of a carried card (not the definition card), in
        // Anki's units; durations capped at 60 s.
        #expect(revlog.count == 4)
        let first = try #require(revlog.first)
        #expect(Int64.fromDatabaseValue(first["id"]!) == Int64(start.timeIntervalSince1970 * 1000))
        #expect(Int.fromDatabaseValue(first["ease"]!) == 4)
        #expect(Int.fromDatabaseValue(first["type"]!) == 0)
        #expect(revlog.contains { Int.fromDatabaseValue($0["time"]!) == 60_000 })
        #expect(revlog.contains { Int.fromDatabaseValue($0["type"]!) == 1 && Int.fromDatabaseValue($0["ease"]!) == 1 }) // the lapse
        let ids = revlog.map { Int64.fromDatabaseValue($0["id"]!)! }
        #expect(Set(ids).count == ids.count)
    }

    @Test func withoutProgressEveryCardIsNew() throws {
        let folder = TestScratch.path("anki-progress")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let apkg = folder.appendingPathComponent("kb.apkg")
        try AnkiExporter(now: start).export(kb).write(to: apkg)
        let archive = try Archive(url: apkg, accessMode: .read)
        _ = try archive.extract(try #require(archive["collection.anki2"]), to: folder.appendingPathComponent("c.anki2"))
        let db = try DatabaseQueue(path: folder.appendingPathComponent("c.anki2").path)
        defer { try? db.close() }
        let (scheduled, revlog) = try db.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM cards WHERE queue != 0 OR data != ''"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM revlog")
            )
        }
        #expect(scheduled == 0 && revlog == 0)
    }

    @Test func ankiDaysStartAtFourInTheMorning() {
        var paris = Calendar(identifier: .gregorian)
        paris.timeZone = TimeZone(identifier: "Europe/Paris")!
        let noon = paris.date(from: DateComponents(year: 2027, month: 3, day: 10, hour: 12))!
        let days = AnkiDay(now: noon, timeZone: paris.timeZone)
        #expect(days.creation == paris.date(from: DateComponents(year: 2027, month: 3, day: 10, hour: 4)))
        #expect(days.creationOffsetMinutesWest == -60)
        func at(_ day: Int, _ hour: Int) -> Date { paris.date(from: DateComponents(year: 2027, month: 3, day: day, hour: hour))! }
        #expect(days.index(of: at(10, 23)) == 0)
        #expect(days.index(of: at(11, 3)) == 0) // before the rollover: still the 10th
        #expect(days.index(of: at(11, 4)) == 1)
        #expect(days.index(of: at(31, 9)) == 21) // across the change to summer time
        // Before 4 a.m., the collection starts the day before.
        let early = AnkiDay(now: at(10, 2), timeZone: paris.timeZone)
        #expect(early.creation == at(9, 4))
    }

    @Test func onlyTranslationCardsHaveAnAnkiCard() {
        #expect(AnkiProgress.ankiCard("esn:fr-en")! == ("esn", 0))
        #expect(AnkiProgress.ankiCard("esn:en-fr")! == ("esn", 1))
        #expect(AnkiProgress.ankiCard("esn:def-term") == nil)
        #expect(AnkiProgress.ankiCard("esn:contrast-ssii@en") == nil)
        #expect(AnkiProgress.ankiCard("not an id") == nil)
    }
}
