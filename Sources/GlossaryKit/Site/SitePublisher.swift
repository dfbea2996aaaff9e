import Foundation

/// Replaces a site folder only once a complete new one exists.
///
/// The new site is built in a hidden temporary folder next to the output (same volume, so
/// `rename` is atomic); then the old folder is renamed away, the new one renamed in, and the
/// old one deleted. Any error before the swap deletes the temporary folder and leaves the
/// previous site exactly as it was.
public enum SitePublisher {
    @discardableResult
    public static func publish<T>(to output: URL, _ build: (URL) throws(GlossaryError) -> T) throws(GlossaryError) -> T {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let token = UUID().uuidString.prefix(8)
        let temporary = parent.appendingPathComponent(".\(name).new-\(token)")
        let previous = parent.appendingPathComponent(".\(name).old-\(token)")
        do {
            try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        } catch {
            throw .write(path: temporary.path, reason: error.localizedDescription)
        }
        let result: T
        do {
            result = try build(temporary)
        } catch {
            try? fm.removeItem(at: temporary)
            throw error
        }
        let hadPrevious = fm.fileExists(atPath: output.path)
        if hadPrevious {
            guard rename(output.path, previous.path) == 0 else {
                try? fm.removeItem(at: temporary)
                throw .write(path: output.path, reason: "cannot move the previous site away (\(String(cString: strerror(errno))))")
            }
        }
        guard rename(temporary.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(previous.path, output.path) }
            try? fm.removeItem(at: temporary)
            throw .write(path: output.path, reason: "cannot move the new site in (\(reason))")
        }
        if hadPrevious { remove(previous) }
        return result
    }

    /// Deletes a folder, its subfolders two levels down side by side (a site's pages are in
    /// `fr/concepts`, `en/concepts`…: unlinking in separate folders runs in parallel).
    static func remove(_ folder: URL) {
        let fm = FileManager.default
        func subfolders(_ url: URL) -> [URL] {
            ((try? fm.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])) ?? [])
                .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        }
        let children = subfolders(folder)
        let grandchildren = children.flatMap(subfolders)
        DispatchQueue.concurrentPerform(iterations: grandchildren.count) { try? fm.removeItem(at: grandchildren[$0]) }
        try? fm.removeItem(at: folder)
    }
}
