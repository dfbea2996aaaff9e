import Foundation

/// The range each FSRS-6 parameter is kept in while fitting (fsrs-rs `parameter_clipper.rs`),
/// so that a fit cannot reach a model that makes no sense (a pass that lowers stability, a
/// relearning step that raises it above the stability before the lapse).
enum ParameterBounds {
    /// `parameters` clamped. With more than one relearning step, w17 · w18 is bounded so that
    /// the short-term increases of the steps cannot lift a lapse above the stability before it.
    static func clamp(_ parameters: [Double], relearningSteps: Int = 1) -> [Double] {
        var ceiling = 2.0
        if relearningSteps > 1 {
            let w = parameters
            let bound = -(log(w[11]) + log(pow(2, w[13]) - 1) + w[14] * 0.3) / Double(relearningSteps)
            ceiling = min(max(bound, 0.01).squareRoot(), 2)
        }
        let s = (FSRSTrainingModel<Double>.minimumStability, InitialStability.maximum)
        let bounds: [(Double, Double)] = [
            s, s, s, s, (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75), (0, 4.5), (0, 0.8), (0.001, 3.5),
            (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1), (1, 6), (0, ceiling), (0, ceiling), (0.01, 0.8), (0.1, 0.8)
        ]
        return zip(parameters, bounds).map { min(max($0, $1.0), $1.1) }
    }
}
