import Foundation
import GRDB

/// The stored FSRS state of one card (table `card_progress`). A card without a row is new.
/// Rows are kept when their concept leaves the content, so its history is never lost.
public struct CardProgress: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    /// The table the progress is stored in.
    public static let databaseTableName = "card_progress"

    /// The card's id, as ``CardID/description``.
    public var cardID: String
    /// The id of the concept the card asks about.
    public var concept: String
    /// The card's kind, as ``CardKind``'s raw value.
    public var kind: String
    /// Whether the card is being learnt, reviewed or relearnt.
    public var state: CardState
    /// The learning or relearning step the card is at; nil in review.
    public var step: Int?
    /// FSRS stability: the interval, in days, at which recall falls to 90 %.
    public var stability: Double
    /// FSRS difficulty, from 1 (easy) to 10 (hard).
    public var difficulty: Double
    /// When the card is next due.
    public var due: Date
    /// When the card was last answered.
    public var lastReview: Date
    /// How many times the card was answered.
    public var reps: Int
    /// How many times the card was forgotten after it reached review.
    public var lapses: Int

    /// The table's columns, for GRDB queries.
    public enum Columns {
        package static let cardID = Column(CodingKeys.cardID)
        package static let due = Column(CodingKeys.due)
    }

    enum CodingKeys: String, CodingKey {
        case cardID = "cardId", concept, kind, state, step, stability, difficulty, due, lastReview, reps, lapses
    }

    /// The scheduler's view of the row.
    package var scheduling: SchedulingCard {
        SchedulingCard(state: state, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }
}

extension CardState: DatabaseValueConvertible {}
