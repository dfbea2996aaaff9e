import Foundation

/// Fits FSRS-6's 21 parameters to a learner's review log, the way fsrs-rs does
/// (`training.rs`, https://github.com/open-spaced-repetition/fsrs-rs, BSD-3-Clause):
///
/// 1. the first four (initial stabilities) are fitted directly (``InitialStability``);
/// 2. with at least ``Configuration/fullFitReviews`` predicted answers, all 21 are trained from
///    there by Adam (learning rate 0.04, cosine annealing, 5 epochs, batches of about 512
///    predictions made of whole cards, batch order shuffled by a seeded generator) on the
///    recency-weighted binary cross-entropy of predicted recall against what happened, plus an
///    L2 pull towards the starting point scaled by each parameter's spread across users
///    (fsrs-rs `PARAMS_STDDEV`); after each step the parameters are clamped to fsrs-rs's bounds;
/// 3. the fitted initial stabilities are made increasing again.
///
/// Gradients are exact, by forward-mode differentiation (``Dual``). The same log and seed give
/// the same parameters. Not done: fsrs-rs's outlier filter (it drops rare first-rating and
/// interval pairs, which a vocabulary deck's small log hardly has).
package struct FSRSOptimizer: Sendable {
    package struct Configuration: Sendable {
        package var epochs = 5
        package var batchSize = 512
        package var learningRate = 0.04
        /// Weight of the L2 pull towards the starting parameters.
        package var gamma = 1.0
        package var seed: UInt64 = 2023
        /// Fewer predicted answers than this: nothing is fitted (fsrs-rs returns the defaults).
        package var minimumReviews = 8
        /// Fewer than this: only the first four parameters are fitted; a few hundred answers
        /// cannot pin down the other seventeen.
        package var fullFitReviews = 400
        /// Relearning steps of the scheduler, which bound w17 · w18.
        package var relearningSteps = 1

        package init() {}
    }

    /// The fitted parameters and what they were fitted on.
    package struct Fit: Sendable, Hashable {
        package var parameters: [Double]
        /// 4 (initial stabilities only) or 21.
        package var fittedCount: Int
        /// Predicted answers fitted on.
        package var reviewCount: Int
    }

    package var configuration: Configuration

    package init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Each parameter's spread across users (fsrs-rs `PARAMS_STDDEV`), for the L2 pull.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27
    ]

    /// Fits the parameters to `set`.
    package func fit(_ set: FSRSTrainingSet) throws(FSRSOptimizerError) -> Fit {
        guard set.count >= configuration.minimumReviews, let initial = InitialStability.fit(set) else {
            throw .notEnoughReviews(found: set.count, needed: configuration.minimumReviews)
        }
        let start = initial.stabilities + FSRSScheduler.defaultParameters[4...]
        guard set.count >= configuration.fullFitReviews else {
            return Fit(parameters: start, fittedCount: 4, reviewCount: set.count)
        }
        var w = train(set, from: start)
        var fitted: [Int: Double] = [:]
        for rating in initial.counts.keys { fitted[rating] = w[rating - 1] }
        let smoothed = InitialStability.smoothAndFill(fitted, counts: initial.counts)
        w.replaceSubrange(0..<4, with: smoothed)
        guard w.allSatisfy(\.isFinite) else { return Fit(parameters: start, fittedCount: 4, reviewCount: set.count) }
        return Fit(parameters: w, fittedCount: 21, reviewCount: set.count)
    }

    /// Adam on the weighted cross-entropy, batches of whole cards (see the type's comment).
    func train(_ set: FSRSTrainingSet, from start: [Double]) -> [Double] {
        let batches = makeBatches(set)
        let total = Double(set.count)
        let iterations = Double((set.count / configuration.batchSize + 1) * configuration.epochs)
        var schedule = CosineAnnealing(maximumSteps: iterations, initialRate: configuration.learningRate)
        var adam = Adam()
        var w = start
        var random = SeededGenerator(seed: configuration.seed, label: "fsrs-optimizer")
        for _ in 0..<configuration.epochs {
            for index in Array(batches.indices).shuffled(using: &random) {
                let rate = schedule.step()
                var gradient = gradient(of: batches[index], in: set, at: w)
                let scale = configuration.gamma * Double(batches[index].predictions) / total
                for i in 0..<21 {
                    gradient[i] += 2 * (w[i] - start[i]) / (Self.spread[i] * Self.spread[i]) * scale
                }
                adam.step(&w, gradient: gradient, rate: rate)
                w = ParameterBounds.clamp(w, relearningSteps: configuration.relearningSteps)
            }
        }
        return w
    }

    /// A batch: whole cards, their predictions by position with weights.
    struct Batch {
        var cards: [(card: Int, weights: [Int: Double])]
        var predictions: Int
    }

    /// Cards sorted by length, packed in order into batches of at most `batchSize`
    /// predictions (a longer card alone), as fsrs-rs's windowed batches.
    func makeBatches(_ set: FSRSTrainingSet) -> [Batch] {
        var byCard: [Int: [Int: Double]] = [:]
        for prediction in set.predictions { byCard[prediction.card, default: [:]][prediction.position] = prediction.weight }
        let cards = byCard.keys.sorted { (set.histories[$0].ratings.count, $0) < (set.histories[$1].ratings.count, $1) }
        var batches: [Batch] = []
        var current = Batch(cards: [], predictions: 0)
        for card in cards {
            let weights = byCard[card]!
            if !current.cards.isEmpty && current.predictions + weights.count > configuration.batchSize {
                batches.append(current)
                current = Batch(cards: [], predictions: 0)
            }
            current.cards.append((card, weights))
            current.predictions += weights.count
        }
        if !current.cards.isEmpty { batches.append(current) }
        return batches
    }

    /// The gradient of the batch's summed weighted cross-entropy at `w`.
    func gradient(of batch: Batch, in set: FSRSTrainingSet, at w: [Double]) -> [Double] {
        let model = FSRSTrainingModel<Dual>(w: w.enumerated().map { Dual.variable($0.element, index: $0.offset) })
        var total = SIMD32<Double>.zero
        for (card, weights) in batch.cards {
            let history = set.histories[card]
            model.run(history) { position, r in
                guard let weight = weights[position] else { return }
                let loss = FSRSTrainingModel<Dual>.crossEntropy(r, recalled: history.ratings[position] > 1)
                total += weight * loss.gradient
            }
        }
        return (0..<21).map { total[$0] }
    }
}
