import Foundation
import GlossaryModel

/// A file in the user's cache that holds something derived from inputs elsewhere (the
/// dictionaries' words, the website's spelling filter): read when it decodes for the current
/// inputs, else built afresh and written for the next run.
///
/// The caller's `decode` trusts a file only for the same inputs (each format's first line keys
/// them and hashes the body); this holds what both caches share: reading, rebuilding, creating
/// the folder and writing atomically (``AtomicFile``). A cache that cannot be written is no
/// error: the next run builds again.
package enum CacheFile {
    /// The value cached at `path` when `decode` accepts the file, else `build()`, written to
    /// `path` when `encode` gives its bytes (nil: not worth caching, such as an empty value).
    package static func load<Value>(
        at path: String?, decode: (Data) -> Value?, build: () -> Value, encode: (Value) -> Data?
    ) -> Value {
        if let path, let data = FileManager.default.contents(atPath: path), let value = decode(data) { return value }
        let value = build()
        if let path, let data = encode(value) {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? AtomicFile.write(data, to: path)
        }
        return value
    }
}
