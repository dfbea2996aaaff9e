import Foundation

/// The queue of one session and what happened in it. Cards that come back within 20 minutes
/// (a learning step after Again or Hard) are shown again before the session ends, once they
/// are due or when nothing else is left, as Anki's "learn ahead limit" does.
public struct QuizSession: Sendable {
    /// How far ahead a learning card may be shown again in the same session.
    public static let learnAheadLimit: TimeInterval = 20 * 60

    public private(set) var queue: [QuizCard]
    /// Cards answered in this session that come back soon, with when.
    public private(set) var comingBack: [(card: QuizCard, due: Date)] = []
    /// Every answer, in order.
    public private(set) var answers: [(card: QuizCard, rating: Rating)] = []
    public let plannedCount: Int
    public private(set) var dueLeft: Int

    public init(cards: [QuizCard], due: Int) {
        queue = cards
        plannedCount = cards.count
        dueLeft = due
    }

    /// The next card at `now`, or `nil` when the session is over.
    public mutating func next(now: Date) -> QuizCard? {
        if let index = comingBack.indices.min(by: { comingBack[$0].due < comingBack[$1].due }),
           comingBack[index].due <= now || queue.isEmpty {
            return comingBack.remove(at: index).card
        }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    /// Notes an answer; `due` is when the scheduler wants the card again (`nil` in cram mode,
    /// where a card failed comes back once at the end).
    public mutating func answered(_ card: QuizCard, rating: Rating, due: Date?, now: Date, wasDue: Bool) {
        let firstTime = !answers.contains { $0.card.id == card.id }
        answers.append((card, rating))
        if firstTime && wasDue { dueLeft = max(0, dueLeft - 1) }
        if let due {
            if due.timeIntervalSince(now) <= Self.learnAheadLimit { comingBack.append((card, due)) }
        } else if rating == .again && firstTime {
            comingBack.append((card, now))
        }
    }

    /// How many distinct cards were answered.
    public var cardsSeen: Int { Set(answers.map(\.card.id)).count }

    /// Cards whose first answer in the session was not Again.
    public var rightFirstTry: Int {
        var seen: Set<CardID> = [], right = 0
        for (card, rating) in answers where seen.insert(card.id).inserted && rating != .again { right += 1 }
        return right
    }

    /// The concepts that went worst, worst first: Again counts 2, Hard 1; ties by id.
    public func weakestConcepts(limit: Int = 3) -> [(concept: String, misses: Int)] {
        var score: [String: Int] = [:]
        for (card, rating) in answers {
            score[card.conceptID, default: 0] += rating == .again ? 2 : rating == .hard ? 1 : 0
        }
        return score.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .prefix(limit).map { ($0.key, $0.value) }
    }
}
