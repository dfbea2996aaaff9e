import Foundation

/// One card's answers as FSRS's optimizers see them: ratings in time order, each with the
/// whole days elapsed since the previous answer (0 for the first, and for a same-day answer).
///
/// Days are counted as the scheduler counts them (``FSRSScheduler``: elapsed time rounded
/// down to whole days), so what is fitted is the model that schedules.
package struct FSRSReviewHistory: Sendable, Hashable {
    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    package var ratings: [Int]
    /// Whole days since the previous answer; the first is 0.
    package var elapsedDays: [Int]
    /// When each answer was given.
    package var times: [Date]

    package init(ratings: [Int], elapsedDays: [Int], times: [Date]) {
        precondition(ratings.count == elapsedDays.count && ratings.count == times.count)
        self.ratings = ratings
        self.elapsedDays = elapsedDays
        self.times = times
    }

    /// A card's answers, from its log entries in time order.
    init(_ entries: [ReviewLogEntry]) {
        var elapsed: [Int] = []
        for (index, entry) in entries.enumerated() {
            elapsed.append(index == 0 ? 0 : max(0, FSRSScheduler.wholeDays(from: entries[index - 1].reviewedAt, to: entry.reviewedAt)))
        }
        self.init(ratings: entries.map { min(max($0.rating, 1), 4) }, elapsedDays: elapsed, times: entries.map(\.reviewedAt))
    }

    /// Whether the answer at `position` is one the model predicts: any answer after the first
    /// given on a later day. Same-day answers (learning steps) are not predicted, as in the
    /// reference optimizers; they still change the memory state through the short-term formula.
    func isPredicted(_ position: Int) -> Bool { position > 0 && elapsedDays[position] > 0 }

    /// The answers up to, not including, `date`.
    func prefix(before date: Date) -> FSRSReviewHistory {
        let count = times.firstIndex { $0 >= date } ?? times.count
        return FSRSReviewHistory(ratings: Array(ratings[..<count]), elapsedDays: Array(elapsedDays[..<count]), times: Array(times[..<count]))
    }
}
