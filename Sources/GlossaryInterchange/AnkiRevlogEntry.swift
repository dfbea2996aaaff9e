import Foundation
import GlossaryQuiz

/// One answer in the columns of Anki's `revlog` table, so that Anki can recompute a card's
/// FSRS memory state from its history (it does when FSRS is turned on or its parameters
/// change; a card without history would lose its state then). As rslib writes them
/// (`scheduler/answering/revlog.rs`): `id` the answer time in milliseconds, `ease` the rating
/// 1-4, `ivl`/`lastIvl` the interval after and before (days when positive, seconds when
/// negative), `factor` FSRS's difficulty as `(d - 1) / 9 + 0.1` in thousandths, `time` the
/// milliseconds taken (at most 60 s, Anki's cap), `type` 0 learning, 1 review, 2 relearning.
struct AnkiRevlogEntry: Sendable, Equatable {
    var id: Int64
    var ease: Int
    var interval: Int
    var lastInterval: Int
    var factor: Int
    var time: Int
    var type: Int

    init(_ entry: ReviewLogEntry) {
        id = Int64((entry.reviewedAt.timeIntervalSince1970 * 1000).rounded(.down))
        ease = entry.rating
        interval = Self.interval(seconds: entry.intervalAfter, state: entry.stateAfter)
        lastInterval = Self.interval(seconds: entry.intervalBefore, state: entry.stateBefore)
        factor = Int((((entry.difficultyAfter - 1) / 9 + 0.1) * 1000).rounded())
        time = min(max(entry.durationMs ?? 0, 0), 60_000)
        type =
            switch entry.stateBefore {
            case CardState.review.rawValue: 1
            case CardState.relearning.rawValue: 2
            default: 0
            }
    }

    /// Days for a card in review, else negative seconds.
    static func interval(seconds: Int, state: String) -> Int {
        state == CardState.review.rawValue ? max(1, Int((Double(seconds) / 86400).rounded())) : -seconds
    }
}
