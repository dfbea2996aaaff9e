import Foundation

/// Deletes folder trees with `readdir` and `unlinkat`, relative to each folder's descriptor.
///
/// `FileManager.removeItem` does the same work with a full path and a `stat` per entry, through
/// Foundation's enumerator; deleting a replaced 10k-concept site (29 000 entries) is where the
/// site build spent that time (see BENCHMARKS.md, 2026-12-02). Symbolic links are removed, never
/// followed; an entry that cannot be removed is left, as `try? removeItem` would leave it.
enum FolderRemover {
    /// An entry of a folder: its name and whether it is a folder itself (not a link to one).
    struct Entry {
        var name: String
        var isFolder: Bool
    }

    /// The entries of the folder at `path`, without `.` and `..`, or nil when it cannot be read.
    static func entries(of path: String) -> [Entry]? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        return entries(descriptor: descriptor)
    }

    /// Deletes `path` and everything under it; its subfolders `depth` levels down are deleted
    /// side by side on every core (a site's pages are in `fr/concepts`, `en/concepts`…: unlinking
    /// in separate folders runs in parallel).
    static func remove(_ path: String, parallelDepth depth: Int = 2) {
        var level = [path]
        for _ in 0..<depth {
            level = level.flatMap { folder in
                (entries(of: folder) ?? []).filter(\.isFolder).map { (folder as NSString).appendingPathComponent($0.name) }
            }
        }
        let folders = level
        DispatchQueue.concurrentPerform(iterations: folders.count) { removeTree(folders[$0]) }
        removeTree(path)
    }

    /// Deletes `path` (a folder, a file or a link) and everything under it.
    static func removeTree(_ path: String) {
        if unlink(path) == 0 { return }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        removeContents(descriptor: descriptor)
        rmdir(path)
    }

    /// Deletes what the folder open as `descriptor` holds, and closes it.
    private static func removeContents(descriptor: Int32) {
        let list = entries(descriptor: dup(descriptor)) ?? []
        defer { close(descriptor) }
        for entry in list {
            if entry.isFolder {
                let child = openat(descriptor, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { removeContents(descriptor: child) }
                unlinkat(descriptor, entry.name, AT_REMOVEDIR)
            } else {
                unlinkat(descriptor, entry.name, 0)
            }
        }
    }

    /// The entries of the folder open as `descriptor`, which this closes.
    private static func entries(descriptor: Int32) -> [Entry]? {
        guard descriptor >= 0 else { return nil }
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(folder) }
        var result: [Entry] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var status = stat()
                isFolder = fstatat(dirfd(folder), name, &status, AT_SYMLINK_NOFOLLOW) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            result.append(Entry(name: name, isFolder: isFolder))
        }
        return result
    }
}
