import Foundation
import GlossaryModel

/// A cheap summary of a content folder: the names, sizes and modification times of its files,
/// hashed. Computing it costs one `stat` per file, so every command can afford to check that
/// the index is fresh before it reads it.
///
/// It runs before every command, so it lists the folder with `opendir`, looks each file up
/// from the open folder (`fstatat`) and hashes each line in pieces, rather than going through
/// `FileManager`, `NSString` paths and formatted strings. The hashed text is `schema N`, then
/// `name\tsize\tseconds.nanoseconds` per file, names in order and relative to the content
/// folder: `--content Content` and `--content ./Content` name the same files, and so the same
/// fresh index.
package enum ContentFingerprint {
    /// Throws ``ContentError/contentNotFound(_:)`` when `directory/concepts` is not a folder.
    package static func compute(directory: String) throws(ContentError) -> String {
        var hasher = FNV1a()
        hasher.add("schema \(IndexSchema.version)\n")
        let concepts = (directory as NSString).appendingPathComponent("concepts")
        guard let folder = opendir(concepts) else { throw .contentNotFound(directory) }
        defer { closedir(folder) }
        let domains = (directory as NSString).appendingPathComponent("domains.yaml")
        var info = stat()
        add("domains.yaml", stat(domains, &info) == 0 ? info : nil, to: &hasher)
        // Each file is looked up from the open folder, which spares the kernel walking the
        // whole path again for each of them.
        let descriptor = dirfd(folder)
        for name in fileNames(in: folder).sorted() {
            add("concepts/" + name, fstatat(descriptor, name, &info, 0) == 0 ? info : nil, to: &hasher)
        }
        return hasher.hex
    }

    /// Hashes `name` with its size and modification time, or that it is missing.
    private static func add(_ name: String, _ info: stat?, to hasher: inout FNV1a) {
        hasher.add(name)
        guard let info else { return hasher.add("\tmissing\n") }
        hasher.add("\t")
        hasher.add(String(info.st_size))
        hasher.add("\t")
        hasher.add(String(info.st_mtim.tv_sec))
        hasher.add(".")
        hasher.add(String(info.st_mtim.tv_nsec))
        hasher.add("\n")
    }

    /// The entries of `folder` but `.` and `..`, in no particular order.
    private static func fileNames(in folder: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
