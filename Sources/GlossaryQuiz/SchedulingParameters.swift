import Foundation

/// Which parameters schedule the learner's cards, for `glossary stats`: FSRS-6's defaults or
/// the fit `glossary optimize` saved, and how well they predict the learner's reviews now.
package struct SchedulingParameters: Sendable, Encodable {
    /// `defaults` or `fitted`.
    package var source: String
    /// When the fit was saved, ISO 8601 UTC; `nil` for the defaults.
    package var fittedAt: String?
    /// Parameters fitted (4 or 21) and predicted answers fitted on; `nil` for the defaults.
    package var fittedCount: Int?
    package var fittedOn: Int?
    /// The parameters on every predicted answer of the log today (``FSRSEvaluation``); `nil`
    /// when the log has no answer to predict yet.
    package var logLoss: Double?
    package var rmseBins: Double?
    /// Predicted answers the figures above are computed on.
    package var reviews: Int

    enum CodingKeys: String, CodingKey {
        case source, fittedAt = "fitted_at", fittedCount = "fitted_count", fittedOn = "fitted_on", logLoss = "log_loss",
            rmseBins = "rmse_bins", reviews
    }

    /// The parameters of `fit` (FSRS-6's defaults when `nil`) scored on `log`.
    package init(fit: SavedFit?, log: [ReviewLogEntry]) {
        source = fit == nil ? "defaults" : "fitted"
        fittedAt = fit.map { ISO8601.string($0.fittedAt) }
        fittedCount = fit?.fittedCount
        fittedOn = fit?.reviewCount
        let set = FSRSTrainingSet(log: log)
        reviews = set.count
        if set.count > 0 {
            let evaluation = FSRSEvaluation(parameters: fit?.parameters ?? FSRSScheduler.defaultParameters, set: set)
            logLoss = evaluation.logLoss
            rmseBins = evaluation.rmseBins
        }
    }
}
