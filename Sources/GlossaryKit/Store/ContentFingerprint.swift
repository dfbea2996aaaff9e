import Foundation

/// A cheap summary of a content folder: the names, sizes and modification times of its files,
/// hashed. Computing it costs one `stat` per file, so every command can afford to check that
/// the index is fresh before it reads it.
public enum ContentFingerprint {
    /// Throws ``GlossaryError/contentNotFound(_:)`` when `directory/concepts` is not a folder.
    public static func compute(directory: String) throws(GlossaryError) -> String {
        var hasher = FNV1a()
        hasher.add("schema \(IndexSchema.version)\n")
        let concepts = (directory as NSString).appendingPathComponent("concepts")
        guard let listed = try? FileManager.default.contentsOfDirectory(atPath: concepts) else {
            throw .contentNotFound(directory)
        }
        let names = listed.sorted()
        let paths = [(directory as NSString).appendingPathComponent("domains.yaml")]
            + names.map { (concepts as NSString).appendingPathComponent($0) }
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0 {
                hasher.add("\(path)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n")
            } else {
                hasher.add("\(path)\tmissing\n")
            }
        }
        return hasher.hex
    }
}

/// 64-bit FNV-1a: a fast, stable, non-cryptographic hash for cache keys.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    var hex: String { String(value, radix: 16) }
}
