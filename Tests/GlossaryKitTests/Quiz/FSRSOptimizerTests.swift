import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

struct FSRSOptimizerTests {
    /// A learner unlike the defaults: remembers first answers longer, forgets faster after a
    /// lapse, and a flatter forgetting curve.
    static let truth: [Double] = [
        1.2, 3.5, 9.0, 25.0, 5.8, 0.9, 2.2, 0.01, 1.4, 0.12, 1.1,
        1.1, 0.08, 0.35, 1.9, 0.45, 2.2, 0.4, 0.2, 0.1, 0.3
    ]

    @Test func fittingLowersTheLossAndRecoversTheLearner() throws {
        let log = SimulatedLearner(parameters: Self.truth, seed: 7).log(cards: 400, days: 120)
        let set = FSRSTrainingSet(log: log)
        #expect(set.count > 1000)
        let fit = try FSRSOptimizer().fit(set)
        #expect(fit.fittedCount == 21)
        let before = FSRSEvaluation(parameters: FSRSScheduler.defaultParameters, set: set)
        let after = FSRSEvaluation(parameters: fit.parameters, set: set)
        let best = FSRSEvaluation(parameters: Self.truth, set: set)
        #expect(after.logLoss < before.logLoss)
        // Within 1 % of the loss of the true parameters, on the data fitted.
        #expect(after.logLoss < best.logLoss * 1.01)
        // Roughly the learner: the initial stabilities, to within a factor of two where
        // they are well attested (Good and Easy are most first answers), and the curve's decay.
        #expect(abs(log2(fit.parameters[2] / Self.truth[2])) < 1)
        #expect(abs(fit.parameters[20] - Self.truth[20]) < abs(FSRSScheduler.defaultParameters[20] - Self.truth[20]))
        // Predicted recall of held-out reviews, fitted on the first 80 %, beats the defaults.
        let optimization = try FSRSOptimization(log: log, current: FSRSScheduler.defaultParameters)
        let check = try #require(optimization.heldOut)
        #expect(check.after.logLoss < check.before.logLoss)
        #expect(check.after.rmseBins < check.before.rmseBins)
    }

    /// The fit is worth saving only when it predicts the same reviews better than the
    /// parameters in use (Anki's rule): defaults on a learner unlike them, yes; the learner's
    /// own parameters, or this very fit saved earlier, no.
    @Test func aFitIsBetterOnlyWhenItPredictsTheReviewsBetter() throws {
        let log = SimulatedLearner(parameters: Self.truth, seed: 5).log(cards: 60, days: 40)
        let fromDefaults = try FSRSOptimization(log: log, current: FSRSScheduler.defaultParameters)
        #expect(fromDefaults.fit.fittedCount == 4)
        #expect(fromDefaults.comparison.fitted.count == FSRSTrainingSet(log: log).count)
        #expect(fromDefaults.comparison.fitted.logLoss < fromDefaults.comparison.current.logLoss)
        #expect(fromDefaults.comparison.fittedIsBetter)
        // The same fit as the parameters in use: a tie on both figures, kept.
        let again = try FSRSOptimization(log: log, current: fromDefaults.fit.parameters)
        #expect(again.fit == fromDefaults.fit)
        #expect(again.comparison.fitted == again.comparison.current)
        #expect(!again.comparison.fittedIsBetter)
        // The learner's true parameters: fitting four and defaulting seventeen cannot beat them.
        let truth = try FSRSOptimization(log: log, current: Self.truth)
        #expect(truth.comparison.current.logLoss < truth.comparison.fitted.logLoss)
        #expect(!truth.comparison.fittedIsBetter)
    }

    @Test func aTieOnLogLossIsBrokenByTheBinnedRMSE() {
        func comparison(_ loss: (Double, Double), _ rmse: (Double, Double)) -> FSRSOptimization.Comparison {
            FSRSOptimization.Comparison(
                current: FSRSEvaluation(logLoss: loss.0, rmseBins: rmse.0, count: 10),
                fitted: FSRSEvaluation(logLoss: loss.1, rmseBins: rmse.1, count: 10))
        }
        #expect(comparison((0.30, 0.29), (0.05, 0.07)).fittedIsBetter)
        #expect(!comparison((0.29, 0.30), (0.07, 0.05)).fittedIsBetter)
        #expect(comparison((0.30, 0.30), (0.06, 0.05)).fittedIsBetter)
        #expect(!comparison((0.30, 0.30), (0.05, 0.05)).fittedIsBetter)
        #expect(!comparison((0.30, 0.30), (0.05, 0.06)).fittedIsBetter)
    }

