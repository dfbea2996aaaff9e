import Foundation

/// What `glossary optimize` computes: the parameters fitted to the whole log, whether they
/// predict the learner's reviews better than the parameters in use (only then are they worth
/// saving), and a check on the learner's own future: the log split in time, the first 80 % of
/// the predicted answers fitted, the last 20 % predicted with the parameters in use and with
/// the fitted ones.
package struct FSRSOptimization: Sendable {
    /// The fit on the whole log.
    package var fit: FSRSOptimizer.Fit
    /// The parameters in use before (fitted earlier, or FSRS-6's defaults).
    package var current: [Double]
    /// The current and the fitted parameters on the same reviews: every answer of the log
    /// that is predicted.
    package var comparison: Comparison
    /// The held-out check; `nil` when the first 80 % alone is too small to fit.
    package var heldOut: HeldOut?

    /// The current parameters and the fitted ones, scored on the same reviews.
    package struct Comparison: Sendable, Hashable {
        package var current: FSRSEvaluation
        package var fitted: FSRSEvaluation

        /// Whether the fitted parameters predict the reviews better, so that saving them is
        /// worth it. As Anki decides (rslib `compute_params` keeps the current parameters
        /// when `current_log_loss <= optimized_log_loss`, both from fsrs-rs `evaluate` on the
        /// same items): a lower log loss wins; on a tie (the same to 1e-12, as when the
        /// current parameters are this very fit, saved by an earlier run) a lower binned RMSE
        /// does; otherwise the current parameters stay. So running `optimize` again on the
        /// same log, or on a log the fit cannot explain better, never makes things worse.
        package var fittedIsBetter: Bool {
            let tolerance = 1e-12
            if fitted.logLoss < current.logLoss - tolerance { return true }
            if fitted.logLoss > current.logLoss + tolerance { return false }
            return fitted.rmseBins < current.rmseBins - tolerance
        }
    }

    package struct HeldOut: Sendable, Hashable {
        /// Predicted answers fitted on (the first part) and how many parameters were fitted.
        package var trainingCount: Int
        package var fittedCount: Int
        /// The last part predicted with the current parameters and with the fitted ones.
        package var before: FSRSEvaluation
        package var after: FSRSEvaluation
    }

    /// The share of predicted answers, the most recent, held out.
    package static let heldOutFraction = 0.2

    /// Fits `log`; throws when it is too small.
    package init(log: [ReviewLogEntry], current: [Double], optimizer: FSRSOptimizer = FSRSOptimizer()) throws(FSRSOptimizerError) {
        let set = FSRSTrainingSet(log: log)
        fit = try optimizer.fit(set)
        self.current = current
        comparison = Comparison(
            current: FSRSEvaluation(parameters: current, set: set),
            fitted: FSRSEvaluation(parameters: fit.parameters, set: set))
        if let (training, test) = set.split(heldOutFraction: Self.heldOutFraction),
            let partial = try? optimizer.fit(training)
        {
            heldOut = HeldOut(
                trainingCount: training.count, fittedCount: partial.fittedCount,
                before: FSRSEvaluation(parameters: current, set: test),
                after: FSRSEvaluation(parameters: partial.parameters, set: test))
        }
    }
}
