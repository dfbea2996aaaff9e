import Foundation

/// Work spread over every core, for the steps that are independent per item: parsing content
/// files, preparing index rows.
package enum Parallel {
    /// `transform(0..<count)`, in order, computed in chunks on every core (serially for a
    /// handful of items, where threads cost more than they save).
    package static func map<T: Sendable>(_ count: Int, serialBelow threshold: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count >= threshold else { return (0..<count).map(transform) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is written by exactly one chunk, and read only after the barrier.
            nonisolated(unsafe) let out = buffer
            let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
            let chunkSize = (count + chunks - 1) / chunks
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                guard start < count else { return }
                for i in start..<min(start + chunkSize, count) { (out.baseAddress! + i).initialize(to: transform(i)) }
            }
            initialized = count
        }
    }
}
