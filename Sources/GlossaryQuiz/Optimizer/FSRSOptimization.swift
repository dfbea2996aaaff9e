import Foundation

/// What `glossary optimize` computes: the parameters fitted to the whole log (the ones to
/// save), and a check on the learner's own future: the log split in time, the first 80 % of
/// the predicted answers fitted, the last 20 % predicted with the parameters in use and with
/// the fitted ones.
package struct FSRSOptimization: Sendable {
    /// The fit on the whole log.
    package var fit: FSRSOptimizer.Fit
    /// The parameters in use before (fitted earlier, or FSRS-6's defaults).
    package var current: [Double]
    /// The held-out check; `nil` when the first 80 % alone is too small to fit.
    package var heldOut: HeldOut?

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
