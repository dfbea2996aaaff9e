import Foundation

/// The one way glossary writes a file a user keeps, so that neither a reader nor a power cut
/// ever sees half of one: the data goes to a temporary file in the same folder (hidden, named
/// with the process id), which is flushed to disk, renamed over the destination in one step,
/// and the folder flushed so that the rename itself is on disk.
///
/// Used by export, import, lint's fixes and the index (which SQLite writes to the temporary
/// file first, then ``publish(_:as:)``); the site, thousands of files written in a temporary
/// folder swapped in whole, flushes the folder it swaps in (``syncFolder(_:)``).
package enum AtomicFile {
    /// Writes `data` to `path` atomically.
    package static func write(_ data: Data, to path: String) throws(GlossaryError) {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .write(path: path, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard written else {
            unlink(temporary)
            throw .write(path: path, reason: reason)
        }
        try publish(temporary, as: path)
    }

    /// Makes the finished file `temporary` the file at `path`: flushes it, renames it over
    /// `path`, flushes the folder. Removes `temporary` when it fails.
    package static func publish(_ temporary: String, as path: String) throws(GlossaryError) {
        func fail() -> GlossaryError {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return .write(path: path, reason: reason)
        }
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail() }
        guard fsync(descriptor) == 0 else {
            close(descriptor)
            throw fail()
        }
        close(descriptor)
        // rename(2) replaces the destination in one step.
        guard rename(temporary, path) == 0 else { throw fail() }
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// `.NAME.PID.tmp` next to `path`.
    package static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
    }

    /// Flushes a folder's entries (names created, renamed or removed) to disk. Best effort:
    /// some file systems cannot open or sync a folder, and the data itself is already safe.
    package static func syncFolder(_ path: String) {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
