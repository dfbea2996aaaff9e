import Foundation
import GRDB

/// One answer, as recorded (table `review_log`, append-only: rows are inserted, never updated
/// or deleted). Intervals are due minus last review, in seconds; a new card's "before" state
/// is `new` with interval 0.
package struct ReviewLogEntry: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "review_log"

    package var id: Int64?
    package var cardID: String
    package var reviewedAt: Date
    package var rating: Int
    /// What was typed (or the option picked), when the card asks for it.
    package var answer: String?
    /// The concept the answer was taken for, when it was another concept's (the option
    /// picked, or a term of another concept typed); `nil` for right answers and before
    /// schema 4.
    package var answerConcept: String?
    /// Milliseconds from showing the card to the answer.
    package var durationMs: Int?
    package var stateBefore: String
    package var stateAfter: String
    package var intervalBefore: Int
    package var intervalAfter: Int
    package var dueAfter: Date
    package var stabilityAfter: Double
    package var difficultyAfter: Double

    /// The table's columns, for GRDB queries.
    package enum Columns {
        package static let reviewedAt = Column(CodingKeys.reviewedAt)
        package static let cardID = Column(CodingKeys.cardID)
        package static let rating = Column(CodingKeys.rating)
    }

    enum CodingKeys: String, CodingKey {
        case id, cardID = "cardId", reviewedAt, rating, answer, answerConcept, durationMs, stateBefore, stateAfter,
            intervalBefore, intervalAfter, dueAfter, stabilityAfter, difficultyAfter
    }

    /// Keeps the row id SQLite gave the entry.
    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
