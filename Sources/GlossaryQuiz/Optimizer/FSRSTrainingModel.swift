import Foundation

/// FSRS-6 as the optimizers run it over a card's history (fsrs-rs `model.rs`, `step`): the
/// same formulas as ``FSRSScheduler``, written once over ``TrainingNumber`` so that the loss
/// can be computed on `Double`s or differentiated on ``Dual``s.
///
/// - first answer G: S = w[G−1], D = clamp(w4 − e^(w5·(G−1)) + 1, 1, 10);
/// - each later answer, after t whole days: R = (1 + factor · t / S)^(−w20) is the predicted
///   recall; then S' comes from the short-term formula when t = 0 (same day), else from the
///   recall or forgetting formula, and D' = mean reversion of the damped update, in 1…10;
/// - S is kept in 0.001…36500.
struct FSRSTrainingModel<N: TrainingNumber> {
    static var minimumStability: Double { 0.001 }
    static var maximumStability: Double { 36500 }
    /// Predictions are kept in 1e-7…1 − 1e-7 so that a sure answer gone wrong costs a finite loss.
    static var probabilityRange: ClosedRange<Double> { 1e-7...(1 - 1e-7) }

    let w: [N]

    /// R(t, S) = (1 + factor · t / S)^decay, decay = −w20, factor = 0.9^(1/decay) − 1.
    func retrievability(elapsedDays t: Double, stability s: N) -> N {
        let decay = N(0) - w[20]
        let factor = (N(Foundation.log(0.9)) / decay).exp() - 1
        return (N(t) / s * factor + 1).pow(decay)
    }

    func initialDifficulty(_ rating: Int) -> N {
        w[4] - (w[5] * Double(rating - 1)).exp() + 1
    }

    /// Runs the card's answers in order, calling `predicted(position, R)` with the predicted
    /// recall of each answer the optimizers predict (``FSRSReviewHistory/isPredicted(_:)``);
    /// returns the stability after the last answer.
    @discardableResult
    func run(_ history: FSRSReviewHistory, predicted: (Int, N) -> Void = { _, _ in }) -> N? {
        guard let first = history.ratings.first else { return nil }
        var s = w[first - 1].clamped(Self.minimumStability, Self.maximumStability)
        var d = initialDifficulty(first).clamped(1, 10)
        for position in history.ratings.indices.dropFirst() {
            let rating = history.ratings[position]
            let t = history.elapsedDays[position]
            let r = retrievability(elapsedDays: Double(t), stability: s)
            if t > 0 { predicted(position, r) }
            let g = Double(rating)
            var next: N
            if t == 0 {
                // Same day: S · e^(w17·(G − 3 + w18)) · S^(−w19), never a loss for a pass.
                let increase = (w[17] * (w[18] + (g - 3))).exp() * s.pow(N(0) - w[19])
                next = s * (rating >= 2 ? increase.maximum(N(1)) : increase)
            } else if rating == 1 {
                let longTerm = w[11] * d.pow(N(0) - w[12]) * ((s + 1).pow(w[13]) - 1) * ((1 - r) * w[14]).exp()
                next = longTerm.minimum(s / (w[17] * w[18]).exp())
            } else {
                let hard = rating == 2 ? w[15] : N(1)
                let easy = rating == 4 ? w[16] : N(1)
                next = s * (w[8].exp() * (11 - d) * s.pow(N(0) - w[9]) * (((1 - r) * w[10]).exp() - 1) * hard * easy + 1)
            }
            let damped = d + (10 - d) * (N(0) - w[6] * (g - 3)) / N(9)
            d = (w[7] * (initialDifficulty(4) - damped) + damped).clamped(1, 10)
            s = next.clamped(Self.minimumStability, Self.maximumStability)
        }
        return s
    }

    /// −(y · ln R + (1 − y) · ln(1 − R)), y = 1 when the answer was not Again.
    static func crossEntropy(_ r: N, recalled: Bool) -> N {
        let p = r.clamped(probabilityRange.lowerBound, probabilityRange.upperBound)
        return recalled ? N(0) - p.log() : N(0) - (1 - p).log()
    }
}
