import Foundation
import GlossaryModel

/// Why the FSRS parameters could not be fitted.
package enum FSRSOptimizerError: GlossaryFailure, Equatable {
    /// The log has too few answers given on a later day than the card's previous one.
    case notEnoughReviews(found: Int, needed: Int)

    /// 65 (`EX_DATAERR`): the log cannot support a fit yet.
    package var exitCode: Int32 { ExitStatus.dataError }

    package var errorDescription: String? {
        switch self {
        case .notEnoughReviews(let found, let needed):
            "the review log is too small to fit: \(found) review(s) on a later day than the card's previous answer, at least \(needed) needed (same-day learning steps do not count); keep reviewing with the default parameters and optimize later"
        }
    }
}