    @Test func isDeterministic() throws {
        let log = SimulatedLearner(parameters: Self.truth, seed: 3).log(cards: 200, days: 90)
        let a = try FSRSOptimizer().fit(FSRSTrainingSet(log: log))
        let b = try FSRSOptimizer().fit(FSRSTrainingSet(log: log))
        #expect(a == b)
    }

    @Test func fewReviewsFitOnlyTheInitialStabilities() throws {
        let log = SimulatedLearner(parameters: Self.truth, seed: 5).log(cards: 40, days: 30)
        let set = FSRSTrainingSet(log: log)
        #expect(set.count >= 8 && set.count < 400)
        let fit = try FSRSOptimizer().fit(set)
        #expect(fit.fittedCount == 4)
        #expect(Array(fit.parameters[4...]) == Array(FSRSScheduler.defaultParameters[4...]))
        #expect(Array(fit.parameters[0..<4]) != Array(FSRSScheduler.defaultParameters[0..<4]))
        #expect(fit.parameters[0..<4].sorted() == Array(fit.parameters[0..<4]))
    }

    @Test func aTinyLogIsAnError() {
        let log = Array(SimulatedLearner(parameters: Self.truth, seed: 5).log(cards: 2, days: 3).prefix(6))
        #expect(throws: FSRSOptimizerError.self) { try FSRSOptimizer().fit(FSRSTrainingSet(log: log)) }
        #expect(throws: FSRSOptimizerError.self) { try FSRSOptimizer().fit(FSRSTrainingSet(log: [])) }
    }

    @Test func sameDayAnswersAreHistoryNotPredictions() {
        let day = 86400.0, t0 = Date(timeIntervalSince1970: 0)
        let history = FSRSReviewHistory(
            ratings: [1, 3, 3, 1, 3], elapsedDays: [0, 0, 2, 5, 0],
            times: [t0, t0 + 600, t0 + 2 * day, t0 + 7 * day, t0 + 7 * day + 600])
        let set = FSRSTrainingSet(histories: [history])
        #expect(set.predictions.map(\.position) == [2, 3])
        #expect(set.predictions.last?.weight == 1)
        #expect(set.predictions.first?.weight == 0.25)
    }

    @Test func theGradientMatchesFiniteDifferences() {
        let log = SimulatedLearner(parameters: Self.truth, seed: 11).log(cards: 30, days: 60)
        let set = FSRSTrainingSet(log: log)
        let optimizer = FSRSOptimizer()
        let batch = optimizer.makeBatches(set)[0]
        let w = FSRSScheduler.defaultParameters
        func loss(_ w: [Double]) -> Double {
            let model = FSRSTrainingModel<Double>(w: w)
            var total = 0.0
            for (card, weights) in batch.cards {
                model.run(set.histories[card]) { position, r in
                    if let weight = weights[position] {
                        total += weight * FSRSTrainingModel<Double>.crossEntropy(r, recalled: set.histories[card].ratings[position] > 1)
                    }
                }
            }
            return total
        }
        let gradient = optimizer.gradient(of: batch, in: set, at: w)
        for i in [0, 2, 4, 8, 9, 10, 11, 14, 17, 19, 20] {
            let h = 1e-6
            var up = w, down = w
            up[i] += h
            down[i] -= h
            let numeric = (loss(up) - loss(down)) / (2 * h)
            #expect(abs(numeric - gradient[i]) <= 1e-4 * max(1, abs(numeric)), "w\(i): \(numeric) vs \(gradient[i])")
        }
    }

    @Test func boundsAreFSRSRs() {
        let clamped = ParameterBounds.clamp([Double](repeating: 1000, count: 21))
        #expect(clamped[0] == 100 && clamped[4] == 10 && clamped[7] == 0.75 && clamped[20] == 0.8)
        let low = ParameterBounds.clamp([Double](repeating: -1, count: 21))
        #expect(low[0] == 0.001 && low[4] == 1 && low[16] == 1 && low[19] == 0.01 && low[20] == 0.1)
    }
}
