import Foundation
import GRDB
import GlossaryModel

/// The learner's progress: one SQLite file (WAL mode), separate from the content index because
/// it is not derived from anything and must never be lost.
///
/// Guarantees:
/// - each answer is recorded by ``record(_:rating:at:answer:durationMs:scheduler:random:)`` in
///   its own IMMEDIATE transaction, which reads the card, schedules it and writes the card and
///   the log entry: a kill or a power cut loses nothing already answered, and two sessions at
///   once serialise on the write lock (waiting up to 10 s) instead of overwriting each other;
/// - a file from a newer schema is detected through a read-only connection and refused before
///   anything is written to it.
public struct ProgressStore: Sendable {
    /// The path of the progress database file.
    public let path: String
    let writer: DatabaseQueue

    /// What one recorded answer changed.
    public struct Outcome: Sendable {
        /// The card's progress before the answer; nil for a card answered for the first time.
        public var before: CardProgress?
        /// The card's progress after the answer, as stored: its new state and due date.
        public var after: CardProgress
        package var log: ReviewLogEntry
    }

    /// Opens the progress database at `path`; a missing file is created only when `create`
    /// is true (the user's consent), else ``ProgressError/progressNotFound(path:)``.
    public static func open(path: String, create: Bool = true) throws(ProgressError) -> ProgressStore {
        let fm = FileManager.default
        if !create && !fm.fileExists(atPath: path) { throw .progressNotFound(path: path) }
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            if fm.fileExists(atPath: path) { try refuseNewerSchema(path) }
            var configuration = Configuration()
            configuration.journalMode = .wal
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try checkSchema(db, path: path)
                    try ProgressSchema.migrate(db)
                    return .commit
                }
            }
            return ProgressStore(path: path, writer: queue)
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .progress(path: path, reason: "\(error)")
        }
    }

    /// Checks an existing file through a read-only connection, which cannot change it.
    private static func refuseNewerSchema(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in try checkSchema(db, path: path) }
    }

    private static func checkSchema(_ db: Database, path: String) throws {
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if userVersion > ProgressSchema.version {
            throw ProgressError.progressFromNewerVersion(path: path, found: "schema \(userVersion)", known: ProgressSchema.version)
        }
        if try db.tableExists("grdb_migrations") {
            let known = Set(ProgressSchema.identifiers)
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw ProgressError.progressFromNewerVersion(path: path, found: "migration '\(unknown)'", known: ProgressSchema.version)
            }
        }
    }

    /// Records one answer: schedules the card from its stored state and writes the new state
    /// and a log entry, all in one IMMEDIATE transaction committed before returning.
    @discardableResult
    public func record(
        _ card: CardID, rating: Rating, at date: Date, answer: String? = nil, answerConcept: String? = nil, durationMs: Int? = nil,
        scheduler: FSRSScheduler, random: inout SeededGenerator
    ) throws(ProgressError) -> Outcome {
        var generator = random
        let outcome: Outcome
        do {
            outcome = try writer.writeWithoutTransaction { db in
                var result: Outcome?
                try db.inTransaction(.immediate) {
                    let before = try CardProgress.fetchOne(db, key: card.description)
                    let scheduled = scheduler.review(before?.scheduling ?? .new(due: date), rating: rating, at: date, random: &generator)
                    let after = CardProgress(
                        cardID: card.description, concept: card.concept, kind: card.kind.rawValue, state: scheduled.state,
                        step: scheduled.step, stability: scheduled.stability!, difficulty: scheduled.difficulty!,
                        due: scheduled.due, lastReview: date, reps: (before?.reps ?? 0) + 1,
                        lapses: (before?.lapses ?? 0) + (before?.state == .review && rating == .again ? 1 : 0))
                    try after.save(db)
                    var log = ReviewLogEntry(
                        cardID: card.description, reviewedAt: date, rating: rating.rawValue, answer: answer, answerConcept: answerConcept,
                        durationMs: durationMs,
                        stateBefore: before?.state.rawValue ?? "new", stateAfter: after.state.rawValue,
                        intervalBefore: before?.scheduling.intervalSeconds ?? 0, intervalAfter: scheduled.intervalSeconds,
                        dueAfter: after.due, stabilityAfter: after.stability, difficultyAfter: after.difficulty)
                    try log.insert(db)
                    result = Outcome(before: before, after: after, log: log)
                    return .commit
                }
                return result!
            }
        } catch {
            throw .progress(path: path, reason: "cannot record the answer: \(error)")
        }
        random = generator
        return outcome
    }

    /// Every card with progress, by id.
    public func allProgress() throws(ProgressError) -> [CardProgress] {
        try read { db in try CardProgress.order(CardProgress.Columns.cardID).fetchAll(db) }
    }

    /// The progress of one card, if it was ever answered.
    public func progress(_ card: CardID) throws(ProgressError) -> CardProgress? {
        try read { db in try CardProgress.fetchOne(db, key: card.description) }
    }

    /// The log entries from `date` on, oldest first.
    package func reviews(since date: Date) throws(ProgressError) -> [ReviewLogEntry] {
        try read { db in
            try ReviewLogEntry.filter(ReviewLogEntry.Columns.reviewedAt >= date).order(ReviewLogEntry.Columns.reviewedAt).fetchAll(db)
        }
    }

    /// The Again answers given to the cards of `concept` that say what was answered (the
    /// text, or the concept it was taken for), oldest first: what a leech is confused with.
    package func wrongAnswers(concept: String) throws(ProgressError) -> [ReviewLogEntry] {
        // `cardId` runs from `concept:` to just before `concept;` (`;` follows `:`): a range
        // on the index, not a scan of the log.
        try read { db in
            try ReviewLogEntry.filter(ReviewLogEntry.Columns.cardID >= concept + ":" && ReviewLogEntry.Columns.cardID < concept + ";")
                .filter(ReviewLogEntry.Columns.rating == Rating.again.rawValue)
                .filter(Column("answer") != nil || Column("answerConcept") != nil)
                .order(ReviewLogEntry.Columns.reviewedAt, Column("id")).fetchAll(db)
        }
    }

    /// How many cards were answered for the first time from `date` on: the new cards of a day.
    package func newCardsIntroduced(since date: Date) throws(ProgressError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_log WHERE stateBefore = 'new' AND reviewedAt >= ?", arguments: [date]) ?? 0
        }
    }

    /// The concepts with an answer from `date` on: their other cards are buried until the
    /// next day.
    package func conceptsAnswered(since date: Date) throws(ProgressError) -> Set<String> {
        try read { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT substr(cardId, 1, instr(cardId, ':') - 1) FROM review_log WHERE reviewedAt >= ?
                        """, arguments: [date]))
        }
    }

    /// What is due: how many cards are overdue at `now` (due at or before it), when the next
    /// one after `now` falls due, and how many fall due within 24 hours, overdue included.
    public struct DueSummary: Sendable, Hashable {
        /// How many cards are due at or before the time asked.
        public var overdue: Int
        /// When the next card after the time asked falls due; nil when none does.
        public var next: Date?
        /// How many cards fall due within 24 hours of the time asked, overdue ones included.
        public var within24Hours: Int
    }

    /// See ``DueSummary``.
    public func dueSummary(at now: Date) throws(ProgressError) -> DueSummary {
        try read { db in
            let overdue = try CardProgress.filter(CardProgress.Columns.due <= now).fetchCount(db)
            let next = try Date.fetchOne(db, CardProgress.select(min(CardProgress.Columns.due)).filter(CardProgress.Columns.due > now))
            let within = try CardProgress.filter(CardProgress.Columns.due <= now.addingTimeInterval(86400)).fetchCount(db)
            return DueSummary(overdue: overdue, next: next, within24Hours: within)
        }
    }

    /// The desired retention kept in this file (`--retention`), if one was set.
    package func desiredRetention() throws(ProgressError) -> Double? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'desired_retention'").flatMap(Double.init) }
    }

    /// Keeps `retention` as this file's desired retention.
    package func setDesiredRetention(_ retention: Double) throws(ProgressError) {
        do {
            try writer.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES ('desired_retention', ?)", arguments: [String(retention)])
            }
        } catch {
            throw .progress(path: path, reason: "cannot save the desired retention: \(error)")
        }
    }

    /// The whole review log, oldest first, for export.
    package func allReviews() throws(ProgressError) -> [ReviewLogEntry] {
        try read { db in try ReviewLogEntry.order(ReviewLogEntry.Columns.reviewedAt, Column("id")).fetchAll(db) }
    }

    /// SQLite's `PRAGMA integrity_check`: `ok` when the file is sound.
    package func integrityCheck() throws(ProgressError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(ProgressError) -> T {
        do { return try writer.read(body) } catch { throw .progress(path: path, reason: "\(error)") }
    }
}
