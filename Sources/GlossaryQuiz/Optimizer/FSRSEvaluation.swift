import Foundation

/// How well parameters predict a set of answers, as fsrs-rs's `evaluate` measures it.
package struct FSRSEvaluation: Sendable, Hashable, Codable {
    /// Recency-weighted binary cross-entropy between predicted recall and what happened
    /// (lower is better).
    package var logLoss: Double
    /// Binned RMSE: answers binned by elapsed days, number of long-term reviews and lapses
    /// (fsrs-rs `r_matrix_index`), the root of the weighted mean squared gap between mean
    /// predicted and mean actual recall in each bin.
    package var rmseBins: Double
    /// How many answers were predicted.
    package var count: Int

    /// Figures computed elsewhere.
    package init(logLoss: Double, rmseBins: Double, count: Int) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.count = count
    }

    /// Evaluates `parameters` on `set`'s predictions.
    package init(parameters: [Double], set: FSRSTrainingSet) {
        let model = FSRSTrainingModel<Double>(w: parameters)
        var predictedAt: [Int: [Int: Double]] = [:]
        let cards = Set(set.predictions.map(\.card))
        for card in cards {
            var positions: [Int: Double] = [:]
            model.run(set.histories[card]) { position, r in positions[position] = r }
            predictedAt[card] = positions
        }
        struct Bin { var predicted = 0.0, actual = 0.0, count = 0.0, weight = 0.0 }
        var bins: [BinKey: Bin] = [:]
        var loss = 0.0, weights = 0.0
        for prediction in set.predictions {
            let history = set.histories[prediction.card]
            let r = predictedAt[prediction.card]![prediction.position]!
            let recalled = history.ratings[prediction.position] > 1
            loss += FSRSTrainingModel<Double>.crossEntropy(r, recalled: recalled) * prediction.weight
            weights += prediction.weight
            let key = BinKey(history, prediction.position)
            bins[key, default: Bin()].predicted += r
            bins[key, default: Bin()].actual += recalled ? 1 : 0
            bins[key, default: Bin()].count += 1
            bins[key, default: Bin()].weight += prediction.weight
        }
        logLoss = weights > 0 ? loss / weights : 0
        let binWeight = bins.values.reduce(0) { $0 + $1.weight }
        let squared = bins.values.reduce(0) { $0 + pow($1.predicted / $1.count - $1.actual / $1.count, 2) * $1.weight }
        rmseBins = binWeight > 0 ? (squared / binWeight).squareRoot() : 0
        count = set.count
    }

    /// fsrs-rs's bins: elapsed days, long-term reviews so far and lapses, each on a log scale.
    private struct BinKey: Hashable {
        var days: Int, length: Int, lapses: Int

        init(_ history: FSRSReviewHistory, _ position: Int) {
            let t = Double(history.elapsedDays[position])
            days = Int((2.48 * pow(3.62, (Foundation.log(t) / Foundation.log(3.62)).rounded(.down)) * 100).rounded())
            let longTerm = history.elapsedDays[...position].filter { $0 > 0 }.count
            let n = Double(longTerm) + 1
            length = Int((1.99 * pow(1.89, (Foundation.log(n) / Foundation.log(1.89)).rounded(.down))).rounded())
            let lapseCount = (0..<position).filter { history.ratings[$0] == 1 && history.elapsedDays[$0] > 0 }.count
            lapses =
                lapseCount == 0
                ? 0
                : Int((1.65 * pow(1.73, (Foundation.log(Double(lapseCount)) / Foundation.log(1.73)).rounded(.down))).rounded())
        }
    }
}
