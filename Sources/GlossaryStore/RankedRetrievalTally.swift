import Foundation

/// How often ranked retrieval took each path (``GlossaryIndex/Reader/rankedDocuments(anyOf:prefixes:pairs:language:limit:)``),
/// counted over the process, for the benchmark to report by kind of query.
package final class RankedRetrievalTally: @unchecked Sendable { // `counts` is read and written under `lock`.
    /// How one ranked retrieval was answered.
    package enum Path: String, Sendable, CaseIterable {
        /// No query token is held by more than ``RankBounds/listed`` documents: all were scored.
        case rare
        /// The candidates would be too large a share of the documents the common tokens match: all were scored.
        case dense
        /// Only the candidates of ``RankBounds`` were scored, and the bounds proved them the best.
        case bounded
        /// As `bounded`, once the documents holding two common tokens were scored as well.
        case pairs
        /// The candidates were scored, then every matching document, since the bounds could not prove them the best.
        case fallback
        /// Word families (prefixes), which have no bounds: every matching document was scored.
        case prefixes
    }

    /// The process's tally.
    package static let shared = RankedRetrievalTally()

    private let lock = NSLock()
    private var counts: [Path: Int] = [:]

    func count(_ path: Path) {
        lock.lock()
        counts[path, default: 0] += 1
        lock.unlock()
    }

    /// Retrievals so far, by path.
    package var snapshot: [Path: Int] {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }
}
