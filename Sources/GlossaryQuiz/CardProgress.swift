import Foundation
import GRDB

/// The stored FSRS state of one card (table `card_progress`). A card without a row is new.
/// Rows are kept when their concept leaves the content, so its history is never lost.
public struct CardProgress: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "card_progress"

    public var cardID: String
    public var concept: String
    public var kind: String
    public var state: CardState
    public var step: Int?
    public var stability: Double
    public var difficulty: Double
    public var due: Date
    public var lastReview: Date
    public var reps: Int
    public var lapses: Int

    /// The table's columns, for GRDB queries.
    public enum Columns {
        public static let cardID = Column(CodingKeys.cardID)
        public static let due = Column(CodingKeys.due)
    }

    enum CodingKeys: String, CodingKey {
        case cardID = "cardId", concept, kind, state, step, stability, difficulty, due, lastReview, reps, lapses
    }

    /// The scheduler's view of the row.
    public var scheduling: SchedulingCard {
        SchedulingCard(state: state, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }
}

extension CardState: DatabaseValueConvertible {}
