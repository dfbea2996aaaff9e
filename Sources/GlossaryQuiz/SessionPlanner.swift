import Foundation

/// Chooses the cards of a session as Anki does: the cards that are due first (the most
/// overdue first), then new cards up to the day's allowance, `count` cards in all.
public struct SessionPlanner: Sendable {
    public var count: Int
    /// New cards allowed per day, minus those already introduced today.
    public var newAllowance: Int
    /// Practise without the schedule: any cards, in random order.
    public var cram: Bool

    public init(count: Int = 20, newAllowance: Int = 10, cram: Bool = false) {
        self.count = count
        self.newAllowance = newAllowance
        self.cram = cram
    }

    /// The session's cards, in order, and how many of them were due.
    public func plan(_ cards: [QuizCard], progress: [String: CardProgress], now: Date,
                     random: inout SeededGenerator) -> (cards: [QuizCard], due: Int) {
        if cram {
            return (Array(cards.shuffled(using: &random).prefix(count)), 0)
        }
        let due = cards.filter { progress[$0.id.description].map { $0.due <= now } ?? false }
            .sorted { (progress[$0.id.description]!.due, $0.id) < (progress[$1.id.description]!.due, $1.id) }
        let fresh = spread(cards.filter { progress[$0.id.description] == nil }.shuffled(using: &random))
        let chosenDue = Array(due.prefix(count))
        let newCount = max(0, min(newAllowance, count - chosenDue.count))
        return (chosenDue + fresh.prefix(newCount), chosenDue.count)
    }

    /// Reorders shuffled cards so that two cards of one concept do not follow each other
    /// where it can be helped: the second would give the first away.
    func spread(_ cards: [QuizCard]) -> [QuizCard] {
        var pending = cards, out: [QuizCard] = []
        while !pending.isEmpty {
            let index = pending.firstIndex { $0.conceptID != out.last?.conceptID } ?? 0
            out.append(pending.remove(at: index))
        }
        return out
    }
}
