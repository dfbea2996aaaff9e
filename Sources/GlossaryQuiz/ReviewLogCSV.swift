import Foundation

/// The review log as the CSV that FSRS's optimizers read (fsrs-rs, its Python bindings, the
/// FSRS4Anki optimizer): `card_id,review_time,review_rating,review_state,review_duration`, one
/// row per answer, oldest first, so a learner can fit parameters with the reference tools and
/// compare them with ours.
///
/// - `card_id`: an integer per card, in the order cards were first answered (stable, since the
///   log is append-only); the optimizers need integers, our ids are text;
/// - `review_time`: milliseconds since 1970 (UTC);
/// - `review_rating`: 1 Again, 2 Hard, 3 Good, 4 Easy;
/// - `review_state`: the card's state when answered, 0 new, 1 learning, 2 review, 3 relearning;
/// - `review_duration`: milliseconds taken to answer (0 when unknown, as from `review`).
package enum ReviewLogCSV {
    package static let header = "card_id,review_time,review_rating,review_state,review_duration"

    package static func text(_ log: [ReviewLogEntry]) -> String {
        var numbers: [String: Int] = [:]
        var out = header + "\n"
        for entry in log {
            let number = numbers[entry.cardID] ?? (numbers.count + 1)
            numbers[entry.cardID] = number
            let state =
                switch entry.stateBefore {
                case "learning": 1
                case "review": 2
                case "relearning": 3
                default: 0
                }
            let time = Int64((entry.reviewedAt.timeIntervalSince1970 * 1000).rounded())
            out += "\(number),\(time),\(entry.rating),\(state),\(max(0, entry.durationMs ?? 0))\n"
        }
        return out
    }
}
