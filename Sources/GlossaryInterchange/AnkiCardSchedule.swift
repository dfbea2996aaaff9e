import Foundation
import GlossaryQuiz

/// One card's schedule in the columns of Anki's `cards` table, as rslib reads them
/// (`card/mod.rs`, `storage/card/data.rs`):
/// - `type`/`queue`: new 0/0, learning 1/1, review 2/2, relearning 3/1;
/// - `due`: the new-card position; for (re)learning cards the epoch second they are due
///   (queue 1, intraday: glossary's steps are minutes); for review cards the Anki day
///   (``AnkiDay``), which the importer shifts onto the importing collection's calendar;
/// - `ivl`: the review interval in days; `left`: the (re)learning steps still to go, as
///   `today * 1000 + remaining` (the v3 scheduler reads `left % 1000`);
/// - `data`: the FSRS memory state as JSON, `s` stability (days, 4 decimals), `d` difficulty
///   (1-10, 3 decimals), `dr` desired retention, `decay` (FSRS-6's w20), `lrt` last review
///   (epoch seconds), rounded as Anki rounds them.
struct AnkiCardSchedule: Sendable, Equatable {
    var type: Int
    var queue: Int
    var due: Int64
    var interval: Int
    var factor: Int
    var reps: Int
    var lapses: Int
    var left: Int
    var data: String

    /// A card glossary never reviewed: new, at `position` in the new queue.
    static func new(position: Int) -> AnkiCardSchedule {
        AnkiCardSchedule(type: 0, queue: 0, due: Int64(position), interval: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "")
    }

    /// The schedule of a card glossary reviewed.
    init(_ card: CardProgress, days: AnkiDay, desiredRetention: Double, scheduler: FSRSScheduler) {
        let dueSecond = Int64(card.due.timeIntervalSince1970.rounded())
        func stepsLeft(_ steps: [TimeInterval]) -> Int {
            let remaining = max(1, steps.count - (card.step ?? 0))
            return remaining * 1000 + remaining
        }
        switch card.state {
        case .learning:
            self.init(
                type: 1, queue: 1, due: dueSecond, interval: 0, factor: 0, reps: card.reps, lapses: card.lapses,
                left: stepsLeft(scheduler.learningSteps), data: "")
        case .review:
            let interval = max(1, Int((card.due.timeIntervalSince(card.lastReview) / 86400).rounded()))
            self.init(
                type: 2, queue: 2, due: Int64(days.index(of: card.due)), interval: interval, factor: 2500,
                reps: card.reps, lapses: card.lapses, left: 0, data: "")
        case .relearning:
            // After relearning, Anki's lapse settings (minInt 1, mult 0) give one day; with
            // FSRS on, Anki computes the interval from the memory state instead.
            self.init(
                type: 3, queue: 1, due: dueSecond, interval: 1, factor: 2500, reps: card.reps, lapses: card.lapses,
                left: stepsLeft(scheduler.relearningSteps), data: "")
        }
        data = Self.memoryState(card, desiredRetention: desiredRetention, decay: scheduler.parameters[20])
    }

    private init(type: Int, queue: Int, due: Int64, interval: Int, factor: Int, reps: Int, lapses: Int, left: Int, data: String) {
        (self.type, self.queue, self.due, self.interval, self.factor) = (type, queue, due, interval, factor)
        (self.reps, self.lapses, self.left, self.data) = (reps, lapses, left, data)
    }

    /// The `data` JSON: Anki's `CardData`, with its rounding (`convert_to_json`).
    static func memoryState(_ card: CardProgress, desiredRetention: Double, decay: Double) -> String {
        func rounded(_ value: Double, _ places: Int) -> Double {
            let factor = pow(10, Double(places))
            return (value * factor).rounded() / factor
        }
        return AnkiSchema.json([
            "s": rounded(card.stability, 4), "d": rounded(card.difficulty, 3), "dr": rounded(desiredRetention, 2),
            "decay": rounded(decay, 3), "lrt": Int64(card.lastReview.timeIntervalSince1970.rounded(.down))
        ])
    }
}
