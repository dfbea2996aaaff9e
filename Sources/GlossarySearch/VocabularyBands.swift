import Foundation
import GlossaryStore

/// The typo vocabulary's bands (``GlossaryIndex/Reader/vocabularyBand(length:)``) of
/// one ``SearchEngine``, each read from the index the first time a typo needs it and kept for
/// the engine's later searches: a band of a large index is hundreds of kB, copied out of SQLite
/// for every typo before.
///
/// An engine's index never changes under it (its connection keeps the file it opened), so a
/// band read once stays what the index holds. At most every band is kept: the size of the typo
/// vocabulary (8 MB at 100k concepts).
///
/// `@unchecked Sendable`: `kept` is only read and written under `lock`; the bands are values.
final class VocabularyBands: @unchecked Sendable {
    private let lock = NSLock()
    /// The words of each length read so far, newline-separated; empty when the index has none.
    private var kept: [Int: Data] = [:]

    /// The vocabulary's words of `length` bytes, newline-separated, most frequent first.
    func band(_ length: Int, in db: GlossaryIndex.Reader) throws -> Data {
        if let band = lock.withLock({ kept[length] }) { return band }
        let band = try db.vocabularyBand(length: length) ?? Data()
        lock.withLock { kept[length] = band }
        return band
    }
}
