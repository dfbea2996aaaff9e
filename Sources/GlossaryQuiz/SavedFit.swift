import Foundation

/// A fit `glossary optimize` saved in the progress file (table `fsrs_parameters`): the
/// parameters sessions schedule with, and when and on what they were fitted.
package struct SavedFit: Sendable, Hashable {
    /// FSRS-6's 21 parameters, clamped to the bounds they were fitted in.
    package var parameters: [Double]
    package var fittedAt: Date
    /// 4 (initial stabilities only) or 21.
    package var fittedCount: Int
    /// Predicted answers fitted on.
    package var reviewCount: Int
}
