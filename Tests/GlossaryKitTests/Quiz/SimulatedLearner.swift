import Foundation

@testable import GlossaryQuiz

/// A learner whose memory follows FSRS-6 with known parameters, reviewing on the schedule of
/// the default parameters: the log it produces is what `glossary optimize` should fit back.
///
/// Each card is introduced on some day with a first rating (Again 20 %, Hard 15 %, Good 55 %,
/// Easy 10 %), repeated the same day once when that was Again or Hard (a learning step),
/// then reviewed when the default scheduler says; recall is drawn with the true model's
/// probability, a pass is Hard 15 %, Good 75 %, Easy 10 %, a lapse is relearnt the same day.
struct SimulatedLearner {
    var parameters: [Double]
    var seed: UInt64

    /// The log of `cards` cards introduced over `days` days, reviewed until `days` + 60.
    func log(cards: Int, days: Int) -> [ReviewLogEntry] {
        var random = SeededGenerator(seed: seed)
        let truth = FSRSTrainingModel<Double>(w: parameters)
        let schedule = FSRSScheduler(enableFuzzing: false)
        let start = Date(timeIntervalSince1970: 1_735_722_000) // 2025-01-01T09:00:00Z
        var entries: [ReviewLogEntry] = []
        for card in 0..<cards {
            let id = "concept\(card):fr-en"
            var day = Int.random(in: 0..<days, using: &random)
            var history = FSRSReviewHistory(ratings: [], elapsedDays: [], times: [])
            func answer(_ rating: Int, on day: Int, minute: Int) {
                let time = start.addingTimeInterval(Double(day) * 86400 + Double(minute) * 60)
                let elapsed = history.times.last.map { FSRSScheduler.wholeDays(from: $0, to: time) } ?? 0
                history.ratings.append(rating)
                history.elapsedDays.append(elapsed)
                history.times.append(time)
                entries.append(
                    ReviewLogEntry(
                        cardID: id, reviewedAt: time, rating: rating, stateBefore: "review",
                        stateAfter: "review", intervalBefore: 0, intervalAfter: 0, dueAfter: time,
                        stabilityAfter: 0, difficultyAfter: 0))
            }
            let first = pick([0.2, 0.15, 0.55, 0.1], &random) + 1
            answer(first, on: day, minute: card % 600)
            if first <= 2 { answer(3, on: day, minute: card % 600 + 10) }
            while true {
                let planned = FSRSTrainingModel<Double>(w: schedule.parameters).run(history)!
                day += max(1, schedule.nextInterval(planned))
                guard day < days + 60 else { break }
                let s = truth.run(history)!
                let elapsed = Double(
                    FSRSScheduler.wholeDays(from: history.times.last!, to: start.addingTimeInterval(Double(day) * 86400 + Double(card % 600) * 60)))
                let recall = truth.retrievability(elapsedDays: elapsed, stability: s)
                if Double.random(in: 0..<1, using: &random) < recall {
                    answer(pick([0.15, 0.75, 0.1], &random) + 2, on: day, minute: card % 600)
                } else {
                    answer(1, on: day, minute: card % 600)
                    answer(3, on: day, minute: card % 600 + 10)
                }
            }
        }
        return entries.sorted { $0.reviewedAt < $1.reviewedAt }
    }

    private func pick(_ weights: [Double], _ random: inout SeededGenerator) -> Int {
        var x = Double.random(in: 0..<1, using: &random)
        for (index, weight) in weights.enumerated() {
            if x < weight { return index }
            x -= weight
        }
        return weights.count - 1
    }
}
