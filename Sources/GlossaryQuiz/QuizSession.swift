import Foundation

/// The queue of one session and what happened in it.
///
/// Learning and relearning steps are honoured: a card answered in a step waits until its
/// step is due; meanwhile the queue's other cards come first; once nothing else is left the
/// session ends, and ``nextStep`` says when the first waiting card falls due (there is no
/// "learn ahead": a card shown before its step would be a card shown too soon).
/// In cram mode nothing is scheduled: a card failed the first time comes back once, last.
package struct QuizSession: Sendable {
    package private(set) var queue: [QuizCard]
    /// Cards in a learning or relearning step, with when the step falls due.
    package private(set) var waiting: [(card: QuizCard, due: Date)] = []
    /// Every answer, in order.
    package private(set) var answers: [(card: QuizCard, rating: Rating)] = []
    package let plannedCount: Int
    package private(set) var dueLeft: Int

    /// A session over `cards`, the first `due` of which were due.
    package init(cards: [QuizCard], due: Int) {
        queue = cards
        plannedCount = cards.count
        dueLeft = due
    }

    /// The next card at `now`: a waiting card whose step is due, else the next of the queue;
    /// `nil` when the session is over.
    package mutating func next(now: Date) -> QuizCard? {
        if let index = waiting.indices.filter({ waiting[$0].due <= now }).min(by: { waiting[$0].due < waiting[$1].due }) {
            return waiting.remove(at: index).card
        }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    /// When the first card waiting for its step falls due, and how many wait.
    package var nextStep: (due: Date, cards: Int)? {
        waiting.map(\.due).min().map { ($0, waiting.count) }
    }

    /// Notes an answer. `step` is when the card's learning or relearning step falls due
    /// (`nil` once it is in review, or in cram mode).
    package mutating func answered(_ card: QuizCard, rating: Rating, step: Date?, wasDue: Bool, cram: Bool = false) {
        let firstTime = !answers.contains { $0.card.id == card.id }
        answers.append((card, rating))
        if firstTime && wasDue { dueLeft = max(0, dueLeft - 1) }
        if cram {
            if rating == .again && firstTime { queue.append(card) }
        } else if let step {
            waiting.append((card, step))
        }
    }

    /// How many distinct cards were answered.
    package var cardsSeen: Int { Set(answers.map(\.card.id)).count }

    /// Cards whose first answer in the session was not Again.
    package var rightFirstTry: Int {
        var seen: Set<CardID> = [], right = 0
        for (card, rating) in answers where seen.insert(card.id).inserted && rating != .again { right += 1 }
        return right
    }

    /// The concepts that went worst, worst first: Again counts 2, Hard 1; ties by id.
    package func weakestConcepts(limit: Int = 3) -> [(concept: String, misses: Int)] {
        var score: [String: Int] = [:]
        for (card, rating) in answers {
            score[card.conceptID, default: 0] += rating == .again ? 2 : rating == .hard ? 1 : 0
        }
        return score.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .prefix(limit).map { ($0.key, $0.value) }
    }
}
