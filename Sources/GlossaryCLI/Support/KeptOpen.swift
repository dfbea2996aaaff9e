import GlossaryStore

/// Holds an index open for the rest of the process.
///
/// A command opens one index and exits right after using it. Closing it first is work a
/// process about to exit does not need: GRDB unregisters its connection from
/// `NotificationCenter`, and libdispatch starts a worker thread only to dispose of the
/// connection's queue (0.8 million instructions and a thread; a whole search on the shipped
/// content is 26 million). The index is opened read-only, so letting the system close the
/// file at exit loses nothing.
final class KeptOpen: Sendable {
    private let index: GlossaryIndex

    private init(_ index: GlossaryIndex) { self.index = index }

    /// Retains `index` once more, never to be released.
    static func untilExit(_ index: GlossaryIndex) {
        _ = Unmanaged.passRetained(KeptOpen(index))
    }
}
