import Foundation

/// The FSRS memory state of one card, the fields of py-fsrs's `Card`.
public struct SchedulingCard: Sendable, Codable, Hashable {
    public var state: CardState
    /// The learning or relearning step; `nil` in review.
    public var step: Int?
    /// Days for retrievability to fall from 100 % to 90 %; `nil` before the first answer.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); `nil` before the first answer.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card as FSRS sees it; a learning card without a step starts at the first.
    public init(state: CardState = .learning, step: Int? = 0, stability: Double? = nil, difficulty: Double? = nil,
                due: Date, lastReview: Date? = nil) {
        self.state = state
        self.step = state == .learning && step == nil ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never answered, due at `date`.
    public static func new(due date: Date) -> SchedulingCard { SchedulingCard(due: date) }

    /// The scheduled interval (due minus last review), in seconds; 0 before the first answer.
    public var intervalSeconds: Int {
        guard let lastReview else { return 0 }
        return Int(due.timeIntervalSince(lastReview).rounded())
    }
}
