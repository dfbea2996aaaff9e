import Foundation
import GlossaryModel

/// Replaces a site folder only once a complete new one exists, and only a folder it may replace.
///
/// The new site is built in a hidden temporary folder next to the output (same volume, so
/// `rename` is atomic) and flushed to disk; then the old folder is renamed away, the new one
/// renamed in, and the old one deleted. Any error before the swap deletes the temporary folder and leaves the
/// previous site exactly as it was.
///
/// Every site it builds holds a marker file, ``marker``. The output is replaced only when it
/// is missing, an empty folder, or a folder holding that marker (a site built by glossary);
/// anything else is the user's and is refused with ``OutputError/refusedOutput(path:reason:)``
/// before any work. `force` lifts the refusal for a non-empty folder, but never for `/`, the
/// home folder, the current folder, any of their ancestors, or a folder that holds one of
/// the `protecting` paths (the content, the templates, the index).
///
/// Temporary folders are named after the process that made them (`.NAME.new-PID-…`,
/// `.NAME.old-PID-…`, see ``StaleTemporaryFiles``); a later publish to the same output removes
/// those whose process is gone and that hold the marker.
public enum SitePublisher {
    /// The name of the file that marks a folder as a site glossary built.
    package static let marker = ".glossary-site"

    /// Builds a site into a new folder with `build`, then swaps it in at `output`, so a failed build leaves
    /// the old site as it was. Refuses to replace a non-empty folder glossary did not build (unless `force`),
    /// or one that holds a `protecting` path; returns what `build` returned.
    @discardableResult
    public static func publish<T, Failure: Error>(
        to output: URL, force: Bool = false, protecting: [URL] = [],
        _ build: (URL) throws(Failure) -> T
    ) throws -> T {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        try checkReplaceable(output, force: force, protecting: protecting)
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        for prefix in [".\(name).new-", ".\(name).old-"] {
            StaleTemporaryFiles.remove(in: parent.path, prefix: prefix, marker: marker)
        }
        let temporary = parent.appendingPathComponent(StaleTemporaryFiles.name(prefix: ".\(name).new-"))
        let previous = parent.appendingPathComponent(StaleTemporaryFiles.name(prefix: ".\(name).old-"))
        do {
            try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
            try Data("A site built by glossary: 'glossary site' replaces this folder when it rebuilds.\n".utf8)
                .write(to: temporary.appendingPathComponent(marker))
        } catch {
            try? fm.removeItem(at: temporary)
            throw OutputError.write(path: temporary.path, reason: error.localizedDescription)
        }
        let result: T
        do {
            result = try build(temporary)
            // The new pages on disk before they replace the old ones: after a power cut the
            // output is the old site or the whole new one, never one with empty pages. One
            // `syncfs` for the site's thousands of files (an `fsync` each would commit the
            // journal each time; see BENCHMARKS.md).
            try AtomicFile.syncFileSystem(holding: temporary.path)
        } catch {
            remove(temporary)
            throw error
        }
        let hadPrevious = fm.fileExists(atPath: output.path)
        if hadPrevious {
            guard rename(output.path, previous.path) == 0 else {
                remove(temporary)
                throw OutputError.write(path: output.path, reason: "cannot move the previous site away (\(String(cString: strerror(errno))))")
            }
        }
        guard rename(temporary.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(previous.path, output.path) }
            remove(temporary)
            throw OutputError.write(path: output.path, reason: "cannot move the new site in (\(reason))")
        }
        // The swap on disk too: a power cut after it leaves the new site, not an empty name.
        AtomicFile.syncFolder(parent.path)
        if hadPrevious { remove(previous) }
        return result
    }

    /// Throws unless `output` may be replaced by a new site (see ``SitePublisher``).
    package static func checkReplaceable(_ output: URL, force: Bool, protecting: [URL]) throws(OutputError) {
        let output = output.standardizedFileURL
        let shown = output.path
        let resolved = output.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func contains(_ folder: String, _ path: String) -> Bool {
            folder == "/" || path == folder || path.hasPrefix(folder + "/")
        }
        let chooseAnother = "choose a new folder, e.g. --out _site"
        if output.path == "/" || output.lastPathComponent.isEmpty || output.lastPathComponent == ".." {
            throw .refusedOutput(path: shown, reason: "the root folder is never replaced; \(chooseAnother)")
        }
        for (label, url) in [("the current folder", current), ("the home folder", home)] {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            if contains(resolved, path) {
                throw .refusedOutput(path: shown, reason: "it is \(label) or holds it, and is never replaced, even with --force; \(chooseAnother)")
            }
        }
        for url in protecting {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            if contains(resolved, path) {
                throw .refusedOutput(
                    path: shown, reason: "it holds '\(url.path)', which the site is built from, and is never replaced, even with --force; \(chooseAnother)")
            }
        }
        var status = stat()
        guard lstat(output.path, &status) == 0 else { return } // Missing: created.
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            break
        case S_IFLNK:
            throw .refusedOutput(path: shown, reason: "it is a symbolic link; pass the folder itself, or \(chooseAnother)")
        default:
            throw .refusedOutput(path: shown, reason: "it is a file, not a folder, and is never replaced; \(chooseAnother)")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if entries.isEmpty || entries.contains(marker) || force { return }
        throw .refusedOutput(
            path: shown,
            reason:
                "the folder holds \(entries.count) item(s) that glossary did not build (it has no \(marker) marker), and would be deleted; \(chooseAnother), or empty this one, or pass --force to replace it anyway"
        )
    }

    /// Deletes a folder, its subfolders two levels down side by side (see ``FolderRemover``).
    static func remove(_ folder: URL) {
        FolderRemover.remove(folder.path, parallelDepth: 2)
    }
}
