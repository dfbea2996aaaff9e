import Foundation

/// Work spread over every core, for the steps that are independent per item: parsing content
/// files, preparing index rows.
package enum Parallel {
    /// `transform(0..<count)`, in order, computed in chunks on every core (serially for a
    /// handful of items, where threads cost more than they save).
    package static func map<T: Sendable>(_ count: Int, serialBelow threshold: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        map(count, serialBelow: threshold, state: {}, { _, i in transform(i) })
    }

    /// ``map(_:serialBelow:_:)`` where each chunk first makes a `state` of its own (stemmers
    /// and what they remember) and hands it to every `transform` of the chunk: state that is
    /// costly to make, or worth keeping from one item to the next, and used by one thread only.
    package static func map<T: Sendable, State>(
        _ count: Int, serialBelow threshold: Int = 64, state makeState: @Sendable () -> State,
        _ transform: @Sendable (inout State, Int) -> T
    ) -> [T] {
        guard count >= threshold else {
            var state = makeState()
            return (0..<count).map { transform(&state, $0) }
        }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is written by exactly one chunk, and read only after the barrier.
            nonisolated(unsafe) let out = buffer
            let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
            let chunkSize = (count + chunks - 1) / chunks
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                guard start < count else { return }
                var state = makeState()
                for i in start..<min(start + chunkSize, count) { (out.baseAddress! + i).initialize(to: transform(&state, i)) }
            }
            initialized = count
        }
    }
}
