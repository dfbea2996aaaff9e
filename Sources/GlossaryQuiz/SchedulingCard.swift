import Foundation

/// The FSRS memory state of one card, the fields of py-fsrs's `Card`.
package struct SchedulingCard: Sendable, Codable, Hashable {
    package var state: CardState
    /// The learning or relearning step; `nil` in review.
    package var step: Int?
    /// Days for retrievability to fall from 100 % to 90 %; `nil` before the first answer.
    package var stability: Double?
    /// 1 (easy) to 10 (hard); `nil` before the first answer.
    package var difficulty: Double?
    package var due: Date
    package var lastReview: Date?

    /// A card as FSRS sees it; a learning card without a step starts at the first.
    package init(
        state: CardState = .learning, step: Int? = 0, stability: Double? = nil, difficulty: Double? = nil,
        due: Date, lastReview: Date? = nil
    ) {
        self.state = state
        self.step = state == .learning && step == nil ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never answered, due at `date`.
    package static func new(due date: Date) -> SchedulingCard { SchedulingCard(due: date) }

    /// The scheduled interval (due minus last review), in seconds; 0 before the first answer.
    package var intervalSeconds: Int {
        guard let lastReview else { return 0 }
        return Int(due.timeIntervalSince(lastReview).rounded())
    }
}
