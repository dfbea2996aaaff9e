import Foundation
import GlossaryStore

/// The ``SearchTokens`` of one ``SearchEngine``, kept from one search to the next: making one
/// opens two Snowball stemmers and starts with an empty memory of tokens, and a search needs
/// the same few words' tokens many times (the term tiers, ranked retrieval, the snippets).
///
/// A search takes one for its whole run and gives it back; searches running at the same time
/// each get their own (a new one when all are taken), so none waits for another.
///
/// `@unchecked Sendable`: `idle` is only read and written under `lock`, and a `SearchTokens`
/// taken out of it belongs to one search until given back.
final class SearchTokensPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [SearchTokens] = []

    /// How many idle `SearchTokens` are kept: one per core that may search at once.
    static let capacity = 4

    /// A `SearchTokens` no other search is using; give it back with ``give(_:)``.
    func take() -> SearchTokens {
        lock.withLock { idle.popLast() } ?? SearchTokens()
    }

    /// Returns `tokens`, taken with ``take()``, for a later search.
    func give(_ tokens: SearchTokens) {
        lock.withLock { if idle.count < Self.capacity { idle.append(tokens) } }
    }
}
