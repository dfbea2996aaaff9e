import Foundation
import GRDB

/// One answer, as recorded (table `review_log`, append-only: rows are inserted, never updated
/// or deleted). Intervals are due minus last review, in seconds; a new card's "before" state
/// is `new` with interval 0.
public struct ReviewLogEntry: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "review_log"

    public var id: Int64?
    public var cardID: String
    public var reviewedAt: Date
    public var rating: Int
    /// What was typed (or the option picked), when the card asks for it.
    public var answer: String?
    /// The concept the answer was taken for, when it was another concept's (the option
    /// picked, or a term of another concept typed); `nil` for right answers and before
    /// schema 3.
    public var answerConcept: String?
    /// Milliseconds from showing the card to the answer.
    public var durationMs: Int?
    public var stateBefore: String
    public var stateAfter: String
    public var intervalBefore: Int
    public var intervalAfter: Int
    public var dueAfter: Date
    public var stabilityAfter: Double
    public var difficultyAfter: Double

    /// The table's columns, for GRDB queries.
    public enum Columns {
        public static let reviewedAt = Column(CodingKeys.reviewedAt)
        public static let cardID = Column(CodingKeys.cardID)
        public static let rating = Column(CodingKeys.rating)
    }

    enum CodingKeys: String, CodingKey {
        case id, cardID = "cardId", reviewedAt, rating, answer, answerConcept, durationMs, stateBefore, stateAfter,
             intervalBefore, intervalAfter, dueAfter, stabilityAfter, difficultyAfter
    }

    /// Keeps the row id SQLite gave the entry.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
