import Foundation

/// The review log as FSRS's optimizers read it: one ``FSRSReviewHistory`` per card, and the
/// answers to predict (every answer after a card's first given on a later day), in time order
/// with their recency weights.
package struct FSRSTrainingSet: Sendable {
    package var histories: [FSRSReviewHistory]
    package var predictions: [FSRSPrediction]

    /// The histories, and as predictions every answer they predict.
    package init(histories: [FSRSReviewHistory]) {
        self.init(histories: histories, predictFrom: .distantPast)
    }

    /// Groups the log by card, in time order.
    package init(log: [ReviewLogEntry]) {
        var byCard: [String: [ReviewLogEntry]] = [:]
        var order: [String] = []
        for entry in log {
            if byCard[entry.cardID] == nil { order.append(entry.cardID) }
            byCard[entry.cardID, default: []].append(entry)
        }
        // A stable sort: answers recorded in the same millisecond keep the log's order.
        self.init(
            histories: order.map { id in
                FSRSReviewHistory(byCard[id]!.enumerated().sorted { ($0.element.reviewedAt, $0.offset) < ($1.element.reviewedAt, $1.offset) }.map(\.element))
            })
    }

    /// The histories, predicting only the answers given at or after `start` (the reviews
    /// before it are history only): a held-out set.
    init(histories: [FSRSReviewHistory], predictFrom start: Date) {
        self.histories = histories
        var found: [(time: Date, card: Int, position: Int)] = []
        for (card, history) in histories.enumerated() {
            for position in history.ratings.indices where history.isPredicted(position) && history.times[position] >= start {
                found.append((history.times[position], card, position))
            }
        }
        found.sort { ($0.time, $0.card, $0.position) < ($1.time, $1.card, $1.position) }
        let last = Double(max(found.count - 1, 1))
        predictions = found.enumerated().map { rank, item in
            FSRSPrediction(card: item.card, position: item.position, weight: 0.25 + 0.75 * pow(Double(rank) / last, 3))
        }
    }

    /// How many answers the model predicts.
    package var count: Int { predictions.count }

    /// A time-ordered split: the answers predicted before the last `heldOutFraction` of them
    /// to fit on, and those last ones (with all the history before them) to evaluate on, so
    /// the fit never sees what it is judged on, as the learner's next reviews will be.
    package func split(heldOutFraction: Double) -> (training: FSRSTrainingSet, heldOut: FSRSTrainingSet)? {
        let heldOut = Int((Double(count) * heldOutFraction).rounded())
        guard heldOut > 0, heldOut < count else { return nil }
        let first = predictions[count - heldOut]
        let cutoff = histories[first.card].times[first.position]
        let training = FSRSTrainingSet(histories: histories.map { $0.prefix(before: cutoff) }.filter { !$0.ratings.isEmpty })
        let test = FSRSTrainingSet(histories: histories, predictFrom: cutoff)
        guard training.count > 0, test.count > 0 else { return nil }
        return (training, test)
    }
}
